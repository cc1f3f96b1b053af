// A mathematical interval written in a scoring standard: 充分[2.7,3]，较为充分[2.4,2.7)，不够充分[0,1.8) — a half-open
// interval closes with a round bracket after a square one (or opens with one before a square close, (0.5,1]). Its round
// bracket pairs with the square bracket: no unpaired mark and no half-width slip in Chinese text (round 34, provincial
// performance-evaluation reports: 38 findings in one report's scoring tables).

/** The lower bound, comma and upper bound of an interval, ending a text: [2.4,2.7 or ［0，2.4. */
const OPENED_BEFORE = /[[［][-−]?\d+(?:\.\d+)?[%％]?\s*[,，]\s*[-−]?\d+(?:\.\d+)?[%％]?\s*$/;
/** The bounds of an interval and its square close, starting a text: 0.5,1] or 0，2.4］. */
const CLOSED_AFTER = /^\s*[-−]?\d+(?:\.\d+)?[%％]?\s*[,，]\s*[-−]?\d+(?:\.\d+)?[%％]?\s*[\]］]/;

/** Whether the ) or ） at `i` closes an interval opened by a square bracket: [2.4,2.7). */
export function closesInterval(text: string, i: number): boolean {
  return OPENED_BEFORE.test(text.slice(Math.max(0, i - 24), i));
}

/** Whether the ( or （ at `i` opens an interval closed by a square bracket: (0.5,1]. */
export function opensInterval(text: string, i: number): boolean {
  return CLOSED_AFTER.test(text.slice(i + 1, i + 25));
}
