// Filling message templates and fix titles: both are kept per distinct text and shared between findings
// (engine/messages.ts), so a kept one must never answer for other values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIRECTIVE_TEXTS, lintDocument, RULES, type Localized } from '../../server/src/engine';
import { FIX_TITLE_TEXTS, fillTemplate, fixTitle, interpolate, localeFromTag, localize, parseLocale } from '../../server/src/engine/messages';
import ZH_TW from '../../server/src/engine/messages.zh-tw.json';
import { SERVER_TEXTS } from '../../server/src/lsp/texts';
import { MAINLAND_WORDS } from '../../tools/taiwan-text';

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

  it('keeps the document\'s text literal: a placeholder or a replacement pattern in it is not filled again (fillTemplate)', () => {
    assert.equal(fixTitle('{{to}}', '$&', 'zh'), '将“{{to}}”改为“$&”');
    assert.equal(fillTemplate('{{ a }}、{{b}}、{{a}}', { a: '{{b}}' }), '{{b}}、、{{b}}');
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

describe('zh-TW messages (round 37: generated from the simplified ones, messages.zh-tw.json)', () => {
  it('every rule message template, fix title and server text has its Taiwan form in the table, with the same placeholders', () => {
    const table = ZH_TW as Record<string, string>;
    const texts = [
      ...RULES.flatMap((rule) => Object.values(rule.meta.messages as Record<string, Localized>)),
      ...Object.values(FIX_TITLE_TEXTS), ...Object.values(SERVER_TEXTS), ...Object.values(DIRECTIVE_TEXTS),
    ];
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const text of texts) {
      const tw = localize(text, 'zh-TW');
      assert.equal(tw, table[text.zh], text.zh);
      assert.deepEqual(placeholders(tw), placeholders(text.zh), text.zh);
      assert.ok(!/[“”]/.test(tw), `Taiwan quotation marks: ${tw}`);
    }
  });

  it('reads as Taiwan usage: no mainland word in any string (CLI, config, help included), 位元組 and 參數值 (round 38)', () => {
    const table = ZH_TW as Record<string, string>;
    for (const [zh, tw] of Object.entries(table)) {
      for (const word of [...MAINLAND_WORDS, '字節', '引數值', '默認', '當前目錄', '註釋']) assert.ok(!tw.includes(word), `${word} in ${tw}`);
      // 字节 is 位元組 throughout: the --max-file-size error and the config error say the same word.
      if (zh.includes('字节')) assert.ok(tw.includes('位元組'), tw);
    }
    assert.equal(table['选项 --{{name}} 缺少参数值'], '選項 --{{name}} 缺少參數值');
    assert.equal(table['“maxFileSize”须为正的字节数，或带单位 K、M、G 的大小（均按 1024 进位），如 "50M"'], '「maxFileSize」須為正的位元組數，或帶單位 K、M、G 的大小（均按 1024 進位），如 "50M"');
    assert.ok(table['--max-file-size 须为正整数字节数，可带单位 K、M、G（也可写 KB、KiB 等，均按 1024 进位，如 500K、20M、1G），而不是“{{value}}”']?.startsWith('--max-file-size 須為正整數位元組數，'));
    assert.equal(table['无效的注释'], '無效的註解');
    // What must stay: quoted report words in messages (「分別」「其中」) and 數據 (a report's figures, not computer data).
    assert.equal(table['“分别”前后数量不对应'], '「分別」前後數量不對應');
    assert.equal(table['前后数据不一致'], '前後數據不一致');
  });

  it('fix titles: the document\'s own text stays as written (a misconversion fix names the simplified character it inserts)', () => {
    assert.equal(fixTitle('發', '发', 'zh-TW'), '將「發」改為「发」');
    assert.equal(fixTitle('的的', '的', 'zh'), '将“的的”改为“的”');
    assert.equal(fixTitle(' ', '', 'zh-TW'), '刪除空格');
    assert.equal(fixTitle('', '。', 'zh-TW'), '插入「。」');
    assert.equal(fixTitle(' ', '，', 'en'), 'Change the space to “，”');
    assert.equal(fixTitle('{{to}}', '$&', 'zh'), '将“{{to}}”改为“$&”', 'values are not read as placeholders or patterns');
  });

  it('a rule message filled in zh-TW keeps the values as the document has them', () => {
    const [finding] = lintDocument('广泛动员动员加强工作。', { locale: 'zh-TW' }).findings.filter((f) => f.ruleId === 'repeated-word');
    assert.equal(finding?.message, '「动员动员」：詞語重複，疑為多打；刪去重複的「动员」。');
  });

  it('picks zh-TW from VS Code\'s Traditional Chinese display languages only when asked (the CLI\'s LANG never does)', () => {
    for (const tag of ['zh-tw', 'zh-TW', 'zh-hk', 'zh-mo', 'zh-Hant', 'zh_TW.UTF-8']) assert.equal(localeFromTag(tag, true), 'zh-TW', tag);
    for (const tag of ['zh-cn', 'zh', 'zh-Hans', 'ja', undefined]) assert.equal(localeFromTag(tag, true), 'zh', String(tag));
    assert.equal(localeFromTag('en-US', true), 'en');
    assert.equal(localeFromTag('zh-tw'), 'zh', 'without `traditional` (LANG): simplified, JSON and SARIF as before');
    assert.deepEqual(['zh', 'zh-TW', 'zh-tw', 'zh_TW', 'en', 'fr', 'zh-HK', 7].map(parseLocale), ['zh', 'zh-TW', 'zh-TW', 'zh-TW', 'en', undefined, undefined, undefined]);
  });
});
