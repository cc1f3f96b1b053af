// Reading and writing the drafts people actually have: UTF-8 with or without BOM, UTF-16 with
// BOM, and GB18030/GBK without BOM (still common in government offices). Line endings are
// never touched: the text keeps CRLF, CR and LF exactly as read, and writing encodes the text
// back in the file's own encoding — or refuses, but never writes a file that reads back different.
import { isUtf8 } from 'node:buffer';
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locale, Localized } from '../engine';
import { composeText, localize } from '../engine/messages';
import { decodeGb18030, encodeGb18030, legacyFormsOf, type LegacyForms } from './gb18030';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom' | 'utf-16be-nobom' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Why a file was not linted. The CLI turns these into one-line messages. */
export type SkipReason =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'undecodable' }
  | { kind: 'unreadable'; code: string }
  /** A pipe, a device or a socket named as a file (`gongwen-lint <(cmd)`): its text belongs on --stdin. */
  | { kind: 'not-a-file' };

/** Common I/O error codes in words; the code stays beside them (文件不存在（ENOENT）) for searching. */
export const IO_ERROR_WORDS: Record<string, Localized> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EACCES: { zh: '权限不足', en: 'permission denied' },
  EPERM: { zh: '权限不足', en: 'permission denied' },
  EISDIR: { zh: '这是一个目录', en: 'it is a directory' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a part of the path is not a directory' },
  ELOOP: { zh: '符号链接循环', en: 'too many levels of symbolic links' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '打开的文件过多', en: 'too many open files' },
  EIO: { zh: '读写出错', en: 'input/output error' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
};

/** An I/O error code as one clause: “权限不足（EACCES）”; an unlisted code as it is. */
export function ioErrorText(code: string): Localized {
  const words = IO_ERROR_WORDS[code];
  return words ? composeText(IO_ERROR_CLAUSE, { words, code }) : { zh: code, en: code };
}

/** The words and the code (no words to convert: not in the table). */
const IO_ERROR_CLAUSE: Localized = { zh: '{{words}}（{{code}}）', en: '{{words}} ({{code}})' };

/** ioErrorText's clause in `locale` (zh-TW: the words from the generated table, when it is loaded). */
export function ioErrorClause(code: string, locale: Locale): string {
  const words = IO_ERROR_WORDS[code];
  if (!words) return code;
  return locale === 'en' ? `${words.en} (${code})` : `${localize(words, locale)}（${code}）`;
}

export interface TextFile extends DecodedText {
  /** The bytes as read, so writing back can check that nothing else changes. */
  bytes: Uint8Array;
}

export type ReadResult = ({ ok: true } & TextFile) | { ok: false; reason: SkipReason };

/** Read and decode a text file, or say why it cannot be linted. Never throws for I/O problems. */
export function readTextFile(file: string, maxFileSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: { kind: 'unreadable', code: 'EISDIR' } };
    if (!stat.isFile()) return { ok: false, reason: { kind: 'not-a-file' } };
    if (stat.size > maxFileSize) return { ok: false, reason: { kind: 'too-large', size: stat.size, limit: maxFileSize } };
    bytes = readFileSync(file);
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
    // Without a BOM a NUL byte never occurs in UTF-8 or GB18030 text; it does in UTF-16 saved without one (an editor's
    // “UTF-16 LE” without BOM, a tool's output): read as such when its zero bytes fall as UTF-16 text has them.
    if (bytes.includes(0)) return utf16WithoutBom(bytes) ?? { kind: 'binary' };
    decoded = tryDecode('utf-8', bytes, 'utf-8') ?? tryDecode('gb18030', bytes, 'gb18030');
  }
  if (!decoded) return { kind: 'undecodable' };
  if (looksBinary(decoded.text)) return { kind: 'binary' };
  return decoded;
}

/** Bytes read for the zero-byte pattern (and decoded to check the text): 64 K code units. */
const UTF16_SAMPLE_BYTES = 131072;

/**
 * UTF-16 text without BOM, or undefined. In UTF-16LE every ASCII character (letters, digits, spaces, line breaks) has
 * its zero byte at an odd offset, in UTF-16BE at an even one; a CJK character has none, but 1 in 256 has a zero low
 * byte (一 U+4E00, 最 U+6700), on the other side. So the side with more zero bytes is tried first, then the other (a
 * paragraph of Chinese may hold more 一 than line breaks), and a decoding is taken when it is text: no NUL, few control
 * characters, and its characters are ASCII, CJK, CJK punctuation or full-width forms, with few others. Read in the
 * wrong order, CJK text is code units scattered over the whole range, and so is a binary file with zero bytes (an
 * image, an archive, a Word 97 .doc; CJK ideographs are a third of the range): it stays binary.
 */
export function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const sample = bytes.length > UTF16_SAMPLE_BYTES ? bytes.subarray(0, UTF16_SAMPLE_BYTES) : bytes;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const orders: readonly TextEncodingName[] = odd >= even ? ['utf-16le-nobom', 'utf-16be-nobom'] : ['utf-16be-nobom', 'utf-16le-nobom'];
  for (const encoding of orders) {
    const decoded = tryDecode(encoding === 'utf-16le-nobom' ? 'utf-16le' : 'utf-16be', bytes, encoding);
    if (decoded && !looksBinary(decoded.text) && looksLikeText(decoded.text) && !asciiReadAsUtf16(decoded.text)) return decoded;
  }
  return undefined;
}

/**
 * The text is ASCII read two bytes a character: an ASCII file (a log, a CSV, source code) with one stray NUL byte. Two
 * printable ASCII bytes make a code unit of U+2020–U+7E7E, mostly CJK ideographs (“ab” is 扡), so looksLikeText()
 * passes it and the file was linted as a page of nonsense Chinese. In real UTF-16 text about one ideograph in five has
 * two such bytes (中 U+4E2D does, 国 U+56FD does not); here every one does. Decided on the first 64 K characters and
 * on at least 8 characters above U+00FF (a shorter text is let through).
 */
function asciiReadAsUtf16(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let wide = 0;
  let asciiPairs = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) continue;
    wide++;
    const high = c >> 8;
    const low = c & 0xff;
    if (high >= 0x20 && high <= 0x7e && low >= 0x20 && low <= 0x7e) asciiPairs++;
  }
  return wide >= 8 && asciiPairs >= wide * 0.9;
}

/**
 * Characters of Chinese text: ASCII printable and white space, Latin, general punctuation and currency signs, symbols,
 * CJK (extension A, compatibility ideographs, and the surrogates of extension B and beyond), CJK punctuation, kana,
 * full-width forms.
 */
const TEXT_CHARS = /[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u20cf\u2100-\u27ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ud800-\udfff]/g;

/** At least 95 % of the first 64 K characters are characters of text (random code units: about 40 %). */
function looksLikeText(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  TEXT_CHARS.lastIndex = 0;
  const matched = sample.match(TEXT_CHARS)?.length ?? 0;
  return matched >= sample.length * 0.95;
}

function tryDecode(label: string, bytes: Uint8Array, encoding: TextEncodingName): DecodedText | undefined {
  if (encoding === 'gb18030') {
    const text = decodeGb18030(bytes);
    return text === undefined ? undefined : { text, encoding };
  }
  // UTF-8 is checked with node:buffer's isUtf8 and decoded by Buffer: the same strings and refusals as a fatal
  // TextDecoder, without creating ICU's converter in every run (≈ 0.15 ms of each CLI start, round 33).
  if (label === 'utf-8' && typeof isUtf8 === 'function') {
    return isUtf8(bytes) ? { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding } : undefined;
  }
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

/** C0 control characters other than tab, line breaks (LF, VT, FF, CR) and escape; NUL apart. */
const CONTROL = /[\x01-\x08\x0e-\x1a\x1c-\x1f]/g;

/**
 * NUL, or more than 1 % C0 control characters other than tab, line breaks, form feed and escape, in the
 * first 64 K characters. Searched with a regular expression rather than a loop over each character: in a
 * process that has just started the loop runs in V8's interpreter, ≈ 1 ms for 64 K characters (round 32).
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\0')) return true;
  const limit = Math.max(2, sample.length / 100);
  let controls = 0;
  CONTROL.lastIndex = 0;
  while (CONTROL.exec(sample) !== null) if (++controls > limit) return true;
  return false;
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

/**
 * Encode `text` with the BOM the encoding implies. Throws EncodeError for a character it cannot hold.
 * `legacy`: GBK byte forms to keep (GB18030 only), as the file being rewritten has them.
 */
export function encodeText(text: string, encoding: TextEncodingName, legacy?: LegacyForms): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-16le-nobom':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be-nobom':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030': {
      const bytes = encodeGb18030(text, legacy);
      if (bytes instanceof Uint8Array) return bytes;
      throw new EncodeError('unencodable', encoding, bytes.unencodable);
    }
  }
}

/** Decode bytes known to be in `encoding` (BOM included), for verification. */
function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  const bomLength = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding === 'utf-16le-nobom' ? 'utf-16le' : encoding === 'utf-16be-nobom' ? 'utf-16be' : encoding;
  return tryDecode(label, bytes.subarray(bomLength), encoding)?.text;
}

/**
 * The bytes to write for `newText` replacing `original`, or an EncodeError. The encodings are
 * context-free (each character has one byte form, GBK's legacy forms kept as the file has them),
 * so when the original bytes re-encode identically, every byte outside the changed text stays the same.
 */
export function encodeForWrite(original: TextFile, newText: string): Uint8Array {
  const legacy = formsThatReproduce(original);
  if (!legacy) throw new EncodeError('not-round-trip', original.encoding);
  const bytes = encodeText(newText, original.encoding, legacy);
  if (decodeAs(bytes, original.encoding) !== newText) throw new EncodeError('verify-failed', original.encoding);
  return bytes;
}

/** How to encode so that the file's own text gives back its own bytes; undefined when nothing does. */
function formsThatReproduce(original: TextFile): LegacyForms | undefined {
  if (original.encoding === 'gb18030') return legacyFormsOf(original.text, original.bytes);
  return sameBytes(encodeText(original.text, original.encoding), original.bytes) ? {} : undefined;
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

// --- atomic write --------------------------------------------------------------------------

/**
 * Write so that readers see either the old or the new content, never half of it: a temporary
 * file in the same directory (same file system), then rename over the target, keeping its mode.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    mode = undefined; // a new file gets the default mode
  }
  const dir = dirname(target);
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dir, `.${basename(target)}.${unique}.tmp`);
  try {
    writeFileSync(temp, data, mode === undefined ? {} : { mode });
    if (mode !== undefined) chmodSync(temp, mode); // the mode given to writeFileSync is filtered by the umask
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
