// "Fix all" on a real draft: seed 004 has only half-width commas (and a few other half-width marks)
// and one doubled word. After fixAll with every rule at its default, every Chinese comma is
// full-width and nothing else changed except the doubled word 动员动员 → 动员 (repeated-word).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fixAll, resolveConfig } from '../../server/src/engine';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

interface Hunk {
  line: number;
  removed: string;
  added: string;
}

/** Character-level differences of two lines (longest common subsequence), grouped into hunks. */
function diffLine(a: string, b: string, line: number): Hunk[] {
  const n = a.length;
  const m = b.length;
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let i = 0;
  let j = 0;
  const flush = () => {
    if (current) hunks.push(current);
    current = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j])) {
      current ??= { line, removed: '', added: '' };
      current.added += b[j++];
    } else {
      current ??= { line, removed: '', added: '' };
      current.removed += a[i++];
    }
  }
  flush();
  return hunks;
}

function diff(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length, 'fixing must not add or remove lines');
  return a.flatMap((line, k) => (line === b[k] ? [] : diffLine(line, b[k], k + 1)));
}

describe('fixAll on seed 004', () => {
  const original = readFileSync('seeds/004_ad60cba661282f96.txt', 'utf8');
  const fixed = fixAll(original, { config: resolveConfig() }).text;
  const hunks = diff(original, fixed);

  it('leaves no half-width comma in Chinese text', () => {
    assert.equal(fixed.match(/,/g), null, 'seed 004 has no number with a thousands separator, so no comma may remain');
    assert.ok(fixed.includes('7月份、8月份渭南全市刑事类、治安类警情和刑事立案数同比分别下降10.98%、8.5%、61.3%和9.2%，以实际成效'));
  });

  it('changes only half-width marks to full-width ones, and the doubled word', () => {
    const unexpected = hunks.filter((h) => {
      const widened = h.removed.length > 0 && h.removed.length === h.added.length && [...h.removed].every((c, k) => FULL[c] === h.added[k]);
      const doubledWord = h.removed === '动员' && h.added === '' && fixed.split('\n')[h.line - 1].includes('广泛动员加强');
      return !widened && !doubledWord;
    });
    assert.deepEqual(unexpected, []);
  });

  it('keeps numbers, times and case numbers as they are', () => {
    for (const kept of ['2024-10-15 10:44:40', '1.31生产销售', '“4.03”', '“1、3、5”分钟', '10.98%']) assert.ok(fixed.includes(kept), kept);
  });

  it('converts the source line at the end as a whole', () => {
    assert.ok(fixed.includes('正呈熠熠生辉之态！（来源：渭南日报）'));
    assert.ok(fixed.includes('责任编辑：渭南站'));
  });

  it('is a fixpoint: fixing again changes nothing', () => {
    assert.equal(fixAll(fixed, { config: resolveConfig() }).fixed, 0);
  });
});
