// Word collocations of official text (issue 12, round 27): a Bloom filter of pairs of dictionary words that the
// official texts use in the same clause markedly more often than chance (built by tools/word-collocations.mjs, which
// hashes alike). A slip whose written character makes no word the clause's other words go with, while the candidate
// completes one they go with several times over (海关知识产权保护庄况报告: 状况 beside 保护, 知识产权, 报告), has
// evidence the character bigrams and the three-character windows do not see: the words around are further away.

/** Bits of the filter (must match tools/word-collocations.mjs). */
const COLLOCATION_BITS = 20;
const COLLOCATION_HASHES = 5;
const MASK = (1 << COLLOCATION_BITS) - 1;
/** The longest dictionary word the model knows. */
const MAX_WORD = 6;

/** What the segmentation needs of the model. */
export interface WordCosts {
  /** Cost (nats) of the word text[start, end) with text[at] read as `code`; −1: not a word. */
  wordCostWith(text: string, start: number, end: number, at: number, code: number): number;
  /** Cost (nats) of the character `code` standing alone. */
  singleCost(code: number): number;
}

/** FNV-1a over text[start, end) with text[at] read as `code`. */
export function wordHash(text: string, start: number, end: number, at = -1, code = 0): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (i === at ? code : text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class CollocationFilter {
  constructor(private readonly bits: Uint16Array) {}

  /** Whether the two words (by wordHash, either order) are collocations of official text (≈ 3 % false positives). */
  has(ha: number, hb: number): boolean {
    const a = Math.min(ha, hb);
    const b = Math.max(ha, hb);
    const x = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
    const h1 = fmix(x);
    const h2 = fmix(x ^ 0x5bd1e995) | 1;
    for (let i = 0; i < COLLOCATION_HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & MASK;
      if ((((this.bits[bit >>> 4] ?? 0) >>> (bit & 15)) & 1) === 0) return false;
    }
    return true;
  }

  /**
   * How many different words of `words` (a segmentation of `run`, [start, end) each), other than those overlapping
   * [from, to), the word with hash `own` is a collocation of; and how many different such words there are.
   */
  collocation(run: string, words: readonly (readonly [number, number])[], own: number, from: number, to: number): { collocates: number; others: number } {
    const seen = new Set<number>();
    let n = 0;
    for (const [start, end] of words) {
      if (end > from && start < to) continue;
      const other = wordHash(run, start, end);
      if (other === own || seen.has(other)) continue;
      seen.add(other);
      if (this.has(own, other)) n++;
    }
    return { collocates: n, others: seen.size };
  }
}

/** The words (two characters or more) of the cheapest segmentation of `run` with run[at] read as `code`: [start, end) each. */
export function segmentWords(costs: WordCosts, run: string, at = -1, code = 0): [number, number][] {
  const n = run.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const before = best[i] ?? Infinity;
    if (before === Infinity) continue;
    const single = before + costs.singleCost(i === at ? code : run.charCodeAt(i));
    if (single < (best[i + 1] ?? Infinity)) {
      best[i + 1] = single;
      back[i + 1] = i;
    }
    for (let e = i + 2; e <= Math.min(n, i + MAX_WORD); e++) {
      const cost = costs.wordCostWith(run, i, e, at, code);
      if (cost >= 0 && before + cost < (best[e] ?? Infinity)) {
        best[e] = before + cost;
        back[e] = i;
      }
    }
  }
  const words: [number, number][] = [];
  for (let e = n; e > 0; ) {
    const start = back[e] ?? 0;
    if (e - start >= 2) words.push([start, e]);
    e = start;
  }
  return words.reverse();
}
