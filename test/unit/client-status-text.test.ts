// The status-bar item's text and tooltip (client/src/statusText.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { statusText } from '../../client/src/statusText';

const status = (overrides: Partial<StatusParams>): StatusParams =>
  ({ uri: 'file:///a.txt', version: 1, state: 'ok', errors: 1, warnings: 2, infos: 0, script: 'zh-Hans', ...overrides });

describe('client: status-bar text', () => {
  it('counts the problems and names the script, the counts in the tooltip', () => {
    assert.deepEqual(statusText(status({}), true), { text: '公文校对 3⚠ · 简体', tooltip: '错误 1 · 警告 2 · 提示 0（点击打开“问题”面板）' });
    assert.equal(statusText(status({ errors: 0, warnings: 0, script: 'zh-TW' }), false)?.text, 'gongwen ✓ · Traditional (Taiwan)');
    assert.equal(statusText(status({ state: 'disabled' }), true), undefined);
    assert.equal(statusText(undefined, true), undefined);
  });

  it('says why a document was not checked instead of counting zero problems', () => {
    assert.deepEqual(statusText(status({ state: 'tooLarge', errors: 0, warnings: 0 }), true), {
      text: '公文校对 – 文件过大', tooltip: '未校对：文件超过 maxFileSize（可在 .gongwenrc.json 中调大）',
    });
    assert.deepEqual(statusText(status({ state: 'garbled', errors: 0, warnings: 0 }), true), {
      text: '公文校对 – 编码不对', tooltip: '未校对：文件不是 UTF-8 编码（可能是 GBK），显示为乱码；请“通过编码重新打开”选 GB18030',
    });
    assert.deepEqual(statusText(status({ state: 'ignored', errors: 0, warnings: 0 }), false), {
      text: 'gongwen – ignored', tooltip: 'Not checked: the file matches ignorePatterns in .gongwenrc.json',
    });
  });
});
