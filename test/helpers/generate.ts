// Seeded text generators shared by the property tests, the worst-case tests and the bench.
// Everything is driven by a seed so that a failing document can be rebuilt from the seed alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../tools/seeded-random.mjs';

export { seededRandom };

export interface Picker {
  random: () => number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  return {
    random,
    int: (max) => Math.floor(random() * max),
    pick: (items) => items[Math.floor(random() * items.length)],
  };
}

// Pieces real reports are made of, and the characters rules look at.
const CJK_WORDS = [
  '的', '动员', '研究研究', '方方面面', '一个一个', '会议议程', '工作作风', '分别', '同比增长', '增长', '下降',
  '百分点', '其中', '合计', '共', '项', '个', '亿元', '万人', '一是', '二是', '三是', '首先', '其次', '第一', '第二',
  '國家', '發展', '後來', '面積', '頭髮', '麵包', '製造', '發', '髮', '后', '後', '里', '裏', '為', '爲', '台灣',
  '截止', '截至', '按照', '坚持', '推进', '改革', '经济', '社会', '人民', '政府', '工作报告', '同比', '环比',
];
const LATIN = ['GDP', 'PM2.5', 'CPI', 'a', 'Z', 'word', 'iPhone', 'e.g.', 'x'];
const DIGITS = ['1', '12', '3.5', '100', '2024', '0.1', '１２', '１', '99.9', '1,234', '10000', '３．５'];
const PUNCT = [
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '《', '》', '（', '）', '【', '】', '「', '」',
  '……', '——', '%', '％', '﹪', ',', '.', ';', ':', '?', '!', '"', "'", '(', ')', '[', ']', '-', '—', '…', '·',
  '〈', '〉', '『', '』', '～', '~', '/', '／',
];
const SPACES = [' ', '　', '\t', '  ', '\u00a0'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];
const ASTRAL = ['𠮷', '😀', '👍🏽', '🇨🇳', '𪚥', '\u200d', '\ufe0f', 'é', 'e\u0301'];
const MARKDOWN = ['# ', '## ', '`', '```\n', '<!-- ', ' -->', '<!-- gongwen-disable-next-line -->\n', '- ', '1. ', '> ', '---\n', 'https://example.org/a?b=1', 'a@b.cn', '**', '[链接](http://x.cn)'];
// Lone surrogates: a JavaScript string may contain them (e.g. a truncated paste); rules must not split pairs, and must survive these.
const ODD = ['\ud83d', '\ude00', '\u0000', '\ufeff'];

export interface GenerateOptions {
  /** Approximate number of pieces. */
  pieces?: number;
  markdown?: boolean;
  /** Seed texts to cut and splice in. */
  seeds?: readonly string[];
}

/** One random document: a mix of words, numbers, punctuation, spaces, breaks, emoji and seed fragments. */
export function randomDocument(p: Picker, options: GenerateOptions = {}): string {
  const pieces = options.pieces ?? 20 + p.int(200);
  const seeds = options.seeds ?? [];
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const r = p.random();
    if (r < 0.3) out += p.pick(CJK_WORDS);
    else if (r < 0.4) out += p.pick(DIGITS);
    else if (r < 0.6) out += p.pick(PUNCT);
    else if (r < 0.65) out += p.pick(LATIN);
    else if (r < 0.7) out += p.pick(SPACES);
    else if (r < 0.76) out += p.pick(BREAKS);
    else if (r < 0.8) out += p.pick(ASTRAL);
    else if (r < 0.81) out += p.pick(ODD);
    else if (r < 0.86 && options.markdown) out += p.pick(MARKDOWN);
    else if (r < 0.93 && seeds.length) out += seedFragment(p, p.pick(seeds), 5 + p.int(200));
    else out += p.pick(CJK_WORDS) + p.pick(PUNCT);
  }
  return out;
}

/** A slice of `text` cut at random points (possibly inside a surrogate pair or a CRLF). */
export function seedFragment(p: Picker, text: string, length: number): string {
  if (text.length === 0) return '';
  const start = p.int(text.length);
  return text.slice(start, Math.min(text.length, start + length));
}

/** Two seeds cut at random points and spliced: the end of one meets the start of another. */
export function splicedSeeds(p: Picker, seeds: readonly string[]): string {
  const a = p.pick(seeds);
  const b = p.pick(seeds);
  return a.slice(0, p.int(a.length + 1)) + b.slice(p.int(b.length + 1));
}

/** The texts in a folder (non-recursive, *.txt). */
export function readTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export interface WorstCase {
  name: string;
  text: string;
  /** Markdown cases exercise the document model's masking (code spans, comments). */
  languageId?: 'plaintext' | 'markdown';
}

/** `unit` repeated until the result has at least `length` UTF-16 code units (then cut on a whole unit). */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

/**
 * Inputs that make careless regular expressions backtrack: one long line of one repeated
 * character, of alternating pieces, and enumerations with very many items.
 * `length` is in UTF-16 code units per line; enumerations scale with it too.
 */
export function worstCases(length: number): WorstCase[] {
  const cases: WorstCase[] = [];
  for (const ch of ['的', '动', ',', ' ', '1', '、', '“', '一', '，', '%', '（', '.', '　', '-', 'a']) {
    cases.push({ name: `repeat ${JSON.stringify(ch)}`, text: repeatTo(ch, length) });
  }
  for (const unit of ['的的的是', '的的', '动员动员', '1,1,', '1.1.', '“”', '“', '一是二是', '（1）', '1、', '10%、', '增长1%，', '研究研究', '甲乙', '的 ', '１２３，', '𠮷', '😀的']) {
    cases.push({ name: `alternate ${JSON.stringify(unit)}`, text: repeatTo(unit, length) });
  }
  const items = Math.max(10, Math.floor(length / 10));
  cases.push({ name: `${items} items 甲、`, text: '甲、'.repeat(items) + '分别增长' + '1%、'.repeat(items) + '2%。' });
  cases.push({ name: `${items} items 分别上升1%、`, text: '工业、'.repeat(items) + '农业分别上升' + '1%、'.repeat(items) + '1%。' });
  cases.push({ name: `${items} items （n）`, text: Array.from({ length: items }, (_, i) => `（${i + 1}）工作`).join('；') + '。' });
  cases.push({ name: `${items} lines （n）`, text: Array.from({ length: items }, (_, i) => `（${i + 1}）工作。`).join('\n') });
  cases.push({ name: `${items} items 一是…`, text: Array.from({ length: items }, (_, i) => `${numberWord(i + 1)}是抓落实`).join('；') + '。' });
  cases.push({ name: `${items} items 共n项 其中`, text: `共${items}项，其中` + Array.from({ length: items }, (_, i) => `甲${i}类${i}项`).join('、') + '。' });
  // figure-consistency reads the parts after each 其中: many 其中 in one line without a ； must stay linear.
  cases.push({ name: 'alternate （其中1起，其他1起', text: repeatTo('（其中1起，其他1起', length) });
  // …and part-exceeds-whole: a 、-list after each 其中 shares one whole, whose clause is searched once.
  cases.push({ name: 'alternate （其中1起、其他1起）', text: repeatTo('（其中1起、其他1起）', length) });
  // rate-mismatch looks back from each rate for its counts and for a bracket before the total: within the sentence only.
  cases.push({ name: 'alternate 受理1件、办结1件，办结率1%，', text: repeatTo('受理1件、办结1件，办结率1%，', length) });
  cases.push({ name: 'alternate （1个，开复工1个，开复工率1%，', text: repeatTo('（1个，开复工1个，开复工率1%，', length) });
  // The document model's masking: e-mail/URL shapes everywhere, Markdown code and comments.
  for (const unit of ['a.', 'www.', 'http://', 'a@', '<!-- gongwen-disable ', '<!--']) {
    cases.push({ name: `alternate ${JSON.stringify(unit)}`, text: repeatTo(unit, length) });
  }
  for (const unit of ['`', '`a', '<!--', '`的` ', '```\n', '<!-- gongwen-disable-next-line -->\n的的\n']) {
    cases.push({ name: `markdown ${JSON.stringify(unit)}`, text: repeatTo(unit, length), languageId: 'markdown' });
  }
  // figure-consistency looks for the level (全市, 市级…) of a sum word's total in the sentence before: a run-on line of sums
  // with no full stop must not send each one back to the line's start (round 32). Last, so the indices above stay.
  cases.push({ name: 'alternate 共立案1起，', text: repeatTo('共立案1起，', length) });
  return cases;
}

const DIGIT_WORDS = '〇一二三四五六七八九';
/** 1 → 一, 12 → 一二 (digit by digit: enough to make many distinct ordinals). */
function numberWord(n: number): string {
  return String(n).split('').map((d) => DIGIT_WORDS[Number(d)]).join('');
}
