// The language server collects garbage once after opening a large document (lsp/linting.ts): the
// protocol's copies of its text are garbage then. Checked with a stand-in for global.gc and a
// connection that records what is sent: once per open of a large document, after its diagnostics,
// never for a small one or a re-lint.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig, RULES, type GongwenConfig } from '../../server/src/engine';
import { Linter, type HeapControl } from '../../server/src/lsp/linting';
import type { DocumentSettings, SettingsStore } from '../../server/src/lsp/settings';

const LARGE = 1 << 20;

/** Every rule off: the test is about when the server collects, not about findings. */
function settingsWithoutRules(): DocumentSettings {
  const rules: GongwenConfig['rules'] = {};
  for (const rule of RULES) rules[rule.meta.id] = 'off';
  return { enable: true, run: 'onType', debounceMs: 0, languages: ['plaintext'], locale: 'zh', config: resolveConfig({ rules }), ignored: false, progressive: true };
}

function setUp(texts: Record<string, string>, heap?: HeapControl) {
  const events: string[] = [];
  const docs = new Map(Object.entries(texts).map(([uri, text]) => [uri, TextDocument.create(uri, 'plaintext', 1, text)]));
  const connection = {
    sendDiagnostics: (params: { uri: string }) => {
      events.push(`diagnostics ${params.uri}`);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
    console: { error: (message: string) => events.push(`error ${message}`) },
  } as unknown as Connection;
  const documents = { get: (uri: string) => docs.get(uri), all: () => [...docs.values()] } as unknown as TextDocuments<TextDocument>;
  const settings = { get: () => Promise.resolve(settingsWithoutRules()), forget: () => undefined } as unknown as SettingsStore;
  const linter = new Linter({ connection, documents, settings, sendStatus: false, heap });
  return { linter, events };
}

/** Lets the promise callbacks and the setImmediate after the diagnostics run. */
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('language server: one full collection after opening a large document', () => {
  const globals = globalThis as { gc?: () => void };
  const original = globals.gc;
  after(() => {
    globals.gc = original;
  });

  it('collects once, after the diagnostics of the first lint of a document of 1 M characters; not again, not for small ones', async () => {
    const { linter, events } = setUp({ 'file:///large.txt': '一'.repeat(LARGE - 10) + '\n'.repeat(10), 'file:///small.txt': '一、加强管理。\n' });
    globals.gc = () => events.push('gc');
    await linter.validate('file:///small.txt');
    await settle();
    assert.deepEqual(events, ['diagnostics file:///small.txt']);
    await linter.validate('file:///large.txt');
    await settle();
    assert.deepEqual(events.slice(1), ['diagnostics file:///large.txt', 'gc']);
    await linter.validate('file:///large.txt'); // a re-lint (an edit, a settings change)
    await settle();
    assert.deepEqual(events.slice(3), ['diagnostics file:///large.txt']);
    // Closed and opened again: its text came through the protocol again.
    linter.close('file:///large.txt');
    await linter.validate('file:///large.txt');
    await settle();
    assert.deepEqual(events.slice(4), ['diagnostics file:///large.txt', 'diagnostics file:///large.txt', 'gc']);
  });

  it('does nothing without gc (a server started without --expose-gc)', async () => {
    const { linter, events } = setUp({ 'file:///large.txt': '一'.repeat(LARGE) });
    delete globals.gc;
    await linter.validate('file:///large.txt');
    await settle();
    assert.deepEqual(events, ['diagnostics file:///large.txt']);
  });

  it("with the server's heap control (node/heap.ts): the young generation stops growing before the large document's first lint, its own collection after the diagnostics", async () => {
    let log: string[] = [];
    const heap: HeapControl = {
      stopYoungGenerationGrowth: () => log.push('stop growth'),
      fullCollection: () => () => log.push('own gc'),
    };
    const { linter, events } = setUp({ 'file:///large.txt': '一'.repeat(LARGE), 'file:///small.txt': '一、加强管理。\n' }, heap);
    log = events;
    delete globals.gc;
    await linter.validate('file:///small.txt');
    await linter.validate('file:///large.txt');
    await settle();
    await linter.validate('file:///large.txt'); // a re-lint: neither again
    await settle();
    assert.deepEqual(events, ['diagnostics file:///small.txt', 'stop growth', 'diagnostics file:///large.txt', 'own gc', 'diagnostics file:///large.txt']);
  });
});
