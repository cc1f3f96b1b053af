// Lint one decoded text with the engine (and with --fix, fix it): the part of lintFile.ts that needs the rules, in
// the CLI's engine bundle (engine-chunk.ts), which an empty text does not load (lintFile.ts).
import { extname } from 'node:path';
import { directiveProblemText, directiveProblems, fixAll, lintDocument, type LanguageId, type Locale, type ResolvedConfig } from '../engine';
import { EncodeError, ioErrorClause, writeTextFile, type TextFile } from '../node/textFile';
import type { FileOutcome, FixMode } from './lintFile';
import { markJsonShaped, toFileResult } from './results';
import { CLI_TEXTS, say } from './texts';

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
  if (error instanceof EncodeError) {
    const code = error.character ? `U+${error.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : '';
    switch (error.kind) {
      case 'unencodable':
        return say(locale, CLI_TEXTS.unencodable, { encoding: error.encoding, character: error.character ?? '', code });
      case 'not-round-trip':
        return say(locale, CLI_TEXTS.notRoundTrip, { encoding: error.encoding });
      case 'verify-failed':
        return say(locale, CLI_TEXTS.verifyFailed, { encoding: error.encoding });
    }
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  const why = code ? ioErrorClause(code, locale) : error instanceof Error ? error.message : String(error);
  return say(locale, CLI_TEXTS.notWritten, { why });
}
