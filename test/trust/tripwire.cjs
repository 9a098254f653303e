// Preloaded (node -r) into the built server and command line under test (and so into their PDF
// worker): every Node.js function that starts a process or a thread other than the program's own
// PDF worker, opens a network connection, writes a file or runs code from a string is
// replaced by one that records the call in the file named by TRIPWIRE_LOG, then throws. A file
// function whose paths are all inside the folder named by TRIPWIRE_ALLOW (the cache folder the
// program was given) goes through.
'use strict';
const fs = require('node:fs');
const nodePath = require('node:path');

const allowed = process.env.TRIPWIRE_ALLOW ? nodePath.resolve(process.env.TRIPWIRE_ALLOW) : undefined;
/** The call's leading path arguments (two for rename, copy and link) all lie in the allowed folder. */
function inAllowed(name, args) {
	if (allowed === undefined) return false;
	const paths = /rename|copy|link|cp$|cpSync/i.test(name) ? args.slice(0, 2) : args.slice(0, 1);
	return paths.every((p) => {
		if (typeof p !== 'string' && !(p instanceof URL)) return false;
		const resolved = nodePath.resolve(p instanceof URL ? p.pathname : p);
		return resolved === allowed || resolved.startsWith(allowed + nodePath.sep);
	});
}

// Opened before the wiring, and written with writeSync, which is not wired (nothing can open a file for it).
const log = process.env.TRIPWIRE_LOG ? fs.openSync(process.env.TRIPWIRE_LOG, 'a') : undefined;
const writeSync = fs.writeSync.bind(fs);

function trip(name, original) {
	return function tripped(...args) {
		if (original && inAllowed(name, args)) return original.apply(this, args);
		const where = new Error().stack.split('\n').slice(2, 5).join(' | ');
		if (log !== undefined) writeSync(log, `${name} ${where}\n`);
		throw new Error(`tripwire: ${name}`);
	};
}

function wire(moduleName, names, allowInside = false) {
	const target = require(moduleName);
	for (const name of names) if (typeof target[name] === 'function') target[name] = trip(`${moduleName}.${name}`, allowInside ? target[name] : undefined);
}

wire('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
wire('node:net', ['connect', 'createConnection', 'createServer']);
wire('node:tls', ['connect', 'createServer']);
wire('node:http', ['request', 'get', 'createServer']);
wire('node:https', ['request', 'get', 'createServer']);
wire('node:http2', ['connect', 'createServer', 'createSecureServer']);
wire('node:dgram', ['createSocket']);
wire('node:dns', ['lookup', 'resolve', 'resolve4', 'resolve6']);
wire('node:vm', ['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']);
wire(
	'node:fs',
	[
		'writeFile',
		'writeFileSync',
		'appendFile',
		'appendFileSync',
		'createWriteStream',
		'mkdir',
		'mkdirSync',
		'mkdtemp',
		'mkdtempSync',
		'rm',
		'rmSync',
		'rmdir',
		'rmdirSync',
		'unlink',
		'unlinkSync',
		'rename',
		'renameSync',
		'copyFile',
		'copyFileSync',
		'cp',
		'cpSync',
		'symlink',
		'symlinkSync',
		'link',
		'linkSync',
		'truncate',
		'truncateSync',
		'chmod',
		'chmodSync',
		'chown',
		'chownSync',
		'utimes',
		'utimesSync',
	],
	true,
);
const promises = require('node:fs/promises');
for (const name of [
	'writeFile',
	'appendFile',
	'mkdir',
	'mkdtemp',
	'rm',
	'rmdir',
	'unlink',
	'rename',
	'copyFile',
	'cp',
	'symlink',
	'link',
	'truncate',
	'chmod',
	'chown',
	'utimes',
]) {
	promises[name] = trip(`fs/promises.${name}`, promises[name]);
}
// Opening a file for anything but reading.
for (const [target, name] of [
	[fs, 'open'],
	[fs, 'openSync'],
	[promises, 'open'],
]) {
	const original = target[name];
	target[name] = function open(path, flags, ...rest) {
		if (flags !== undefined && flags !== 'r' && flags !== 0 && flags !== 'rs') return trip(`${name} for writing`, original).call(this, path, flags, ...rest);
		return original.call(this, path, flags, ...rest);
	};
}
// A thread may be started only from the program's own workers, the bundles beside it: the PDF worker and the sources' reading thread.
const threads = require('node:worker_threads');
const ownWorkers = process.argv[1]
	? ['pdfWorker.js', 'readWorker.js'].map((name) => nodePath.join(nodePath.dirname(nodePath.resolve(process.argv[1])), name))
	: [];
const tripWorker = trip('worker_threads.Worker');
threads.Worker = new Proxy(threads.Worker, {
	construct(target, args, newTarget) {
		const [script, options] = args;
		if (typeof script === 'string' && ownWorkers.includes(nodePath.resolve(script)) && !options?.eval) return Reflect.construct(target, args, newTarget);
		return tripWorker(...args);
	},
});
globalThis.eval = trip('eval');
globalThis.Function = new Proxy(Function, { construct: trip('new Function'), apply: trip('Function()') });
