// LintCache (engine/cache.ts), round 38: entries are found by a hash of the paragraph text and compared with it in
// full, and keyed by strings that share the document's storage. What must hold: a lint with the cache gives exactly
// lintDocument()'s findings after any edit (an edited paragraph is re-linted, an undo, identical paragraphs, two
// texts of the same hash, masked paragraphs), and the entries follow the document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashText } from '../../server/src/engine/cache';
import { LintCache, lintDocument, type Finding, type LanguageId } from '../../server/src/engine';

const key = (f: Finding) => `${f.ruleId} ${f.start}-${f.end} ${f.message} ${f.fix?.text ?? ''}`;
const findings = (text: string, cache?: LintCache, languageId: LanguageId = 'plaintext') => lintDocument(text, { cache, languageId }).findings.map(key);

/** Real report sentences: one with a repeated word (的的), one with half-width punctuation, one clean. */
const REPEATED = '我们要坚持以人民为中心的的发展思想，推动高质量发展。';
const HALF_WIDTH = '全年地区生产总值增长6.5%,城乡居民收入稳步增长。';
const CLEAN = '扎实推进乡村振兴，农业农村现代化迈出新步伐。';
/** Two texts of the same hashText() (found by search): only the first has a repeated word. */
const SAME_HASH = ['我们要推动的的年质务升服服投务城。', '我们要推动投出工口产口年济费入生。'] as const;

describe('LintCache', () => {
  it('a changed paragraph is re-linted, the others are not; findings are lintDocument()\'s after each edit', () => {
    const cache = new LintCache();
    const text = [CLEAN, HALF_WIDTH, CLEAN.replace('乡村', '城乡'), REPEATED].join('\n');
    assert.deepEqual(findings(text, cache), [
      `fullwidth-punctuation 37-38 中文里用了半角“,”，应为全角“，”（GB/T 15834-2011）。 ，`,
      `repeated-word 84-86 “的的”：单字重复，疑为多打（证据较弱）；如属多打，删去一个“的”。 `,
    ]);
    assert.deepEqual(findings(text, new LintCache()), findings(text));
    const rules = cache.misses / 4; // the paragraph rules run on each of the four new paragraphs
    assert.ok(Number.isInteger(rules) && rules > 0);
    assert.equal(cache.size, 4);
    // The repeated word typed away: one paragraph's rules run again, the three others are hits.
    const edited = text.replace('的的', '的');
    assert.deepEqual(findings(edited, cache), findings(edited));
    assert.equal(cache.misses, rules);
    assert.equal(cache.hits, 3 * rules);
    assert.ok(!findings(edited, cache).some((f) => f.startsWith('repeated-word')));
    // Undo: the paragraph of before is linted again (its entry went with the edit) and found again.
    assert.deepEqual(findings(text, cache), findings(text));
    assert.ok(findings(text, cache).some((f) => f.startsWith(`repeated-word ${text.indexOf('的的')}-`)));
    assert.equal(cache.size, 4);
  });

  it('identical paragraphs share one entry and each gets its findings at its own place', () => {
    const cache = new LintCache();
    const text = [REPEATED, CLEAN, REPEATED, HALF_WIDTH, REPEATED].join('\n');
    const got = findings(text, cache);
    assert.deepEqual(got, findings(text));
    assert.equal(got.filter((f) => f.startsWith('repeated-word')).length, 3);
    assert.equal(cache.size, 3);
    // Lines inserted above: every paragraph moves, none is linted again.
    const moved = `${CLEAN}\n${HALF_WIDTH}\n${text}`;
    assert.deepEqual(findings(moved, cache), findings(moved));
    assert.equal(cache.misses, 0);
    // One of the copies edited: the other two keep the entry.
    const oneEdited = moved.replace(REPEATED, REPEATED.replace('的的', '的'));
    assert.deepEqual(findings(oneEdited, cache), findings(oneEdited));
    assert.equal(cache.size, 4);
  });

  it('two texts of the same hash are two entries, each with its own findings', () => {
    assert.equal(hashText(SAME_HASH[0]), hashText(SAME_HASH[1]));
    assert.notEqual(SAME_HASH[0], SAME_HASH[1]);
    for (const order of [[0, 1], [1, 0]]) {
      const cache = new LintCache();
      const text = order.map((i) => SAME_HASH[i]).join('\n');
      const got = findings(text, cache);
      assert.deepEqual(got, findings(text));
      assert.equal(got.filter((f) => f.startsWith('repeated-word')).length, 1);
      assert.equal(cache.size, 2);
      // Each alone after the other: the one left keeps its entry, the other's is dropped.
      for (const alone of SAME_HASH) {
        assert.deepEqual(findings(alone, cache), findings(alone));
        assert.equal(cache.size, 1);
      }
      // The second of a chain edited away and back.
      const both = SAME_HASH.join('\n');
      assert.deepEqual(findings(both, cache), findings(both));
      const edited = both.replace(SAME_HASH[1], CLEAN);
      assert.deepEqual(findings(edited, cache), findings(edited));
      assert.equal(cache.size, 2);
      assert.deepEqual(findings(both, cache), findings(both));
    }
  });

  it('masked paragraphs (Markdown code spans, disable comments) are keyed by their masked text', () => {
    const cache = new LintCache();
    // The same raw text masked in one place and not in the other: a code span that opens on the line before.
    const code = '增长6.5%,`x,y`,城乡居民收入稳步增长。';
    const text = [REPEATED, code, `${CLEAN} <!-- gongwen-disable-line -->`, code.replace(/`/g, ''), HALF_WIDTH].join('\n');
    for (const languageId of ['markdown', 'plaintext'] as const) {
      assert.deepEqual(findings(text, cache, languageId), findings(text, undefined, languageId));
      const edited = text.replace('x,y', 'x,z');
      assert.deepEqual(findings(edited, cache, languageId), findings(edited, undefined, languageId));
      assert.deepEqual(findings(text, cache, languageId), findings(text, undefined, languageId));
    }
  });

  it('a long edit session gives lintDocument()\'s findings at every step', () => {
    const cache = new LintCache();
    const lines = [REPEATED, CLEAN, HALF_WIDTH, ...SAME_HASH, CLEAN, REPEATED];
    let text = lines.join('\n');
    for (let step = 0; step < 40; step++) {
      const at = (step * 7) % text.length;
      // Type a character, delete one, join two lines, split one: in turns.
      const kind = step % 4;
      text = kind === 0 ? `${text.slice(0, at)}的${text.slice(at)}`
        : kind === 1 ? `${text.slice(0, at)}${text.slice(at + 1)}`
          : kind === 2 ? text.replace('\n', '')
            : `${text.slice(0, at)}\n${text.slice(at)}`;
      assert.deepEqual(findings(text, cache), findings(text), `step ${step}`);
    }
  });
});
