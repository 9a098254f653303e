// Child processes: each measurement that needs a fresh process (a cold start, a peak RSS of its own)
// runs in one, and reports one JSON line.
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { PULL } from '../test/server/harness';

const RESULT = 'RESULT ';

/** Runs this script again with `args` in a fresh Node.js process and returns the JSON it reports. */
export function runChild<T>(script: string, args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => (out += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const line = out.split('\n').find((l) => l.startsWith(RESULT));
			if (code !== 0 || !line) reject(new Error(`${args.join(' ')} failed (exit ${code})\n${out}`));
			else resolve(JSON.parse(line.slice(RESULT.length)) as T);
		});
	});
}

/** Called in the child: hands the result to the parent. */
export function report(result: unknown): void {
	process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`);
}

export interface ServerStart {
	/** From spawning the server to its answer to `initialize`. */
	initialized: number;
	/** From spawning the server to the diagnostics of a one-sentence document (corpus loaded and indexed). */
	firstDiagnostics: number;
}

/** Starts the bundled language server (`dist/server.js --stdio`) as an editor does and times its first answers. */
export async function serverStart(serverJs: string): Promise<ServerStart> {
	const start = performance.now();
	const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
	connection.onNotification('window/logMessage', () => undefined);
	connection.listen();
	try {
		await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: PULL, workspaceFolders: null });
		const initialized = performance.now() - start;
		await connection.sendNotification('initialized', {});
		const uri = 'file:///bench/one.md';
		await connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri, languageId: 'markdown', version: 1, text: 'Karimov died in September 2016.\n' },
		});
		await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
		const firstDiagnostics = performance.now() - start;
		await connection.sendRequest('shutdown');
		await connection.sendNotification('exit');
		return { initialized, firstDiagnostics };
	} finally {
		connection.dispose();
		child.kill();
	}
}
