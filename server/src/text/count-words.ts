// Many words counted in one pass over many texts (wrong-character's checkDocument: the recurrence of each suspect's
// words in a long document). Round 36.

/** Slots of the hashed filter over the first two code units of the longer words (a power of two). */
const PAIR_SLOTS = 1 << 16;

/** The slot of the pair (first, second) in countWordsInTexts' filter. */
function pairSlot(first: number, second: number): number {
  return ((first << 5) ^ second) & (PAIR_SLOTS - 1);
}

/**
 * Counts each word of `words` that `counts` does not have yet into it: how often it occurs in the texts, overlapping
 * occurrences counted (as a loop of `indexOf(word, at + 1)` counts them) and never across two texts. Empty words and
 * words `counts` has are left alone; a word listed twice is counted once.
 *
 * One pass over the texts, each code unit read once: at each position, the pair of code units there is looked up in a
 * hashed filter of the longer words' first two (one table read; a pair that passes is looked up exactly, then its
 * words compared), and a one-unit word in a table of its own (only when there is one). Until round 36 the words were
 * found by their first code unit alone: the 257 distinct words of the bench's 10 MB text's 357 suspects start with
 * 120 characters, which start 30 % of its 3.5 M characters (4.3 M comparisons); their first two start 79 k positions.
 */
export function countWordsInTexts(texts: readonly { readonly text: string }[], words: readonly string[], counts: Map<string, number>): void {
  const list: string[] = [];
  for (const word of words) {
    if (!word || counts.has(word)) continue;
    counts.set(word, 0);
    list.push(word);
  }
  if (list.length === 0) return;
  /** 1 for a code unit that is a word of its own. */
  const isWord = new Uint8Array(65536);
  const pairs = new Uint8Array(PAIR_SLOTS);
  /** The one-unit words by their code unit (index into list). */
  const single = new Map<number, number>();
  /** The longer words by their first two code units (first · 65,536 + second), indices into list. */
  const byPair = new Map<number, number[]>();
  for (let k = 0; k < list.length; k++) {
    const word = list[k] ?? '';
    const first = word.charCodeAt(0);
    if (word.length === 1) {
      isWord[first] = 1;
      single.set(first, k);
      continue;
    }
    const second = word.charCodeAt(1);
    pairs[pairSlot(first, second)] = 1;
    const key = first * 65536 + second;
    const bucket = byPair.get(key);
    if (bucket) bucket.push(k);
    else byPair.set(key, [k]);
  }
  const found = new Int32Array(list.length);
  const singles = single.size > 0;
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]?.text ?? '';
    const length = text.length;
    if (length === 0) continue;
    // Each code unit read once: the pair (first, second) at i, then second becomes the next first.
    let first = text.charCodeAt(0);
    for (let i = 0; i < length; i++) {
      const second = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (singles && isWord[first] === 1) {
        const k = single.get(first) ?? 0;
        found[k] = (found[k] ?? 0) + 1;
      }
      if (second >= 0 && pairs[pairSlot(first, second)] !== 0) {
        const bucket = byPair.get(first * 65536 + second);
        for (let b = 0; bucket && b < bucket.length; b++) {
          const k = bucket[b] ?? 0;
          if (text.startsWith(list[k] ?? '', i)) found[k] = (found[k] ?? 0) + 1;
        }
      }
      first = second;
    }
  }
  for (let k = 0; k < list.length; k++) counts.set(list[k] ?? '', found[k] ?? 0);
}
