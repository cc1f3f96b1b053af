// ESLint-style human output: the file, then aligned `line:column  severity  message  rule-id`
// rows, then a summary with fixable and skipped counts. Columns are aligned by display width,
// so Chinese messages (two terminal cells per character) still line up.
import { fillTemplate, taiwanText } from '../engine/messages';
import type { Locale, MessageData } from '../engine/types';
import { displayPath, totalsOf, type FileResult, type FormatterContext, type LintMessage } from './types';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m' };

/** Display cells; messages wider than this do not widen the message column. */
const MESSAGE_COLUMN_CAP = 80;

/**
 * The Chinese lines' words and templates (English is built by plural() below). `npm run generate` puts them into the
 * zh-TW table (messages.zh-tw.json) with the rules' messages; the CLI loads that table for a zh-TW run.
 */
export const STYLISH_TEXTS = {
  error: { zh: '错误' },
  warning: { zh: '警告' },
  info: { zh: '提示' },
  errors: { zh: '{{count}} 个错误' },
  warnings: { zh: '{{count}} 个警告' },
  infos: { zh: '{{count}} 个提示' },
  problems: { zh: '✖ {{count}} 个问题（{{parts}}）' },
  fixable: { zh: '其中 {{what}}可用 --fix 选项自动修正。' },
  and: { zh: '和 ' },
  files: { zh: '{{count}} 个文件' },
  folders: { zh: '{{count}} 个文件夹' },
  skipped: { zh: '跳过 {{what}}（原因见标准错误输出）。' },
} satisfies Record<string, { zh: string }>;

/** A Chinese line of STYLISH_TEXTS in `locale` (zh or zh-TW), filled. */
function zhLine(text: { zh: string }, locale: Locale, data: MessageData = {}): string {
  return fillTemplate(locale === 'zh-TW' ? taiwanText(text.zh) : text.zh, data);
}

const ENGLISH_LABELS = { 2: 'error', 1: 'warning', 0: 'info' } as const;

function severityLabels(locale: Locale): Record<0 | 1 | 2, string> {
  if (locale === 'en') return ENGLISH_LABELS;
  return { 2: zhLine(STYLISH_TEXTS.error, locale), 1: zhLine(STYLISH_TEXTS.warning, locale), 0: zhLine(STYLISH_TEXTS.info, locale) };
}

export default function stylish(results: readonly FileResult[], context: FormatterContext): string {
  const paint = (code: string, text: string) => (context.color ? `${code}${text}${ANSI.reset}` : text);
  const labels = severityLabels(context.locale);
  let out = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out += `\n${paint(ANSI.underline, displayPath(result.filePath, context.cwd))}\n`;
    out += formatRows(result.messages, labels, paint);
  }

  const totals = totalsOf(results);
  const problems = totals.errorCount + totals.warningCount + totals.infoCount;
  const summary: string[] = [];
  if (problems > 0) {
    const colour = totals.errorCount > 0 ? ANSI.red : totals.warningCount > 0 ? ANSI.yellow : ANSI.blue;
    summary.push(paint(ANSI.bold + colour, problemLine(totals.errorCount, totals.warningCount, totals.infoCount, context.locale)));
    if (totals.fixableErrorCount + totals.fixableWarningCount > 0) {
      summary.push(paint(ANSI.bold + colour, `  ${fixableLine(totals.fixableErrorCount, totals.fixableWarningCount, context.locale)}`));
    }
  }
  if (context.skipped.length > 0) {
    let folders = 0;
    for (const s of context.skipped) if (s.folder) folders++;
    summary.push(skippedLine(context.skipped.length - folders, folders, context.locale));
  }
  // A blank line parts the summary from the rows above it; with no rows (a clean run that skipped a file) it would
  // only push the summary one line down.
  if (summary.length) out += `${out ? '\n' : ''}${summary.join('\n')}\n`;
  return out;
}

function formatRows(messages: readonly LintMessage[], labels: Record<0 | 1 | 2, string>, paint: (code: string, text: string) => string): string {
  const rows = messages.map((m) => ({
    line: String(m.line),
    column: String(m.column),
    severity: labels[m.severity],
    severityCode: m.severity === 2 ? ANSI.red : m.severity === 1 ? ANSI.yellow : ANSI.blue,
    message: m.message.replace(/\s*[\r\n]+\s*/g, ' '),
    ruleId: m.ruleId,
  }));
  // Loops, not Math.max(...widths): a pathological file gives hundreds of thousands of rows, past the argument limit.
  const width = (key: 'line' | 'column' | 'severity' | 'message', cap = Infinity) => {
    let widest = 0;
    for (const row of rows) {
      const w = displayWidth(row[key]);
      if (w > widest && w <= cap) widest = w;
    }
    return widest;
  };
  const [lineW, columnW, severityW] = [width('line'), width('column'), width('severity')];
  // One very long message should not push every rule id far to the right: longer ones overflow.
  const messageW = width('message', MESSAGE_COLUMN_CAP);
  return rows
    .map((r, i) =>
      [
        `  ${' '.repeat(lineW - r.line.length)}${r.line}:${r.column}${' '.repeat(columnW - r.column.length)}`,
        paint(r.severityCode, r.severity) + ' '.repeat(severityW - displayWidth(r.severity)),
        r.message + ' '.repeat(Math.max(0, messageW - displayWidth(r.message))),
        paint(ANSI.dim, r.ruleId),
      ].join('  ').trimEnd() + '\n' + excerptLine(messages[i], lineW + columnW + 3, paint),
    )
    .join('');
}

/** Word documents: the start of the paragraph under the row, so it can be found in Word. */
function excerptLine(message: LintMessage, indent: number, paint: (code: string, text: string) => string): string {
  return message.excerpt ? `${' '.repeat(indent)}${paint(ANSI.dim, `¶ ${message.excerpt}`)}\n` : '';
}

function problemLine(errors: number, warnings: number, infos: number, locale: Locale): string {
  const total = errors + warnings + infos;
  if (locale !== 'en') {
    const parts = [zhLine(STYLISH_TEXTS.errors, locale, { count: errors }), zhLine(STYLISH_TEXTS.warnings, locale, { count: warnings })];
    if (infos) parts.push(zhLine(STYLISH_TEXTS.infos, locale, { count: infos }));
    return zhLine(STYLISH_TEXTS.problems, locale, { count: total, parts: parts.join('，') });
  }
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(plural(infos, 'info'));
  return `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
}

function fixableLine(errors: number, warnings: number, locale: Locale): string {
  if (locale !== 'en') {
    // Only the counts there are: “其中 0 个错误和 4 个警告” made the reader skip a zero. A space before each figure,
    // as in “✖ 5 个问题”: “1 个错误和 4 个警告”, not “和4”.
    const what = [
      errors ? zhLine(STYLISH_TEXTS.errors, locale, { count: errors }) : '', warnings ? zhLine(STYLISH_TEXTS.warnings, locale, { count: warnings }) : '',
    ].filter(Boolean).join(zhLine(STYLISH_TEXTS.and, locale));
    return zhLine(STYLISH_TEXTS.fixable, locale, { what });
  }
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option.`;
}

function skippedLine(files: number, folders: number, locale: Locale): string {
  if (locale !== 'en') {
    const what = [
      files ? zhLine(STYLISH_TEXTS.files, locale, { count: files }) : '', folders ? zhLine(STYLISH_TEXTS.folders, locale, { count: folders }) : '',
    ].filter(Boolean).join('、');
    return zhLine(STYLISH_TEXTS.skipped, locale, { what });
  }
  const what = [files ? plural(files, 'file') : '', folders ? plural(folders, 'folder') : ''].filter(Boolean).join(' and ');
  return `${what} skipped (reasons on stderr).`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Terminal cells taken by `text`: East Asian wide and fullwidth characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}
