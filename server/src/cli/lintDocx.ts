// Lint one Word document (.docx): read the paragraphs, lint them as text (line = paragraph),
// with --fix write the fixes back into the runs, with --annotate write NAME.annotated.docx
// with one comment per finding. Files that cannot be read get a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { lintDocument, type Finding, type Locale, type Localized } from '../engine';
import { annotateDocx, type Annotation } from '../docx/annotate';
import { fixDocx } from '../docx/fix';
import { openPackage, savePackage, type DocxProblem } from '../docx/package';
import { paragraphExcerpt, readDocxText, type DocxText } from '../docx/text';
import { ioErrorClause, writeFileAtomic } from '../node/textFile';
import { cannotRead, describeSkip, type FileOutcome, type FileTask, type RunSettings } from './lintFile';
import { toFileResult } from './results';
import { CLI_TEXTS, say } from './texts';

export function processDocx(task: FileTask, settings: RunSettings): FileOutcome {
  const config = settings.configs[task.configIndex];
  const { locale } = settings;
  const skip = (reason: string, failure = task.explicit): FileOutcome => ({ kind: 'skipped', skipped: { filePath: task.path, reason, failure } });
  let bytes: Buffer;
  try {
    const size = statSync(task.path).size;
    if (size > config.maxFileSize) {
      return skip(describeSkip({ kind: 'too-large', size, limit: config.maxFileSize }, locale), false);
    }
    bytes = readFileSync(task.path);
  } catch (error) {
    return skip(cannotRead((error as NodeJS.ErrnoException).code ?? 'EIO', locale));
  }
  const pkg = openPackage(bytes, task.path);
  if ('problem' in pkg) return skip(describeProblem(pkg.problem, locale));

  const options = { config, locale, languageId: 'plaintext' as const };
  const notes: string[] = [];
  let annotatedCopy: { target: string; comments: number } | undefined;
  let doc: DocxText;
  let changed = new Map<string, string>();
  let output: string | undefined;
  let writeError: string | undefined;
  let fixed = false;
  if (settings.fix !== 'off') {
    const result = fixDocx(pkg, options);
    doc = result.doc;
    if (result.skipped > 0) {
      notes.push(say(locale, CLI_TEXTS.docxFixesSkipped, { count: result.skipped }));
    }
    if (result.fixed > 0) {
      if (settings.fix === 'dry-run') output = doc.text;
      else {
        try {
          writeFileAtomic(task.path, savePackage(pkg, result.changed));
          fixed = true;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error);
          writeError = say(locale, CLI_TEXTS.notWritten, { why: ioErrorClause(code, locale) });
          doc = readDocxText(pkg);
        }
      }
      // The annotated copy is made from the fixed document, as the findings are (unless writing failed).
      if (!writeError) changed = result.changed;
    }
  } else doc = readDocxText(pkg);

  const linted = lintDocument(doc.text, options);
  const result = toFileResult(task.path, linted.document, linted.findings, linted.internalErrors);
  for (const message of result.messages) message.excerpt = paragraphExcerpt(doc.paragraphs[message.line - 1]);
  if (output !== undefined) result.output = output;

  // A commented copy found by walking a directory is not commented again (NAME.annotated.annotated.docx).
  const isCopy = /\.annotated\.docx$/i.test(task.path) && !task.explicit;
  if (settings.annotate && !isCopy && linted.findings.length > 0) {
    const target = annotatedName(task.path);
    const annotations = linted.findings.map((f) => ({ start: f.start, end: f.end, text: commentText(f, doc.text, locale) }) satisfies Annotation);
    const annotated = annotateDocx(pkg, doc, annotations);
    const parts = new Map([...changed, ...annotated.changed]);
    try {
      writeFileAtomic(target, savePackage(pkg, parts));
      annotatedCopy = { target, comments: annotated.written };
      const name = basename(target);
      notes.push(say(locale, CLI_TEXTS.docxAnnotated, { name, count: annotated.written }));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      writeError = say(locale, CLI_TEXTS.docxAnnotatedNotWritten, { why: ioErrorClause(code, locale) });
    }
    if (annotated.skipped > 0) {
      notes.push(say(locale, CLI_TEXTS.docxInHeaders, { count: annotated.skipped }));
    }
  }
  return { kind: 'linted', result, fixed, ...(writeError ? { writeError } : {}), ...(notes.length ? { notes } : {}), ...(annotatedCopy ? { annotated: annotatedCopy } : {}) };
}

/** draft.docx → draft.annotated.docx, beside the original. */
function annotatedName(file: string): string {
  return file.replace(/(\.docx)?$/i, '.annotated.docx');
}

/** The comment: the message, then what the fix would do, then the rule. */
function commentText(finding: Finding, text: string, locale: Locale): string {
  const lines = [finding.message];
  if (finding.fix) {
    const before = text.slice(finding.fix.start, finding.fix.end);
    const after = finding.fix.text;
    lines.push(say(locale, before && after ? CLI_TEXTS.suggestReplace : before ? CLI_TEXTS.suggestDelete : CLI_TEXTS.suggestInsert, { before, after }));
  }
  lines.push(`(${finding.ruleId})`);
  return lines.join('\n');
}

export function describeProblem(problem: DocxProblem, locale: Locale): string {
  return say(locale, DOCX_PROBLEM_TEXTS[problem]);
}

const DOCX_PROBLEM_TEXTS: Record<DocxProblem, Localized> = {
  encrypted: CLI_TEXTS.docxEncrypted,
  'legacy-doc': CLI_TEXTS.docxLegacy,
  wps: CLI_TEXTS.docxWps,
  macro: CLI_TEXTS.docxMacro,
  truncated: CLI_TEXTS.docxTruncated,
  corrupt: CLI_TEXTS.docxCorrupt,
  'not-word': CLI_TEXTS.docxNotWord,
};
