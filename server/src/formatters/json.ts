// Machine output in ESLint's shape (see DESIGN.md): one object per file, keys in a fixed order.
import type { FileResult, FormatterContext, LintMessage } from './types';

export default function json(results: readonly FileResult[], _context: FormatterContext): string {
  return JSON.stringify(results.map(fileOutput)) + '\n';
}

/** Objects built field by field, not with spreads of optional parts: a spread makes two objects more per message. */
function fileOutput(r: FileResult): object {
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
  const out: Record<string, unknown> = {
    ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
  };
  if (m.fix) out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.fatal) out.fatal = true;
  if (m.relatedLocations) out.relatedLocations = m.relatedLocations;
  return out;
}
