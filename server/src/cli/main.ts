import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { withAccepted, type AcceptedReport } from '../domain/check/accepted';
import { summaryOf, totalOf, type ClaimSummary, type TotalSummary } from '../domain/check/summary';
import type { Judgement } from '../domain/check/verify';
import type { Corpus } from '../domain/corpus/corpus';
import { DEFAULT_SEVERITY } from '../domain/severity';
import { LineIndex } from '../domain/text/positions';
import type { FindingCode } from '../domain/types';
import { createChecker, type DocumentReport, type Retriever } from '../domain/index';
import { languageOfPath } from '../languages';
import { acceptedEntries } from '../wiring/acceptedFile';
import { DamagedIndexError } from '../wiring/blockChecks';
import { defaultCorpusDir } from '../wiring/corpusFiles';
import { loadCorpus } from '../wiring/loadCorpus';
import { decodeUtf8 } from '../wiring/utf8';
import { listDocuments } from '../wiring/workspaceFiles';
import { sarifOf } from './sarif';
import { version } from '../../../package.json';

const USAGE = `Usage: citecheck check [--format text|json|sarif] [--corpus DIR]... [--default-corpus] [--accepted FILE] [--hints]
                      [--cache-dir DIR | --no-cache] FILE|FOLDER...

Checks what each FILE (or the Markdown, LaTeX and text files in FOLDER and
its subfolders) says against a corpus of sources: wrong dates and figures,
claims no source supports, citations that do not fit.

Options:
  --format text|json|sarif
                      text: one line per finding (default); json: the full report,
                      with the share of claims supported, flagged and uncited per
                      file and in all; sarif: the findings as SARIF 2.1.0, for
                      code-scanning tools, the shares in its property bags
  --corpus DIR        a corpus folder: source texts (.txt, .md, .html, .pdf) in sources/ or
                      beside a .bib or CSL-JSON file, and optionally vocabulary/;
                      repeatable: the folders make one corpus, and of two sources
                      with the same key the first folder's is used;
                      default: the corpus shipped with CiteCheck
  --default-corpus    with --corpus: the shipped corpus too, before the folders given
  --accepted FILE     the findings accepted as checked (default: .citecheck/accepted.json
                      in the checked file's folder or the nearest above it, up to
                      the folder with .git)
  --hints             also list supported claims that cite nothing
  --cache-dir DIR     where the index of each corpus is kept between runs, so that
                      only the sources that changed are read again; default:
                      $XDG_CACHE_HOME/citecheck, else ~/.cache/citecheck
  --no-cache          keep no index: read every source each run, write nothing
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 no problem found, 1 problems found, 2 usage or input error.`;

class UsageError extends Error {}

interface Options {
	format: 'text' | 'json' | 'sarif';
	corpus: string[];
	hints: boolean;
	defaultCorpus: boolean;
	accepted?: string;
	/** Where the corpus index is kept; null for none. */
	cacheDir: string | null;
	files: string[];
}

/** The cache folder by the XDG convention: `$XDG_CACHE_HOME/citecheck`, else `~/.cache/citecheck`. */
function defaultCacheDir(): string {
	const xdg = process.env.XDG_CACHE_HOME;
	return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'citecheck');
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
	if (argv.includes('-h') || argv.includes('--help')) return 'help';
	if (argv.includes('-v') || argv.includes('--version')) return 'version';
	const [command, ...rest] = argv;
	if (command === undefined) throw new UsageError('no command given');
	if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
	const options: Options = { format: 'text', corpus: [], hints: false, defaultCorpus: false, cacheDir: defaultCacheDir(), files: [] };
	let cacheChosen = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i]!;
		const value = () => {
			const next = rest[++i];
			if (next === undefined) throw new UsageError(`${arg} needs a value`);
			return next;
		};
		if (arg === '--format' || arg.startsWith('--format=')) {
			const format = arg === '--format' ? value() : arg.slice('--format='.length);
			if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
			options.format = format;
		} else if (arg === '--corpus') options.corpus.push(value());
		else if (arg.startsWith('--corpus=')) options.corpus.push(arg.slice('--corpus='.length));
		else if (arg === '--accepted' || arg.startsWith('--accepted=')) options.accepted = arg === '--accepted' ? value() : arg.slice('--accepted='.length);
		else if (arg === '--hints') options.hints = true;
		else if (arg === '--default-corpus') options.defaultCorpus = true;
		else if (arg === '--cache-dir' || arg.startsWith('--cache-dir=') || arg === '--no-cache') {
			if (cacheChosen) throw new UsageError('give --cache-dir or --no-cache once');
			cacheChosen = true;
			const dir = arg === '--no-cache' ? null : arg === '--cache-dir' ? value() : arg.slice('--cache-dir='.length);
			if (dir === '') throw new UsageError('--cache-dir needs a folder');
			options.cacheDir = dir === null ? null : resolve(dir);
		} else if (arg === '--') {
			options.files.push(...rest.slice(i + 1));
			i = rest.length;
		} else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
		else options.files.push(arg);
	}
	if (options.files.length === 0) throw new UsageError('no file to check');
	return options;
}

/** Reads a document as UTF-8 text, or says in words why it cannot be checked. */
async function readDocument(path: string): Promise<string> {
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new Error(`${path}: no such file`);
		if (code === 'EISDIR') throw new Error(`${path}: is a folder, not a file`);
		if (code === 'EACCES') throw new Error(`${path}: permission denied`);
		throw new Error(`${path}: cannot be read (${code ?? String(error)})`);
	}
	const text = decodeUtf8(bytes);
	if (typeof text !== 'string') throw new Error(`${path}: ${text.message}`);
	return text;
}

/** The finding's severity as compilers and prose linters write it: "info" where the protocol says "information". */
function severityWord(code: FindingCode): string {
	const severity = DEFAULT_SEVERITY[code];
	return severity === 'information' ? 'info' : severity;
}

function jsonOf(path: string, text: string, report: DocumentReport, summary: ClaimSummary) {
	const lines = new LineIndex(text);
	const range = (span: { start: number; end: number }) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
	return {
		path,
		claims: report.claims.map((claim) => ({
			range: range(claim.span),
			text: claim.text,
			verdict: claim.verdict,
			message: claim.message,
			sources: claim.evidence.map((e) => ({ key: e.key, ...(e.page !== undefined ? { page: e.page } : {}), quote: e.quote, score: e.score })),
			fixes: claim.fixes.map((f) => ({ range: range(f.span), newText: f.newText })),
			...(claim.silenced ? { silenced: true } : {}),
			...(claim.accepted ? { accepted: true } : {}),
		})),
		summary,
	};
}

function textOf(path: string, text: string, report: DocumentReport, hints: boolean): string[] {
	const lines = new LineIndex(text);
	return report.findings
		.filter((f) => hints || f.code !== 'missing-citation')
		.map((f) => {
			const at = lines.positionAt(f.span.start);
			return `${path}:${at.line + 1}:${at.character + 1}: ${severityWord(f.code)} ${f.code}: ${f.message}`;
		});
}

function summaryLine(reports: AcceptedReport[], total: TotalSummary): string {
	const { files, claims, supported, uncited } = total;
	const counts = new Map<string, number>();
	for (const finding of reports.flatMap((r) => r.findings)) {
		if (finding.code === 'missing-citation') continue;
		counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
	}
	const problems = [...counts.values()].reduce((a, b) => a + b, 0);
	const detail = [...counts].map(([code, n]) => `${n} ${code}`).join(', ');
	const silenced = reports.reduce((n, r) => n + r.silenced.filter((f) => f.code !== 'missing-citation').length, 0);
	const accepted = reports.reduce((n, r) => n + r.accepted.filter((f) => f.code !== 'missing-citation').length, 0);
	return (
		`${files} file${files === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}: ${supported} supported` +
		(uncited > 0 ? ` (${uncited} uncited)` : '') +
		`, ${problems} problem${problems === 1 ? '' : 's'}${detail ? ` (${detail})` : ''}` +
		(silenced > 0 ? `, ${silenced} silenced` : '') +
		(accepted > 0 ? `, ${accepted} accepted` : '')
	);
}

/** The files the command line is given, a folder standing for the documents in it and its subfolders. */
async function documentsOf(paths: string[], problem: (message: string) => void): Promise<string[]> {
	const files: string[] = [];
	for (const path of paths) {
		if (!(await stat(path).catch(() => undefined))?.isDirectory()) files.push(path);
		else {
			const found = await listDocuments(path);
			if (found.length === 0) problem(`${path}: the folder holds no Markdown, LaTeX or text file`);
			files.push(...found);
		}
	}
	return files;
}

type Result = { path: string; text: string; report: AcceptedReport; summary: ClaimSummary };
/** The files checked, and what the user is told (the corpus's problems, files that could not be read). */
type Checked = { results: Result[]; inputError: boolean; messages: string[] };

/** Checks the files against a corpus; what is to be told is kept until the check is through, so that a check done again tells it once. */
async function checkFiles(corpus: Corpus, options: Options, host: CliHost): Promise<Checked> {
	const messages = corpus.problems.map((problem) => `citecheck: corpus: ${problem}`);
	const retriever = host.retriever?.(corpus);
	const checker = createChecker({ corpus, ...(retriever ? { retriever } : {}) });
	// A sentence written twice (a repeated claim, a boilerplate line) is judged once.
	const cache = new Map<string, Judgement>();
	let inputError = false;
	const results: Result[] = [];
	const problem = (message: string) => {
		messages.push(`citecheck: ${message}`);
		inputError = true;
	};
	const acceptedFor = acceptedEntries(options.accepted, problem);
	const files = await documentsOf(options.files, problem);
	for (const path of files) {
		let text: string;
		try {
			text = await readDocument(path);
		} catch (error) {
			problem((error as Error).message);
			continue;
		}
		// Checked as the editor checks, so that a retriever that answers over the network is asked for
		// the document's claims in one round; nothing else waits here, so the check never pauses.
		const checked = await checker.checkAsync(text, languageOfPath(path), { cache, pause: () => Promise.resolve(), slice: Infinity });
		const report = withAccepted(checked, text, await acceptedFor(path));
		results.push({ path, text, report, summary: summaryOf(report) });
	}
	return { results, inputError, messages };
}

/** What the command line may be given instead of its own: the corpus it reads, and where its passages are found. */
export interface CliHost {
	/** Reads the corpus of some folders (none: the shipped corpus). */
	corpusFor?: (dirs?: string[]) => Promise<Corpus>;
	/** Where a corpus's passages are found, when not in its own index (a search server holding it). */
	retriever?: (corpus: Corpus) => Retriever | undefined;
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, host: CliHost = {}): Promise<number> {
	let options: ReturnType<typeof parseArgs>;
	try {
		options = parseArgs(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		err(`citecheck: ${error.message}\n${USAGE}`);
		return 2;
	}
	if (options === 'help') return (out(USAGE), 0);
	if (options === 'version') return (out(version), 0);

	for (const dir of options.corpus) {
		const info = await stat(dir).catch(() => undefined);
		if (!info?.isDirectory()) {
			err(`citecheck: the corpus folder ${dir} does not exist`);
			return 2;
		}
	}
	const dirs = [...(options.defaultCorpus ? [defaultCorpusDir()] : []), ...options.corpus.map((d) => resolve(d))];
	const given = options.corpus.length > 0 ? dirs : undefined;
	const load = () => (host.corpusFor ? host.corpusFor(given) : loadCorpus(given, options.cacheDir !== null ? { cacheDir: options.cacheDir } : {}));
	let checked: Checked;
	try {
		checked = await checkFiles(await load(), options, host);
	} catch (error) {
		if (!(error instanceof DamagedIndexError)) throw error;
		// A block of the saved index was found damaged when a check first read it: nothing of that
		// check is used; the file is gone, so the corpus is read afresh and every file checked again.
		err('citecheck: the saved index of the corpus was found damaged; the corpus is read afresh');
		checked = await checkFiles(await load(), options, host);
	}
	for (const message of checked.messages) err(message);
	const { results, inputError } = checked;
	const total = totalOf(results.map((r) => r.summary));

	if (options.format === 'sarif') out(JSON.stringify(sarifOf(results, total, version, options.hints), null, 2));
	else if (options.format === 'json') {
		out(JSON.stringify({ files: results.map((r) => jsonOf(r.path, r.text, r.report, r.summary)), summary: total }, null, 2));
	} else {
		for (const r of results) for (const line of textOf(r.path, r.text, r.report, options.hints)) out(line);
		out(
			summaryLine(
				results.map((r) => r.report),
				total,
			),
		);
	}
	if (inputError) return 2;
	const problem = results.some((r) => r.report.findings.some((f) => f.code !== 'missing-citation'));
	return problem ? 1 : 0;
}

/** Runs the command line as a process: arguments from argv, output to stdout and stderr. */
export function run(): void {
	// A reader that stops early (`citecheck check … | head`) is not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
	main(
		process.argv.slice(2),
		(s) => process.stdout.write(`${s}\n`),
		(s) => process.stderr.write(`${s}\n`),
	).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`citecheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 2;
		},
	);
}

if (require.main === module) run();
