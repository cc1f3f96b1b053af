// gongwen-lint never touches the network: government drafts must not leave the machine.
// 1. The built CLI and language server run with every network API replaced by one that throws
//    and records the attempt (a --require preload), on the seed drafts and over --stdio.
// 2. The bundles are read for network modules: only `net` may appear, once, inside vscode-jsonrpc's
//    node transport (its socket/pipe transports, used only with --socket/--pipe, never with --stdio
//    or IPC); http, https, tls, dns, http2, dgram and undici must not appear at all.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SERVER = join(ROOT, 'dist/server.js');
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'seeds', f));
const MARK = 'GONGWEN-NETWORK-ATTEMPT';

// Preloaded before the program: every way Node opens a connection or resolves a name now throws.
// The attempt is also written to stderr, so a program that catches the error is still caught.
const STUB = `
'use strict';
const deny = (what) => function () {
  process.stderr.write('${MARK} ' + what + '\\n');
  throw new Error('network access denied in test: ' + what);
};
const net = require('net');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
net.Socket.prototype.connect = deny('net.Socket.connect');
for (const name of ['http', 'https']) {
  const m = require(name);
  m.request = deny(name + '.request');
  m.get = deny(name + '.get');
}
require('http2').connect = deny('http2.connect');
require('tls').connect = deny('tls.connect');
require('dgram').createSocket = deny('dgram.createSocket');
const dns = require('dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[k] = deny('dns.' + k);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[k] = deny('dns.promises.' + k);
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
`;

const dir = mkdtempSync(join(tmpdir(), 'gongwen-no-network-'));
const stubPath = join(dir, 'deny-network.js');
writeFileSync(stubPath, STUB);

describe('no network access at run time', () => {
  it('the stub really denies (a sanity check of the harness)', () => {
    const r = spawnSync(process.execPath, ['--require', stubPath, '-e', "require('http').get('http://127.0.0.1:9')"], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${MARK} http.get`));
  });

  it('the CLI lints every seed draft (json, and --fix on copies) without a network call', () => {
    const r = spawnSync(process.execPath, ['--require', stubPath, CLI, '--format', 'json', ...SEEDS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.doesNotMatch(r.stderr, new RegExp(MARK), r.stderr);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as { filePath: string }[];
    assert.equal(report.length, SEEDS.length);

    const copies = SEEDS.map((seed, i) => {
      const copy = join(dir, `seed-${i}.txt`);
      writeFileSync(copy, readFileSync(seed));
      return copy;
    });
    const fix = spawnSync(process.execPath, ['--require', stubPath, CLI, '--fix', ...copies], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(fix.stderr, new RegExp(MARK), fix.stderr);
    assert.ok(fix.status === 0 || fix.status === 1, `exit ${fix.status}: ${fix.stderr}`);
  });

  for (const [name, program, args] of [
    ['dist/server.js --stdio', SERVER, ['--stdio']],
    ['gongwen-lint --stdio', CLI, ['--stdio']],
  ] as const) {
    it(`${name} starts, lints a traditional-script seed (OpenCC loaded) and shuts down without a network call`, async () => {
      const child = spawn(process.execPath, ['--require', stubPath, program, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Every step fails at once, with the server's stderr, if the server dies.
      const died = exited.then((code) => Promise.reject(new Error(`server exited (${code}): ${stderr.slice(0, 2000)}`)));
      died.catch(() => undefined);
      const alive = <T>(step: Promise<T>) => Promise.race([step, died]);
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const logged: string[] = [];
      connection.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
      connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      connection.onRequest('client/registerCapability', () => null);
      const seed = SEEDS.find((s) => s.includes('001_')) ?? SEEDS[0];
      const uri = pathToFileURL(seed).href;
      const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
          if (p.uri === uri) resolve(p);
        }),
      );
      connection.listen();
      try {
        await alive(connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: { workspace: { configuration: true } } }));
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(seed, 'utf8') } });
        const published = await alive(diagnostics);
        assert.ok(published.diagnostics.length > 0, 'the seed has findings');
        await alive(connection.sendRequest('shutdown'));
        await connection.sendNotification('exit');
        await exited;
      } finally {
        connection.dispose();
        if (child.exitCode === null) child.kill();
      }
      assert.doesNotMatch(stderr + logged.join('\n'), new RegExp(MARK), stderr);
    });
  }
});

describe('no network modules in the bundles', () => {
  const NETWORK_MODULES = ['http', 'https', 'tls', 'dns', 'http2', 'dgram', 'undici', 'net'];
  /** `require("x")` or `require("node:x")` calls for network modules, with the bundled package each sits in. */
  function networkRequires(bundle: string): { module: string; inPackage: string }[] {
    const found: { module: string; inPackage: string }[] = [];
    const pattern = new RegExp(`require\\(["'](?:node:)?(${NETWORK_MODULES.join('|')})["']\\)`, 'g');
    for (const m of bundle.matchAll(pattern)) {
      // esbuild heads each bundled file with a comment naming it: the last one before the match.
      const header = bundle.lastIndexOf('\n// ', m.index);
      const inPackage = header >= 0 ? bundle.slice(header + 4, bundle.indexOf('\n', header + 1)) : '(unknown)';
      found.push({ module: m[1], inPackage });
    }
    return found;
  }

  for (const file of ['dist/cli.js', 'dist/cli-main.js', 'dist/cli-engine.js', 'dist/server.js']) {
    it(`${file}: no http, https, tls, dns, http2, dgram or undici; net only in vscode-jsonrpc's socket/pipe transport`, () => {
      const found = networkRequires(readFileSync(join(ROOT, file), 'utf8'));
      const notNet = found.filter((f) => f.module !== 'net');
      assert.deepEqual(notNet, [], 'network modules other than net');
      const net = found.filter((f) => f.module === 'net');
      // vscode-jsonrpc/lib/node/main.js: createServerPipeTransport/createServerSocketTransport (--pipe, --socket).
      for (const f of net) assert.match(f.inPackage, /^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/, `net required outside vscode-jsonrpc: ${f.inPackage}`);
      assert.ok(net.length <= 1, `net is required ${net.length} times`);
      assert.doesNotMatch(readFileSync(join(ROOT, file), 'utf8'), /\bfetch\(|XMLHttpRequest|new WebSocket\(/, 'a fetch/XHR/WebSocket call');
    });
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));
