// Sentence and clause edges (text/sentences.ts): the rules that look within one sentence all use these,
// and each stop pattern's answer per character is kept in a table, which must answer as the pattern does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLAUSE_END, FULL_STOP, MAX_SENTENCE, sentenceEnd, sentenceStart } from '../../server/src/text/sentences';

describe('sentenceStart and sentenceEnd', () => {
  const text = '全年共破获案件120起；其中盗窃案56起，诈骗案38起。同比下降5%！下一句';

  it('find the sentence around an offset: after the previous 。！？；, up to the next', () => {
    const at = text.indexOf('盗窃');
    assert.equal(sentenceStart(text, at), text.indexOf('其中'));
    assert.equal(sentenceEnd(text, at), text.indexOf('。'));
    assert.equal(sentenceStart(text, text.indexOf('下降')), text.indexOf('同比'));
    assert.equal(sentenceEnd(text, text.indexOf('下一句')), text.length);
  });

  it('take other stop patterns: full stops only, or clause ends with commas', () => {
    const at = text.indexOf('诈骗');
    assert.equal(sentenceStart(text, at, FULL_STOP), 0); // the ；does not stop it
    assert.equal(sentenceStart(text, at, CLAUSE_END), at);
    assert.equal(sentenceEnd(text, text.indexOf('盗窃'), CLAUSE_END), text.indexOf('，'));
    // The same text again, after the tables learnt these characters: the same answers.
    assert.equal(sentenceStart(text, at, FULL_STOP), 0);
    assert.equal(sentenceStart(text, at), text.indexOf('其中'));
  });

  it('answer at every offset as testing the pattern on each character does, global and sticky patterns included', () => {
    // The walk as it was written before the tables: a one-character string and a test() per character.
    const start = (t: string, at: number, stops: RegExp) => {
      let i = at;
      while (i > Math.max(0, at - MAX_SENTENCE) && !stops.test(t.charAt(i - 1))) i--;
      return i;
    };
    const end = (t: string, at: number, stops: RegExp) => {
      let i = at;
      while (i < Math.min(t.length, at + MAX_SENTENCE) && !stops.test(t.charAt(i))) i++;
      return i;
    };
    const sample = `${text}\ud842。𠮷；!?,:`;
    for (const pattern of [FULL_STOP, CLAUSE_END, /[。；]/, /[。；]/g, /[。]/y]) {
      for (let at = 0; at <= sample.length; at++) {
        pattern.lastIndex = 0;
        const expected = [start(sample, at, pattern), end(sample, at, pattern)];
        pattern.lastIndex = 0;
        assert.deepEqual([sentenceStart(sample, at, pattern), sentenceEnd(sample, at, pattern)], expected, `${String(pattern)} at ${at}`);
      }
    }
  });

  it('look at most MAX_SENTENCE characters either way', () => {
    const long = '字'.repeat(2 * MAX_SENTENCE);
    assert.equal(sentenceStart(long, long.length), long.length - MAX_SENTENCE);
    assert.equal(sentenceEnd(long, 0), MAX_SENTENCE);
  });

  it('take a shorter bound when asked (figure-consistency reads 200 characters of the sentence before)', () => {
    const long = `前一句。${'字'.repeat(300)}`;
    assert.equal(sentenceStart(long, long.length, FULL_STOP, 200), long.length - 200);
    assert.equal(sentenceStart(long, 10, FULL_STOP, 200), 4);
  });
});
