// HTML character entities left in text copied from a web page: 6&permil;以内 (‰), 中国&middot;青海 (·), &#8240;.
// Their closing ";" is no half-width semicolon of the prose: the entity as a whole stands for one character.

/** The characters of the named entities a Chinese report copied from the web may carry. */
const NAMED: Record<string, string> = {
  permil: '‰', middot: '·', nbsp: '\u00a0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–',
  hellip: '…', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±', amp: '&', lt: '<', gt: '>', quot: '"',
  laquo: '«', raquo: '»', sup2: '²', sup3: '³', micro: 'µ', sect: '§', copy: '©', reg: '®', trade: '™', yen: '¥',
};

const ENTITY_BEFORE = /&(?:([A-Za-z][A-Za-z0-9]{1,7})|#(\d{2,7})|#[xX]([0-9A-Fa-f]{2,6}))$/;

export interface HtmlEntity {
  /** Offset of its "&". */
  start: number;
  /** Its text, "&permil;". */
  text: string;
  /** The character it stands for, when known. */
  char?: string;
}

/** Is there an "&" among the `span` code units before `i`? (Bounded: lastIndexOf would search back through the whole paragraph at every ";".) */
function ampersandWithin(text: string, i: number, span: number): boolean {
  for (let k = i - 1, stop = Math.max(0, i - span); k >= stop; k--) if (text.charCodeAt(k) === 0x26) return true;
  return false;
}

/** The HTML character entity whose closing ";" is at `i` (6&permil;以内), if there is one. */
export function htmlEntityEndingAt(text: string, i: number): HtmlEntity | undefined {
  if (text.charCodeAt(i) !== 0x3b || !ampersandWithin(text, i, 10)) return undefined;
  const m = ENTITY_BEFORE.exec(text.slice(Math.max(0, i - 10), i));
  if (!m) return undefined;
  const start = i - m[0].length;
  const entity = text.slice(start, i + 1);
  let char: string | undefined;
  if (m[1] !== undefined) char = NAMED[m[1]];
  else {
    const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3] ?? '', 16);
    if (code > 0 && code <= 0x10ffff) char = String.fromCodePoint(code);
  }
  // An unknown name (&foo;) is taken as an entity only in its usual lower-case spelling.
  if (char === undefined && (m[1] === undefined || m[1] !== m[1].toLowerCase())) return undefined;
  return { start, text: entity, char };
}
