// Reading numbers in Chinese report prose: Arabic (1,234 · 2.9万 · 5億 · １９８８), Chinese
// numerals (三, 十二, 两, 一百零五), percentages (% ％ ﹪ 百分之X), the unit or classifier
// after a number, and the words that make a number approximate (余 多 近 约 以上 左右 逾 超过),
// in simplified and traditional script. Every number rule reads numbers through scanNumbers().
// Rate arithmetic is in rates.ts, sentence bounds in sentences.ts.
import { partitionList } from './search';

export interface NumberToken {
  /** Offsets into the scanned text: the whole token (number, multiplier, unit or percent sign). */
  start: number;
  end: number;
  /** The digits as written (no multiplier, no unit): what a fix replaces. */
  numStart: number;
  numEnd: number;
  text: string;
  /** Value in base units (2.9万 → 29000); for a percentage, the number before the sign (98.66). */
  value: number;
  percent: boolean;
  /** '%', '％', '﹪', '百分之' or '' when not a percentage. */
  percentSign: string;
  /** Unit or classifier as written ('起', '人次', '元', '个百分点'); '' when none. */
  unit: string;
  /** 万/萬/亿/億 (or combinations) as written; '' when none. */
  multiplier: string;
  /** false when a word such as 余/多/近/约/以上/左右/逾/超过 or a range makes the number approximate. */
  exact: boolean;
  /** Digits after the decimal point as written (98.66 → 2). */
  decimals: number;
  chinese: boolean;
  /** Written with full-width digits (１９８８). */
  fullwidth: boolean;
  /** Preceded by 第 (an ordinal, not a quantity). */
  ordinal: boolean;
  /** Half a unit of the last digit written, in base units (2.9万 → 500; 320 → 0): how far rounding may have moved it. */
  roundingError: number;
}

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Units and classifiers, longest first so 人次 wins over 人 and 平方公里 over 公里. */
const UNITS = [
  '个百分点', '個百分點', '平方公里', '平方千米', '立方米', '平方米', '千瓦时', '千瓦時',
  '人次', '家次', '台次', '架次', '批次', '户次', '戶次', '车次', '車次',
  '公里', '千米', '公斤', '千克', '公顷', '公頃', '美元', '港元', '澳门元', '欧元', '歐元',
  '小时', '小時', '分钟', '分鐘', '周岁', '週歲', '个月', '個月', '年度', '月份',
  '起', '件', '人', '名', '处', '處', '个', '個', '家', '宗', '次', '户', '戶', '辆', '輛', '元',
  '项', '項', '条', '條', '批', '支', '发', '發', '把', '张', '張', '台', '笔', '筆', '所', '座',
  '艘', '吨', '噸', '米', '亩', '畝', '年', '月', '日', '天', '岁', '歲', '倍', '场', '場',
  '期', '封', '面', '份', '只', '隻', '头', '頭', '套', '栋', '棟', '间', '間', '级', '級',
  '位', '部', '篇', '块', '塊', '枚', '类', '類', '种', '種', '组', '組', '队', '隊', '届', '屆',
  '轮', '輪', '波', '双', '雙', '对', '對', '例', '盏', '盞', '棵', '株',
  '列', '架', '趟', '股', '本', '册', '冊', '方', '度', '点', '點', '大',
];
/** Classifiers that count things (for "两起案件", "三个县区"); not time, money or measure units. */
export const COUNT_CLASSIFIERS = new Set([
  '起', '件', '人', '名', '处', '處', '个', '個', '家', '宗', '户', '戶', '辆', '輛', '项', '項', '条', '條',
  '批', '支', '所', '座', '艘', '场', '場', '套', '栋', '棟', '位', '部', '篇', '类', '類', '种', '種',
  '组', '組', '队', '隊', '例', '大', '级', '級', '方', '只', '隻', '块', '塊', '点', '點',
]);
/** Units of time: a number with one of these is a date or a duration, never a count of things. */
export const TIME_UNITS = new Set(['年', '月', '日', '天', '小时', '小時', '分钟', '分鐘', '个月', '個月', '年度', '月份', '岁', '歲', '周岁', '週歲']);

const APPROX_BEFORE = /(?:近|约|約|逾|超过|超過|超|将近|將近|接近|大约|大約|不足|不到|不少于|不少於|至少|最多|多达|多達)(?:为|為|达|達|有)?$/;
const APPROX_AFTER = /^(?:以上|以下|以内|以內|左右|上下|开外|開外|余|餘|多)/;
const RANGE_JOIN = /^(?:[-~～—–－]|至|到)$/;

// Thousands are grouped with commas (12,345) or, in Hong Kong and GB/T 15835-2011, with a space
// (12 345; also no-break and thin spaces): one number either way.
const ARABIC = /(?:[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9０-９])|[0-9０-９]+(?:,[0-9]{3})*(?![0-9０-９]))(?:[.．][0-9０-９]+)?/y;
/** Group separators inside a number: commas and the spaces of ARABIC. */
const GROUP_SEPARATOR = /[, \u00a0\u2009\u202f]/g;
// Where a number can start.
const NUMBER_START = /百分之|[0-9０-９零〇一二两兩三四五六七八九十]/g;
const MULTIPLIER = /(?:[千百](?=[万萬亿億]))?(?:万亿|萬億|[万萬亿億])/y;
const APPROX_MID = /[余餘多]/y;

const FULLWIDTH_DIGIT = /[０-９．]/;

/** Full-width digits and decimal point to ASCII. */
export function toAsciiDigits(s: string): string {
  if (!FULLWIDTH_DIGIT.test(s)) return s;
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Write `s` (ASCII digits) in full-width when `fullwidth`. */
export function toWidth(s: string, fullwidth: boolean): string {
  return fullwidth ? s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))) : s;
}

/**
 * Value of a Chinese numeral: 三 → 3, 十二 → 12, 二十四 → 24, 一百零五 → 105, 两 → 2,
 * 三十万 → 300000, 一九八八 → 1988 (digit by digit). undefined when it is not a numeral.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  const digits = [...s].map((c) => CN_DIGIT[c]);
  if (digits.every((d) => d !== undefined)) {
    return digits.reduce<number>((acc, d) => acc * 10 + d, 0);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of s) {
    const value = CN_DIGIT[c];
    const small = CN_SMALL_UNIT[c];
    const unit = CN_BIG_UNIT[c];
    if (value !== undefined) {
      digit = value;
      sawDigit = true;
    } else if (small !== undefined) {
      section += (digit === 0 && !sawDigit ? 1 : digit) * small;
      digit = 0;
      sawDigit = false;
    } else if (unit !== undefined) {
      if (unit === 1e8) total = (total + section + digit) * unit;
      else total += (section + digit) * unit;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else {
      return undefined;
    }
  }
  return total + section + digit;
}

/** 三四个 (three or four), 二三十人, 十几个 are approximate; 一九八八 is a year written digit by digit. */
function chineseIsApproximate(s: string): boolean {
  if (/[几幾]/.test(s)) return true;
  const pureDigits = [...s].every((c) => c in CN_DIGIT);
  if (pureDigits && s.length >= 3) return false;
  for (let i = 1; i < s.length; i++) {
    const a = CN_DIGIT[s.charAt(i - 1)];
    const b = CN_DIGIT[s.charAt(i)];
    if (a !== undefined && b !== undefined && a > 0 && b === a + 1) return true;
  }
  return false;
}

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** Units by the code of their first character, longest first (as in UNITS). */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const first = u.charCodeAt(0);
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), u]);
}

function unitAt(text: string, at: number): string {
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return '';
  for (const u of candidates) if (text.startsWith(u, at)) return u;
  return '';
}

/** 余, 餘 or 多 at `at` (APPROX_MID), by code. */
function approxMidAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x4f59 || c === 0x9918 || c === 0x591a;
}

/** Parse the Chinese numeral after 百分之, with 点 as decimal point (百分之九十九点九). */
function chinesePercent(text: string, at: number): { value: number; end: number; decimals: number } | undefined {
  const intPart = matchAt(/[零〇一二两兩三四五六七八九十百千]+/y, text, at);
  if (!intPart) return undefined;
  const value = parseChineseNumeral(intPart);
  if (value === undefined) return undefined;
  let end = at + intPart.length;
  let decimals = 0;
  let result = value;
  const frac = matchAt(/[点點]([零〇一二三四五六七八九]+)/y, text, end);
  if (frac) {
    const digits = frac.slice(1);
    decimals = digits.length;
    result = Number(`${value}.${[...digits].map((c) => CN_DIGIT[c]).join('')}`);
    end += frac.length;
  }
  return { value: result, end, decimals };
}

/**
 * Every number in `text` with its offsets, value, unit, exactness and decimals as written.
 * Chinese numerals count only with a unit or classifier after them (三个, 两起) or after 百分之,
 * so words such as 一些, 统一, 万家灯火 are not numbers.
 */
export function scanNumbers(text: string): readonly NumberToken[] {
  // Five number rules scan the same paragraph one after another: remember the last scan.
  // The tokens are shared, so callers must not modify them.
  if (text === lastText) return lastTokens;
  lastTokens = scan(text);
  lastText = text;
  return lastTokens;
}

let lastText: string | undefined;
let lastTokens: NumberToken[] = [];

/** Whether `text` holds any number token (without disturbing the memo of scanNumbers). */
export function hasNumber(text: string): boolean {
  return scan(text).length > 0;
}

function scan(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump to the next place a number can start (native regex scan, not a test per character).
    NUMBER_START.lastIndex = i;
    const next = NUMBER_START.exec(text);
    if (!next) break;
    i = next.index;
    const code = text.charCodeAt(i);
    if (code === 0x767e /* 百 */ && text.startsWith('百分之', i)) {
      const t = readPercentWords(text, i);
      if (t) {
        tokens.push(t);
        i = t.end;
        continue;
      }
    }
    if (isDigitCode(code)) {
      const t = readArabic(text, i);
      i = t ? t.end : skipRun(text, i);
      if (t) tokens.push(t);
      continue;
    }
    if (CN_START.has(code)) {
      const run = chineseRunLength(text, i);
      const t = readChinese(text, i, run);
      if (t) {
        tokens.push(t);
        i = t.end;
        continue;
      }
      // No unit after any prefix of the run: no later start inside it can have one either.
      i += run;
      continue;
    }
    i++;
  }
  markRanges(text, tokens);
  for (const t of tokens) t.text = text.slice(t.start, t.end);
  return tokens;
}

function skipRun(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); isDigitCode(c) || isLatin(c) || c === 0x2e || c === 0xff0e; c = text.charCodeAt(++i));
  return i;
}

/** Codes of the characters a Chinese numeral may start with (CN_DIGIT and 十). */
const CN_START = new Set([...Object.keys(CN_DIGIT), '十'].map((c) => c.charCodeAt(0)));
/** Codes of the characters of a Chinese numeral. */
const CN_RUN = new Set([...'零〇一二两兩三四五六七八九十百千万萬亿億几幾'].map((c) => c.charCodeAt(0)));

/**
 * Length of the run of numeral characters at `at`, by code (this runs for every 一 in the text).
 * Capped: no real numeral is longer, and an uncapped run (一一一…) would make scanning quadratic.
 */
function chineseRunLength(text: string, at: number): number {
  let n = 0;
  while (n < 12 && CN_RUN.has(text.charCodeAt(at + n))) n++;
  return n;
}

function readPercentWords(text: string, at: number): NumberToken | undefined {
  const numAt = at + 3;
  const arabic = matchAt(ARABIC, text, numAt);
  let value: number;
  let end: number;
  let decimals: number;
  let chinese = false;
  if (arabic) {
    const ascii = toAsciiDigits(arabic).replace(GROUP_SEPARATOR, '');
    value = Number(ascii);
    end = numAt + arabic.length;
    decimals = fractionDigits(ascii);
  } else {
    const cn = chinesePercent(text, numAt);
    if (!cn) return undefined;
    ({ value, end, decimals } = cn);
    chinese = true;
  }
  const token = baseToken(text, at, end, numAt, end);
  Object.assign(token, { value, percent: true, percentSign: '百分之', decimals, chinese, fullwidth: /[０-９]/.test(text.slice(numAt, end)) });
  finishApprox(text, token);
  return token;
}

function baseToken(text: string, start: number, end: number, numStart: number, numEnd: number): NumberToken {
  return {
    start, end, numStart, numEnd, text: text.slice(start, end), value: 0, percent: false, percentSign: '', unit: '', multiplier: '',
    exact: true, decimals: 0, chinese: false, fullwidth: false, roundingError: 0, ordinal: start > 0 && text.charCodeAt(start - 1) === 0x7b2c /* 第 */,
  };
}

function readArabic(text: string, at: number): NumberToken | undefined {
  // Identifiers, not quantities: PM2.5, H1N1, 5G, version-like 2008.7.30.
  // Character codes, not text[i] and slices: this runs for every digit run.
  if (at > 0) {
    const before = text.charCodeAt(at - 1);
    if (isLatin(before) || before === 0x5f /* _ */ || before === 0x2e /* . */ || before === 0xff0e /* ． */ || before === 0x2f /* / */) return undefined;
  }
  const digits = matchAt(ARABIC, text, at)!;
  const end = at + digits.length;
  const next = text.charCodeAt(end);
  if (((next === 0x2e || next === 0xff0e) && isDigitCode(text.charCodeAt(end + 1))) || isLatin(next)) return undefined;
  const ascii = toAsciiDigits(digits).replace(GROUP_SEPARATOR, '');
  const token = baseToken(text, at, end, at, end);
  token.value = Number(ascii);
  token.decimals = fractionDigits(ascii);
  token.fullwidth = /[０-９]/.test(digits);
  const sign = text[end];
  if (sign === '%' || sign === '％' || sign === '﹪') {
    token.percent = true;
    token.percentSign = sign;
    token.end = end + 1;
  } else {
    readTail(text, token, end);
  }
  finishApprox(text, token);
  return token;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** 0-9 or ０-９. */
function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Multiplier, approximation marks and unit after the digits: 30余万张, 1万多元, 5億余元. */
function readTail(text: string, token: NumberToken, from: number): void {
  let end = from;
  const mid1 = matchAt(APPROX_MID, text, end);
  if (mid1 && matchAt(MULTIPLIER, text, end + 1)) {
    token.exact = false;
    end += 1;
  }
  const mult = matchAt(MULTIPLIER, text, end);
  if (mult) {
    token.multiplier = mult;
    const factor = [...mult].reduce((acc, c) => acc * (CN_BIG_UNIT[c] ?? (c === '千' ? 1000 : 100)), 1);
    // Scale in decimal (8.13亿 is 813000000, not 813000000.0000001).
    const exponent = Math.round(Math.log10(factor));
    token.value = Number(`${toAsciiDigits(text.slice(token.numStart, token.numEnd)).replace(GROUP_SEPARATOR, '')}e${exponent}`);
    token.roundingError = 0.5 * 10 ** (exponent - token.decimals);
    end += mult.length;
    const mid2 = matchAt(APPROX_MID, text, end);
    if (mid2) {
      token.exact = false;
      end += 1;
    }
  }
  const unit = unitAt(text, end);
  if (unit) {
    token.unit = unit;
    end += unit.length;
  }
  token.end = end;
  token.text = text.slice(token.start, end);
}

function readChinese(text: string, at: number, runLength: number): NumberToken | undefined {
  const run = text.slice(at, at + runLength);
  // A run must start with a digit or 十 and cannot be a bare 万/千 (万家灯火, 千家万户).
  let unit = '';
  let approxTail = false;
  // The unit may follow directly or after 余/多 (十余起, 三十多人).
  let len = run.length;
  for (; len > 0; len--) {
    const after = at + len;
    const mid = approxMidAt(text, after);
    unit = unitAt(text, after + (mid ? 1 : 0));
    approxTail = mid;
    if (unit) break;
  }
  if (!unit) return undefined;
  const numeral = run.slice(0, len);
  // 十几个: 几 counts as an unknown digit, and the number is approximate.
  const value = parseChineseNumeral(numeral.replace(/[几幾]/g, ''));
  if (value === undefined || value === 0) return undefined;
  const end = at + numeral.length + (approxTail ? 1 : 0) + unit.length;
  const token = baseToken(text, at, end, at, at + numeral.length);
  token.value = value;
  token.unit = unit;
  token.chinese = true;
  token.exact = !approxTail && !chineseIsApproximate(numeral);
  if (/[几幾]$/.test(text.slice(Math.max(0, at - 1), at)) || /^[几幾]/.test(text.slice(at + numeral.length))) token.exact = false;
  finishApprox(text, token);
  return token;
}

function finishApprox(text: string, token: NumberToken): void {
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  if (APPROX_BEFORE.test(before)) token.exact = false;
  const after = text.slice(token.end, token.end + 3);
  const tail = APPROX_AFTER.exec(after);
  if (tail) {
    token.exact = false;
    // 80多名: 多 and the classifier after it belong to the token.
    if (/^[余餘多]/.test(tail[0]) && !token.percent && !token.unit) {
      const unit = unitAt(text, token.end + 1);
      token.unit = unit;
      token.end += 1 + unit.length;
    }
    token.text = text.slice(token.start, token.end);
  }
}

/** Digits after the decimal point of an ASCII number (0 without one). */
function fractionDigits(ascii: string): number {
  const [, fraction = ''] = ascii.split('.');
  return fraction.length;
}

/** 3-5人, 20%～30%, 3至5个: both ends of a range are approximate. */
function markRanges(text: string, tokens: NumberToken[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (!a || !b) continue;
    const gap = text.slice(a.end, b.start);
    if (RANGE_JOIN.test(gap)) {
      a.exact = false;
      b.exact = false;
    }
  }
}

/** A number for messages: 17918, 2.9万 → 29000 with thousands kept plain (editors compare digits). */
export function plain(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** The tokens that start in [from, to), found by binary search (tokens are in text order). */
export function tokensIn(tokens: readonly NumberToken[], from: number, to: number): NumberToken[] {
  const lo = partitionList(tokens, (token) => token.start < from);
  const out: NumberToken[] = [];
  for (let k = lo, token = tokens[k]; token && token.start < to; token = tokens[++k]) out.push(token);
  return out;
}
