import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('repeated-punctuation', {
  valid: [
    { text: '工作扎实推进，人口自然增长率5.61&permil;。民族团结进步。', why: 'held-out s33w2 (昆明市 2013): the ";" closes an HTML entity (‰), no second mark before the 。' },
    { text: '难道这还不够吗？！', why: 'GB/T 15834-2011 allows ？！' },
    { text: '这是真的！？', why: '！？ as well' },
    { text: '为什么？？', why: 'stacked question marks are allowed (up to three)' },
    { text: '等等……', why: '…… is one mark' },
    { text: '——渭南市公安夏季治安打击整治行动工作综述', why: '—— is one mark' },
    { text: '他说：“工作要抓实。”全场鼓掌。', why: '。” is a full stop before a closing quote' },
    { text: '确保了进京“零非访”。', why: 'a closing quote then a full stop' },
    { text: 'std::vector and a,,b', why: 'half-width doubles outside Chinese text' },
    { text: '会议于10:30开始。', why: 'a single colon in a time' },
    { text: '全市公安机关，已办理业务171笔。', why: 'single marks' },
  ],
  invalid: [
    {
      text: '人口自然增长率5.61&permil;。。民族团结进步。',
      why: 'after an HTML entity the marks that follow are still read: a doubled 。 is repeated',
      errors: [{ line: 1, column: 21, endColumn: 22, messageId: 'repeated' }],
      output: '人口自然增长率5.61&permil;。民族团结进步。',
    },
    {
      text: '全市，，公安机关',
      errors: [{ line: 1, column: 4, endColumn: 5, messageId: 'repeated', message: '标点“，”重复了，删去多余的。' }],
      output: '全市，公安机关',
    },
    {
      text: '工作成效明显。。',
      errors: [{ line: 1, column: 8, messageId: 'repeated' }],
      output: '工作成效明显。',
    },
    {
      text: '加强、、落实',
      errors: [{ line: 1, column: 4, messageId: 'repeated' }],
      output: '加强、落实',
    },
    {
      text: '集中隔离866人；；居家隔离843人。',
      errors: [{ line: 1, column: 10, messageId: 'repeated' }],
      output: '集中隔离866人；居家隔离843人。',
    },
    {
      text: '主要做法：：一是加强领导。',
      errors: [{ line: 1, column: 6, messageId: 'repeated' }],
      output: '主要做法：一是加强领导。',
    },
    {
      text: '落实,,全市',
      why: 'half-width doubles in Chinese text; fullwidth-punctuation then widens the remaining one',
      errors: [{ line: 1, column: 4, messageId: 'repeated' }],
      output: '落实,全市',
    },
    {
      text: '落实，,全市',
      why: 'a full-width and a half-width comma',
      errors: [{ line: 1, column: 4, messageId: 'repeated' }],
      output: '落实，全市',
    },
    {
      text: '全面推进各项工作，。',
      why: 'two different marks: a person chooses which to keep',
      errors: [{ line: 1, column: 9, endColumn: 11, messageId: 'mixed', data: { marks: '，。' }, suggestions: ['，', '。'] }],
    },
    {
      text: '为什么会这样？。',
      errors: [{ line: 1, column: 7, endColumn: 9, messageId: 'mixed' }],
    },
    {
      text: '就这样过去了。。。',
      errors: [{ line: 1, column: 7, endColumn: 10, messageId: 'ellipsis' }],
    },
    {
      text: '全市，，，公安机关',
      errors: [{ line: 1, column: 4, endColumn: 6 }],
      output: '全市，公安机关',
    },
    {
      text: '全市，，公安机关',
      locale: 'en',
      errors: [{ line: 1, column: 4, message: 'Punctuation "，" is repeated: delete the extra one.' }],
      output: '全市，公安机关',
    },
  ],
});

describe('repeated-punctuation on the seeds', () => {
  it('finds nothing: the seeds have no doubled marks', () => {
    const found: string[] = [];
    for (const file of ['000_29043b7b8c76f442', '001_2d3a257640d335f2', '002_cd310873741f28c2', '003_667e9abcbbb289a2', '004_ad60cba661282f96']) {
      for (const f of findingsOf('repeated-punctuation', readFileSync(`seeds/${file}.txt`, 'utf8'))) found.push(`${file}:${f.line}:${f.column}`);
    }
    assert.deepEqual(found, []);
  });

  it('offers both choices for mixed marks', () => {
    const [f] = findingsOf('repeated-punctuation', '全面推进各项工作，。');
    assert.deepEqual(f.suggestions?.map((s) => s.text), ['，', '。']);
    assert.equal(f.fix, undefined);
  });
});
