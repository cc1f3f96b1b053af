// Starting and stopping code-server (installed by test/e2e/install.sh into .cache/code-server/)
// with throw-away user-data and extension folders. Every started server is stopped on exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this (bundled) file with the project's package.json. */
function findRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'gongwen-lint') return dir;
  }
  throw new Error(`no gongwen-lint package.json above ${__dirname}`);
}

export const ROOT = findRoot();
/** Where test/e2e/install.sh put code-server (GONGWEN_CODE_SERVER_DIR moves it). */
export const CODE_SERVER = join(process.env.GONGWEN_CODE_SERVER_DIR || join(ROOT, '.cache/code-server'), 'node_modules/.bin/code-server');

/** Quiet workbench: no welcome page, telemetry, update checks, AI entries or restored windows. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

export interface CodeServerDirs {
  userDataDir: string;
  extensionsDir: string;
}

/** A writable copy of seeds/ (the seeds are read-only in the repository; a test edits its copy). */
export function copySeeds(target: string): void {
  cpSync(join(ROOT, 'seeds'), target, { recursive: true });
  for (const name of readdirSync(target)) chmodSync(join(target, name), 0o644);
}

export function writeUserSettings(dirs: CodeServerDirs, settings: Record<string, unknown>): void {
  const userDir = join(dirs.userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
}

export function installVsix(dirs: CodeServerDirs, vsix: string): void {
  const result = spawnSync(
    CODE_SERVER,
    ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  port: number;
  origin: string;
  log: () => string;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills the whole process group (code-server forks its own children: server, extension host). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every code-server this process started; synchronous so it also works in an 'exit' handler. */
export function stopAllCodeServers(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

export async function startCodeServer(dirs: CodeServerDirs, folder: string, env: NodeJS.ProcessEnv = {}): Promise<RunningCodeServer> {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run test/e2e/install.sh`);
  const port = await freePort();
  let output = '';
  const child = spawn(
    CODE_SERVER,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', dirs.userDataDir,
      '--extensions-dir', dirs.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      folder,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  running.add(child);
  child.stdout.on('data', (b: Buffer) => { output += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { output += b.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!running.has(child)) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL'); // children that outlived the leader
    running.delete(child);
  };

  // Ready when /healthz answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}) before it was ready:\n${output}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, origin, log: () => output, stop };
}
