// The language server's progressive diagnostics (lsp/linting.ts), with a stand-in connection that records
// what is published: on opening a large simplified document, the other rules' findings first and the
// complete set after a turn of the event loop; an edit in between makes the stale complete set go unsent;
// code actions and hover (lintCurrent) see the complete set even between the two publishes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Connection, Diagnostic, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument, resolveConfig } from '../../server/src/engine';
import { Linter, PROGRESSIVE_MIN_UNITS, type LintedDocument } from '../../server/src/lsp/linting';
import type { DocumentSettings, SettingsStore } from '../../server/src/lsp/settings';

const URI = 'file:///report.txt';
const SLIP = '内蒙古自治区乌兰察布市大力培育发展大数局产业。';
const LARGE = `${readFileSync('seeds/004_ad60cba661282f96.txt', 'utf8')}\n${readFileSync('test/fixtures/corpus/simplified/2003-gov-work-report-state-council.txt', 'utf8')}\n${SLIP}\n`;

function settings(progressive = true): DocumentSettings {
  return { enable: true, run: 'onType', debounceMs: 0, languages: ['plaintext'], locale: 'zh', config: resolveConfig({}), ignored: false, progressive };
}

function setUp(text: string, options: { progressive?: boolean; onPublish?: (p: PublishDiagnosticsParams, linter: Linter) => void } = {}) {
  const published: PublishDiagnosticsParams[] = [];
  const docs = new Map([[URI, TextDocument.create(URI, 'plaintext', 1, text)]]);
  const self: { linter?: Linter } = {};
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => {
      published.push(params);
      options.onPublish?.(params, self.linter!);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
    console: { error: (message: string) => assert.fail(message) },
  } as unknown as Connection;
  const documents = { get: (uri: string) => docs.get(uri), all: () => [...docs.values()] } as unknown as TextDocuments<TextDocument>;
  const store = { get: () => Promise.resolve(settings(options.progressive)), forget: () => undefined } as unknown as SettingsStore;
  const linter = (self.linter = new Linter({ connection, documents, settings: store, sendStatus: false }));
  /** An edit as TextDocuments applies it: the document is replaced by its next version. */
  const edit = (newText: string) => docs.set(URI, TextDocument.create(URI, 'plaintext', docs.get(URI)!.version + 1, newText));
  return { linter, published, docs, edit };
}

const rules = (diagnostics: Diagnostic[]) => new Set(diagnostics.map((d) => d.code));
/** Waits until `count` publishes have been made (the scheduled lint's turn comes when the machine lets it), then a turn more. */
async function publishesReach(published: PublishDiagnosticsParams[], count: number): Promise<void> {
  for (let waited = 0; published.length < count && waited < 30_000; waited += 10) await new Promise((done) => setTimeout(done, 10));
  await new Promise((done) => setTimeout(done, 10));
}

describe('language server: progressive diagnostics (a Linter with a stand-in connection)', () => {
  const expected = lintDocument(LARGE).findings;

  it(`opening ${LARGE.length} characters of simplified text (≥ ${PROGRESSIVE_MIN_UNITS}): two publishes of version 1, the first without wrong-character, the second complete`, async () => {
    const { linter, published } = setUp(LARGE);
    await linter.validate(URI);
    assert.equal(published.length, 2);
    const [first, complete] = published;
    assert.deepEqual([first.version, complete.version], [1, 1]);
    assert.ok(!rules(first.diagnostics).has('wrong-character'));
    assert.deepEqual(complete.diagnostics.map((d) => [d.code, d.message]), expected.map((f) => [f.ruleId, f.message]));
    // The first set comes again in the second as the very same diagnostics, in the same order.
    assert.deepEqual(complete.diagnostics.filter((d) => d.code !== 'wrong-character'), first.diagnostics);
    assert.ok(first.diagnostics.every((d) => complete.diagnostics.includes(d)));
  });

  it('gongwen.progressiveDiagnostics false: one publish, the complete set', async () => {
    const { linter, published } = setUp(LARGE, { progressive: false });
    await linter.validate(URI);
    assert.deepEqual(published.map((p) => p.diagnostics.map((d) => [d.code, d.message])), [expected.map((f) => [f.ruleId, f.message])]);
  });

  it('a small document and a re-lint of the same text: one publish each', async () => {
    const small = setUp(`${SLIP}\n`);
    await small.linter.validate(URI);
    assert.equal(small.published.length, 1);
    assert.ok(rules(small.published[0].diagnostics).has('wrong-character'));
    const { linter, published } = setUp(LARGE);
    await linter.validate(URI);
    await linter.validate(URI); // everything cached: nothing for wrong-character to read
    assert.equal(published.length, 3);
    assert.deepEqual(published[2].diagnostics, published[1].diagnostics);
  });

  it('an edit between the publishes: the stale complete set is not sent; a scheduled lint of the new version follows', async () => {
    const edited = LARGE.replace('大数局', '大数据');
    const { linter, published, edit } = setUp(LARGE, {
      onPublish: (p, l) => {
        if (p.version !== 1) return;
        edit(edited); // the didChange, handled between the two stages
        l.schedule(URI, 0); // as run "onType" does
      },
    });
    await linter.validate(URI);
    await publishesReach(published, 3);
    assert.deepEqual(published.map((p) => p.version), [1, 2, 2]);
    assert.ok(!published.some((p) => p.version === 1 && rules(p.diagnostics).has('wrong-character')), 'no complete set of version 1');
    assert.deepEqual(published[2].diagnostics.map((d) => [d.code, d.message]), lintDocument(edited).findings.map((f) => [f.ruleId, f.message]));
  });

  it('an edit between the publishes with nothing scheduled (run "onSave"): the new version is linted at once', async () => {
    const edited = LARGE.replace('大数局', '大数据');
    const { linter, published, edit } = setUp(LARGE, { onPublish: (p) => void (p.version === 1 && edit(edited)) });
    await linter.validate(URI);
    await publishesReach(published, 3);
    assert.deepEqual(published.map((p) => p.version), [1, 2, 2]);
    assert.deepEqual(published[2].diagnostics.map((d) => [d.code, d.message]), lintDocument(edited).findings.map((f) => [f.ruleId, f.message]));
  });

  it('code actions and hover between the publishes see the complete set, which is then published unchanged', async () => {
    let between: LintedDocument | undefined;
    const { linter, published, docs } = setUp(LARGE, {
      onPublish: (p, l) => {
        if (published.length === 1) void l.lintCurrent(docs.get(URI)!).then((linted) => (between = linted));
      },
    });
    await linter.validate(URI);
    assert.ok(between, 'lintCurrent answered between the publishes');
    assert.deepEqual(between.result?.findings, expected);
    assert.equal(published.length, 2);
    assert.deepEqual(published[1].diagnostics.map((d) => [d.code, d.message]), expected.map((f) => [f.ruleId, f.message]));
    assert.equal(await linter.lintCurrent(docs.get(URI)!), between, 'the same result afterwards');
  });
});
