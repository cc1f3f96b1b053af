import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { stPhraseMap, stPhraseTexts } from '../../server/src/text/opencc';
import { isSortedPhraseText, SortedPhrases } from '../../server/src/text/sorted-phrases';

function valuesAt(text: string, s: string, at: number, maxLength = 7): (string | undefined)[] {
  const values: (string | undefined)[] = [];
  new SortedPhrases(text).valuesAt(s, at, maxLength, values);
  return Array.from(values); // holes as undefined
}

describe('SortedPhrases (binary search in a sorted OpenCC dictionary text)', () => {
  const text = '一个 一個|一个个 一個個|一了百了 一了百了|下面 下麪|面条 麪條';

  it('finds every key that begins at the position, by length', () => {
    assert.deepEqual(valuesAt(text, '一个个人', 0), [undefined, undefined, '一個', '一個個']);
    assert.deepEqual(valuesAt(text, '吃面条', 1), [undefined, undefined, '麪條']);
    assert.deepEqual(valuesAt(text, '一了百了', 0), [undefined, undefined, undefined, undefined, '一了百了']);
  });

  it('finds nothing for a pair no key begins with, a key past the end or longer than asked', () => {
    assert.deepEqual(valuesAt(text, '一了', 0), []);
    assert.deepEqual(valuesAt(text, '个人', 0), []);
    assert.deepEqual(valuesAt(text, '一个个', 1), []);
    assert.deepEqual(valuesAt(text, '一个个', 0, 2), [undefined, undefined, '一個']);
    assert.deepEqual(valuesAt(text, '面', 0), []);
  });

  it('answers a pair met again as the first time (remembered where its keys start, or that none does)', () => {
    const phrases = new SortedPhrases(text);
    for (let round = 0; round < 2; round++) {
      const found: (string | undefined)[] = [];
      phrases.valuesAt('一个个', 0, 7, found);
      assert.deepEqual(Array.from(found), [undefined, undefined, '一個', '一個個']);
      const none: (string | undefined)[] = [];
      phrases.valuesAt('个人', 0, 7, none);
      assert.equal(none.length, 0);
    }
  });

  it('reads the text through a character table when given one (traditional text looked up as simplified), up to `end`', () => {
    const simplify = new Uint16Array(65536);
    simplify['個'.charCodeAt(0)] = '个'.charCodeAt(0);
    simplify['麪'.charCodeAt(0)] = '面'.charCodeAt(0);
    const read = (s: string, at: number, end: number) => {
      const values: (string | undefined)[] = [];
      new SortedPhrases(text).valuesAt(s, at, 7, values, end, simplify);
      return Array.from(values);
    };
    assert.deepEqual(read('一個個人', 0, 4), [undefined, undefined, '一個', '一個個']);
    assert.deepEqual(read('一個個人', 0, 2), [undefined, undefined, '一個']);
    assert.deepEqual(read('吃麪條', 1, 3), []); // 條 is not in the table: 面條 is no key
  });

  it('keeps a value already found (an earlier dictionary wins)', () => {
    const values: (string | undefined)[] = [];
    new SortedPhrases('下面 下麵').valuesAt('下面', 0, 7, values);
    new SortedPhrases(text).valuesAt('下面', 0, 7, values);
    assert.equal(values[2], '下麵');
  });

  it('searches several texts in one look-up, an earlier text winning for the same key', () => {
    const both = new SortedPhrases('下面 下麵|面条 麪條', text);
    const values: (string | undefined)[] = [];
    both.valuesAt('下面条', 0, 7, values);
    assert.deepEqual(Array.from(values), [undefined, undefined, '下麵']); // not the second text's 下麪
    const fromSecond: (string | undefined)[] = [];
    both.valuesAt('一个个', 0, 7, fromSecond);
    assert.deepEqual(Array.from(fromSecond), [undefined, undefined, '一個', '一個個']);
    const fromFirst: (string | undefined)[] = [];
    both.valuesAt('吃面条', 1, 7, fromFirst);
    assert.deepEqual(Array.from(fromFirst), [undefined, undefined, '麪條']); // in both texts, once
  });

  it('tells a sorted dictionary text from one it cannot search', () => {
    assert.equal(isSortedPhraseText(text), true);
    assert.equal(isSortedPhraseText('面条 麪條|下面 下麪'), false); // out of order
    assert.equal(isSortedPhraseText('下面 下麪|下面 下麵'), false); // a key twice
    assert.equal(isSortedPhraseText('面 麪|面条 麪條'), false); // a one-unit key
  });
});

describe("OpenCC's simplified→traditional phrases looked up in place", () => {
  const { phrases, generated } = stPhraseTexts();

  it('are sorted texts SortedPhrases can search', () => {
    assert.equal(isSortedPhraseText(phrases), true);
    assert.equal(isSortedPhraseText(generated), true);
  });

  it('answer as stPhraseMap does for every key of up to 7 characters', () => {
    let checked = 0;
    const sortedPhrases = new SortedPhrases(phrases);
    const sortedGenerated = new SortedPhrases(generated);
    const sortedBoth = new SortedPhrases(phrases, generated); // what misconversion searches
    for (const [key, value] of stPhraseMap()) {
      if (key.length > 7) continue;
      const values: (string | undefined)[] = [];
      sortedPhrases.valuesAt(key, 0, 7, values);
      sortedGenerated.valuesAt(key, 0, 7, values);
      if (values[key.length] !== value) assert.fail(`${key}: ${values[key.length]} instead of ${value}`);
      const inOne: (string | undefined)[] = [];
      sortedBoth.valuesAt(key, 0, 7, inOne);
      if (inOne[key.length] !== value) assert.fail(`${key} in one look-up: ${inOne[key.length]} instead of ${value}`);
      checked++;
    }
    assert.ok(checked > 48_000, `${checked} keys`);
  });
});
