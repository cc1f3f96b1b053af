// The CLI's view of one linted file, built from the engine's findings into the formatters' input
// (formatters/types.ts, re-exported here for the CLI's modules).
import type { Finding, InternalError, LintDocument } from '../engine';
import type { FileResult, LintMessage, NumericSeverity } from '../formatters/types';

export {
  displayPath, totalsOf, type FileResult, type Formatter, type FormatterContext, type LintMessage, type NumericSeverity,
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
  for (const finding of findings) {
    const start = document.positionAt(finding.start);
    const end = document.positionAt(finding.end);
    const message: LintMessage = {
      ruleId: finding.ruleId,
      severity: NUMERIC[finding.severity],
      message: finding.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
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
