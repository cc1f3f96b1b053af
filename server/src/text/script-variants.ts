// Variant glyphs and regional vocabulary: differences that are not wrong characters.
// 裏/裡, 爲/為, 産/產 are the same character in different regional standards; 網路/網絡,
// 資訊/信息 are the same thing in Taiwan and mainland vocabulary.
import type { Script } from './script-names';
import { dict } from './opencc';

/** Left out: both forms are in common official use (台/臺), or OpenCC's pair is not a plain variant (幺/么, 纔/才, 覈/核, 喫/吃). */
const NOT_VARIANTS = new Set(['台', '臺', '幺', '么', '纔', '才', '覈', '核', '喫', '吃']);
/** Variants OpenCC's regional tables do not list. */
const EXTRA_TO_STANDARD: Record<string, string> = { 産: '產', 凈: '淨', 麪: '麵', 綫: '線', 毁: '毀' };

const tables = new Map<string, Map<string, string>>();

/** Non-standard form → the regional standard form, for Taiwan or Hong Kong text; undefined otherwise. */
export function variantTable(script: Script): ReadonlyMap<string, string> | undefined {
  if (script !== 'zh-TW' && script !== 'zh-HK') return undefined;
  let table = tables.get(script);
  if (table) return table;
  table = new Map();
  const tw = dict('twVariants'); // OpenCC standard → Taiwan
  const hk = dict('hkVariants'); // OpenCC standard → Hong Kong
  if (script === 'zh-TW') {
    for (const [std, form] of tw) table.set(std, form);
    // Hong Kong forms that are nothing else (説, 衞, 綫 …) → the Taiwan / standard form.
    const taken = new Set([...tw.keys(), ...tw.values()]);
    for (const [std, form] of hk) if (!taken.has(form) && !taken.has(std)) table.set(form, std);
    for (const [from, to] of Object.entries(EXTRA_TO_STANDARD)) table.set(from, to);
  } else {
    for (const [std, form] of hk) table.set(std, form);
    table.set('裡', '裏');
  }
  for (const c of NOT_VARIANTS) table.delete(c);
  for (const [from, to] of table) if (from === to) table.delete(from);
  tables.set(script, table);
  return table;
}

let regional: Map<string, string> | undefined;
export const MAX_REGIONAL_WORD = 6;

/** Taiwan vocabulary → the mainland (OpenCC standard) word: 網路 → 網絡, 資訊 → 信息, 軟體 → 軟件. */
export function regionalWords(): ReadonlyMap<string, string> {
  if (!regional) {
    regional = new Map();
    for (const [tw, std] of dict('twPhrasesRev')) {
      // Only Chinese words of a few characters: skip entries with Latin letters and long names.
      if (/^[\u3400-\u9fff]{2,6}$/.test(tw) && tw !== std) regional.set(tw, std);
    }
    regional.set('水準', '水平');
  }
  return regional;
}
