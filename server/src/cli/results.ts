// The CLI's view of one linted file, built from the engine's findings into the formatters' input
// (formatters/types.ts, re-exported here for the CLI's modules).
import type { Finding, InternalError, LintDocument } from '../engine';
import type { FileResult, LintMessage, NumericSeverity } from '../formatters/types';
import { indexAtOrBefore } from '../text/search';

export {
  displayPath, markJsonShaped, totalsOf, type FileResult, type Formatter, type FormatterContext, type LintMessage, type NumericSeverity,
  type SkippedFile, type Totals,
} from '../formatters/types';

const NUMERIC: Record<Finding['severity'], NumericSeverity> = { error: 2, warn: 1, info: 0 };

export function toFileResult(filePath: string, document: LintDocument, findings: readonly Finding[], internalErrors: readonly InternalError[]): FileResult {
  const messages: LintMessage[] = [];
  for (const error of internalErrors) {
    const at = document.positionAt(error.start ?? 0);
    messages.push({
      ruleId: error.ruleId, severity: 2, message: `internal error: ${error.message}`, fatal: true,
      line: at.line + 1, column: at.character + 1, endLine: at.line + 1, endColumn: at.character + 1,
    });
  }
  // Lines found by walking on from the previous finding's (the findings come sorted by start): no binary search and no
  // position object per offset. lineAt() gives positionAt()'s line for any order, so the figures are the same.
  const starts = document.lineStarts;
  const length = document.text.length;
  let line = 0;
  for (const finding of findings) {
    const from = Math.max(0, Math.min(finding.start, length));
    const to = Math.max(0, Math.min(finding.end, length));
    line = lineAt(starts, from, line);
    const endLine = lineAt(starts, to, line);
    const message: LintMessage = {
      ruleId: finding.ruleId,
      severity: NUMERIC[finding.severity],
      message: finding.message,
      line: line + 1,
      column: from - (starts[line] ?? 0) + 1,
      messageId: finding.messageId,
      endLine: endLine + 1,
      endColumn: to - (starts[endLine] ?? 0) + 1,
    };
    if (finding.fix) message.fix = { range: [finding.fix.start, finding.fix.end], text: finding.fix.text };
    if (finding.related?.length) {
      message.relatedLocations = finding.related.map((r) => {
        const from = document.positionAt(r.start);
        const to = document.positionAt(r.end);
        return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, message: r.message };
      });
    }
    messages.push(message);
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return countMessages(filePath, messages);
}

/**
 * The line of `offset` (0 … text length), as LintDocument.positionAt() finds it: the last line starting at or before it
 * (`starts` ascending, starts[0] = 0). Walks on from `hint` when that line starts at or before the offset and the
 * offset's line is a few lines on (a finding's start after the one before it, its end after its start), else searches.
 */
export function lineAt(starts: readonly number[], offset: number, hint: number): number {
  if (hint >= 0 && hint < starts.length && (starts[hint] ?? 0) <= offset) {
    let line = hint;
    for (let steps = 0; steps < 16; steps++) {
      if (line + 1 >= starts.length || (starts[line + 1] ?? 0) > offset) return line;
      line++;
    }
  }
  return indexAtOrBefore(starts, offset);
}

export function countMessages(filePath: string, messages: LintMessage[]): FileResult {
  const result: FileResult = { filePath, messages, errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else if (m.severity === 1) {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    } else result.infoCount++;
  }
  return result;
}
