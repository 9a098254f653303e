// Incremental equals fresh: random edits sent to the real server as incremental changes leave it
// with the same findings (those a client holds that pulls as VS Code does, told when its list is
// unchanged), hovers and quick fixes as a new server that opens the final text, and every finding
// stays inside the document.
//
// CITECHECK_FUZZ_STEPS sets about how many edits are made in all (default 2,000, split over the three
// languages); each step is checked against a server started for it alone. CITECHECK_FUZZ_PUSH_RUNS
// sets how many bursts of edits the push test sends (default 15), CITECHECK_FUZZ_CONCURRENT_RUNS how
// many runs send requests while edits keep coming (default 10).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { fuzzParameters } from '../helpers/fuzz';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { applyStep, rangeProblems, SEEDS, stepArbitrary } from './edits';
import { openDocument, PULL, PUSH, pullDiagnostics, startClient, until, type Client } from './harness';

const STEPS = Number(process.env.CITECHECK_FUZZ_STEPS ?? 2_000);
const SEQUENCE = { minLength: 1, maxLength: 20, size: 'max' } as const;
/** Steps per run on average, to turn a number of steps into a number of runs. */
const AVERAGE_SEQUENCE = (SEQUENCE.minLength + SEQUENCE.maxLength) / 2;

// Every server of this file shares one loaded corpus: what a server remembers between checks is its
// own, and the corpus does not change.
let shared: Promise<Corpus> | undefined;
const deps = { loadCorpus: () => (shared ??= loadCorpus()) };

const LANGUAGES = [
	{ language: 'markdown', languageIds: ['markdown'], extension: 'md' },
	{ language: 'latex', languageIds: ['latex', 'tex'], extension: 'tex' },
	{ language: 'plaintext', languageIds: ['plaintext'], extension: 'txt' },
] as const;

interface Observed {
	diagnostics: Diagnostic[];
	hover: Hover | null;
	actions: CodeAction[];
}

// What an edited server reports is compared with what a fresh one reports on the same text: the
// sentence being typed is judged at once, as a fresh server judges it.
const NO_PAUSE = { typingPause: 0 };

/** The list of findings a client holds, and the id the server gave it, as VS Code keeps them. */
interface Held {
	resultId?: string;
	items: Diagnostic[];
}

/** Pulls as VS Code does, naming the list it holds, and keeps that list when told it is unchanged. */
async function pullHeld(client: Client, uri: string, held: Held): Promise<Diagnostic[]> {
	const report = (await client.connection.sendRequest('textDocument/diagnostic', {
		textDocument: { uri },
		...(held.resultId !== undefined ? { previousResultId: held.resultId } : {}),
	})) as { kind: string; resultId?: string; items?: Diagnostic[] };
	if (report.kind !== 'unchanged') held.items = report.items ?? [];
	held.resultId = report.resultId;
	return held.items;
}

/**
 * What a server says about a document: its findings, the hover at a position, the fixes for the
 * whole text. With `held`, the findings are those a client holds that pulls as VS Code does.
 */
async function observe(client: Client, document: TextDocument, at: Position, held?: Held): Promise<Observed> {
	const textDocument = { uri: document.uri };
	const diagnostics = held ? await pullHeld(client, document.uri, held) : await pullDiagnostics(client, document.uri);
	const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument, position: at })) as Hover | null;
	const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
	const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } })) as CodeAction[];
	return { diagnostics, hover, actions };
}

/** The same, from a server that has seen nothing but this text. */
async function observeFresh(document: TextDocument, at: Position): Promise<Observed> {
	const fresh = await startClient(PULL, {}, deps);
	try {
		await openDocument(fresh, document.uri, document.languageId, document.getText(), document.version);
		return await observe(fresh, document, at);
	} finally {
		fresh.close();
	}
}

const counted = { steps: 0, runs: 0, ms: 0 };
afterAll(() => {
	if (counted.steps > 0) console.log(`incremental edits: ${counted.steps} steps in ${counted.runs} runs, ${(counted.ms / 1000).toFixed(1)} s`);
});

describe('a server fed incremental edits', () => {
	it.each(LANGUAGES)(
		'reports on $language what a fresh server reports on the final text',
		async ({ language, languageIds, extension }) => {
			const started = performance.now();
			const server = await startClient(PULL, NO_PAUSE, deps);
			let run = 0;
			try {
				await fc.assert(
					fc.asyncProperty(fc.array(stepArbitrary, SEQUENCE), fc.constantFrom(...languageIds), fc.nat(), async (steps, languageId, seed) => {
						const uri = `file:///fuzz/${language}-${run++}.${extension}`;
						const document = TextDocument.create(uri, languageId, 1, SEEDS[language]);
						await openDocument(server, uri, languageId, document.getText());
						const held: Held = { items: [] };
						await pullHeld(server, uri, held);
						try {
							for (const step of steps) {
								const contentChanges = applyStep(document, step);
								await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
								const at = document.positionAt(seed % (document.getText().length + 1));
								const incremental = await observe(server, document, at, held);
								for (const diagnostic of incremental.diagnostics) expect(rangeProblems(document, diagnostic), String(diagnostic.message)).toEqual([]);
								expect(incremental).toEqual(await observeFresh(document, at));
								counted.steps++;
							}
						} finally {
							await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
						}
						counted.runs++;
					}),
					fuzzParameters(Math.max(1, Math.round(STEPS / LANGUAGES.length / AVERAGE_SEQUENCE))),
				);
			} finally {
				server.close();
				counted.ms += performance.now() - started;
			}
		},
		600_000,
	);

	it('pushes, after a burst of edits, the findings of the last version', async () => {
		// A client that cannot pull gets pushes after a pause in typing; edits that come while a check
		// runs must not leave the findings of an older text standing.
		const server = await startClient(PUSH, NO_PAUSE, deps);
		let run = 0;
		try {
			await fc.assert(
				fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), fc.nat({ max: 200 }), async (steps, pauseMs) => {
					const uri = `file:///fuzz/push-${run++}.md`;
					const document = TextDocument.create(uri, 'markdown', 1, SEEDS.markdown);
					await openDocument(server, uri, 'markdown', document.getText());
					try {
						for (const [i, step] of steps.entries()) {
							const contentChanges = applyStep(document, step);
							await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
							// Now and then a pause as long as the server's wait before it checks.
							if (i === Math.floor(steps.length / 2)) await new Promise((r) => setTimeout(r, pauseMs));
						}
						await until(() => (server.pushedVersions.get(uri) === document.version ? true : undefined), 20_000);
						const pushed = server.pushed.get(uri)!;
						for (const diagnostic of pushed) expect(rangeProblems(document, diagnostic)).toEqual([]);
						const fresh = await observeFresh(document, { line: 0, character: 0 });
						expect(pushed).toEqual(fresh.diagnostics);
					} finally {
						await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
					}
				}),
				fuzzParameters(Number(process.env.CITECHECK_FUZZ_PUSH_RUNS ?? 15)),
			);
		} finally {
			server.close();
		}
	}, 600_000);

	it('answers requests sent while edits keep coming with fixes for the version they name', async () => {
		// More sentences than a check takes before it pauses for other messages, so that edits arrive
		// in the middle of checks; requests are sent without waiting for their answers.
		const corpus = await deps.loadCorpus();
		const seed = `${SEEDS.markdown}\n${corpus.sentences
			.slice(0, 30)
			.map((s) => s.text)
			.join('\n\n')}\n`;
		const server = await startClient(PULL, NO_PAUSE, deps);
		let run = 0;
		try {
			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(stepArbitrary, fc.nat({ max: 40 })), { minLength: 2, maxLength: 8 }), async (steps) => {
					const uri = `file:///fuzz/concurrent-${run++}.md`;
					const document = TextDocument.create(uri, 'markdown', 1, seed);
					const texts = new Map([[1, seed]]);
					await openDocument(server, uri, 'markdown', seed);
					const answers: Promise<CodeAction[]>[] = [];
					const ask = () => {
						const range = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
						answers.push(
							server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }) as Promise<CodeAction[]>,
						);
						void pullDiagnostics(server, uri);
					};
					try {
						ask();
						for (const [step, delay] of steps) {
							// Typing speed: some edits come while a check runs, some between checks.
							await new Promise((r) => setTimeout(r, delay));
							const contentChanges = applyStep(document, step);
							texts.set(document.version, document.getText());
							void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
							ask();
						}
						const offered = (await Promise.all(answers)).flat();
						const fresh = new Map<number, CodeAction[]>();
						for (const action of offered) {
							const version = (action.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version;
							if (!fresh.has(version)) {
								const then = TextDocument.create(uri, 'markdown', version, texts.get(version)!);
								// Compared without the findings each fix names, which these requests did not send.
								fresh.set(
									version,
									(await observeFresh(then, { line: 0, character: 0 })).actions.map((a) => ({ ...a, diagnostics: [] })),
								);
							}
							expect(fresh.get(version)).toContainEqual({ ...action, diagnostics: [] });
						}
						// Once the edits stop, the findings are those of the last text.
						const final = await pullDiagnostics(server, uri);
						expect(final).toEqual((await observeFresh(document, { line: 0, character: 0 })).diagnostics);
					} finally {
						await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
					}
				}),
				fuzzParameters(Number(process.env.CITECHECK_FUZZ_CONCURRENT_RUNS ?? 10)),
			);
		} finally {
			server.close();
		}
	}, 600_000);
});
