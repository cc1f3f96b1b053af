// Engine findings → LSP diagnostics. Each diagnostic names its rule (`code`), links its docs page
// (`codeDescription`), and carries its fix and suggestions in `data`, so code actions need no
// server-side map of edits.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { directiveProblemFix, directiveProblemText, ruleDocsUrl, type DirectiveProblem, type Finding, type FindingSeverity, type FixEdit, type LintResult, type Locale } from '../engine';
import { SERVER_TEXTS as T } from './texts';
import { say } from './i18n';
import type { DataEdit, DiagnosticData, StatusParams } from './protocol';

export const SOURCE = 'gongwen';

export interface OffsetDocument {
  readonly version: number;
  /** Needed for relatedInformation; without it related locations are left out. */
  readonly uri?: string;
  getText(): string;
  positionAt(offset: number): { line: number; character: number };
}

const SEVERITY: Record<FindingSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function rangeOf(doc: OffsetDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(finding: Finding, doc: OffsetDocument): Diagnostic {
  const text = doc.getText();
  const data: DiagnosticData = { version: doc.version, text: text.slice(finding.start, finding.end), messageId: finding.messageId };
  if (finding.fix) data.fix = dataEdit(finding.fix, text);
  if (finding.suggestions?.length) data.suggestions = finding.suggestions.map((s) => dataEdit(s, text));
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  const uri = doc.uri;
  if (finding.related?.length && uri) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: rangeOf(doc, r.start, r.end) }, message: r.message }));
  }
  return diagnostic;
}

function dataEdit(edit: FixEdit, text: string): DataEdit {
  return { start: edit.start, end: edit.end, old: text.slice(edit.start, edit.end), text: edit.text, title: edit.title };
}

/**
 * All diagnostics of a lint result. A rule that threw is reported once, as an Information
 * diagnostic at the start of the paragraph it failed on, so the user knows checking is incomplete.
 */
export function toDiagnostics(
  result: Pick<LintResult, 'findings' | 'internalErrors'> & { directiveProblems?: readonly DirectiveProblem[] }, doc: OffsetDocument, locale: Locale,
  /** Diagnostics already made for some of the findings (a staged lint's first publish): reused as they are. */
  known?: ReadonlyMap<Finding, Diagnostic>,
  /** Receives the diagnostic of each finding. */
  made?: Map<Finding, Diagnostic>,
): Diagnostic[] {
  const diagnostics = result.findings.map((f) => {
    const diagnostic = known?.get(f) ?? toDiagnostic(f, doc);
    made?.set(f, diagnostic);
    return diagnostic;
  });
  const seen = new Set<string>();
  for (const error of result.internalErrors) {
    if (seen.has(error.ruleId)) continue;
    seen.add(error.ruleId);
    const at = error.start ?? 0;
    const data: DiagnosticData = { version: doc.version, text: '', internal: true };
    diagnostics.push({
      range: rangeOf(doc, at, at),
      severity: DiagnosticSeverity.Information,
      code: error.ruleId,
      source: SOURCE,
      message: say(locale, T.internalError, { ruleId: error.ruleId, message: error.message }),
      data,
    });
  }
  // A disable comment that names no rule switches nothing off: a warning on the comment, with no rule behind it.
  for (const problem of result.directiveProblems ?? []) {
    const text = doc.getText();
    const fix = directiveProblemFix(problem, text);
    const data: DiagnosticData = {
      version: doc.version, text: text.slice(problem.start, problem.end), internal: true,
      ...(fix && { fix: { ...fix, title: say(locale, T.changeTo, { text: fix.text }) } }),
    };
    diagnostics.push({
      range: rangeOf(doc, problem.start, problem.end),
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      message: directiveProblemText(problem, locale),
      data,
    });
  }
  return diagnostics;
}

export function statusOf(uri: string, version: number | null, result: Pick<LintResult, 'findings' | 'script'> | undefined, state: StatusParams['state']): StatusParams {
  const count = (severity: FindingSeverity) => result?.findings.filter((f) => f.severity === severity).length ?? 0;
  return {
    uri,
    version,
    state,
    errors: count('error'),
    warnings: count('warn'),
    infos: count('info'),
    script: result?.script ?? 'unknown',
  };
}
