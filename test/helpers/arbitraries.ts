// fast-check arbitraries for documents made of what real drafts are made of: fragments of the
// seed reports, the slips the rules catch, punctuation, numbers, surrogate pairs, Markdown.
// Shared by the property tests (test/unit/property-scale.test.ts) and the LSP parity sample.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { RULES, type GongwenConfig, type LanguageId } from '../../server/src/engine';
import { readTexts } from './generate';

const SEEDS = readTexts(resolve(__dirname, '../../../seeds'));

/** Every rule on (rules that are off by default at "info"), so every rule is exercised. */
export function allRulesOn(): NonNullable<GongwenConfig['rules']> {
  const rules: NonNullable<GongwenConfig['rules']> = {};
  for (const rule of RULES) rules[rule.meta.id] = rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity;
  return rules;
}

// Slips the rules exist for, pasted as a writer would.
export const ERROR_PHRASES = [
  '动员动员', '全麵', '310.82%', '的的', '研究研究', '截止目前', '分别为', '分别增长', '同比增长', '增长了-5%', '下降110%',
  '其中，', '合计', '一是', '三是', '二是', '（一）', '（三）', '１２％', '12%％', '，，', '。。', '“引号', '《规划', '（括号',
  '後来', '发展發展', '國家', '巿场', '里面', '頭發', '共有3项：', '占比120%', '增长5个百分点', '增速为5.2%、3.1%和',
];
const PUNCT = ['，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '……', '——', ',', '.', ';', ':', '(', ')', '"', '%', '％'];
const ASTRAL = ['𠮷', '😀', '👍🏽', '🇨🇳', '𪚥', '\u200d', 'e\u0301', '\ud83d', '\ude00'];
const MARKDOWN = ['# ', '## ', '`', '```\n', '<!-- ', ' -->', '<!-- gongwen-disable-next-line -->\n', '- ', '1. ', '> ', '**', '[链接](http://x.cn)'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];
const SPACES = [' ', '　', '\t'];

const number = fc.oneof(
  fc.nat(10_000).map(String),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat(400), fc.nat(99)).map(([a, b]) => `${a}.${b}%`),
);
/** A slice of a seed report, cut anywhere (even inside a surrogate pair or a CRLF). */
const seedSlice = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.nat(1_000_000), fc.integer({ min: 1, max: 60 }))
  .map(([i, at, length]) => {
    const text = SEEDS[i];
    const start = at % text.length;
    return text.slice(start, start + length);
  });
const fragment = fc.oneof(
  { weight: 5, arbitrary: seedSlice },
  { weight: 3, arbitrary: fc.constantFrom(...ERROR_PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPACES) },
);
export const documentArb = fc.record({
  text: fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join('')),
  languageId: fc.constantFrom<LanguageId>('plaintext', 'markdown'),
});
