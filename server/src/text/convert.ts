// Whole-document script conversion (the CLI's --convert and the editor's "convert document")
// and the word-sized conversion behind script-mixing's quick fix.
//
// Text mostly in the other script is converted in full with OpenCC's phrase-aware converter.
// Text already in the target script only has its intruders converted (a small window around
// each run of other-script characters), so correct characters that a converter would touch
// (昇腾 → 升腾, 鄰里 → 鄰裡) stay as they are; for traditional targets the regional glyph
// standard is then applied (爲 → 為 for Taiwan, 說 → 説 for Hong Kong). ASCII is never touched.
import type { ChineseScript, Script } from './script-names';
import { converter, windowConverter, type ConverterName } from './opencc';
import { isTraditional, scriptCounts, scriptFromCounts } from './script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY, scriptTable } from './script-chars';

export type ConvertTarget = ChineseScript;

/**
 * zh-Hans: OpenCC tw2s / hk2s (Taiwan or Hong Kong forms are read as such).
 * zh-Hant: OpenCC s2t, OpenCC's own traditional standard.
 * zh-TW: OpenCC s2tw — Taiwan glyph standard, no vocabulary localisation (软件 → 軟件, not 軟體):
 *   a government report keeps its own terms; changing words is an editor's decision.
 * zh-HK: OpenCC s2hk.
 */
const FULL: Record<ConvertTarget, ConverterName> = { 'zh-Hans': 'tw2s', 'zh-Hant': 's2t', 'zh-TW': 's2tw', 'zh-HK': 's2hk' };
/** Regional glyph standard applied to text that is already traditional. */
const NORMALIZE: Record<Exclude<ConvertTarget, 'zh-Hans'>, ConverterName[]> = {
  'zh-Hant': ['tw2t', 'hk2t'],
  'zh-TW': ['hk2t', 't2tw'],
  'zh-HK': ['tw2t', 't2hk'],
};

/** Characters of context taken on each side of a run when converting it. */
const WINDOW = 4;

export function convertText(text: string, target: ConvertTarget): string {
  return convertWith(text, target, converter);
}

/**
 * convertText for a few words (a rule's look-up of one word in the other script): the same
 * result, by windowConverter, so that linting never builds opencc-js's tries (≈200 ms, 40 MB).
 */
export function convertShortText(text: string, target: ConvertTarget): string {
  return convertWith(text, target, windowConverter);
}

function convertWith(text: string, target: ConvertTarget, converterOf: (name: ConverterName) => (s: string) => string): string {
  const source = scriptFromCounts(scriptCounts(text));
  if (target === 'zh-Hans') {
    if (source === 'zh-Hans' || source === 'unknown') return convertIntruders(text, target);
    return mapNonAscii(text, converterOf(source === 'zh-HK' ? 'hk2s' : 'tw2s'));
  }
  if (!isTraditional(source)) return mapNonAscii(text, converterOf(FULL[target]));
  let out = convertIntruders(text, target);
  for (const name of NORMALIZE[target]) out = mapNonAscii(out, converterOf(name));
  return out;
}

/** Applies `fn` to each run of non-ASCII characters, leaving ASCII (and line breaks) as they are. */
function mapNonAscii(text: string, fn: (s: string) => string): string {
  return text.replace(/[^\x00-\x7f]+/g, (run) => fn(run));
}

/** Converts only the runs of characters that belong to the other script. */
function convertIntruders(text: string, target: ConvertTarget): string {
  const runs = otherScriptRuns(text, 0, text.length, target);
  if (runs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    if (start < at) continue;
    const edit = convertRun(text, start, end, target);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** [start, end) runs of consecutive characters that exist only in the script other than `target`'s. */
export function otherScriptRuns(text: string, from: number, to: number, target: Script): [number, number][] {
  const flag = target === 'zh-Hans' ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
  const table = scriptTable();
  const runs: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) < 0x3400) continue;
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (((table[cp] ?? 0) & flag) !== 0) {
      const last = runs[runs.length - 1];
      if (last && last[1] === i) last[1] = i + width;
      else runs.push([i, i + width]);
    }
    i += width - 1;
  }
  return runs;
}

/**
 * The converter that turns other-script characters into `target`'s script. Runs are short
 * windows: windowConverter gives OpenCC's result without building opencc-js's large tries.
 */
function runConverter(target: Script): (s: string) => string {
  switch (target) {
    case 'zh-Hans':
      return windowConverter('tw2s');
    case 'zh-HK':
      return windowConverter('s2hk');
    case 'zh-Hant':
      return windowConverter('s2t');
    default:
      return windowConverter('s2tw');
  }
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The edit that converts the run text[start, end) — and the rest of its word — to `target`.
 * OpenCC converts a window of context around the run so that its phrase table picks the
 * character (干净 → 乾淨, not 幹淨); the edit covers the run plus neighbouring characters
 * that the phrase conversion also changed.
 */
export function convertRun(text: string, start: number, end: number, target: Script): { start: number; end: number; text: string } {
  const convert = runConverter(target);
  let from = start;
  let to = end;
  for (let k = 0; k < WINDOW && from > 0 && HAN.test(text.charAt(from - 1)); k++) from--;
  for (let k = 0; k < WINDOW && to < text.length && HAN.test(text.charAt(to)); k++) to++;
  const window = text.slice(from, to);
  const converted = convert(window);
  if (converted.length !== window.length) return { start, end, text: convert(text.slice(start, end)) };
  let s = start - from;
  let e = end - from;
  while (s > 0 && converted[s - 1] !== window[s - 1]) s--;
  while (e < window.length && converted[e] !== window[e]) e++;
  const edit = converted.slice(s, e);
  return { start: from + s, end: from + e, text: target === 'zh-Hant' ? keepTextForms(edit, text) : edit };
}

/** OpenCC's own forms that Taiwan and Hong Kong both write otherwise (TWVariants and HKVariants agree). */
const REGIONAL_FORM_OF: Record<string, string> = { 爲: '為', 衆: '眾', 僞: '偽' };

/**
 * A plain traditional text may already write the regional form (為此 … 为民 in a text too short
 * to show which region): the fix follows the text rather than bringing in OpenCC's 爲.
 */
function keepTextForms(edit: string, text: string): string {
  let out = '';
  for (const c of edit) {
    const regional = REGIONAL_FORM_OF[c];
    out += regional && text.includes(regional) && !text.includes(c) ? regional : c;
  }
  return out;
}
