// Round 34, second pass: allocation cuts that must leave every finding as it was (exact changes).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRIMMED_AWAY_CHARS } from '../../server/src/rules/document-elements';
import { indexAtOrAfter, partitionList } from '../../server/src/text/search';
import { findingsOf } from '../helpers/ruleTester';

describe('document-elements: the characters trim() removes, by code', () => {
  it('are exactly those String.prototype.trim removes', () => {
    const listed = new Set([...TRIMMED_AWAY_CHARS].map((c) => c.charCodeAt(0)));
    for (let c = 0; c < 0x10000; c++) assert.equal(listed.has(c), String.fromCharCode(c).trim() === '', `U+${c.toString(16)}`);
  });
  it('finds the elements of paragraphs with and without white space at their ends', () => {
    // A real notice's head (corpus: 2022 Baotou), its number line indented with ideographic spaces and ending with a space.
    const head = '包头市人民政府办公室关于印发《考评办法》的通知\n\u3000\u3000包府办发（2022）43号 \n各旗、县、区人民政府，稀土高新区管委会，市直有关部门：\n按照要求，现将考评办法印发给你们，请认真贯彻执行。\n2022年4月14日';
    const found = findingsOf('document-elements', head).map((f) => [f.line, f.column, f.messageId]);
    assert.deepEqual(found, [[2, 7, 'docNumber']]);
    // The same line without the spaces: the same finding, two columns to the left.
    const plain = head.replace('\u3000\u3000', '').replace('43号 ', '43号');
    assert.deepEqual(findingsOf('document-elements', plain).map((f) => [f.line, f.column, f.messageId]), [[2, 5, 'docNumber']]);
  });
});

describe('indexAtOrAfter', () => {
  it('is partitionList with (v) => v < value', () => {
    const lists = [[], [0], [3], [1, 2, 2, 5, 9, 9, 12], Array.from({ length: 40 }, (_, i) => 3 * i)];
    for (const list of lists) {
      for (let value = -2; value < 130; value++) assert.equal(indexAtOrAfter(list, value), partitionList(list, (v) => v < value), `${JSON.stringify(list)} ${value}`);
    }
    assert.equal(indexAtOrAfter(new Int32Array([4, 8, 15]), 8), 1);
  });
});

describe('the shared empty summaries', () => {
  it('stray-space still reports a space in a paragraph after many without one', () => {
    // A glossary heading, then a part heading that ends it (the shared summaries carry both flags), then a stray space.
    const text = '名词解释\n一、总体要求\n坚持稳中求进工作总基调。\n7.实体经济 指物质的、精神的产品 和服务的生产、流通等经济活动。';
    assert.deepEqual(findingsOf('stray-space', text).map((f) => [f.line, f.column, f.messageId]), [[4, 7, 'betweenHan'], [4, 18, 'betweenHan']]);
  });
  it('sequence-numbering still finds a gap among markers', () => {
    const text = '一是加强组织领导。二是完善工作机制。四是强化督查考核。';
    assert.deepEqual(findingsOf('sequence-numbering', text).map((f) => f.line), [1]);
  });
});
