import { defineConfig } from 'vitest/config';
import { buildDefine } from './scripts/buildId.mjs';

export default defineConfig({
	// The code under test knows which build it is, as the bundles do (see scripts/buildId.mjs).
	define: buildDefine(),
	test: {
		include: ['test/**/*.test.ts'],
		// test/e2e runs in a real VS Code (npm run test:e2e), test/vscode in its extension host (npm run test:vscode,
		// and as part of test:e2e); the e2e cache holds code-server's node_modules.
		exclude: ['**/node_modules/**', 'test/e2e/**', 'test/vscode/**'],
		testTimeout: 60_000,
		pool: 'forks',
	},
});
