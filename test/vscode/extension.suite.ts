// The extension in a real VS Code extension host: activation, diagnostics, quick fix, fix-all on
// save, live settings, status bar. Expectations come from the engine itself on the same text, so
// the editor is held to what the CLI reports.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../client/src/extension';
import { fixAll, lint, localeFromTag } from '../../server/src/engine';
import { DOCX_SCHEME } from '../../server/src/lsp/protocol';
import { firstDifference } from '../e2e/lib/textDiff';
import { buildDocx, p, r } from '../helpers/docx';
import {
  EXTENSION_ID, closeAllEditors, codeOf, extensionsSettled, freshCopy, open, restoreSettings, setSetting, waitForDiagnostics, waitForText, workspaceRoot,
} from './helpers';

const REPEATED = 'repeated-word';
const SLIP = '广泛动员动员加强';
const FIXED = '广泛动员加强';

function repeatedOnLine21(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => codeOf(d) === REPEATED && d.range.start.line === 20);
}

/** What happened to `doc` while it was being saved (for the message when a save fails). */
function watchSave(doc: vscode.TextDocument): { seen: string[]; dispose(): void } {
  const seen: string[] = [];
  const uri = doc.uri.toString();
  const listeners = [
    vscode.workspace.onWillSaveTextDocument((e) => seen.push(`willSave(reason ${e.reason}, v${e.document.version})`)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === uri) seen.push(`change(v${e.document.version}, ${e.contentChanges.length} edits, dirty ${e.document.isDirty})`);
    }),
    vscode.workspace.onDidSaveTextDocument((e) => seen.push(`didSave(v${e.version})`)),
  ];
  return { seen, dispose: () => listeners.forEach((l) => l.dispose()) };
}

/** The engine's repeated-word finding on seed 004's slip, as an editor range. */
function expectedFinding(doc: vscode.TextDocument) {
  const text = doc.getText();
  const slip = text.indexOf(SLIP);
  assert.ok(slip >= 0, `${SLIP} not in ${doc.uri.fsPath}`);
  // The server speaks the editor's display language unless gongwen.locale says otherwise.
  const finding = lint(text, { locale: localeFromTag(vscode.env.language) }).find((f) => f.ruleId === REPEATED && f.start >= slip && f.end <= slip + SLIP.length);
  assert.ok(finding, `the engine reports no ${REPEATED} inside ${SLIP}`);
  return { finding, range: new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end)) };
}

suite('gongwen-lint in VS Code', () => {
  teardown(async () => {
    await restoreSettings();
    await closeAllEditors();
  });

  test('activates on a plain-text file and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
    await open(freshCopy('004'));
    await ext.activate();
    assert.equal(ext.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('gongwen.fixAll'), 'gongwen.fixAll is not registered');
  });

  test('reports 动员动员 in seed 004 with rule id, source and exact range', async () => {
    const { doc } = await open(freshCopy('004'));
    const { finding, range } = expectedFinding(doc);
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`);
    const diagnostic = repeatedOnLine21(diagnostics)!;
    assert.equal(diagnostic.source, 'gongwen');
    assert.equal(codeOf(diagnostic), REPEATED);
    assert.deepEqual(
      [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
      [range.start.line, range.start.character, range.end.line, range.end.character],
    );
    assert.match(doc.getText(diagnostic.range), /^(动员)+$/);
    assert.ok(diagnostic.message.includes('动员'), `message names the repeated word: ${diagnostic.message}`);
    assert.ok(finding.message.length > 0);
  });

  test('the quick fix, applied through the code action provider, leaves 广泛动员加强 and nothing else changed', async () => {
    const { doc } = await open(freshCopy('004'));
    const original = doc.getText();
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`);
    const diagnostic = repeatedOnLine21(diagnostics)!;
    const { finding } = expectedFinding(doc);
    assert.ok(finding.fix, 'the engine offers no fix for the slip');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 5,
    );
    const titles = actions.map((a) => a.title);
    const action = actions.find((a) => a.title === finding.fix!.title);
    assert.ok(action, `no quick fix “${finding.fix.title}” among: ${titles.join(' | ')}`);
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'workspace.applyEdit refused the fix');
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));

    const expected = original.replace(SLIP, FIXED);
    await waitForText(doc, (t) => t !== original, 'the quick fix to change the document');
    assert.equal(doc.lineAt(20).text, expected.split('\n')[20], 'line 21 after the quick fix');
    assert.ok(doc.getText() === expected, `the quick fix changed more than line 21: ${firstDifference(doc.getText(), expected)}`);
    await waitForDiagnostics(doc.uri, (ds) => !repeatedOnLine21(ds), `${REPEATED} to clear after the fix`);
  });

  test('fix-all on save (editor.codeActionsOnSave: source.fixAll.gongwen) writes the engine fixAll result', async () => {
    await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' });
    const uri = freshCopy('004');
    const { doc, editor } = await open(uri);
    await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`);
    // Make the file dirty with a harmless edit (a trailing newline), so that saving runs the participants.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n'));
    const before = doc.getText();
    const expected = fixAll(before).text;
    assert.notEqual(expected, before, 'the engine fixes nothing in this file: the test would prove nothing');
    assert.ok(expected.includes(FIXED) && !expected.includes(SLIP));

    const activated = await extensionsSettled();
    const events = watchSave(doc);
    const ok = await doc.save();
    events.dispose();
    assert.ok(ok, `save failed; during the save: ${events.seen.join(' | ') || 'no events'}`);
    const saved = readFileSync(uri.fsPath, 'utf8');
    if (saved !== expected) {
      const setting = JSON.stringify(vscode.workspace.getConfiguration('editor', doc).get('codeActionsOnSave'));
      const full = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.gongwen');
      assert.fail(`the saved file is not the engine's fixAll result: ${firstDifference(saved, expected)}; saved = text before save: ${saved === before}; during the save: ${events.seen.join(' | ')}; setting ${setting}; fix-all actions now: ${actions.map((a) => a.title).join(' | ') || 'none'}; extensions activated while settling: ${activated.join(', ') || 'none'}`);
    }
    assert.equal(doc.isDirty, false);
  });

  test('fix-all on save completes for a 1 MB document (seed 004 repeated)', async () => {
    await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' });
    const uri = freshCopy('004');
    const seed = readFileSync(uri.fsPath, 'utf8');
    writeFileSync(uri.fsPath, seed.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(seed, 'utf8'))));
    const { doc, editor } = await open(uri);
    assert.ok(Buffer.byteLength(doc.getText(), 'utf8') >= 1024 * 1024, 'the document is at least 1 MB');
    await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`, 60_000);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n'));
    const before = doc.getText();
    const expected = fixAll(before).text;
    assert.ok(expected !== before && !expected.includes(SLIP));

    await extensionsSettled();
    const events = watchSave(doc);
    const ok = await doc.save();
    events.dispose();
    assert.ok(ok, `save failed; during the save: ${events.seen.join(' | ') || 'no events'}`);
    const saved = readFileSync(uri.fsPath, 'utf8');
    assert.ok(saved === expected, `the saved file is not the engine's fixAll result: ${firstDifference(saved, expected)}`);
    assert.equal(doc.isDirty, false);
  });

  test('gongwen.enable and a rule severity in gongwen.rules apply without a restart', async () => {
    const { doc } = await open(freshCopy('004'));
    const first = repeatedOnLine21(
      await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`),
    )!;

    // A different severity from the default, then off.
    const [setting, severity] = first.severity === vscode.DiagnosticSeverity.Error
      ? ['info', vscode.DiagnosticSeverity.Information] as const
      : ['error', vscode.DiagnosticSeverity.Error] as const;
    await setSetting('gongwen', 'rules', { [REPEATED]: setting });
    await waitForDiagnostics(doc.uri, (ds) => repeatedOnLine21(ds)?.severity === severity, `${REPEATED} as ${setting}`);
    await setSetting('gongwen', 'rules', { [REPEATED]: 'off' });
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === REPEATED), `${REPEATED} off`);

    await setSetting('gongwen', 'enable', false);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics with gongwen.enable false');
    await setSetting('gongwen', 'enable', true);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics again with gongwen.enable true');
  });

  test('gongwen.allow: a workspace-level phrase quiets its finding; the quick fix adds to the user-level list', async () => {
    const { doc } = await open(freshCopy('004'));
    await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`);
    await setSetting('gongwen', 'allow', ['动员动员']);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !repeatedOnLine21(ds), `${REPEATED} allowed by the workspace setting`);
    await setSetting('gongwen', 'allow', undefined);
    const diagnostic = repeatedOnLine21(await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} back`))!;

    // The seeds folder has no .gongwenrc.json: the quick fix offers the user setting (and a new project file).
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 5,
    );
    const toSettings = actions.find((a) => a.command?.command === 'gongwen.allowInUserSettings');
    assert.ok(toSettings, `no “add to the user setting” among: ${actions.map((a) => a.title).join(' | ')}`);
    const user = vscode.workspace.getConfiguration('gongwen');
    try {
      await vscode.commands.executeCommand(toSettings.command!.command, ...(toSettings.command!.arguments ?? []));
      assert.deepEqual(vscode.workspace.getConfiguration('gongwen').inspect('allow')?.globalValue, ['动员动员']);
      await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !repeatedOnLine21(ds), `${REPEATED} allowed by the user setting`);
    } finally {
      await user.update('allow', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the status-bar item counts the problems of the active file', async () => {
    const ext = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID)!;
    const api = await ext.activate();
    assert.ok(api?.statusBar, 'the extension exports no statusBar in its API (needed to test the status-bar item)');
    const { doc } = await open(freshCopy('004'));
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21`);
    // “gongwen 113⚠ · Simplified” / “公文校对 113⚠ · 简体”; “✓” when there is nothing.
    const shown = () => {
      const text = api.statusBar.text;
      const count = /(\d+)⚠/.exec(text);
      return count ? Number(count[1]) : text.includes('✓') ? 0 : -1;
    };
    // The item follows the server's gongwen/status notification, which the client exposes no
    // event for: check it on each diagnostics change, and at most every 100 ms, for 15 s.
    const deadline = Date.now() + 15_000;
    while (shown() !== diagnostics.length && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const listener = vscode.languages.onDidChangeDiagnostics(() => { listener.dispose(); clearTimeout(timer); resolve(); });
        const timer = setTimeout(() => { listener.dispose(); resolve(); }, 100);
      });
    }
    assert.equal(shown(), diagnostics.length, `status bar shows “${api.statusBar.text}”, expected ${diagnostics.length} problems`);
  });
  test('a server that dies is restarted once and serves again', async () => {
    const api = (await vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID)!.activate());
    const before = api.restartCount;
    const pid = await api.serverProcessId();
    process.kill(pid, 'SIGKILL');
    // The client notices the closed connection and starts a new server (its one restart).
    const deadline = Date.now() + 20_000;
    let next: number | undefined;
    while (Date.now() < deadline) {
      if (api.restartCount > before) next = await api.serverProcessId().catch(() => undefined);
      if (next !== undefined && next !== pid) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(api.restartCount, before + 1, 'one restart');
    assert.ok(next !== undefined && next !== pid, `a new server process (old ${pid}, now ${next})`);
    const { doc } = await open(freshCopy('004'));
    await waitForDiagnostics(doc.uri, (ds) => !!repeatedOnLine21(ds), `${REPEATED} on line 21 from the restarted server`);
  });

  test('figure-consistency: related information at the first statement of a figure and at each part of a total', async () => {
    const dir = join(workspaceRoot(), `figures-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'figures.txt');
    writeFileSync(file, '全年共立案408起。\n全年立案418起。\n全年共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件16起。\n');
    const { doc } = await open(vscode.Uri.file(file));
    const ofRule = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'figure-consistency').sort((a, b) => a.range.start.line - b.range.start.line);
    const [restated, total] = ofRule(await waitForDiagnostics(doc.uri, (ds) => ofRule(ds).length === 2, 'two figure-consistency diagnostics'));
    const related = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).map((r) => [r.location.uri.toString(), doc.getText(r.location.range)]);
    assert.equal(doc.getText(restated.range), '全年立案418起');
    assert.deepEqual(related(restated), [[doc.uri.toString(), '全年共立案408起']]);
    assert.equal(doc.getText(total.range), '120起');
    assert.deepEqual(related(total), ['56起', '38起', '16起'].map((part) => [doc.uri.toString(), part]));
  });

  test('检查 Word 文档…: the paragraphs in a read-only view, findings in Problems with line = paragraph, then the commented copy', async () => {
    const dir = join(workspaceRoot(), `docx-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'report.docx');
    writeFileSync(file, buildDocx({ body: p(r('全面加强基层组织建设。')) + p(r('广泛动'), r('员动', '<w:b/>'), r('员加强')) }));
    await vscode.commands.executeCommand('gongwen.checkDocx', vscode.Uri.file(file));
    const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: file });
    const diagnostics = await waitForDiagnostics(view, (ds) => ds.some((d) => codeOf(d) === REPEATED), `${REPEATED} in the Word view`);
    const diagnostic = diagnostics.find((d) => codeOf(d) === REPEATED)!;
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [1, 2, 6]);
    await vscode.commands.executeCommand('gongwen.annotateDocx', vscode.Uri.file(file));
    assert.ok(existsSync(join(dir, 'report.annotated.docx')), 'report.annotated.docx written');
  });
});
