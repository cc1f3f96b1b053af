// Round 38: the configuration's problems are templates around the user's words (engine/validate.ts CONFIG_TEXTS,
// node/configFile-texts.ts), so zh-TW converts the words of the message and leaves the user's as written; simplified
// and English stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeText, localize, RULES, validateConfig } from '../../server/src/engine';
import { CONFIG_TEXTS } from '../../server/src/engine/validate';
import { formatFileSize } from '../../server/src/engine/fileSize';
import { CONFIG_FILE_TEXTS, PARSE_ERROR_TEXT } from '../../server/src/node/configFile-texts';
import TAIWAN from '../../server/src/engine/messages.zh-tw.json';

/** Simplified characters none of these messages may keep under zh-TW (their Traditional forms differ). */
const SIMPLIFIED = /[设认误则项须规词应对个为键级选数组无码释进义这]/;

describe('configuration problems under zh-TW (round 38)', () => {
  it('every problem kind: Traditional, the user\'s words as written; simplified and English unchanged', () => {
    const config = {
      bogus: 1,
      $schema: 3,
      script: 'zh-XX',
      allow: [''],
      terms: { 截止目前: 3 },
      maxFileSize: -1,
      rules: {
        'repeatd-word': 'off',
        'repeated-word': 'loud',
        'fullwidth-punctuation': 7,
        'stray-space': ['warn', {}, 1],
        'misconversion': ['warn', 3],
        'sequence-numbering': ['warn', { nope: true }],
      },
    };
    const problems = validateConfig(config, RULES);
    assert.ok(problems.length >= 10, problems.map((p) => p.path).join(' '));
    for (const { path, message } of problems) {
      const tw = localize(message, 'zh-TW');
      assert.equal(localize(message, 'zh'), message.zh);
      assert.equal(localize(message, 'en'), message.en);
      assert.notEqual(tw, message.zh, path);
      assert.doesNotMatch(tw, SIMPLIFIED, `${path}: ${tw}`);
      // The key, rule id or option named by the path is in the zh-TW text as written.
      const word = path.split('.').pop()!;
      if (word !== 'fullwidth-punctuation') assert.ok(tw.includes(word), `${path}: ${tw}`);
      // Compared and copied as { zh, en }: the template is not an enumerable property.
      assert.deepEqual(Object.keys(message), ['zh', 'en']);
    }
    const byPath = new Map(problems.map((p) => [p.path, localize(p.message, 'zh-TW')]));
    assert.equal(byPath.get('bogus'), '未知的鍵「bogus」（可用：$schema、script、rules、allow、ignorePatterns、terms、maxFileSize）');
    assert.equal(byPath.get('rules.repeatd-word'), '未知規則「repeatd-word」（是不是「repeated-word」？）');
    assert.equal(byPath.get('rules.repeated-word'), '規則「repeated-word」的級別「loud」無效（可用 off、info、warn、error）');
    assert.equal(byPath.get('terms.截止目前'), '詞條「截止目前」須對應一個字串，或 { "to": 字串, "message"?: 字串 }');
  });

  it('a user value that looks like a placeholder or holds simplified characters stays as written', () => {
    const text = composeText(CONFIG_TEXTS.notValid, { key: '{{key}}设置' });
    assert.equal(text.zh, '“{{key}}设置”的值无效');
    assert.equal(localize(text, 'zh-TW'), '「{{key}}设置」的值無效');
    const nested = composeText(CONFIG_FILE_TEXTS.notChanged, { problem: composeText(CONFIG_FILE_TEXTS.syntax, { what: PARSE_ERROR_TEXT.ColonExpected }) });
    assert.equal(nested.zh, 'JSON 语法错误：此处应为英文冒号 :（未修改）');
    assert.equal(localize(nested, 'zh-TW'), 'JSON 語法錯誤：此處應為英文冒號 :（未修改）');
    assert.equal(localize(nested, 'en'), 'JSON syntax error: colon expected (not changed)');
  });

  it('a size under 1 K (a skip reason\'s limit): the word converted, the number as it is', () => {
    const size = formatFileSize(1000);
    assert.deepEqual([size.zh, size.en, localize(size, 'zh-TW')], ['1000 字节', '1000 bytes', '1000 位元組']);
    assert.equal(localize(formatFileSize(20 * 1024 * 1024), 'zh-TW'), '20M');
  });

  it('every template of the configuration\'s texts is in the generated zh-TW table', () => {
    const table = TAIWAN as Record<string, string>;
    for (const text of [...Object.values(CONFIG_TEXTS), ...Object.values(CONFIG_FILE_TEXTS), ...Object.values(PARSE_ERROR_TEXT)]) {
      assert.ok(text.zh in table, text.zh);
    }
  });
});
