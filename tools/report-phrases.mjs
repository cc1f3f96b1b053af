// Report phrasing (issue 12, round 33): the three-character windows that many city government work reports use
// (data/local-text/trigrams.tsv, tools/local-text-pairs.mjs) and official texts do not (the model's table `trigrams`),
// kept as a small Bloom filter. The wrong-character model (server/src/text/wrong-character-report-phrases.ts, which must
// hash alike: test/unit/wrong-character-report-phrases.test.ts checks both) counts them for a same-reading candidate of a
// slip short of the threshold, where report text has its own set phrasing that official texts lack (市政协, 带动医药).

/** The filter has 2^this bits (8 KB)… */
export const REPORT_PHRASE_BITS = 16;
/** …set by this many hashes per window (≈ 6,400 windows: about 0.7 % of other windows get through). */
export const REPORT_PHRASE_HASHES = 7;

function fmix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The filter's bits for a window of three characters (FNV-1a of its code units, then double hashing). */
export function phraseBits(window) {
  let h = 0x811c9dc5;
  for (let i = 0; i < window.length; i++) h = Math.imul(h ^ window.charCodeAt(i), 0x01000193);
  const h1 = fmix(h >>> 0);
  const h2 = fmix((h ^ 0x5bd1e995) >>> 0) | 1;
  const mask = (1 << REPORT_PHRASE_BITS) - 1;
  const bits = [];
  for (let i = 0; i < REPORT_PHRASE_HASHES; i++) bits.push((h1 + Math.imul(i, h2)) & mask);
  return bits;
}

/** The filter of `windows` as one string of 2^(REPORT_PHRASE_BITS − 4) code units. */
export function reportPhraseFilter(windows) {
  const units = new Uint16Array(1 << (REPORT_PHRASE_BITS - 4));
  for (const w of windows) for (const bit of phraseBits(w)) units[bit >>> 4] |= 1 << (bit & 15);
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
  return text;
}
