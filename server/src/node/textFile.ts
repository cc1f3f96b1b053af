// Reading and writing the drafts people actually have: UTF-8 with or without BOM, UTF-16 with
// BOM, and GB18030/GBK without BOM (still common in government offices). Line endings are
// never touched: the text keeps CRLF, CR and LF exactly as read, and writing encodes the text
// back in the file's own encoding — or refuses, but never writes a file that reads back different.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Why a file was not linted. The CLI turns these into one-line messages. */
export type SkipReason =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'undecodable' }
  | { kind: 'unreadable'; code: string };

export interface TextFile extends DecodedText {
  /** The bytes as read, so writing back can check that nothing else changes. */
  bytes: Uint8Array;
}

export type ReadResult = ({ ok: true } & TextFile) | { ok: false; reason: SkipReason };

/** Read and decode a text file, or say why it cannot be linted. Never throws for I/O problems. */
export function readTextFile(file: string, maxFileSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, reason: { kind: 'unreadable', code: 'EISDIR' } };
    if (stat.size > maxFileSize) return { ok: false, reason: { kind: 'too-large', size: stat.size, limit: maxFileSize } };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' } };
  }
  if (bytes.length > maxFileSize) return { ok: false, reason: { kind: 'too-large', size: bytes.length, limit: maxFileSize } };
  const decoded = decodeBytes(bytes);
  return 'kind' in decoded ? { ok: false, reason: decoded } : { ok: true, ...decoded, bytes };
}

/** Decode bytes by BOM, else as UTF-8, else as GB18030; binary content is refused. */
export function decodeBytes(bytes: Uint8Array): DecodedText | SkipReason {
  let decoded: DecodedText | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = tryDecode('utf-8', bytes.subarray(3), 'utf-8-bom');
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = tryDecode('utf-16le', bytes.subarray(2), 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = tryDecode('utf-16be', bytes.subarray(2), 'utf-16be');
  else {
    // Without a BOM a NUL byte never occurs in UTF-8 or GB18030 text.
    if (bytes.includes(0)) return { kind: 'binary' };
    decoded = tryDecode('utf-8', bytes, 'utf-8') ?? tryDecode('gb18030', bytes, 'gb18030');
  }
  if (!decoded) return { kind: 'undecodable' };
  if (looksBinary(decoded.text)) return { kind: 'binary' };
  return decoded;
}

function tryDecode(label: string, bytes: Uint8Array, encoding: TextEncodingName): DecodedText | undefined {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

/** NUL, or more than 1 % C0 control characters other than tab, line breaks, form feed and escape. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  return controls > Math.max(2, sample.length / 100);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Why text could not be written back. */
export class EncodeError extends Error {
  constructor(
    readonly kind: 'unencodable' | 'not-round-trip' | 'verify-failed',
    readonly encoding: TextEncodingName,
    /** The first character that cannot be written in the encoding. */
    readonly character?: string,
  ) {
    super(
      kind === 'unencodable'
        ? `cannot encode "${character}" (U+${character!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${encoding}`
        : kind === 'not-round-trip'
          ? `the file's ${encoding} bytes do not re-encode identically, so writing would change text outside the fixes`
          : `the encoded ${encoding} text does not read back identically`,
    );
    this.name = 'EncodeError';
  }
}

/** Encode `text` with the BOM the encoding implies. Throws EncodeError for a character it cannot hold. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030':
      return encodeGb18030(text);
  }
}

/** Decode bytes known to be in `encoding` (BOM included), for verification. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  const bomLength = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return tryDecode(label, bytes.subarray(bomLength), encoding)?.text;
}

/**
 * The bytes to write for `newText` replacing `original`, or an EncodeError. The encodings are
 * context-free (each character has one byte form), so when the original bytes re-encode
 * identically, every byte outside the changed text stays the same.
 */
export function encodeForWrite(original: TextFile, newText: string): Uint8Array {
  if (!sameBytes(encodeText(original.text, original.encoding), original.bytes)) {
    throw new EncodeError('not-round-trip', original.encoding);
  }
  const bytes = encodeText(newText, original.encoding);
  if (decodeAs(bytes, original.encoding) !== newText) throw new EncodeError('verify-failed', original.encoding);
  return bytes;
}

/** Write `newText` back in the file's own encoding, atomically. Returns false when nothing changed. */
export function writeTextFile(file: string, original: TextFile, newText: string): boolean {
  if (newText === original.text) return false;
  writeFileAtomic(file, encodeForWrite(original, newText));
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

// --- GB18030 encoder ---------------------------------------------------------------------
// Node decodes GB18030 but cannot encode it. The reverse table is built once, on first need,
// by decoding every two-byte code and the four-byte BMP range (about 20 ms); supplementary
// characters map linearly. Where two codes decode to the same character the first one wins,
// as in the WHATWG encoder.

let bmpTable: Map<number, number> | undefined;
const FOUR_BYTE_BMP_POINTERS = 39420;
const SUPPLEMENTARY_POINTER_BASE = 189000;

function buildGb18030Table(): Map<number, number> {
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const pairs = Buffer.alloc(126 * 190 * 2);
  const codes: number[] = [];
  let i = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pairs[i++] = lead;
      pairs[i++] = trail;
      codes.push((lead << 8) | trail);
    }
  }
  const twoByte = decoder.decode(pairs);
  if (twoByte.length === codes.length) {
    for (let k = 0; k < codes.length; k++) {
      const c = twoByte.charCodeAt(k);
      if (c !== 0xfffd && !table.has(c)) table.set(c, codes[k]);
    }
  }
  const quads = Buffer.alloc(FOUR_BYTE_BMP_POINTERS * 4);
  for (let pointer = 0; pointer < FOUR_BYTE_BMP_POINTERS; pointer++) quads.set(pointerToBytes(pointer), pointer * 4);
  const fourByte = decoder.decode(quads);
  if (fourByte.length === FOUR_BYTE_BMP_POINTERS) {
    for (let pointer = 0; pointer < FOUR_BYTE_BMP_POINTERS; pointer++) {
      const c = fourByte.charCodeAt(pointer);
      if (!table.has(c)) table.set(c, -1 - pointer); // negative: a four-byte pointer
    }
  }
  return table;
}

function pointerToBytes(pointer: number): number[] {
  const b1 = Math.floor(pointer / 12600);
  const b2 = Math.floor((pointer % 12600) / 1260);
  const b3 = Math.floor((pointer % 1260) / 10);
  const b4 = pointer % 10;
  return [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30];
}

function encodeGb18030(text: string): Uint8Array {
  bmpTable ??= buildGb18030Table();
  const out = Buffer.alloc(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        out.set(pointerToBytes(SUPPLEMENTARY_POINTER_BASE + codePoint - 0x10000), n);
        n += 4;
        i++;
        continue;
      }
    }
    const code = bmpTable.get(c);
    if (code === undefined || (c >= 0xd800 && c <= 0xdfff)) throw new EncodeError('unencodable', 'gb18030', text[i]);
    if (code >= 0) {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    } else {
      out.set(pointerToBytes(-1 - code), n);
      n += 4;
    }
  }
  return out.subarray(0, n);
}

// --- atomic write --------------------------------------------------------------------------

/**
 * Write so that readers see either the old or the new content, never half of it: a temporary
 * file in the same directory (same file system), then rename over the target, keeping its mode.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined; // a new file gets the default mode
  }
  const dir = path.dirname(target);
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = path.join(dir, `.${path.basename(target)}.${unique}.tmp`);
  try {
    fs.writeFileSync(temp, data, mode === undefined ? {} : { mode });
    if (mode !== undefined) fs.chmodSync(temp, mode); // the mode given to writeFileSync is filtered by the umask
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
