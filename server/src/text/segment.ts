// Chinese word segmentation through the built-in Intl.Segmenter (ICU's dictionary).
// ICU segmentation is quadratic on long strings, so callers pass short windows only
// (a few characters around a candidate), never a paragraph.

let segmenter: Intl.Segmenter | undefined;

function zhWords(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Word boundaries of a short window, as offsets into it (always includes 0 and window.length). */
export function wordBoundaries(window: string): Set<number> {
  const boundaries = new Set<number>([0, window.length]);
  for (const { index } of zhWords().segment(window)) boundaries.add(index);
  return boundaries;
}

/** The word that begins `window` (as ICU reads it). */
export function firstWord(window: string): string {
  for (const { segment } of zhWords().segment(window)) return segment;
  return '';
}

/** The word that ends `window` (as ICU reads it). */
export function lastWord(window: string): string {
  let last = '';
  for (const { segment } of zhWords().segment(window)) last = segment;
  return last;
}
