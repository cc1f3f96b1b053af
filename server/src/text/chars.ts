// Character classes shared by the rules: Han characters (including the supplementary planes,
// which JavaScript strings hold as surrogate pairs), CJK punctuation, Latin letters, digits.
// Everything works on UTF-16 offsets without allocating, so callers can scan long lines.
import { FULL_STOP_MARKS } from './sentences';

/** Whether a code point is a Han ideograph (URO, Ext A–H, compatibility) or 〇. */
export function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
    (cp >= 0xf900 && cp <= 0xfaff) || // Compatibility Ideographs
    (cp >= 0x20000 && cp <= 0x323af) || // Extensions B–H and the supplementary compatibility block
    cp === 0x3007 // 〇
  );
}

/** First half of a UTF-16 surrogate pair (a code point above U+FFFF starts with it). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Second half of a UTF-16 surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Either half of a surrogate pair. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Code point that starts at `index` (a whole surrogate pair when there is one), or -1 outside the text. */
export function codePointAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return -1;
  return text.codePointAt(index)!;
}

/** Code point that ends just before `index` (reads a surrogate pair backwards), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0 || index > text.length) return -1;
  const low = text.charCodeAt(index - 1);
  if (isLowSurrogate(low) && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (isHighSurrogate(high)) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether a Han character starts at `index`. */
export function isHanAt(text: string, index: number): boolean {
  return isHanCodePoint(codePointAt(text, index));
}

// Full-width (CJK) punctuation of GB/T 15834-2011, by role.
/** Marks that end a sentence (句末点号). */
const SENTENCE_END = FULL_STOP_MARKS;
/** Marks inside a sentence (pauses). */
const PAUSE = '，、；：';
/** Opening brackets and quotes. */
export const CJK_OPENING = '“‘（《〈【「『〔〖［｛';
/** Closing brackets and quotes. */
export const CJK_CLOSING = '”’）》〉】」』〕〗］｝';
/** Every full-width punctuation mark, including …… —— · and the marks above. */
const CJK_PUNCTUATION = `${SENTENCE_END}${PAUSE}${CJK_OPENING}${CJK_CLOSING}…—·～﹏／`;

export function isCjkPunctuation(cp: number): boolean {
  return cp >= 0 && cp <= 0xffff && CJK_PUNCTUATION.includes(String.fromCharCode(cp));
}

/** Opening or closing quote/bracket of CJK text (they attach to Chinese words). */
export function isCjkBracket(cp: number): boolean {
  if (cp < 0 || cp > 0xffff) return false;
  const ch = String.fromCharCode(cp);
  return CJK_OPENING.includes(ch) || CJK_CLOSING.includes(ch);
}

/** Han character or CJK punctuation: text that is Chinese by itself. */
export function isCjk(cp: number): boolean {
  return isHanCodePoint(cp) || isCjkPunctuation(cp);
}

/** ASCII digit or full-width digit ０–９. */
export function isDigit(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);
}

/** ASCII letter, full-width letter, or a Latin letter with diacritics (Latin-1 Supplement, Latin Extended-A/B). */
export function isLatinLetter(cp: number): boolean {
  return (
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  );
}

/** Horizontal white space: ASCII space, tab, no-break space, ideographic space. */
export function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x3000;
}

/** Offset just past a paragraph's indentation (isSpace characters at its start). */
export function contentStart(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Chinese numerals used in ordinals (一 … 十, 百 for long lists). */
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral from 一 to 九十九 (一, 十, 十一, 二十, 二十三); NaN for anything else. */
export function chineseNumeralValue(numeral: string): number {
  if (numeral.length === 0 || numeral.length > 3) return NaN;
  const ten = numeral.indexOf('十');
  if (ten === -1) return numeral.length === 1 && numeral in CHINESE_DIGITS && numeral !== '零' && numeral !== '〇' ? CHINESE_DIGITS[numeral] ?? NaN : NaN;
  if (numeral.indexOf('十', ten + 1) !== -1) return NaN;
  const tensText = numeral.slice(0, ten);
  const unitsText = numeral.slice(ten + 1);
  const tens = tensText === '' ? 1 : tensText.length === 1 ? CHINESE_DIGITS[tensText] ?? NaN : NaN;
  const units = unitsText === '' ? 0 : unitsText.length === 1 ? CHINESE_DIGITS[unitsText] ?? NaN : NaN;
  if (!(tens >= 1) || !(units >= 0) || tensText === '一') return NaN; // 一十 is not how ordinals are written
  return tens * 10 + units;
}

/** Chinese numeral for 1–99, as ordinals are written (十一, 二十). */
export function chineseNumeral(value: number): string {
  const names = '零一二三四五六七八九';
  if (value < 10) return names.charAt(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : names[tens]}十${units ? names[units] : ''}`;
}
