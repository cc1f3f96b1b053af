// Error generators for bench/inject-errors.ts: each takes a clean paragraph and a random source and puts ONE
// error of its class at a plausible place in it (or gives up when the paragraph offers none). They find their
// sites with their own patterns, not the rules' code, so that a shape the rules do not know is still injected.
// Each makes a REAL error: forms that are right when doubled (方方面面, 一个一个, 很多很多), pairs of characters
// that are both accepted (周/週, 台/臺), lists that did not pair up before the change are left alone.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertShortText } from '../server/src/text/convert';
import { isTraditional, scriptCounts, scriptFromCounts } from '../server/src/text/script';
import { simplifiedOnlySet } from '../server/src/text/script-chars';
import { wordDictionary } from '../server/src/text/word-dictionary';
import { readOdwRows } from './ecspell-rows';
import { ROOT } from './lib';
import { slipsByRight, slipTable, type Slip } from './wrong-character-slips';

export type ErrorClass = 'repeated-word' | 'misconversion' | 'script-mixing' | 'respectively-mismatch' | 'rate-mismatch' | 'percent-bounds' | 'wrong-character';

/** One injected error: the paragraph before and after, and where the expected finding must fall (in `text`). */
export interface Injection {
  /** The untouched paragraph the injection was made in (for s2t generators: after the OpenCC conversion). */
  base: string;
  text: string;
  start: number;
  end: number;
  /** What was done, for the list of misses (动员 → 动员动员). */
  label: string;
}

export interface Generator {
  id: string;
  cls: ErrorClass;
  /** Which texts it works on: simplified, traditional, or simplified converted to traditional first (s2t). */
  on: 'simplified' | 'traditional' | 's2t' | 'any';
  /** What it does, printed beside its figures. */
  what: string;
  inject(paragraph: string, random: () => number): Injection | undefined;
}

const int = (random: () => number, n: number) => Math.floor(random() * n);
const pick = <T>(random: () => number, xs: readonly T[]): T => xs[int(random, xs.length)];

let segmenter: Intl.Segmenter | undefined;

interface Word {
  word: string;
  start: number;
  end: number;
}

/** The words of a window of about 40 characters at a random place (ICU is slow on long text), first and last dropped (they may be cut). */
function wordsAround(text: string, random: () => number): Word[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = text.length > 48 ? int(random, text.length - 40) : 0;
  const window = text.slice(from, from + 48);
  const out: Word[] = [];
  for (const s of segmenter.segment(window)) out.push({ word: s.segment, start: from + s.index, end: from + s.index + s.segment.length });
  return out.slice(1, -1);
}

const HAN = /^\p{Script=Han}+$/u;
const NUMERAL = /^[一二三四五六七八九十两兩几幾百千万萬半每各]/;
/** Said twice on purpose: emphasis (很多很多), "such and such" (如何如何). */
const DOUBLED_ON_PURPOSE = new Set(['很多', '许多', '許多', '好多', '如何', '怎样', '怎樣']);

function doubles(text: string, w: Word): boolean {
  return text.startsWith(w.word, w.end) || text.slice(0, w.start).endsWith(w.word);
}

/** A word of 2–4 Han characters typed twice: 动员 → 动员动员. */
function doubleWord(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random).filter((w) => HAN.test(w.word) && w.word.length >= 2 && w.word.length <= 4
    && !NUMERAL.test(w.word) && new Set(w.word).size > 1 && !DOUBLED_ON_PURPOSE.has(w.word) && !doubles(paragraph, w));
  if (words.length === 0) return undefined;
  const w = pick(random, words);
  return insertCopy(paragraph, w.start, w.end, `${w.word} → ${w.word}${w.word}`);
}

/** Function characters that are never right twice when they stand alone (所有的的球员, 完成了了). */
const FUNCTION_CHARS = new Set([...'的了在和是为為到与與对對把被将將从從向于於也就都还還并並而或其这這那有不给給让讓使由比按据據该該所则則但却卻很更已曾及地得着著会會能要应應']);

/**
 * Whether the character at `at` ends or starts a dictionary word with its neighbours (立法|會 as ICU splits 立法會, 把|脉):
 * doubled there it may be right (立法會會研究, 港交所所稱, 把把脉), so it is not a sure error.
 */
function inDictionaryWord(paragraph: string, at: number): boolean {
  const spans = [[at - 1, at + 1], [at - 2, at + 1], [at, at + 2], [at, at + 3]];
  return spans.some(([from, to]) => from >= 0 && to <= paragraph.length && wordDictionary().hasWord(convertShortText(paragraph.slice(from, to), 'zh-Hans')));
}

/** A function character standing alone typed twice: 的 → 的的. */
function doubleFunctionChar(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random).filter((w, k, all) => FUNCTION_CHARS.has(w.word) && !doubles(paragraph, w) && !inDictionaryWord(paragraph, w.start)
    && !(w.word === '了' && /[不得]$/.test(all[k - 1]?.word ?? ''))
    && !(w.word === '在' && /^[的地]?(?:都|皆|均|显示|顯示|证明|證明|说明|說明|表明|体现|體現|反映|可见|可見)/.test(paragraph.slice(w.end))));
  if (words.length === 0) return undefined;
  const w = pick(random, words);
  return insertCopy(paragraph, w.start, w.end, `${w.word} → ${w.word}${w.word}`);
}

/** A 的-phrase typed twice: 方向的 → 方向的方向的. */
function doubleDePhrase(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random);
  const sites: [Word, Word][] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const [w, de] = [words[k], words[k + 1]];
    if (de.word === '的' && HAN.test(w.word) && w.word.length >= 2 && w.word.length <= 3 && !NUMERAL.test(w.word) && !paragraph.startsWith(w.word + '的', de.end)) sites.push([w, de]);
  }
  if (sites.length === 0) return undefined;
  const [w, de] = pick(random, sites);
  const unit = paragraph.slice(w.start, de.end);
  return insertCopy(paragraph, w.start, de.end, `${unit} → ${unit}${unit}`);
}

/** Two words (3–6 characters) typed twice: 加强管理 → 加强管理加强管理. */
function doubleTwoWords(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random);
  const sites: [Word, Word][] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k], words[k + 1]];
    const unit = a.word + b.word;
    if (HAN.test(unit) && unit.length >= 3 && unit.length <= 6 && !NUMERAL.test(unit) && !paragraph.startsWith(unit, b.end)) sites.push([a, b]);
  }
  if (sites.length === 0) return undefined;
  const [a, b] = pick(random, sites);
  const unit = paragraph.slice(a.start, b.end);
  return insertCopy(paragraph, a.start, b.end, `${unit} → ${unit}${unit}`);
}

function insertCopy(paragraph: string, start: number, end: number, label: string): Injection {
  const unit = paragraph.slice(start, end);
  return { base: paragraph, text: paragraph.slice(0, end) + unit + paragraph.slice(end), start, end: end + unit.length, label };
}

/**
 * Traditional characters that one simplified character stands for and that differ in meaning, so that
 * converting it one character at a time with the wrong choice is an error (面/麵: 全麵落實; 制/製: 機製; 系/係:
 * 一係列). From opencc-js's character tables (simplified → traditional, and the reverse), less the sets whose
 * members are variants of one character (為/爲, 線/綫) or both accepted (周/週, 占/佔, 台/臺, 布/佈, 才/纔, 回/迴,
 * 并/並/併, 尽/盡/儘, 汇/匯/彙, 了/瞭, 采/採, 注/註, 托/託).
 */
const MEANING_GROUPS = [
  '面麵', '制製', '系係繫', '里裏', '志誌', '鐘鍾', '干乾幹', '發髮', '后後', '余餘', '松鬆', '谷穀', '斗鬥', '丑醜',
  '卷捲', '云雲', '范範', '准準', '歷曆', '征徵', '沖衝', '郁鬱', '板闆', '表錶', '獲穫', '須鬚', '胡鬍', '划劃',
  '朴樸', '咸鹹', '御禦', '致緻', '簽籤', '姜薑', '舍捨', '折摺', '辟闢', '幾几', '葉叶', '澱淀', '瀋沈', '隻只',
  '向嚮', '蘇囌', '團糰', '家傢', '當噹', '復複', '術朮', '困睏', '朱硃', '扎紮', '纖縴', '累纍', '髒臟', '卜蔔',
  '秋鞦', '千韆', '曲麴', '冬鼕', '出齣', '於于', '麼么', '蒙矇濛', '症癥',
];
const GROUP_OF = new Map<string, string>();
for (const g of MEANING_GROUPS) for (const c of g) GROUP_OF.set(c, g);

/**
 * Words whose two spellings are both accepted although their characters' sets differ in meaning elsewhere: Taiwan's
 * Ministry of Education dictionary gives 扎實 and 紮實 alike (紮 is still its own in 紮營, 駐紮, 包紮). Swapping one for the
 * other there is no error.
 */
const BOTH_SPELLINGS_ACCEPTED = [['扎實', '紮實']];

function bothAccepted(paragraph: string, i: number): boolean {
  return BOTH_SPELLINGS_ACCEPTED.some((spellings) => spellings.some((w) => [...w].some((c, k) => c === paragraph[i] && paragraph.startsWith(w, i - k))));
}

/** One character of a traditional text replaced by another of its set, as a one-at-a-time conversion does: 全面 → 全麵. */
function misconvertChar(paragraph: string, random: () => number): Injection | undefined {
  const sites: number[] = [];
  for (let i = 0; i < paragraph.length; i++) if (GROUP_OF.has(paragraph[i]) && !bothAccepted(paragraph, i)) sites.push(i);
  if (sites.length === 0) return undefined;
  const i = pick(random, sites);
  const c = paragraph[i];
  const others = [...GROUP_OF.get(c)!].filter((x) => x !== c);
  const wrong = pick(random, others);
  const context = paragraph.slice(Math.max(0, i - 2), i + 3);
  return { base: paragraph, text: paragraph.slice(0, i) + wrong + paragraph.slice(i + 1), start: i, end: i + 1, label: `${context} (${c} → ${wrong})` };
}

/** A word of simplified text in traditional characters (OpenCC's phrase conversion): 检查 → 檢查. */
function traditionalWord(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random).filter((w) => HAN.test(w.word) && w.word.length >= 2 && w.word.length <= 4);
  for (const w of shuffled(random, words)) {
    const converted = convertShortText(w.word, 'zh-Hant');
    if (converted !== w.word && converted.length === w.word.length) return replace(paragraph, w, converted);
  }
  return undefined;
}

/**
 * A word of simplified text converted one character at a time, each character to a traditional form of its set,
 * chosen at random where the set has several (全面落实 → 全麵落實, 机制 → 機製): what a character-table tool does.
 */
function traditionalCharByChar(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random).filter((w) => HAN.test(w.word) && w.word.length >= 2 && w.word.length <= 4);
  for (const w of shuffled(random, words)) {
    let converted = '';
    for (const c of w.word) {
      const standard = convertShortText(c, 'zh-Hant');
      const group = GROUP_OF.get(standard) ?? GROUP_OF.get(c);
      converted += group ? pick(random, [...group].filter((x) => !simplifiedOnlySet().has(x.codePointAt(0)!))) : standard;
    }
    // Only when a character of traditional script alone came in: 面 → 面 or 干 → 干 alone is no mixing.
    if (converted !== w.word && convertShortText(converted, 'zh-Hans') !== converted && converted.length === w.word.length) return replace(paragraph, w, converted);
  }
  return undefined;
}

/** A clause of simplified text (4–20 characters between marks) left in traditional script. */
function traditionalClause(paragraph: string, random: () => number): Injection | undefined {
  const clauses = [...paragraph.matchAll(/[^，。；：、！？,;:!?“”（）()\s]{4,20}/g)];
  for (const m of shuffled(random, clauses)) {
    const converted = convertShortText(m[0], 'zh-Hant');
    if (converted !== m[0] && converted.length === m[0].length) return replace(paragraph, { word: m[0], start: m.index, end: m.index + m[0].length }, converted);
  }
  return undefined;
}

/** A word of traditional text left in simplified script: 結合 → 结合. */
function simplifiedWord(paragraph: string, random: () => number): Injection | undefined {
  const words = wordsAround(paragraph, random).filter((w) => HAN.test(w.word) && w.word.length >= 2 && w.word.length <= 4);
  for (const w of shuffled(random, words)) {
    const converted = convertShortText(w.word, 'zh-Hans');
    // 臺 → 台, 夥 → 伙, 戶 → 户 alone are no error: forms accepted in traditional text (户 in Hong Kong's).
    if (converted !== w.word && converted.length === w.word.length && converted !== w.word.replace(/[臺夥戶]/g, (c) => ({ 臺: '台', 夥: '伙', 戶: '户' })[c] ?? c)) return replace(paragraph, w, converted);
  }
  return undefined;
}

function replace(paragraph: string, w: Word, by: string): Injection {
  return { base: paragraph, text: paragraph.slice(0, w.start) + by + paragraph.slice(w.end), start: w.start, end: w.start + by.length, label: `${w.word} → ${by}` };
}

function shuffled<T>(random: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(random, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ——— numbers ———

const UNITS = '个百分点|個百分點|万亿元|萬億元|亿元|億元|万元|萬元|万人次|萬人次|万人|萬人|万户|萬戶|万吨|萬噸|万|萬|亿|億|%|％|‰|元|人次|人|名|起|件|个|個|家|次|倍|吨|噸|公里|亩|畝|户|戶|所|项|項|天|年|岁|歲|辆|輛|座|条|條|宗|份|台|部|场|場|公斤|千克|平方米|立方米|米|小时|小時|分钟|分鐘|例|批|只|隻|头|頭|套|张|張|篇|期|届|屆|栋|棟|间|間|处|處';
const VALUE = String.raw`[-−+]?\d+(?:\.\d+)?(?:${UNITS})?`;
const SEP = '、|和|及|与|與|以及';
/** 分别 and what may stand between it and its values (为, 增长, 同比下降, 达到, 占全市的). */
const RESPECTIVELY_RUN = new RegExp(String.raw`分[别別]([^，。；：,;\d、]{0,10}?)(${VALUE}(?:(?:${SEP})${VALUE})+)`, 'g');
const ONE_VALUE = new RegExp(VALUE, 'g');

interface ValueRun {
  /** Offset of 分别. */
  at: number;
  runStart: number;
  runEnd: number;
  values: { start: number; end: number; text: string }[];
}

function respectivelyRuns(paragraph: string): ValueRun[] {
  const runs: ValueRun[] = [];
  for (const m of paragraph.matchAll(RESPECTIVELY_RUN)) {
    const runStart = m.index + 2 + m[1].length;
    const run = m[2];
    // 等 after the values (分别为3%、5%等): an open list.
    if (/^等/.test(paragraph.slice(runStart + run.length))) continue;
    const values = [...run.matchAll(ONE_VALUE)].map((v) => ({ start: runStart + v.index, end: runStart + v.index + v[0].length, text: v[0] }));
    runs.push({ at: m.index, runStart, runEnd: runStart + run.length, values });
  }
  return runs;
}

/** Words after the list of things and before 分别 (同比分别, 均分别). */
const BEFORE_RESPECTIVELY = /(?:同比|环比|環比|比上年|比去年|较上年|較上年|均|也|都|各|将|將|已|还|還)+$/;

/** The list of things before 分别 in its clause, when it is a plain one (甲、乙和丙): its 、-parts and where they start. */
function subjectParts(paragraph: string, at: number): { parts: string[]; starts: number[]; count: number } | undefined {
  const clauseStart = Math.max(...[...'，。；：,;:！？'].map((c) => paragraph.lastIndexOf(c, at - 1))) + 1;
  const clause = paragraph.slice(clauseStart, at).replace(BEFORE_RESPECTIVELY, '');
  if (!clause.includes('、') || /\d/.test(clause)) return undefined;
  const parts = clause.split('、');
  const starts: number[] = [];
  let offset = clauseStart;
  for (const p of parts) {
    starts.push(offset);
    offset += p.length + 1;
  }
  if (parts.some((p, k) => p.length === 0 || (k > 0 && k < parts.length - 1 && p.length > 10))) return undefined;
  const last = parts[parts.length - 1];
  const joins = (last.match(/和|及|与|與/g) ?? []).length;
  if (joins > 1) return undefined;
  return { parts, starts, count: parts.length + joins };
}

/** A value after 分别 dropped: 分别下降10.98%、8.5%和9.2% after four things gave four values. */
function respectivelyDropValue(paragraph: string, random: () => number): Injection | undefined {
  const runs = respectivelyRuns(paragraph).filter((r) => r.values.length >= 3 && subjectParts(paragraph, r.at)?.count === r.values.length);
  if (runs.length === 0) return undefined;
  const run = pick(random, runs);
  const k = 1 + int(random, run.values.length - 2); // a middle value, with the mark before it
  const v = run.values[k];
  const from = run.values[k - 1].end;
  const text = paragraph.slice(0, from) + paragraph.slice(v.end);
  return { base: paragraph, text, start: run.at, end: run.runEnd - (v.end - from), label: `${paragraph.slice(run.at, run.runEnd)}: drop ${v.text}` };
}

/** A value after 分别 added: three things, 分别增长5%、8.1%和3% → 5%、8.1%、6.4%和3%. */
function respectivelyAddValue(paragraph: string, random: () => number): Injection | undefined {
  const runs = respectivelyRuns(paragraph).filter((r) => subjectParts(paragraph, r.at)?.count === r.values.length);
  if (runs.length === 0) return undefined;
  const run = pick(random, runs);
  const k = int(random, run.values.length - 1);
  const v = run.values[k];
  const extra = '、' + v.text.replace(/\d/g, (d) => String((Number(d) + 1 + int(random, 8)) % 10)).replace(/^0(?=\d)/, '1');
  const text = paragraph.slice(0, v.end) + extra + paragraph.slice(v.end);
  return { base: paragraph, text, start: run.at, end: run.runEnd + extra.length, label: `${paragraph.slice(run.at, run.runEnd)}: add ${extra.slice(1)}` };
}

/** A thing before 分别 dropped: 甲、乙、丙和丁分别为… with four values → 甲、丙和丁. */
function respectivelyDropSubject(paragraph: string, random: () => number): Injection | undefined {
  const runs = respectivelyRuns(paragraph).filter((r) => subjectParts(paragraph, r.at)?.count === r.values.length);
  if (runs.length === 0) return undefined;
  const run = pick(random, runs);
  const { parts, starts } = subjectParts(paragraph, run.at)!;
  let from: number;
  let to: number;
  if (parts.length >= 3) {
    const k = 1 + int(random, parts.length - 2); // a middle part with its 、
    from = starts[k]!;
    to = from + parts[k].length + 1;
  } else {
    // 甲、乙和丙 → 甲和丙: the 、 and what stands before 和.
    const m = /^(.*?)(?:和|及|与|與)/.exec(parts[1]);
    if (!m) return undefined;
    from = starts[1] - 1;
    to = starts[1] + m[1].length;
  }
  const dropped = paragraph.slice(from, to);
  const text = paragraph.slice(0, from) + paragraph.slice(to);
  const shift = to - from;
  return { base: paragraph, text, start: run.at - shift, end: run.runEnd - shift, label: `${paragraph.slice(starts[0], run.runEnd)}: drop ${dropped}` };
}

/** A rate with two counts before it whose quotient it is, to the precision written: 排查120起，化解114起，化解率95%. */
interface RateSite {
  numerator: { start: number; end: number; value: number };
  denominator: { start: number; end: number; value: number };
  rate: { start: number; end: number; value: number; decimals: number };
}

const RATE = /[\u4e00-\u9fff]{1,8}率(?:为|為|达到|達到|达|達|是|高达|高達)?(\d+(?:\.\d+)?)[%％]/g;
const COUNT = /(?<![\d.])(\d+)(?=[起件人名个個家户戶次宗例所项項条條])/g;

function matches(numerator: number, denominator: number, rate: number, decimals: number): boolean {
  const exact = (numerator / denominator) * 100;
  const scale = 10 ** decimals;
  return Math.abs(Math.round(exact * scale) - rate * scale) < 1e-6 || Math.abs(Math.floor(exact * scale) - rate * scale) < 1e-6;
}

function rateSites(paragraph: string): RateSite[] {
  const sites: RateSite[] = [];
  for (const m of paragraph.matchAll(RATE)) {
    const sentenceStart = Math.max(...[...'。；;！？'].map((c) => paragraph.lastIndexOf(c, m.index))) + 1;
    const counts = [...paragraph.slice(sentenceStart, m.index).matchAll(COUNT)].map((c) => ({ start: sentenceStart + c.index, end: sentenceStart + c.index + c[1].length, value: Number(c[1]) }));
    const rateText = m[1];
    const rateStart = m.index + m[0].length - rateText.length - 1;
    const rate = { start: rateStart, end: rateStart + rateText.length + 1, value: Number(rateText), decimals: rateText.split('.')[1]?.length ?? 0 };
    // The rate must be of what was counted: a character of its stem (化解 of 化解率; 结 of 结案率 after 办结197件) stands among
    // the counts. Two counts that divide to an unrelated rate by chance (已竣工47个 of 62 and 毛入园率76%; 3亿元以上项目240个
    // of 600 and 开工率40%) are no site: changing a digit there makes no error.
    const stem = m[0].slice(0, m[0].indexOf('率')).slice(-2);
    // The nearest pair that divides to the rate: the numerator nearer the rate.
    found: for (let j = counts.length - 1; j >= 1; j--) {
      for (let i = j - 1; i >= 0; i--) {
        const [d, n] = [counts[i], counts[j]];
        if (n.value > 0 && n.value <= d.value && rate.value < 100 && matches(n.value, d.value, rate.value, rate.decimals) && [...stem].some((c) => paragraph.slice(d.start, m.index).includes(c))) {
          sites.push({ numerator: n, denominator: d, rate });
          break found;
        }
      }
    }
  }
  return sites;
}

/** One digit of a number changed (not to a leading zero). */
function changeDigit(text: string, random: () => number): string {
  const digits = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = pick(random, digits);
  let d = (Number(text[i]) + 1 + int(random, 9)) % 10;
  if (d === 0 && i === 0) d = 1;
  return text.slice(0, i) + String(d) + text.slice(i + 1);
}

function rateInjection(paragraph: string, random: () => number, which: 'numerator' | 'denominator' | 'rate'): Injection | undefined {
  const sites = rateSites(paragraph);
  if (sites.length === 0) return undefined;
  const site = pick(random, sites);
  for (let attempt = 0; attempt < 20; attempt++) {
    const span = site[which];
    const old = paragraph.slice(span.start, which === 'rate' ? span.end - 1 : span.end);
    const changed = changeDigit(old, random);
    const value = Number(changed);
    const n = which === 'numerator' ? value : site.numerator.value;
    const d = which === 'denominator' ? value : site.denominator.value;
    const r = which === 'rate' ? value : site.rate.value;
    if (n > d || r > 100 || n === 0 || matches(n, d, r, site.rate.decimals)) continue;
    const text = paragraph.slice(0, span.start) + changed + paragraph.slice(span.start + old.length);
    return { base: paragraph, text, start: site.rate.start, end: site.rate.end, label: `${paragraph.slice(site.denominator.start, site.rate.end)}: ${which} ${old} → ${changed}` };
  }
  return undefined;
}

const DECREASE = '下降|下滑|减少|減少|降低|回落|下跌|降幅|减幅|減幅|跌幅|缩小|縮小|缩减|縮減';
const DECREASE_VALUE = new RegExp(String.raw`(?:${DECREASE})(?:了|为|為|达|達|达到|達到)?(\d+(?:\.\d+)?)[%％]`, 'g');
const DECREASE_LIST = new RegExp(String.raw`分[别別](?:${DECREASE})(?:了)?(\d+(?:\.\d+)?[%％](?:(?:、|和|及|与|與)\d+(?:\.\d+)?[%％])+)`, 'g');
const INCREASE_VALUE = /(增长|增長|增加|提高|上升|增幅)(?:了|为|為|达|達|达到|達到)?(\d+(?:\.\d+)?)[%％]/g;
const SHARE_VALUE = /(?:化解率|破案率|办结率|辦結率|结案率|結案率|整改率|合格率|覆盖率|覆蓋率|普及率|满意率|滿意率|达标率|達標率|优良率|優良率|占比|佔比|比重)(?:为|為|达|達|达到|達到|提高到|提高至)?(\d+(?:\.\d+)?)[%％]/g;

/** A percentage after a decrease with a digit typed before it: 下降10.82% → 下降310.82%. */
function decreaseOver100(paragraph: string, random: () => number): Injection | undefined {
  const sites = [...paragraph.matchAll(DECREASE_VALUE)].filter((m) => Number(m[1]) >= 10 && Number(m[1]) < 100);
  return prefixDigit(paragraph, random, sites.map((m) => m.index + m[0].length - m[1].length - 1));
}

/** A percentage in a list of decreases after 分别 over 100: 分别下降10.98%、8.5%、61.3% → …、610.3%. */
function decreaseListOver100(paragraph: string, random: () => number): Injection | undefined {
  const starts: number[] = [];
  for (const m of paragraph.matchAll(DECREASE_LIST)) {
    const listStart = m.index + m[0].length - m[1].length;
    for (const v of m[1].matchAll(/\d+(?:\.\d+)?/g)) if (v.index > 0 && Number(v[0]) >= 10 && Number(v[0]) < 100) starts.push(listStart + v.index);
  }
  return prefixDigit(paragraph, random, starts);
}

/** The decimal point of a decrease dropped: 下降31.5% → 下降315%. */
function decreaseDecimalDropped(paragraph: string, random: () => number): Injection | undefined {
  const sites = [...paragraph.matchAll(DECREASE_VALUE)].filter((m) => m[1].includes('.') && Number(m[1].replace('.', '')) > 100);
  if (sites.length === 0) return undefined;
  const m = pick(random, sites);
  const start = m.index + m[0].length - m[1].length - 1;
  const fixed = m[1].replace('.', '');
  const text = paragraph.slice(0, start) + fixed + paragraph.slice(start + m[1].length);
  return { base: paragraph, text, start, end: start + fixed.length + 1, label: `${m[0]} → ${fixed}%` };
}

/** An increase turned into a decrease, its figure over 100: 增长150% → 下降150%; 增长31.2% → 下降131.2%. */
function increaseFlipped(paragraph: string, random: () => number): Injection | undefined {
  const sites = [...paragraph.matchAll(INCREASE_VALUE)].filter((m) => Number(m[2]) >= 10);
  if (sites.length === 0) return undefined;
  const m = pick(random, sites);
  const traditional = isTraditional(scriptFromCounts(scriptCounts(paragraph)));
  const verb = traditional ? pick(random, ['下降', '減少']) : pick(random, ['下降', '减少']);
  const value = Number(m[2]) > 100 ? m[2] : `1${m[2]}`;
  const rest = m[0].slice(m[1].length, m[0].length - m[2].length - 1);
  const replaced = `${verb}${rest}${value}${m[0].slice(-1)}`; // the percent sign as written (% or ％)
  const text = paragraph.slice(0, m.index) + replaced + paragraph.slice(m.index + m[0].length);
  const start = m.index + verb.length + rest.length;
  return { base: paragraph, text, start, end: start + value.length + 1, label: `${m[0]} → ${replaced}` };
}

/** A share or a bounded rate over 100: 覆盖率达53.4% → 153.4%. */
function shareOver100(paragraph: string, random: () => number): Injection | undefined {
  const sites = [...paragraph.matchAll(SHARE_VALUE)].filter((m) => Number(m[1]) >= 10 && Number(m[1]) < 100);
  return prefixDigit(paragraph, random, sites.map((m) => m.index + m[0].length - m[1].length - 1), '1');
}

function prefixDigit(paragraph: string, random: () => number, starts: number[], digit?: string): Injection | undefined {
  if (starts.length === 0) return undefined;
  const start = pick(random, starts);
  const d = digit ?? String(1 + int(random, 9));
  const number = /^\d+(?:\.\d+)?[%％]/.exec(paragraph.slice(start))![0];
  const text = paragraph.slice(0, start) + d + paragraph.slice(start);
  return { base: paragraph, text, start, end: start + number.length + 1, label: `${paragraph.slice(Math.max(0, start - 6), start)}${number} → ${d}${number}` };
}

// ——— wrong characters ———

let slips: Map<string, Slip[]> | undefined;
/** The observed slips by right character: ECSpell's odw train fold, or the sample beside the tests on a clean clone. */
function observedSlips(): Map<string, Slip[]> {
  if (!slips) {
    const shared = resolve(ROOT, '../shared/ecspell/odw.train');
    slips = slipsByRight(slipTable(readOdwRows(existsSync(shared) ? shared : resolve(ROOT, 'test/fixtures/ecspell/odw.sample.tsv'))));
  }
  return slips;
}

/** Suffixes of administrative divisions: the two characters before one are often a place name (长沙市, 浏阳县). */
const DIVISION_SUFFIX = /[省市县縣区區州盟旗镇鎮乡鄉村]/;
/** Titles a person's name follows (市长张三): the three characters after one are left alone. */
const TITLE_BEFORE_NAME = /(?:书记|主任|市长|县长|省长|区长|局长|厅长|部长|主席|委员|代表|同志|先生|女士|记者|总理)$/;

/**
 * One character replaced by a wrong one that writers really typed for it: a slip of ECSpell's odw train fold
 * (bench/wrong-character-slips.ts), drawn in proportion to how often the fold has it among the slips whose right
 * character the paragraph offers at an eligible place, then one of those places at random. Eligible: inside a run of
 * at least 4 Han characters (the rule leaves shorter runs, headings and signatures, alone), not one of the two
 * characters before an administrative-division suffix nor the three after a title (cheaply detected names).
 */
function observedSlip(paragraph: string, random: () => number): Injection | undefined {
  const table = observedSlips();
  const places = new Map<string, number[]>();
  for (const run of paragraph.matchAll(/\p{Script=Han}{4,}/gu)) {
    for (let k = 0; k < run[0].length; k++) {
      const i = run.index + k;
      if (!table.has(paragraph[i])) continue;
      if (DIVISION_SUFFIX.test(paragraph.slice(i + 1, i + 3))) continue;
      if ([0, 1, 2].some((d) => TITLE_BEFORE_NAME.test(paragraph.slice(run.index, i - d)))) continue;
      const list = places.get(paragraph[i]) ?? [];
      list.push(i);
      places.set(paragraph[i], list);
    }
  }
  const offered = [...places.keys()].sort().flatMap((c) => table.get(c)!);
  if (offered.length === 0) return undefined;
  let draw = random() * offered.reduce((n, s) => n + s.count, 0);
  const slip = offered.find((s) => (draw -= s.count) < 0) ?? offered[offered.length - 1];
  const i = pick(random, places.get(slip.right)!);
  const text = paragraph.slice(0, i) + slip.wrong + paragraph.slice(i + 1);
  return { base: paragraph, text, start: i, end: i + 1, label: `${paragraph.slice(Math.max(0, i - 3), i + 4)} (${slip.right} → ${slip.wrong}, ×${slip.count})` };
}

export const GENERATORS: Generator[] = [
  { id: 'double-word', cls: 'repeated-word', on: 'any', what: 'a word of 2–4 characters typed twice (动员动员)', inject: doubleWord },
  { id: 'double-char', cls: 'repeated-word', on: 'any', what: 'a lone function character typed twice (的的, 了了)', inject: doubleFunctionChar },
  { id: 'double-de', cls: 'repeated-word', on: 'any', what: 'a 的-phrase typed twice (方向的方向的)', inject: doubleDePhrase },
  { id: 'double-2words', cls: 'repeated-word', on: 'any', what: 'two words typed twice (加强管理加强管理)', inject: doubleTwoWords },
  { id: 'char-native', cls: 'misconversion', on: 'traditional', what: 'traditional text: one character swapped for another of its set (全麵)', inject: misconvertChar },
  { id: 'char-s2t', cls: 'misconversion', on: 's2t', what: 'simplified text converted by OpenCC, then one character swapped (機製)', inject: misconvertChar },
  { id: 'trad-word', cls: 'script-mixing', on: 'simplified', what: 'simplified text: a word in traditional script (檢查)', inject: traditionalWord },
  { id: 'trad-char-by-char', cls: 'script-mixing', on: 'simplified', what: 'simplified text: a word converted one character at a time (全麵落實)', inject: traditionalCharByChar },
  { id: 'trad-clause', cls: 'script-mixing', on: 'simplified', what: 'simplified text: a clause in traditional script', inject: traditionalClause },
  { id: 'simp-word', cls: 'script-mixing', on: 'traditional', what: 'traditional text: a word in simplified script (结合)', inject: simplifiedWord },
  { id: 'drop-value', cls: 'respectively-mismatch', on: 'any', what: 'a value after 分别 dropped (n things, n−1 values)', inject: respectivelyDropValue },
  { id: 'add-value', cls: 'respectively-mismatch', on: 'any', what: 'a value after 分别 added (n things, n+1 values)', inject: respectivelyAddValue },
  { id: 'drop-subject', cls: 'respectively-mismatch', on: 'any', what: 'a thing before 分别 dropped (n−1 things, n values)', inject: respectivelyDropSubject },
  { id: 'numerator', cls: 'rate-mismatch', on: 'any', what: 'one digit of the counted part changed', inject: (p, r) => rateInjection(p, r, 'numerator') },
  { id: 'denominator', cls: 'rate-mismatch', on: 'any', what: 'one digit of the total changed', inject: (p, r) => rateInjection(p, r, 'denominator') },
  { id: 'rate', cls: 'rate-mismatch', on: 'any', what: 'one digit of the rate changed', inject: (p, r) => rateInjection(p, r, 'rate') },
  { id: 'decrease-digit', cls: 'percent-bounds', on: 'any', what: 'a digit typed before a decrease (下降310.82%)', inject: decreaseOver100 },
  { id: 'decrease-list', cls: 'percent-bounds', on: 'any', what: 'a later value of 分别下降 a%、b%… over 100', inject: decreaseListOver100 },
  { id: 'decrease-point', cls: 'percent-bounds', on: 'any', what: 'the decimal point of a decrease dropped (下降315%)', inject: decreaseDecimalDropped },
  { id: 'increase-flip', cls: 'percent-bounds', on: 'any', what: '增长 turned into 下降, the figure over 100', inject: increaseFlipped },
  { id: 'share', cls: 'percent-bounds', on: 'any', what: 'a share or bounded rate over 100 (覆盖率153.4%)', inject: shareOver100 },
  { id: 'observed-slip', cls: 'wrong-character', on: 'simplified', what: 'a character replaced by a slip seen in ECSpell odw train (建设 → 建没)', inject: observedSlip },
];
