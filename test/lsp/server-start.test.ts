// dist/server.js is a small starter that runs dist/server-main.js with the V8 code cache the build
// wrote (dist/server-main.cache). The server must answer alike with the cache, without it and with a
// damaged one; the cache only saves compilation.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ROOT, TIMEOUT_MS } from './harness';

const DIST = path.join(ROOT, 'dist');
const scratch: string[] = [];
after(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of dist/ (the starter copied, the rest linked) with `cache` as the server's code cache, or none. */
function distWith(cache: Buffer | undefined): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'gongwen-server-start-'));
  scratch.push(dir);
  for (const name of fs.readdirSync(DIST)) {
    if (name === 'server-main.cache' || name.endsWith('.map')) continue;
    if (name === 'server.js') fs.copyFileSync(path.join(DIST, name), path.join(dir, name));
    else fs.symlinkSync(path.join(DIST, name), path.join(dir, name));
  }
  if (cache) fs.writeFileSync(path.join(dir, 'server-main.cache'), cache);
  return dir;
}

/** Opens one line in the server of `dir` over stdio: its diagnostics (rule, range) and what it wrote to stderr. */
async function diagnose(dir: string, text: string, env: NodeJS.ProcessEnv = {}): Promise<{ found: string[]; stderr: string }> {
  const child = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GONGWEN_CODE_CACHE_DIR: '', ...env } });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.listen();
  const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///start/a.txt', languageId: 'plaintext', version: 1, text } });
    const { diagnostics: found } = await diagnostics;
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise((resolve) => child.once('exit', resolve));
    return { found: found.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`), stderr };
  } finally {
    clearTimeout(timer);
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
}

describe('dist/server.js code cache (dist/server-main.cache)', () => {
  it('the build wrote one', () => {
    assert.ok(fs.statSync(path.join(DIST, 'server-main.cache')).size > 100_000);
  });

  it('gives the same diagnostics with the cache, without it, and with a damaged one — silently', async () => {
    const valid = fs.readFileSync(path.join(DIST, 'server-main.cache'));
    const flipped = Buffer.from(valid);
    flipped[valid.length >> 1] ^= 0xff;
    const text = '各部門要認真組織組織學習，全麵推進機製改革。\n';
    const expected = await diagnose(distWith(undefined), text);
    assert.deepEqual(expected.found, ['repeated-word 0:6-10', 'misconversion 0:14-15', 'misconversion 0:18-19']);
    assert.equal(expected.stderr, '');
    for (const [name, cache] of Object.entries({ valid, truncated: valid.subarray(0, valid.length >> 1), 'one byte changed': flipped })) {
      assert.deepEqual(await diagnose(distWith(cache), text), expected, name);
    }
  });

  it('writes a cache of its own where the editor says (GONGWEN_CODE_CACHE_DIR) when none fits, and uses it', async () => {
    const text = '各部門要認真組織組織學習，全麵推進機製改革。\n';
    const dir = distWith(undefined); // as in the VSIX: no shipped cache
    const own = path.join(fs.mkdtempSync(path.join(tmpdir(), 'gongwen-own-cache-')), 'code-cache');
    scratch.push(path.dirname(own));
    const env = { GONGWEN_CODE_CACHE_DIR: own };
    const expected = await diagnose(dir, text, env);
    assert.equal(expected.stderr, '');
    const file = path.join(own, `server-main-${process.versions.v8}.cache`);
    const written = fs.readFileSync(file);
    assert.ok(written.length > 100_000, 'holds the functions of the run, not only the top level');
    // Used as it is on the next start (not written again), and a damaged one is replaced.
    assert.deepEqual(await diagnose(dir, text, env), expected);
    assert.deepEqual(fs.readFileSync(file), written);
    const damaged = Buffer.from(written);
    damaged[damaged.length >> 1] ^= 0xff;
    fs.writeFileSync(file, damaged);
    assert.deepEqual(await diagnose(dir, text, env), expected);
    assert.equal(fs.readFileSync(file).length > 100_000 && !fs.readFileSync(file).equals(damaged), true);
    // The shipped cache, when it fits, is used and nothing is written.
    const shippedDir = distWith(fs.readFileSync(path.join(DIST, 'server-main.cache')));
    const other = path.join(path.dirname(own), 'other');
    assert.deepEqual(await diagnose(shippedDir, text, { GONGWEN_CODE_CACHE_DIR: other }), expected);
    assert.equal(fs.existsSync(other), false);
  });
});
