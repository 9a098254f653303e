// Lint rules, run by `npm run lint` (and so by `npm test`). Beside typescript-eslint's recommended
// rules, they hold the layers apart: the domain knows no protocol, no Node.js built-in and nothing of
// the layers above it; features touch no file system and no wiring; the client reaches into the
// server's sources only for the protocol module both are built from and the language table.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'http', 'https', 'net'];
const PROTOCOL = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-languageclient', 'vscode-languageclient/*'];

/** The rule's setting for a layer that may import no Node.js built-in (`message` says why), nor what `patterns` name. */
function noBuiltins(message, patterns) {
	return ['error', { paths: NODE_BUILTINS.map((name) => ({ name, message })), patterns: [{ group: ['node:*', 'fs/*'], message }, ...patterns] }];
}

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'test/e2e/.cache/**', 'test/e2e/.out/**', '**/*.d.ts', 'corpus/**', 'examples/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	prettier,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// A name that starts with "_" is one a signature needs and the body does not.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		files: ['test/**', 'bench/**', 'scripts/**'],
		rules: {
			// Tests and tools read JSON of known shape and stub what a test does not exercise.
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		// A script preloaded with `node -r` is CommonJS.
		files: ['**/*.cjs', 'bin/*.js'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	{
		files: ['test/e2e/**', 'test/vscode/**'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
	{
		files: ['server/src/domain/**'],
		rules: {
			'no-restricted-imports': noBuiltins('The domain takes plain data in and gives plain data out: no Node.js built-ins.', [
				{ group: PROTOCOL, message: 'The domain knows nothing of the protocol.' },
				{
					group: [
						'**/features/**',
						'**/wiring/**',
						'../features',
						'../wiring',
						'../../features',
						'../../wiring',
						'../protocol',
						'../../protocol',
						'../../../protocol',
					],
					message: 'The domain knows nothing of the layers above it.',
				},
			]),
		},
	},
	{
		files: ['server/src/features/**'],
		rules: {
			'no-restricted-imports': noBuiltins('Features turn domain results into protocol types; the file system is the wiring’s.', [
				{ group: ['**/wiring/**', '../wiring', '../../wiring'], message: 'Features know nothing of the wiring.' },
			]),
			// Passages are found through the checker, so that the retriever it was made with answers every feature.
			'no-restricted-syntax': [
				'error',
				{ selector: "MemberExpression[property.name='retriever']", message: 'Features find passages through the checker (search, passagesOf), not the index.' },
			],
		},
	},
	{
		files: ['client/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./)+server/src/(?!protocol$|languages$)',
							message:
								'The client talks to the server over the protocol; it shares only server/src/protocol.ts and the language table, server/src/languages.ts.',
						},
					],
				},
			],
		},
	},
);
