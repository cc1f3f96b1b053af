// Lint (and with --fix, fix) one file. Runs on the main thread or in a worker, so its input
// and output are plain data (structured-clone safe).
import { extname } from 'node:path';
import { directiveProblemMessage, directiveProblems, fixAll, lintDocument, type LanguageId, type Locale, type ResolvedConfig } from '../engine';
import { EncodeError, ioErrorText, readTextFile, writeTextFile, type SkipReason, type TextFile } from '../node/textFile';
import { isWordFile } from '../docx/package';
import { processDocx } from './lintDocx';
import { toFileResult, type FileResult, type SkippedFile } from './results';

export type FixMode = 'off' | 'write' | 'dry-run';

export interface FileTask {
  path: string;
  /** Index into RunSettings.configs. */
  configIndex: number;
  explicit: boolean;
}

export interface RunSettings {
  configs: ResolvedConfig[];
  locale: Locale;
  fix: FixMode;
  /** --annotate: write NAME.annotated.docx beside each Word document with findings. */
  annotate?: boolean;
}

export type FileOutcome =
  | { kind: 'linted'; result: FileResult; fixed: boolean; writeError?: string; notes?: string[]; annotated?: { target: string; comments: number } }
  | { kind: 'skipped'; skipped: SkippedFile };

export function processFile(task: FileTask, settings: RunSettings): FileOutcome {
  if (isWordFile(task.path)) return processDocx(task, settings);
  const config = settings.configs[task.configIndex];
  const read = readTextFile(task.path, config.maxFileSize);
  if (!read.ok) {
    const failure = task.explicit && (read.reason.kind === 'undecodable' || read.reason.kind === 'unreadable' || read.reason.kind === 'not-a-file');
    return { kind: 'skipped', skipped: { filePath: task.path, reason: describeSkip(read.reason, settings.locale), failure } };
  }
  return lintText(task.path, read, config, settings.locale, settings.fix);
}

/** Lint decoded text; with fix 'write', `file` is written back in its own encoding. */
export function lintText(filePath: string, file: TextFile, config: ResolvedConfig, locale: Locale, fix: FixMode): FileOutcome & { kind: 'linted' } {
  const options = { config, locale, languageId: languageOf(filePath) };
  let text = file.text;
  let fixed = false;
  let writeError: string | undefined;
  let output: string | undefined;
  if (fix !== 'off') {
    const fixedText = fixAll(file.text, options).text;
    if (fixedText !== file.text) {
      if (fix === 'dry-run') {
        output = fixedText;
        text = fixedText;
      } else {
        try {
          fixed = writeTextFile(filePath, file, fixedText);
          text = fixedText;
        } catch (error) {
          writeError = describeWriteError(error, locale);
        }
      }
    }
  }
  const linted = lintDocument(text, options);
  const result = toFileResult(filePath, linted.document, linted.findings, linted.internalErrors);
  if (output !== undefined) result.output = output;
  // A disable comment naming no rule switches nothing off: said on stderr, the exit code left alone.
  const notes = directiveProblems(linted.document).map((problem) => {
    const at = linted.document.positionAt(problem.start);
    return `${at.line + 1}:${at.character + 1}: ${directiveProblemMessage(problem)[locale]}`;
  });
  return { kind: 'linted', result, fixed, ...(writeError ? { writeError } : {}), ...(notes.length ? { notes } : {}) };
}

export function languageOf(filePath: string): LanguageId {
  return /\.(md|markdown)$/i.test(extname(filePath)) ? 'markdown' : 'plaintext';
}

export function describeSkip(reason: SkipReason, locale: Locale): string {
  const zh = locale === 'zh';
  switch (reason.kind) {
    case 'too-large':
      return zh
        ? `已跳过：文件有 ${reason.size} 字节，超过上限 ${reason.limit} 字节（可用 --max-file-size 或 .gongwenrc.json 的 maxFileSize 调整）`
        : `skipped: ${reason.size} bytes is over the limit of ${reason.limit} bytes (raise it with --max-file-size or maxFileSize in .gongwenrc.json)`;
    case 'binary':
      return zh ? '已跳过：看来是二进制文件，不是文本' : 'skipped: looks like a binary file, not text';
    case 'undecodable':
      return zh
        ? '已跳过：无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-16、GB18030/GBK）'
        : 'skipped: cannot decode the file (supported: UTF-8, UTF-16 with BOM, GB18030/GBK)';
    case 'unreadable':
      return cannotRead(reason.code, locale);
    case 'not-a-file':
      return zh
        ? '已跳过：不是普通文件（管道或设备）；管道里的文字请用 --stdin 读入'
        : 'skipped: not a regular file (a pipe or a device); pipe text in with --stdin';
  }
}

/** A file that could not be read: 无法读取文件：权限不足（EACCES）. */
export function cannotRead(code: string, locale: Locale): string {
  const why = ioErrorText(code);
  return locale === 'zh' ? `无法读取文件：${why.zh}` : `cannot read the file: ${why.en}`;
}

function describeWriteError(error: unknown, locale: Locale): string {
  const zh = locale === 'zh';
  if (error instanceof EncodeError) {
    const code = error.character ? `U+${error.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : '';
    switch (error.kind) {
      case 'unencodable':
        return zh
          ? `未写回修正：修正后的文字含有 ${error.encoding} 无法表示的字符“${error.character}”（${code}），文件保持原样`
          : `fixes not written: the fixed text contains "${error.character}" (${code}), which ${error.encoding} cannot represent; the file is unchanged`;
      case 'not-round-trip':
        return zh
          ? `未写回修正：文件里有不规范的 ${error.encoding} 字节序列，重写会改动修正以外的内容，文件保持原样`
          : `fixes not written: the file has non-canonical ${error.encoding} byte sequences that rewriting would change; the file is unchanged`;
      case 'verify-failed':
        return zh
          ? `未写回修正：按 ${error.encoding} 编码后读回的文字与修正结果不一致，文件保持原样`
          : `fixes not written: the ${error.encoding} bytes did not read back as the fixed text; the file is unchanged`;
    }
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = code ? ioErrorText(code)[locale] : error instanceof Error ? error.message : String(error);
  return zh ? `未写回修正：${message}，文件保持原样` : `fixes not written: ${message}; the file is unchanged`;
}
