// What happens when the server crashes: it is restarted, quietly, unless it has crashed five times
// in three minutes, in which case the user is told and can restart it or read its output.

import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';
import { CrashCounter, keepConnection, MAX_CRASHES } from './crashes';

export class RestartingErrorHandler implements ErrorHandler {
	private readonly crashes = new CrashCounter();

	constructor(
		private readonly outputChannel: () => vscode.OutputChannel | undefined,
		private readonly restart: () => Promise<void>,
	) {}

	error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
		return { action: keepConnection(count) ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
	}

	closed(): CloseHandlerResult {
		if (this.crashes.crashed()) return { action: CloseAction.Restart, handled: true };
		void vscode.window
			.showErrorMessage(`The CiteCheck server crashed ${MAX_CRASHES} times in the last 3 minutes and was not restarted.`, 'Restart Server', 'Show Output')
			.then((choice) => {
				if (choice === 'Restart Server') void this.restart();
				else if (choice === 'Show Output') this.outputChannel()?.show(true);
			});
		return { action: CloseAction.DoNotRestart, handled: true };
	}
}
