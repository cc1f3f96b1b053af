// A document's text for the engine: the paragraphs of every text part joined by "\n", so a
// finding's line is the paragraph's number and its column the position in the paragraph.
import { partText, textParts, type DocxPackage } from './package';
import { readParagraphs, type Paragraph } from './read';
import { append } from '../text/arrays';
import { indexAtOrBefore } from '../text/search';

export interface DocxText {
  paragraphs: Paragraph[];
  /** Paragraph texts joined by "\n". */
  text: string;
  /** Offset of each paragraph in `text`. */
  starts: number[];
  /** The XML of each text part, as read. */
  xml: Map<string, string>;
}

/** `changed`: parts already rewritten in memory (by an earlier fix pass). */
export function readDocxText(pkg: DocxPackage, changed: ReadonlyMap<string, string> = new Map()): DocxText {
  const paragraphs: Paragraph[] = [];
  const xml = new Map<string, string>();
  for (const part of textParts(pkg)) {
    const source = changed.get(part) ?? partText(pkg, part)!;
    xml.set(part, source);
    append(paragraphs, readParagraphs(source, part));
  }
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.text.length + 1;
  }
  return { paragraphs, text: paragraphs.map((p) => p.text).join('\n'), starts, xml };
}

/** The paragraph holding `offset` of the joined text (an offset on a "\n" belongs to the paragraph before it). */
export function paragraphAt(doc: DocxText, offset: number): number {
  return indexAtOrBefore(doc.starts, offset);
}

/** The first characters of a paragraph, to find it in Word. */
export function paragraphExcerpt(paragraph: Paragraph, length = 16): string {
  const text = paragraph.text.replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
