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

/** Start of the sentence containing `at` (after the previous 。！？；), at most MAX_SENTENCE back. */
export function sentenceStart(text: string, at: number, stops: RegExp = SENTENCE_END): number {
  let i = at;
  const limit = Math.max(0, at - MAX_SENTENCE);
  while (i > limit && !stops.test(text.charAt(i - 1))) i--;
  return i;
}

/** End of the sentence containing `at` (the offset of its 。！？；, or where the text ends), at most MAX_SENTENCE on. */
export function sentenceEnd(text: string, at: number, stops: RegExp = SENTENCE_END): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_SENTENCE);
  while (i < limit && !stops.test(text.charAt(i))) i++;
  return i;
}
