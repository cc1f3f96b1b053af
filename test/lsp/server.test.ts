// The language server over stdio, as any editor sees it: diagnostics, code actions, hover,
// commands and settings, on the real seed drafts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixAll, lintDocument, ruleById } from '../../server/src/engine';
import { encodeGb18030 } from '../../server/src/node/gb18030';
import { convertText } from '../../server/src/text/convert';
import { allEdits, applyTextEdits, fileUri, offsetAt, seedPath, TestClient } from './harness';

const SEED_004 = seedPath('004');
const TEXT_004 = readFileSync(SEED_004, 'utf8');
const URI_004 = fileUri(SEED_004);

function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

function repeatedWordOn004(diagnostics: Diagnostic[]): Diagnostic {
  const found = byRule(diagnostics, 'repeated-word').filter((d) => d.range.start.line === 20);
  assert.equal(found.length, 1, 'one repeated-word diagnostic on line 21 of seed 004');
  return found[0];
}

describe('language server: capabilities', () => {
  let client: TestClient;
  before(() => {
    client = new TestClient();
  });
  after(() => client.close());

  it('announces sync, code actions (with source.fixAll.gongwen), hover and its commands', async () => {
    const result = await client.connection.sendRequest<{
      capabilities: Record<string, any>;
      serverInfo: { name: string };
    }>('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(result.serverInfo.name, 'gongwen-lint');
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.gongwen']);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.equal(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    for (const command of ['gongwen.fixAll', 'gongwen.convertDocument', 'gongwen.allowPhrase', 'gongwen.showDocumentation']) {
      assert.ok(result.capabilities.executeCommandProvider.commands.includes(command), command);
    }
  });
});

describe('language server: seed 004', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  before(async () => {
    client = new TestClient();
    await client.initialize();
    diagnostics = (await client.openFile(SEED_004)).diagnostics;
  });
  after(() => client.close());

  it('publishes the repeated word 动员动员 on line 21 with rule id, source, docs link and range', () => {
    const d = repeatedWordOn004(diagnostics);
    assert.equal(d.source, 'gongwen');
    assert.equal(d.severity, { error: 1, warn: 2, info: 3, off: 0 }[ruleById('repeated-word')!.meta.defaultSeverity], 'the rule’s default severity');
    assert.deepEqual(d.range, { start: { line: 20, character: 386 }, end: { line: 20, character: 390 } });
    assert.equal(TEXT_004.slice(offsetAt(TEXT_004, d.range.start), offsetAt(TEXT_004, d.range.end)), '动员动员');
    assert.match(d.codeDescription!.href, /\/docs\/rules\/repeated-word\.md$/);
    assert.match(d.message, /动员动员/);
    assert.equal((d.data as { version: number }).version, 1);
  });

  it('marks every diagnostic with source gongwen and a known rule id', () => {
    assert.ok(diagnostics.length > 50, `seed 004 has many half-width commas (got ${diagnostics.length} diagnostics)`);
    for (const d of diagnostics) {
      assert.equal(d.source, 'gongwen');
      assert.equal(typeof d.code, 'string');
      assert.ok(d.codeDescription?.href.endsWith(`/docs/rules/${d.code}.md`));
    }
  });

  it('sends the status: problem counts and the decided script', async () => {
    const status = await client.statuses.latestOrNext((s) => s.uri === URI_004, 'status of seed 004');
    assert.equal(status.state, 'ok');
    assert.equal(status.script, 'zh-Hans');
    const counts = Number(status.errors) + Number(status.warnings) + Number(status.infos);
    assert.equal(counts, diagnostics.length);
  });

  it('offers the quick fix for 动员动员; applying it gives 广泛动员加强', async () => {
    const d = repeatedWordOn004(diagnostics);
    const actions = await client.codeActions(URI_004, [d]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'exactly one preferred fix');
    assert.equal(preferred[0].kind, 'quickfix');
    assert.deepEqual(preferred[0].diagnostics?.map((x) => x.code), ['repeated-word']);
    const fixed = applyTextEdits(TEXT_004, allEdits(preferred[0].edit));
    assert.ok(fixed.includes('广泛动员加强'));
    assert.ok(!fixed.includes('动员动员'));
    assert.equal(fixed.length, TEXT_004.length - 2, 'only the repeated 动员 is removed');
  });

  it('finds the fix when the client sends the diagnostic back without data and source (Neovim 0.7)', async () => {
    const { data: _data, source: _source, ...bare } = repeatedWordOn004(diagnostics);
    const actions = await client.codeActions(URI_004, [bare]);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, 'a preferred fix without data');
    assert.ok(applyTextEdits(TEXT_004, allEdits(preferred.edit)).includes('广泛动员加强'));
  });

  it('ignores data made for another version and re-lints instead', async () => {
    const d = repeatedWordOn004(diagnostics);
    const stale = { ...d, data: { version: 99, text: 'x', fix: { start: 0, end: 1, old: '', text: 'BAD', title: 'bad' } } };
    const actions = await client.codeActions(URI_004, [stale]);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.ok(!applyTextEdits(TEXT_004, allEdits(preferred.edit)).includes('BAD'));
    assert.ok(applyTextEdits(TEXT_004, allEdits(preferred.edit)).includes('广泛动员加强'));
  });

  it('offers "fix all of this rule" for the half-width commas, and "show documentation"', async () => {
    const comma = byRule(diagnostics, 'fullwidth-punctuation')[0];
    const actions = await client.codeActions(URI_004, [comma]);
    const fixRule = actions.find((a) => a.title.includes('所有') && a.edit);
    assert.ok(fixRule, `a fix-all-of-rule action among ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = applyTextEdits(TEXT_004, allEdits(fixRule.edit));
    assert.ok(fixed.includes('动员动员'), 'fixing one rule leaves the other rules’ problems alone');
    assert.equal(fixed, fixAll(TEXT_004, {}, (f) => f.ruleId === 'fullwidth-punctuation').text);

    const docs = actions.find((a) => a.command?.command === 'gongwen.showDocumentation')!;
    assert.ok(docs, 'a show-documentation action');
    const shown = client.shownDocuments.next(() => true, 'showDocument');
    await client.executeCommand(docs.command!.command, docs.command!.arguments!);
    const params = await shown;
    assert.equal(params.external, true);
    assert.match(params.uri, /\/docs\/rules\/fullwidth-punctuation\.md$/);
  });

  it('source.fixAll.gongwen: every half-width comma becomes full-width and nothing else changes but the known fixes', async () => {
    const actions = await client.codeActions(URI_004, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.gongwen']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.gongwen');
    const edits = allEdits(actions[0].edit);
    const fixed = applyTextEdits(TEXT_004, edits);
    assert.equal(fixed, fixAll(TEXT_004).text, 'the same text as the engine’s fixAll');
    assert.ok(!/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/.test(fixed), 'no half-width comma next to a Chinese character');
    assert.ok(fixed.includes('广泛动员加强'));
    // Minimal edits: each one swaps half-width punctuation (one mark, or adjacent marks such as "!(")
    // for the full-width forms, or removes the repeated 动员.
    const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
    for (const edit of edits) {
      const old = TEXT_004.slice(offsetAt(TEXT_004, edit.range.start), offsetAt(TEXT_004, edit.range.end));
      const widened = [...old].map((c) => FULL[c] ?? '?').join('');
      const known = (old !== '' && widened === edit.newText) || (old === '动员' && edit.newText === '');
      assert.ok(known, `unexpected edit ${JSON.stringify(old)} → ${JSON.stringify(edit.newText)}`);
    }
  });

  it('hover on a finding shows its message, the working (detail) and the docs link', async () => {
    const d = byRule(diagnostics, 'respectively-mismatch')[0];
    assert.ok(d, 'seed 004 has a respectively-mismatch finding');
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: URI_004 },
      position: d.range.start,
    });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /3 ≠ 4/);
    assert.match(value, /respectively-mismatch\.md/);
    assert.deepEqual(hover.range, d.range);
  });

  it('hover on an annotation (a verified rate in seed 001) shows its note', async () => {
    const file = seedPath('001');
    const text = readFileSync(file, 'utf8');
    const result = lintDocument(text);
    const note = result.annotations.find((a) => !result.findings.some((f) => f.start <= a.start && a.start < f.end));
    assert.ok(note, 'seed 001 has an annotation outside any finding');
    await client.openFile(file);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: fileUri(file) },
      position: result.document.positionAt(note.start),
    });
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes(note.ruleId));
    for (const piece of note.text.split(/\s+/).filter((p) => /^[\d.%]+$/.test(p))) assert.ok(value.includes(piece), `${piece} in ${value}`);
  });

  it('hover where nothing is flagged returns null', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI_004 }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  it('survives bad requests and keeps answering', async () => {
    assert.deepEqual(await client.codeActions('file:///nowhere.txt', [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
    assert.equal(await client.executeCommand('gongwen.convertDocument', [URI_004, 'klingon']).then((r) => (r as { applied: boolean }).applied), false);
    assert.equal(await client.executeCommand('gongwen.fixAll', [42]).then((r) => (r as { applied: boolean }).applied), false);
    await client.executeCommand('gongwen.showDocumentation', ['no-such-rule']);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI_004 }, position: { line: 9999, character: 9999 } });
    assert.equal(hover, null);
  });
});

describe('language server: edits and settings', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ documentChanges: true });
    await client.initialize();
  });
  after(() => client.close());

  it('re-lints after an incremental change of one paragraph', async () => {
    const uri = 'untitled:edit-1';
    const first = await client.open(uri, '第一段内容完整。\n我们要认真研究问题。\n第三段内容完整。\n');
    assert.deepEqual(byRule(first.diagnostics, 'repeated-word'), []);
    const published = client.diagnostics.next((p) => p.uri === uri && p.version === 2, 'diagnostics v2');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, text: '落实落实' }],
    });
    const second = await published;
    const found = byRule(second.diagnostics, 'repeated-word');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } });
  });

  it('rate-mismatch offers the computed rate as a quick fix that is not preferred, and fix-all leaves the rate alone (round 38)', async () => {
    const uri = 'untitled:rate-1';
    const text = '排查矛盾纠纷200起，化解180起，化解率95%,已全部办结。';
    const first = await client.open(uri, text);
    const [rate] = byRule(first.diagnostics, 'rate-mismatch');
    assert.deepEqual(rate.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 24 } });
    const actions = await client.codeActions(uri, [rate]);
    const change = actions.find((a) => a.kind === 'quickfix' && a.edit && a.title.includes('90'));
    assert.ok(change, `a quick fix to 90 among ${actions.map((a) => a.title).join(' | ')}`);
    assert.notEqual(change.isPreferred, true, 'the count may be the slip: not the preferred fix');
    assert.equal(applyTextEdits(text, allEdits(change.edit)), '排查矛盾纠纷200起，化解180起，化解率90%,已全部办结。');
    const [fixAllAction] = await client.codeActions(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.gongwen']);
    assert.equal(applyTextEdits(text, allEdits(fixAllAction.edit)), '排查矛盾纠纷200起，化解180起，化解率95%，已全部办结。', 'only the comma is fixed');
  });

  it('a settings change turning a rule off removes its diagnostics; gongwen.enable false removes all', async () => {
    const uri = 'untitled:settings-1';
    const text = '广泛动员动员加强抢险救灾工作,确保安全。';
    const first = await client.open(uri, text);
    assert.equal(byRule(first.diagnostics, 'repeated-word').length, 1);
    assert.equal(byRule(first.diagnostics, 'fullwidth-punctuation').length, 1);

    const off = await client.changeSettings({ rules: { 'repeated-word': 'off' } }, uri);
    assert.equal(byRule(off.diagnostics, 'repeated-word').length, 0);
    assert.equal(byRule(off.diagnostics, 'fullwidth-punctuation').length, 1, 'other rules still run');

    const error = await client.changeSettings({ rules: { 'repeated-word': 'error' } }, uri);
    assert.equal(byRule(error.diagnostics, 'repeated-word')[0].severity, 1, 'severity from the settings');

    const disabled = await client.changeSettings({ enable: false }, uri);
    assert.deepEqual(disabled.diagnostics, []);
    const status = await client.statuses.latestOrNext((s) => s.uri === uri && s.state === 'disabled', 'disabled status');
    assert.equal(status.errors, 0);

    const back = await client.changeSettings({}, uri);
    assert.equal(byRule(back.diagnostics, 'repeated-word').length, 1);
  });

  it('gongwen.debounceMs: a document with 0 is linted before one with 10000 that changed first', async () => {
    // Were the setting ignored, both would wait the same default and the first change would publish first.
    const slow = 'untitled:debounce-slow';
    const fast = 'untitled:debounce-fast';
    client.settingsByUri.set(slow, { debounceMs: 10_000 });
    client.settingsByUri.set(fast, { debounceMs: 0 });
    await client.open(slow, '第一段内容完整。');
    await client.open(fast, '第一段内容完整。');
    const slowV2 = client.diagnostics.all.length;
    const fastPublished = client.diagnostics.next((p) => p.uri === fast && p.version === 2, 'diagnostics of the fast document');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: slow, version: 2 }, contentChanges: [{ text: '动员动员。' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fast, version: 2 }, contentChanges: [{ text: '动员动员。' }] });
    const published = await fastPublished;
    assert.equal(byRule(published.diagnostics, 'repeated-word').length, 1);
    assert.deepEqual(client.diagnostics.all.slice(slowV2).filter((p) => p.uri === slow), [], 'the slow document is still waiting');
    // A settings change re-lints at once, whatever the pause.
    const slowNow = await client.changeSettings({}, slow);
    assert.equal(slowNow.version, 2);
    assert.equal(byRule(slowNow.diagnostics, 'repeated-word').length, 1);
    client.settingsByUri.clear();
  });

  it('does not lint languages outside gongwen.languages', async () => {
    await client.changeSettings({}, 'untitled:settings-1');
    const published = await client.open('untitled:code-1', '广泛动员动员加强,工作。', 'javascript');
    assert.deepEqual(published.diagnostics, []);
  });

  it('gongwen.fixAll applies every fix in one workspace/applyEdit (versioned)', async () => {
    const uri = 'untitled:fixall-1';
    const text = '广泛动员动员加强抢险救灾工作,确保安全;\n第二段,也要改。';
    await client.open(uri, text);
    const applied = client.appliedEdits.next(() => true, 'applyEdit');
    const result = (await client.executeCommand('gongwen.fixAll', [uri])) as { applied: boolean };
    assert.equal(result.applied, true);
    const params = await applied;
    assert.equal(params.edit.documentChanges?.length, 1);
    assert.deepEqual((params.edit.documentChanges[0] as { textDocument: unknown }).textDocument, { uri, version: 1 });
    assert.equal(client.texts.get(uri)!.text, fixAll(text).text);
    assert.equal(client.texts.get(uri)!.text, '广泛动员加强抢险救灾工作，确保安全；\n第二段，也要改。');
  });

  it('gongwen.convertDocument replaces the whole text in one edit', async () => {
    const uri = 'untitled:convert-1';
    const text = readFileSync(SEED_004, 'utf8');
    await client.open(uri, text);
    const applied = client.appliedEdits.next(() => true, 'applyEdit');
    await client.executeCommand('gongwen.convertDocument', [uri, 'zh-TW']);
    const params = await applied;
    const edits = allEdits(params.edit);
    assert.equal(edits.length, 1, 'one edit, one undo step');
    assert.deepEqual(edits[0].range.start, { line: 0, character: 0 });
    assert.equal(offsetAt(text, edits[0].range.end), text.length);
    assert.equal(edits[0].newText, convertText(text, 'zh-TW'));
    assert.notEqual(edits[0].newText, text);
  });

  it('script-mixing: the quick fix converts the word, and "convert the whole document" is offered', async () => {
    const uri = 'untitled:script-mixing-1';
    const text = '全市公安机关深入开展矛盾纠纷排查化解工作，认真檢查各项措施落实情况，确保社会大局稳定。';
    const published = await client.open(uri, text);
    const d = byRule(published.diagnostics, 'script-mixing');
    assert.equal(d.length, 1, 'one script-mixing diagnostic');
    // The diagnostic marks the traditional-only character; the fix converts the word around it.
    assert.equal(text.slice(offsetAt(text, d[0].range.start), offsetAt(text, d[0].range.end)), '檢');
    const actions = await client.codeActions(uri, d);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, 'a preferred fix');
    assert.equal(applyTextEdits(text, allEdits(preferred.edit)), text.replace('檢查', '检查'));
    const whole = actions.find((a) => a.title === '将全文转换为简体');
    assert.ok(whole, `a whole-document conversion among: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = allEdits(whole.edit);
    assert.equal(edits.length, 1, 'one edit, one undo step');
    assert.equal(applyTextEdits(text, edits), convertText(text, 'zh-Hans'));
  });

  it('a traditional text without regional forms is named plain 繁体 by the status, the message and the action (issue 13)', async () => {
    const uri = 'untitled:script-mixing-hant';
    const text = '這是一份關於工作的報告，我們要認真结合實際，確保各項措施落到實處。';
    const published = await client.open(uri, text);
    const status = await client.statuses.latestOrNext((s) => s.uri === uri, 'status of the traditional text');
    assert.equal(status.script, 'zh-Hant');
    const d = byRule(published.diagnostics, 'script-mixing');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, '繁简混用：繁体文稿中夹用简体字，“结”应为“結”。');
    const actions = await client.codeActions(uri, d);
    assert.ok(actions.some((a) => a.title === '将全文转换为繁体'), actions.map((a) => a.title).join(' | '));
  });

  it('misconversion: the quick fix on seed 003 turns 全麵 into 全面', async () => {
    const file = seedPath('003');
    const text = readFileSync(file, 'utf8');
    const published = await client.open(fileUri(file), text);
    const d = byRule(published.diagnostics, 'misconversion').find((x) => x.range.start.line === 23);
    assert.ok(d, 'a misconversion diagnostic on line 24');
    assert.equal(text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)), '麵');
    const preferred = (await client.codeActions(fileUri(file), [d])).find((a) => a.isPreferred);
    assert.ok(preferred, 'a preferred fix');
    const fixed = applyTextEdits(text, allEdits(preferred.edit));
    assert.equal(fixed, text.replace('全麵落實', '全面落實'));
  });

  it('a disable comment naming no rule gets a warning on the comment, with no code; a mistyped id gets the id it meant as its fix', async () => {
    const uri = 'untitled:md-typo.md';
    const text = '<!-- gongwen-disable-next-line repeatd-word -->\n广泛动员动员加强抢险救灾工作。\n';
    const published = await client.open(uri, text, 'markdown');
    const warning = published.diagnostics.find((d) => d.code === undefined);
    assert.ok(warning, 'a diagnostic without a rule');
    assert.equal(warning.severity, 2);
    assert.deepEqual(warning.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 47 } });
    assert.equal(warning.message, '停用注释里的“repeatd-word”不是规则 id（是不是“repeated-word”？），这条注释对它不起作用');
    assert.equal(byRule(published.diagnostics, 'repeated-word').length, 1, 'the rule it meant still reports');
    const actions = await client.codeActions(uri, [warning]);
    const own = actions.filter((a) => (a.diagnostics ?? []).some((d) => d.code === undefined));
    assert.deepEqual(own.map((a) => [a.title, a.isPreferred]), [['改为“repeated-word”', true]]);
    const edited = applyTextEdits(text, allEdits(own[0].edit));
    assert.equal(edited, '<!-- gongwen-disable-next-line repeated-word -->\n广泛动员动员加强抢险救灾工作。\n');
    const after = await client.changeTo(uri, edited);
    assert.deepEqual(after.diagnostics, [], 'the comment now silences the finding, and says nothing of itself');
  });

  it('a disable comment naming an id near none gets the warning and no action of its own', async () => {
    const uri = 'untitled:md-typo-far.md';
    const text = '<!-- gongwen-disable-next-line typos -->\n广泛动员动员加强抢险救灾工作。\n';
    const published = await client.open(uri, text, 'markdown');
    const warning = published.diagnostics.find((d) => d.code === undefined);
    assert.ok(warning, 'a diagnostic without a rule');
    assert.equal(warning.message, '停用注释里的“typos”不是规则 id，这条注释对它不起作用（规则 id 见 gongwen-lint --help）');
    const actions = await client.codeActions(uri, [warning]);
    assert.ok(actions.every((a) => !(a.diagnostics ?? []).some((d) => d.code === undefined)), 'no action of its own (fix all may be offered)');
  });

  it('offers "disable for this line" in Markdown; the directive silences the finding', async () => {
    const uri = 'untitled:md-1.md';
    const text = '# 标题\n\n广泛动员动员加强抢险救灾工作。\n';
    const first = await client.open(uri, text, 'markdown');
    const d = byRule(first.diagnostics, 'repeated-word')[0];
    const actions = await client.codeActions(uri, [d]);
    const disable = actions.find((a) => a.title.includes('停用'))!;
    assert.ok(disable, 'a disable-line action');
    const edited = applyTextEdits(text, allEdits(disable.edit));
    assert.equal(edited, '# 标题\n\n<!-- gongwen-disable-next-line repeated-word -->\n广泛动员动员加强抢险救灾工作。\n');
    const second = await client.changeTo(uri, edited);
    assert.deepEqual(byRule(second.diagnostics, 'repeated-word'), []);
  });

  it('answers a request without diagnostics (some clients send none) from the findings under the cursor', async () => {
    const uri = 'untitled:nodiag-1';
    await client.open(uri, '广泛动员动员加强抢险救灾工作。');
    const cursor = { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } };
    const actions = await client.codeActions(uri, [], cursor);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.ok(preferred, 'a preferred fix');
    assert.equal(applyTextEdits('广泛动员动员加强抢险救灾工作。', allEdits(preferred.edit)), '广泛动员加强抢险救灾工作。');
  });

  it('offers no source.fixAll action when nothing can be fixed', async () => {
    const uri = 'untitled:clean-1';
    const published = await client.open(uri, '全市公安机关坚持以人民为中心，扎实推进各项工作。');
    assert.deepEqual(published.diagnostics, []);
    const actions = await client.codeActions(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.deepEqual(actions, []);
  });

  it('offers no disable-line action in plain text', async () => {
    const uri = 'untitled:plain-1';
    const first = await client.open(uri, '广泛动员动员加强抢险救灾工作。');
    const actions = await client.codeActions(uri, byRule(first.diagnostics, 'repeated-word'));
    assert.equal(actions.filter((a: CodeAction) => a.title.includes('停用')).length, 0);
  });
});

describe('language server: English display language', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ locale: 'en-US' });
    await client.initialize();
  });
  after(() => client.close());

  it('writes messages and action titles in English', async () => {
    const uri = 'untitled:en-1';
    const published = await client.open(uri, '广泛动员动员加强抢险救灾工作。');
    const d = byRule(published.diagnostics, 'repeated-word')[0];
    assert.match(d.message, /[A-Za-z]{3,}/);
    const actions = await client.codeActions(uri, [d]);
    assert.ok(actions.some((a) => a.title.startsWith('Show documentation for repeated-word')));
  });
});

describe('language server: quick fixes on CRLF and CR documents (round 37 review)', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.close());

  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r'], ['mixed', '\r\n']] as const) {
    it(`${name}: each fix and fix-all edit only the finding, every line ending kept`, async () => {
      const uri = `untitled:eol-${name}`;
      const text = ['第一行保持不变。', '广泛动员动员加强抢险救灾工作。', '第三行,测试。', '末行'].join(eol) + (name === 'mixed' ? '\n尾行' : '');
      const published = await client.open(uri, text);
      const repeated = byRule(published.diagnostics, 'repeated-word')[0];
      assert.equal(repeated.range.start.line, 1);
      const [preferred] = (await client.codeActions(uri, [repeated])).filter((a) => a.isPreferred);
      assert.equal(applyTextEdits(text, allEdits(preferred.edit)), text.replace('动员动员', '动员'));
      const comma = byRule(published.diagnostics, 'fullwidth-punctuation')[0];
      assert.deepEqual([comma.range.start.line, comma.range.start.character], [2, 3]);
      const all = (await client.codeActions(uri, [comma])).find((a) => a.kind === 'source.fixAll.gongwen' || a.title.startsWith('修复所有'));
      assert.ok(all, 'a fix-all action');
      assert.equal(applyTextEdits(text, allEdits(all.edit)), text.replace('动员动员', '动员').replace(',', '，'));
    });
  }
});

describe('language server: Traditional Chinese display language (zh-tw, round 37)', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ locale: 'zh-tw' });
    await client.initialize();
  });
  after(() => client.close());

  it('writes messages, fix titles, action titles and hover in Taiwan Traditional Chinese; the document\'s words stay as written', async () => {
    const uri = 'untitled:tw-1';
    const published = await client.open(uri, '广泛动员动员加强抢险救灾工作。');
    const d = byRule(published.diagnostics, 'repeated-word')[0];
    assert.equal(d.message, '「动员动员」：詞語重複，疑為多打；刪去重複的「动员」。');
    const titles = (await client.codeActions(uri, [d])).map((a: CodeAction) => a.title);
    assert.ok(titles.includes('刪除「动员」'), titles.join(' | '));
    assert.ok(titles.includes('檢視規則 repeated-word 的說明'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('允許「')), titles.join(' | '));
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes('快速修正：刪除「动员」') && value.includes('[規則說明]'), value);
  });

  it('gongwen.locale chooses over the display language: zh gives simplified again, zh-TW Traditional', async () => {
    const uri = 'untitled:tw-2';
    await client.open(uri, '广泛动员动员加强抢险救灾工作。');
    const simplified = await client.changeSettings({ locale: 'zh' }, uri);
    assert.equal(byRule(simplified.diagnostics, 'repeated-word')[0].message, '“动员动员”：词语重复，疑为多打；删去重复的“动员”。');
    const traditional = await client.changeSettings({ locale: 'zh-TW' }, uri);
    assert.equal(byRule(traditional.diagnostics, 'repeated-word')[0].message, '「动员动员」：詞語重複，疑為多打；刪去重複的「动员」。');
  });
});

describe('language server: .gongwenrc.json in a workspace', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-lsp-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a malformed .gongwenrc.json: one error message naming the file and line; linting goes on with defaults', async () => {
    const work = mkdtempSync(path.join(dir, 'bad-'));
    const rc = path.join(work, '.gongwenrc.json');
    writeFileSync(rc, '{\n  "rules": {\n    "repeated-word" "off"\n  }\n}\n');
    const file = path.join(work, 'a.txt');
    writeFileSync(file, '广泛动员动员加强抢险救灾工作。');
    const client = new TestClient({ workspaceFolder: work });
    try {
      await client.initialize();
      const message = client.messages.next(() => true, 'showMessage');
      const published = await client.openFile(file);
      const shown = await message;
      assert.equal(shown.type, 1, 'an error');
      assert.ok(shown.message.includes(`${rc}:3:`), shown.message);
      assert.match(shown.message, /^公文校对：配置文件有误，已按默认设置校对。.*:3:\d+: JSON 语法错误：此处应为英文冒号 :$/, 'said in the display language');
      assert.equal(byRule(published.diagnostics, 'repeated-word').length, 1, 'linted with the defaults');
      // A second document under the same broken file does not repeat the message.
      const second = path.join(work, 'b.txt');
      writeFileSync(second, '落实落实。');
      await client.openFile(second);
      assert.equal(client.messages.all.length, 1);
    } finally {
      await client.close();
    }
  });

  it('a broken .gongwenrc.json under the zh-tw display language: the notice and every problem in it Traditional, the user\'s words as written (round 38)', async () => {
    const work = mkdtempSync(path.join(dir, 'bad-tw-'));
    const rc = path.join(work, '.gongwenrc.json');
    writeFileSync(rc, '{\n  "rules": { "repeatd-word": "off", "repeated-word": ["warn", { "foo": 1 }] },\n  "terms": { "截止目前": 3 }\n}\n');
    const file = path.join(work, 'a.txt');
    writeFileSync(file, '广泛动员动员加强抢险救灾工作。');
    const client = new TestClient({ workspaceFolder: work, locale: 'zh-tw' });
    try {
      await client.initialize();
      const message = client.messages.next(() => true, 'showMessage');
      await client.openFile(file);
      const shown = (await message).message;
      assert.ok(shown.startsWith('公文校對：設定檔有誤，已按預設設定校對。'), shown);
      assert.ok(shown.includes(`${rc}:2:14: 未知規則「repeatd-word」（是不是「repeated-word」？）`), shown);
      assert.ok(shown.includes(`${rc}:2:65: 規則「repeated-word」沒有選項「foo」（可用選項：minLength）`), shown);
      assert.ok(shown.includes(`${rc}:3:14: 詞條「截止目前」須對應一個字串，或 { "to": 字串, "message"?: 字串 }`), shown);
      // No simplified word is left outside the user's own (截止目前 is the same in both scripts).
      assert.doesNotMatch(shown, /[设认误则项须规词应对个为]/);
    } finally {
      await client.close();
    }
  });

  it('"allow this phrase" writes .gongwenrc.json and the finding disappears', async () => {
    const work = mkdtempSync(path.join(dir, 'allow-'));
    const file = path.join(work, 'draft.txt');
    writeFileSync(file, '广泛动员动员加强抢险救灾工作。\n');
    const client = new TestClient({ workspaceFolder: work });
    try {
      await client.initialize();
      const published = await client.openFile(file);
      const uri = fileUri(file);
      const d = byRule(published.diagnostics, 'repeated-word')[0];
      const allow = (await client.codeActions(uri, [d])).find((a) => a.command?.command === 'gongwen.allowPhrase')!;
      assert.ok(allow, 'an allow-phrase action');
      assert.deepEqual(allow.command!.arguments, [uri, '动员动员']);
      const next = client.diagnostics.next((p) => p.uri === uri, 'diagnostics after allow');
      await client.executeCommand(allow.command!.command, allow.command!.arguments);
      const rc = JSON.parse(readFileSync(path.join(work, '.gongwenrc.json'), 'utf8')) as { allow: string[] };
      assert.deepEqual(rc.allow, ['动员动员']);
      assert.deepEqual(byRule((await next).diagnostics, 'repeated-word'), []);
    } finally {
      await client.close();
    }
  });

  it('"allow this phrase" on a wrong-character finding allows the written word, not the one character it marks', async () => {
    const work = mkdtempSync(path.join(dir, 'allow-word-'));
    const file = path.join(work, 'draft.txt');
    // 精减 itself is an accepted spelling since round 33 (acceptedVariants): 精剪 is a slip the rule reports.
    writeFileSync(file, '省政府带头精剪会议、文件，严格控制各类检查。\n');
    const client = new TestClient({ workspaceFolder: work });
    try {
      await client.initialize();
      const published = await client.openFile(file);
      const uri = fileUri(file);
      const d = byRule(published.diagnostics, 'wrong-character')[0];
      assert.ok(d, 'a wrong-character finding on 剪');
      const allow = (await client.codeActions(uri, [d])).find((a) => a.command?.command === 'gongwen.allowPhrase')!;
      assert.ok(allow, 'an allow-phrase action');
      assert.deepEqual(allow.command!.arguments, [uri, '精剪']);
      assert.equal(allow.title, '允许“精剪”（加入 .gongwenrc.json 的 allow）');
      const next = client.diagnostics.next((p) => p.uri === uri, 'diagnostics after allow');
      await client.executeCommand(allow.command!.command, allow.command!.arguments);
      assert.deepEqual(byRule((await next).diagnostics, 'wrong-character'), []);
    } finally {
      await client.close();
    }
  });

  it('re-reads .gongwenrc.json when the client reports it changed (workspace/didChangeWatchedFiles)', async () => {
    const work = mkdtempSync(path.join(dir, 'watch-'));
    const file = path.join(work, 'draft.txt');
    writeFileSync(file, '广泛动员动员加强抢险救灾工作。\n');
    const client = new TestClient({ workspaceFolder: work });
    try {
      await client.initialize();
      const uri = fileUri(file);
      assert.equal(byRule((await client.openFile(file)).diagnostics, 'repeated-word').length, 1);
      const rc = path.join(work, '.gongwenrc.json');
      writeFileSync(rc, '{ "rules": { "repeated-word": "off" } }\n');
      const next = client.diagnostics.next((p) => p.uri === uri, 'diagnostics after the config file changed');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
      assert.deepEqual(byRule((await next).diagnostics, 'repeated-word'), []);
    } finally {
      await client.close();
    }
  });

  it('a GBK draft the editor decoded as UTF-8 (mostly U+FFFD) is not checked: one message how to reopen it, no findings, status "garbled"', async () => {
    const seed = readFileSync(seedPath('004_ad60cba661282f96.txt'), 'utf8');
    // What VS Code shows for the seed saved in GBK, with files.encoding utf8 and no guessing.
    const gbk = encodeGb18030(seed);
    assert.ok(gbk instanceof Uint8Array);
    const garbled = Buffer.from(gbk).toString('utf8');
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'untitled:gbk-draft';
      const message = client.messages.next(() => true, 'garbled-text message');
      const published = await client.open(uri, garbled);
      assert.deepEqual(published.diagnostics, [], 'garbage is not linted (it gave a stray finding and a near-clean status)');
      assert.match((await message).message, /不是按 UTF-8 编码保存的.*通过编码重新打开/);
      assert.equal((await client.statuses.latestOrNext((p) => p.uri === uri, 'status')).state, 'garbled');
      // Reopened in the right encoding: the same document, linted as usual.
      const reopened = await client.changeTo(uri, seed);
      assert.ok(byRule(reopened.diagnostics, 'repeated-word').length === 1, 'the seed\'s 动员动员 is found');
      // One stray replacement character pasted into a draft does not stop the check.
      const stray = await client.changeTo(uri, `${seed}\ufffd`);
      assert.equal(byRule(stray.diagnostics, 'repeated-word').length, 1);
    } finally {
      await client.close();
    }
  });

  it('settings win over the file only where set; a file over maxFileSize is skipped with a message', async () => {
    const work = mkdtempSync(path.join(dir, 'layers-'));
    writeFileSync(path.join(work, '.gongwenrc.json'), '{ "rules": { "fullwidth-punctuation": "off" }, "maxFileSize": 100 }\n');
    const small = path.join(work, 'small.txt');
    writeFileSync(small, '广泛动员动员加强,工作。');
    const large = path.join(work, 'large.txt');
    writeFileSync(large, '广泛动员动员加强,工作。\n'.repeat(20));
    const client = new TestClient({ workspaceFolder: work, settings: { rules: { 'repeated-word': 'error' } } });
    try {
      await client.initialize();
      const published = await client.openFile(small);
      assert.equal(byRule(published.diagnostics, 'fullwidth-punctuation').length, 0, 'off in the file');
      assert.equal(byRule(published.diagnostics, 'repeated-word')[0].severity, 1, 'error from the settings');
      const message = client.messages.next(() => true, 'too-large message');
      const skipped = await client.openFile(large);
      assert.deepEqual(skipped.diagnostics, []);
      assert.match((await message).message, /maxFileSize/);
    } finally {
      await client.close();
    }
  });
});

describe('language server: wrong-character', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ documentChanges: true });
    await client.initialize();
  });
  after(() => client.close());

  it('publishes the wrong character 局 of 大数局 and fixes it to 大数据 with the preferred quick fix', async () => {
    const uri = 'untitled:wrong-character-1';
    const text = '全面推进数字政府建设。\n内蒙古自治区乌兰察布市大力培育发展大数局产业。\n';
    const published = await client.open(uri, text);
    const found = byRule(published.diagnostics, 'wrong-character');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 1, character: 19 }, end: { line: 1, character: 20 } });
    assert.equal(found[0].message, '“数局”疑为“数据”（同音别字：“局”应为“据”），请核对。');
    assert.equal((found[0].data as { messageId?: string }).messageId, 'homophone', 'the kind of slip, for a client filter');
    assert.equal(found[0].severity, 2, 'warning');
    const actions = await client.codeActions(uri, [found[0]]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'one preferred fix');
    assert.equal(applyTextEdits(text, allEdits(preferred[0].edit)), text.replace('大数局', '大数据'));
  });

  it('stays quiet on correct text typed into the same server', async () => {
    const published = await client.open('untitled:wrong-character-2', '加快完善赋权、赋能、赋责相统一的县镇管理模式。\n');
    assert.deepEqual(byRule(published.diagnostics, 'wrong-character'), []);
  });
});

describe('language server: figure-consistency related information', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.close());

  it('points the second statement of a figure at the first, and the hover shows both', async () => {
    const uri = 'untitled:figures.txt';
    const text = '一、总体情况\n全年共立案408起。\n二、主要工作\n全年立案418起，同比上升2.5%。';
    const published = await client.open(uri, text);
    const [d] = byRule(published.diagnostics, 'figure-consistency');
    assert.ok(d, 'a figure-consistency diagnostic');
    assert.deepEqual(d.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } });
    assert.deepEqual(d.relatedInformation, [{
      location: { uri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } } },
      message: '前文：“全年共立案408起”',
    }]);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /第2行：全年共立案408起/);
    assert.match(value, /第4行：全年立案418起/);
  });

  it('points a total whose parts do not add up at each part', async () => {
    const uri = 'untitled:parts.txt';
    const published = await client.open(uri, '全年共破获案件120起。其中，盗窃案56起，诈骗案38起，其他案件16起。\n');
    const [d] = byRule(published.diagnostics, 'figure-consistency');
    assert.ok(d, 'a figure-consistency diagnostic');
    assert.deepEqual(d.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 11 } });
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.range.start.character, r.location.range.end.character, r.message]), [
      [18, 21, '分项：“56起”'],
      [25, 28, '分项：“38起”'],
      [33, 36, '分项：“16起”'],
    ]);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.match((hover.contents as MarkupContent).value, /56起 \+ 38起 \+ 16起 = 110起/);
  });
});

describe('language server: gongwen.allow (the editor setting beside .gongwenrc.json)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-allow-setting-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // 精剪: a wrong-character finding on 剪 (精简); 动员动员: a repeated-word finding.
  const TEXT = '省政府带头精剪会议、文件，严格控制各类检查。\n广泛动员动员加强抢险救灾工作。\n';

  it('without a project file, the setting quiets the findings on its phrases; the other rules still report', async () => {
    const work = mkdtempSync(path.join(dir, 'single-'));
    const file = path.join(work, '通知.txt');
    writeFileSync(file, TEXT);
    const client = new TestClient({ settings: { allow: ['精剪'] } });
    try {
      await client.initialize();
      const published = await client.openFile(file);
      assert.deepEqual(byRule(published.diagnostics, 'wrong-character'), []);
      const repeated = byRule(published.diagnostics, 'repeated-word');
      assert.equal(repeated.length, 1);
      assert.deepEqual(repeated[0].range.start, { line: 1, character: 2 });
    } finally {
      await client.close();
    }
  });

  it('adds to the allow list of .gongwenrc.json (the union of both)', async () => {
    const work = mkdtempSync(path.join(dir, 'union-'));
    writeFileSync(path.join(work, '.gongwenrc.json'), '{ "allow": ["动员动员"] }\n');
    const file = path.join(work, 'draft.txt');
    writeFileSync(file, TEXT);
    const client = new TestClient({ workspaceFolder: work, settings: { allow: ['精剪'] } });
    try {
      await client.initialize();
      const published = await client.openFile(file);
      assert.deepEqual(byRule(published.diagnostics, 'wrong-character'), [], 'the setting\'s phrase');
      assert.deepEqual(byRule(published.diagnostics, 'repeated-word'), [], 'the file\'s phrase');
    } finally {
      await client.close();
    }
  });

  it('a change of the setting re-publishes the open documents\' diagnostics (phrase added, then removed)', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'untitled:allow-setting-1';
      const first = await client.open(uri, TEXT);
      assert.equal(byRule(first.diagnostics, 'wrong-character').length, 1);
      assert.equal(byRule(first.diagnostics, 'repeated-word').length, 1);
      const allowed = await client.changeSettings({ allow: ['精剪', '动员动员', ''] }, uri);
      assert.deepEqual(byRule(allowed.diagnostics, 'wrong-character'), []);
      assert.deepEqual(byRule(allowed.diagnostics, 'repeated-word'), []);
      const back = await client.changeSettings({ allow: ['动员动员'] }, uri);
      assert.equal(byRule(back.diagnostics, 'wrong-character').length, 1);
      assert.deepEqual(byRule(back.diagnostics, 'repeated-word'), []);
    } finally {
      await client.close();
    }
  });

  it('"allow this phrase" without a project file, for a client that writes settings: the user setting (outside any folder)', async () => {
    const work = mkdtempSync(path.join(dir, 'shared-drive-'));
    const file = path.join(work, '通知.txt');
    writeFileSync(file, TEXT);
    const client = new TestClient({ initializationOptions: { allowInSettings: true } });
    try {
      await client.initialize();
      const published = await client.openFile(file);
      const d = byRule(published.diagnostics, 'wrong-character')[0];
      const allow = (await client.codeActions(fileUri(file), [d])).filter((a) => a.title.startsWith('允许'));
      assert.deepEqual(allow.map((a) => a.title), ['允许“精剪”（加入用户设置 gongwen.allow）'], 'no file written beside the document unasked');
      assert.deepEqual(allow[0].command, { title: 'allow', command: 'gongwen.allowInUserSettings', arguments: ['精剪'] });
    } finally {
      await client.close();
    }
  });

  it('"allow this phrase" follows workspace folders added and removed (multi-root): a new folder gets its own .gongwenrc.json', async () => {
    const first = mkdtempSync(path.join(dir, 'root-a-'));
    const second = mkdtempSync(path.join(dir, 'root-b-'));
    const file = path.join(second, 'draft.txt');
    writeFileSync(file, TEXT);
    const client = new TestClient({ workspaceFolder: first, initializationOptions: { allowInSettings: true } });
    try {
      await client.initialize();
      const uri = fileUri(file);
      const allowTitles = async (published: PublishDiagnosticsParams) => {
        const d = byRule(published.diagnostics, 'repeated-word')[0];
        return (await client.codeActions(uri, [d])).filter((a) => a.title.startsWith('允许')).map((a) => a.command?.command);
      };
      assert.deepEqual(await allowTitles(await client.openFile(file)), ['gongwen.allowInUserSettings'], 'outside every folder: the setting only');
      let republished = client.diagnostics.next((p) => p.uri === uri && p.version === 1, 're-publish after the folder was added');
      await client.changeWorkspaceFolders([second]);
      assert.deepEqual(await allowTitles(await republished), ['gongwen.allowPhrase', 'gongwen.allowInUserSettings'], 'in the added folder: its own project file too');
      republished = client.diagnostics.next((p) => p.uri === uri && p.version === 1, 're-publish after the folder was removed');
      await client.changeWorkspaceFolders([], [second]);
      assert.deepEqual(await allowTitles(await republished), ['gongwen.allowInUserSettings'], 'the folder removed: the setting only again');
    } finally {
      await client.close();
    }
  });

  it('"allow this phrase" in a folder without a project file: create .gongwenrc.json, or the user setting', async () => {
    const work = mkdtempSync(path.join(dir, 'folder-'));
    const file = path.join(work, 'draft.txt');
    writeFileSync(file, TEXT);
    const client = new TestClient({ workspaceFolder: work, initializationOptions: { allowInSettings: true } });
    try {
      await client.initialize();
      const uri = fileUri(file);
      const d = byRule((await client.openFile(file)).diagnostics, 'repeated-word')[0];
      const allow = (await client.codeActions(uri, [d])).filter((a) => a.title.startsWith('允许'));
      assert.deepEqual(allow.map((a) => a.command?.command), ['gongwen.allowPhrase', 'gongwen.allowInUserSettings']);
      assert.equal(allow[0].title, '允许“动员动员”（新建 .gongwenrc.json，加入 allow）');
      const next = client.diagnostics.next((p) => p.uri === uri, 'diagnostics after allow');
      await client.executeCommand(allow[0].command!.command, allow[0].command!.arguments!);
      assert.deepEqual(JSON.parse(readFileSync(path.join(work, '.gongwenrc.json'), 'utf8')), { allow: ['动员动员'] });
      const after = await next;
      assert.deepEqual(byRule(after.diagnostics, 'repeated-word'), []);
      // Now a project file applies: "allow" writes there only, as before the setting.
      const wc = byRule(after.diagnostics, 'wrong-character')[0];
      const again = (await client.codeActions(uri, [wc])).filter((a) => a.title.startsWith('允许'));
      assert.deepEqual(again.map((a) => a.title), ['允许“精剪”（加入 .gongwenrc.json 的 allow）']);
    } finally {
      await client.close();
    }
  });
});
