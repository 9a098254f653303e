import { defineConfig } from 'vitest/config';
import { buildDefine } from './scripts/buildId.mjs';

export default defineConfig({
	// The code under test knows which build it is, as the bundles do (see scripts/buildId.mjs).
	define: buildDefine(),
	test: {
		include: ['test/**/*.test.ts'],
		// test/e2e runs in a real VS Code (npm run test:e2e); its cache holds code-server's node_modules.
		exclude: ['**/node_modules/**', 'test/e2e/**'],
		testTimeout: 60_000,
		pool: 'forks',
	},
});
