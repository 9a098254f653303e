// How the server tells the user something, and what it does with a failure no one waits for.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

/** Runs a promise whose failure must not end the server (an unhandled rejection ends a Node.js process): it is logged. */
export function quietly(connection: Connection, promise: Promise<unknown>): void {
	promise.catch((error: unknown) => {
		try {
			connection.console.error(`CiteCheck: ${error instanceof Error ? error.message : String(error)}`);
		} catch {
			// The connection is gone (the client quit): there is no one left to tell.
		}
	});
}

/**
 * Tells the user something once, as a notification: a request (`window/showMessageRequest`)
 * would wait for an answer, and a client without it would answer with an error.
 */
export function tell(connection: Connection, type: MessageType, message: string): void {
	quietly(connection, connection.sendNotification(ShowMessageNotification.type, { type, message }));
}
