// The rule id a mistyped one most likely meant (repeatd-word → repeated-word), so that a message about an unknown id
// can name it instead of listing all nineteen.

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`; one flat table of (a+1) × (b+1). */
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Uint16Array((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const at = i * width + j;
      let best = Math.min((d[at - width] ?? 0) + 1, (d[at - 1] ?? 0) + 1, (d[at - width - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[at - 2 * width - 2] ?? 0) + 1);
      d[at] = best;
    }
  }
  return d[a.length * width + b.length] ?? 0;
}

/** The one id within two edits of `id` (letter case and _ for - ignored), or undefined when none or several are. */
export function closestId(id: string, ids: readonly string[]): string | undefined {
  const typed = id.toLowerCase().replace(/_/g, '-');
  const near = ids.filter((known) => editDistance(typed, known) <= 2);
  return near.length === 1 ? near[0] : undefined;
}
