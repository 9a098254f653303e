// Reading a corpus, shown as a notification with a progress bar. The language client shows a
// server's progress in the status bar, where a large library's minute of reading goes unnoticed
// and the writer wonders why sources are missing; a notification says what is happening.

import * as vscode from 'vscode';
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type BaseLanguageClient, type FeatureState, type StaticFeature } from 'vscode-languageclient/node';
import { ProgressSteps } from './progressSteps';

/**
 * Registered after the client's own features, so that its handler of the server's
 * `window/workDoneProgress/create` is the one that answers (again after each restart).
 */
export class NotificationProgress implements StaticFeature {
	/** Ends the notifications shown, when the server stops before it says they are done. */
	private readonly open = new Set<() => void>();

	constructor(private readonly client: BaseLanguageClient) {}

	fillClientCapabilities(): void {}

	initialize(): void {
		this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
			const steps = new ProgressSteps();
			void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'CiteCheck' }, (progress) => {
				return new Promise<void>((resolve) => {
					const end = () => {
						listening.dispose();
						this.open.delete(end);
						resolve();
					};
					const listening = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
						const step = steps.step(value);
						if (step === 'end') end();
						else progress.report(step);
					});
					this.open.add(end);
				});
			});
		});
	}

	getState(): FeatureState {
		return { kind: 'static' };
	}

	clear(): void {
		for (const end of [...this.open]) end();
	}
}
