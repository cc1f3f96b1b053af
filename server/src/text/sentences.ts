// Where a sentence or clause ends, for the rules that look within one (numbers, lists, typos). One
// definition, so every rule agrees on what a sentence is.

/** GB/T 15834-2011's sentence-end marks (句末点号), full-width. */
export const FULL_STOP_MARKS = '。？！';
/** A sentence end proper (full- or half-width), without the semicolon. */
export const FULL_STOP = /[。！？!?]/;
/**
 * Where a rule's sentence ends: the sentence-end marks and the semicolon. GB/T 15834 counts ；as a pause
 * inside a sentence, but in report prose it closes a self-contained clause (一是……；二是……) as firmly as 。.
 */
export const SENTENCE_END = /[。！？!?；;]/;
/** Clause ends: sentence ends, commas and colons. */
export const CLAUSE_END = /[。！？!?；;，,：:]/;

/** Rules look at most this far for the edge of a sentence, so a run-on line never costs n². */
export const MAX_SENTENCE = 400;

/** Start of the sentence containing `at` (after the previous 。！？；), at most `max` (MAX_SENTENCE) back. */
export function sentenceStart(text: string, at: number, stops: RegExp = SENTENCE_END, max = MAX_SENTENCE): number {
  let i = at;
  const limit = Math.max(0, at - max);
  const table = stopTable(stops);
  if (!table) {
    while (i > limit && !stops.test(text.charAt(i - 1))) i--;
    return i;
  }
  while (i > limit && !isStop(table, stops, text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the sentence containing `at` (the offset of its 。！？；, or where the text ends), at most MAX_SENTENCE on. */
export function sentenceEnd(text: string, at: number, stops: RegExp = SENTENCE_END): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_SENTENCE);
  const table = stopTable(stops);
  if (!table) {
    while (i < limit && !stops.test(text.charAt(i))) i++;
    return i;
  }
  while (i < limit && !isStop(table, stops, text.charCodeAt(i))) i++;
  return i;
}

/**
 * Per stop pattern, its answer for each code unit, asked on first sight (0 not yet, 1 a stop, 2 not):
 * a table read per character instead of a one-character string and a regular-expression test (the
 * walks above run up to MAX_SENTENCE characters for every number some rules look at). A global or sticky
 * pattern's test() depends on more than the character, so it is asked every time.
 */
const stopTables = new WeakMap<RegExp, Uint8Array>();

function stopTable(stops: RegExp): Uint8Array | undefined {
  if (stops.global || stops.sticky) return undefined;
  let table = stopTables.get(stops);
  if (!table) stopTables.set(stops, (table = new Uint8Array(0x10000)));
  return table;
}

function isStop(table: Uint8Array, stops: RegExp, code: number): boolean {
  let known = table[code] ?? 0;
  if (known === 0) table[code] = known = stops.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
