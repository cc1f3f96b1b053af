// Chinese word segmentation through the built-in Intl.Segmenter (ICU's dictionary).
// ICU segmentation is quadratic on long strings and costs about 0.1 ms per call even on short
// ones, so callers pass short windows only (a few characters around a candidate), and results
// are memoized: repetitive text (tables, pasted blocks) asks for the same windows again and again.

let segmenter: Intl.Segmenter | undefined;
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 4096;

/** The words of a short window, in order. */
export function words(window: string): string[] {
  let result = memo.get(window);
  if (!result) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    result = Array.from(segmenter.segment(window), (s) => s.segment);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(window, result);
  }
  return result;
}

/** Word boundaries of a short window, as offsets into it (always includes 0 and window.length). */
export function wordBoundaries(window: string): Set<number> {
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const word of words(window)) boundaries.add((offset += word.length));
  return boundaries;
}

/** The word that begins `window` (as ICU reads it). */
export function firstWord(window: string): string {
  return words(window)[0] ?? '';
}

/** The word that ends `window` (as ICU reads it). */
export function lastWord(window: string): string {
  const all = words(window);
  return all[all.length - 1] ?? '';
}
