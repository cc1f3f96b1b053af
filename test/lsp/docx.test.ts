// Word documents over LSP, as the VS Code command uses them: gongwen/readDocx returns the
// paragraphs (line = paragraph), the read-only view (scheme gongwen-docx) is linted like any text,
// and gongwen/annotateDocx writes the commented copy beside the file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AnnotateDocxRequest, ReadDocxRequest, type AnnotateDocxResult, type ReadDocxResult } from '../../server/src/lsp/protocol';
import { buildDocx, commentsOf, p, r, readParts } from '../helpers/docx';
import { TestClient } from './harness';

describe('language server: Word documents', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-lsp-docx-'));
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gongwen/readDocx: the paragraphs joined by "\\n"; the gongwen-docx view gets diagnostics with line = paragraph', async () => {
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, buildDocx({ body: p(r('全面加强基层组织建设。')) + p(r('广泛动'), r('员动', '<w:b/>'), r('员加强')) }));
    const result = await client.connection.sendRequest<ReadDocxResult>(ReadDocxRequest, { path: file, locale: 'zh' });
    assert.deepEqual(result, { text: '全面加强基层组织建设。\n广泛动员动员加强' });
    const published = await client.open(`gongwen-docx:${file}`, (result).text);
    const repeated = published.diagnostics.filter((d) => d.code === 'repeated-word');
    assert.deepEqual(repeated.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[1, 2, 6]]);
  });

  it('gongwen/readDocx: a one-line reason for a file that is not a Word document', async () => {
    const file = path.join(dir, 'old.doc');
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const result = await client.connection.sendRequest<ReadDocxResult>(ReadDocxRequest, { path: file, locale: 'en' });
    assert.deepEqual(result, { error: 'skipped: this is a binary Word 97-2003 document (.doc); save it as .docx first' });
  });

  it('gongwen/annotateDocx: writes NAME.annotated.docx with the comments, the original untouched', async () => {
    const file = path.join(dir, 'draft.docx');
    writeFileSync(file, buildDocx({ body: p(r('广泛动员动员加强')) + p(r('完成投资,同比增长。')) }));
    const result = await client.connection.sendRequest<AnnotateDocxResult>(AnnotateDocxRequest, { path: file, locale: 'zh' });
    const target = path.join(dir, 'draft.annotated.docx');
    assert.deepEqual(result, { target, comments: 2 });
    assert.ok(existsSync(target));
    const comments = commentsOf(readParts(readFileSync(target))['word/comments.xml']);
    assert.deepEqual(comments.map((c) => c.author), ['gongwen-lint', 'gongwen-lint']);
    assert.equal(readParts(readFileSync(file))['word/comments.xml'], undefined);
  });
});
