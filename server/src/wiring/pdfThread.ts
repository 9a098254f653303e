// The server's side of the PDF worker (pdfWorker.ts): PDFs are read there, one at a time, so that a
// long one does not hold up hovers, completions and diagnostics. The worker is started by the first
// read (a corpus without a PDF never starts it), kept for the reads that follow, and ended once it
// has been idle a while; while it has nothing to do it does not keep the process alive, so the
// command line ends when its work is done. A worker that stops (a crash, a PDF that takes it past
// the time limit) fails the read it was doing with a `PdfError`, and the next read starts another.
import { Worker } from 'node:worker_threads';
import type { PdfText } from '../domain/corpus/pdfLayout';
import { PDF_TIME_LIMIT_MS, PdfError } from './pdfPages';

export interface PdfRequest {
	id: number;
	/** The file's bytes, handed over to the worker. */
	bytes: Uint8Array<ArrayBuffer>;
}

export type PdfReply = { id: number; threadId: number } & ({ text: PdfText } | { error: string });

/** A PDF's text and layout as read, and the thread that read them. */
export interface PdfRead {
	text: PdfText;
	threadId: number;
}

/** How long the worker is kept without a PDF to read: a library's PDFs are read one after another, with other files between them. */
const IDLE_MS = 10_000;
/** Past its own time limit, the worker is stopped: a PDF that holds pdf.js inside one page never gets to the limit's check. */
const STOP_AFTER_MS = PDF_TIME_LIMIT_MS + 5_000;

interface Waiting {
	request: PdfRequest;
	resolve(read: PdfRead): void;
	reject(error: PdfError): void;
}

/** A started worker and the read it is doing. */
interface Running {
	worker: Worker;
	current?: Waiting;
	/** What the read under way fails with when the worker exits, when known before it does. */
	failure?: string;
}

export class PdfThread {
	private running: Running | undefined;
	private readonly queue: Waiting[] = [];
	private next = 0;
	private idle: NodeJS.Timeout | undefined;
	private limit: NodeJS.Timeout | undefined;

	constructor(
		/** The worker's script (`pdfWorker.js` beside the bundle). */
		private readonly script: string,
		private readonly idleMs = IDLE_MS,
	) {}

	/** The text and layout of a PDF file's bytes (the caller's stay whole); rejects with a `PdfError`. */
	read(bytes: Uint8Array): Promise<PdfRead> {
		// The worker takes over a copy; pdf.js takes over what it is given.
		const request: PdfRequest = { id: ++this.next, bytes: new Uint8Array(bytes) };
		return new Promise<PdfRead>((resolve, reject) => {
			this.queue.push({ request, resolve, reject });
			this.pump();
		});
	}

	/** Ends the worker now; a read waiting or under way fails. */
	async close(): Promise<void> {
		const running = this.running;
		for (const waiting of this.queue.splice(0)) waiting.reject(new PdfError('cannot be read: the PDF reader was closed'));
		if (running) {
			running.failure = 'cannot be read: the PDF reader was closed';
			await running.worker.terminate();
		}
	}

	/** Sends the next read to the worker, starting one if there is none; lets an idle worker go. */
	private pump(): void {
		if (this.running?.current) return;
		const waiting = this.queue.shift();
		clearTimeout(this.idle);
		if (!waiting) {
			if (this.running) {
				this.running.worker.unref();
				const idle = this.running;
				this.idle = setTimeout(() => void this.stop(idle), this.idleMs).unref();
			}
			return;
		}
		let running: Running;
		try {
			running = this.running ?? this.start();
		} catch (error) {
			waiting.reject(new PdfError(`cannot be read: the PDF reader could not be started (${error instanceof Error ? error.message : String(error)})`));
			return this.pump();
		}
		running.current = waiting;
		running.worker.ref();
		this.limit = setTimeout(() => {
			running.failure = `took more than ${PDF_TIME_LIMIT_MS / 1000} s to read; it is left out`;
			void this.stop(running);
		}, STOP_AFTER_MS).unref();
		running.worker.postMessage(waiting.request, [waiting.request.bytes.buffer]);
	}

	private start(): Running {
		const worker = new Worker(this.script);
		const running: Running = { worker };
		worker.on('message', (reply: PdfReply) => this.answered(running, reply));
		const failed = (error: Error) => (running.failure ??= `cannot be read as a PDF: the PDF reader stopped (${error.message})`);
		worker.on('error', failed);
		// An answer that cannot be taken in would leave its read waiting: the worker is stopped, which fails it.
		worker.on('messageerror', (error) => {
			failed(error);
			void this.stop(running);
		});
		worker.on('exit', (code) => this.ended(running, code));
		this.running = running;
		return running;
	}

	private answered(running: Running, reply: PdfReply): void {
		const waiting = running.current;
		if (!waiting || waiting.request.id !== reply.id) return;
		clearTimeout(this.limit);
		running.current = undefined;
		if ('text' in reply) waiting.resolve({ text: reply.text, threadId: reply.threadId });
		else waiting.reject(new PdfError(reply.error));
		this.pump();
	}

	/** The worker exited: the read it was doing fails, and the next one starts another worker. */
	private ended(running: Running, code: number): void {
		if (this.running === running) this.running = undefined;
		const waiting = running.current;
		running.current = undefined;
		clearTimeout(this.limit);
		waiting?.reject(new PdfError(running.failure ?? `cannot be read as a PDF: the PDF reader stopped (exit code ${code})`));
		this.pump();
	}

	private async stop(running: Running): Promise<void> {
		if (this.running === running) this.running = undefined;
		await running.worker.terminate();
	}
}
