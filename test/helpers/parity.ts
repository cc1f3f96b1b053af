// The two paths a text can take to findings — the CLI's (lintText → FileResult messages) and the
// language server's (lintDocument with a per-document LintCache → LSP diagnostics) — reduced to
// the same rows (rule, 1-based range, message), so tests can hold them equal.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lintDocument, type LanguageId, type LintCache, type Locale, type ResolvedConfig } from '../../server/src/engine';
import { lintText } from '../../server/src/cli/lintFile';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';

export interface Row {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export function sortRows(rows: Row[]): Row[] {
  return rows.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

/** What `gongwen-lint --format json` reports for `text` (the CLI's own code path, in-process). */
export function cliRows(text: string, languageId: LanguageId, config: ResolvedConfig, locale: Locale): Row[] {
  const file = languageId === 'markdown' ? 'doc.md' : 'doc.txt';
  const outcome = lintText(file, { text, encoding: 'utf-8', bytes: new Uint8Array() }, config, locale, 'off');
  return sortRows(outcome.result.messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message })));
}

/** LSP diagnostics (internal-error notes left out) as rows. */
export function diagnosticRows(diagnostics: readonly Diagnostic[]): Row[] {
  return sortRows(
    diagnostics
      .filter((d) => !(d.data as { internal?: boolean } | undefined)?.internal)
      .map((d) => ({
        ruleId: String(d.code),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: d.message,
      })),
  );
}

/** The language server's path, in-process: the cached lint and the diagnostics it would publish. */
export function serverRows(text: string, languageId: LanguageId, config: ResolvedConfig, locale: Locale, cache: LintCache, version = 1): Row[] {
  const doc = TextDocument.create('file:///doc', languageId, version, text);
  const result = lintDocument(text, { config, locale, languageId, cache });
  return diagnosticRows(toDiagnostics(result, doc, locale));
}
