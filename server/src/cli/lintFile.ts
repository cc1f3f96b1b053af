// Lint (and with --fix, fix) one file. Runs on the main thread or in a worker, so its input
// and output are plain data (structured-clone safe).
import type { Locale, ResolvedConfig } from '../engine';
import { localize } from '../engine/messages';
import { ioErrorText, readTextFile, type SkipReason, type TextFile } from '../node/textFile';
import { isWordFile } from '../docx/package';
import { engine } from './engine';
import { countMessages, type FileResult, type SkippedFile } from './results';
import { fileSizeAtLeast, formatFileSize } from '../engine/fileSize';

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
  if (isWordFile(task.path)) return engine().processDocx(task, settings);
  const config = settings.configs[task.configIndex];
  const read = readTextFile(task.path, config.maxFileSize);
  if (!read.ok) {
    const failure = task.explicit && (read.reason.kind === 'undecodable' || read.reason.kind === 'unreadable' || read.reason.kind === 'not-a-file');
    return { kind: 'skipped', skipped: { filePath: task.path, reason: describeSkip(read.reason, settings.locale), failure } };
  }
  return lintText(task.path, read, config, settings.locale, settings.fix);
}

/**
 * Lint decoded text; with fix 'write', `file` is written back in its own encoding. An empty text has no findings,
 * nothing to fix and no disable comments — the engine's result for it, without loading the engine (engine.ts).
 */
export function lintText(filePath: string, file: TextFile, config: ResolvedConfig, locale: Locale, fix: FixMode): FileOutcome & { kind: 'linted' } {
  if (file.text.length === 0) return { kind: 'linted', result: countMessages(filePath, []), fixed: false };
  return engine().lintNonEmptyText(filePath, file, config, locale, fix);
}

export function describeSkip(reason: SkipReason, locale: Locale): string {
  const zh = locale !== 'en';
  switch (reason.kind) {
    case 'too-large': {
      // In the forms --max-file-size and maxFileSize take, with the value that lets this file through.
      const [size, limit, enough] = [localize(formatFileSize(reason.size), locale), localize(formatFileSize(reason.limit), locale), fileSizeAtLeast(reason.size)];
      return zh
        ? `已跳过：文件有 ${size}，超过上限 ${limit}（要检查它，可加 --max-file-size ${enough}，或在 .gongwenrc.json 中设 "maxFileSize": "${enough}"）`
        : `skipped: the file is ${size}, over the limit of ${limit} (to lint it, pass --max-file-size ${enough} or set "maxFileSize": "${enough}" in .gongwenrc.json)`;
    }
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
  return locale !== 'en' ? `无法读取文件：${why.zh}` : `cannot read the file: ${why.en}`;
}
