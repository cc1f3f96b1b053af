// Writes named tables into one binary file that the language server uses as it is: the reader
// (server/src/text/packed-tables.ts) views each section as a typed array; the hash tables are laid
// out here, at build time, so loading does no parsing, no hashing and no allocation per entry.
// Kinds of table:
//   - counts: keys of 1–`width` UTF-16 code units (BMP, no NUL), one value 0–65534 each;
//   - set:    the same without values;
//   - strings: a list of strings (pairList() below writes a set of pairs read only whole as one).
// Layout (little-endian): "GWPT", u32 header length, header JSON (UTF-8), zero padding, then each
// table's sections at 4-byte aligned offsets:
//   counts/set, width 1:  values u16[65536] by code unit (0xffff: absent; a set stores 0 for present)
//   counts/set, width 2+: slots u16[2^bits × (width + 1)] for counts, u16[2^bits × width] for a set: per
//                         slot the key's code units (zero-padded, first unit 0: empty slot), then its
//                         value (counts only), so that a lookup finds key and value in one cache line
//   strings:              offsets u32[count + 1] (in code units), units u16[offsets[count]]
// Hash tables use open addressing with linear probing, at most 70 % full; the slot of a key is
// slotOf() below, which the reader must compute alike (test/unit/packed-tables.test.ts checks both).
// The header: { format: FORMAT, meta, tables: [{ name, kind, width, size, bits, offset, count, units }] }.

export const MAGIC = 'GWPT';
export const FORMAT = 2;
const ABSENT = 0xffff;
const MAX_LOAD = 0.7;

/** A counts table: `entries` are [key, value] pairs; keys of at most `width` code units. */
export function counts(width, entries) {
  return { kind: 'counts', width, entries: [...entries] };
}

/** A set of keys of at most `width` code units. */
export function set(width, keys) {
  return { kind: 'set', width, entries: [...keys].map((key) => [key, 0]) };
}

/** A strings table. */
export function strings(items) {
  return { kind: 'strings', items: [...items] };
}

/**
 * A set of two-unit keys that is only ever read whole (server/src/text/packed-tables.ts: pairsOf; the model's bit
 * matrices are built from it), never looked up: a strings table of two items, the keys sorted, item 0 their first
 * units and item 1 their second ones, each unit as its difference from the key before (a second unit only when the
 * first is the same; else the unit itself). No hash slots, no empty ones, and small numbers: it deflates to less
 * than half of the same keys as a hash set (the VSIX is packed with deflate).
 */
export function pairList(keys) {
  const pairs = [...new Set(keys)].map((key) => {
    if (typeof key !== 'string' || key.length !== 2 || /[\0\ud800-\udfff]/.test(key)) throw new Error(`pair list: key ${JSON.stringify(key)} is not two BMP characters`);
    return [key.charCodeAt(0), key.charCodeAt(1)];
  });
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const first = [];
  const second = [];
  pairs.forEach(([a, b], i) => {
    const [lastA, lastB] = i > 0 ? pairs[i - 1] : [0, 0];
    first.push(String.fromCharCode(a - lastA));
    second.push(String.fromCharCode(a === lastA && i > 0 ? b - lastB : b));
  });
  return strings([first.join(''), second.join('')]);
}

/** Fibonacci hashing: the high `bits` bits of the product. */
function mix(h, bits) {
  return Math.imul(h ^ (h >>> 16), 0x9e3779b1) >>> (32 - bits);
}

/** The first slot tried for `key` (a string of 2+ code units) in a table of 2^bits slots. */
export function slotOf(key, width, bits) {
  if (width === 2) return mix(((key.charCodeAt(0) << 16) | (key.length > 1 ? key.charCodeAt(1) : 0)) >>> 0, bits);
  let h = 0;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
  return mix(h, bits);
}

function checkKeys(name, { kind, width, entries }) {
  if (!Number.isInteger(width) || width < 1 || width > 16) throw new Error(`table ${name}: width ${width} is not 1–16`);
  for (const [key, value] of entries) {
    if (typeof key !== 'string' || key.length < 1 || key.length > width || /[\0\ud800-\udfff]/.test(key)) {
      throw new Error(`table ${name}: key ${JSON.stringify(key)} is not 1–${width} BMP characters`);
    }
    if (kind === 'counts' && (!Number.isInteger(value) || value < 0 || value >= ABSENT)) throw new Error(`table ${name}: value ${value} of ${key} is not 0–65534`);
  }
}

/** The sections of a counts or set table; a repeated key keeps its last value. */
function layOut({ kind, width, entries }) {
  const last = new Map(entries);
  const withValues = kind === 'counts';
  if (width === 1) {
    const values = new Uint16Array(65536).fill(ABSENT);
    for (const [key, value] of last) values[key.charCodeAt(0)] = value;
    return { size: last.size, bits: 16, arrays: [values] };
  }
  const bits = Math.max(4, Math.ceil(Math.log2(Math.max(1, last.size) / MAX_LOAD)));
  const slots = 2 ** bits;
  const mask = slots - 1;
  const stride = width + (withValues ? 1 : 0);
  const units = new Uint16Array(slots * stride);
  for (const [key, value] of last) {
    let slot = slotOf(key, width, bits);
    while (units[slot * stride] !== 0) slot = (slot + 1) & mask;
    for (let j = 0; j < key.length; j++) units[slot * stride + j] = key.charCodeAt(j);
    if (withValues) units[slot * stride + width] = value;
  }
  return { size: last.size, bits, arrays: [units] };
}

/** The file's bytes: `meta` (any JSON) and `tables` ({ name: counts(…) | set(…) | strings(…) }). */
export function packTables(meta, tables) {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('packed tables are written little-endian only');
  const header = { format: FORMAT, meta, tables: [] };
  const sections = [];
  let offset = 0; // relative to the first section; shifted once the header's size is known
  const add = (array) => {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) sections.push(new Uint8Array(pad));
    offset += pad;
    sections.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    offset += array.byteLength;
  };
  const align = () => add(new Uint8Array(0));
  for (const [name, table] of Object.entries(tables)) {
    align();
    if (table.kind === 'counts' || table.kind === 'set') {
      checkKeys(name, table);
      const { size, bits, arrays } = layOut(table);
      header.tables.push({ name, kind: table.kind, width: table.width, size, bits, offset });
      arrays.forEach(add);
    } else if (table.kind === 'strings') {
      const offsets = new Uint32Array(table.items.length + 1);
      table.items.forEach((s, i) => (offsets[i + 1] = offsets[i] + s.length));
      const units = new Uint16Array(offsets[table.items.length]);
      let at = 0;
      for (const s of table.items) for (let j = 0; j < s.length; j++) units[at++] = s.charCodeAt(j);
      header.tables.push({ name, kind: 'strings', count: table.items.length, units: units.length, offset });
      add(offsets);
      add(units);
    } else throw new Error(`table ${name}: unknown kind ${table.kind}`);
  }
  // The header states offsets from the file's start, so its own length shifts them: grow until it fits.
  let base = 0;
  let json;
  for (;;) {
    json = Buffer.from(JSON.stringify({ ...header, tables: header.tables.map((t) => ({ ...t, offset: t.offset + base })) }), 'utf8');
    const need = Math.ceil((8 + json.length) / 4) * 4;
    if (need === base) break;
    base = need;
  }
  const head = Buffer.alloc(base);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  return Buffer.concat([head, ...sections]);
}
