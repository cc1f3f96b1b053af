// LibreOffice opens what --fix and --annotate write: both convert to PDF, the fixed text is in
// the PDF, each comment becomes a PDF comment (LibreOffice 7.4 in Debian 12 cannot yet put them
// in the margin: ExportNotesInMargin came in 7.5), and the comments, with author and text,
// survive a round trip through LibreOffice's own format (.odt). Run by `npm run test:docx-office` (installs LibreOffice when missing).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { cleanup, run, tempTree, TWO_RULES } from '../cli/harness';
import { buildDocx, p, r } from '../helpers/docx';

after(cleanup);

const BODY = [
  p(r('一、总体要求')),
  p(r('广泛动'), r('员动', '<w:b/>'), r('员加强基层组织建设。')),
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr/>${p(r('完成投资'), r(',同比增长。'))}</w:tc></w:tr></w:tbl>`,
  p(r('推进推进'), '<w:ins w:id="2" w:author="张三">', r('高质量发展。'), '</w:ins>'),
].join('');

/** soffice --convert-to; a separate profile directory so parallel runs do not collide. */
function convert(file: string, to: string, outDir: string): string {
  const profile = `file://${path.join(outDir, '.lo-profile')}`;
  const filter = to === 'pdf' ? 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}' : to;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  const out = path.join(outDir, `${path.basename(file, '.docx')}.${to}`);
  assert.ok(fs.existsSync(out), `LibreOffice wrote ${out}`);
  return out;
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

describe('LibreOffice opens the Word files gongwen-lint writes', () => {
  it('the fixed document converts to PDF with the fixed text', async () => {
    const dir = tempTree({ 'fixed.docx': buildDocx({ body: BODY }) });
    await run([...TWO_RULES, '--fix', 'fixed.docx'], { cwd: dir });
    const text = pdfText(convert(path.join(dir, 'fixed.docx'), 'pdf', dir)).replace(/\s+/g, '');
    assert.match(text, /广泛动员加强基层组织建设。/);
    assert.match(text, /完成投资，同比增长。/);
    assert.match(text, /推进高质量发展。/);
  });

  it('the annotated copy converts to PDF with its comments, and keeps them as .odt', async () => {
    const dir = tempTree({ 'report.docx': buildDocx({ body: BODY }) });
    const result = await run([...TWO_RULES, '--annotate', 'report.docx'], { cwd: dir });
    assert.match(result.stderr, /3 条批注/);
    const annotated = path.join(dir, 'report.annotated.docx');
    const pdf = fs.readFileSync(convert(annotated, 'pdf', dir)).toString('latin1');
    assert.equal((pdf.match(/\/Subtype\s*\/Text\b/g) ?? []).length, 3, 'one PDF comment per finding');
    assert.match(pdfText(path.join(dir, 'report.annotated.pdf')).replace(/\s+/g, ''), /广泛动员动员加强基层组织建设。/);
    const odt = convert(annotated, 'odt', dir);
    const content = execFileSync('unzip', ['-p', odt, 'content.xml'], { encoding: 'utf8' });
    const annotations = content.match(/<office:annotation[ >]/g) ?? [];
    assert.equal(annotations.length, 3);
    assert.equal((content.match(/<dc:creator>gongwen-lint<\/dc:creator>/g) ?? []).length, 3);
    assert.match(content, /<text:p>“动员动员”：词语重复/);
    assert.match(content, /建议：把“,”改为“，”/);
  });

  it('a .docx written by LibreOffice itself (its own XML dialect) is read, fixed and annotated', async () => {
    const dir = tempTree({ 'src.docx': buildDocx({ body: BODY }) });
    // Through LibreOffice's own format and back: the document.xml is LibreOffice's, not ours.
    const odt = convert(path.join(dir, 'src.docx'), 'odt', dir);
    const outDir = path.join(dir, 'lo');
    fs.mkdirSync(outDir);
    const profile = `file://${path.join(dir, '.lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, odt], { stdio: 'pipe', timeout: 120_000 });
    fs.copyFileSync(path.join(outDir, 'src.docx'), path.join(dir, 'real.docx'));
    const linted = await run([...TWO_RULES, '--format', 'json', 'real.docx'], { cwd: dir });
    const messages = (JSON.parse(linted.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0].messages;
    assert.deepEqual(messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`), ['repeated-word@2:3', 'fullwidth-punctuation@3:5', 'repeated-word@4:1']);
    const annotated = await run([...TWO_RULES, '--annotate', 'real.docx'], { cwd: dir });
    assert.match(annotated.stderr, /3 条批注/);
    await run([...TWO_RULES, '--fix', 'real.docx'], { cwd: dir });
    const text = pdfText(convert(path.join(dir, 'real.docx'), 'pdf', dir)).replace(/\s+/g, '');
    assert.match(text, /广泛动员加强基层组织建设。完成投资，同比增长。推进高质量发展。/);
    const content = execFileSync('unzip', ['-p', convert(path.join(dir, 'real.annotated.docx'), 'odt', dir), 'content.xml'], { encoding: 'utf8' });
    assert.equal((content.match(/<dc:creator>gongwen-lint<\/dc:creator>/g) ?? []).length, 3);
  });
});
