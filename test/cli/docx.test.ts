// Word documents through the CLI: reading (runs joined, tables, header, footnote, tracked
// changes, fields, hidden text), --fix into the runs, --annotate with comments, bad input.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { anchoredText, buildDocx, commentsOf, documentXml, p, r, readParts } from '../helpers/docx';
import { cleanup, run, tempTree, TWO_RULES } from './harness';

after(cleanup);

interface JsonMessage { ruleId: string; line: number; column: number; endColumn: number }

async function lintJson(dir: string, args: string[]): Promise<{ code: number; messages: JsonMessage[]; stderr: string }> {
  const result = await run([...TWO_RULES, '--format', 'json', ...args], { cwd: dir });
  const parsed = result.stdout ? (JSON.parse(result.stdout) as { messages: JsonMessage[] }[]) : [];
  return { code: result.code, messages: parsed.flatMap((f) => f.messages), stderr: result.stderr };
}

const where = (messages: JsonMessage[]) => messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endColumn}`);

// Paragraph 1: "广泛动员动员加强" split inside the repeated word, with bold on one half.
// Paragraph 2: a table cell "中文,中文". Paragraph 3: a repetition completed by a tracked
// insertion (its fix would cross the revision), a deletion that must be ignored, a field whose result must be ignored and hidden text.
const BODY = [
  p(r('广泛动'), r('员动', '<w:b/>'), r('员加强')),
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr/>${p(r('中文'), r(',中文'))}</w:tc></w:tr></w:tbl>`,
  p(
    r('推进推进'),
    '<w:del w:id="1" w:author="张三"><w:r><w:delText>改革改革</w:delText></w:r></w:del>',
    r('落实落'),
    '<w:ins w:id="2" w:author="张三">', r('实'), '</w:ins>',
    r('工作'),
    '<w:fldSimple w:instr=" PAGE ">', r('发展发展'), '</w:fldSimple>',
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('研究研究'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    r('隐藏隐藏', '<w:vanish/>'),
    r('完毕'),
  ),
].join('');
const HEADER = p(r('页眉,内容'));
const FOOTNOTES = `<w:footnote w:id="1">${p(r('注释'), r('注释说明'))}</w:footnote>`;

function sample(extra: Partial<Parameters<typeof buildDocx>[0]> = {}): Uint8Array {
  return buildDocx({ body: BODY, header: HEADER, footnotes: FOOTNOTES, ...extra });
}

describe('Word documents: reading', () => {
  it('lints paragraphs in order (body, table, header, footnote): line = paragraph, column in the joined runs', async () => {
    const dir = tempTree({ 'report.docx': sample() });
    const { code, messages, stderr } = await lintJson(dir, ['report.docx']);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.deepEqual(where(messages), [
      'repeated-word@1:3-7', // 动员动员 across three runs
      'fullwidth-punctuation@2:3-4', // the comma in the table cell
      'repeated-word@3:1-5', // 推进推进
      'repeated-word@3:5-9', // 落实落 + 实 (inserted): the deletion is not read
      'fullwidth-punctuation@4:3-4', // the header
      'repeated-word@5:1-5', // the footnote (after the separators, which have no text), split over two runs
    ]);
  });

  it('leaves out deleted text, field codes and results, and hidden text', async () => {
    const dir = tempTree({ 'report.docx': sample() });
    const result = await run([...TWO_RULES, '--fix-dry-run', '--format', 'json', 'report.docx'], { cwd: dir });
    const output = (JSON.parse(result.stdout) as { output: string }[])[0].output;
    assert.equal(output.split('\n')[2], '推进落实落实工作完毕', 'deleted 改革改革, fields 发展发展/研究研究 and hidden 隐藏隐藏 are not read');
  });

  it('shows the start of the paragraph under each finding (stylish)', async () => {
    const dir = tempTree({ 'report.docx': sample() });
    const result = await run([...TWO_RULES, 'report.docx'], { cwd: dir });
    assert.match(result.stdout, /1:3 .*repeated-word\n\s+¶ 广泛动员动员加强\n/);
    assert.match(result.stdout, /3:1 .*\n\s+¶ 推进推进落实落实工作完毕\n/);
  });

  it('picks up .docx in directories and globs beside .txt', async () => {
    const dir = tempTree({ 'docs/a.docx': sample(), 'docs/b.txt': '中文,中文\n' });
    const result = await run([...TWO_RULES, '--format', 'json', 'docs'], { cwd: dir });
    const files = (JSON.parse(result.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath));
    assert.deepEqual(files, ['a.docx', 'b.txt']);
    const globbed = await run([...TWO_RULES, '--format', 'json', 'docs/*'], { cwd: dir });
    assert.equal((JSON.parse(globbed.stdout) as unknown[]).length, 2);
  });
});

describe('Word documents: --fix', () => {
  it('writes fixes into the runs, keeps formatting and every other part byte for byte; skips fixes across a revision', async () => {
    const original = sample();
    const dir = tempTree({ 'report.docx': original });
    const result = await run([...TWO_RULES, '--fix', 'report.docx'], { cwd: dir });
    const before = readParts(original);
    const after = readParts(fs.readFileSync(path.join(dir, 'report.docx')));
    // The repetition across the insertion stays: it crosses a tracked change.
    assert.match(result.stderr, /report\.docx: 1 处修正跨越域、修订、隐藏文字或制表符/);
    assert.equal(result.code, 1, 'the 落实落实 error remains');
    const doc = after['word/document.xml'];
    // 广泛动|员动(bold)|员加强 → the repeated 动员 removed, the bold run keeps its w:rPr.
    assert.ok(doc.includes('<w:r><w:t>广泛动</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>员</w:t></w:r><w:r><w:t>加强</w:t></w:r>'), doc);
    assert.ok(doc.includes('<w:r><w:t>中文</w:t></w:r><w:r><w:t>，中文</w:t></w:r>'));
    assert.ok(doc.includes('<w:r><w:t>推进</w:t></w:r>'));
    assert.ok(doc.includes('<w:r><w:t>落实落</w:t></w:r><w:ins w:id="2" w:author="张三"><w:r><w:t>实</w:t></w:r></w:ins>'), 'the fix across the insertion is not made');
    assert.ok(doc.includes('<w:delText>改革改革</w:delText>'), 'deleted text untouched');
    assert.ok(doc.includes('发展发展') && doc.includes('研究研究') && doc.includes('隐藏隐藏'), 'fields and hidden text untouched');
    assert.ok(doc.includes('mc:Ignorable="w14"'), 'namespaces kept');
    assert.ok(after['word/header1.xml'].includes('<w:t>页眉，内容</w:t>'));
    assert.ok(after['word/footnotes.xml'].includes('<w:r><w:t>注释</w:t></w:r><w:r><w:t>说明</w:t></w:r>'));
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/styles.xml']) {
      assert.equal(after[name], before[name], `${name} unchanged`);
    }
    assert.deepEqual(Object.keys(after), Object.keys(before));
    // Outside the fixed text the document part is the same: undo the fixes and compare.
    const undone = doc.replace('<w:t>员</w:t>', '<w:t>员动</w:t>').replace('<w:t>加强</w:t>', '<w:t>员加强</w:t>')
      .replace('<w:t>，中文</w:t>', '<w:t>,中文</w:t>').replace('<w:t>推进</w:t>', '<w:t>推进推进</w:t>');
    assert.equal(undone, before['word/document.xml']);
  });

  it('--fix-dry-run leaves the file alone', async () => {
    const original = sample();
    const dir = tempTree({ 'report.docx': original });
    await run([...TWO_RULES, '--fix-dry-run', 'report.docx'], { cwd: dir });
    assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(dir, 'report.docx'))), original);
  });

  it('adds xml:space="preserve" when a fix leaves an edge space', async () => {
    const dir = tempTree({ 'a.docx': buildDocx({ body: p(r('中文,'), r(' 中文')) }) });
    await run([...TWO_RULES, '--fix', 'a.docx'], { cwd: dir });
    const doc = readParts(fs.readFileSync(path.join(dir, 'a.docx')))['word/document.xml'];
    assert.ok(doc.includes('<w:t>中文，</w:t>'), doc);
  });
});

describe("Word documents: Word's own markup", () => {
  // What Word writes around text: rsids, proofing marks, bookmarks, page-break hints, a hyperlink,
  // a content control; none of it separates the text, and all of it stays as it was.
  const body = [
    '<w:p w:rsidR="00B1" w:rsidRDefault="00B1"><w:pPr><w:jc w:val="both"/></w:pPr>',
    '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>',
    '<w:r w:rsidRPr="00C2"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:lastRenderedPageBreak/><w:t>广泛动员</w:t></w:r>',
    '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>',
    '<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>动员</w:t></w:r></w:hyperlink>',
    '<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent><w:r><w:t>加强</w:t></w:r></w:sdtContent></w:sdt>',
    '</w:p>',
  ].join('');

  it('reads through it, fixes and annotates inside it, and leaves it in place', async () => {
    const dir = tempTree({ 'w.docx': buildDocx({ body }) });
    const { messages } = await lintJson(dir, ['w.docx']);
    assert.deepEqual(where(messages), ['repeated-word@1:3-7']);
    await run([...TWO_RULES, '--annotate', 'w.docx'], { cwd: dir });
    const annotated = readParts(fs.readFileSync(path.join(dir, 'w.annotated.docx')))['word/document.xml'];
    assert.equal(anchoredText(annotated, '0'), '动员动员');
    assert.ok(annotated.includes('<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>动员</w:t></w:r><w:commentRangeEnd w:id="0"/>'), annotated);
    await run([...TWO_RULES, '--fix', 'w.docx'], { cwd: dir });
    const fixed = readParts(fs.readFileSync(path.join(dir, 'w.docx')))['word/document.xml'];
    assert.equal(fixed, documentXml(body.replace('<w:t>动员</w:t></w:r></w:hyperlink>', '<w:t></w:t></w:r></w:hyperlink>')));
  });
});

describe('Word documents: --annotate', () => {
  it('writes NAME.annotated.docx with one comment per finding on the exact text, keeping existing comments', async () => {
    const existing = `<w:comment w:id="7" w:author="李四" w:initials="LS"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment>`;
    const body = p('<w:commentRangeStart w:id="7"/>', r('开头'), '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>') + BODY;
    const original = buildDocx({ body, header: HEADER, footnotes: FOOTNOTES, comments: existing });
    const dir = tempTree({ 'report.docx': original });
    const result = await run([...TWO_RULES, '--annotate', 'report.docx'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(dir, 'report.docx'))), original, 'the original is untouched');
    assert.match(result.stderr, /已写出带批注的副本 .*report\.annotated\.docx（5 条批注）/);
    assert.match(result.stderr, /1 个问题在页眉或页脚中/);
    const parts = readParts(fs.readFileSync(path.join(dir, 'report.annotated.docx')));
    const comments = commentsOf(parts['word/comments.xml']);
    assert.equal(comments.length, 6);
    assert.deepEqual(comments[0], { id: '7', author: '李四', text: '请核实' });
    const ours = comments.slice(1);
    assert.ok(ours.every((c) => c.author === 'gongwen-lint'));
    assert.deepEqual(ours.map((c) => c.id), ['8', '9', '10', '11', '12']);
    assert.match(ours[0].text, /动员/);
    assert.match(ours[0].text, /建议：/);
    assert.match(ours[0].text, /\(repeated-word\)$/);
    const doc = parts['word/document.xml'];
    assert.equal(anchoredText(doc, '7'), '开头');
    assert.equal(anchoredText(doc, '8'), '动员动员', 'anchored across the split runs');
    assert.equal(anchoredText(doc, '9'), ',');
    assert.equal(anchoredText(doc, '10'), '推进推进');
    assert.equal(anchoredText(doc, '11'), '落实落实');
    assert.equal(anchoredText(parts['word/footnotes.xml'], '12'), '注释注释');
    // Runs split at the anchor's edges: 广泛|动 and 员|加强, the bold run between them as it was.
    assert.ok(doc.includes('<w:r><w:t xml:space="preserve">广泛</w:t></w:r><w:commentRangeStart w:id="8"/><w:r><w:t xml:space="preserve">动</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>员动</w:t></w:r><w:r><w:t xml:space="preserve">员</w:t></w:r><w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r><w:r><w:t xml:space="preserve">加强</w:t></w:r>'), doc);
    assert.equal(parts['word/styles.xml'], readParts(original)['word/styles.xml']);
  });

  it('creates the comments part, its relationship and content type when there is none', async () => {
    const dir = tempTree({ 'a.docx': buildDocx({ body: p(r('中文,中文')) }) });
    await run([...TWO_RULES, '--annotate', 'a.docx'], { cwd: dir });
    const parts = readParts(fs.readFileSync(path.join(dir, 'a.annotated.docx')));
    assert.equal(commentsOf(parts['word/comments.xml']).length, 1);
    assert.match(parts['[Content_Types].xml'], /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/><\/Types>$/);
    assert.match(parts['word/_rels/document.xml.rels'], /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    assert.equal(anchoredText(parts['word/document.xml'], '0'), ',');
  });

  it('with --fix: the original is fixed and the copy comments on what is left (the fix across a revision)', async () => {
    const dir = tempTree({ 'report.docx': sample() });
    const result = await run([...TWO_RULES, '--fix', '--annotate', 'report.docx'], { cwd: dir });
    assert.match(result.stderr, /（1 条批注）/);
    const parts = readParts(fs.readFileSync(path.join(dir, 'report.annotated.docx')));
    assert.deepEqual(commentsOf(parts['word/comments.xml']).map((c) => c.id), ['0']);
    assert.equal(anchoredText(parts['word/document.xml'], '0'), '落实落实');
    assert.ok(parts['word/header1.xml'].includes('页眉，内容'), 'the copy has the fixes too');
  });

  it('does not comment on a commented copy found in a directory, nor read Word lock files (~$name.docx)', async () => {
    const dir = tempTree({ 'in/a.docx': buildDocx({ body: p(r('中文,中文')) }), 'in/~$a.docx': Buffer.from('lock') });
    const first = await run([...TWO_RULES, '--annotate', 'in'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const second = await run([...TWO_RULES, '--annotate', 'in'], { cwd: dir });
    assert.equal(second.stderr.match(/已写出/g)?.length, 1, second.stderr);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'in')).sort(), ['a.annotated.docx', 'a.docx', '~$a.docx']);
  });

  it('writes nothing for a document without findings', async () => {
    const dir = tempTree({ 'a.docx': buildDocx({ body: p(r('全面加强基层组织建设。')) }) });
    const result = await run([...TWO_RULES, '--annotate', 'a.docx'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(fs.existsSync(path.join(dir, 'a.annotated.docx')), false);
  });
});

describe('Word documents: bad input', () => {
  const good = sample();
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
  const cases: [string, Uint8Array, RegExp][] = [
    ['locked.docx', encrypted, /已加密/],
    ['broken.docx', Buffer.from('这不是压缩包'), /已损坏/],
    ['cut.docx', good.subarray(0, Math.floor(good.length / 2)), /被截断/],
    ['macro.docm', good, /启用宏/],
    ['old.doc', ole, /Word 97-2003/],
    ['draft.wps', ole, /WPS/],
  ];
  for (const [name, bytes, reason] of cases) {
    it(`${name}: one line, exit 2 when named`, async () => {
      const dir = tempTree({ [name]: bytes });
      const result = await run([...TWO_RULES, name], { cwd: dir });
      assert.equal(result.code, 2);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, new RegExp(`^gongwen-lint: ${name.replace('.', '\\.')}: 已跳过：.*${reason.source}`));
    });
  }

  it('inside a directory: skipped and counted, the good files still linted', async () => {
    const files: Record<string, Uint8Array> = Object.fromEntries(cases.map(([name, bytes]) => [`in/${name}`, bytes]));
    const dir = tempTree({ ...files, 'in/good.docx': good });
    const result = await run([...TWO_RULES, '--locale', 'en', 'in'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, cases.length);
    assert.match(result.stdout, /in\/good\.docx/);
    assert.match(result.stdout, /6 files? skipped/);
  });
});
