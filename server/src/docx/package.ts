// The .docx container: a zip of XML parts (Office Open XML). Opening says in one word why a
// file cannot be read (encrypted, legacy .doc, WPS, macros, corrupt, truncated); saving writes
// the changed parts and every other entry with exactly the bytes it was read with.
import { extname } from 'node:path';
import type * as Fflate from 'fflate';
import type { Zippable } from 'fflate';

let fflateModule: typeof Fflate | undefined;

/** fflate, required when a Word file is first opened, not at start-up. */
function fflate(): typeof Fflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (start-up time)
  return (fflateModule ??= require('fflate') as typeof Fflate);
}
const strFromU8 = (bytes: Uint8Array) => fflate().strFromU8(bytes);
const strToU8 = (text: string) => fflate().strToU8(text);

export type DocxProblem = 'encrypted' | 'legacy-doc' | 'wps' | 'macro' | 'corrupt' | 'truncated' | 'not-word';

export interface DocxPackage {
  /** Entry names in the order of the zip, so saving keeps the order. */
  names: string[];
  entries: Map<string, Uint8Array>;
  /** The main document part, normally word/document.xml. */
  mainPart: string;
}

/** Extensions the CLI picks up as Word files; all but .docx are refused with a reason. */
export const WORD_EXTENSIONS = ['.docx', '.docm', '.doc', '.wps'];

export function isWordFile(file: string): boolean {
  return WORD_EXTENSIONS.includes(extname(file).toLowerCase());
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];

export function openPackage(bytes: Uint8Array, fileName: string): DocxPackage | { problem: DocxProblem } {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.wps') return { problem: 'wps' };
  if (extension === '.doc') return { problem: 'legacy-doc' };
  if (startsWith(bytes, OLE_MAGIC)) {
    // Office wraps a password-protected .docx in an OLE file with an EncryptedPackage stream.
    return { problem: containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacy-doc' };
  }
  if (extension === '.docm') return { problem: 'macro' };
  if (!startsWith(bytes, ZIP_MAGIC)) return { problem: 'corrupt' };
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = fflate().unzipSync(bytes);
  } catch {
    return { problem: hasEndRecord(bytes) ? 'corrupt' : 'truncated' };
  }
  const names = Object.keys(unzipped);
  const entries = new Map(names.map((name) => [name, unzipped[name]]));
  const contentTypes = entries.get('[Content_Types].xml');
  if (!contentTypes) return { problem: 'not-word' };
  if (/macroEnabled/i.test(strFromU8(contentTypes))) return { problem: 'macro' };
  const mainPart = findMainPart(entries);
  if (!mainPart) return { problem: 'not-word' };
  return { names, entries, mainPart };
}

/** The zip bytes: `changed` parts replaced or added, all other entries as read. */
export function savePackage(pkg: DocxPackage, changed: ReadonlyMap<string, string>): Uint8Array {
  const files: Zippable = {};
  for (const name of pkg.names) {
    const text = changed.get(name);
    files[name] = text === undefined ? pkg.entries.get(name)! : strToU8(text);
  }
  for (const [name, text] of changed) if (!(name in files)) files[name] = strToU8(text);
  return fflate().zipSync(files, { level: 6 });
}

export function partText(pkg: DocxPackage, name: string): string | undefined {
  const bytes = pkg.entries.get(name);
  return bytes ? strFromU8(bytes) : undefined;
}

/** The parts whose text is linted, in reading order: body, headers, footers, footnotes, endnotes. */
export function textParts(pkg: DocxPackage): string[] {
  const numbered = (kind: string) =>
    pkg.names
      .filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0));
  const notes = ['word/footnotes.xml', 'word/endnotes.xml'].filter((n) => pkg.entries.has(n));
  return [pkg.mainPart, ...numbered('header'), ...numbered('footer'), ...notes];
}

/** The officeDocument relationship in _rels/.rels, else the usual word/document.xml. */
function findMainPart(entries: Map<string, Uint8Array>): string | undefined {
  const rels = entries.get('_rels/.rels');
  if (rels) {
    const match = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(strFromU8(rels));
    const target = match && /\bTarget="\/?([^"]+)"/.exec(match[0])?.[1];
    if (target && entries.has(target)) return target;
  }
  return entries.has('word/document.xml') ? 'word/document.xml' : undefined;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

/** A zip cut short has lost its end-of-central-directory record (the last 22+ bytes). */
function hasEndRecord(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 65557));
  return tail.includes(Buffer.from(END_OF_CENTRAL_DIRECTORY));
}
