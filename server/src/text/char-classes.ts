// Which kinds of characters a paragraph holds, as a bit set found in one pass when the document
// model builds its paragraphs (Paragraph.classes). Most paragraphs hold no digit, percent sign,
// half-width mark or space, and several rules look only where such a character is: they test a
// bit instead of each reading the whole paragraph again with a regular expression or includes().
// A bit that is clear proves the character is absent; a bit that is set only says "look".
// The same pass lists the anchors (Paragraph.anchors): the offsets of the characters where a number,
// a paired mark or an enumeration marker may begin, so the three readers that look for those visit
// them alone instead of every character of every paragraph.

import type { ScriptCounts } from './script';
import { NOT_HONG_KONG, NOT_STANDARD, NOT_TAIWAN, SIMPLIFIED_ONLY, TRADITIONAL_ONLY, markScriptChars, scriptTable } from './script-chars';
import { codeUnitWords } from './code-tables';

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
/** Two pause or stop marks in a row (，， 。， ;; …): what repeated-punctuation looks for. */
export const PUNCTUATION_RUN = 1 << 8;

/**
 * Where the readers start: scanNumbers (text/numbers.ts: digits, numerals, 百 of 百分之),
 * paired-punctuation (quotes, title marks, brackets) and sequence-numbering (一是, 第一, 首先/其次/
 * 再次/最后, （一）/（1）, ①). Each reader's own set must stay inside this one (char-classes.test.ts).
 */
export const ANCHOR_CHARS =
  '0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百' +
  '“”‘’《》〈〉（）()【】「」『』〔〕〖〗' +
  '第首其再最①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Not classes of Paragraph.classes: flags in the same table, of an anchor and of a pause or stop mark. */
const ANCHOR = 1 << 9;
const STOP_MARK = 1 << 10;
/**
 * The five script flags of script-chars.ts (SIMPLIFIED_ONLY … NOT_HONG_KONG: bits 0–4) sit in the table's
 * top bits, so the same pass counts a paragraph's script-specific characters (Paragraph.scriptCounts)
 * that decideScript and script-mixing read: no pass of their own over the text. Added on first use.
 */
const SCRIPT_SHIFT = 11;
let scriptBitsAdded = false;
/** The bits a paragraph's classes keep. */
const CLASSES = (1 << 9) - 1;

const CLASS_OF = codeUnitWords();
function mark(chars: string, bit: number): void {
  // Every character named here is in the BMP, one code unit.
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
mark(ANCHOR_CHARS, ANCHOR);
mark('，。、；：？！,;:?!', STOP_MARK); // repeated-punctuation's marks

/** A paragraph's classes and anchors (offsets relative to its start, ascending), and its script counts. */
export interface CharClasses {
  classes: number;
  anchors: Int32Array;
  scriptCounts: ScriptCounts;
}

/** The counts of a range without script-specific characters (most ASCII lines): one shared, read-only object. */
const NO_SCRIPT_CHARS: ScriptCounts = Object.freeze({ simplified: 0, traditional: 0, notStandard: 0, notTaiwan: 0, notHongKong: 0 });

function addScriptBits(): void {
  markScriptChars(CLASS_OF, SCRIPT_SHIFT);
  scriptBitsAdded = true;
}

/** Scratch space for the anchors of the paragraph being read; each paragraph gets a copy of its part. */
let found = new Int32Array(1024);

/** Room in `found` for `size` anchors (the first n kept). */
function reserve(n: number, size: number): void {
  if (size <= found.length) return;
  const larger = new Int32Array(Math.max(size, 2 * found.length));
  larger.set(found.subarray(0, n));
  found = larger;
}

/** A copy of the first n anchors found; scratch space grown for a huge paragraph is let go. */
function anchorsFound(n: number): Int32Array {
  const anchors = found.slice(0, n);
  if (found.length > 1 << 16) found = new Int32Array(1024);
  return anchors;
}

/** The classes and anchors of code units [start, end) of `codes` (a typed array reads faster than a string). */
export function classesOfCodes(codes: Uint16Array, start: number, end: number): CharClasses {
  const n = scanRange(codes, start, end, 0);
  return { classes: rangeClasses, anchors: anchorsFound(n), scriptCounts: rangeScriptCounts() };
}

/**
 * The classes and anchors of each range [starts[k], ends[k]) of `codes` (a document's paragraphs):
 * the anchors of all of them go into one typed array, each range's a view on its part. One array per
 * document instead of one per paragraph: each array with its own memory is an allocation for the
 * garbage collector to track and sweep (a 1 MB text has ≈ 6,000 paragraphs).
 */
export function classesOfRanges(codes: Uint16Array, starts: readonly number[], ends: readonly number[]): CharClasses[] {
  const classes: number[] = [];
  const counts: ScriptCounts[] = [];
  const bounds: number[] = [];
  let n = 0;
  for (let k = 0; k < starts.length; k++) {
    n = scanRange(codes, starts[k] ?? 0, ends[k] ?? 0, n);
    classes.push(rangeClasses);
    counts.push(rangeScriptCounts());
    bounds.push(n);
  }
  const all = anchorsFound(n);
  return classes.map((c, k) => ({ classes: c, anchors: all.subarray(bounds[k - 1] ?? 0, bounds[k]), scriptCounts: counts[k] ?? NO_SCRIPT_CHARS }));
}

/** The classes of the range scanRange read last. */
let rangeClasses = 0;
/** Its script counts (as text/script.ts scriptCounts counts them), by flag of script-chars.ts. */
let simplified = 0;
let traditional = 0;
let notStandard = 0;
let notTaiwan = 0;
let notHongKong = 0;
const REGIONAL = NOT_STANDARD | NOT_TAIWAN | NOT_HONG_KONG;
/** Where each regional flag sits (each is one bit): `(script & FLAG) >> SHIFT` is 1 or 0. */
const NOT_STANDARD_SHIFT = Math.log2(NOT_STANDARD);
const NOT_TAIWAN_SHIFT = Math.log2(NOT_TAIWAN);
const NOT_HONG_KONG_SHIFT = Math.log2(NOT_HONG_KONG);
/** The smallest table entry with a script flag. */
const SCRIPT_MIN = 1 << SCRIPT_SHIFT;

function rangeScriptCounts(): ScriptCounts {
  if (simplified === 0 && traditional === 0 && notStandard === 0 && notTaiwan === 0 && notHongKong === 0) return NO_SCRIPT_CHARS;
  return { simplified, traditional, notStandard, notTaiwan, notHongKong };
}

/**
 * Reads code units [start, end): their classes into rangeClasses, their script counts into the counters
 * above, their anchors (relative to start) into `found` from n on; returns the new n.
 */
function scanRange(codes: Uint16Array, start: number, end: number, n: number): number {
  if (!scriptBitsAdded) addScriptBits();
  // Room for an anchor at every unit, made before the loop: a capacity test at each anchor cost ≈ 15 % of the loop.
  reserve(n, n + end - start);
  const anchors = found;
  let classes = 0;
  /** The flags of every unit ANDed with those of the unit before, ORed: its STOP_MARK bit is a punctuation run. */
  let pairs = 0;
  let previous = 0; // the flags of the code unit before
  // Counted in locals (module variables are slower to update in this loop), stored at the end.
  let simplifiedHere = 0;
  let traditionalHere = 0;
  let standard = 0;
  let taiwan = 0;
  let hongKong = 0;
  // The unit after a high surrogate: counted with it (scriptCounts reads the pair as one code point, and skips the unit even after a lone one).
  let paired = -1;
  for (let i = start; i < end; i++) {
    const code = codes[i] ?? 0;
    const flags = CLASS_OF[code] ?? 0;
    let script: number;
    if ((code & 0xf800) === 0xd800 || i === paired) {
      // Rare: a surrogate (no flags of its own), or the unit after a high surrogate (no script count).
      const own = flags & (SCRIPT_MIN - 1);
      pairs |= own & previous;
      classes |= own;
      previous = own;
      if (own & ANCHOR) anchors[n++] = i - start;
      if ((code & 0xfc00) !== 0xd800 || i === paired) continue;
      // A supplementary character (script-chars has many in the ideographic extensions): the full table.
      const next = i + 1 < end ? (codes[i + 1] ?? 0) : 0;
      const cp = (next & 0xfc00) === 0xdc00 ? ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : code;
      const table = scriptTable();
      script = cp < table.length ? (table[cp] ?? 0) : 0;
      paired = i + 1;
    } else {
      // Every other unit the same way, whatever its flags: which kind a character is is as random as the
      // text, so tests of the flags alone (no flags, classes only, a script flag) were mispredicted branches.
      const own = flags & (SCRIPT_MIN - 1);
      pairs |= own & previous;
      classes |= own;
      previous = own;
      if (own & ANCHOR) anchors[n++] = i - start;
      script = flags >> SCRIPT_SHIFT;
    }
    // Adds rather than branches; SIMPLIFIED_ONLY is bit 0, and a traditional character counts only
    // without it, as in scriptCounts.
    simplifiedHere += script & SIMPLIFIED_ONLY;
    traditionalHere += (script & (SIMPLIFIED_ONLY | TRADITIONAL_ONLY)) === TRADITIONAL_ONLY ? 1 : 0;
    if (script & REGIONAL) {
      // Adds, not a branch per flag: in traditional text the three flags come in every mix (mispredicted branches).
      standard += (script & NOT_STANDARD) >> NOT_STANDARD_SHIFT;
      taiwan += (script & NOT_TAIWAN) >> NOT_TAIWAN_SHIFT;
      hongKong += (script & NOT_HONG_KONG) >> NOT_HONG_KONG_SHIFT;
    }
  }
  if (pairs & STOP_MARK) classes |= PUNCTUATION_RUN;
  rangeClasses = classes & CLASSES;
  simplified = simplifiedHere;
  traditional = traditionalHere;
  notStandard = standard;
  notTaiwan = taiwan;
  notHongKong = hongKong;
  return n;
}

/** The classes and anchors of the characters of `text` (where no Buffer gives the code units ready made). */
export function classesOfText(text: string): CharClasses {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return classesOfCodes(codes, 0, text.length);
}

/** Whether readers may start at this code unit (ANCHOR_CHARS). */
export function isAnchor(code: number): boolean {
  return ((CLASS_OF[code] ?? 0) & ANCHOR) !== 0;
}
