// Hover: on a flagged span, the message, the working behind it (`detail`, e.g. the arithmetic of
// a number rule) and the docs link; on an annotated span (e.g. a verified percentage), its note.
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl } from '../engine';
import { rangeOf } from './diagnostics';
import { SERVER_TEXTS as T } from './texts';
import { say } from './i18n';
import type { Linter } from './linting';

export async function provideHover(doc: TextDocument, params: HoverParams, linter: Linter): Promise<Hover | null> {
  const linted = await linter.lintCurrent(doc);
  if (linted.state !== 'ok' || !linted.result) return null;
  const { locale } = linted.settings;
  const offset = doc.offsetAt(params.position);
  const covers = (span: { start: number; end: number }) => span.start <= offset && (offset < span.end || (span.start === span.end && offset === span.start));
  const findings = linted.result.findings.filter(covers);
  const annotations = linted.result.annotations.filter(covers);
  if (findings.length === 0 && annotations.length === 0) return null;

  const sections: string[] = [];
  for (const finding of findings) {
    const lines = [`**${escape(finding.message)}** \`${finding.ruleId}\``];
    if (finding.detail) lines.push(lineBreaks(escape(finding.detail)));
    if (finding.fix) lines.push(say(locale, T.hoverQuickFix, { title: finding.fix.title }));
    lines.push(`[${say(locale, T.hoverDocs)}](${ruleDocsUrl(finding.ruleId)})`);
    sections.push(lines.join('\n\n'));
  }
  for (const annotation of annotations) sections.push(`${lineBreaks(escape(annotation.text))} \`${annotation.ruleId}\``);

  // The hover range: the smallest span under the cursor.
  const spans = [...findings, ...annotations].sort((a, b) => a.end - a.start - (b.end - b.start));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(doc, spans[0].start, spans[0].end),
  };
}

/** Markdown-escape text from messages (they quote the user's text, which may contain * or _). */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/** Keep the detail's lines (the steps of the arithmetic) as lines: Markdown joins single newlines. */
function lineBreaks(text: string): string {
  return text.replace(/\r?\n/g, '  \n');
}
