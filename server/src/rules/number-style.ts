// number-style (数字用法, GB/T 15835-2011): the ways of writing numbers that the standard settles.
// - 约/近 … 左右 together: both say "about"; keep one (suggestion, the writer picks which).
// - A year written short (08年, 24年3月) — the standard wants the full year — and a Chinese-numeral
//   year written with ○, O or 零 for 〇 (二零二四年 → 二〇二四年, a safe fix).
// - A percentage range with one sign: 15～30% → 15%～30% (safe fix).
// - 余/多 after an exact figure (3127余人): 余 and 多 go after a round figure.
// - One kind of thing counted in Chinese numerals and in Arabic numerals in one paragraph (三个 … 4个), info.
// - A figure with a doubled or a second decimal point (48..5万人, 3.2.5亿元): a slip, not a number.
// Precision first: each check matches a narrow written form; set phrases (两个维护, 四个意识) and
// quoted phrases are never counted.
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { ASCII_DIGIT, HALF_WIDTH_MARK, PERCENT_SIGN, ZUO } from '../text/char-classes';
import { isTraditional } from '../text/script';
import { yueEndsWord } from '../text/numbers';
import { codeUnitBytes } from '../text/code-tables';

const ABOUT_AROUND = /(约|近|大约)(?:有|为|是|达)?(\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(万|亿)?([\u4e00-\u9fa5%％]{0,3}?)左右/g;
const SHORT_YEAR = /(?<![\d.．:：/'’-])(?:(0\d)年(?!代|龄|级|度|期|限)|(\d{2})年(?=\d{1,2}月))/g;
/** Taiwan's two-digit years, 民國38–99 (1949–2010); later ones have three digits and are never short. */
const ROC_TWO_DIGIT_YEARS = 38;
const PERCENT_RANGE = /(?<![\d.．%％])(\d+(?:\.\d+)?)([～~—－\-至])(\d+(?:\.\d+)?)([%％])/g;
const APPROX_EXACT = /(?<![\d.．,，])(\d{3,})(余|多)(?=[\u4e00-\u9fa5])(?![万亿千百])/g;
/** A year (2022) before 余/多 with no unit after it is a year before a name or a word: 2022余登發紀念音樂會. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;
const UNIT_AFTER_APPROX = /[人元起件家个個名次户戶吨噸辆輛台所项項条條篇份米亩畝只隻头頭套场場天年位间間种種座批类類支处處宗]/;
// A count: a numeral and a classifier. Chinese counts of one or two are mostly set phrases (一个中心, 两个维护).
const CLASSIFIERS = '个项家名所条批类支座';
const ARABIC_COUNT = new RegExp(`(?<![\\d.．])(\\d{1,3})([${CLASSIFIERS}])`, 'g');
const CHINESE_COUNT = new RegExp(`(?<![一二三四五六七八九十百千万第几])([三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)([${CLASSIFIERS}])`, 'g');

/** A decimal point typed twice inside a figure (48..5万人); not a range of code or dates (2023-01..2026-05, a..b). */
const DOUBLED_POINT = /(?<![\dA-Za-z.．\-/_])(\d+)([.．]{2})(\d+)(?=[\u4e00-\u9fff%％‰])/g;
/**
 * A figure with two decimal points before a unit of amount (3.2.5亿元, 12.6.8%): one point is a slip. Without such a unit
 * it is a date (2024.3.5), a section (第3.2.5条, a heading 3.2.5 总体要求) or a version (V3.2.5, 3.2.5版).
 */
const TWO_POINTS = /(?<![\dA-Za-z.．\-/_第])(\d+)([.．])(\d+)([.．])(\d+)(?![\d.．])(?=万|萬|亿|億|元|%|％|‰|个百分点|個百分點|人|名|吨|噸|公里|千米|平方|立方|亩|畝|户|戶|倍|公斤|千克)/g;

const HAN = /^[\u4e00-\u9fa5]$/;
const CLASSIFIER_CODES = new Set([...CLASSIFIERS].map((c) => c.charCodeAt(0)));
const NIAN = 0x5e74; // 年

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether some ASCII digit of the paragraph passes `test` (given the text and the digit's offset). Every digit
 * is among the paragraph's anchors (text/char-classes.ts ANCHOR_CHARS), so only those are read: a cheap
 * look before a regular expression is tried at every character of the paragraph.
 */
function digitAtAnchor(p: Paragraph, test: (text: string, at: number) => boolean): boolean {
  const { text, anchors } = p;
  for (let k = 0; k < anchors.length; k++) {
    const at = anchors[k] ?? 0;
    if (isAsciiDigit(text.charCodeAt(at)) && test(text, at)) return true;
  }
  return false;
}

function isInsideQuotes(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('「', at));
  const close = Math.max(text.lastIndexOf('”', at), text.lastIndexOf('」', at));
  return open > close;
}

function checkAboutAround(p: Paragraph, ctx: Context): void {
  for (const m of p.text.matchAll(ABOUT_AROUND)) {
    const at = m.index;
    const word = m[1] ?? ''; // ABOUT_AROUND's first group always matches
    // 节约, 制约, 附近, 最近, 接近 are words, not the approximation 约/近.
    if (word !== '大约' && /[节制契公条简隐婉预违履邀相附最接将亲临逼靠邻]/.test(p.text[at - 1] ?? '')) continue;
    if (word === '约' && yueEndsWord(p.text, at)) continue; // 签约、缔约 too (numbers.ts)
    const start = p.start + at;
    const end = start + m[0].length;
    ctx.report({
      messageId: 'aboutAround',
      data: { text: m[0], word },
      start,
      end,
      suggestions: [
        { start: end - 2, end, text: '' },
        { start, end: start + word.length, text: '' },
      ],
    });
  }
}

function checkYears(p: Paragraph, ctx: Context, hasDigits: boolean): void {
  // GB/T 15835 is the mainland's standard. Hong Kong and Taiwan texts write 二零一四年 and 二○一八年
  // (info.gov.hk, LegCo papers), and Taiwan counts years from 1912: 99年4月 is 2010 (民國99年).
  const traditional = isTraditional(ctx.script);
  // A short year has ASCII digits; a Chinese-numeral year need not. Both of SHORT_YEAR's forms hold two
  // digits and 年: the pattern is tried only where those stand (most 年 of a paragraph with digits are 2024年).
  const shortYear = hasDigits && digitAtAnchor(p, (text, at) => isAsciiDigit(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === NIAN);
  for (const m of shortYear ? p.text.matchAll(SHORT_YEAR) : []) {
    const digits = m[1] ?? m[2] ?? ''; // one of SHORT_YEAR's two alternatives matched
    if (traditional && ctx.script !== 'zh-HK' && Number(digits) >= ROC_TWO_DIGIT_YEARS) continue;
    const start = p.start + m.index;
    ctx.report({
      messageId: 'shortYear',
      data: { text: `${digits}年`, full: `20${digits}年` },
      start,
      end: start + digits.length + 1,
      suggestions: [{ start, end: start + digits.length, text: `20${digits}` }, { start, end: start + digits.length, text: `19${digits}` }],
    });
  }
  for (const m of numeralYears(p.text)) {
    const written = m[0];
    // A Chinese-numeral year has at least one Chinese digit; 2024年 and 0000年 are not this case.
    if (!/[一二三四五六七八九]/.test(written) || !/[○OoＯ零０0]/.test(written)) continue;
    // A Latin O or a digit 0 among Chinese numerals is a slip in any script; 零 and ○ are not in traditional text.
    if (traditional && !/[OoＯ０0]/.test(written)) continue;
    const right = written.replace(/[○OoＯ零０0]/g, '〇');
    const start = p.start + m.index;
    // ○ (a circle) prints like 〇 and is common in published texts: info; 零, O and 0 are plain slips.
    const lookalike = !/[OoＯ零０0]/.test(written);
    ctx.report({ messageId: 'zeroInYear', data: { text: written, right }, start, end: start + written.length, fix: { start, end: start + written.length, text: right }, maxSeverity: lookalike ? 'info' : undefined });
  }
}

const NUMERAL_YEAR_DIGITS = /^[一二三四五六七八九〇○OoＯ零０0]{4}$/;
/** NUMERAL_YEAR_DIGITS' characters by code: most 年 (全年, 今年, 2024年) follow none of them. */
const YEAR_DIGIT = codeUnitBytes();
for (const c of '一二三四五六七八九〇○OoＯ零０0') YEAR_DIGIT[c.charCodeAt(0)] = 1;

/**
 * Every /[一二三四五六七八九〇○OoＯ零０0]{4}年/g match (二〇二四年, 二零二四年), found from each 年
 * backwards: the same matches (they cannot overlap, as 年 is not one of the digits), without a
 * regular expression trying every common numeral of the text as a start.
 */
function numeralYears(text: string): { 0: string; index: number }[] {
  const found: { 0: string; index: number }[] = [];
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    if (!YEAR_DIGIT[text.charCodeAt(at - 1)]) continue; // the last of the four is no year digit
    const digits = text.slice(at - 4, at);
    if (NUMERAL_YEAR_DIGITS.test(digits)) found.push({ 0: digits + '年', index: at - 4 });
  }
  return found;
}

function checkPercentRanges(p: Paragraph, ctx: Context): void {
  for (const m of p.text.matchAll(PERCENT_RANGE)) {
    const at = m.index;
    const [, low = '', dash = '', high = '', sign = ''] = m; // PERCENT_RANGE's groups always match
    // 2019-2023% or a date range are not percentage ranges; the first figure must not exceed the second.
    if (/\d{4}/.test(low) || Number(low) > Number(high)) continue;
    const start = p.start + at;
    const end = start + m[0].length;
    ctx.report({
      messageId: 'percentRange',
      data: { text: m[0], right: `${low}${sign}${dash}${high}${sign}` },
      start,
      end,
      fix: { start: start + low.length, end: start + low.length, text: sign },
    });
  }
}

function checkApproxExact(p: Paragraph, ctx: Context): void {
  for (const m of p.text.matchAll(APPROX_EXACT)) {
    const [, figure = '', word = ''] = m; // APPROX_EXACT's groups always match
    if (figure.endsWith('0')) continue; // 3000余人, 120多家: 余/多 after a round figure is right
    if (YEAR_LIKE.test(figure) && !UNIT_AFTER_APPROX.test(p.text.charAt(m.index + m[0].length))) continue;
    const start = p.start + m.index;
    ctx.report({ messageId: 'approxExact', data: { text: m[0], figure, word }, start, end: start + m[0].length });
  }
}

function checkDecimalPoints(p: Paragraph, ctx: Context): void {
  const text = p.text;
  for (const m of text.matchAll(DOUBLED_POINT)) {
    const [whole, before = '', points = '', after = ''] = m; // DOUBLED_POINT's groups always match
    const start = p.start + m.index;
    const pointAt = start + before.length;
    ctx.report({
      messageId: 'doubledPoint',
      data: { text: whole, right: `${before}${points.charAt(0)}${after}` },
      start,
      end: start + whole.length,
      fix: { start: pointAt + 1, end: pointAt + points.length, text: '' },
    });
  }
  for (const m of text.matchAll(TWO_POINTS)) {
    const [whole, a = '', p1 = '', b = '', p2 = '', c = ''] = m; // TWO_POINTS' groups always match
    const start = p.start + m.index;
    const first = start + a.length;
    const second = first + 1 + b.length;
    ctx.report({
      messageId: 'twoPoints',
      data: { text: whole, one: `${a}${b}${p2}${c}`, other: `${a}${p1}${b}${c}` },
      start,
      end: start + whole.length,
      suggestions: [
        { start: first, end: first + 1, text: '' },
        { start: second, end: second + 1, text: '' },
      ],
    });
  }
}

/** The head of a multi-event sport's name before its count (军事五项, 海军五项, 现代五项, 铁人三项, 冬季两项, 北欧两项). */
const SPORT_BEFORE = /(?:军事|軍事|空军|空軍|海军|海軍|现代|現代|铁人|鐵人|冬季|北欧|北歐)$/;

/** A term of sentence right before a Chinese count (有期徒刑一年六个月, 拘役三个月, 缓刑二年, 剥夺政治权利五年). */
const SENTENCE_TERM_BEFORE = /(?:有期徒刑|拘役|管制|缓刑|緩刑|剥夺政治权利|剝奪政治權利|考验期|考驗期|考验期限|刑期)(?:为|為)?[一二三四五六七八九十两兩]*[年月]?$/;

function checkMixedCounts(p: Paragraph, ctx: Context): void {
  const text = p.text;
  // Only an Arabic count is reported: without one, the Chinese counts need not be read. An Arabic count
  // needs a digit right before a classifier: where none is, ARABIC_COUNT is not tried.
  if (!digitAtAnchor(p, (t, at) => CLASSIFIER_CODES.has(t.charCodeAt(at + 1)))) return;
  const arabic = [...text.matchAll(ARABIC_COUNT)];
  if (arabic.length === 0) return;
  const chinese = new Map<string, { at: number; text: string; next: string }[]>();
  for (const m of text.matchAll(CHINESE_COUNT)) {
    const at = m.index;
    if (isInsideQuotes(text, at) || /^[“「]/.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    // 以上五个行业, 上述三项: a count that points back at the things just listed, not a count of its own.
    if (/(?:以上|上述|前述|上面|下列|以下|这|這|该|該|此)$/.test(text.slice(Math.max(0, at - 2), at))) continue;
    // 空军五项比赛, 现代五项, 铁人三项, 冬季两项: the count names a multi-event sport, not a number of events (round 36, People's
    // Daily on the Military World Games: 空军五项比赛 beside 篮球3项比赛).
    if (SPORT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && /^[两兩三五七十][项項]/.test(m[0])) continue;
    // 判处有期徒刑六个月，缓刑一年 … 禁止…在36个月内进入网吧 (a guiding case of the Supreme People's Court, round 38's
    // heldout-s38c): a term of sentence (有期徒刑, 拘役, 管制, 缓刑, 剥夺政治权利, 考验期) is written in Chinese numerals by the
    // convention of judgments, whatever the other counts of the paragraph use.
    if (SENTENCE_TERM_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    // 三个代表, 四个意识, 五个一: a set phrase right after the count ends at 、 or ” or 和; too risky to judge.
    // The same kind of thing: the same classifier and the same next character (三个县 … 4个县).
    const noun = text[at + m[0].length] ?? '';
    if (!/[\u4e00-\u9fa5]/.test(noun)) continue;
    const key = m[2] + noun;
    const list = chinese.get(key) ?? [];
    if (!chinese.has(key)) chinese.set(key, list);
    list.push({ at, text: m[0] + noun, next: text[at + m[0].length + 1] ?? '' });
  }
  if (chinese.size === 0) return;
  for (const m of arabic) {
    const noun = text[m.index + m[0].length] ?? '';
    // The same kind of thing needs the same second character where both counts have a two-character noun:
    // 四个重点 and 20个重大建设项目, 五个重大先导性工程 and 50个重点项目 are different things (2011 and 2015 provincial reports).
    const next = text[m.index + m[0].length + 1] ?? '';
    const earlier = chinese.get(m[2] + noun)?.find((c) => !(HAN.test(c.next) && HAN.test(next)) || c.next === next);
    if (!earlier) continue;
    const start = p.start + m.index;
    ctx.report({
      messageId: 'mixedCount',
      data: { text: m[0] + noun, other: earlier.text },
      start,
      end: start + m[0].length + 1,
      maxSeverity: 'info',
      detail: { zh: `同段“${earlier.text}”用汉字数字。`, en: `“${earlier.text}” in the same paragraph uses Chinese numerals.` },
    });
    chinese.delete(m[2] + noun); // once per kind and paragraph
  }
}

const rule = defineRule({
  meta: {
    id: 'number-style',
    name: { zh: '数字用法', en: 'Number style' },
    description: {
      zh: '数字用法（GB/T 15835-2011）：“约/近……左右”连用；年份简写（24年）或汉字年份中的“〇”写成○、O、零；百分数范围只写一个%（15～30%）；精确数后用“余/多”（3127余人）；同段同类计数汉字、阿拉伯数字混用（三个……4个）；数字中的小数点重复或多出一个（48..5万人、3.2.5亿元）。',
      en: 'Number style (GB/T 15835-2011): 约/近 … 左右 together; a year written short (24年) or a Chinese-numeral year with ○, O or 零 for 〇; a percentage range with one % sign (15～30%); 余/多 after an exact figure (3127余人); one kind of thing counted in Chinese and Arabic numerals in one paragraph; a figure with a doubled or a second decimal point (48..5万人, 3.2.5亿元).',
    },
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'paragraph',
    messages: {
      aboutAround: {
        zh: '“{{text}}”中“{{word}}”与“左右”语义重复（GB/T 15835-2011），请删去其一。',
        en: '"{{text}}": "{{word}}" and "左右" both mean "about" (GB/T 15835-2011); keep only one.',
      },
      shortYear: {
        zh: '年份“{{text}}”不应简写（GB/T 15835-2011），请写全，如“{{full}}”。',
        en: 'The year "{{text}}" must not be shortened (GB/T 15835-2011); write it in full, e.g. "{{full}}".',
      },
      zeroInYear: {
        zh: '汉字年份中的零应写作“〇”（GB/T 15835-2011）：“{{text}}”应为“{{right}}”。',
        en: 'In a year in Chinese numerals zero is written 〇 (GB/T 15835-2011): "{{text}}" should be "{{right}}".',
      },
      percentRange: {
        zh: '百分数范围前后两个数都要带%（GB/T 15835-2011）：“{{text}}”应为“{{right}}”。',
        en: 'Both ends of a percentage range take the sign (GB/T 15835-2011): "{{text}}" should be "{{right}}".',
      },
      approxExact: {
        zh: '“{{text}}”：{{figure}}是精确数，其后不宜再用“{{word}}”表示约数；请写确数或改为整数加“{{word}}”。',
        en: '"{{text}}": {{figure}} is an exact figure, so "{{word}}" (more than) does not fit; give the exact figure or a round one with "{{word}}".',
      },
      doubledPoint: {
        zh: '数字“{{text}}”中的小数点重复了，应为“{{right}}”。',
        en: 'The figure "{{text}}" has its decimal point typed twice; it should be "{{right}}".',
      },
      twoPoints: {
        zh: '数字“{{text}}”有两个小数点，其中一个是多打的（“{{one}}”或“{{other}}”），请核对原始数据。',
        en: 'The figure "{{text}}" has two decimal points, one of them a slip ("{{one}}" or "{{other}}"); check the source figure.',
      },
      mixedCount: {
        zh: '同段计数写法不一：“{{other}}”用汉字数字，“{{text}}”用阿拉伯数字（GB/T 15835-2011），请统一。',
        en: 'Counts written two ways in one paragraph: "{{other}}" in Chinese numerals, "{{text}}" in Arabic numerals (GB/T 15835-2011); use one way.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    // Each check only where the characters its pattern needs occur: a native includes() is far
    // cheaper than a regular expression tried at every character. (\d is ASCII 0-9 only.)
    // The class bits first where there is one (% and ％ are PERCENT_SIGN's, . is HALF_WIDTH_MARK's): a search that
    // finds nothing reads the whole paragraph, and most paragraphs with digits hold no percent sign.
    const text = paragraph.text;
    const classes = paragraph.classes;
    const digits = (classes & ASCII_DIGIT) !== 0;
    if (classes & ZUO && text.includes('左右')) checkAboutAround(paragraph, ctx);
    if (text.includes('年')) checkYears(paragraph, ctx, digits);
    if (digits && classes & PERCENT_SIGN && (text.includes('%') || text.includes('％'))) checkPercentRanges(paragraph, ctx);
    if (digits && (text.includes('余') || text.includes('多'))) checkApproxExact(paragraph, ctx);
    if (digits && ((classes & HALF_WIDTH_MARK && text.includes('.')) || text.includes('．'))) checkDecimalPoints(paragraph, ctx);
    if (digits) checkMixedCounts(paragraph, ctx);
  },
});

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
