// The wrong → right character pairs of real input-method slips, as ECSpell's odw TRAIN fold records them (the rows
// bench/ecspell-rows.ts puts in the train fold; the validation fold is never read here), with how often each was seen.
// bench/inject-generators.ts's wrong-character generator draws its slips from this table, so that the injected slips
// follow a real distribution and not the rule's own confusion sets (injecting from those would flatter the rule).
import type { OdwRow } from './ecspell-rows';

export interface Slip {
  wrong: string;
  right: string;
  /** Times the train fold has this slip. */
  count: number;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Every character the writer got wrong in a train-fold sentence, paired with the right one, counted, most frequent first
 * (ties in code-point order, so that a draw is the same on every machine). Only Han for Han: a digit or punctuation
 * pair is no input-method slip of a character.
 */
export function slipTable(rows: readonly OdwRow[]): Slip[] {
  const counts = new Map<string, Slip>();
  for (const { cols, fold } of rows) {
    if (fold !== 'train') continue;
    const [, wrong, right] = cols;
    for (let k = 0; k < wrong.length; k++) {
      const [w, r] = [wrong[k], right[k]];
      if (w === r || !HAN.test(w) || !HAN.test(r)) continue;
      const key = w + r;
      const slip = counts.get(key) ?? { wrong: w, right: r, count: 0 };
      slip.count++;
      counts.set(key, slip);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.right + a.wrong < b.right + b.wrong ? -1 : 1));
}

/** The slips by their right character. */
export function slipsByRight(slips: readonly Slip[]): Map<string, Slip[]> {
  const byRight = new Map<string, Slip[]>();
  for (const s of slips) {
    const list = byRight.get(s.right) ?? [];
    list.push(s);
    byRight.set(s.right, list);
  }
  return byRight;
}
