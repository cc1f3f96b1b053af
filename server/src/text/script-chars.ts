// Which characters belong to only one script. Derived from OpenCC's character tables
// (STCharacters: simplified → traditional, TSCharacters: traditional → simplified), minus the
// characters that the tables convert but that are also correct in the other script.
// The result is stored in script-chars-data.ts, so deciding a document's script never loads
// OpenCC; a unit test re-derives it from OpenCC and fails when the stored lists drift.
import { isHighSurrogate } from './chars';
import { dict } from './opencc';
import { SIMPLIFIED_ONLY_CHARS, TRADITIONAL_ONLY_CHARS } from './script-chars-data';

/**
 * Simplified-table keys that are also correct traditional characters: they differ in meaning
 * from the character OpenCC converts them to (干/幹, 里/裏, 余/餘, 后/後, 范/範, 于/於 …),
 * or are variants accepted in Taiwan/Hong Kong (台, 群, 峰, 秘, 床, 恒, 杰, 奥, 庄, 韵 …).
 * Chosen from the characters OpenCC's own phrase table keeps unchanged, checked against
 * 193 k characters of Taiwan government text.
 */
const VALID_TRADITIONAL =
  '里斗干于游岩采范后占征准辟凶咸云余郁朴划几岳丑杰尸伙熏夸吁涂台筑丰涌皂仆杠佣跖膻蜡厘淀腌帘腊虫么霉吃咨据柜虱' +
  '秘群峰床恒奥庄韵污布周注回并症借向表卷折舍采困松谷只才了系面制志姜胡须御致克出蒙' +
  // 双 is how some Taiwanese write their registered or pen names (彭双浪, 楊双子 in the corpus); 琼 likewise in Hong Kong
  // (李慧琼, a legislator named in RTHK's news every week; 何超琼).
  '双琼' +
  // 雇 is Taiwan's standard form (雇主, 雇用: Presidential Office 2010, 2025); 僱 is the variant.
  '雇' +
  // 毁 is Hong Kong's standard form (常用字字形表; 損毁, 詆毁 throughout RTHK's 2025 news), which OpenCC's
  // HKVariants does not list; Taiwan writes 毀 (misconversion's regional hint says so in Taiwan text).
  '毁' +
  // 疱 is the standard form in Taiwan (疱疹) and Hong Kong (the Centre for Health Protection's 猴疱疹病毒; RTHK
  // 2025); 皰 is its variant, so 疱 in traditional text is no slip (round 26 held-out set).
  '疱';

/**
 * Traditional-table keys that are also correct simplified characters (通用规范汉字表 keeps
 * them for particular words and names): 乾隆/乾坤/乾县, 昇腾, 拚搏, 蒐集 …
 */
const VALID_SIMPLIFIED = '乾昇陞蒐劄釐脩氾剋吒谿扞袷濛薹拚';

let simplifiedOnly: Set<number> | undefined;
let traditionalOnly: Set<number> | undefined;

/** Derives both lists from OpenCC's tables (for the data file and its test; loads OpenCC). */
function deriveScriptChars(): { simplifiedOnly: string; traditionalOnly: string } {
  build();
  const text = (set: Set<number>) => [...set].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp)).join('');
  const result = { simplifiedOnly: text(simplifiedOnly!), traditionalOnly: text(traditionalOnly!) };
  simplifiedOnly = traditionalOnly = undefined;
  return result;
}

function build(): void {
  const validTrad = codePoints(VALID_TRADITIONAL);
  const validSimp = codePoints(VALID_SIMPLIFIED);
  // Keys that only map to a variant of themselves are correct in traditional text too (e.g. 群 → 羣).
  const twVariants = dict('twVariants');
  const hkVariants = dict('hkVariants');
  simplifiedOnly = new Set();
  for (const [s, t] of dict('stCharacters')) {
    const cp = s.codePointAt(0)!;
    if (s === t || validTrad.has(cp) || twVariants.get(t) === s || hkVariants.get(t) === s) continue;
    simplifiedOnly.add(cp);
  }
  traditionalOnly = new Set();
  for (const [t, s] of dict('tsCharacters')) {
    const cp = t.codePointAt(0)!;
    if (s === t || validSimp.has(cp)) continue;
    // A simplified form outside the Basic Multilingual Plane (騄 → 𫘧, 鐦 → 𫓩: extensions B–H) is one that
    // simplified text does not use: it keeps the traditional character (马维騄, HK police 2014).
    if (s.codePointAt(0)! > 0xffff) continue;
    traditionalOnly.add(cp);
  }
  // A character cannot belong to both lists (a handful of rare ones sit in both tables).
  for (const cp of simplifiedOnly) {
    if (traditionalOnly.has(cp)) {
      simplifiedOnly.delete(cp);
      traditionalOnly.delete(cp);
    }
  }
}

function codePoints(text: string): Set<number> {
  return new Set([...text].map((c) => c.codePointAt(0)!));
}

/** Characters that exist only in simplified script (这, 结, 检 …). */
export function simplifiedOnlySet(): ReadonlySet<number> {
  simplifiedOnly ??= codePoints(SIMPLIFIED_ONLY_CHARS);
  return simplifiedOnly;
}

/** Characters that exist only in traditional script (這, 結, 檢 …). */
export function traditionalOnlySet(): ReadonlySet<number> {
  traditionalOnly ??= codePoints(TRADITIONAL_ONLY_CHARS);
  return traditionalOnly;
}

export const SIMPLIFIED_ONLY = 1;
export const TRADITIONAL_ONLY = 2;
/** A form that OpenCC's standard traditional (t), Taiwan's (tw) or Hong Kong's (hk) standard writes otherwise. */
export const NOT_STANDARD = 4;
export const NOT_TAIWAN = 8;
export const NOT_HONG_KONG = 16;
/** Covers the BMP and the supplementary ideographic plane, where all these characters live. */
const TABLE_SIZE = 0x30000;
let table: Uint8Array | undefined;

/**
 * Sets each script-specific code point's flags, shifted left by `shift`, in `table` (indexed by code
 * point; code points past its end are left out). Straight from the strings by code unit: every lint of
 * a fresh CLI process does this, and sets of code points made through string iterators took ≈ 10 ms
 * in that cold run (under 1 ms this way).
 */
export function markScriptChars(table: Uint8Array | Uint16Array, shift: number): void {
  markChars(table, SIMPLIFIED_ONLY_CHARS, SIMPLIFIED_ONLY << shift);
  markChars(table, TRADITIONAL_ONLY_CHARS, TRADITIONAL_ONLY << shift);
  for (const [forms, rejectedBy] of REGIONAL_FORMS) markChars(table, forms, rejectedBy << shift);
}

function markChars(table: Uint8Array | Uint16Array, chars: string, bits: number): void {
  for (let i = 0; i < chars.length; i++) {
    let cp = chars.charCodeAt(i);
    if (isHighSurrogate(cp)) cp = chars.codePointAt(i++)!;
    if (cp < table.length) table[cp] = (table[cp] ?? 0) | bits;
  }
}

/** Flags per code point (one typed-array read per character: counting is the hot path). */
export function scriptTable(): Uint8Array {
  if (!table) {
    const flags = new Uint8Array(TABLE_SIZE);
    markScriptChars(flags, 0);
    table = flags;
  }
  return table;
}

/**
 * Forms that tell the three traditional standards apart, each with the standards that write it
 * otherwise (OpenCC's TWVariants and HKVariants tables). Only frequent forms that are never
 * right in the other standards are used: 著 is also 著名 everywhere, Taiwanese names keep 啓
 * (彭啓明), 喫/纔/覈 are other words rather than other forms.
 */
const REGIONAL_FORMS: readonly [forms: string, rejectedBy: number][] = [
  // Hong Kong's own forms (HKVariants): 説/說, 税/稅 …, 綫/線.
  ['説税户温脱悦衞閲鋭兑卧葱綫', NOT_STANDARD | NOT_TAIWAN],
  // Their standard counterparts, also Taiwan's. Not 線: OpenCC's Hong Kong standard keeps it
  // outside a few words (綫 in 北環綫, 熱綫), so only 綫 is evidence.
  ['說稅戶溫脫悅衛閱銳兌臥蔥', NOT_HONG_KONG],
  // Standard forms that Taiwan changes and Hong Kong keeps (TWVariants: 裏 → 裡, 着 → 著).
  ['裏着', NOT_TAIWAN],
  ['裡', NOT_STANDARD | NOT_HONG_KONG],
  // Standard forms that both regions change (爲 → 為, 衆 → 眾, 僞 → 偽): OpenCC's own standard.
  ['爲衆僞', NOT_TAIWAN | NOT_HONG_KONG],
  ['為眾偽', NOT_STANDARD],
];

/** The text of script-chars-data.ts for the current OpenCC tables. */
export function renderScriptCharsData(): string {
  const { simplifiedOnly: s, traditionalOnly: t } = deriveScriptChars();
  const chunk = (chars: string) => {
    const all = [...chars];
    const lines: string[] = [];
    for (let i = 0; i < all.length; i += 64) lines.push(`  '${all.slice(i, i + 64).join('')}'`);
    return lines.join(' +\n');
  };
  return [
    '// GENERATED from OpenCC (opencc-js) by deriveScriptChars() in script-chars.ts; do not edit.',
    '// test/unit/script-mixing.test.ts re-derives it and prints the new text when OpenCC changes.',
    '// Data from OpenCC, Apache License 2.0.',
    '',
    `/** ${[...s].length} characters that exist only in simplified script. */`,
    `export const SIMPLIFIED_ONLY_CHARS =\n${chunk(s)};`,
    '',
    `/** ${[...t].length} characters that exist only in traditional script. */`,
    `export const TRADITIONAL_ONLY_CHARS =\n${chunk(t)};`,
    '',
  ].join('\n');
}
