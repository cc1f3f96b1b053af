// Report phrasing (issue 12, round 33): a Bloom filter of the three-character windows that many city government work
// reports use and official texts do not (built by tools/report-phrases.mjs, which hashes alike). Report text has set
// phrasing of its own (市政协, 带动医药, 区域公用品牌) that official texts lack: a slip there falls short of the threshold
// by the windows official phrasing gives an ECSpell sentence (docs/rules/wrong-character.md, 第 32 轮 and 第 33 轮).

/** Bits of the filter (must match tools/report-phrases.mjs). */
const REPORT_PHRASE_BITS = 16;
const REPORT_PHRASE_HASHES = 7;
const MASK = (1 << REPORT_PHRASE_BITS) - 1;

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class ReportPhraseFilter {
  constructor(private readonly bits: Uint16Array) {}

  /** Whether text[start, start + 3), with text[at] read as `code`, is a window of report phrasing (≈ 0.7 % false positives). */
  has(text: string, start: number, at = -1, code = 0): boolean {
    if (this.bits.length === 0) return false;
    let h = 0x811c9dc5;
    for (let i = start; i < start + 3; i++) h = Math.imul(h ^ (i === at ? code : text.charCodeAt(i)), 0x01000193);
    const h1 = fmix(h >>> 0);
    const h2 = fmix((h ^ 0x5bd1e995) >>> 0) | 1;
    for (let i = 0; i < REPORT_PHRASE_HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & MASK;
      if ((((this.bits[bit >>> 4] ?? 0) >>> (bit & 15)) & 1) === 0) return false;
    }
    return true;
  }
}
