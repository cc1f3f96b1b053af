// What the formatters receive: one linted file's messages with 1-based lines and columns in UTF-16 code
// units (`endColumn` exclusive, as in ESLint), the skipped files and the run's context. The formatters own
// these types; the CLI builds them (cli/results.ts).
import { isAbsolute, relative as relativePath, sep } from 'node:path';
import type { Locale, Rule } from '../engine';

/** 2 error, 1 warning, 0 info (ESLint's numbers, with 0 used for info). */
export type NumericSeverity = 0 | 1 | 2;

export interface LintMessage {
  ruleId: string;
  severity: NumericSeverity;
  message: string;
  line: number;
  column: number;
  /**
   * Which of the rule's messages this is (a key of its meta.messages, e.g. wrong-character's `homophone` or `shape`), so
   * that a script can tell a rule's kinds of finding apart without reading the text. Where ESLint puts it: after
   * `column`; left out on an internal error's message (`fatal`), which no rule message made.
   */
  messageId?: string;
  endLine: number;
  endColumn: number;
  /** The automatic fix: UTF-16 offsets [start, end) into the file's text (without BOM). */
  fix?: { range: [number, number]; text: string };
  /** Word documents: the start of the paragraph (line), to find it in Word. */
  excerpt?: string;
  /** A rule threw; the other rules still reported. */
  fatal?: true;
  /** Other places the finding refers to (e.g. where a figure was first stated), 1-based like line/column. */
  relatedLocations?: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

/**
 * Set (not enumerable) on a FileResult whose own keys and messages are already in the JSON output's shape (json.ts):
 * made by cli/lint-text.ts for a text file's result as it leaves the engine, when no rule threw (an internal error's
 * message has its keys in another order). A registered symbol, so that the CLI's two bundles (cli/engine.ts) share it;
 * JSON.stringify and a worker's structured clone leave it out, and so does a spread (not enumerable).
 */
export const JSON_SHAPED = Symbol.for('gongwen-lint.jsonShaped');

/** Marks `result` as JSON_SHAPED: its keys are FileResult's in declaration order, every message's those toFileResult writes. */
export function markJsonShaped(result: FileResult): void {
  Object.defineProperty(result, JSON_SHAPED, { value: true });
}

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** With --fix-dry-run: the fixed text, when it differs. */
  output?: string;
}

/** A file that was not linted, with a one-line, localized reason. */
export interface SkippedFile {
  filePath: string;
  reason: string;
  /** Counts as a failure (exit 2): the user named the file and it cannot be read. */
  failure: boolean;
  /** A folder met while walking that could not be listed, not a file. */
  folder?: boolean;
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function totalsOf(results: readonly FileResult[]): Totals {
  const totals: Totals = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const r of results) {
    totals.errorCount += r.errorCount;
    totals.warningCount += r.warningCount;
    totals.infoCount += r.infoCount;
    totals.fixableErrorCount += r.fixableErrorCount;
    totals.fixableWarningCount += r.fixableWarningCount;
  }
  return totals;
}

/** Everything a formatter may need besides the results. */
export interface FormatterContext {
  cwd: string;
  locale: Locale;
  /** ANSI colours (stylish only): on a TTY, unless NO_COLOR; FORCE_COLOR forces them. */
  color: boolean;
  skipped: readonly SkippedFile[];
  rules: readonly Rule[];
}

/** A formatter is one function from results to the text written to stdout. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;

/** A path as shown to people and CI tools: relative to cwd when inside it, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath; // <text> for stdin without a name
  const relative = relativePath(cwd, filePath);
  const shown = relative && !relative.startsWith('..') && !isAbsolute(relative) ? relative : filePath;
  return shown.split(sep).join('/');
}
