// Language server measurements through the real protocol over stdio (`node dist/server.js --stdio`):
// start-up to initialize response, didOpen → first diagnostics, one-character didChange → diagnostics,
// server RSS with a large document open. A module of bench.ts (npm run bench) and lsp-open.ts, not run on its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { median, ROOT } from './lib';

/** The server the bench starts: this tree's, or another build's (GONGWEN_BENCH_SERVER=…/dist/server.js). */
export const SERVER = process.env.GONGWEN_BENCH_SERVER ?? join(ROOT, 'dist/server.js');
const TIMEOUT_MS = 120_000;

export interface Server {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Time from spawn to the initialize response (ms). */
  initializeMs: number;
  /** Resolves with the next publishDiagnostics for `uri` whose version is `version` (or any, when omitted). */
  nextDiagnostics(uri: string, version?: number): Promise<{ params: PublishDiagnosticsParams; at: bigint }>;
  /** Every publishDiagnostics received, with its arrival time and what `onPublish` returned then. */
  published: Publish[];
  /** Called as each publishDiagnostics arrives (e.g. to read the server's CPU time at that moment). */
  onPublish?: () => unknown;
  rssMB(): { rss: number; hwm: number };
  stop(): Promise<void>;
}

export interface Publish {
  params: PublishDiagnosticsParams;
  at: bigint;
  extra: unknown;
}

/** The `gongwen` settings every configuration request is answered with. */
export interface BenchSettings {
  run?: 'onType' | 'onSave';
  progressiveDiagnostics?: boolean;
}

/** Node options for the server process (the VS Code client's: SERVER_EXEC_ARGV), none by default; `server`: another build's dist/server.js. */
export async function startServer(settings: BenchSettings = {}, execArgv: readonly string[] = [], server = SERVER): Promise<Server> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [...execArgv, server, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: { uri: string; version?: number; resolve: (v: { params: PublishDiagnosticsParams; at: bigint }) => void }[] = [];
  const published: Publish[] = [];
  let self: Server | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const at = process.hrtime.bigint();
    published.push({ params, at, extra: self?.onPublish?.() });
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
        waiters.splice(i, 1);
        w.resolve({ params, at });
        return;
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) console.error(`  [server error] ${p.message.split('\n')[0]}`);
  });
  connection.listen();
  // A server that dies (e.g. a bundling error at load) fails the measurement at once, not at the timeout.
  const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with code ${code}`))));
  died.catch(() => undefined);
  await withTimeout(
    Promise.race([died, connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } },
      },
    })]),
    'initialize',
  );
  const initializeMs = Number(process.hrtime.bigint() - t0) / 1e6;
  await connection.sendNotification('initialized', {});
  return (self = {
    child,
    connection,
    initializeMs,
    published,
    nextDiagnostics(uri, version) {
      return withTimeout(new Promise((resolve) => waiters.push({ uri, version, resolve })), `diagnostics for ${uri} v${version ?? '*'}`);
    },
    rssMB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`${key}:\\s*(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
    },
    async stop() {
      try {
        await withTimeout(connection.sendRequest('shutdown'), 'shutdown', 5000);
        await connection.sendNotification('exit');
        // Let it exit by itself (a --cpu-prof server writes its profile then), killed below if not.
        if (child.exitCode === null) await withTimeout(new Promise((done) => child.once('exit', done)), 'exit', 5000);
      } catch {
        /* killed below */
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  });
}

function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: Error) => (clearTimeout(timer), reject(e)),
    );
  });
}

const since = (t: bigint, at: bigint) => Number(at - t) / 1e6;

/**
 * How long after a publish of the opened version the server must stay silent for it to be the complete set. A
 * server with progressive diagnostics (gongwen.progressiveDiagnostics) publishes the fast rules' findings first
 * and the complete set after them; nothing in the protocol says which publish is the last.
 */
export const QUIET_MS = 500;

export interface OpenTimes {
  /** didOpen → first publishDiagnostics of version 1, ms, and its diagnostics. */
  ms: number;
  diagnostics: number;
  /** didOpen → the last publishDiagnostics of version 1 (QUIET_MS of silence after it), ms, and its diagnostics. */
  completeMs: number;
  completeDiagnostics: number;
  /** The publishes of version 1, in order (two with progressive diagnostics on a large document). */
  publishes: Publish[];
}

/** Open a document; resolves once its complete diagnostics have come (after the quiet time). */
export async function openDocument(server: Server, path: string, text: string): Promise<OpenTimes> {
  const uri = pathToFileURL(path).href;
  const waiting = server.nextDiagnostics(uri, 1);
  const from = server.published.length;
  const t = process.hrtime.bigint();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const { params, at } = await waiting;
  const ours = () => server.published.slice(from).filter((p) => p.params.uri === uri && p.params.version === 1);
  for (let seen = 0; ours().length !== seen; ) {
    seen = ours().length;
    await new Promise((done) => setTimeout(done, QUIET_MS));
  }
  const publishes = ours();
  const last = publishes[publishes.length - 1];
  return { ms: since(t, at), diagnostics: params.diagnostics.length, completeMs: since(t, last.at), completeDiagnostics: last.params.diagnostics.length, publishes };
}

export interface EditTimes {
  /** didChange + didSave (run: onSave lints at once, no debounce) → publishDiagnostics, ms. */
  runs: number[];
  ms: number;
}

/**
 * One-character edits in the middle of a paragraph of an open document, each followed by the
 * diagnostics for its version. With run "onSave" a didSave follows the change (no debounce);
 * with "onType" the server's own debounce is part of the measured time.
 */
export async function editRoundTrips(server: Server, path: string, text: string, edits: number, save: boolean): Promise<EditTimes> {
  const uri = pathToFileURL(path).href;
  const lines = text.split('\n');
  const runs: number[] = [];
  let version = 1;
  for (let i = 0; i < edits; i++) {
    // Pairs of edits: insert one character in some paragraph, then delete it again, so the text
    // does not drift; each edit misses the cache for that one paragraph only.
    const line = Math.floor(((i >> 1) * 7919 + lines.length / 2) % lines.length);
    const character = Math.min(2, lines[line].length);
    const insert = i % 2 === 0;
    const range = { start: { line, character }, end: { line, character: insert ? character : character + 1 } };
    version++;
    const waiting = server.nextDiagnostics(uri, version);
    const t = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert ? '的' : '' }],
    });
    if (save) await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const { at } = await waiting;
    runs.push(since(t, at));
  }
  return { runs, ms: median(runs) };
}
