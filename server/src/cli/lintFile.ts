// Lint (and with --fix, fix) one file. Runs on the main thread or in a worker, so its input
// and output are plain data (structured-clone safe).
import type { Locale, ResolvedConfig } from '../engine';
import { localize } from '../engine/messages';
import { ioErrorClause, readTextFile, type SkipReason, type TextFile } from '../node/textFile';
import { isWordFile } from '../docx/package';
import { engine } from './engine';
import { countMessages, type FileResult, type SkippedFile } from './results';
import { CLI_TEXTS, say } from './texts';
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
  // zh-TW's lines come from the table the engine hands over (cli/engine.ts), a skip reason's too.
  if (settings.locale === 'zh-TW') engine();
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
  switch (reason.kind) {
    case 'too-large':
      // In the forms --max-file-size and maxFileSize take, with the value that lets this file through.
      return say(locale, CLI_TEXTS.tooLarge, {
        size: localize(formatFileSize(reason.size), locale), limit: localize(formatFileSize(reason.limit), locale), enough: fileSizeAtLeast(reason.size),
      });
    case 'binary':
      return say(locale, CLI_TEXTS.binary);
    case 'undecodable':
      return say(locale, CLI_TEXTS.undecodable);
    case 'unreadable':
      return cannotRead(reason.code, locale);
    case 'not-a-file':
      return say(locale, CLI_TEXTS.notAFile);
  }
}

/** A file that could not be read: 无法读取文件：权限不足（EACCES）. */
export function cannotRead(code: string, locale: Locale): string {
  return say(locale, CLI_TEXTS.cannotReadFile, { why: ioErrorClause(code, locale) });
}
