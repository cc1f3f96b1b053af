// Build small .docx files in the tests: the XML parts are written here and zipped with fflate,
// so each test shows the exact WordprocessingML it reads, fixes or annotates.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The content of w:body (paragraphs and tables); a w:sectPr referring to the header/footer is added. */
  body: string;
  header?: string;
  footer?: string;
  footnotes?: string;
  /** w:comment elements of an existing comments part. */
  comments?: string;
  /** Extra or replaced parts, as raw text. */
  extra?: Record<string, string>;
}

/** A run: `r('文字')`, or with run properties `r('文字', '<w:b/>')`. */
export function r(text: string, rPr = ''): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t${space}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
}

export function p(...runs: string[]): string {
  return `<w:p>${runs.join('')}</w:p>`;
}

export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="SimSun"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

export function documentXml(body: string, withHeaderFooter = { header: false, footer: false }): string {
  const refs = (withHeaderFooter.header ? `<w:headerReference w:type="default" r:id="rIdHeader"/>` : '') + (withHeaderFooter.footer ? `<w:footerReference w:type="default" r:id="rIdFooter"/>` : '');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:mc="${MC_NS}" xmlns:w14="${W14_NS}" mc:Ignorable="w14"><w:body>${body}<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const overrides = [`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`, `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`];
  const rels = [`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`];
  const files: Record<string, string> = {};
  const wrap = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${inner}</w:${root}>`;
  if (parts.header !== undefined) {
    files['word/header1.xml'] = wrap('hdr', parts.header);
    overrides.push(`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`);
    rels.push(`<Relationship Id="rIdHeader" Type="${REL}/header" Target="header1.xml"/>`);
  }
  if (parts.footer !== undefined) {
    files['word/footer1.xml'] = wrap('ftr', parts.footer);
    overrides.push(`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`);
    rels.push(`<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>`);
  }
  if (parts.footnotes !== undefined) {
    const separators = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
    files['word/footnotes.xml'] = wrap('footnotes', separators + parts.footnotes);
    overrides.push(`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`);
    rels.push(`<Relationship Id="rIdFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  if (parts.comments !== undefined) {
    files['word/comments.xml'] = wrap('comments', parts.comments);
    overrides.push(`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
    rels.push(`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`);
  }
  const all: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': documentXml(parts.body, { header: parts.header !== undefined, footer: parts.footer !== undefined }),
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    'word/styles.xml': STYLES_XML,
    ...files,
    ...parts.extra,
  };
  return zipSync(Object.fromEntries(Object.entries(all).map(([name, text]) => [name, strToU8(text)])));
}

/** Every part of a .docx as text. */
export function readParts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each w:comment: [author, text of its w:t elements]. */
export function commentsOf(commentsXml: string): { id: string; author: string; text: string }[] {
  return [...commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: /w:id="(\d+)"/.exec(m[1])![1],
    author: /w:author="([^"]*)"/.exec(m[1])![1],
    text: [...m[2].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((para) => [...para[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n'),
  }));
}

/** The text between w:commentRangeStart and w:commentRangeEnd of comment `id` (w:t text only). */
export function anchoredText(documentXml: string, id: string): string {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start < 0 || end < start) return '';
  return [...documentXml.slice(start, end).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
