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
const ANCHOR_CHARS =
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
  /** Where a code unit recurs (see RECURRENCE_WINDOW), relative to the start, ascending. */
  recurrences: Int32Array;
  scriptCounts: ScriptCounts;
}

/**
 * The same pass lists the recurrences (Paragraph.recurrences): the offsets of the code units from U+3400 on that
 * occurred within the RECURRENCE_WINDOW units before them in the paragraph. Only there can repeated-word find a
 * unit typed twice (动员动员, 的的); the pass reads every unit already, so this is cheaper than a pass of its own.
 */
export const RECURRENCE_WINDOW = 8;
/** The smallest code unit looked at: below CJK no repeated Han unit starts. */
const RECURRENCE_MIN = 0x3400;
/**
 * Per code unit: where it last occurred, as its offset in the document's code units modulo 2^16. A 16-bit table
 * (128 KB) stays in the processor's cache better than one of full offsets, and needs no clearing between paragraphs
 * or documents: an entry that is stale or aliased is caught by reading the unit it points to, since the table always
 * holds the latest occurrence (so a recurrence within the window is always found).
 */
const lastAt = codeUnitWords();
/** Code units scanRange reads between two checks of its scratch arrays' room. */
const SCAN_BLOCK = 4096;
/** An empty list of recurrences, shared by the ranges without any. */
const NONE = new Int32Array(0);

/** The counts of a range without script-specific characters (most ASCII lines): one shared, read-only object. */
const NO_SCRIPT_CHARS: ScriptCounts = Object.freeze({ simplified: 0, traditional: 0, notStandard: 0, notTaiwan: 0, notHongKong: 0 });

function addScriptBits(): void {
  markScriptChars(CLASS_OF, SCRIPT_SHIFT);
  scriptBitsAdded = true;
}

/** Scratch space for the anchors and the recurrences of the ranges being read; each range gets a copy of its part. */
let found: Int32Array = new Int32Array(1024);
let recurred: Int32Array = new Int32Array(1024);
/** How many recurrences scanRange has put into `recurred`. */
let recurrenceCount = 0;

/** `array` with room for `size` entries (the first n kept). */
function withRoom(array: Int32Array, n: number, size: number): Int32Array {
  if (size <= array.length) return array;
  const larger = new Int32Array(Math.max(size, 2 * array.length));
  larger.set(array.subarray(0, n));
  return larger;
}

/** A copy of the first n entries of a scratch array. */
function copyOf(array: Int32Array, n: number): Int32Array {
  return n === 0 ? NONE : array.slice(0, n);
}

/** Scratch space grown for a huge text is let go. */
function shrinkScratch(): void {
  if (found.length > 1 << 16) found = new Int32Array(1024);
  if (recurred.length > 1 << 16) recurred = new Int32Array(1024);
}

/** The classes and anchors of code units [start, end) of `codes` (a typed array reads faster than a string). */
export function classesOfCodes(codes: Uint16Array, start: number, end: number): CharClasses {
  recurrenceCount = 0;
  const n = scanRange(codes, start, end, 0);
  const classes: CharClasses = { classes: rangeClasses, anchors: copyOf(found, n), recurrences: copyOf(recurred, recurrenceCount), scriptCounts: rangeScriptCounts() };
  shrinkScratch();
  return classes;
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
  const recurrenceBounds: number[] = [];
  let n = 0;
  recurrenceCount = 0;
  for (let k = 0; k < starts.length; k++) {
    n = scanRange(codes, starts[k] ?? 0, ends[k] ?? 0, n);
    classes.push(rangeClasses);
    counts.push(rangeScriptCounts());
    bounds.push(n);
    recurrenceBounds.push(recurrenceCount);
  }
  const all = copyOf(found, n);
  const allRecurrences = copyOf(recurred, recurrenceCount);
  shrinkScratch();
  return classes.map((c, k) => {
    const from = recurrenceBounds[k - 1] ?? 0;
    const to = recurrenceBounds[k] ?? 0;
    return {
      classes: c,
      anchors: all.subarray(bounds[k - 1] ?? 0, bounds[k]),
      recurrences: from === to ? NONE : allRecurrences.subarray(from, to),
      scriptCounts: counts[k] ?? NO_SCRIPT_CHARS,
    };
  });
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
 * above, their anchors (relative to start) into `found` from n on, their recurrences into `recurred` from
 * recurrenceCount on (which it raises); returns the new n.
 */
function scanRange(codes: Uint16Array, start: number, end: number, n: number): number {
  if (!scriptBitsAdded) addScriptBits();
  let r = recurrenceCount;
  const seen = lastAt;
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
  // By blocks: room for an anchor and a recurrence at every unit of a block is made before its loop (a capacity test
  // at each anchor cost ≈ 15 % of the loop), and a block, not a whole run-on line, bounds what that room may waste.
  for (let block = start; block < end; block += SCAN_BLOCK) {
    const blockEnd = Math.min(end, block + SCAN_BLOCK);
    const anchors = (found = withRoom(found, n, n + blockEnd - block));
    const recurrences = (recurred = withRoom(recurred, r, r + blockEnd - block));
    for (let i = block; i < blockEnd; i++) {
      const code = codes[i] ?? 0;
      const flags = CLASS_OF[code] ?? 0;
      if (code >= RECURRENCE_MIN) {
        const distance = (i - (seen[code] ?? 0)) & 0xffff; // code < 0x10000, the table's length
        seen[code] = i;
        // Checked against the text: the entry may be stale (see lastAt).
        if (distance !== 0 && distance <= RECURRENCE_WINDOW && distance <= i - start && codes[i - distance] === code) recurrences[r++] = i - start;
      }
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
  }
  if (pairs & STOP_MARK) classes |= PUNCTUATION_RUN;
  recurrenceCount = r;
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
