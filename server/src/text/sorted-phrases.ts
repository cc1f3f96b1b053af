// Look-ups in an OpenCC phrase dictionary's own text ("key value|key value …", sorted by key in
// code-unit order, each key once: esbuild.mjs checks this when it writes the dictionaries file, and
// test/unit/sorted-phrases.test.ts checks opencc-js's data). A binary search over the text finds the
// phrases that begin at a position: nothing is parsed or indexed at load, where parsing the 49 k
// simplified→traditional phrases into a Map cost tens of milliseconds (and their garbage) on a fresh
// server's first traditional document, which then looks up a few hundred of them.

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

/**
 * The values of the phrases whose keys begin at s[at], by key length: values[L] is the value of the
 * key s[at, at + L) (2 ≤ L ≤ maxLength, at + L ≤ s.length), undefined where no key is. Keys of one
 * code unit are not looked up (OpenCC's phrase dictionaries have none).
 */
export function phrasesAt(text: string, s: string, at: number, maxLength: number, values: (string | undefined)[]): void {
  if (at + 1 >= s.length) return;
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  // The first entry whose key does not sort before s[at, at + 2): positions lo and hi are entry starts.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('|', mid - 1) + 1;
    const end = entryEnd(text, start);
    if (comparePair(text, start, keyEnd(text, start, end), a, b) < 0) lo = end + 1;
    else hi = start;
  }
  // The keys that begin with the pair follow one another (sorted): a few entries, usually one or none.
  const longest = Math.min(maxLength, s.length - at);
  for (let start = lo; start < text.length; ) {
    const end = entryEnd(text, start);
    const space = keyEnd(text, start, end);
    if (comparePair(text, start, Math.min(space, start + 2), a, b) !== 0) return;
    const length = space - start;
    if (space < end && length <= longest && values[length] === undefined && s.startsWith(text.slice(start, space), at)) {
      values[length] = text.slice(space + 1, end);
    }
    start = end + 1;
  }
}

/**
 * Whether `text` is a phrase dictionary phrasesAt can search: every entry "key value" with a key of
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
