// wrong-character's own-usage suspects as records (round 36, s36-wcslips; measuring only): the rule shows each one to
// OWN_USAGE.observe, and this turns it into the document's counts that could tell a slip from a deliberate word — the
// written word, the corrected word alone, with its left or right neighbour or both (the test in use), the written
// character's pair with each neighbour, either character alone — and whether it passes keepSuspect.
// docs/history/wrong-character.md (round 36) gives what these counts showed. Used by bench/wc-own-usage-log.ts,
// bench/inject-errors.ts --own-log and test/unit/wrong-character-own-usage-log.test.ts.
import { OWN_USAGE, type OwnUsageSuspect } from '../server/src/rules/wrong-character';

/**
 * The record of one own-usage suspect, its fields named as round 36's tables read them: docAt, its offset in the
 * document; ctx, the text around it; score, seg, ch, kind, word, the best correction's; written, the written word's count;
 * wordCount, the corrected word's; both, left, right, the corrected word with both neighbours, the left one, the right one;
 * kept, passes keepSuspect; wl, wr, the written character's pair with its left, right neighbour; wch, cch, the written and
 * the corrected character alone (-1: no such neighbour).
 */
export function ownUsageRecord(s: OwnUsageSuspect): Record<string, unknown> {
  const { text: t, at, wordStart, wordEnd, best, count } = s;
  const right = t.slice(at + 1, wordEnd);
  const left = t.slice(wordStart, at);
  return {
    docAt: s.paragraphStart + at,
    ctx: `${t.slice(Math.max(0, at - 10), at)}【${best.wrong}→${best.right}】${t.slice(at + 1, at + 8)}`,
    score: best.score,
    seg: best.segGain,
    ch: best.charGain,
    kind: best.kind,
    word: best.word,
    written: s.writtenCount,
    wordCount: count(best.word),
    both: count(s.correctedInContext),
    left: wordStart > 0 ? count(t.slice(wordStart - 1, at) + best.right + right) : -1,
    right: wordEnd < t.length ? count(left + best.right + t.slice(at + 1, wordEnd + 1)) : -1,
    kept: s.kept(),
    wl: at > 0 ? count(t.slice(at - 1, at + 1)) : -1,
    wr: at + 1 < t.length ? count(t.slice(at, at + 2)) : -1,
    wch: count(best.wrong),
    cch: count(best.right),
  };
}

/** Records every own-usage suspect the rule meets into a new list, until stopped (returns the list). */
export function recordOwnUsage(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  OWN_USAGE.observe = (s) => records.push(ownUsageRecord(s));
  return records;
}

export function stopRecordingOwnUsage(): void {
  OWN_USAGE.observe = undefined;
}
