// The entry point VS Code's extension host calls (extensionTestsPath): runs every *.test.js file
// next to this one with mocha and rejects if any test failed.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 120_000 });
	for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
		mocha.addFile(path.join(__dirname, file));
	}
	return new Promise((resolve, reject) => {
		try {
			mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
		} catch (error) {
			reject(error instanceof Error ? error : new Error(String(error)));
		}
	});
}
