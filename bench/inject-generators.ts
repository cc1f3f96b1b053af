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

export type ErrorClass = 'repeated-word' | 'misconversion' | 'script-mixing' | 'respectively-mismatch' | 'rate-mismatch' | 'percent-bounds' | 'wrong-character'
  | 'count-mismatch' | 'sequence-numbering' | 'part-exceeds-whole' | 'figure-consistency';

/** One injected error: the paragraph before and after, and where the expected finding must fall (in `text`). */
export interface Injection {
  /** The untouched paragraph the injection was made in (for s2t generators: after the OpenCC conversion). */
  base: string;
  text: string;
  start: number;
  end: number;
  /** What was done, for the list of misses (动员 → 动员动员). */
  label: string;
  /** The frame of the site (round 34: list-before, colon-ordinal, 。其中 …), for recall by frame. */
  frame?: string;
  /** Whether the rule's docs list the frame as one it reads. */
  known?: boolean;
}

export interface Generator {
  id: string;
  cls: ErrorClass;
  /** Which texts it works on: simplified, traditional, or simplified converted to traditional first (s2t). */
  on: 'simplified' | 'traditional' | 's2t' | 'any';
  /** What it does, printed beside its figures. */
  what: string;
  /** document: it is given a whole text (headings, a figure stated twice), and the whole text is linted. */
  scope?: 'document';
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

// ——— rates and their counts (round 34) ———
//
// A percentage stated with the two figures it is computed from, in one sentence. Round 33's generator read only the
// frame of the rule's docs (排查120起，化解114起，化解率95%) with counts of a few units: on the report texts it found no site
// at all (849 rates, 63 with two counts before them, none dividing to the rate). Report text states a rate with its
// counts in other frames too; each site names its frame and whether the rule's docs list it (`known`):
//   X率        排查120起，化解114起，化解率95% — a named rate after its counts (docs: yes)
//   其中…占    共有企业120家，其中规上企业30家，占25% — a part's share of its whole (docs: no)
//   增至…增长  从120家增加到150家，增长25% — a change between two stated figures (docs: no; 下降 too)
//   为…的      预算100亿元，完成95亿元，为预算的95% — a figure as a share of a base named again (docs: no)
// A site is one only when the rate is right before the edit, with the text's rounding: the figures may be rounded to
// their last place (2.9万) and the rate rounded or truncated to its decimals.

interface Figure {
  start: number;
  end: number;
  /** As written (the digits), and its value in the base unit. */
  text: string;
  value: number;
  unit: string;
  scale: number;
}
interface RateSite {
  frame: string;
  known: boolean;
  /** The figure the rate is of (the part, the later figure, the result) and the one it is over (the whole, the base). */
  numerator: Figure;
  denominator: Figure;
  rate: { start: number; end: number; text: string; value: number; decimals: number };
  /** The rate from the two figures, in percent. */
  f(n: number, d: number): number;
}

const RATE_NUMBER = String.raw`(\d+(?:\.\d+)?)[%％]`;
const share = (n: number, d: number) => (100 * n) / d;
const growth = (n: number, d: number) => (100 * (n - d)) / d;
const decline = (n: number, d: number) => (100 * (d - n)) / d;

function figure(a: Amount): Figure {
  return { start: a.start, end: a.end, text: a.text, value: a.value, unit: a.unit, scale: a.scale };
}

/** Whether the rate may be what the figures give, allowing each figure's rounding and the rate's rounding or truncation. */
function rateConsistent(site: Pick<RateSite, 'f'>, n: { text: string; scale: number }, d: { text: string; scale: number }, rate: string): boolean {
  const nv = Number(n.text) * n.scale;
  const dv = Number(d.text) * d.scale;
  const hn = lastPlaceHalf(n.text, n.scale);
  const hd = lastPlaceHalf(d.text, d.scale);
  if (dv - hd <= 0) return false;
  const corners = [site.f(nv - hn, dv - hd), site.f(nv - hn, dv + hd), site.f(nv + hn, dv - hd), site.f(nv + hn, dv + hd)];
  const decimals = rate.split('.')[1]?.length ?? 0;
  const unit = 10 ** -decimals;
  const r = Number(rate);
  const eps = 1e-9;
  return Math.max(...corners) >= r - unit / 2 - eps && Math.min(...corners) < r + unit - eps;
}

/** Half the last place written (2040.92万: 50元; 36万: 5000; 500万元: 5000 — a budget of 500万元 is not 450–550万; 120人: 0). */
function lastPlaceHalf(text: string, scale: number): number {
  const decimals = text.split('.')[1]?.length ?? 0;
  return scale > 1 || decimals ? 0.5 * 10 ** -decimals * scale : 0;
}

function sentenceBounds(text: string, at: number): [number, number] {
  const from = Math.max(...[...'。；;！？!?'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const stop = text.slice(at).search(/[。；;！？!?]/);
  return [from, stop < 0 ? text.length : at + stop];
}

function rateOf(m: RegExpMatchArray, group: number, at: number): RateSite['rate'] {
  const t = m[group];
  const start = at + m[0].lastIndexOf(t);
  return { start, end: start + t.length + 1, text: t, value: Number(t), decimals: t.split('.')[1]?.length ?? 0 };
}

export function rateSites(paragraph: string): RateSite[] {
  const sites: RateSite[] = [];
  const add = (site: RateSite) => {
    if (rateConsistent(site, site.numerator, site.denominator, site.rate.text) && !sites.some((s) => s.rate.start === site.rate.start)) sites.push(site);
  };
  // X率: two figures of a unit before a named rate in its sentence, the nearer the part, a character of the rate's stem
  // among them (化解 of 化解率; not 毛入园率76% after two unrelated counts).
  for (const m of paragraph.matchAll(new RegExp(String.raw`([\u4e00-\u9fff]{1,8})率(?:为|為|达到|達到|达|達|是|高达|高達)?${RATE_NUMBER}`, 'g'))) {
    const [from] = sentenceBounds(paragraph, m.index);
    const figures = amountsIn(paragraph, from, m.index).filter((a) => !ROUGH_AFTER.test(paragraph.slice(a.after)));
    const rate = rateOf(m, 2, m.index);
    const stem = m[1].slice(-2);
    found: for (let j = figures.length - 1; j >= 1; j--) {
      for (let i = j - 1; i >= 0; i--) {
        const [d, n] = [figures[i], figures[j]];
        if (n.unit !== d.unit || !(n.value > 0 && n.value <= d.value) || ![...stem].some((c) => paragraph.slice(d.start, m.index).includes(c))) continue;
        const site: RateSite = { frame: 'X率', known: true, numerator: figure(n), denominator: figure(d), rate, f: share };
        if (rateConsistent(site, n, d, rate.text)) {
          add(site);
          break found;
        }
      }
    }
  }
  // 其中…占: the first part after 其中 and its whole (the nearest of the unit before), the share right after the part.
  for (const p of partSites(paragraph)) {
    if (p.frame !== '其中' && p.frame !== '。其中') continue;
    const after = paragraph.slice(p.part.after);
    const m = new RegExp(String.raw`^[，,、]?(?:占|佔)(?:比|比重)?(?:[^\d，,。；;%％]{0,12}的)?(?:为|為|达|達)?${RATE_NUMBER}`).exec(after);
    if (!m) continue;
    add({ frame: '其中…占', known: false, numerator: figure(p.part), denominator: figure(p.whole), rate: rateOf(m, 1, p.part.after), f: share });
  }
  // 增至…增长: 从/由 A 增加到/降至 B, then the change in percent (not 年均: a yearly average is another computation).
  const CHANGE = new RegExp(String.raw`(?:从|從|由)(\d+(?:\.\d+)?) ?(${WHOLE_UNITS})(?:的)?(?:(增加|增长|增長|提高|上升|扩大|擴大|提升|增)|(减少|減少|下降|降低|减|減|降|压减|壓減|缩减|縮減|缩小|縮小))(?:到|至)(\d+(?:\.\d+)?) ?(${WHOLE_UNITS})[，,、]?(?:(增长|增長|增加|提高|上升|扩大|擴大|提升)|(下降|减少|減少|降低|缩减|縮減|压减|壓減|缩小|縮小))(?:了|幅度为|幅度為)?${RATE_NUMBER}`, 'gd');
  for (const m of paragraph.matchAll(CHANGE)) {
    const up = m[3] !== undefined;
    if (up !== (m[7] !== undefined)) continue;
    const [ua, sa] = unitOf(m[2]);
    const [ub, sb] = unitOf(m[6]);
    if (ua !== ub) continue;
    const aStart = m.indices![1][0];
    const bStart = m.indices![5][0];
    const d: Figure = { start: aStart, end: aStart + m[1].length, text: m[1], value: Number(m[1]) * sa, unit: ua, scale: sa };
    const n: Figure = { start: bStart, end: bStart + m[5].length, text: m[5], value: Number(m[5]) * sb, unit: ub, scale: sb };
    if (up ? !(n.value > d.value) : !(n.value < d.value)) continue;
    add({ frame: up ? '从A增至B，增长X%' : '从A降至B，下降X%', known: false, numerator: n, denominator: d, rate: rateOf(m, 9, m.index), f: up ? growth : decline });
  }
  // 为…的: a figure, then 为/占/是 + the base's name + 的 + a percentage; the base stated before in the sentence with its name.
  for (const m of paragraph.matchAll(new RegExp(String.raw`[，,、]?(?:为|為|占|佔|是|达到|達到)([\u4e00-\u9fff]{2,8})的${RATE_NUMBER}`, 'g'))) {
    const [from] = sentenceBounds(paragraph, m.index);
    const before = amountsIn(paragraph, from, m.index);
    const n = before[before.length - 1];
    if (!n || n.after !== m.index || ROUGH_AFTER.test(paragraph.slice(n.after))) continue;
    const name = m[1].replace(/^(?:全年|年度|全省|全市)/, '');
    if (/同期|上年|去年|全国|全國|全省|全市|平均|增长|增長/.test(name)) continue;
    const key = name.slice(-2);
    const d = before.slice(0, -1).filter((a) => a.unit === n.unit && paragraph.slice(clauseStart(paragraph, a.start), a.start).includes(key) && !ROUGH_AFTER.test(paragraph.slice(a.after))).pop();
    if (!d) continue;
    add({ frame: '为…的X%', known: false, numerator: figure(n), denominator: figure(d), rate: rateOf(m, 2, m.index), f: share });
  }
  return sites;
}

function rateInjection(paragraph: string, random: () => number, which: 'numerator' | 'denominator' | 'rate'): Injection | undefined {
  const sites = rateSites(paragraph);
  if (sites.length === 0) return undefined;
  const site = pick(random, sites);
  const span = site[which];
  const old = span.text;
  const changes = oneDigitAway(old).filter((t) => {
    const n = which === 'numerator' ? { text: t, scale: site.numerator.scale } : site.numerator;
    const d = which === 'denominator' ? { text: t, scale: site.denominator.scale } : site.denominator;
    const r = which === 'rate' ? t : site.rate.text;
    if (Number(n.text) === 0 || Number(d.text) === 0 || Number(r) === 0) return false;
    // A share stays a share (not over its whole: part-exceeds-whole's error), a rise stays a rise.
    const nv = Number(n.text) * n.scale;
    const dv = Number(d.text) * d.scale;
    if (site.f === share && site.frame !== '为…的X%' && (nv > dv || Number(r) > 100)) return false;
    if (site.f !== share && (site.f === growth ? nv <= dv : nv >= dv)) return false;
    return !rateConsistent(site, n, d, r);
  });
  if (changes.length === 0) return undefined;
  const changed = pick(random, changes);
  const text = paragraph.slice(0, span.start) + changed + paragraph.slice(span.start + old.length);
  const shift = which === 'rate' ? 0 : changed.length - old.length;
  return {
    base: paragraph, text, start: site.rate.start + shift, end: site.rate.end + shift + (which === 'rate' ? changed.length - old.length : 0),
    label: `${paragraph.slice(Math.min(site.denominator.start, site.numerator.start), site.rate.end)}: ${which} ${old} → ${changed}`, frame: site.frame, known: site.known,
  };
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

// ——— counts and structure (round 34) ———
//
// Each site is checked by the generator's own reading before it is changed: the stated count equals the items listed,
// the numbering runs 1, 2, 3 …, the part is smaller than its whole, the figure is stated twice alike. The change then
// makes a real error. Each injection names its frame and whether the rule's docs list that frame (`known`): recall is
// printed for both, so that frames drafts use and the rule does not read yet are measured too.

const CN_DIGITS = '零一二三四五六七八九';
/** 两/二 … 十二, or Arabic 2 … 12: the value, or NaN. */
function smallNumber(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (s === '两' || s === '兩') return 2;
  if (/^[一二三四五六七八九]$/.test(s)) return CN_DIGITS.indexOf(s);
  if (s === '十') return 10;
  const m = /^十([一二三四五六七八九])$/.exec(s);
  if (m) return 10 + CN_DIGITS.indexOf(m[1]);
  return NaN;
}
/** `value` written the way `sample` is (Arabic, 两, or Chinese numerals). */
function writeSmall(value: number, sample: string): string {
  if (/^\d+$/.test(sample)) return String(value);
  if (value === 2 && /[两兩]/.test(sample)) return sample;
  if (value === 2) return '两';
  if (value <= 9) return CN_DIGITS[value];
  return value === 10 ? '十' : `十${CN_DIGITS[value - 10]}`;
}

const COUNT_WORD = /(?<![一二两兩三四五六七八九十\d第前后後近每这這那其余餘另])(十[一二]?|[两兩二三四五六七八九]|\d{1,2})(个方面|個方面|方面|个|個|项|項|大|条|條|件|种|種|类|類|家|座|所|支|批|场|場|篇|部|点|點|块|塊)(?=[\u4e00-\u9fff“「])/g;
/** Verbs whose object the count may be, though a list stands right before it (依托高新区、经开区打造两大产业集群). */
const VERB_IN_ITEM = /打造|建成|建设|建設|实施|實施|推进|推進|开展|開展|形成|培育|发展|發展|围绕|圍繞|聚焦|依托|加快|加强|加強|完善|提升|实现|實現|建立|设立|設立|成立|组建|組建|引进|引進|新增|获得|獲得|获评|入选|进入|進入|纳入|納入|列入|包括|涉及|覆盖|覆蓋|达到|達到|启动|啟動|完成|出台|制定|修订|印发|抓好|坚持|突出|做好|落实|落實|召开|举办|舉辦|[有为為是在对對把从從]/;
const CLAUSE_END = /[，,。；;：:！？!?（()）“”「」《》\n]/;

interface CountSite {
  frame: string;
  known: boolean;
  count: { start: number; end: number; text: string; value: number };
  /** The items as [start, end) spans, in order; what a dropped item removes is given by `drop`. */
  items: { start: number; end: number }[];
  /** For a dropped item k: the span to delete. */
  drop(k: number): [number, number] | undefined;
}

function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(text[i - 1])) i--;
  return i;
}

/** A 、 list ending at `end` (its last piece may hold one 和/及/与 joining the last two), or undefined. */
function plainItems(text: string, from: number, end: number): { start: number; end: number }[] | undefined {
  const clause = text.slice(from, end);
  if (!clause.includes('、') || /[\d０-９一二三四五六七八九十两]/.test(clause.replace(/^[^、]*?(?=[^、]{1,12}、)/, ''))) return undefined;
  const parts: { start: number; end: number }[] = [];
  let s = from;
  for (const piece of clause.split('、')) {
    parts.push({ start: s, end: s + piece.length });
    s += piece.length + 1;
  }
  const last = parts.pop()!;
  const lastText = text.slice(last.start, last.end);
  const joins = [...lastText.matchAll(/以及|和|及|与|與/g)];
  if (joins.length > 1) return undefined;
  if (joins.length === 1) {
    const j = joins[0];
    parts.push({ start: last.start, end: last.start + j.index }, { start: last.start + j.index + j[0].length, end: last.end });
  } else parts.push(last);
  if (parts.some((p, k) => p.end <= p.start || p.end - p.start > (k === 0 ? 16 : 10))) return undefined;
  return parts;
}

/** 一是…二是…N是 from `from` on: the markers in order 1 … n (at least 2), each after punctuation, and where each item ends. */
function ordinalItems(text: string, from: number, family: '是' | '要' = '是'): { start: number; end: number }[] | undefined {
  const items: { start: number; end: number }[] = [];
  const re = new RegExp(`(?<=[，,。；;：:\\s])(十[一二]?|[一二三四五六七八九])${family}`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = smallNumber(m[1]);
    if (value !== items.length + 1) break;
    if (items.length) items[items.length - 1].end = m.index - 1;
    items.push({ start: m.index, end: text.length });
  }
  if (items.length < 2 || !text.slice(from, items[0].start).match(/^[：:，,。]?$/)) return undefined;
  // The last item ends at its full stop when the paragraph goes on after it.
  const last = items[items.length - 1];
  const stop = text.indexOf('。', last.start);
  if (stop >= 0 && stop < text.length - 1) last.end = stop;
  return items;
}

export function countSites(text: string): CountSite[] {
  const sites: CountSite[] = [];
  for (const m of text.matchAll(COUNT_WORD)) {
    const value = smallNumber(m[1]);
    if (!(value >= 2 && value <= 12)) continue;
    const count = { start: m.index, end: m.index + m[1].length + m[2].length, text: m[0], value };
    // 城乡低保、残疾人两项补贴、孤儿保障: the list goes on after the count's noun, the count is inside one item.
    if (/^[\u4e00-\u9fff]{1,8}、/.test(text.slice(count.end))) continue;
    // Before the count: 城东、城西、城南、城北3个检查站 (the rule's frame).
    const from = clauseStart(text, m.index);
    const before = plainItems(text, from, m.index);
    if (before && before.length === value && !VERB_IN_ITEM.test(text.slice(before[1].start, m.index)) && !/等$/.test(text.slice(from, m.index))) {
      sites.push({ frame: 'list-before', known: true, count, items: before, drop: (k) => (k > 0 && k < before.length - 1 ? [before[k].start, before[k + 1].start] : undefined) });
      continue;
    }
    // Quoted items before the count: “清源”“净网”“护苗”两项.
    const quoted = /(?:[“「][^“”「」]{1,12}[”」][、和及]?){2,}$/.exec(text.slice(Math.max(0, m.index - 90), m.index));
    if (quoted) {
      const at = m.index - quoted[0].length;
      const items = [...quoted[0].matchAll(/[“「][^“”「」]{1,12}[”」]/g)].map((q) => ({ start: at + q.index, end: at + q.index + q[0].length }));
      // Not after a separator: an unquoted item before the quotes leaves the count unsure.
      if (items.length === value && !/[、和及与與]/.test(text[at - 1] ?? '')) {
        sites.push({ frame: 'quoted-before', known: true, count, items, drop: (k) => (k > 0 && k < items.length - 1 ? [items[k].start, items[k + 1].start] : undefined) });
        continue;
      }
    }
    // After the count: a few words, then the enumeration.
    const after = /^([\u4e00-\u9fff]{0,8}[”」]?)(：|:|。|，|,|，即|即|，包括|包括|，分别是|分别是|，分别为|分别为|，主要是|主要是|（)/.exec(text.slice(count.end));
    if (!after) continue;
    const mark = after[2];
    const listFrom = count.end + after[0].length;
    const ordinal = ordinalItems(text, listFrom);
    if (ordinal && ordinal.length === value) {
      const frame = mark === '：' || mark === ':' ? 'colon-ordinal' : `${mark.replace(/^[，,]/, '')}-ordinal`;
      sites.push({ frame, known: mark === '：' || mark === ':', count, items: ordinal, drop: (k) => (k === ordinal.length - 1 ? [ordinal[k - 1].end, ordinal[k].end] : undefined) });
      continue;
    }
    if (mark === '。' || mark === '，' || mark === ',') continue;
    const sentenceEnd = text.slice(listFrom).search(mark === '（' ? /[）)。；;]/ : /[。；;]/);
    if (sentenceEnd < 0) continue;
    const listEnd = listFrom + sentenceEnd;
    if (/[，,：:“”「」（）()]|等/.test(text.slice(listFrom, listEnd))) continue;
    const list = plainItems(text, listFrom, listEnd);
    if (!list || list.length !== value) continue;
    const known = mark === '：' || mark === ':';
    sites.push({ frame: known ? 'colon-list' : `${mark.replace(/^[，,]/, '')}-list`, known, count, items: list, drop: (k) => (k > 0 && k < list.length - 1 ? [list[k].start, list[k + 1].start] : undefined) });
  }
  return sites;
}

/** The stated count changed by one, the items left as they were: 城东、城西、城南、城北3个 → 4个. */
function countChanged(paragraph: string, random: () => number): Injection | undefined {
  const sites = countSites(paragraph);
  if (sites.length === 0) return undefined;
  const site = pick(random, sites);
  const { count } = site;
  const options = [count.value - 1, count.value + 1].filter((v) => v >= 2 && v <= 12);
  const value = pick(random, options);
  const numeral = /^(十[一二]?|[两兩二三四五六七八九]|\d{1,2})/.exec(count.text)![0];
  const written = writeSmall(value, numeral);
  const text = paragraph.slice(0, count.start) + written + paragraph.slice(count.start + numeral.length);
  const end = count.end - numeral.length + written.length;
  return { base: paragraph, text, start: count.start, end, label: `${paragraph.slice(site.items[0].start, site.items[0].end)}… ${count.text} → ${written}${count.text.slice(numeral.length)}`, frame: site.frame, known: site.known };
}

/** One item of the list dropped (a middle item of a 、 list, the last of 一是…N是), the count left as it was. */
function countItemDropped(paragraph: string, random: () => number): Injection | undefined {
  const sites = countSites(paragraph).filter((s) => s.items.some((_, k) => s.drop(k)));
  if (sites.length === 0) return undefined;
  const site = pick(random, sites);
  const ks = site.items.map((_, k) => k).filter((k) => site.drop(k));
  const [from, to] = site.drop(pick(random, ks))!;
  const text = paragraph.slice(0, from) + paragraph.slice(to);
  const shift = to - from;
  const start = site.count.start < from ? site.count.start : site.count.start - shift;
  const end = site.count.start < from ? site.count.end : site.count.end - shift;
  return { base: paragraph, text, start, end, label: `${site.count.text}: drop ${paragraph.slice(from, Math.min(to, from + 16))}`, frame: site.frame, known: site.known };
}

// Numbering: families of markers (the rule's docs list all but 一要/二要 and 其一/其二).
interface Marker {
  start: number;
  /** The numeral's span inside the marker. */
  numStart: number;
  numEnd: number;
  value: number;
}
interface Family {
  name: string;
  known: boolean;
  re: RegExp;
  /** The value of a match, NaN when unread. */
  value(m: RegExpExecArray): number;
  write(value: number, numeral: string): string;
}
const CN_SMALL = '(十[一二三四五六七八九]?|[一二三四五六七八九])';
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫';
const INLINE_FAMILIES: Family[] = [
  { name: '一是', known: true, re: new RegExp(`(?<=^|[，,。；;：:\\s])${CN_SMALL}是`, 'g'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '第一，', known: true, re: new RegExp(`(?<=^|[，,。；;：:\\s])第${CN_SMALL}(?=[，,：:])`, 'g'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '（1）', known: true, re: /(?<=^|[，,。；;：:\s])[（(](\d{1,2})[）)]/g, value: (m) => Number(m[1]), write: (v) => String(v) },
  { name: '（一）', known: true, re: new RegExp(`(?<=[，,。；;：:])[（(]${CN_SMALL}[）)]`, 'g'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '①', known: true, re: /([①②③④⑤⑥⑦⑧⑨⑩⑪⑫])/g, value: (m) => circled.indexOf(m[1]) + 1, write: (v) => circled[v - 1] ?? '' },
  { name: '1、(inline)', known: false, re: /(?<=[，,。；;：:])(\d{1,2})[、．.](?=[\u4e00-\u9fff])/g, value: (m) => Number(m[1]), write: (v) => String(v) },
  { name: '一要', known: false, re: new RegExp(`(?<=^|[，,。；;：:\\s])${CN_SMALL}要`, 'g'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '其一', known: false, re: new RegExp(`(?<=^|[，,。；;：:\\s])其${CN_SMALL}(?=[，,：:是])`, 'g'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
];
function writeSmallOrdinal(value: number): string {
  if (value <= 9) return CN_DIGITS[value];
  return value === 10 ? '十' : `十${CN_DIGITS[value - 10]}`;
}

/** The runs of one family in `text` numbered 1, 2, 3 … (at least 3 markers), each as its markers. */
function numberedRuns(text: string, family: Family): Marker[][] {
  const runs: Marker[][] = [];
  let run: Marker[] = [];
  family.re.lastIndex = 0;
  for (const m of text.matchAll(family.re)) {
    const value = family.value(m);
    const numStart = m.index + m[0].indexOf(m[1]);
    const marker = { start: m.index, numStart, numEnd: numStart + m[1].length, value };
    if (value === 1) {
      if (run.length >= 3) runs.push(run);
      run = [marker];
    } else if (run.length && value === run[run.length - 1].value + 1) run.push(marker);
    else {
      if (run.length >= 3) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

/** One marker of a run renumbered: 三是 → 四是 (a skip) or 二是 (a repeat). */
function inlineRenumbered(paragraph: string, random: () => number): Injection | undefined {
  const sites = INLINE_FAMILIES.flatMap((f) => numberedRuns(paragraph, f).map((run) => ({ f, run })));
  if (sites.length === 0) return undefined;
  const { f, run } = pick(random, sites);
  const k = 1 + int(random, run.length - 1);
  const m = run[k];
  // Back to 1 reads as a new list (the rule's docs: any list may restart), so a repeat is made only from 3 on.
  const value = random() < 0.5 || m.value - 1 < 2 ? m.value + 1 : m.value - 1;
  const numeral = paragraph.slice(m.numStart, m.numEnd);
  const written = f.write(value, numeral);
  const text = paragraph.slice(0, m.numStart) + written + paragraph.slice(m.numEnd);
  return { base: paragraph, text, start: m.start, end: m.numStart + written.length + 1, label: `${f.name}: ${paragraph.slice(m.start, m.numEnd + 1)} → ${text.slice(m.start, m.numStart + written.length + 1)}`, frame: f.name, known: f.known };
}

/** A middle item of a run deleted, the markers after it not renumbered: 一是…二是…三是… → 一是…三是…. */
function inlineItemDropped(paragraph: string, random: () => number): Injection | undefined {
  const sites = INLINE_FAMILIES.flatMap((f) => numberedRuns(paragraph, f).map((run) => ({ f, run })));
  if (sites.length === 0) return undefined;
  const { f, run } = pick(random, sites);
  const k = 1 + int(random, run.length - 2);
  const [from, to] = [run[k].start, run[k + 1].start];
  const text = paragraph.slice(0, from) + paragraph.slice(to);
  const next = run[k + 1];
  return { base: paragraph, text, start: from, end: from + (next.numEnd - next.start) + 1, label: `${f.name}: drop ${paragraph.slice(from, Math.min(to, from + 14))}…`, frame: f.name, known: f.known };
}

/** Headings at the start of a line, by level (GB/T 9704: 一、 （一） 1.), and discourse markers opening paragraphs. */
const LINE_FAMILIES: (Family & { level: number })[] = [
  { name: '一、', level: 1, known: true, re: new RegExp(`^[ \\t\\u3000]*${CN_SMALL}、(?![一二三四五六七八九十])`, 'gm'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '（一）', level: 2, known: true, re: new RegExp(`^[ \\t\\u3000]*[（(]${CN_SMALL}[）)]`, 'gm'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '1.', level: 3, known: true, re: /^[ \t\u3000]*(\d{1,2})[.．、](?!\d)/gm, value: (m) => Number(m[1]), write: (v) => String(v) },
  { name: '一是 (paragraphs)', level: 9, known: true, re: new RegExp(`^[ \\t\\u3000]*${CN_SMALL}是`, 'gm'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
  { name: '第一， (paragraphs)', level: 9, known: true, re: new RegExp(`^[ \\t\\u3000]*第${CN_SMALL}(?=[，,：:])`, 'gm'), value: (m) => smallNumber(m[1]), write: writeSmallOrdinal },
];

/** Runs of line markers numbered 1, 2, 3 … under one parent (a higher heading ends the runs below it). */
function headingRuns(text: string): { f: Family; run: Marker[] }[] {
  const all = LINE_FAMILIES.flatMap((f) => [...text.matchAll(f.re)].map((m) => {
    const numStart = m.index + m[0].indexOf(m[1]);
    return { f, marker: { start: numStart, numStart, numEnd: numStart + m[1].length, value: f.value(m) } };
  })).sort((a, b) => a.marker.start - b.marker.start);
  const out: { f: Family; run: Marker[] }[] = [];
  const open = new Map<Family, Marker[]>();
  const close = (f: Family) => {
    const run = open.get(f);
    if (run && run.length >= 3) out.push({ f, run });
    open.delete(f);
  };
  let lastLine = -1;
  for (const { f, marker } of all) {
    const level = (f).level;
    for (const g of LINE_FAMILIES) if (g.level > level && g.level < 9) close(g);
    // A discourse chain goes on only from the paragraph right before.
    for (const g of LINE_FAMILIES) if (g.level === 9 && (g !== f || text.lastIndexOf('\n', marker.start) !== lastLine)) close(g);
    const run = open.get(f) ?? [];
    if (marker.value === 1) {
      close(f);
      open.set(f, [marker]);
    } else if (run.length && marker.value === run[run.length - 1].value + 1) run.push(marker);
    else close(f);
    const lineEnd = text.indexOf('\n', marker.start);
    lastLine = lineEnd < 0 ? text.length : lineEnd;
  }
  for (const f of [...open.keys()]) close(f);
  return out;
}

/** A heading (or a paragraph's opening 二是) renumbered: （三） → （四） or （二）. Linted with its whole document. */
function headingRenumbered(text0: string, random: () => number): Injection | undefined {
  const sites = headingRuns(text0);
  if (sites.length === 0) return undefined;
  const { f, run } = pick(random, sites);
  const k = 1 + int(random, run.length - 1);
  const m = run[k];
  const value = random() < 0.5 || m.value - 1 < 2 ? m.value + 1 : m.value - 1;
  const numeral = text0.slice(m.numStart, m.numEnd);
  const written = f.write(value, numeral);
  const text = text0.slice(0, m.numStart) + written + text0.slice(m.numEnd);
  const lineStart = text0.lastIndexOf('\n', m.start) + 1;
  return { base: text0, text, start: lineStart, end: m.numStart + written.length + 1, label: `${f.name}: ${text0.slice(lineStart, m.numEnd + 6)} → ${written}`, frame: f.name, known: f.known };
}

// Parts and wholes.
const WHOLE_UNITS = '万亿元|萬億元|亿元|億元|万元|萬元|万人次|萬人次|万人|萬人|万户|萬戶|万吨|萬噸|万亩|萬畝|人次|人|名|个|個|家|起|件|户|戶|项|項|所|座|宗|条|條|辆|輛|艘|公里|亩|畝|元|套|批|例|场|場|处|處|篇';
const AMOUNT = new RegExp(String.raw`(?<![\d.])(\d+(?:\.\d+)?) ?(${WHOLE_UNITS})`, 'g');
/** A whole that is a change, an average or a rough figure is no whole (增加120人, 年均, 近300个); 新增 counts new things. */
const NOT_A_WHOLE_BEFORE = /增|减|減|降|提高|同比|比上年|比去年|年均|平均|人均|户均|戶均|日均|超收|超过|超過|近|约|約|逾|不足|突破|每/;
/** A part that is a change, an average, a threshold (其中过20亿元的) or rough. */
const NOT_A_PART_BEFORE = /增|减|減|降|提高|同比|年均|平均|人均|超过|超過|过|過|突破|达到|達到|高于|高於|近|约|約|逾|每/;
const ROUGH_AFTER = /^(?:余|餘|多|以上|左右|上下|以内|以下)/;
/** Units read as one with a scale (万元 and 亿元 compare, 万人 and 人). */
const SCALED: Record<string, [string, number]> = {
  万亿元: ['元', 1e12], 萬億元: ['元', 1e12], 亿元: ['元', 1e8], 億元: ['元', 1e8], 万元: ['元', 1e4], 萬元: ['元', 1e4], 元: ['元', 1],
  万人次: ['人次', 1e4], 萬人次: ['人次', 1e4], 人次: ['人次', 1], 万人: ['人', 1e4], 萬人: ['人', 1e4], 人: ['人', 1], 名: ['人', 1],
  万户: ['户', 1e4], 萬戶: ['户', 1e4], 户: ['户', 1], 戶: ['户', 1], 万吨: ['吨', 1e4], 萬噸: ['吨', 1e4], 万亩: ['亩', 1e4], 萬畝: ['亩', 1e4], 亩: ['亩', 1], 畝: ['亩', 1],
};
const unitOf = (unit: string): [string, number] => SCALED[unit] ?? [unit, 1];

interface Amount {
  start: number;
  end: number;
  /** In the base unit (元, 人 …). */
  value: number;
  text: string;
  unit: string;
  scale: number;
  written: string;
  /** Where the unit ends. */
  after: number;
}
interface PartSite {
  frame: string;
  known: boolean;
  whole: Amount;
  part: Amount;
}

function amountsIn(text: string, from: number, to: number): Amount[] {
  return [...text.slice(from, to).matchAll(AMOUNT)].map((m) => {
    const [unit, scale] = unitOf(m[2]);
    return { start: from + m.index, end: from + m.index + m[1].length, value: Number(m[1]) * scale, text: m[1], unit, scale, written: m[2], after: from + m.index + m[0].length };
  });
}

export function partSites(text: string): PartSite[] {
  const sites: PartSite[] = [];
  for (const q of text.matchAll(/其中|，包括|，含/g)) {
    const at = q.index;
    const stop = text.slice(at).search(/[。；;！？!?]/);
    const partEnd = stop < 0 ? text.length : at + stop;
    const firstPart = amountsIn(text, at, Math.min(partEnd, at + 30))[0];
    if (!firstPart) continue;
    const partClause = text.slice(at, firstPart.start);
    if (NOT_A_PART_BEFORE.test(partClause) || ROUGH_AFTER.test(text.slice(firstPart.after))) continue;
    // The whole: the nearest amount of the same unit before 其中, in its sentence (or, when 其中 opens a sentence, the sentence before).
    const opensSentence = /[。！？!?]\s*$/.test(text.slice(Math.max(0, at - 2), at));
    let sentenceStart = Math.max(...[...'。！？!?'].map((c) => text.lastIndexOf(c, at - (opensSentence ? 2 : 1)))) + 1;
    if (sentenceStart < 0) sentenceStart = 0;
    // The nearest of the part's unit (计划总投资943亿元 between 项目248个 and 其中…181个 is of another unit).
    const nearest = amountsIn(text, sentenceStart, at).filter((a) => a.unit === firstPart.unit).pop();
    if (!nearest) continue;
    const wholeClause = text.slice(clauseStart(text, nearest.start), nearest.start).replace(/新增/g, '');
    if (NOT_A_WHOLE_BEFORE.test(wholeClause) || ROUGH_AFTER.test(text.slice(nearest.after))) continue;
    // 包括 and 含 need a stated total (共, 合计, 总, 累计) to be a part of it.
    if (q[0] !== '其中' && !/共|合计|合計|总|總|累计|累計/.test(wholeClause)) continue;
    if (!(firstPart.value < nearest.value)) continue;
    const frame = q[0] !== '其中' ? q[0].slice(1) : opensSentence ? '。其中' : '其中';
    sites.push({ frame, known: frame === '其中', whole: nearest, part: firstPart });
  }
  return sites;
}

/** Half the last place a figure is written to (2.9万: 500; 1200万: 50万, its zeros may be rounding; 120人: 0). */
function roundingHalf(text: string, scale: number): number {
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals) return 0.5 * 10 ** -decimals * scale;
  return scale > 1 ? 0.5 * 10 ** (/0*$/.exec(text)![0].length) * scale : 0;
}

/** Every number one digit away from `text` (no leading zero, the decimal point kept). */
function oneDigitAway(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/\d/.test(text[i])) continue;
    for (let d = 0; d <= 9; d++) {
      if (String(d) === text[i] || (d === 0 && i === 0 && text.length > 1 && text[1] !== '.')) continue;
      out.push(text.slice(0, i) + d + text.slice(i + 1));
    }
  }
  return out;
}

/** One digit of the part or of the whole changed so that the part is larger: 共抓获320人，其中刑事拘留280人 → 380人. */
function partOverWhole(paragraph: string, random: () => number): Injection | undefined {
  const sites = partSites(paragraph);
  if (sites.length === 0) return undefined;
  const site = pick(random, sites);
  // Beyond what rounding allows: 4万亿元 may stand for 4.4万亿, so a part of 4.26万亿 is no error.
  const exceeds = (part: string, whole: string) => Number(part) * site.part.scale - roundingHalf(part, site.part.scale) > Number(whole) * site.whole.scale + roundingHalf(whole, site.whole.scale);
  const changes = [
    ...oneDigitAway(site.part.text).filter((t) => exceeds(t, site.whole.text)).map((t) => ({ which: site.part, t })),
    ...oneDigitAway(site.whole.text).filter((t) => Number(t) > 0 && exceeds(site.part.text, t)).map((t) => ({ which: site.whole, t })),
  ];
  if (changes.length === 0) return undefined;
  const { which, t } = pick(random, changes);
  const text = paragraph.slice(0, which.start) + t + paragraph.slice(which.end);
  const shift = which === site.whole ? t.length - which.text.length : 0;
  return {
    base: paragraph, text, start: site.whole.start, end: site.part.end + shift + (which === site.part ? t.length - which.text.length : 0),
    label: `${paragraph.slice(site.whole.start, site.part.end + 2)}: ${which === site.part ? 'part' : 'whole'} ${which.text} → ${t}`, frame: site.frame, known: site.known,
  };
}

// A figure stated twice: the same number of three significant digits or more (not a round one: plans are round, and the
// same round figure may be last year's and this year's), the same unit, the same four characters of its indicator right
// before it (the words 达到, 为, 完成, 共, 累计 … and a verb of change stepped over: 收入达到4211亿元 and 收入4211亿元) and
// the same two after it (实施100个重点项目 is not 实施100个科技项目), in two paragraphs of a text.
const FIGURE_UNITS = `个百分点|個百分點|亿美元|億美元|万美元|萬美元|万吨|萬噸|平方公里|万千瓦|萬千瓦|千瓦|万平方米|萬平方米|平方米|${WHOLE_UNITS}|%|％|吨|噸`;
const FIGURE = new RegExp(String.raw`(?<![\d.])(\d+(?:\.\d+)?)(${FIGURE_UNITS})`, 'g');
const CHANGE_VERB = /(?:增长|增長|增加|下降|减少|減少|提高|降低|上升|回落|提高到|提高至|增长到|增長到|达到|達到)+$/;
const NOT_A_STATEMENT = /目标|目標|力争|力爭|预计|預計|预期|預期|确保|確保|计划|計劃|左右|以上|约|約|近|超过|超過|每|以内|突破|达到.{0,2}$/;
const TOTAL_WORDS = /全年|全市|全省|全县|全縣|全区|全區|全州|共|累计|累計|合计|合計|总计|總計|率/;
const CHANGE_WORDS = /增|减|減|降|提高|同比|环比|環比|比上年|比去年|上升|下滑|回落/;
/** The words of a whole as figure-consistency's docs list them (全年, 全市, 共 — not 公共 —, 累计, 合计, 总量…). */
const STATED_WHOLE = /全年|全市|全区|全县|全省|全州|(?<![公医])共|累计|总计|合计|总数|总量|总额/;
const LINK_WORDS = /(?:达到|達到|达|達|为|為|是|完成|实现|實現|共计|共計|合计|合計|累计|累計|总计|總計|共|计|計|至|到)+$/;

interface Stated {
  start: number;
  end: number;
}
export function restatedFigures(text: string): { first: Stated; second: Stated; number: string; frame: string; known: boolean }[] {
  const seen = new Map<string, Stated>();
  const pairs: ReturnType<typeof restatedFigures> = [];
  for (const m of text.matchAll(FIGURE)) {
    if (m[1].replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length < 2) continue;
    const from = clauseStart(text, m.index);
    const clause = text.slice(from, m.index);
    const indicator = clause.replace(LINK_WORDS, '').replace(CHANGE_VERB, '').replace(LINK_WORDS, '');
    // 为预算的100.1%, 占全省的35.2%: a share of something named before, not the figure itself.
    if (!/\p{Script=Han}{4}$/u.test(indicator) || /的$/.test(indicator) || NOT_A_STATEMENT.test(clause) || ROUGH_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // A change stated twice alike is often last year's result and this year's target (社会消费品零售总额增长18%); 分别 lists
    // and article numbers (第37条) are no figures.
    if (CHANGE_WORDS.test(clause) || /分[别別]|第$/.test(clause) || /^第/.test(indicator.slice(-5))) continue;
    const key = `${indicator.slice(-4)}\u0000${m[0]}\u0000${text.slice(m.index + m[0].length, m.index + m[0].length + 2)}`;
    const here = { start: m.index, end: m.index + m[0].length };
    const earlier = seen.get(key);
    if (earlier && text.slice(earlier.end, here.start).includes('\n')) {
      const known = TOTAL_WORDS.test(clause);
      pairs.push({ first: earlier, second: here, number: m[1], frame: known ? 'total or rate' : 'plain', known });
      seen.delete(key);
    } else seen.set(key, here);
  }
  return pairs;
}

/** One of the two statements of a figure given twice gets one digit changed: 全年共立案408起 … 全年共立案418起. */
function figureRestatedDiffers(text0: string, random: () => number): Injection | undefined {
  const pairs = restatedFigures(text0);
  if (pairs.length === 0) return undefined;
  const pair = pick(random, pairs);
  const which = random() < 0.5 ? pair.first : pair.second;
  const t = pick(random, oneDigitAway(pair.number));
  const text = text0.slice(0, which.start) + t + text0.slice(which.start + pair.number.length);
  const shift = which === pair.first ? t.length - pair.number.length : 0;
  const lineStart = (i: number) => text0.lastIndexOf('\n', i) + 1;
  return {
    base: text0, text, start: pair.second.start + shift, end: pair.second.end + shift + (which === pair.second ? t.length - pair.number.length : 0),
    label: `${text0.slice(Math.max(lineStart(which.start), which.start - 12), which.end)} → ${t} (${which === pair.first ? 'first' : 'second'} of two, lines apart)`, frame: pair.frame, known: pair.known,
  };
}

/**
 * A statement of a figure in a paragraph (全市共立案408起: an indicator of four characters or more, the figure, its unit; no
 * target, rough figure, change, 分别 or 其中 part) said again at the paragraph's end with one digit changed: 全市共立案418起.
 * Not when a year or another period is named after it in the paragraph (the second might then be of that period).
 */
function figureSaidAgain(paragraph: string, random: () => number): Injection | undefined {
  const sites: { clause: string; from: number; number: string; at: number; known: boolean }[] = [];
  for (const m of paragraph.matchAll(FIGURE)) {
    if (m[1].replace(/\D/g, '').replace(/^0+/, '').length < 2) continue;
    const from = clauseStart(paragraph, m.index);
    const clause = paragraph.slice(from, m.index);
    const indicator = clause.replace(LINK_WORDS, '');
    if (!/^\p{Script=Han}{4,16}$/u.test(indicator) || /的$|^其中|^(?:其他|其余|另)/.test(indicator) || NOT_A_STATEMENT.test(clause) || CHANGE_WORDS.test(clause) || /分[别別]|其中|第/.test(clause)) continue;
    // 确保九年义务教育巩固率89%，高中阶段毛入学率83%: a target of the sentence; said again bare it would read as a result.
    const sentence = paragraph.slice(Math.max(0, ...[...'。！？；'].map((c) => paragraph.lastIndexOf(c, m.index) + 1)), m.index);
    if (NOT_A_STATEMENT.test(sentence) || /要|将|將|继续|繼續|推动|推動|加快/.test(sentence)) continue;
    const after = m.index + m[0].length;
    if (ROUGH_AFTER.test(paragraph.slice(after)) || !/^[，,。；;、]/.test(paragraph.slice(after))) continue;
    if (/\d{4}年|今年|去年|上年|明年|本年|当年|上半年|下半年|季度|\d+月|个月|十.五|同期|以来|年来|近.年/.test(paragraph.slice(after))) continue;
    // Round 36: only a total (全年, 全市, 共, 累计…) or a rate. A plain figure said again (新建普通高中11所 … 新建普通高中13所) is not
    // one figure by its words: in real paragraphs the same words recur for other subjects named earlier in the sentence (实际完成,
    // 筹措资金, 完成投资 of each budget or project); comparing plain figures within a paragraph gave 426 new findings on the clean
    // folders, every one read a false alarm. A rough figure (超2000亿元, 逾) is no figure to compare either.
    const known = STATED_WHOLE.test(clause) || /率(?:为|是|达)?$/.test(clause);
    if (!known || /超|逾/.test(clause)) continue;
    sites.push({ clause: paragraph.slice(from, after), from, number: m[1], at: m.index, known });
  }
  if (sites.length === 0 || !/[。！？]$/.test(paragraph)) return undefined;
  const site = pick(random, sites);
  const changed = pick(random, oneDigitAway(site.number));
  const k = site.at - site.from;
  const copy = site.clause.slice(0, k) + changed + site.clause.slice(k + site.number.length);
  const text = `${paragraph}${copy}。`;
  const start = paragraph.length;
  return { base: paragraph, text, start, end: start + copy.length, label: `${site.clause} … ${copy}`, frame: site.known ? 'total or rate' : 'plain', known: site.known };
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
  { id: 'count-changed', cls: 'count-mismatch', on: 'any', what: 'the stated count changed by one (四个检查站 → 五个), its items as they were', inject: countChanged },
  { id: 'count-item-dropped', cls: 'count-mismatch', on: 'any', what: 'an item dropped (a middle one of a 、 list, the last 三是…), the count as it was', inject: countItemDropped },
  { id: 'inline-renumbered', cls: 'sequence-numbering', on: 'any', what: 'a marker of 一是/二是…, （1）…, ①… in a paragraph renumbered (skip or repeat)', inject: inlineRenumbered },
  { id: 'inline-item-dropped', cls: 'sequence-numbering', on: 'any', what: 'a middle item of such a run deleted, the markers after it not renumbered', inject: inlineItemDropped },
  { id: 'heading-renumbered', cls: 'sequence-numbering', on: 'any', scope: 'document', what: 'a heading 一、/（一）/1. or a paragraph-opening 二是 renumbered (whole text)', inject: headingRenumbered },
  { id: 'part-over-whole', cls: 'part-exceeds-whole', on: 'any', what: 'one digit of the whole or of the part after 其中 changed, the part now larger', inject: partOverWhole },
  { id: 'figure-restated', cls: 'figure-consistency', on: 'any', scope: 'document', what: 'a figure stated twice in a text (same number, unit, indicator), one digit of one changed (whole text)', inject: figureRestatedDiffers },
  { id: 'figure-said-again', cls: 'figure-consistency', on: 'any', what: 'a figure of a paragraph said again at its end with one digit changed', inject: figureSaidAgain },
  { id: 'observed-slip', cls: 'wrong-character', on: 'simplified', what: 'a character replaced by a slip seen in ECSpell odw train (建设 → 建没)', inject: observedSlip },
];
