// Findings → diagnostics, without a server: severities, data, and a rule that throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument, type Rule } from '../../server/src/engine';
import { statusOf, toDiagnostics } from '../../server/src/lsp/diagnostics';

const boom: Rule = {
  meta: {
    id: 'boom', name: { zh: '炸', en: 'boom' }, description: { zh: '', en: '' }, type: 'problem',
    defaultSeverity: 'warn', fixable: false, scope: 'paragraph', messages: { m: { zh: '炸', en: 'boom' } },
  },
  checkParagraph(p) {
    if (p.text.includes('炸')) throw new Error('kaboom');
  },
};

const weak: Rule = {
  meta: {
    id: 'weak', name: { zh: '弱', en: 'weak' }, description: { zh: '', en: '' }, type: 'problem',
    defaultSeverity: 'warn', fixable: true, scope: 'paragraph', messages: { m: { zh: '“{{x}}”有误', en: '"{{x}}" is wrong' } },
  },
  checkParagraph(p, ctx) {
    const at = p.text.indexOf('错');
    if (at >= 0) ctx.report({ messageId: 'm', data: { x: '错' }, start: p.start + at, end: p.start + at + 1, weak: true, fix: { start: p.start + at, end: p.start + at + 1, text: '对' } });
  },
};

describe('toDiagnostics', () => {
  it('reports a rule that threw once, as information at the start of its paragraph', () => {
    const text = '第一段。\n第二段炸了。\n第三段也炸。';
    const doc = TextDocument.create('untitled:x', 'plaintext', 3, text);
    const result = lintDocument(text, { rules: [boom] });
    const diagnostics = toDiagnostics(result, doc, 'zh');
    assert.equal(diagnostics.length, 1, 'one diagnostic per failing rule');
    assert.equal(diagnostics[0].severity, 3);
    assert.deepEqual(diagnostics[0].range.start, { line: 1, character: 0 });
    assert.match(diagnostics[0].message, /^内部错误：规则 boom 出错/);
    assert.equal((diagnostics[0].data as { internal: boolean }).internal, true);
  });

  it('maps a weakened warning to Information and carries the fix in data with the text it replaces', () => {
    const text = '这里有错。';
    const doc = TextDocument.create('untitled:y', 'plaintext', 7, text);
    const result = lintDocument(text, { rules: [weak] });
    const [d] = toDiagnostics(result, doc, 'en');
    assert.equal(d.severity, 3, 'warn made weak → info → Information');
    assert.equal(d.code, 'weak');
    assert.equal(d.source, 'gongwen');
    assert.deepEqual(d.data, { version: 7, text: '错', messageId: 'm', fix: { start: 3, end: 4, old: '错', text: '对', title: '将“错”改为“对”' } });
    assert.deepEqual(statusOf('untitled:y', 7, result, 'ok'), { uri: 'untitled:y', version: 7, state: 'ok', errors: 0, warnings: 0, infos: 1, script: result.script });
  });
});
