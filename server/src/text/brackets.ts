// Round brackets in running text, （ ） and ( ), for the number readers that leave a note in brackets out of a total or a
// list of parts (part-exceeds-whole, the parts sum of figure-consistency). One scan, so both agree on what is inside.

/** （ or ( */
export function isOpenBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/** ） or ) */
export function isCloseBracket(code: number): boolean {
  return code === 0xff09 || code === 0x29;
}

/**
 * Which offsets of [from, to) stand inside round brackets, nested or not (the brackets themselves count as inside; the
 * readers ask about figures and separators, never about a bracket). A closing bracket with none open is passed over.
 *
 * `unclosed` says what a bracket still open at `to` does:
 * - 'inside': everything after it is inside (the parts sum: 盗窃案56起（含入室盗窃20起、… cut by the window is still a note);
 * - 'outside': it counts for nothing, and neither do the brackets opened and closed after it (part-exceeds-whole reads the
 *   text before 其中, and a bracket open there holds 其中 itself: …（全年共办理30件，其中… — the figures in it are the whole's
 *   candidates, not a closed note on a figure before them).
 *
 * One pass; the outermost pairs are kept as spans (a byte per offset, the parts sum's old way, allocated a typed array
 * for every 其中 part-exceeds-whole reads).
 */
export function insideBrackets(text: string, from: number, to: number, unclosed: 'inside' | 'outside'): (at: number) => boolean {
  const spans: number[] = []; // the outermost pairs in order: where each opens and where it closes
  let depth = 0;
  let outermost = from; // where the outermost bracket open now was opened
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c)) {
      if (depth++ === 0) outermost = i;
    } else if (isCloseBracket(c) && depth > 0 && --depth === 0) spans.push(outermost, i);
  }
  if (depth > 0 && unclosed === 'inside') spans.push(outermost, to - 1);
  if (spans.length === 0) return outside;
  // The readers ask in text order, mostly (figures, then separators, left to right): start from the pair answered last and
  // step on; a question further back searches the pairs.
  let k = 0;
  return (at) => {
    if (at < from || at >= to) return false;
    if ((spans[2 * k] ?? Infinity) > at) k = lastOpeningAtOrBefore(spans, at);
    while ((spans[2 * k + 2] ?? Infinity) <= at) k++;
    return (spans[2 * k] ?? Infinity) <= at && at <= (spans[2 * k + 1] ?? -1);
  };
}

/** The index of the last pair in `spans` that opens at or before `at`, or 0 when none does. */
function lastOpeningAtOrBefore(spans: readonly number[], at: number): number {
  let low = 0;
  let high = spans.length / 2 - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[2 * middle] ?? Infinity) <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** No offset is inside (a window without brackets: most are). */
function outside(): boolean {
  return false;
}
