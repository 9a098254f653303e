// code-server (VS Code in the browser, from the npm registry): installed once into a cache folder
// beside this file, then started on 127.0.0.1 with a fresh profile for each run and stopped with
// all its processes.

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Native modules of VS Code's server, built here because their prebuilt binaries come from elsewhere than the npm registry. */
const NATIVE_MODULES = ['kerberos', '@parcel/watcher', 'node-pty', 'native-watchdog', '@vscode/spdlog', '@vscode/deviceid'];

/** Runs a command, its output going to `log`; throws with the log's tail when it fails. */
function run(log, command, args, cwd, env = {}) {
	log(`$ ${[command, ...args].join(' ')}   (in ${cwd})`);
	const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	log(output.trimEnd());
	if (result.error) throw result.error;
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${output.split('\n').slice(-20).join('\n')}`);
}

function findOnPath(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (dir && existsSync(join(dir, name))) return join(dir, name);
	}
	return undefined;
}

function link(target, path) {
	rmSync(path, { recursive: true, force: true });
	symlinkSync(target, path);
}

/**
 * The path of code-server's entry script, installing it first if the cache does not hold it.
 * The install does by hand what code-server's own install script does (that script refuses to
 * run as root), builds the native modules against this Node.js, and takes ripgrep from the system
 * (its npm package would download the binary). A half-done install is never reused: it is built
 * in a folder of its own and renamed into place when complete.
 */
export function ensureCodeServer(cacheDir, log) {
	const dir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}-node${process.versions.modules}`);
	const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	if (existsSync(join(dir, '.complete'))) return { entry, dir, installed: false };

	const rg = findOnPath('rg');
	if (!rg) throw new Error('ripgrep (rg) is not installed: apt-get install ripgrep');
	const building = `${dir}.partial`;
	rmSync(building, { recursive: true, force: true });
	mkdirSync(building, { recursive: true });
	writeFileSync(join(building, 'package.json'), `${JSON.stringify({ private: true, description: 'code-server for the end-to-end tests' }, null, '\t')}\n`);
	const quiet = { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
	const npm = (args, cwd, env = {}) => run(log, 'npm', args, cwd, { ...quiet, ...env });

	npm(['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], building);
	const vscode = join(building, 'node_modules', 'code-server', 'lib', 'vscode');
	npm(['install', '--omit=dev', '--ignore-scripts'], vscode);
	npm(['rebuild', ...NATIVE_MODULES], vscode, { npm_config_yes: 'true' });
	mkdirSync(join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin'), { recursive: true });
	link(rg, join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
	link('node_modules', join(vscode, 'node_modules.asar'));
	link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
	link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
	npm(['install', '--omit=dev', '--ignore-scripts'], join(vscode, 'extensions'));
	npm(['rebuild', 'argon2'], building, { npm_config_yes: 'true' });

	const version = spawnSync(process.execPath, [join(building, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '--version'], {
		encoding: 'utf8',
		env: { ...process.env, XDG_CONFIG_HOME: building, XDG_DATA_HOME: building },
	});
	if (!version.stdout.includes(`${CODE_SERVER_VERSION} `)) throw new Error(`code-server does not run:\n${version.stdout}${version.stderr}`);
	log(version.stdout.trim());
	writeFileSync(join(building, '.complete'), `${version.stdout.trim()}\n`);
	rmSync(dir, { recursive: true, force: true });
	renameSync(building, dir);
	return { entry, dir, installed: true };
}

/** Environment that keeps code-server's own files (config, logs, state) inside `home`. */
function isolated(home) {
	return { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
}

/** Installs a .vsix into the extensions folder. */
export function installExtension(entry, profile, vsix, log) {
	run(
		log,
		process.execPath,
		[entry, '--config', profile.config, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--install-extension', vsix],
		profile.home,
		isolated(profile.home),
	);
}

/**
 * Starts code-server on 127.0.0.1 at a port the system picks, in a process group of its own
 * (so that stopping it stops the extension host and the language server too). Resolves with its
 * URL once it listens; `stop()` ends the whole group.
 */
export function startCodeServer(entry, profile, logFile, timeoutMs) {
	const args = [
		entry,
		'--config',
		profile.config,
		'--auth',
		'none',
		'--bind-addr',
		'127.0.0.1:0',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		'--ignore-last-opened',
		'--user-data-dir',
		profile.userData,
		'--extensions-dir',
		profile.extensions,
	];
	const child = spawn(process.execPath, args, { cwd: profile.home, env: isolated(profile.home), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const logStream = createWriteStream(logFile);
	let exited = false;
	const done = new Promise((resolve) => child.once('exit', () => resolve()));
	child.once('exit', () => {
		exited = true;
	});

	const stop = async () => {
		if (!exited) {
			signalGroup(child.pid, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000);
			await done;
			clearTimeout(timer);
		}
		// The extension host and the language server may outlive code-server for a moment.
		signalGroup(child.pid, 'SIGKILL');
		logStream.end();
	};

	const listening = new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs / 1000} s; see ${logFile}`)), timeoutMs);
		const onData = (chunk) => {
			logStream.write(chunk);
			output += chunk.toString();
			const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`code-server exited (${code}) before it listened; see ${logFile}`));
		});
	});
	return { pid: child.pid, listening, stop, killNow: () => signalGroup(child.pid, 'SIGKILL') };
}

function signalGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}
