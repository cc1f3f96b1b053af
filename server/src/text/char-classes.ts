// Which kinds of characters a paragraph holds, as a bit set found in one pass when the document
// model builds its paragraphs (Paragraph.classes). Most paragraphs hold no digit, percent sign,
// half-width mark or space, and several rules look only where such a character is: they test a
// bit instead of each reading the whole paragraph again with a regular expression or includes().
// A bit that is clear proves the character is absent; a bit that is set only says "look".

/** 0-9 (what \d matches). */
export const ASCII_DIGIT = 1 << 0;
/** % ％ ﹪ */
export const PERCENT_SIGN = 1 << 1;
/** 百, which starts 百分之. */
export const BAI = 1 << 2;
/** The half-width marks with a full-width form: , ; : ? ! . ( ) */
export const HALF_WIDTH_MARK = 1 << 3;
/** Horizontal spaces: space, tab, no-break space, ideographic space. */
export const SPACE = 1 << 4;
/** 分, which starts 分别/分別. */
export const FEN = 1 << 5;
/** 率 */
export const LV = 1 << 6;
/** 左, which starts 左右. */
export const ZUO = 1 << 7;

const CLASS_OF = new Uint8Array(0x10000);
function mark(chars: string, bit: number): void {
  for (const c of chars) CLASS_OF[c.charCodeAt(0)] = (CLASS_OF[c.charCodeAt(0)] ?? 0) | bit;
}
mark('0123456789', ASCII_DIGIT);
mark('%％﹪', PERCENT_SIGN);
mark('百', BAI);
mark(',;:?!.()', HALF_WIDTH_MARK);
mark(' \t\u00a0\u3000', SPACE);
mark('分', FEN);
mark('率', LV);
mark('左', ZUO);

/** The classes of code units [start, end) of `codes` (a typed array reads faster than a string). */
export function classesOfCodes(codes: Uint16Array, start: number, end: number): number {
  let classes = 0;
  for (let i = start; i < end; i++) classes |= CLASS_OF[codes[i] ?? 0] ?? 0;
  return classes;
}

/** The classes of the characters of `text`. */
export function classesOfText(text: string): number {
  let classes = 0;
  for (let i = 0; i < text.length; i++) classes |= CLASS_OF[text.charCodeAt(i)] ?? 0;
  return classes;
}
