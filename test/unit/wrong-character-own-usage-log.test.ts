// wrong-character, round 36 (s36-wcslips, issue 12 recall in report text): the writer's own usage (round 35's
// ownUsageSlips) reports a slip short of the threshold only where the document writes the corrected word between
// the same two neighbours elsewhere. Round 36 measured looser document evidence (the corrected word with one
// neighbour, the corrected word often, the written character's pairs unique) through OWN_USAGE.observe and kept none:
// each gained injected slips but flagged as many near misses in clean text (docs/history/wrong-character.md, round 36).
// The sentence is 榆林 2014's heading with the slip eval:inject put into it (健全制度 → 健全支度).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument, resolveConfig, RULES } from '../../server/src/engine';
import { OWN_USAGE } from '../../server/src/rules/wrong-character';
import { recordOwnUsage, stopRecordingOwnUsage } from '../../bench/wc-own-usage-record';
import { testRule } from '../helpers/ruleTester';

const HEADING = '（七）加大投入，健全支度，着力建设美丽榆林。';

testRule('wrong-character', {
  valid: [
    {
      text: `${HEADING}\n完善制度，落实制度，执行制度，推动制度体系建设。`,
      why: 'round 36: the document writes 制度 and 制度， (the corrected word with its right neighbour) but never 全制度，: one-sided usage is no evidence (45 near misses in clean text per 20 injected slips gained)',
    },
    { text: '（七）加大投入，健全制度，着力建设美丽榆林。\n完善制度，落实制度。', why: 'round 36: the heading as written in 榆林 2014' },
  ],
  invalid: [
    {
      text: `${HEADING}\n完善制度，落实制度，执行制度，健全制度，抓好落实。`,
      why: 'round 35 (ownUsageSlips): the document writes 健全制度， elsewhere, the written 支度 only here',
      output: '（七）加大投入，健全制度，着力建设美丽榆林。\n完善制度，落实制度，执行制度，健全制度，抓好落实。',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“支度”疑为“制度”（同音别字：“支”应为“制”），请核对。' }],
    },
  ],
});

describe('wrong-character OWN_USAGE.observe (round 36, measuring only)', () => {
  const config = resolveConfig({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'wrong-character' ? 'warn' : 'off'])) });
  const text = `${HEADING}\n完善制度，落实制度，执行制度，推动制度体系建设。`;

  it('records the own-usage suspect with the document counts, and changes no finding', () => {
    const without = lintDocument(text, { config }).findings;
    const logged = recordOwnUsage();
    try {
      assert.deepEqual(lintDocument(text, { config }).findings, without);
    } finally {
      stopRecordingOwnUsage();
    }
    assert.equal(OWN_USAGE.observe, undefined);
    assert.equal(without.length, 0);
    assert.equal(logged.length, 1);
    const [entry] = logged;
    assert.equal(entry?.['word'], '制度');
    assert.equal(entry?.['written'], 1);
    assert.equal(entry?.['both'], 0);
    assert.equal(entry?.['left'], 0);
    assert.equal(entry?.['right'], 3);
    assert.equal(entry?.['wordCount'], 4);
    assert.equal(entry?.['kept'], true);
  });
});
