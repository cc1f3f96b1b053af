// Reads the tables that tools/packed-tables.mjs writes (layout described there). Nothing is parsed
// or hashed at load: each section is viewed as a typed array, and lookups hash the code units of the
// text itself (no key strings, no Map), exactly as the writer placed the keys.

const MAGIC = 'GWPT';
const FORMAT = 2;
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
  /**
   * Width 2 and more: per slot `width` code units of the key (zero-padded; first unit 0: empty slot),
   * then its value (counts only): a key and its value share a cache line.
   */
  private readonly slots?: Uint16Array;
  /** Code units per slot: width, + 1 with values. */
  private readonly stride: number;
  private readonly counts: boolean;

  /** `units`: width 1, the values by code unit; wider, the slots (see `slots`), `counts` telling whether they hold values. */
  constructor(entry: Pick<TableEntry, 'width' | 'size' | 'bits'>, units: Uint16Array, counts: boolean) {
    this.width = entry.width;
    this.size = entry.size;
    this.bits = entry.bits;
    this.mask = 2 ** entry.bits - 1;
    this.counts = counts;
    this.stride = entry.width + (counts ? 1 : 0);
    if (entry.width === 1) this.direct = units;
    else this.slots = units;
  }

  /** The value of a one-unit key. */
  getCode(code: number): number {
    if (this.direct) {
      const value = this.direct[code];
      return value === undefined || value === ABSENT_VALUE ? ABSENT : value;
    }
    return this.width === 2 ? this.getPair(code, 0) : this.get(String.fromCharCode(code), 0, 1);
  }

  /** The values of a width-1 table by code unit (0xffff: absent), for loops over every character. */
  codeValues(): Uint16Array {
    if (!this.direct) throw new Error('codeValues needs a table of width 1');
    return this.direct;
  }

  /** The value of the two-unit key (a, b) of a width-2 table. */
  getPair(a: number, b: number): number {
    const slots = this.slots!;
    const key = ((a << 16) | b) >>> 0;
    if (key === 0) return ABSENT;
    const stride = this.stride;
    for (let slot = mix(key, this.bits); ; slot = (slot + 1) & this.mask) {
      const base = slot * stride;
      const first = slots[base];
      if (first === a && slots[base + 1] === b) return this.counts ? (slots[base + 2] ?? 0) : 0;
      if (first === 0) return ABSENT;
    }
  }

  /**
   * The slots of a width-2 table, for loops over every key: per slot a, b (0 0: empty; a 1-unit key
   * has b 0), then the value of a counts table; `stride` code units per slot.
   */
  pairSlots(): { slots: Uint16Array; stride: number } {
    if (!this.slots || this.width !== 2) throw new Error('pairSlots needs a table of width 2');
    return { slots: this.slots, stride: this.stride };
  }

  /**
   * The slots of a table of width 3 or more, for loops over every key: per slot `width` code units of the key
   * (zero-padded; first unit 0: empty slot), then the value of a counts table; `stride` code units per slot.
   */
  wideSlots(): { slots: Uint16Array; stride: number; width: number } {
    if (!this.slots || this.width < 3) throw new Error('wideSlots needs a table of width 3 or more');
    return { slots: this.slots, stride: this.stride, width: this.width };
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
    if (this.width === 2) return this.getPair(first, length === 1 ? 0 : start + 1 === at ? code : text.charCodeAt(start + 1));
    // No closures or strings here: this runs for every window of the segmentation.
    const slots = this.slots!;
    const width = this.width;
    const stride = this.stride;
    let h = 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (i === at ? code : text.charCodeAt(i)), 0x01000193);
    for (let slot = mix(h, this.bits); ; slot = (slot + 1) & this.mask) {
      const base = slot * stride;
      if (slots[base] === 0) return ABSENT;
      let same = length === width || slots[base + length] === 0;
      for (let j = 0; j < length && same; j++) same = slots[base + j] === (start + j === at ? code : text.charCodeAt(start + j));
      if (same) return this.counts ? (slots[base + width] ?? 0) : 0;
    }
  }
}

/**
 * The keys of a width-2 table as a bit matrix, one row and one column per character that occurs in
 * a key: "is (a, b) a key?" in three array reads and no hashing, where the hash table needs several
 * probes to say that a key is absent (the common answer). Built at load, from the table (N
 * characters: N × N bits). A row can also be read 32 columns at a time (rowAt, word).
 */
export class PairBits {
  /** Number of each code unit (its row and column), + 1 (0: in no key). Read in place by loops that fuse this matrix's lookups with others (WrongCharacterModel.scanParagraph). */
  readonly numberOf: Uint16Array;
  /** Characters numbered (rows), and 32-bit words per row. */
  private readonly size: number;
  readonly stride: number;
  /** Row r (a character's number − 1) is bits[r · stride, (r + 1) · stride): bit c of it for column c. */
  readonly bits: Uint32Array;

  /**
   * Options: `first`, code units numbered 0, 1, … in this order (so that rows line up with another
   * numbering); the other characters of the keys follow, those in many keys first (text is made of
   * them, so the lookups of running text stay in a small corner of the matrix and of the cache).
   * `complete`: `first` holds every character of the keys (no pass to find the others; a key with
   * another character is refused). `transposed`: the matrix of the keys (b, a), whose row of b lists
   * the characters before it. `numberedAs`: a matrix of the same table whose numbering this one takes.
   */
  constructor(table: PairSource, options: { first?: readonly number[]; complete?: boolean; transposed?: boolean; numberedAs?: PairBits } = {}) {
    // Plain loops over the slots: this runs once, at load, before any JIT.
    const { slots, stride: slotStride } = table.pairSlots();
    const { first = [], complete = false, transposed = false, numberedAs } = options;
    this.numberOf = numberedAs ? numberedAs.numberOf : new Uint16Array(65536);
    this.size = numberedAs ? numberedAs.size : this.number(slots, slotStride, first, complete);
    this.stride = Math.max(1, Math.ceil(this.size / 32));
    const bits = (this.bits = new Uint32Array(this.size * this.stride));
    // Locals only: the loop runs before the JIT has seen it, where every property read costs.
    const numberOf = this.numberOf;
    const stride = this.stride;
    const rowUnit = transposed ? 1 : 0;
    for (let base = 0, end = slots.length; base < end; base += slotStride) {
      if (slots[base] === 0) continue;
      const row = (numberOf[slots[base + rowUnit] ?? 0] ?? 0) - 1;
      const column = (numberOf[slots[base + 1 - rowUnit] ?? 0] ?? 0) - 1;
      if (row < 0 || column < 0) throw new Error(`pair ${String.fromCharCode(slots[base] ?? 0, slots[base + 1] ?? 0)} has a character the numbering lacks`);
      const word = row * stride + (column >>> 5);
      bits[word] = (bits[word] ?? 0) | (1 << (column & 31));
    }
  }

  /** Numbers the characters of the keys (`first` first, then by number of keys); returns how many. */
  private number(slots: Uint16Array, slotStride: number, first: readonly number[], complete: boolean): number {
    let count = 0;
    for (const unit of first) this.numberOf[unit] = ++count;
    if (complete) return count;
    const keys = new Uint32Array(65536);
    const units = new Uint16Array(65536);
    let distinct = 0;
    for (let base = 0, end = slots.length; base < end; base += slotStride) {
      const a = slots[base] ?? 0;
      if (a === 0) continue;
      const b = slots[base + 1] ?? 0;
      if ((keys[a] = (keys[a] ?? 0) + 1) === 1) units[distinct++] = a;
      if ((keys[b] = (keys[b] ?? 0) + 1) === 1) units[distinct++] = b;
    }
    // The others by number of keys, most first (ties by code): one numeric sort of (65535 − keys) << 16 | unit.
    const order = new Uint32Array(distinct);
    let others = 0;
    for (let i = 0; i < distinct; i++) {
      const unit = units[i] ?? 0;
      if (this.numberOf[unit] === 0) order[others++] = (((0xffff - Math.min(keys[unit] ?? 0, 0xffff)) << 16) | unit) >>> 0;
    }
    const sorted = order.subarray(0, others).sort();
    for (let i = 0; i < others; i++) this.numberOf[(sorted[i] ?? 0) & 0xffff] = ++count;
    return count;
  }

  /** Is (a, b) a key (of the matrix: (b, a) of the table when transposed)? a and b are code units (< 65536); a negative one is in no key. */
  has(a: number, b: number): boolean {
    const row = this.numberOf[a] ?? 0;
    const column = this.numberOf[b] ?? 0;
    return row !== 0 && column !== 0 && ((this.bits[(row - 1) * this.stride + ((column - 1) >>> 5)] ?? 0) & (1 << ((column - 1) & 31))) !== 0;
  }

  /** Where the row of `a` starts (−1: `a` is in no key), for word(). */
  rowAt(a: number): number {
    const row = a >= 0 ? (this.numberOf[a] ?? 0) : 0;
    return row === 0 ? -1 : (row - 1) * this.stride;
  }

  /** Is column `column` (a character's number − 1) set in the row that starts at `at` (from rowAt; −1: none)? */
  test(at: number, column: number): boolean {
    return at >= 0 && (((this.bits[at + (column >>> 5)] ?? 0) >>> (column & 31)) & 1) !== 0;
  }

  /** Columns 32·w … 32·w + 31 of the row that starts at `at` (from rowAt), one bit each (0 for a row −1 or a word past the row). */
  word(at: number, w: number): number {
    return at >= 0 && w < this.stride ? (this.bits[at + w] ?? 0) : 0;
  }

  /**
   * The offsets i of text[start, end) whose character has 1 in `flags` and makes a key with neither
   * neighbour inside the range ((text[i − 1], text[i]) and (text[i], text[i + 1]) are not keys),
   * written in ascending order to `lonely` (room for end − start entries); returns how many. One
   * pass, each character's number read once.
   */
  lonelyOffsets(text: string, start: number, end: number, flags: Uint8Array, lonely: Int32Array): number {
    const { numberOf, bits, stride } = this;
    let n = 0;
    let code = text.charCodeAt(start);
    let row = numberOf[code] ?? 0;
    /** Whether (text[i − 1], text[i]) is a key. */
    let left = 0;
    for (let i = start; i < end; i++) {
      const nextCode = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      const column = i + 1 < end ? (numberOf[nextCode] ?? 0) : 0;
      const right = row !== 0 && column !== 0 ? ((bits[(row - 1) * stride + ((column - 1) >>> 5)] ?? 0) >>> ((column - 1) & 31)) & 1 : 0;
      if ((left | right) === 0 && flags[code] === 1) lonely[n++] = i;
      left = right;
      code = nextCode;
      row = column;
    }
    return n;
  }
}

/** Two-unit keys read whole, slot by slot (a width-2 CountTable is one): per slot a, b (0 0: empty), then `stride` − 2 other units. */
export interface PairSource {
  pairSlots(): { slots: Uint16Array; stride: number };
}

/**
 * The keys of a pair list (tools/packed-tables.mjs: pairList; two items, the sorted keys' first and second units as
 * differences) as slots of two units, no empty ones: for PairBits, which reads a set whole and looks nothing up in it.
 * One pass of running sums (24 k keys for the vouching pairs, where their hash set had 65 k slots to go through twice).
 */
export function pairsOf(list: StringList): PairSource {
  const { offsets, units } = list;
  const from = offsets[1] ?? 0;
  const count = from - (offsets[0] ?? 0);
  if (list.length !== 2 || (offsets[2] ?? 0) - from !== count) throw new Error('a pair list has two items of one length');
  const slots = new Uint16Array(count * 2);
  let a = 0;
  let b = 0;
  for (let i = 0, k = offsets[0] ?? 0; i < count; i++, k++) {
    const step = units[k] ?? 0;
    const second = units[from + i] ?? 0;
    a += step;
    b = step === 0 && i > 0 ? b + second : second;
    slots[2 * i] = a;
    slots[2 * i + 1] = b;
  }
  return { pairSlots: () => ({ slots, stride: 2 }) };
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

/** What a packed table file's header says. */
interface PackedHeader {
  format: number;
  meta?: Record<string, unknown>;
  tables: TableEntry[];
}

/**
 * The header of a packed table file, through `read(position, length)` (the file's bytes in that
 * range, fewer at its end); throws a one-line reason when the file is not one this program reads.
 */
function readHeader(read: (position: number, length: number) => Uint8Array): PackedHeader {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('packed tables need a little-endian machine');
  const start = read(0, 8);
  if (start.length < 8 || String.fromCharCode(...start.subarray(0, 4)) !== MAGIC) throw new Error('not a packed table file');
  const headerLength = new DataView(start.buffer, start.byteOffset, 8).getUint32(4, true);
  const headerBytes = read(8, headerLength);
  if (headerBytes.length !== headerLength) throw new Error('packed table file is truncated');
  const header = JSON.parse(new TextDecoder().decode(headerBytes)) as PackedHeader;
  if (header.format !== FORMAT) throw new Error(`packed table format ${header.format}, this program reads ${FORMAT}`);
  return header;
}

/** Byte length of a counts or set table (width 1: values by code unit; wider: its slots). */
function countTableLength(t: TableEntry): number {
  return t.width === 1 ? 65536 * 2 : 2 ** t.bits * (t.width + (t.kind === 'counts' ? 1 : 0)) * 2;
}

/** The counts or set table `t` whose bytes start at `at` of `bytes` (4-byte aligned), used in place. */
function countTableIn(t: TableEntry, bytes: Uint8Array, at: number): CountTable {
  if (at + countTableLength(t) > bytes.length || (bytes.byteOffset + at) % 4 !== 0) throw new Error('packed table file is truncated');
  return new CountTable(t, new Uint16Array(bytes.buffer, bytes.byteOffset + at, countTableLength(t) / 2), t.kind === 'counts');
}

/**
 * Some counts tables of a packed table file, read through `read(position, length)` (the file's
 * bytes in that range, in a buffer of their own): a caller that needs a few tables of a large file
 * reads those alone. Throws a one-line reason when the file is not one or lacks a table.
 */
export function readPackedCountTables(read: (position: number, length: number) => Uint8Array, names: readonly string[]): Map<string, CountTable> {
  const header = readHeader(read);
  const tables = new Map<string, CountTable>();
  for (const name of names) {
    const t = header.tables.find((entry) => entry.name === name && (entry.kind === 'counts' || entry.kind === 'set'));
    if (!t) throw new Error(`packed table file lacks the table ${name}`);
    tables.set(name, countTableIn(t, read(t.offset, countTableLength(t)), 0));
  }
  return tables;
}

/** Reads a packed table file (its bytes are used in place); throws a one-line reason when it is not one. */
export function readPackedTables(file: Uint8Array): PackedTables {
  // Typed array views need aligned offsets: copy once if the buffer is not 4-byte aligned.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const header = readHeader((position, length) => bytes.subarray(position, position + length));
  const result: PackedTables = { meta: header.meta ?? {}, counts: new Map(), strings: new Map() };
  for (const t of header.tables) {
    if (t.kind === 'counts' || t.kind === 'set') {
      result.counts.set(t.name, countTableIn(t, bytes, t.offset));
    } else if (t.kind === 'strings') {
      if (t.offset + (t.count + 1) * 4 + t.units * 2 > bytes.length) throw new Error('packed table file is truncated');
      const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + t.offset, t.count + 1);
      result.strings.set(t.name, new StringList(offsets, new Uint16Array(bytes.buffer, bytes.byteOffset + t.offset + offsets.byteLength, t.units)));
    }
  }
  return result;
}
