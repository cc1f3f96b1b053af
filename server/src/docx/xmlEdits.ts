// Edits to XML text at known offsets: everything outside the edited ranges stays byte for byte.
export interface XmlEdit {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping edits; edits at the same offset keep the order they were given in. */
export function applyXmlEdits(xml: string, edits: readonly XmlEdit[]): string {
  const sorted = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    out += xml.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return out + xml.slice(cursor);
}

/** A `<w:t …>` open tag that keeps leading, trailing and repeated spaces. */
export function preservingOpenTag(openTag: string): string {
  if (/\bxml:space=/.test(openTag)) return openTag;
  return openTag.replace(/^<w:t\b/, '<w:t xml:space="preserve"');
}

export function needsPreserve(text: string): boolean {
  return /^\s|\s$|\s\s/.test(text);
}
