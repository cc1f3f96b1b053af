// Rewrites a bundle (and its linked source map) so that every byte of it is ASCII: each UTF-16 code
// unit above 0x7f becomes \uXXXX. esbuild already escapes strings and identifiers (its default
// charset), but copies regular expression literals and the comments it keeps as they are, and the
// rules' patterns hold Chinese. A starter that finds its bundle all ASCII reads it as Latin-1, which
// V8 keeps as a one-byte string: no UTF-8 decoding of the 0.8 MB CLI bundle at every start, and a
// one-byte source to compile (server/src/node/codeCache.ts; docs/performance.md, round 33).
//
// \uXXXX means the same code unit in a string or template literal (esbuild leaves no String.raw), in a
// regular expression with or without the u flag (a \uD8xx\uDCxx pair is one code point under u) and
// in a comment. It would not be the same after a backslash (an identity escape such as \中 would
// become \\u4E2D) or for a line or paragraph separator (which ends a // comment), so a bundle with
// either is refused rather than changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** The Base64 VLQ numbers of one source-map segment. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = BASE64_VALUE.get(c);
    if (digit === undefined) throw new Error(`source map: bad Base64 digit ${c}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -((value - 1) / 2) : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? -v * 2 + 1 : v * 2;
    do {
      let digit = rest % 32;
      rest = Math.floor(rest / 32);
      if (rest > 0) digit |= 32;
      out += BASE64[digit];
    } while (rest > 0);
  }
  return out;
}

/** Escapes `text` (one generated line) and returns it with, for each old column, how far it moved. */
function escapeLine(text, file, lineNumber) {
  let out = '';
  let shift = 0;
  const shiftAt = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    shiftAt[i] = shift;
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      continue;
    }
    if (code === 0x2028 || code === 0x2029) throw new Error(`${file}:${lineNumber + 1}: a line or paragraph separator; cannot escape it to ASCII`);
    if (i > 0 && text.charCodeAt(i - 1) === 0x5c) throw new Error(`${file}:${lineNumber + 1}: a backslash before U+${code.toString(16)}; cannot escape it to ASCII`);
    out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    shift += 5;
  }
  shiftAt[text.length] = shift;
  return { out, shiftAt };
}

/** Rewrites `jsFile` as ASCII, and `jsFile + '.map'` (if there) so that its generated columns still point where they did. */
export function escapeBundleToAscii(jsFile) {
  const lines = readFileSync(jsFile, 'utf8').split('\n');
  const mapFile = `${jsFile}.map`;
  const map = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined;
  const mappingLines = map ? map.mappings.split(';') : [];
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!/[^\x00-\x7f]/.test(line)) continue;
    changed = true;
    const { out, shiftAt } = escapeLine(line, jsFile, n);
    lines[n] = out;
    if (!map || !mappingLines[n]) continue;
    // The first number of each segment is its generated column, relative to the segment before on the line.
    let column = 0;
    let newColumn = 0;
    mappingLines[n] = mappingLines[n].split(',').map((segment) => {
      const values = decodeSegment(segment);
      column += values[0];
      const moved = column + shiftAt[Math.min(column, line.length)];
      values[0] = moved - newColumn;
      newColumn = moved;
      return encodeSegment(values);
    }).join(',');
  }
  if (!changed) return;
  writeFileSync(jsFile, lines.join('\n'));
  if (map) {
    map.mappings = mappingLines.join(';');
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
