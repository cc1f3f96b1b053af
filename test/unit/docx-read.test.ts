// Reading WordprocessingML: which text is a paragraph's text, and where each piece sits in the XML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { openPackage, savePackage, textParts } from '../../server/src/docx/package';
import { decodeXml, rawOffset, readParagraphs } from '../../server/src/docx/read';
import { buildDocx, documentXml, p, r, readParts } from '../helpers/docx';

const texts = (body: string) => readParagraphs(documentXml(body), 'word/document.xml').map((para) => para.text);

describe('docx: reading paragraphs', () => {
  it('joins runs, keeps empty paragraphs as lines, reads table cells in order', () => {
    const table = `<w:tbl><w:tr><w:tc>${p(r('甲'))}</w:tc><w:tc>${p(r('乙'), r('丙', '<w:i/>'))}</w:tc></w:tr></w:tbl>`;
    assert.deepEqual(texts(p(r('全面'), r('加强', '<w:b/>')) + p() + table), ['全面加强', '', '甲', '乙丙']);
  });

  it('decodes entities and character references in w:t', () => {
    assert.deepEqual(texts(p('<w:r><w:t>A&amp;B &lt;一&gt; &#x4E2D;&#25991;</w:t></w:r>')), ['A&B <一> 中文']);
  });

  it('a tab or a line break stands for one character that is not editable', () => {
    const [para] = readParagraphs(documentXml(p('<w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t></w:r>')), 'd');
    assert.equal(para.text, '一\t二\t三');
    assert.deepEqual(para.segments.map((s) => s.editable), [true, false, true, false, true]);
  });

  it('leaves out deleted and moved-away text, field codes and results, hidden runs; reads insertions and moves', () => {
    const body = p(
      r('甲'),
      '<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="a">', r('增'), '</w:ins>',
      '<w:moveFrom w:id="3" w:author="a">', r('移出'), '</w:moveFrom>',
      '<w:moveTo w:id="4" w:author="a">', r('移入'), '</w:moveTo>',
      '<w:fldSimple w:instr=" PAGE ">', r('9'), '</w:fldSimple>',
      // A field inside a field: both codes and results are left out.
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('结果'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      r('隐', '<w:vanish/>'),
      r('显', '<w:vanish w:val="0"/>'),
      r('乙'),
    );
    assert.deepEqual(texts(body), ['甲增移入显乙']);
  });

  it('segments on either side of left-out text are in different groups (a fix may not join them)', () => {
    const [para] = readParagraphs(documentXml(p(r('一'), r('二'), '<w:ins w:id="1" w:author="a">', r('三'), '</w:ins>', r('四'), r('隐', '<w:vanish/>'), r('五'))), 'd');
    const groups = para.segments.map((s) => s.group);
    assert.equal(groups[0], groups[1], 'adjacent plain runs join');
    assert.equal(new Set(groups.slice(1)).size, 4, '二 | 三 (inserted) | 四 | 五 (after hidden text)');
  });

  it('a text box is its own paragraph after the one holding it; the mc:Fallback copy is not read', () => {
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const drawing = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('框内')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    assert.deepEqual(texts(p(r('前'), drawing, r('后'))), ['前后', '框内']);
  });

  it('records the offsets of each w:t content and its run', () => {
    const xml = documentXml(p('<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">加强 </w:t></w:r>'));
    const [segment] = readParagraphs(xml, 'd')[0].segments;
    assert.equal(xml.slice(segment.contentStart, segment.contentEnd), '加强 ');
    assert.equal(xml.slice(segment.openTagStart, segment.openTagEnd), '<w:t xml:space="preserve">');
    assert.equal(segment.run.openTag, '<w:r w:rsidR="00A1">');
    assert.equal(segment.run.rPr, '<w:rPr><w:b/></w:rPr>');
    assert.equal(xml.slice(segment.run.openStart, segment.run.closeEnd), '<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">加强 </w:t></w:r>');
  });

  it("a run's properties are its own w:rPr, not the old ones of a tracked formatting change", () => {
    const run = '<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>加粗</w:t></w:r>';
    const [para] = readParagraphs(documentXml(p(run)), 'd');
    assert.equal(para.text, '加粗', 'hidden only before the change');
    assert.equal(para.segments[0].run.rPr, '<w:rPr><w:b/><w:rPrChange w:id="5" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr>');
  });

  it('maps decoded offsets to raw offsets', () => {
    const raw = 'a&amp;b&#x4E2D;c';
    assert.equal(decodeXml(raw), 'a&b中c');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((k) => rawOffset(raw, k)), [0, 1, 6, 7, 15, 16]);
  });
});

describe('docx: the package', () => {
  it('reads parts in order body, headers, footers, notes; saving keeps untouched entries byte for byte', () => {
    const bytes = buildDocx({ body: p(r('正文')), header: p(r('页眉')), footer: p(r('页脚')), footnotes: '' });
    const pkg = openPackage(bytes, 'a.docx');
    assert.ok(!('problem' in pkg));
    assert.deepEqual(textParts(pkg), ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'word/footnotes.xml']);
    const saved = readParts(savePackage(pkg, new Map([['word/document.xml', '<changed/>']])));
    const before = readParts(bytes);
    assert.equal(saved['word/document.xml'], '<changed/>');
    for (const name of Object.keys(before).filter((n) => n !== 'word/document.xml')) assert.equal(saved[name], before[name], name);
  });

  it('names the problem: a zip without a Word body, a .docm by its content type', () => {
    const notWord = buildDocx({ body: '', extra: {} });
    const parts = readParts(notWord);
    const withoutBody = zipSync({ '[Content_Types].xml': strToU8(parts['[Content_Types].xml']) });
    assert.deepEqual(openPackage(withoutBody, 'a.docx'), { problem: 'not-word' });
    const macro = zipSync({ ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])), '[Content_Types].xml': strToU8(parts['[Content_Types].xml'].replace('document.main+xml', 'document.macroEnabled.main+xml')) });
    assert.deepEqual(openPackage(macro, 'renamed.docx'), { problem: 'macro' });
    assert.deepEqual(openPackage(new Uint8Array(), 'empty.docx'), { problem: 'corrupt' });
  });
});
