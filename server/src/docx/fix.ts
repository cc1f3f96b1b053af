// Safe fixes written back into the runs. A fix changes the text of the w:t elements it covers
// (the first one gets the new text, the others lose the covered characters), so every run keeps
// its formatting. A fix that would cross a field, a revision, hidden text, a tab or a paragraph
// is skipped and counted. Repeats like fixAll until nothing more is fixable.
import { applyEdits, lintDocument, type LintOptions, type TextEdit } from '../engine';
import type { DocxPackage } from './package';
import { encodeXml, type Segment } from './read';
import { paragraphAt, readDocxText, type DocxText } from './text';
import { applyXmlEdits, needsPreserve, preservingOpenTag, type XmlEdit } from './xmlEdits';

export interface DocxFixResult {
  /** Rewritten parts (only those a fix touched). */
  changed: Map<string, string>;
  /** The document's text after fixing. */
  doc: DocxText;
  fixed: number;
  /** Fixes left out because they cross a field, revision, hidden text or paragraph. */
  skipped: number;
}

interface SegmentChange {
  part: string;
  segment: Segment;
  /** Replacements in the segment's decoded text. */
  edits: { from: number; to: number; text: string }[];
}

export function fixDocx(pkg: DocxPackage, options: LintOptions, maxPasses = 10): DocxFixResult {
  const changed = new Map<string, string>();
  let doc = readDocxText(pkg);
  let fixed = 0;
  let skipped = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = lintDocument(doc.text, options).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const { applied } = applyEdits(doc.text, edits);
    const changes = new Map<Segment, SegmentChange>();
    let mapped = 0;
    skipped = 0;
    for (const edit of applied) {
      if (mapEdit(doc, edit, changes)) mapped++;
      else skipped++;
    }
    if (mapped === 0) break;
    fixed += mapped;
    for (const [part, xmlEdits] of xmlEditsByPart(doc, changes)) {
      changed.set(part, applyXmlEdits(doc.xml.get(part)!, xmlEdits));
    }
    doc = readDocxText(pkg, changed);
  }
  return { changed, doc, fixed, skipped };
}

/** Record the segment changes for one edit, or return false when it cannot be made safely. */
function mapEdit(doc: DocxText, edit: TextEdit, changes: Map<Segment, SegmentChange>): boolean {
  const index = paragraphAt(doc, edit.start);
  const paragraph = doc.paragraphs[index];
  const start = edit.start - doc.starts[index];
  const end = edit.end - doc.starts[index];
  if (end > paragraph.text.length || edit.text.includes('\n')) return false; // would cross or make a paragraph
  const change = (segment: Segment) => {
    let entry = changes.get(segment);
    if (!entry) changes.set(segment, (entry = { part: paragraph.part, segment, edits: [] }));
    return entry;
  };
  if (start === end) {
    // An insertion goes at the end of the text before it (it takes that formatting), else at the start of the text after.
    const before = paragraph.segments.find((s) => s.start < start && start <= s.start + s.text.length);
    const after = paragraph.segments.find((s) => s.start === start);
    const target = before?.editable ? before : after?.editable ? after : undefined;
    if (!target) return false;
    change(target).edits.push({ from: start - target.start, to: start - target.start, text: edit.text });
    return true;
  }
  const covered = paragraph.segments.filter((s) => s.start < end && s.start + s.text.length > start);
  if (covered.length === 0 || covered.some((s) => !s.editable || s.group !== covered[0].group)) return false;
  covered.forEach((segment, i) => {
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.start + segment.text.length) - segment.start;
    change(segment).edits.push({ from, to, text: i === 0 ? edit.text : '' });
  });
  return true;
}

function xmlEditsByPart(doc: DocxText, changes: Map<Segment, SegmentChange>): Map<string, XmlEdit[]> {
  const byPart = new Map<string, XmlEdit[]>();
  for (const { part, segment, edits } of changes.values()) {
    let text = segment.text;
    for (const e of [...edits].sort((a, b) => b.from - a.from)) text = text.slice(0, e.from) + e.text + text.slice(e.to);
    const list = byPart.get(part) ?? [];
    // Fixing may leave leading, trailing or double spaces, which Word keeps only with xml:space="preserve".
    if (needsPreserve(text)) {
      const openTag = doc.xml.get(part)!.slice(segment.openTagStart, segment.openTagEnd);
      list.push({ start: segment.openTagStart, end: segment.openTagEnd, text: preservingOpenTag(openTag) });
    }
    list.push({ start: segment.contentStart, end: segment.contentEnd, text: encodeXml(text) });
    byPart.set(part, list);
  }
  return byPart;
}
