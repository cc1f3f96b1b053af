// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`
import { displayPath, type FileResult, type FormatterContext } from './types';

const COMMAND = { 2: 'error', 1: 'warning', 0: 'notice' } as const;

export default function github(results: readonly FileResult[], context: FormatterContext): string {
  let out = '';
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`, `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      out += `::${COMMAND[m.severity]} ${properties}::${escapeData(m.message)}\n`;
    }
  }
  return out;
}

/** The message part: %, CR and LF are percent-encoded (GitHub's toolkit rules). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: additionally ':' and ',' which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
