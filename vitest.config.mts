import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// test/e2e runs in a real VS Code (npm run test:e2e), test/vscode in its extension host (npm run test:vscode,
		// and as part of test:e2e); the e2e cache holds code-server's node_modules.
		exclude: ['**/node_modules/**', 'test/e2e/**', 'test/vscode/**'],
		testTimeout: 60_000,
		pool: 'forks',
	},
});
