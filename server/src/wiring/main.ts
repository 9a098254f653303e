import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeDeps } from './nodeDeps';
import { startServer } from './server';

// The language server process: stdio (`--stdio`), node-ipc or a socket, as the client asks.
const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeDeps());

// A failed promise that nothing handled would end the process (Node.js's default) and with it every
// open document's checks; it is logged instead, and the server answers on.
process.on('unhandledRejection', (reason) => {
	connection.console.error(`CiteCheck: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
