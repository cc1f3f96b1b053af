// Look-ups in an OpenCC phrase dictionary's own text ("key value|key value …", sorted by key in
// code-unit order, each key once: esbuild.mjs checks this when it writes the dictionaries file, and
// test/unit/sorted-phrases.test.ts checks opencc-js's data). A binary search over the text finds the
// phrases that begin at a position: nothing is parsed or indexed at load, where parsing the 49 k
// simplified→traditional phrases into a Map cost tens of milliseconds (and their garbage) on a fresh
// server's first traditional document, which then looks up a few hundred of them.

/** The code unit at s[i], read through `as` (0: unchanged) when given. */
function unitAt(s: string, i: number, as: Uint16Array | undefined): number {
  const c = s.charCodeAt(i);
  const mapped = as ? (as[c] ?? 0) : 0;
  return mapped === 0 ? c : mapped;
}

/** Where the key of the entry at `start` ends (its space; the entry's end when it has none). */
function keyEnd(text: string, start: number, end: number): number {
  const space = text.indexOf(' ', start);
  return space === -1 || space > end ? end : space;
}

/** Where the entry at `start` ends (its '|', or the text's end). */
function entryEnd(text: string, start: number): number {
  const bar = text.indexOf('|', start);
  return bar === -1 ? text.length : bar;
}

/**
 * Compares the key text[start, end) with the two code units a, b as strings compare (code units, a
 * shorter string first): negative when the key sorts before them.
 */
function comparePair(text: string, start: number, end: number, a: number, b: number): number {
  const first = start < end ? text.charCodeAt(start) : -1;
  if (first !== a) return first - a;
  const second = start + 1 < end ? text.charCodeAt(start + 1) : -1;
  return second - b;
}

/** How many pairs a SortedPhrases remembers the entries of before it starts over. */
const MEMO_LIMIT = 65536;

/** The entries whose keys begin with one pair of code units, in dictionary order. */
type PairEntries = readonly { key: string; value: string }[];

const NO_ENTRIES: PairEntries = [];

/**
 * A phrase dictionary's text searched in place. The entries whose keys begin with a pair are read out
 * of the text once and remembered: the pairs of running text recur (report language repeats its
 * words), and a pair met again costs one Map probe instead of a binary search, and no scan of the
 * text for the entries' bounds nor a new string for each value.
 */
export class SortedPhrases {
  /**
   * First code unit → second code unit → the entries whose keys begin with that pair. Two levels of
   * small-integer keys: one key a × 65536 + b of CJK units is past V8's small integers, and a Map
   * then hashes it as a boxed number.
   */
  private readonly pairs = new Map<number, Map<number, PairEntries>>();
  private remembered = 0;

  /** The dictionary texts, searched in this order: an earlier one's value for a key wins. */
  private readonly texts: readonly string[];

  constructor(...texts: string[]) {
    this.texts = texts;
  }

  /**
   * The values of the phrases whose keys begin at s[at], by key length: values[L] is the value of the
   * key s[at, at + L) (2 ≤ L ≤ maxLength, at + L ≤ end), left as it is where no key is or where it
   * already holds a value (an earlier dictionary's, which wins). Keys of one code unit are not looked
   * up (OpenCC's phrase dictionaries have none). With `as`, each code unit c of s is read as as[c]
   * (0: as itself): a text looked up as its character-by-character conversion, without building it.
   */
  valuesAt(s: string, at: number, maxLength: number, values: (string | undefined)[], end = s.length, as?: Uint16Array): void {
    if (at + 1 >= end) return;
    const a = unitAt(s, at, as);
    const b = unitAt(s, at + 1, as);
    let seconds = this.pairs.get(a);
    let entries = seconds?.get(b);
    if (entries === undefined) {
      entries = this.entriesWith(a, b);
      if (this.remembered++ >= MEMO_LIMIT) {
        this.pairs.clear();
        this.remembered = 1;
        seconds = undefined;
      }
      if (!seconds) this.pairs.set(a, (seconds = new Map<number, PairEntries>()));
      seconds.set(b, entries);
    }
    const longest = Math.min(maxLength, end - at);
    for (const { key, value } of entries) {
      const length = key.length;
      if (length > longest || values[length] !== undefined) continue;
      let same = true;
      for (let k = 2; k < length && same; k++) same = key.charCodeAt(k) === unitAt(s, at + k, as);
      if (same) values[length] = value;
    }
  }

  /**
   * The entries (with a value) whose keys begin with the code units a, b, read out of the texts: an
   * earlier text's first, so that valuesAt, which keeps the first value it finds for a length, lets
   * an earlier text win (a key is in one text at most once).
   */
  private entriesWith(a: number, b: number): PairEntries {
    const entries: { key: string; value: string }[] = [];
    for (const text of this.texts) {
      // The keys that begin with the pair follow one another (sorted): a few entries, usually one.
      for (let start = firstWith(text, a, b); start !== -1 && start < text.length; ) {
        const entryStop = entryEnd(text, start);
        const space = keyEnd(text, start, entryStop);
        if (comparePair(text, start, Math.min(space, start + 2), a, b) !== 0) break;
        if (space < entryStop) entries.push({ key: text.slice(start, space), value: text.slice(space + 1, entryStop) });
        start = entryStop + 1;
      }
    }
    return entries.length ? entries : NO_ENTRIES;
  }
}

/** Offset of the first entry of a sorted dictionary text whose key begins with the code units a, b (binary search), or −1. */
function firstWith(text: string, a: number, b: number): number {
  // The first entry whose key does not sort before them: positions lo and hi are entry starts.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('|', mid - 1) + 1;
    const end = entryEnd(text, start);
    if (comparePair(text, start, keyEnd(text, start, end), a, b) < 0) lo = end + 1;
    else hi = start;
  }
  if (lo >= text.length) return -1;
  const space = keyEnd(text, lo, entryEnd(text, lo));
  return comparePair(text, lo, Math.min(space, lo + 2), a, b) === 0 ? lo : -1;
}

/**
 * Whether `text` is a phrase dictionary SortedPhrases can search: every entry "key value" with a key of
 * two or more code units, the keys in code-unit order, none twice.
 */
export function isSortedPhraseText(text: string): boolean {
  let previous = '';
  for (const entry of text.split('|')) {
    const space = entry.indexOf(' ');
    if (space < 2) return false;
    const key = entry.slice(0, space);
    if (previous !== '' && !(previous < key)) return false;
    previous = key;
  }
  return true;
}
