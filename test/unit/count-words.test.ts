// countWordsInTexts (text/count-words.ts): many words counted in one pass, as wrong-character's checkDocument
// counts a long document's suspects. Checked against one indexOf search per word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWordsInTexts } from '../../server/src/text/count-words';

/** The reference: every occurrence, overlapping ones too, by indexOf from one past the last. */
function byIndexOf(texts: readonly string[], word: string): number {
  let n = 0;
  for (const text of texts) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
}

function counted(texts: readonly string[], words: readonly string[], counts = new Map<string, number>()): Map<string, number> {
  countWordsInTexts(
    texts.map((text) => ({ text })),
    words,
    counts,
  );
  return counts;
}

describe('countWordsInTexts', () => {
  it('counts report words, overlapping occurrences too, never across two texts', () => {
    const texts = ['加强数字政府建设，推进数智化转型，数智赋能基层治理。', '哈哈哈哈', '数智', '化改革'];
    const counts = counted(texts, ['数智', '数智化', '哈哈', '哈哈哈', '智化改', '政府建设', '化', '府', '数字政府建设，推进']);
    assert.deepEqual(Object.fromEntries(counts), { 数智: 3, 数智化: 1, 哈哈: 3, 哈哈哈: 2, 智化改: 0, 政府建设: 1, 化: 2, 府: 1, '数字政府建设，推进': 1 });
  });

  it('leaves empty words and words already counted alone, and counts a word listed twice once', () => {
    const counts = new Map([['管理', 99]]);
    counted(['管理管里管里。'], ['', '管理', '管里', '管里', '里'], counts);
    assert.deepEqual(Object.fromEntries(counts), { 管理: 99, 管里: 2, 里: 2 });
    assert.equal(counts.has(''), false);
  });

  it('counts one-unit words at the first and last code unit, and words at the very end of a text', () => {
    const counts = counted(['甲乙甲', '甲', '', '乙甲乙'], ['甲', '乙', '甲乙', '乙甲乙']);
    assert.deepEqual(Object.fromEntries(counts), { 甲: 4, 乙: 3, 甲乙: 2, 乙甲乙: 1 });
  });

  it('finds words that share their first two code units, and pairs that share a filter slot', () => {
    // (first << 5) ^ second: 0x4e00 and 0x4e01 after 0x0020 / 0x0000 reach the same slot as other pairs; the
    // pair's own words decide.
    const words = ['建设', '建设性', '建设者', '建议', '\u4e00\u0020', '\u4e01\u0000', '\u4e00\u0000'];
    const texts = ['建设性意见和建议，建设者们', '\u4e00\u0020\u4e01\u0000\u4e00'];
    const counts = counted(texts, words);
    for (const word of words) assert.equal(counts.get(word), byIndexOf(texts, word), word);
  });

  it('agrees with one indexOf search per word on random text over a small alphabet, surrogates included', () => {
    const alphabet = ['数', '智', '化', '管', '理', '里', '，', 'a', '\ud842\udfb7'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const piece = (length: number): string => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const texts = Array.from({ length: 1 + random(6) }, () => piece(random(40)));
      const words = Array.from({ length: 1 + random(12) }, () => piece(1 + random(4)));
      // A lone code unit of a surrogate pair, as a word.
      words.push('\ud842');
      const counts = counted(texts, words);
      for (const word of new Set(words)) assert.equal(counts.get(word), byIndexOf(texts, word), `${word} in ${JSON.stringify(texts)}`);
    }
  });
});
