// The benches' way to change wrong-character's thresholds (text/wrong-character-tuning.ts): every change counts, so
// the rule's guarded copy of the thresholds (made once, not per position) is made again after one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';
import { DEFAULT_THRESHOLDS } from '../../server/src/text/wrong-character-model';
import { resetThresholds, setThresholds, thresholdChanges } from '../../server/src/text/wrong-character-tuning';

describe('wrong-character: thresholds changed through wrong-character-tuning', () => {
  it('a guarded position (a formal function character) reads the thresholds as they stand at each lint', () => {
    const text = '延长2020年春节假其至2月2日，2月3日起正常上班。';
    const found = () => findingsOf('wrong-character', text).map((f) => [f.line, f.column, f.fix?.text]);
    const defaults = JSON.parse(JSON.stringify(DEFAULT_THRESHOLDS)) as typeof DEFAULT_THRESHOLDS;
    assert.deepEqual(found(), [[1, 11, '期']]);
    try {
      // The guarded positions' minCharGain is the larger of DEFAULT_THRESHOLDS' and FORMAL_MIN_CHAR_GAIN (10).
      const before = thresholdChanges();
      setThresholds({ minCharGain: 100 });
      assert.equal(thresholdChanges(), before + 1);
      assert.deepEqual(found(), []);
      resetThresholds(defaults);
      assert.deepEqual(found(), [[1, 11, '期']]);
      // A dotted name sets one field of a nested threshold; a nested threshold given whole replaces it.
      setThresholds({ 'kindPenalty.same': 100 });
      assert.equal(DEFAULT_THRESHOLDS.kindPenalty.near, defaults.kindPenalty.near);
      assert.deepEqual(found(), []);
      setThresholds({ kindPenalty: { ...defaults.kindPenalty } });
      assert.deepEqual(found(), [[1, 11, '期']]);
      // An experimental name the defaults lack is let through, and a reset removes it.
      setThresholds({ trialOnly: 1 });
      resetThresholds(defaults);
      assert.ok(!('trialOnly' in DEFAULT_THRESHOLDS));
    } finally {
      resetThresholds(defaults);
    }
    assert.deepEqual(DEFAULT_THRESHOLDS, defaults);
    assert.deepEqual(found(), [[1, 11, '期']]);
  });
});
