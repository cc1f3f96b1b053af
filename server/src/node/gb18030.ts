// GB18030 (and GBK, its two-byte subset) through iconv-lite, one library for both directions, so that
// whatever is read is written back with the same bytes. Node's TextDecoder only checks that the bytes
// are valid: iconv-lite accepts some invalid four-byte codes, and it cannot say "this was not GB18030".
import type * as Iconv from 'iconv-lite';

let iconvModule: typeof Iconv | undefined;

/** iconv-lite, required on first use: most files are UTF-8 and never need it (start-up time). */
function iconv(): typeof Iconv {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose
  return (iconvModule ??= require('iconv-lite') as typeof Iconv);
}

/**
 * Byte forms older GBK programs wrote and GB18030 decoders still read: the euro sign as the single
 * byte 0x80 (Windows code page 936) and the ideographic space as A3A0. Encoding writes the standard
 * forms (A2E3, A1A1) unless told to keep these.
 */
export interface LegacyForms {
  euro80?: boolean;
  spaceA3A0?: boolean;
}

const LEGACY = [
  { key: 'euro80', char: '\u20ac', bytes: [0x80] },
  { key: 'spaceA3A0', char: '\u3000', bytes: [0xa3, 0xa0] },
] as const;

/** Made on first use: opening ICU's GB18030 converter costs ≈ 0.15 ms, which a UTF-8 file never needs. */
let validator: InstanceType<typeof TextDecoder> | undefined;

/** The text of valid GB18030 bytes, or undefined when the bytes are not GB18030. */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  try {
    (validator ??= new TextDecoder('gb18030', { fatal: true, ignoreBOM: true })).decode(bytes);
  } catch {
    return undefined;
  }
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

/**
 * The GB18030 bytes of `text`. Returns the first character that has no GB18030 form instead (a lone
 * surrogate, or U+E5E5, whose 2005 code A3A0 decoders read as the ideographic space).
 */
export function encodeGb18030(text: string, legacy: LegacyForms = {}): Uint8Array | { unencodable: string } {
  const forms = LEGACY.filter((form) => legacy[form.key] === true);
  const bytes = forms.length === 0 ? encodePlain(text) : encodeWithForms(text, forms);
  if (decodeGb18030(bytes) === text) return bytes;
  return { unencodable: firstUnencodable(text) };
}

/**
 * The legacy forms with which `text` encodes to exactly `bytes`, or undefined when no choice does
 * (the file mixes both forms of one character).
 */
export function legacyFormsOf(text: string, bytes: Uint8Array): LegacyForms | undefined {
  const choices: LegacyForms[] = [{}, { euro80: true }, { spaceA3A0: true }, { euro80: true, spaceA3A0: true }];
  return choices.find((legacy) => {
    const encoded = encodeGb18030(text, legacy);
    return encoded instanceof Uint8Array && Buffer.compare(encoded, bytes) === 0;
  });
}

function encodePlain(text: string): Buffer {
  return iconv().encode(text, 'gb18030');
}

/** Each character is encoded on its own (GB18030 has no state), so pieces can be joined. */
function encodeWithForms(text: string, forms: readonly (typeof LEGACY)[number][]): Buffer {
  const special = new Map<string, readonly number[]>(forms.map((form) => [form.char, form.bytes]));
  const pieces: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const bytes = special.get(text[i]);
    if (!bytes) continue;
    pieces.push(encodePlain(text.slice(from, i)), Buffer.from(bytes));
    from = i + 1;
  }
  pieces.push(encodePlain(text.slice(from)));
  return Buffer.concat(pieces);
}

function firstUnencodable(text: string): string {
  for (const char of text) {
    if (decodeGb18030(encodePlain(char)) !== char) return char;
  }
  return text; // not reached: some character failed
}
