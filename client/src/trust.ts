// Which corpus folder a workspace may name. A corpus is read and quoted back in hovers and
// searches, so in Restricted Mode (a workspace the user has not trusted) the workspace must not
// choose it: VS Code already leaves out the workspace's value of a restricted setting, and this
// decides from the user's own value alone in case one reaches the client another way.

/** The corpus path to use: the configured one in a trusted workspace, else the user's own setting (or the shipped corpus). */
export function allowedCorpusPath(configured: string, trusted: boolean, userValue: unknown): string {
	if (trusted) return configured;
	return typeof userValue === 'string' ? userValue : '';
}
