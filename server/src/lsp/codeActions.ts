// Code actions for gongwen diagnostics: the fix (preferred), suggestions, "fix all of this rule",
// "allow this phrase", "disable for this line" (Markdown), "show documentation", and the
// `source.fixAll.gongwen` action behind `editor.codeActionsOnSave`.
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixAll, ruleById, type Finding, type Locale, type Localized, type Script } from '../engine';
import { convertText } from '../text/convert';
import { SCRIPT_NAMES } from '../text/script-names';
import { rangeOf, SOURCE, toDiagnostic } from './diagnostics';
import { diffTexts } from './diff';
import { SERVER_TEXTS as T } from './texts';
import { say } from './i18n';
import type { Linter, LintedDocument } from './linting';
import { ALLOW_IN_SETTINGS_COMMAND, Commands, FIX_ALL_KIND, type DiagnosticData } from './protocol';
import type { SettingsStore } from './settings';

const MAX_ALLOW_PHRASE = 40;

export interface CodeActionEnvironment {
  linter: Linter;
  /** The client accepts versioned `documentChanges` (so a stale edit is refused, not misapplied). */
  documentChanges: boolean;
  /** Where "allow this phrase" writes (settings.ts); without it the action names `.gongwenrc.json` only. */
  settings?: Pick<SettingsStore, 'allowTarget'>;
  /** The client can add a phrase to the user's gongwen.allow (ALLOW_IN_SETTINGS_COMMAND; VS Code). */
  allowInSettings?: boolean;
}

/** One problem to act on: the diagnostic (as the client sent it, or made from the finding) and its edits. */
interface Target {
  ruleId: string;
  start: number;
  end: number;
  diagnostic: Diagnostic;
  fix?: Edit;
  suggestions: Edit[];
  /** The finding behind the diagnostic, when it is known. */
  finding?: Finding;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  title: string;
}

export async function provideCodeActions(doc: TextDocument, params: CodeActionParams, env: CodeActionEnvironment): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const linted = await env.linter.lintCurrent(doc);
  if (linted.state !== 'ok' || !linted.result) return [];
  const { locale } = linted.settings;
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const targets = findTargets(doc, params, linted);
    actions.push(...quickFixes(doc, targets, linted, env));
    actions.push(...directiveFixes(doc, params, env));
  }
  // Only when asked for source actions (or for everything, as Neovim's menu does).
  if (wants(FIX_ALL_KIND) && linted.result.findings.some((f) => f.fix)) {
    const edits = fixAllEdits(doc, linted, env.linter);
    if (edits.length) {
      actions.push({
        title: say(locale, T.fixAllTitle),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(doc, edits, env),
      });
    }
  }
  return actions;
}

/**
 * The problems the request is about. Prefer the diagnostics the client sent back; their `data`
 * is used only if it was made for this very version. Clients that drop `data` or `source`
 * (Neovim 0.7) are matched by rule and range against a fresh lint.
 */
function findTargets(doc: TextDocument, params: CodeActionParams, linted: LintedDocument): Target[] {
  const findings = linted.result!.findings;
  const targets: Target[] = [];
  const seen = new Set<Finding>();
  const requested = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
  for (const diagnostic of params.context.diagnostics) {
    const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    if (!ruleId || !ruleById(ruleId) || (diagnostic.source !== undefined && diagnostic.source !== SOURCE)) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data?.internal) continue;
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    if (isCurrent(data, doc, start, end)) {
      const finding = findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
      targets.push({ ruleId, start, end, diagnostic, fix: data!.fix, suggestions: data!.suggestions ?? [], finding });
      if (finding) seen.add(finding);
      continue;
    }
    const exact = findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end && !seen.has(f));
    const matches = exact ? [exact] : findings.filter((f) => f.ruleId === ruleId && !seen.has(f) && overlaps(f, requested));
    for (const finding of matches) {
      seen.add(finding);
      targets.push(targetOf(finding, doc, diagnostic));
    }
  }
  // A client that sends no diagnostics at all still gets actions for what is under the cursor.
  if (params.context.diagnostics.length === 0) {
    for (const finding of findings) if (overlaps(finding, requested)) targets.push(targetOf(finding, doc));
  }
  return targets;
}

/** A disable comment's mistyped rule id: the id it meant, put in its place (the warning's data carries the edit). */
function directiveFixes(doc: TextDocument, params: CodeActionParams, env: CodeActionEnvironment): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (diagnostic.code !== undefined || !data?.internal || !data.fix) continue;
    if (!isCurrent(data, doc, doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end))) continue;
    actions.push({ title: data.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: editOf(doc, [data.fix], env) });
  }
  return actions;
}

function isCurrent(data: DiagnosticData | undefined, doc: TextDocument, start: number, end: number): boolean {
  if (!data || typeof data !== 'object' || data.version !== doc.version) return false;
  const text = doc.getText();
  if (text.slice(start, end) !== data.text) return false;
  const edits = [...(data.fix ? [data.fix] : []), ...(data.suggestions ?? [])];
  return edits.every((e) => text.slice(e.start, e.end) === e.old);
}

function targetOf(finding: Finding, doc: TextDocument, diagnostic?: Diagnostic): Target {
  return {
    ruleId: finding.ruleId,
    start: finding.start,
    end: finding.end,
    diagnostic: diagnostic ?? toDiagnostic(finding, doc),
    fix: finding.fix,
    suggestions: finding.suggestions ?? [],
    finding,
  };
}

/**
 * The phrase "allow this phrase" offers for a target, or undefined: the flagged text, or with `allowPhrase` naming a
 * data value (a word around a flagged character) that value, where it stands in the text over the flagged span.
 */
function allowPhraseOf(target: Target, text: string): string | undefined {
  const allow = ruleById(target.ruleId)?.meta.editorActions?.allowPhrase;
  if (!allow) return undefined;
  const flagged = text.slice(target.start, target.end);
  if (allow === true) return isAllowablePhrase(flagged) ? flagged : undefined;
  const value = target.finding?.data?.[allow];
  if (typeof value !== 'string' || !isAllowablePhrase(value)) return undefined;
  for (let at = text.indexOf(value, Math.max(0, target.end - value.length)); at >= 0 && at <= target.start; at = text.indexOf(value, at + 1)) {
    if (at + value.length >= target.end) return value;
  }
  return undefined;
}

function overlaps(finding: { start: number; end: number }, range: { start: number; end: number }): boolean {
  return finding.start <= range.end && range.start <= finding.end;
}

function quickFixes(doc: TextDocument, targets: Target[], linted: LintedDocument, env: CodeActionEnvironment): CodeAction[] {
  const { locale } = linted.settings;
  const actions: CodeAction[] = [];
  const perRule: CodeAction[] = [];
  const rulesDone = new Set<string>();
  const linesDone = new Set<string>();
  const phrasesDone = new Set<string>();
  const text = doc.getText();

  for (const target of targets) {
    const diagnostics = [target.diagnostic];
    if (target.fix) {
      actions.push({ title: target.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics, edit: editOf(doc, [target.fix], env) });
    }
    for (const suggestion of target.suggestions) {
      actions.push({ title: suggestion.title, kind: CodeActionKind.QuickFix, diagnostics, edit: editOf(doc, [suggestion], env) });
    }

    const phrase = allowPhraseOf(target, text);
    if (phrase !== undefined && !phrasesDone.has(phrase)) {
      phrasesDone.add(phrase);
      perRule.push(...allowActions(doc.uri, phrase, locale, diagnostics, env));
    }

    const line = doc.positionAt(target.start).line;
    if (doc.languageId === 'markdown' && !linesDone.has(`${target.ruleId}:${line}`)) {
      linesDone.add(`${target.ruleId}:${line}`);
      perRule.push({
        title: say(locale, T.disableLine, { ruleId: target.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: workspaceEdit(doc, [disableLineEdit(doc, line, target.ruleId)], env),
      });
    }

    if (rulesDone.has(target.ruleId)) continue;
    rulesDone.add(target.ruleId);
    if (ruleById(target.ruleId)?.meta.editorActions?.convertDocument) {
      const whole = convertDocumentAction(doc, linted.result!.script, locale, env);
      if (whole) perRule.push({ ...whole, diagnostics });
    }
    const ofRule = linted.result!.findings.filter((f) => f.ruleId === target.ruleId && f.fix);
    if (ofRule.length > 1) {
      const edits = fixAllEdits(doc, linted, env.linter, (f) => f.ruleId === target.ruleId);
      if (edits.length) {
        perRule.push({
          title: say(locale, T.fixAllOfRule, { rule: ruleName(target.ruleId, locale), count: ofRule.length }),
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: workspaceEdit(doc, edits, env),
        });
      }
    }
    perRule.push({
      title: say(locale, T.showDocs, { ruleId: target.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: 'docs', command: Commands.showDocumentation, arguments: [target.ruleId] },
    });
  }
  return [...actions, ...perRule];
}

/**
 * "Allow this phrase". Where a `.gongwenrc.json` applies, or the client cannot write settings: add it to that file's
 * `allow` (created at the workspace root, or beside the file, when there is none): the behaviour before gongwen.allow.
 * Where none applies and the client can (VS Code), as cspell offers "add to user settings": the user-level
 * gongwen.allow, which holds for every document, a single file opened from a shared drive included; and, for a
 * document in a workspace folder, also a new `.gongwenrc.json` there (shared with colleagues and the CLI, which
 * reads no editor settings). A document outside every folder gets no new file written beside it unasked.
 */
function allowActions(uri: string, phrase: string, locale: Locale, diagnostics: Diagnostic[], env: CodeActionEnvironment): CodeAction[] {
  const where = env.settings?.allowTarget(uri);
  const toFile = (title: Localized): CodeAction => ({
    title: say(locale, title, { phrase }),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    command: { title: 'allow', command: Commands.allowPhrase, arguments: [uri, phrase] },
  });
  if (!env.allowInSettings || !where || where.exists) {
    return [toFile(T.allowInFile)];
  }
  const actions: CodeAction[] = [];
  if (where.inWorkspace) {
    actions.push(toFile(T.allowNewFile));
  }
  actions.push({
    title: say(locale, T.allowInSettings, { phrase }),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    command: { title: 'allow', command: ALLOW_IN_SETTINGS_COMMAND, arguments: [phrase] },
  });
  return actions;
}

/** “Convert the whole document to the document's script”: one edit, offered beside a script-mixing finding. */
function convertDocumentAction(doc: TextDocument, script: Script, locale: Locale, env: CodeActionEnvironment): CodeAction | undefined {
  if (script === 'unknown') return undefined;
  const before = doc.getText();
  const after = convertText(before, script);
  if (after === before) return undefined;
  // Named as the script-mixing message and the status bar name the decided script.
  const name = SCRIPT_NAMES[script];
  return {
    title: say(locale, T.convertDocument, { script: say(locale, name) }),
    kind: CodeActionKind.QuickFix,
    edit: workspaceEdit(doc, [{ range: rangeOf(doc, 0, before.length), newText: after }], env),
  };
}

function isAllowablePhrase(phrase: string): boolean {
  return phrase.trim() === phrase && phrase.length > 0 && phrase.length <= MAX_ALLOW_PHRASE && !/[\r\n\u0000]/.test(phrase);
}

function ruleName(ruleId: string, locale: Locale): string {
  const rule = ruleById(ruleId);
  return rule ? say(locale, rule.meta.name) : ruleId;
}

/**
 * Edits that fix everything (or everything `filter` selects), as minimal changes to the current text.
 * The first pass applies the fixes of the findings already linted for this version (no re-lint: a
 * save participant such as fix-all on save must answer fast, even for a 1 MB document on a busy
 * machine); only the fixed text is linted again, on the fix cache, until nothing changes.
 */
export function fixAllEdits(doc: TextDocument, linted: LintedDocument, linter: Linter, filter: (f: Finding) => boolean = () => true): LspTextEdit[] {
  const before = doc.getText();
  const first = applyFixes(before, (linted.result?.findings ?? []).filter((f) => f.fix && filter(f)));
  if (first.applied.length === 0) return [];
  const options = linter.engineOptions(doc, linted.settings, true);
  const after = fixAll(first.text, options, filter, MAX_FIX_PASSES - 1).text;
  return diffTexts(before, after).map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.text }));
}

/** The engine's fixAll default: at most this many lint-and-fix passes. */
const MAX_FIX_PASSES = 10;

/** `<!-- gongwen-disable-next-line id -->` above the line, or the id added to such a comment already there. */
function disableLineEdit(doc: TextDocument, line: number, ruleId: string): LspTextEdit {
  if (line > 0) {
    const previous = doc.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$|\r$/, '');
    const match = /^(\s*<!--\s*gongwen-disable-next-line)((?:\s+\w[\w-]*\w)+)(\s*-->\s*)$/.exec(previous);
    if (match) {
      const range: Range = { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: previous.length } };
      return { range, newText: `${match[1]}${match[2]} ${ruleId}${match[3]}` };
    }
  }
  const eol = /\r\n/.test(doc.getText()) ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `<!-- gongwen-disable-next-line ${ruleId} -->${eol}` };
}

function editOf(doc: TextDocument, edits: Edit[], env: CodeActionEnvironment): WorkspaceEdit {
  return workspaceEdit(doc, edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.text })), env);
}

export function workspaceEdit(doc: TextDocument, edits: LspTextEdit[], env: { documentChanges: boolean }): WorkspaceEdit {
  if (env.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}
