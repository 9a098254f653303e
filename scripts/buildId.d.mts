export function buildId(root?: string): string;
export function buildDefine(root?: string): Record<string, string>;
