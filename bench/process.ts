// Child processes: each measurement that needs a fresh process (a cold start, a peak RSS of its own)
// runs in one, and reports one JSON line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
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

/** The bundled language server's process and the editor's end of its connection, over stdin and stdout. */
export interface SpawnedServer {
	connection: MessageConnection;
	/** The processor time the server's process has had so far, in milliseconds (Linux; undefined elsewhere). */
	cpu(): number | undefined;
	/** Bytes the server has written to its stdout so far. */
	received(): number;
	/** Shuts the server down as an editor does, and ends its process. */
	close(): Promise<void>;
}

/** User and system time of a process, from /proc (in clock ticks of 10 ms: summed over many edits, not one). */
function processorTime(pid: number | undefined): number | undefined {
	const file = `/proc/${pid}/stat`;
	if (pid === undefined || !existsSync(file)) return undefined;
	// The fields after the command's name, which is in brackets and may hold spaces.
	const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Starts `dist/server.js --stdio` as an editor does, and sends `initialize`; resolves once the server answered. */
export async function spawnServer(serverJs: string): Promise<SpawnedServer> {
	const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	let bytes = 0;
	child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
	connection.onNotification('window/logMessage', () => undefined);
	connection.listen();
	const close = async () => {
		try {
			await connection.sendRequest('shutdown');
			await connection.sendNotification('exit');
		} finally {
			connection.dispose();
			child.kill();
		}
	};
	try {
		await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: PULL, workspaceFolders: null });
		await connection.sendNotification('initialized', {});
	} catch (error) {
		connection.dispose();
		child.kill();
		throw error;
	}
	return { connection, received: () => bytes, cpu: () => processorTime(child.pid), close };
}

/** Starts the bundled language server (`dist/server.js --stdio`) as an editor does and times its first answers. */
export async function serverStart(serverJs: string): Promise<ServerStart> {
	const start = performance.now();
	const server = await spawnServer(serverJs);
	try {
		const initialized = performance.now() - start;
		const uri = 'file:///bench/one.md';
		await server.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri, languageId: 'markdown', version: 1, text: 'Karimov died in September 2016.\n' },
		});
		await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
		const firstDiagnostics = performance.now() - start;
		return { initialized, firstDiagnostics };
	} finally {
		await server.close();
	}
}
