// The minimal edits the server sends for "fix all" and fix-on-save: applying them must give the
// fixed text exactly, and they must touch only what changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, fixAll } from '../../server/src/engine';
import { diffChars, diffTexts } from '../../server/src/lsp/diff';
import { readFileSync } from 'node:fs';
import { seedPath } from './harness';

describe('diffTexts', () => {
  it('turns half-width commas into full-width ones with one small edit each', () => {
    const before = '首先,加强领导,压实责任。\n其次,强化保障。';
    const after = '首先，加强领导，压实责任。\n其次，强化保障。';
    const edits = diffTexts(before, after);
    assert.deepEqual(edits, [
      { start: 2, end: 3, text: '，' },
      { start: 7, end: 8, text: '，' },
      { start: 16, end: 17, text: '，' },
    ]);
    assert.equal(applyEdits(before, edits).text, after);
  });

  it('handles a deletion and line-count changes', () => {
    const before = '广泛动员动员加强\n\n第二段';
    const after = '广泛动员加强\n第二段';
    const edits = diffTexts(before, after);
    assert.equal(applyEdits(before, edits).text, after);
    assert.ok(edits.every((e) => e.end - e.start <= 3), JSON.stringify(edits));
  });

  it('returns nothing for equal texts and keeps surrogate pairs whole', () => {
    assert.deepEqual(diffTexts('一样', '一样'), []);
    const before = '𠀀甲𠀁';
    const after = '𠀀乙𠀂';
    for (const e of diffChars(before, after)) {
      assert.ok(!/[\udc00-\udfff]/.test(before[e.start] ?? '') || e.start === 0, 'no edit starts inside a pair');
    }
    assert.equal(applyEdits(before, diffChars(before, after)).text, after);
  });

  it('reproduces fixAll on every seed with edits far smaller than the text', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const before = readFileSync(seedPath(prefix), 'utf8');
      const after = fixAll(before).text;
      const edits = diffTexts(before, after);
      assert.equal(applyEdits(before, edits).text, after, prefix);
      const touched = edits.reduce((n, e) => n + (e.end - e.start), 0);
      assert.ok(touched < before.length / 10, `${prefix}: ${touched} of ${before.length} characters replaced`);
    }
  });

  it('is exact on arbitrary texts (property)', () => {
    const alphabet = fc.constantFrom('甲', '乙', ',', '，', '\n', '\r\n', 'a', ' ', '𠀀');
    const text = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffTexts(before, after);
        assert.equal(applyEdits(before, edits).text, after);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, 'sorted, not overlapping');
      }),
      { numRuns: 500 },
    );
  });
});
