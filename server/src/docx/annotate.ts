// A copy of the document with one Word comment (批注) per finding, anchored on the finding's
// exact text: w:commentRangeStart/End go between runs, and where a finding starts or ends inside
// a run the run is split in two (both halves keep its w:rPr). Existing comments are kept; the
// comments part, its relationship and content type are added when the document has none.
// Word does not allow comments in headers and footers, so findings there are counted, not written.
import { partText, type DocxPackage } from './package';
import { encodeXml, rawOffset, type Paragraph, type Segment } from './read';
import { paragraphAt, type DocxText } from './text';
import { applyXmlEdits, preservingOpenTag, type XmlEdit } from './xmlEdits';

const COMMENT_AUTHOR = 'gongwen-lint';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface Annotation {
  /** Offsets in the joined document text. */
  start: number;
  end: number;
  text: string;
}

export interface AnnotateResult {
  changed: Map<string, string>;
  written: number;
  /** Findings in headers and footers (no comments there) or on no text. */
  skipped: number;
}

export function annotateDocx(pkg: DocxPackage, doc: DocxText, annotations: readonly Annotation[], date = new Date()): AnnotateResult {
  const commentsPart = findCommentsPart(pkg);
  const existing = commentsPart.name ? partText(pkg, commentsPart.name) ?? '' : '';
  let nextId = maxCommentId([existing, ...doc.xml.values()]) + 1;
  const editsByPart = new Map<string, XmlEdit[]>();
  const preserved = new Set<Segment>();
  const comments: string[] = [];
  const stamp = date.toISOString().replace(/\.\d+Z$/, 'Z');
  let skipped = 0;

  for (const annotation of annotations) {
    const index = paragraphAt(doc, annotation.start);
    const paragraph = doc.paragraphs[index];
    if (!/^word\/(document|footnotes|endnotes)\.xml$/.test(paragraph.part) && paragraph.part !== pkg.mainPart) {
      skipped++;
      continue;
    }
    const range = anchorRange(paragraph, annotation.start - doc.starts[index], annotation.end - doc.starts[index]);
    if (!range) {
      skipped++;
      continue;
    }
    const id = nextId++;
    const xml = doc.xml.get(paragraph.part)!;
    const edits = editsByPart.get(paragraph.part) ?? [];
    editsByPart.set(paragraph.part, edits);
    const split = (segment: Segment, k: number, marker: string): void => {
      const at = segment.contentStart + rawOffset(xml.slice(segment.contentStart, segment.contentEnd), k);
      const { run } = segment;
      edits.push({ start: at, end: at, text: `</w:t></w:r>${marker}${run.openTag}${run.rPr}<w:t xml:space="preserve">` });
      if (!preserved.has(segment)) {
        preserved.add(segment);
        edits.push({ start: segment.openTagStart, end: segment.openTagEnd, text: preservingOpenTag(xml.slice(segment.openTagStart, segment.openTagEnd)) });
      }
    };
    const startMarker = `<w:commentRangeStart w:id="${id}"/>`;
    const endMarker = `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    const { first, k1, last, k2 } = range;
    if (k1 === 0 && (first.firstInRun || !first.editable)) edits.push({ start: first.run.openStart, end: first.run.openStart, text: startMarker });
    else split(first, k1, startMarker);
    if (k2 === last.text.length && (last.lastInRun || !last.editable)) edits.push({ start: last.run.closeEnd, end: last.run.closeEnd, text: endMarker });
    else split(last, k2, endMarker);
    comments.push(commentXml(id, annotation.text, stamp));
  }

  const changed = new Map<string, string>();
  for (const [part, edits] of editsByPart) changed.set(part, applyXmlEdits(doc.xml.get(part)!, edits));
  if (comments.length) addComments(pkg, commentsPart, existing, comments, changed);
  return { changed, written: comments.length, skipped };
}

interface AnchorRange {
  first: Segment;
  /** Offset in `first`'s text where the comment starts. */
  k1: number;
  last: Segment;
  /** Offset in `last`'s text where it ends (exclusive). */
  k2: number;
}

/** The segments holding [start, end) of the paragraph; an empty range is widened to one character. */
function anchorRange(paragraph: Paragraph, start: number, end: number): AnchorRange | undefined {
  const length = paragraph.text.length;
  end = Math.min(end, length);
  if (end <= start) {
    if (start < length) end = start + 1;
    else if (start > 0) start = end - 1;
    else return undefined;
  }
  const first = paragraph.segments.find((s) => s.start <= start && start < s.start + s.text.length);
  const last = paragraph.segments.find((s) => s.start < end && end <= s.start + s.text.length);
  if (!first || !last) return undefined;
  return { first, k1: start - first.start, last, k2: end - last.start };
}

function commentXml(id: number, text: string, stamp: string): string {
  const paragraphs = text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${encodeXml(line)}</w:t></w:r></w:p>`);
  return `<w:comment w:id="${id}" w:author="${COMMENT_AUTHOR}" w:date="${stamp}" w:initials="GL">${paragraphs.join('')}</w:comment>`;
}

function maxCommentId(xmls: readonly string[]): number {
  let max = -1;
  for (const xml of xmls) {
    for (const match of xml.matchAll(/<w:comment(?:RangeStart|RangeEnd|Reference)?\b[^>]*?\bw:id="(\d+)"/g)) max = Math.max(max, Number(match[1]));
  }
  return max;
}

interface CommentsPart {
  /** The existing comments part, if the main part has one. */
  name?: string;
  relsName: string;
}

function findCommentsPart(pkg: DocxPackage): CommentsPart {
  const slash = pkg.mainPart.lastIndexOf('/');
  const dir = pkg.mainPart.slice(0, slash + 1);
  const relsName = `${dir}_rels/${pkg.mainPart.slice(slash + 1)}.rels`;
  const rels = partText(pkg, relsName) ?? '';
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!match[0].includes(`Type="${COMMENTS_TYPE}"`)) continue;
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (!target) continue;
    const name = target.startsWith('/') ? target.slice(1) : dir + target;
    if (pkg.entries.has(name)) return { name, relsName };
  }
  return { relsName };
}

/** Append to the existing comments part, or create it with its relationship and content type. */
function addComments(pkg: DocxPackage, part: CommentsPart, existing: string, comments: string[], changed: Map<string, string>): void {
  if (part.name) {
    const close = existing.lastIndexOf('</w:comments>');
    if (close >= 0) {
      changed.set(part.name, existing.slice(0, close) + comments.join('') + existing.slice(close));
      return;
    }
    // A comments part written with another prefix: ours declare the namespace themselves.
    const end = existing.lastIndexOf('</');
    const own = comments.map((c) => c.replace('<w:comment ', `<w:comment xmlns:w="${W_NAMESPACE}" `));
    changed.set(part.name, existing.slice(0, end) + own.join('') + existing.slice(end));
    return;
  }
  const dir = pkg.mainPart.slice(0, pkg.mainPart.lastIndexOf('/') + 1);
  let name = `${dir}comments.xml`;
  for (let n = 2; pkg.entries.has(name); n++) name = `${dir}comments${n}.xml`;
  changed.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NAMESPACE}">${comments.join('')}</w:comments>`);

  const rels = partText(pkg, part.relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let rId = 'rIdGongwenComments';
  for (let n = 2; rels.includes(`Id="${rId}"`); n++) rId = `rIdGongwenComments${n}`;
  const relationship = `<Relationship Id="${rId}" Type="${COMMENTS_TYPE}" Target="${name.slice(dir.length)}"/>`;
  changed.set(part.relsName, insertBeforeClose(rels, '</Relationships>', relationship));

  const types = partText(pkg, '[Content_Types].xml')!;
  const override = `<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`;
  changed.set('[Content_Types].xml', insertBeforeClose(types, '</Types>', override));
}

function insertBeforeClose(xml: string, close: string, insertion: string): string {
  const at = xml.lastIndexOf(close);
  return at < 0 ? xml : xml.slice(0, at) + insertion + xml.slice(at);
}
