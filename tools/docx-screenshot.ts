// The README's picture of an annotated Word document: a short report with a few slips is written
// as .docx, `gongwen-lint --annotate` adds the comments, LibreOffice exports the annotated copy to
// PDF (comments exported; in the margin where LibreOffice ≥ 7.5 supports it), and pdftoppm turns
// the first page into images/docx-annotated.png.
//   npm run screenshot:docx      (needs soffice and pdftoppm: bash test/office/install.sh)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocx, p, r } from '../test/helpers/docx';

const ROOT = resolve(__dirname, '..', '..');
const title = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${r(text, '<w:b/><w:sz w:val="36"/>')}</w:p>`;
const body = [
  title('关于2024年基层组织建设工作情况的报告'),
  p(r('一、总体情况', '<w:b/>')),
  p(r('今年以来，我们坚持以习近平新时代中国特色社会主义思想为指导，广泛动'), r('员动', '<w:b/>'), r('员全社会力量，扎实推进基层组织建设。')),
  p(r('全年完成投资1200万元,同比增长12%，超额完成年度目标。')),
  p(r('二、主要做法', '<w:b/>')),
  p(r('（一）健全工作机制。建立定期研究研究制度，明确责任分工，压实各级责任。')),
  p(r('（二）加强队伍建设。全年培训基层干部3200人次，其中村干部1800人次、社区干部1400人次。')),
].join('');

const dir = mkdtempSync(join(tmpdir(), 'gongwen-docx-shot-'));
try {
  const file = join(dir, 'report.docx');
  writeFileSync(file, buildDocx({ body }));
  // Exit code 1 means findings, which is the point here.
  const lint = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--annotate', '--no-config-lookup', file], { encoding: 'utf8' });
  process.stdout.write(lint.stdout + lint.stderr);
  const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', dir, join(dir, 'report.annotated.docx')], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-y', '0', '-H', '420', '-W', '662', join(dir, 'report.annotated.pdf'), join(dir, 'page')], { stdio: 'ignore' });
  copyFileSync(join(dir, 'page-1.png'), join(ROOT, 'images/docx-annotated.png'));
  console.log('images/docx-annotated.png written');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
