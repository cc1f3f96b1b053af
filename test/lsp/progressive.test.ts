// Progressive diagnostics over the real protocol (`node dist/server.js --stdio`): opening a large simplified
// document publishes the other rules' findings, then the complete set with wrong-character's; an edit that
// comes between the two makes the stale complete set go unsent; gongwen.progressiveDiagnostics false
// publishes once.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lintDocument } from '../../server/src/engine';
import { PROGRESSIVE_MIN_UNITS } from '../../server/src/lsp/linting';
import { fileUri, ROOT, SERVER, TestClient, TIMEOUT_MS } from './harness';

const SLIP = '内蒙古自治区乌兰察布市大力培育发展大数局产业。';
/** Seed 004 (a repeated word, half-width commas), a published report of 23 k characters, and a wrong character. */
const LARGE = `${readFileSync(path.join(ROOT, 'seeds/004_ad60cba661282f96.txt'), 'utf8')}\n${readFileSync(path.join(ROOT, 'test/fixtures/corpus/simplified/2003-gov-work-report-state-council.txt'), 'utf8')}\n${SLIP}\n`;
/** Not written to disk: the server lints what the client sends. */
const LARGE_URI = fileUri(path.join(ROOT, 'test/fixtures/progressive-open.txt'));
const SMALL_URI = fileUri(path.join(ROOT, 'test/fixtures/progressive-small.txt'));
const SMALL = '一、加强管理,提高效率。\n';
/** Line and column of 局 in 大数局. */
const SLIP_LINE = LARGE.split('\n').indexOf(SLIP);
const SLIP_CHARACTER = SLIP.indexOf('局');

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
const hasRule = (p: PublishDiagnosticsParams, rule: string) => p.diagnostics.some((d) => d.code === rule);

/**
 * Everything the server publishes for LARGE_URI until a small document opened afterwards has its diagnostics:
 * the server answers that open only after a round trip for its settings, by when a second stage it had
 * queued is out.
 */
async function publishesOfLargeOpen(client: TestClient): Promise<PublishDiagnosticsParams[]> {
  const from = client.diagnostics.all.length;
  await client.open(LARGE_URI, LARGE);
  await client.open(SMALL_URI, SMALL);
  return client.diagnostics.all.slice(from).filter((p) => p.uri === LARGE_URI);
}

describe(`language server: progressive diagnostics (${LARGE.length} characters of simplified text, ≥ ${PROGRESSIVE_MIN_UNITS})`, () => {
  let progressive: PublishDiagnosticsParams[];
  let single: PublishDiagnosticsParams[];
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const singleClient = new TestClient({ settings: { progressiveDiagnostics: false } });
    await Promise.all([client.initialize(), singleClient.initialize()]);
    progressive = await publishesOfLargeOpen(client);
    single = await publishesOfLargeOpen(singleClient);
    await singleClient.close();
  });
  after(() => client.close());

  it('publishes twice on open: the first set without wrong-character, a subset of the second', () => {
    assert.deepEqual(progressive.map((p) => p.version), [1, 1]);
    const [first, complete] = progressive;
    assert.ok(!hasRule(first, 'wrong-character'));
    assert.ok(hasRule(first, 'repeated-word') && hasRule(first, 'fullwidth-punctuation'), 'the fast rules are in the first set');
    // No flicker: the first set comes again in the second unchanged (same diagnostics, same order).
    assert.deepEqual(complete.diagnostics.filter((d) => d.code !== 'wrong-character'), first.diagnostics);
    const slip = complete.diagnostics.filter((d) => d.code === 'wrong-character');
    assert.deepEqual(slip.map((d) => [d.range.start, d.range.end]), [[{ line: SLIP_LINE, character: SLIP_CHARACTER }, { line: SLIP_LINE, character: SLIP_CHARACTER + 1 }]]);
  });

  it('the complete set equals the single publish of gongwen.progressiveDiagnostics false, and the engine\'s findings', () => {
    assert.deepEqual(single.map((p) => p.version), [1]);
    assert.deepEqual(progressive[1].diagnostics, single[0].diagnostics);
    assert.equal(progressive[1].diagnostics.length, lintDocument(LARGE).findings.length);
  });

  it('code actions see the complete set: the wrong character\'s preferred fix 局 → 据', async () => {
    const slip = progressive[1].diagnostics.filter((d) => d.code === 'wrong-character');
    const actions = await client.codeActions(LARGE_URI, slip);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, 'a preferred quick fix');
    assert.deepEqual(Object.values(preferred.edit?.changes ?? {}).flat().map((e) => e.newText), ['据']);
  });
});

/** A client that writes raw frames, so that two messages reach the server in one read. */
class RawClient {
  readonly child: ChildProcess;
  readonly messages: { id?: number; method?: string; params?: any }[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) break;
        this.messages.push(JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Writes the messages in one write() (small: one read on the server's side). */
  send(...messages: object[]): void {
    this.child.stdin!.write(Buffer.concat(messages.map((m) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    })));
  }

  async waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
  }

  /** Answers the next workspace/configuration request not answered yet with `settings`, and returns its message. */
  async configurationRequest(answered: Set<number>): Promise<{ id: number; params: { items: unknown[] } }> {
    const request = await this.waitFor(() => this.messages.find((m) => m.method === 'workspace/configuration' && !answered.has(m.id!)), 'workspace/configuration');
    answered.add(request.id!);
    return request as { id: number; params: { items: unknown[] } };
  }

  publishes(uri: string): PublishDiagnosticsParams[] {
    return this.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params as PublishDiagnosticsParams);
  }

  close(): void {
    this.child.kill();
  }
}

describe('language server: progressive diagnostics, an edit between the two publishes', () => {
  let raw: RawClient;
  before(() => {
    raw = new RawClient();
  });
  after(() => raw.close());

  it('the stale complete set of version 1 is not published; the edit\'s own lint publishes version 2 in full', async () => {
    raw.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } } } });
    await raw.waitFor(() => raw.messages.find((m) => m.id === 1 && !m.method), 'initialize');
    raw.send({ method: 'initialized', params: {} });
    raw.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: LARGE_URI, languageId: 'plaintext', version: 1, text: LARGE } } });
    // The open's lint waits for its settings. The answer and an edit (大数局 → 大数据) go in one write: the
    // server lints version 1 on the answer, publishes its first stage, and handles the edit before the second
    // (the default debounce keeps the edit's own lint from starting before the second stage looks).
    const answered = new Set<number>();
    const request = await raw.configurationRequest(answered);
    const range = { start: { line: SLIP_LINE, character: SLIP_CHARACTER }, end: { line: SLIP_LINE, character: SLIP_CHARACTER + 1 } };
    raw.send(
      { id: request.id, result: request.params.items.map(() => ({})) },
      { method: 'textDocument/didChange', params: { textDocument: { uri: LARGE_URI, version: 2 }, contentChanges: [{ range, text: '据' }] } },
    );
    const edited = LARGE.replace('大数局', '大数据');
    const expected = lintDocument(edited).findings.map((f) => f.message);
    await raw.waitFor(() => (raw.publishes(LARGE_URI).some((p) => p.version === 2 && p.diagnostics.length === expected.length) ? true : undefined), 'the complete set of version 2');
    // A small document's open after it: by its diagnostics, anything else queued for the large one is out.
    raw.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: SMALL_URI, languageId: 'plaintext', version: 1, text: SMALL } } });
    const small = await raw.configurationRequest(answered);
    raw.send({ id: small.id, result: small.params.items.map(() => ({})) });
    await raw.waitFor(() => (raw.publishes(SMALL_URI).length ? true : undefined), 'the small document\'s diagnostics');

    const publishes = raw.publishes(LARGE_URI);
    assert.deepEqual(publishes.map((p) => p.version), [1, 2, 2], 'version 1 once (its first stage), version 2 in two stages');
    assert.ok(!hasRule(publishes[0], 'wrong-character'));
    assert.deepEqual(publishes[2].diagnostics.map((d) => d.message), expected);
    assert.ok(!hasRule(publishes[2], 'wrong-character'), 'the slip was corrected');
    assert.deepEqual(summary(publishes[1].diagnostics), summary(publishes[2].diagnostics), 'nothing for wrong-character in version 2 either');
  });
});
