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
 * One pass and a byte per offset: the question is asked once per figure and once per separator.
 */
export function insideBrackets(text: string, from: number, to: number, unclosed: 'inside' | 'outside'): (at: number) => boolean {
  const inside = new Uint8Array(Math.max(0, to - from));
  let depth = 0;
  let outermost = from; // where the outermost bracket open now was opened
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c) && depth++ === 0) outermost = i;
    if (depth > 0) inside[i - from] = 1;
    if (isCloseBracket(c) && depth > 0) depth--;
  }
  if (depth > 0 && unclosed === 'outside') inside.fill(0, outermost - from);
  return (at) => at >= from && at < to && inside[at - from] === 1;
}
