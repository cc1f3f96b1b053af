// Tables with one entry per UTF-16 code unit (65,536), as the rules and text modules make at load for their
// character sets. Each used to be a typed array of its own: about 30 at every start of the CLI or the server, each
// a 64 or 128 KB zeroed allocation whose zeroing brought in all its pages (≈ 20 µs each, ≈ 0.5 ms of the CLI's start,
// round 33), although a table sets a few entries. Now they are views into shared blocks of 2 MB, which the system
// gives zeroed and maps page by page as entries are set. A table lives as long as the process: for tables made
// once (at load or on first use), not for ones made per call.

const BLOCK_BYTES = 2 * 1024 * 1024;
let block: ArrayBuffer | undefined;
let used = BLOCK_BYTES;

function take(bytes: number): number {
  if (used + bytes > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const at = used;
  used += bytes;
  return at;
}

/** A zeroed table of one byte per code unit, kept for the life of the process. */
export function codeUnitBytes(): Uint8Array {
  const at = take(0x10000);
  return new Uint8Array(block!, at, 0x10000);
}

/** A zeroed table of one 16-bit value per code unit, kept for the life of the process. */
export function codeUnitWords(): Uint16Array {
  const at = take(0x20000);
  return new Uint16Array(block!, at, 0x10000);
}
