// Reads the tables that tools/packed-tables.mjs writes (layout described there). Nothing is parsed
// or hashed at load: each section is viewed as a typed array, and lookups hash the code units of the
// text itself (no key strings, no Map), exactly as the writer placed the keys.

const MAGIC = 'GWPT';
const FORMAT = 1;
/** What lookups return for a key that is not in the table. */
export const ABSENT = -1;
const ABSENT_VALUE = 0xffff;

/** A table as the header describes it. */
interface TableEntry {
  name: string;
  kind: 'counts' | 'set' | 'strings';
  width: number;
  size: number;
  bits: number;
  offset: number;
  count: number;
  units: number;
}

/** Fibonacci hashing: the high `bits` bits of the product (as the writer's mix). */
function mix(h: number, bits: number): number {
  return Math.imul(h ^ (h >>> 16), 0x9e3779b1) >>> (32 - bits);
}

/**
 * A map from short keys (1 to `width` code units) to values 0–65534, or a set of such keys (every
 * value 0). Lookups return ABSENT (−1) for a key that is not there.
 */
export class CountTable {
  readonly width: number;
  /** Number of keys. */
  readonly size: number;
  private readonly bits: number;
  private readonly mask: number;
  /** Width 1: value by code unit (0xffff: absent). */
  private readonly direct?: Uint16Array;
  /** Width 2: key (a << 16 | b) per slot, 0 = empty. */
  private readonly packed?: Uint32Array;
  /** Width 3 and more: `width` code units per slot, zero-padded; first unit 0 = empty. */
  private readonly units?: Uint16Array;
  /** Value per slot; undefined for a set. */
  private readonly values?: Uint16Array;

  constructor(entry: Pick<TableEntry, 'width' | 'size' | 'bits'>, keys: Uint16Array | Uint32Array, values: Uint16Array | undefined) {
    this.width = entry.width;
    this.size = entry.size;
    this.bits = entry.bits;
    this.mask = 2 ** entry.bits - 1;
    if (entry.width === 1) this.direct = keys as Uint16Array;
    else if (entry.width === 2) this.packed = keys as Uint32Array;
    else this.units = keys as Uint16Array;
    this.values = values;
  }

  /** The value of a one-unit key. */
  getCode(code: number): number {
    if (this.direct) {
      const value = this.direct[code];
      return value === undefined || value === ABSENT_VALUE ? ABSENT : value;
    }
    return this.packed ? this.getPair(code, 0) : this.get(String.fromCharCode(code), 0, 1);
  }

  /** The value of the two-unit key (a, b) of a width-2 table. */
  getPair(a: number, b: number): number {
    const packed = this.packed!;
    const key = ((a << 16) | b) >>> 0;
    if (key === 0) return ABSENT;
    for (let slot = mix(key, this.bits); ; slot = (slot + 1) & this.mask) {
      const found = packed[slot];
      if (found === key) return this.values?.[slot] ?? 0;
      if (found === 0) return ABSENT;
    }
  }

  /** The value of the key text[start, end). */
  get(text: string, start: number, end: number): number {
    return this.getWith(text, start, end, -1, 0);
  }

  /** The value of the key text[start, end) with the code unit at `at` read as `code` instead. */
  getWith(text: string, start: number, end: number, at: number, code: number): number {
    const length = end - start;
    if (length < 1 || length > this.width) return ABSENT;
    const first = start === at ? code : text.charCodeAt(start);
    if (this.direct) return this.getCode(first);
    if (this.packed) return this.getPair(first, length === 1 ? 0 : start + 1 === at ? code : text.charCodeAt(start + 1));
    // No closures or strings here: this runs for every window of the segmentation.
    const units = this.units!;
    const width = this.width;
    let h = 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (i === at ? code : text.charCodeAt(i)), 0x01000193);
    for (let slot = mix(h, this.bits); ; slot = (slot + 1) & this.mask) {
      const base = slot * width;
      if (units[base] === 0) return ABSENT;
      let same = length === width || units[base + length] === 0;
      for (let j = 0; j < length && same; j++) same = units[base + j] === (start + j === at ? code : text.charCodeAt(start + j));
      if (same) return this.values?.[slot] ?? 0;
    }
  }
}

/** A list of strings, kept as code units: item(i) builds a string, the units serve lookups. */
export class StringList {
  constructor(
    /** Item i is units[offsets[i], offsets[i + 1]). */
    readonly offsets: Uint32Array,
    readonly units: Uint16Array,
  ) {}

  get length(): number {
    return this.offsets.length - 1;
  }

  item(i: number): string {
    let s = '';
    const end = this.offsets[i + 1] ?? 0;
    for (let k = this.offsets[i] ?? end; k < end; k++) s += String.fromCharCode(this.units[k] ?? 0);
    return s;
  }
}

export interface PackedTables {
  /** Whatever the writer put in the header's meta. */
  meta: Record<string, unknown>;
  /** Counts and set tables by name. */
  counts: Map<string, CountTable>;
  strings: Map<string, StringList>;
}

// A global of every JavaScript platform we run on (Node, browsers) that the ES library types leave out.
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

/** Byte length of a counts or set table's sections (keys, then values at a 4-byte aligned offset). */
function countTableBytes(t: TableEntry): { keys: number; values: number } {
  const slots = 2 ** t.bits;
  const keys = t.width === 1 ? 65536 * 2 : t.width === 2 ? slots * 4 : slots * t.width * 2;
  return { keys, values: t.kind === 'counts' && t.width > 1 ? slots * 2 : 0 };
}

/**
 * Some counts tables of a packed table file, read through `read(position, length)` (the file's
 * bytes in that range): a caller that needs a few tables of a large file reads those alone. Throws
 * a one-line reason when the file is not one or lacks a table.
 */
export function readPackedCountTables(read: (position: number, length: number) => Uint8Array, names: readonly string[]): Map<string, CountTable> {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('packed tables need a little-endian machine');
  const start = read(0, 8);
  if (start.length < 8 || String.fromCharCode(...start.subarray(0, 4)) !== MAGIC) throw new Error('not a packed table file');
  const headerLength = new DataView(start.buffer, start.byteOffset, 8).getUint32(4, true);
  const headerBytes = read(8, headerLength);
  if (headerBytes.length !== headerLength) throw new Error('packed table file is truncated');
  const header = JSON.parse(new TextDecoder().decode(headerBytes)) as { format: number; tables: TableEntry[] };
  if (header.format !== FORMAT) throw new Error(`packed table format ${header.format}, this program reads ${FORMAT}`);
  const tables = new Map<string, CountTable>();
  for (const name of names) {
    const t = header.tables.find((entry) => entry.name === name && (entry.kind === 'counts' || entry.kind === 'set'));
    if (!t) throw new Error(`packed table file lacks the table ${name}`);
    const { keys, values } = countTableBytes(t);
    const valuesAt = Math.ceil(keys / 4) * 4;
    const length = valuesAt + values;
    // A fresh buffer of its own: offset 0, so the typed array views are aligned.
    const bytes = read(t.offset, length);
    if (bytes.length !== length || bytes.byteOffset % 4 !== 0) throw new Error('packed table file is truncated');
    const keyView = t.width === 2 ? new Uint32Array(bytes.buffer, bytes.byteOffset, keys / 4) : new Uint16Array(bytes.buffer, bytes.byteOffset, keys / 2);
    const valueView = values > 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset + valuesAt, values / 2) : undefined;
    tables.set(name, new CountTable(t, keyView, t.width === 1 && t.kind === 'set' ? undefined : valueView));
  }
  return tables;
}

/** Reads a packed table file (its bytes are used in place); throws a one-line reason when it is not one. */
export function readPackedTables(file: Uint8Array): PackedTables {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('packed tables need a little-endian machine');
  if (file.length < 8 || String.fromCharCode(...file.subarray(0, 4)) !== MAGIC) throw new Error('not a packed table file');
  // Typed array views need aligned offsets: copy once if the buffer is not 4-byte aligned.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('packed table file is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { format: number; meta?: Record<string, unknown>; tables: TableEntry[] };
  if (header.format !== FORMAT) throw new Error(`packed table format ${header.format}, this program reads ${FORMAT}`);
  let offset = 0;
  /** The next section of `length` elements of `Type`, at a 4-byte aligned offset. */
  const section = <T>(Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number }, length: number): T => {
    offset = Math.ceil(offset / 4) * 4;
    if (offset + length * Type.BYTES_PER_ELEMENT > bytes.length) throw new Error('packed table file is truncated');
    const array = new Type(bytes.buffer, bytes.byteOffset + offset, length);
    offset += length * Type.BYTES_PER_ELEMENT;
    return array;
  };
  const result: PackedTables = { meta: header.meta ?? {}, counts: new Map(), strings: new Map() };
  for (const t of header.tables) {
    offset = t.offset;
    if (t.kind === 'counts' || t.kind === 'set') {
      const slots = 2 ** t.bits;
      const keys = t.width === 1 ? section(Uint16Array, 65536) : t.width === 2 ? section(Uint32Array, slots) : section(Uint16Array, slots * t.width);
      const values = t.kind === 'counts' && t.width > 1 ? section(Uint16Array, slots) : undefined;
      result.counts.set(t.name, new CountTable(t, keys, t.width === 1 && t.kind === 'set' ? undefined : values));
    } else if (t.kind === 'strings') {
      const offsets = section(Uint32Array, t.count + 1);
      result.strings.set(t.name, new StringList(offsets, section(Uint16Array, t.units)));
    }
  }
  return result;
}
