// Lint one decoded text with the engine (and with --fix, fix it): the part of lintFile.ts that needs the rules, in
// the CLI's engine bundle (engine-chunk.ts), which an empty text does not load (lintFile.ts).
import { extname } from 'node:path';
import { directiveProblemText, directiveProblems, fixAll, lintDocument, localize, type LanguageId, type Locale, type ResolvedConfig } from '../engine';
import { EncodeError, ioErrorText, writeTextFile, type TextFile } from '../node/textFile';
import type { FileOutcome, FixMode } from './lintFile';
import { markJsonShaped, toFileResult } from './results';

/** Lint decoded text (lintFile.ts's lintText for one that is not empty); with fix 'write', `file` is written back in its own encoding. */
export function lintNonEmptyText(filePath: string, file: TextFile, config: ResolvedConfig, locale: Locale, fix: FixMode): FileOutcome & { kind: 'linted' } {
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
  // Its keys and messages are the JSON output's (formatters/json.ts), unless a rule threw (an internal error's message).
  if (linted.internalErrors.length === 0) markJsonShaped(result);
  // A disable comment naming no rule switches nothing off: said on stderr, the exit code left alone.
  const notes = directiveProblems(linted.document).map((problem) => {
    const at = linted.document.positionAt(problem.start);
    return `${at.line + 1}:${at.character + 1}: ${directiveProblemText(problem, locale)}`;
  });
  return { kind: 'linted', result, fixed, ...(writeError ? { writeError } : {}), ...(notes.length ? { notes } : {}) };
}

function languageOf(filePath: string): LanguageId {
  return /\.(md|markdown)$/i.test(extname(filePath)) ? 'markdown' : 'plaintext';
}

function describeWriteError(error: unknown, locale: Locale): string {
  const zh = locale !== 'en';
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
  const message = code ? localize(ioErrorText(code), locale) : error instanceof Error ? error.message : String(error);
  return zh ? `未写回修正：${message}，文件保持原样` : `fixes not written: ${message}; the file is unchanged`;
}
