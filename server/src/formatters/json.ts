// Machine output in ESLint's shape (see DESIGN.md): one object per file, keys in a fixed order.
import type { FileResult, FormatterContext } from './types';

export default function json(results: readonly FileResult[], _context: FormatterContext): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
        ...(m.fatal ? { fatal: true } : {}),
        ...(m.relatedLocations ? { relatedLocations: m.relatedLocations } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  ) + '\n';
}
