// Machine output in ESLint's shape (see DESIGN.md): one object per file, keys in a fixed order.
import { JSON_SHAPED, type FileResult, type FormatterContext, type LintMessage } from './types';

export default function json(results: readonly FileResult[], _context: FormatterContext): string {
  return JSON.stringify(results.map(fileOutput)) + '\n';
}

/**
 * Objects built field by field, not with spreads of optional parts: a spread makes two objects more per message.
 * A result marked JSON_SHAPED (types.ts) is its own output: its keys and its messages' are those below, in this
 * order, so it is stringified as it is, without a copy of every message and fix (round 35: 18,210 findings, ≈ 4 ms
 * of a cold run).
 */
function fileOutput(r: FileResult): object {
  if ((r as { [JSON_SHAPED]?: true })[JSON_SHAPED] === true) return r;
  const out: Record<string, unknown> = {
    filePath: r.filePath,
    messages: r.messages.map(messageOutput),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  };
  if (r.output !== undefined) out.output = r.output;
  return out;
}

function messageOutput(m: LintMessage): object {
  const out: Record<string, unknown> = { ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column };
  // ESLint's place for it, between column and endLine (its rules' messages all have one; an internal error's has none).
  if (m.messageId !== undefined) out.messageId = m.messageId;
  out.endLine = m.endLine;
  out.endColumn = m.endColumn;
  if (m.fix) out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.fatal) out.fatal = true;
  if (m.relatedLocations) out.relatedLocations = m.relatedLocations;
  return out;
}
