// The status-bar item's text and tooltip (client/src/statusText.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { statusText } from '../../client/src/statusText';
import { clientLocale, text, ZH_CN } from '../../client/src/texts';
import { MAINLAND_WORDS, toTaiwan } from '../../tools/taiwan-text';

const status = (overrides: Partial<StatusParams>): StatusParams =>
  ({ uri: 'file:///a.txt', version: 1, state: 'ok', errors: 1, warnings: 2, infos: 0, script: 'zh-Hans', ...overrides });

describe('client: status-bar text', () => {
  it('counts the problems and names the script, the counts in the tooltip', () => {
    assert.deepEqual(statusText(status({}), 'zh-cn'), { text: '公文校对 3⚠ · 简体', tooltip: '错误 1 · 警告 2 · 提示 0（点击打开“问题”面板）' });
    assert.equal(statusText(status({ errors: 0, warnings: 0, script: 'zh-TW' }), 'en')?.text, 'gongwen ✓ · Traditional (Taiwan)');
    assert.equal(statusText(status({ state: 'disabled' }), 'zh-cn'), undefined);
    assert.equal(statusText(undefined, 'zh-cn'), undefined);
  });

  it('says why a document was not checked instead of counting zero problems', () => {
    assert.deepEqual(statusText(status({ state: 'tooLarge', errors: 0, warnings: 0 }), 'zh-cn'), {
      text: '公文校对 – 文件过大', tooltip: '未校对：文件超过 maxFileSize（可在 .gongwenrc.json 中调大）',
    });
    assert.deepEqual(statusText(status({ state: 'garbled', errors: 0, warnings: 0 }), 'zh-cn'), {
      text: '公文校对 – 编码不对', tooltip: '未校对：文件不是 UTF-8 编码（可能是 GBK），显示为乱码；请“通过编码重新打开”选 GB18030',
    });
    assert.deepEqual(statusText(status({ state: 'ignored', errors: 0, warnings: 0 }), 'en'), {
      text: 'gongwen – ignored', tooltip: 'Not checked: the file matches ignorePatterns in .gongwenrc.json',
    });
  });
});

describe('client: Traditional Chinese strings (round 36)', () => {
  it('picks zh-tw for every Traditional Chinese display language, zh-cn for the other Chinese ones', () => {
    assert.deepEqual(['zh-tw', 'zh-TW', 'zh-hk', 'zh-mo', 'zh-Hant', 'zh-hant-tw'].map(clientLocale), ['zh-tw', 'zh-tw', 'zh-tw', 'zh-tw', 'zh-tw', 'zh-tw']);
    assert.deepEqual(['zh-cn', 'zh', 'zh-sg', 'zh-Hans', 'en', 'en-us', 'ja'].map(clientLocale), ['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'en', 'en', 'en']);
  });

  it('speaks Taiwan Traditional Chinese in the status bar', () => {
    assert.deepEqual(statusText(status({}), 'zh-tw'), { text: '公文校對 3⚠ · 簡體', tooltip: '錯誤 1 · 警告 2 · 提示 0（點選開啟「問題」面板）' });
    assert.deepEqual(statusText(status({ state: 'garbled', errors: 0, warnings: 0 }), 'zh-tw'), {
      text: '公文校對 – 編碼不對', tooltip: '未校對：檔案不是 UTF-8 編碼（可能是 GBK），顯示為亂碼；請「以編碼重新開啟」選 GB18030',
    });
  });

  it('has every zh-cn string in zh-tw, converted as npm run generate converts it, placeholders kept', () => {
    const zhTw = JSON.parse(readFileSync('client/src/texts.zh-tw.json', 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(zhTw), Object.keys(ZH_CN));
    for (const [key, value] of Object.entries(ZH_CN)) {
      assert.equal(zhTw[key], toTaiwan(value), key);
      assert.deepEqual(zhTw[key].match(/\{\w+\}/g), value.match(/\{\w+\}/g), key);
      for (const word of MAINLAND_WORDS) assert.ok(!zhTw[key].includes(word), `${key}: ${word}`);
    }
    assert.equal(text('zh-tw', 'docxWritten', { target: 'a.annotated.docx', comments: 3 }), '公文校對：已寫出 a.annotated.docx（3 條註解）。');
  });
});
