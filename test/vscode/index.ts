// The extension-host test suite's entry: VS Code loads this module (`--extensionTestsPath`) in the
// extension host, with CiteCheck loaded from its working copy (`--extensionDevelopmentPath`), and
// calls `run`. It runs the suites beside it with mocha and prints one line per test, `PASS title`
// or `FAIL title: why`, which the harnesses read (test/vscode/runElectron.mjs for a desktop VS Code,
// test/e2e/extensionHost.mjs for code-server's extension host).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: LineReporter });
	for (const file of readdirSync(__dirname)
		.filter((name) => name.endsWith('.test.js'))
		.sort())
		mocha.addFile(join(__dirname, file));
	await mocha.loadFilesAsync();
	const failures = await new Promise<number>((resolve) => mocha.run(resolve));
	if (failures > 0) throw new Error(`${failures} of the extension-host tests failed`);
}

/** One line per test, and the counts at the end. */
class LineReporter extends Mocha.reporters.Base {
	constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
		super(runner, options);
		const title = (test: Mocha.Test) => test.fullTitle();
		runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => console.log(`PASS ${title(test)} (${test.duration ?? 0} ms)`));
		runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => console.log(`FAIL ${title(test)}: ${error.message}`));
		runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test) => console.log(`SKIP ${title(test)}`));
		runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
			const { passes, failures, pending } = this.stats;
			console.log(`extension host: ${passes} passed, ${failures} failed, ${pending} skipped`);
		});
	}
}
