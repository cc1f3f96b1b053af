// Minimal edits between two texts, so "fix all" and fix-on-save touch only what changed
// (cursor, folding and other extensions' markers stay put elsewhere).
import type { TextEdit } from '../engine/types';
import { isHighSurrogate, isLowSurrogate } from '../text/chars';

/** Above this many differences within one changed region, fall back to one replacement. */
const MAX_CHAR_DIFF = 400;

/** Edits (offsets into `before`, non-overlapping, sorted) that turn `before` into `after`. */
export function diffTexts(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const edits: TextEdit[] = [];
  if (a.length === b.length) {
    // Fixes rarely add or remove line breaks: compare line by line.
    let offset = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) edits.push(...diffChars(a[i], b[i], offset));
      offset += a[i].length;
    }
    return edits;
  }
  // Line structure changed: diff the region between the common head and tail lines.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offset = a.slice(0, head).join('').length;
  return diffChars(a.slice(head, a.length - tail).join(''), b.slice(head, b.length - tail).join(''), offset);
}

/** Lines with their line breaks attached, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Character-level edits turning `a` into `b` (Myers' O(ND) diff), offsets shifted by `base`. */
export function diffChars(a: string, b: string, base = 0): TextEdit[] {
  // Trim the common prefix and suffix first: the diff only runs on the changed middle.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  // Never cut a surrogate pair in half.
  if (prefix > 0 && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix--;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  const start = base + prefix;
  if (x === '' || y === '') return [{ start, end: start + x.length, text: y }];
  const script = myers(x, y);
  if (!script) return [{ start, end: start + x.length, text: y }];
  return script.map((e) => ({ start: start + e.start, end: start + e.end, text: e.text }));
}

/**
 * The shortest edit script from x to y as merged replacements, or undefined when the
 * texts differ in more than MAX_CHAR_DIFF places (then one replacement is as good).
 */
function myers(x: string, y: string): TextEdit[] | undefined {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_CHAR_DIFF);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let px = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let py = px - k;
      while (px < n && py < m && x.charCodeAt(px) === y.charCodeAt(py)) {
        px++;
        py++;
      }
      v[offset + k] = px;
      if (px >= n && py >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the trace, collecting single deletions and insertions.
  const ops: { kind: 'del' | 'ins'; at: number; ch: string }[] = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = px - py;
    const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (px > prevX && py > prevY) {
      px--;
      py--;
    }
    if (down) ops.push({ kind: 'ins', at: prevX, ch: y[prevY] });
    else ops.push({ kind: 'del', at: prevX, ch: x[prevX] });
    px = prevX;
    py = prevY;
  }
  ops.reverse();
  // Merge runs of operations at adjacent positions into replacements.
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const last = edits[edits.length - 1];
    const start = op.at;
    const end = op.kind === 'del' ? op.at + 1 : op.at;
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      if (op.kind === 'ins') last.text += op.ch;
    } else {
      edits.push({ start, end, text: op.kind === 'ins' ? op.ch : '' });
    }
  }
  return fixSurrogates(edits, x);
}

/** Widen edits that start or end inside a surrogate pair of the original text. */
function fixSurrogates(edits: TextEdit[], x: string): TextEdit[] | undefined {
  for (const e of edits) {
    if ((e.start > 0 && isLowSurrogate(x.charCodeAt(e.start))) || (e.end < x.length && isLowSurrogate(x.charCodeAt(e.end)))) {
      return undefined; // rare (astral characters changed): the caller falls back to one replacement
    }
  }
  return edits;
}
