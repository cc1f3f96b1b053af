// The text of a WordprocessingML part as paragraphs, with each piece of text tied to the XML
// it came from (so fixes and comments can be written back at exact offsets). Runs are joined:
// a word split over runs with different formatting is one word. Left out: field codes and
// field results, deleted and moved-away text, hidden text (w:vanish), the mc:Fallback copy.
// Inserted revisions are read. The tokenizer is htmlparser2 in XML mode, which reports the
// offsets of every tag; the XML itself is never re-serialised.
import type * as XmlParserModule from './xmlParser';

let xmlParserModule: typeof XmlParserModule | undefined;

/** htmlparser2's parser, required when a Word file is first read, not at start-up. */
function xmlParser(): typeof XmlParserModule.Parser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (start-up time)
  return (xmlParserModule ??= require('./xmlParser') as typeof XmlParserModule).Parser;
}

export interface RunInfo {
  /** Offset of `<w:r` and the text of its open tag and of its w:rPr (copied when a run is split). */
  openStart: number;
  openTag: string;
  rPr: string;
  /** Offset just after `</w:r>`. */
  closeEnd: number;
}

export interface Segment {
  /** Offset of this text in the paragraph text. */
  start: number;
  text: string;
  /** w:t text can be edited; a tab or break stands for one character that cannot. */
  editable: boolean;
  /** Segments with the same group are contiguous in the XML (no field, revision or hidden text between). */
  group: number;
  /** Offsets in the part's XML: the w:t open tag and its content (for a tab: the element). */
  openTagStart: number;
  openTagEnd: number;
  contentStart: number;
  contentEnd: number;
  run: RunInfo;
  firstInRun: boolean;
  lastInRun: boolean;
}

export interface Paragraph {
  part: string;
  text: string;
  segments: Segment[];
}

const REVISION_TAGS = new Set(['w:ins', 'w:moveTo']);
const REMOVED_TAGS = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:fldSimple', 'w:instrText', 'w:delText', 'w:delInstrText']);

/** Run children that carry no text and do not separate the text around them. */
const QUIET_RUN_CHILDREN = new Set(['w:rPr', 'w:t', 'w:lastRenderedPageBreak', 'w:softHyphen']);

const NOTE_TAGS = new Set(['w:footnote', 'w:endnote']);

/** The separator lines between body and notes are notes too (w:type="separator"…), without text. */
function isSeparatorNote(name: string, attributes: Record<string, string>): boolean {
  return NOTE_TAGS.has(name) && Boolean(attributes['w:type']) && attributes['w:type'] !== 'normal';
}

interface OpenRun {
  info: RunInfo;
  hidden: boolean;
  segments: Segment[];
  rPrStart: number;
}

/** Paragraphs of one part in document order (a paragraph inside a text box follows the one holding it). */
export function readParagraphs(xml: string, part: string): Paragraph[] {
  const ordered: Paragraph[] = [];
  const open: Paragraph[] = [];
  const names: string[] = [];
  let removed = 0; // depth inside left-out elements
  let fieldDepth = 0; // complex fields (w:fldChar begin … end): code and result left out
  let group = 0;
  // Runs nest when a run holds a drawing whose text box has paragraphs of its own.
  const runs: OpenRun[] = [];
  let run: OpenRun | undefined;
  const separatorDepth: boolean[] = [];
  let textOpen: { start: number; end: number } | undefined;

  const addSegment = (text: string, editable: boolean, openTagStart: number, openTagEnd: number, contentStart: number, contentEnd: number) => {
    const paragraph = open[open.length - 1];
    if (!paragraph || !run || text === '') return;
    const segment: Segment = {
      start: paragraph.text.length, text, editable, group, openTagStart, openTagEnd, contentStart, contentEnd,
      run: run.info, firstInRun: false, lastInRun: false,
    };
    paragraph.text += text;
    paragraph.segments.push(segment);
    run.segments.push(segment);
    if (!editable) group++;
  };
  const excluded = () => removed > 0 || fieldDepth > 0 || Boolean(run?.hidden);

  const Parser = xmlParser();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = names[names.length - 1];
        names.push(name);
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (REMOVED_TAGS.has(name) || isSeparatorNote(name, attributes)) {
          removed++;
          group++;
        } else if (REVISION_TAGS.has(name)) group++;
        if (NOTE_TAGS.has(name)) separatorDepth.push(isSeparatorNote(name, attributes));
        if (name === 'w:p') {
          const paragraph: Paragraph = { part, text: '', segments: [] };
          open.push(paragraph);
          // Paragraphs of a fallback copy or a footnote separator are not part of the text.
          if (removed === 0) ordered.push(paragraph);
        } else if (name === 'w:r') {
          run = { info: { openStart: start, openTag: xml.slice(start, end), rPr: '', closeEnd: end }, hidden: false, segments: [], rPrStart: -1 };
          runs.push(run);
        } else if (name === 'w:rPr' && parent === 'w:r' && run) {
          run.rPrStart = start;
        } else if (name === 'w:vanish' && parent === 'w:rPr' && run && names[names.length - 3] === 'w:r') {
          run.hidden = !/^(0|false|off)$/.test(attributes['w:val'] ?? '');
          if (run.hidden) group++;
        } else if (name === 'w:fldChar') {
          const type = attributes['w:fldCharType'];
          if (type === 'begin') fieldDepth++;
          else if (type === 'end') fieldDepth = Math.max(0, fieldDepth - 1);
          group++;
        } else if (name === 'w:t' && parent === 'w:r') {
          textOpen = { start, end };
        } else if ((name === 'w:tab' || name === 'w:br' || name === 'w:cr') && parent === 'w:r') {
          if (!excluded()) addSegment('\t', false, start, end, start, end);
        } else if (name === 'w:noBreakHyphen' && parent === 'w:r') {
          if (!excluded()) addSegment('-', false, start, end, start, end);
        } else if (parent === 'w:r' && !QUIET_RUN_CHILDREN.has(name) && run) {
          group++; // a drawing, footnote reference, symbol…: text on either side is not contiguous
        }
      },
      onclosetag(name, isImplied) {
        names.pop();
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (REMOVED_TAGS.has(name) || (NOTE_TAGS.has(name) && separatorDepth.pop())) {
          removed--;
          group++;
        } else if (REVISION_TAGS.has(name)) group++;
        if (name === 'w:t' && textOpen) {
          if (!isImplied && !excluded()) addSegment(decodeXml(xml.slice(textOpen.end, start)), true, textOpen.start, textOpen.end, textOpen.end, start);
          textOpen = undefined;
        } else if (name === 'w:rPr' && names[names.length - 1] === 'w:r' && run && run.rPrStart >= 0) {
          // The run's own properties, not the old ones inside w:rPrChange.
          run.info.rPr = xml.slice(run.rPrStart, end);
        } else if (name === 'w:r' && run) {
          run.info.closeEnd = end;
          if (run.segments.length) {
            run.segments[0].firstInRun = true;
            run.segments[run.segments.length - 1].lastInRun = true;
          }
          runs.pop();
          run = runs[runs.length - 1];
        } else if (name === 'w:p') {
          open.pop();
          group++;
        }
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  parser.end();
  return ordered;
}

/** Decode the five XML entities and character references. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp'];
  });
}

export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The offset in raw (encoded) w:t content of decoded offset `k`. */
export function rawOffset(raw: string, k: number): number {
  if (!raw.includes('&')) return k;
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < k) {
    if (raw[i] === '&') {
      const semicolon = raw.indexOf(';', i);
      const entity = raw.slice(i, semicolon + 1);
      decoded += decodeXml(entity).length;
      i = semicolon + 1;
    } else {
      decoded++;
      i++;
    }
  }
  return i;
}
