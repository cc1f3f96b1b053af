// Which documents the palette's fix-all and convert commands act on (client/src/checkedDocuments.ts): the documents the
// server is given. Another one (a .json or Python file) gets a notice instead of a silent no-op (round 38).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentSelector, isCheckedDocument } from '../../client/src/checkedDocuments';
import { DEFAULT_LANGUAGES, DOCX_SCHEME } from '../../server/src/lsp/protocol';
import { text, ZH_CN } from '../../client/src/texts';

const doc = (languageId: string, scheme = 'file') => ({ languageId, uri: { scheme } });

describe('client: the documents the server checks', () => {
  it('plain text and Markdown files and untitled documents, and the Word view; nothing else', () => {
    const languages = [...DEFAULT_LANGUAGES];
    assert.equal(isCheckedDocument(doc('plaintext'), languages), true);
    assert.equal(isCheckedDocument(doc('markdown', 'untitled'), languages), true);
    assert.equal(isCheckedDocument(doc('plaintext', DOCX_SCHEME), languages), true);
    assert.equal(isCheckedDocument(doc('json'), languages), false);
    assert.equal(isCheckedDocument(doc('python'), languages), false);
    assert.equal(isCheckedDocument(doc('plaintext', 'git'), languages), false, 'a diff view of a file is not the file');
    assert.equal(isCheckedDocument(doc('plaintext', 'vscode-notebook-cell'), languages), false);
  });

  it('follows gongwen.languages, as the selector the client starts the server with', () => {
    assert.equal(isCheckedDocument(doc('latex'), ['plaintext', 'markdown', 'latex']), true);
    assert.equal(isCheckedDocument(doc('markdown'), ['plaintext']), false);
    assert.deepEqual(documentSelector(['plaintext']), [
      { scheme: 'file', language: 'plaintext' }, { scheme: 'untitled', language: 'plaintext' }, { scheme: DOCX_SCHEME, language: 'plaintext' },
    ]);
  });

  it('says what to open in every interface language', () => {
    assert.equal(ZH_CN.openToFix, '公文校对：请先打开要修正的文本或 Markdown 文档。');
    assert.equal(text('zh-tw', 'openToFix'), '公文校對：請先開啟要修正的文字或 Markdown 文件。');
    assert.equal(text('en', 'openToFix'), 'gongwen-lint: open a text or Markdown document to fix.');
  });
});
