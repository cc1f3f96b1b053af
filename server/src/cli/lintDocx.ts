// Lint one Word document (.docx): read the paragraphs, lint them as text (line = paragraph),
// with --fix write the fixes back into the runs, with --annotate write NAME.annotated.docx
// with one comment per finding. Files that cannot be read get a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { lintDocument, type Finding, type Locale } from '../engine';
import { annotateDocx, type Annotation } from '../docx/annotate';
import { fixDocx } from '../docx/fix';
import { openPackage, savePackage, type DocxProblem } from '../docx/package';
import { paragraphExcerpt, readDocxText, type DocxText } from '../docx/text';
import { writeFileAtomic } from '../node/textFile';
import { cannotRead, describeSkip, type FileOutcome, type FileTask, type RunSettings } from './lintFile';
import { toFileResult } from './results';

export function processDocx(task: FileTask, settings: RunSettings): FileOutcome {
  const config = settings.configs[task.configIndex];
  const { locale } = settings;
  const zh = locale !== 'en';
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
      notes.push(zh
        ? `${result.skipped} 处修正跨越域、修订、隐藏文字或制表符，未自动修正，请在 Word 中手工修改`
        : `${result.skipped} fix(es) cross a field, tracked change, hidden text or tab and were not applied; make them in Word`);
    }
    if (result.fixed > 0) {
      if (settings.fix === 'dry-run') output = doc.text;
      else {
        try {
          writeFileAtomic(task.path, savePackage(pkg, result.changed));
          fixed = true;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error);
          writeError = zh ? `未写回修正：${code}，文件保持原样` : `fixes not written: ${code}; the file is unchanged`;
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
      notes.push(zh ? `已写出带批注的副本 ${name}（${annotated.written} 条批注）` : `wrote ${name} with ${annotated.written} comment(s)`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      writeError = zh ? `未写出带批注的副本：${code}` : `annotated copy not written: ${code}`;
    }
    if (annotated.skipped > 0) {
      notes.push(zh ? `${annotated.skipped} 个问题在页眉或页脚中，Word 不能在那里加批注` : `${annotated.skipped} finding(s) in headers or footers, where Word allows no comments`);
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
    if (locale !== 'en') lines.push(before && after ? `建议：把“${before}”改为“${after}”` : before ? `建议：删去“${before}”` : `建议：插入“${after}”`);
    else lines.push(before && after ? `Suggested fix: replace "${before}" with "${after}"` : before ? `Suggested fix: delete "${before}"` : `Suggested fix: insert "${after}"`);
  }
  lines.push(`(${finding.ruleId})`);
  return lines.join('\n');
}

export function describeProblem(problem: DocxProblem, locale: Locale): string {
  const zh = locale !== 'en';
  switch (problem) {
    case 'encrypted':
      return zh ? '已跳过：文档设有打开密码（已加密），请在 Word 中取消密码后再检查' : 'skipped: the document is password-protected (encrypted); remove the password in Word first';
    case 'legacy-doc':
      return zh ? '已跳过：这是旧版 Word 97-2003 二进制文档（.doc），请另存为 .docx 后再检查' : 'skipped: this is a binary Word 97-2003 document (.doc); save it as .docx first';
    case 'wps':
      return zh ? '已跳过：这是 WPS 文字格式（.wps），请另存为 .docx 后再检查' : 'skipped: this is a WPS Writer file (.wps); save it as .docx first';
    case 'macro':
      return zh ? '已跳过：这是启用宏的文档（.docm），为安全起见不予处理，请另存为 .docx' : 'skipped: macro-enabled documents (.docm) are not processed; save it as .docx';
    case 'truncated':
      return zh ? '已跳过：文档不完整（文件被截断），无法读取' : 'skipped: the document is truncated and cannot be read';
    case 'corrupt':
      return zh ? '已跳过：文档已损坏，不是有效的 .docx（zip）文件' : 'skipped: the document is corrupt, not a valid .docx (zip) file';
    case 'not-word':
      return zh ? '已跳过：这个 zip 文件里没有 Word 正文（word/document.xml）' : 'skipped: this zip file has no Word body (word/document.xml)';
  }
}
