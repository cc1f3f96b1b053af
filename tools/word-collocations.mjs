// Word collocations of official text (issue 12, round 27): pairs of dictionary words (two characters or more) that
// the texts under data/ use in the same run of Chinese characters (a clause) markedly more often than chance, kept
// as a Bloom filter. The wrong-character model (server/src/text/wrong-character-collocations.ts, which must hash
// alike: test/unit/wrong-character-collocations.test.ts checks both) asks how many words of a clause the word a
// candidate completes is attested with (保护庄况报告: 状况 beside 保护, 报告).

/** The filter has 2^this bits (128 KB)… */
export const COLLOCATION_BITS = 20;
/** …set by this many hashes per pair (≈ 126 k pairs: about 2 % of other pairs get through). */
export const COLLOCATION_HASHES = 5;
/** A pair is kept when the clauses having both are at least this many times what chance gives (their counts over all clauses). */
export const COLLOCATION_LIFT = 10;

/** FNV-1a over the code units of a word. */
export function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fmix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The bits of the pair of word hashes (either order), double hashing. */
export function pairBits(ha, hb) {
  const a = Math.min(ha, hb);
  const b = Math.max(ha, hb);
  const x = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  const h1 = fmix(x);
  const h2 = fmix(x ^ 0x5bd1e995) | 1;
  const mask = (1 << COLLOCATION_BITS) - 1;
  const bits = [];
  for (let i = 0; i < COLLOCATION_HASHES; i++) bits.push((h1 + Math.imul(i, h2)) & mask);
  return bits;
}

/**
 * The words (2+ characters) of the cheapest segmentation of `run`, as the model segments (wordCost(word): nats or
 * undefined; singleCost(c): nats of a character alone).
 */
export function segmentWords(run, wordCost, singleCost) {
  const n = run.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const single = best[i] + singleCost(run[i]);
    if (single < best[i + 1]) {
      best[i + 1] = single;
      back[i + 1] = i;
    }
    for (let e = i + 2; e <= Math.min(n, i + 6); e++) {
      const cost = wordCost(run.slice(i, e));
      if (cost !== undefined && best[i] + cost < best[e]) {
        best[e] = best[i] + cost;
        back[e] = i;
      }
    }
  }
  const words = [];
  for (let e = n; e > 0; e = back[e]) if (e - back[e] >= 2) words.push(run.slice(back[e], e));
  return words.reverse();
}

/** The filter's bits as one string of 2^(COLLOCATION_BITS − 4) code units, and how many pairs it holds. */
export function collocationFilter(runs, wordCost, singleCost) {
  const pairRuns = new Map();
  const wordRuns = new Map();
  let clauses = 0;
  for (const run of runs) {
    if (run.length < 4) continue;
    const words = [...new Set(segmentWords(run, wordCost, singleCost))];
    clauses++;
    for (const w of words) wordRuns.set(w, (wordRuns.get(w) ?? 0) + 1);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const key = words[i] < words[j] ? `${words[i]}|${words[j]}` : `${words[j]}|${words[i]}`;
        pairRuns.set(key, (pairRuns.get(key) ?? 0) + 1);
      }
    }
  }
  const units = new Uint16Array(1 << (COLLOCATION_BITS - 4));
  let pairs = 0;
  for (const [key, n] of pairRuns) {
    const [a, b] = key.split('|');
    if (n * clauses < COLLOCATION_LIFT * wordRuns.get(a) * wordRuns.get(b)) continue;
    pairs++;
    for (const bit of pairBits(wordHash(a), wordHash(b))) units[bit >>> 4] |= 1 << (bit & 15);
  }
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
  return { text, pairs };
}
