// What happens when the server crashes: it is restarted, quietly, unless it has crashed five times
// in three minutes, in which case the user is told and can restart it or read its output.

import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

const MAX_CRASHES = 5;
const WINDOW_MS = 3 * 60 * 1000;

export class RestartingErrorHandler implements ErrorHandler {
	private crashes: number[] = [];

	constructor(
		private readonly outputChannel: () => vscode.OutputChannel | undefined,
		private readonly restart: () => Promise<void>,
	) {}

	error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
		// A broken message now and then is survivable; a stream of them means the connection is gone.
		return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
	}

	closed(): CloseHandlerResult {
		const now = Date.now();
		this.crashes = [...this.crashes.filter((t) => now - t < WINDOW_MS), now];
		if (this.crashes.length < MAX_CRASHES) return { action: CloseAction.Restart, handled: true };
		this.crashes = [];
		void vscode.window
			.showErrorMessage(`The CiteCheck server crashed ${MAX_CRASHES} times in the last 3 minutes and was not restarted.`, 'Restart Server', 'Show Output')
			.then((choice) => {
				if (choice === 'Restart Server') void this.restart();
				else if (choice === 'Show Output') this.outputChannel()?.show(true);
			});
		return { action: CloseAction.DoNotRestart, handled: true };
	}
}
