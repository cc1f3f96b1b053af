// Decides a document's script from cheap per-paragraph counts of characters that exist in
// only one script. The engine calls decideScript once per lint with the counts the document model
// took in its pass over the text (text/char-classes.ts); scriptCounts counts any other text.
import { isHighSurrogate } from './chars';
import type { Script, ScriptSetting } from './script-names';
import { NOT_HONG_KONG, NOT_STANDARD, NOT_TAIWAN, SIMPLIFIED_ONLY, TRADITIONAL_ONLY, scriptTable } from './script-chars';

export interface ScriptCounts {
  /** Characters that exist only in simplified script. */
  simplified: number;
  /** Characters that exist only in traditional script. */
  traditional: number;
  /**
   * Forms that each traditional standard writes otherwise: OpenCC's standard (爲 is 為 elsewhere,
   * 説 is 說), Taiwan's (裏 is 裡, 爲 is 為, 説 is 說) and Hong Kong's (說 is 説, 裡 is 裏).
   */
  notStandard: number;
  notTaiwan: number;
  notHongKong: number;
}

/** Below this many script-specific characters a document is judged only when the other script has none. */
const MIN_SCRIPT_CHARS = 3;
/** The majority script must outnumber the other this many times, or the script stays unknown. */
const MAJORITY_FACTOR = 2;
/**
 * This many forms that Taiwan's standard rejects make a traditional text Hong Kong's: a day of RTHK news holds 5 to 24
 * (衞 ×12 beside 說 ×32); Taiwan texts hold none, and a converted mainland page (seed 003: 裏 ×3) or a Macao one (綫 and
 * OpenCC's 爲 ×2, which Taiwan and Hong Kong both reject) a few.
 */
const HONG_KONG_MIN_FORMS = 5;

export function scriptCounts(text: string): ScriptCounts {
  const table = scriptTable();
  let simplified = 0;
  let traditional = 0;
  let notStandard = 0;
  let notTaiwan = 0;
  let notHongKong = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x3400) continue; // ASCII, punctuation, kana: never script-specific
    if (isHighSurrogate(cp)) {
      cp = text.codePointAt(i)!;
      i++;
      if (cp >= table.length) continue;
    }
    const flags = table[cp] ?? 0;
    if (flags === 0) continue;
    if (flags & SIMPLIFIED_ONLY) simplified++;
    else if (flags & TRADITIONAL_ONLY) traditional++;
    if (flags & NOT_STANDARD) notStandard++;
    if (flags & NOT_TAIWAN) notTaiwan++;
    if (flags & NOT_HONG_KONG) notHongKong++;
  }
  return { simplified, traditional, notStandard, notTaiwan, notHongKong };
}

/** Adds up paragraph counts. */
function totalCounts(all: Iterable<ScriptCounts>): ScriptCounts {
  const total: ScriptCounts = { simplified: 0, traditional: 0, notStandard: 0, notTaiwan: 0, notHongKong: 0 };
  for (const c of all) {
    total.simplified += c.simplified;
    total.traditional += c.traditional;
    total.notStandard += c.notStandard;
    total.notTaiwan += c.notTaiwan;
    total.notHongKong += c.notHongKong;
  }
  return total;
}

/** The script that the counts point to; 'unknown' when there is too little evidence either way. */
export function scriptFromCounts(c: ScriptCounts): Script {
  const major = Math.max(c.simplified, c.traditional);
  const minor = Math.min(c.simplified, c.traditional);
  // A short text (a title, one sentence) may hold one or two such characters; when the
  // other script has none at all, they decide (這/們/後 alone make a text traditional).
  if (major === 0 || (major < MIN_SCRIPT_CHARS && minor > 0) || major < MAJORITY_FACTOR * minor) return 'unknown';
  if (c.simplified > c.traditional) return 'zh-Hans';
  // The standard whose forms the text keeps best. Without regional evidence (no such form, or
  // OpenCC's standard fits as well as a region, or Taiwan and Hong Kong fit equally) the text
  // is OpenCC's plain traditional: a region is named only when the text shows it.
  const { notStandard, notTaiwan, notHongKong } = c;
  if (notStandard <= notTaiwan && notStandard <= notHongKong) return 'zh-Hant';
  // Forms Taiwan never writes (衞, 綫, 着, 裏, 説) make the text Hong Kong's even when 說/稅/戶 outnumber them: Hong
  // Kong practice (RTHK news) writes 說 beside 衞, so those standard forms are no evidence against it.
  if (notTaiwan >= HONG_KONG_MIN_FORMS) return 'zh-HK';
  if (notTaiwan < notHongKong) return 'zh-TW';
  return notHongKong < notTaiwan ? 'zh-HK' : 'zh-Hant';
}

/** `paragraphs`: the engine's paragraphs (their script counts: Paragraph.scriptCounts). */
export function decideScript(paragraphs: readonly { readonly scriptCounts: ScriptCounts }[], setting: ScriptSetting): Script {
  if (setting !== 'auto') return setting;
  return scriptFromCounts(totalCounts(paragraphs.map((p) => p.scriptCounts)));
}

/** Whether a script is one of the traditional ones. */
export function isTraditional(script: Script): boolean {
  return script === 'zh-Hant' || script === 'zh-TW' || script === 'zh-HK';
}
