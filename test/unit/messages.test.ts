// Filling message templates and fix titles: both are kept per distinct text and shared between findings
// (engine/messages.ts), so a kept one must never answer for other values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine';
import { fixTitle, interpolate } from '../../server/src/engine/messages';

describe('interpolate', () => {
  const template = '中文里用了半角“{{mark}}”，应为全角“{{full}}”。';

  it('fills each placeholder, the same text every time it is asked again', () => {
    const first = interpolate(template, { mark: ',', full: '，' });
    assert.equal(first, '中文里用了半角“,”，应为全角“，”。');
    assert.equal(interpolate(template, { mark: ',', full: '，' }), first);
    assert.equal(interpolate(template, { mark: ';', full: '；' }), '中文里用了半角“;”，应为全角“；”。');
    assert.equal(interpolate(template, { mark: ',', full: '；' }), '中文里用了半角“,”，应为全角“；”。');
  });

  it('tells values apart that would read alike joined: the split between them, numbers and strings', () => {
    const two = '{{a}}|{{b}}';
    assert.equal(interpolate(two, { a: '1', b: '23' }), '1|23');
    assert.equal(interpolate(two, { a: '12', b: '3' }), '12|3');
    assert.equal(interpolate(two, { a: 1, b: 23 }), '1|23');
    assert.equal(interpolate('{{n}} 项', { n: 3 }), '3 项');
    assert.equal(interpolate('{{n}} 项', { n: '3' }), '3 项');
  });

  it('fills long values (not kept) and repeated placeholders, and throws for a missing one', () => {
    const long = '刑事类、治安类警情、刑事立案数、交通事故、火灾事故';
    assert.equal(interpolate('前面列举（{{items}}）', { items: long }), `前面列举（${long}）`);
    assert.equal(interpolate('前面列举（{{items}}）', { items: '甲、乙' }), '前面列举（甲、乙）');
    assert.equal(interpolate('“{{w}}{{w}}”', { w: '动员' }), '“动员动员”');
    assert.equal(interpolate('没有占位符', {}), '没有占位符');
    assert.throws(() => interpolate(template, { mark: ',' }), /\{\{full\}\} has no value/);
  });
});

describe('fixTitle', () => {
  it('says what the fix does, in the locale asked, the same text for the same edit', () => {
    assert.equal(fixTitle(',', '，', 'zh'), '将“,”改为“，”');
    assert.equal(fixTitle(',', '，', 'en'), 'Change “,” to “，”');
    assert.equal(fixTitle(',', '，', 'zh'), '将“,”改为“，”');
    assert.equal(fixTitle('动员', '', 'zh'), '删除“动员”');
    assert.equal(fixTitle(' ', '', 'en'), 'Delete the space');
    assert.equal(fixTitle('', '。', 'zh'), '插入“。”');
    // The original's length is part of the key: 'ab' + 'c' and 'a' + 'bc' are different edits.
    assert.equal(fixTitle('ab', 'c', 'zh'), '将“ab”改为“c”');
    assert.equal(fixTitle('a', 'bc', 'zh'), '将“a”改为“bc”');
  });
});

describe('every rule message reads as one product', () => {
  it('ends as a sentence: 。 in Chinese, a full stop in English', () => {
    for (const rule of RULES) {
      for (const [id, text] of Object.entries(rule.meta.messages)) {
        assert.match(text.zh, /。$/u, `${rule.meta.id}.${id} (zh): ${text.zh}`);
        assert.match(text.en, /\.$/u, `${rule.meta.id}.${id} (en): ${text.en}`);
      }
    }
  });
});
