// Machine output in ESLint's shape (see DESIGN.md): one object per file, keys in a fixed order.
// Written field by field rather than through an object per message and one JSON.stringify of the
// whole: a finding-heavy file has tens of thousands of messages. The text is exactly what
// JSON.stringify gives for those objects (strings and nested values still go through it).
import type { FileResult, FormatterContext, LintMessage } from './types';

const text = JSON.stringify;

export default function json(results: readonly FileResult[], _context: FormatterContext): string {
  const parts: string[] = [];
  for (const r of results) {
    let messages = '';
    for (const m of r.messages) messages += (messages ? ',' : '') + message(m);
    parts.push(
      `{"filePath":${text(r.filePath)},"messages":[${messages}],"errorCount":${r.errorCount},"warningCount":${r.warningCount},` +
        `"infoCount":${r.infoCount},"fixableErrorCount":${r.fixableErrorCount},"fixableWarningCount":${r.fixableWarningCount}` +
        `${r.output !== undefined ? `,"output":${text(r.output)}` : ''}}`,
    );
  }
  return `[${parts.join(',')}]\n`;
}

function message(m: LintMessage): string {
  let out =
    `{"ruleId":${text(m.ruleId)},"severity":${m.severity},"message":${text(m.message)},"line":${m.line},"column":${m.column},` +
    `"endLine":${m.endLine},"endColumn":${m.endColumn}`;
  if (m.fix) out += `,"fix":{"range":[${m.fix.range[0]},${m.fix.range[1]}],"text":${text(m.fix.text)}}`;
  if (m.fatal) out += ',"fatal":true';
  if (m.relatedLocations) out += `,"relatedLocations":${text(m.relatedLocations)}`;
  return out + '}';
}
