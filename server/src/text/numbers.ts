// Reading numbers in Chinese report prose: Arabic (1,234 · 2.9万 · 5億 · １９８８), Chinese
// numerals (三, 十二, 两, 一百零五), percentages (% ％ ﹪ 百分之X), the unit or classifier
// after a number, and the words that make a number approximate (余 多 近 约 以上 左右 逾 超过),
// in simplified and traditional script. Every number rule reads numbers through scanNumbers().
// Rate arithmetic is in rates.ts, sentence bounds in sentences.ts.
import { partitionList } from './search';
import { codeUnitBytes } from './code-tables';

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
/**
 * The same three tables by character code (NaN where a character is not in one): numerals are
 * read for every 一 and 三 in the text, and a typed-array look-up beats a keyed one.
 */
const DIGIT_OF = codeValues(CN_DIGIT);
const SMALL_UNIT_OF = codeValues(CN_SMALL_UNIT);
const BIG_UNIT_OF = codeValues(CN_BIG_UNIT);

function codeValues(table: Record<string, number>): Float32Array {
  // Up to the highest code only (a read past the end gives undefined, which callers read as NaN), and
  // 32-bit floats (every value, up to 1e8, is exact in one): a quarter of the memory to fill at every start.
  const codes = Object.keys(table).map((c) => c.charCodeAt(0));
  const values = new Float32Array(Math.max(...codes) + 1).fill(NaN);
  for (const [c, v] of Object.entries(table)) values[c.charCodeAt(0)] = v;
  return values;
}

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
/**
 * 约 that ends a word of agreement or saving (签约52个, 履约45个, 节约30分钟, 国际条约187个): the number after it is
 * not "about". Only words whose first character seldom ends another word before an "about" 约. The jieba dictionary
 * can't decide this: it also has 折合约's 合约, 持续约's 续约, 人口约's 口约, 完成约's 成约, 损失约's 失约, 控制约's 制约,
 * 收集约's 集约 and 办公约's 公约, so those stay "about". YUE_OTHER_WORD: the pairs that end another word (环节约 2天, 每条约 2公里).
 */
const YUE_WORD_FIRST = codeFlags('签簽履缔締违違邀契节節预預条條');
const YUE_OTHER_WORD = /(?:[环環季春章调調细細关關礼禮情时時音]节|[环環季春章调調细細关關礼禮情时時音]節|干预|干預|[每一两兩二三四五六七八九十各该該这這那单單首]条|[每一两兩二三四五六七八九十各该該这這那单單首]條)$/;

/** Whether the 约/約 at `at` ends a word (签约, 履约, 节约…) rather than saying "about". */
export function yueEndsWord(text: string, at: number): boolean {
  return at > 0 && YUE_WORD_FIRST[text.charCodeAt(at - 1)] === 1 && !YUE_OTHER_WORD.test(text.slice(Math.max(0, at - 2), at));
}

/** After "about" 约 comes its figure or 为/占/有/合/计/达/是/在: another Han character makes a word (约束, 制约因素, 签约项目). */
const YUE_ABOUT_NEXT = /^(?:[为為占佔有合计計达達是在等]|[零〇一二三两兩四五六七八九十百千万萬亿億半几幾]|[^\u4e00-\u9fff]|$)/;

/** Whether the 约/約 at `at` says "about" (约30人, 约占40%), not part of a word (签约, 约束, 制约因素). */
export function yueIsAbout(text: string, at: number): boolean {
  return !yueEndsWord(text, at) && YUE_ABOUT_NEXT.test(text.slice(at + 1, at + 2));
}
const APPROX_AFTER = /^(?:以上|以下|以内|以內|左右|上下|开外|開外|余|餘|多)/;
const RANGE_JOIN = /^(?:[-~～—–－]|至|到)$/;
/** Flags by code: the last characters of APPROX_BEFORE's matches and the first of APPROX_AFTER's. */
const APPROX_BEFORE_LAST = codeFlags('近约約逾过過超足到于於少多达達为為有');
const APPROX_AFTER_FIRST = codeFlags('以左上开開余餘多');

function codeFlags(chars: string): Uint8Array {
  const flags = codeUnitBytes();
  for (const c of chars) flags[c.charCodeAt(0)] = 1;
  return flags;
}

// Thousands are grouped with commas (12,345) or, in Hong Kong and GB/T 15835-2011, with a space
// (12 345; also no-break and thin spaces): one number either way.
export const ARABIC = /(?:[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9０-９])|[0-9０-９]+(?:,[0-9]{3})*(?![0-9０-９]))(?:[.．][0-9０-９]+)?/y;
/** Code units after a run of digits with which ARABIC may read on: its group separators and decimal points. */
const ARABIC_GOES_ON = new Set([0x2c, 0x2e, 0xff0e, 0x20, 0xa0, 0x2009, 0x202f]);

/**
 * What ARABIC matches at `at`, or undefined. Most numbers are a run of digits followed by none of
 * ARABIC_GOES_ON: then the match is that run (the grouped form needs a separator right after it, and
 * the plain form's groups, lookahead and decimals all start with such a character or a digit), read
 * by code without the regular expression's match object; so is a run with a decimal point after it.
 * This runs for every number in the text.
 */
export function arabicAt(text: string, at: number): string | undefined {
  let end = at;
  while (isDigitCode(text.charCodeAt(end))) end++;
  if (end === at) return matchAt(ARABIC, text, at);
  const next = text.charCodeAt(end);
  if (!ARABIC_GOES_ON.has(next)) return text.slice(at, end);
  // A point after the run (52.8%, 3.): the grouped form cannot match (no space after its first three digits or
  // fewer), so the match is the run and, when digits follow the point, the point and those digits.
  if (next === 0x2e || next === 0xff0e) {
    let fraction = end + 1;
    while (isDigitCode(text.charCodeAt(fraction))) fraction++;
    return text.slice(at, fraction > end + 1 ? fraction : end);
  }
  return matchAt(ARABIC, text, at);
}

/** Group separators inside a number: commas and the spaces of ARABIC. */
const GROUP_SEPARATOR = /[, \u00a0\u2009\u202f]/g;
/** Where a number can start (百分之 or a digit or numeral), as flags by code: 百 only starts 百分之. */
const NUMBER_START_CODE = codeUnitBytes();
for (const c of '0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百') NUMBER_START_CODE[c.charCodeAt(0)] = 1;
const MULTIPLIER = /(?:[千百](?=[万萬亿億]))?(?:万亿|萬億|[万萬亿億])/y;

/** Whether `s` holds a full-width digit or decimal point (０-９ ．), by code: this runs for every number. */
function hasFullwidthDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff0e && c <= 0xff19 && c !== 0xff0f) return true;
  }
  return false;
}

/** Whether `s` holds a full-width digit ０-９ (not the point). */
function hasFullwidthDigitOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

/** The digits of an ARABIC match in ASCII, group separators dropped. */
function asciiNumber(digits: string): string {
  const ascii = toAsciiDigits(digits);
  return hasGroupSeparator(ascii) ? ascii.replace(GROUP_SEPARATOR, '') : ascii;
}

function hasGroupSeparator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f) return true;
  }
  return false;
}


/** Full-width digits and decimal point to ASCII. */
function toAsciiDigits(s: string): string {
  if (!hasFullwidthDigit(s)) return s;
  // A loop, not replace() with a callback: this runs for every number written in full-width.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 0xff0e ? '.' : c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xfee0) : s.charAt(i);
  }
  return out;
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
  // By code: no table holds a surrogate, so a character outside the BMP is "not a numeral"
  // whether read as one code point or two code units.
  // Digit by digit (一九八八) when every character is a digit; -1 as soon as one is not.
  let byDigit = 0;
  for (let i = 0; i < s.length; i++) {
    const d = DIGIT_OF[s.charCodeAt(i)] ?? NaN;
    if (Number.isNaN(d)) {
      byDigit = -1;
      break;
    }
    byDigit = byDigit * 10 + d;
  }
  if (byDigit >= 0) return byDigit;
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const value = DIGIT_OF[code] ?? NaN;
    const small = SMALL_UNIT_OF[code] ?? NaN;
    const unit = BIG_UNIT_OF[code] ?? NaN;
    if (!Number.isNaN(value)) {
      digit = value;
      sawDigit = true;
    } else if (!Number.isNaN(small)) {
      section += (digit === 0 && !sawDigit ? 1 : digit) * small;
      digit = 0;
      sawDigit = false;
    } else if (!Number.isNaN(unit)) {
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
  let pureDigits = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJi(c)) return true;
    if (Number.isNaN(DIGIT_OF[c] ?? NaN)) pureDigits = false;
  }
  if (pureDigits && s.length >= 3) return false;
  for (let i = 1; i < s.length; i++) {
    const a = DIGIT_OF[s.charCodeAt(i - 1)] ?? NaN;
    const b = DIGIT_OF[s.charCodeAt(i)] ?? NaN;
    // NaN (not a digit) fails both comparisons.
    if (a > 0 && b === a + 1) return true;
  }
  return false;
}

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** The units by their first character, longest first (as in UNITS): UNIT_LISTS[UNIT_FIRST[code] - 1]. */
const UNIT_LISTS: string[][] = [];
/**
 * By code: 1 + the index in UNIT_LISTS of the units that start with it, or 0 when none does (most characters
 * after a numeral). A typed array read instead of a Map keyed by number: this runs after every number.
 */
const UNIT_FIRST = codeUnitBytes();
for (const u of UNITS) {
  const first = u.charCodeAt(0);
  if (!UNIT_FIRST[first]) UNIT_FIRST[first] = UNIT_LISTS.push([]); // fewer than 256 first characters
  UNIT_LISTS[(UNIT_FIRST[first] ?? 0) - 1]?.push(u);
}
if (UNIT_LISTS.length > 255) throw new Error('numbers: UNIT_FIRST holds list numbers up to 255');

function unitAt(text: string, at: number): string {
  const list = UNIT_FIRST[text.charCodeAt(at)] ?? 0;
  if (list === 0) return '';
  for (const u of UNIT_LISTS[list - 1] ?? []) if (text.startsWith(u, at)) return u;
  return '';
}

/** 余, 餘 or 多 at `at` (/[余餘多]/y), by code. */
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
 * `anchors`: the paragraph's anchors (Paragraph.anchors, a superset of the places a number can
 * start, ascending), so that only those are visited; without them every character is.
 * Chinese numerals count only with a unit or classifier after them (三个, 两起) or after 百分之,
 * so words such as 一些, 统一, 万家灯火 are not numbers.
 */
export function scanNumbers(text: string, anchors?: ArrayLike<number>): readonly NumberToken[] {
  // Five number rules scan the same paragraph one after another: remember the last scan.
  // The tokens are shared, so callers must not modify them.
  if (text === lastText) return lastTokens;
  lastTokens = scan(text, anchors);
  lastText = text;
  return lastTokens;
}

let lastText: string | undefined;
let lastTokens: NumberToken[] = [];

/** Whether `text` holds any number token (without disturbing the memo of scanNumbers). */
export function hasNumber(text: string): boolean {
  return scan(text).length > 0;
}

function scan(text: string, anchors?: ArrayLike<number>): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  const length = text.length;
  let next = 0; // the next anchor to look at
  while (i < length) {
    // Jump to the next place a number can start: the next anchor that starts one, or, without
    // anchors, one table look-up per character (cheaper than a regular expression's match object
    // for every common numeral, 一 in 统一).
    let code: number;
    if (anchors) {
      let at = anchors[next] ?? length;
      while (at < i || (at < length && !NUMBER_START_CODE[text.charCodeAt(at)])) at = anchors[++next] ?? length;
      if (at >= length) break;
      i = at;
      code = text.charCodeAt(i);
    } else {
      code = text.charCodeAt(i);
      while (!NUMBER_START_CODE[code]) {
        if (++i >= length) break;
        code = text.charCodeAt(i);
      }
      if (i >= length) break;
    }
    if (code === 0x767e /* 百 */) {
      if (!text.startsWith('百分之', i)) {
        i++;
        continue;
      }
      const t = readPercentWords(text, i);
      if (t) {
        tokens.push(t);
        i = t.end;
        continue;
      }
      i++;
      continue;
    }
    if (isDigitCode(code)) {
      const t = readArabic(text, i);
      const end = t ? t.end : skipRun(text, i);
      if (t) tokens.push(t);
      i = end;
      continue;
    }
    if (CN_START[code]) {
      const run = chineseRunLength(text, i);
      if (tailOfDigitByDigit(text, i, run)) {
        i += run;
        continue;
      }
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
const CN_START = codeFlags([...Object.keys(CN_DIGIT), '十'].join(''));
/** Codes of the characters of a Chinese numeral. */
const CN_RUN = codeFlags('零〇一二两兩三四五六七八九十百千万萬亿億几幾');

/**
 * Length of the run of numeral characters at `at`, by code (this runs for every 一 in the text).
 * Capped: no real numeral is longer, and an uncapped run (一一一…) would make scanning quadratic.
 */
function chineseRunLength(text: string, at: number): number {
  let n = 0;
  while (n < 12 && CN_RUN[text.charCodeAt(at + n)]) n++;
  return n;
}

function readPercentWords(text: string, at: number): NumberToken | undefined {
  const numAt = at + 3;
  const arabic = arabicAt(text, numAt);
  let value: number;
  let end: number;
  let decimals: number;
  let chinese = false;
  if (arabic) {
    const ascii = asciiNumber(arabic);
    value = numberOf(ascii);
    end = numAt + arabic.length;
    decimals = fractionDigits(ascii);
  } else {
    const cn = chinesePercent(text, numAt);
    if (!cn) return undefined;
    ({ value, end, decimals } = cn);
    chinese = true;
  }
  const token = baseToken(text, at, end, numAt, end);
  Object.assign(token, { value, percent: true, percentSign: '百分之', decimals, chinese, fullwidth: hasFullwidthDigitOnly(text.slice(numAt, end)) });
  finishApprox(text, token);
  return token;
}

function baseToken(text: string, start: number, end: number, numStart: number, numEnd: number): NumberToken {
  return {
    // text is filled in once at the end of scan(), when the token's end is final.
    start, end, numStart, numEnd, text: '', value: 0, percent: false, percentSign: '', unit: '', multiplier: '',
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
  const digits = arabicAt(text, at)!;
  const end = at + digits.length;
  const next = text.charCodeAt(end);
  if (((next === 0x2e || next === 0xff0e) && isDigitCode(text.charCodeAt(end + 1))) || isLatin(next)) return undefined;
  const ascii = asciiNumber(digits);
  const token = baseToken(text, at, end, at, end);
  token.value = numberOf(ascii);
  token.decimals = fractionDigits(ascii);
  token.fullwidth = hasFullwidthDigitOnly(digits);
  if (next === 0x25 /* % */ || next === 0xff05 /* ％ */ || next === 0xfe6a /* ﹪ */) {
    token.percent = true;
    token.percentSign = text.charAt(end);
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

/** 10⁰ … 10²², every one exactly a double (written out: Math.pow need not be exact). */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Multiplier, approximation marks and unit after the digits: 30余万张, 1万多元, 5億余元. */
function readTail(text: string, token: NumberToken, from: number): void {
  let end = from;
  if (approxMidAt(text, end) && multiplierAt(text, end + 1)) {
    token.exact = false;
    end += 1;
  }
  const mult = multiplierAt(text, end);
  if (mult) {
    token.multiplier = mult;
    let factor = 1;
    for (let k = 0; k < mult.length; k++) {
      const big = BIG_UNIT_OF[mult.charCodeAt(k)] ?? NaN;
      factor *= Number.isNaN(big) ? (mult.charCodeAt(k) === 0x5343 /* 千 */ ? 1000 : 100) : big;
    }
    // Scale in decimal (8.13亿 is 813000000, not 813000000.0000001).
    const exponent = Math.round(Math.log10(factor));
    // An integer (already read exactly) times an exact power of ten is rounded once, as reading
    // "<digits>e<exponent>" is: the same number without a string to build and parse.
    token.value = token.decimals === 0 && Number.isSafeInteger(token.value) && exponent < POWERS_OF_TEN.length
      ? token.value * (POWERS_OF_TEN[exponent] ?? NaN)
      : Number(`${asciiNumber(text.slice(token.numStart, token.numEnd))}e${exponent}`);
    token.roundingError = 0.5 * 10 ** (exponent - token.decimals);
    end += mult.length;
    end = readMixedRest(text, token, mult, end);
    if (approxMidAt(text, end)) {
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
}

/** What follows 万 in a number written 2萬3551 or 18万3,093 (Taiwan and news style): the units below 万. */
const BELOW_WAN = /(?:\d{1,3}[,，]\d{3}|\d{1,4})(?![\d.．,，%％年月日号號时時])/y;
/** 3億2000萬: the 万s below 亿 (the units below may follow, 3億2000萬5000). */
const BELOW_YI = /\d{1,4}(?=[万萬])/y;

/**
 * 2萬3551件 is 23551件, not 2萬 and then 3551: an integer before 万 (or 亿) with the rest of the number
 * written after it in digits. Returns where the number ends.
 */
function readMixedRest(text: string, token: NumberToken, mult: string, end: number): number {
  if (token.decimals !== 0 || (mult !== '万' && mult !== '萬' && mult !== '亿' && mult !== '億')) return end;
  let at = end;
  let value = token.value;
  if (mult === '亿' || mult === '億') {
    const wan = matchAt(BELOW_YI, text, at);
    if (!wan) return end;
    value += Number(wan) * 1e4;
    at += wan.length + 1;
  }
  const rest = matchAt(BELOW_WAN, text, at);
  if (rest) {
    value += Number(rest.replace(/[,，]/, ''));
    at += rest.length;
  } else if (at === end) return end;
  token.value = value;
  token.roundingError = 0;
  return at;
}

/** MULTIPLIER at `at`, or undefined; the regular expression only where the character can start it. */
function multiplierAt(text: string, at: number): string | undefined {
  const c = text.charCodeAt(at);
  // 千 百 万 萬 亿 億
  if (c !== 0x5343 && c !== 0x767e && c !== 0x4e07 && c !== 0x842c && c !== 0x4ebf && c !== 0x5104) return undefined;
  return matchAt(MULTIPLIER, text, at);
}

function readChinese(text: string, at: number, runLength: number): NumberToken | undefined {
  // A run must start with a digit or 十 and cannot be a bare 万/千 (万家灯火, 千家万户).
  let unit = '';
  let approxTail = false;
  // The unit may follow directly or after 余/多 (十余起, 三十多人).
  // Offsets, not a slice of the run: this runs for every 一 in the text, and most find no unit.
  let len = runLength;
  for (; len > 0; len--) {
    const after = at + len;
    const mid = approxMidAt(text, after);
    unit = unitAt(text, after + (mid ? 1 : 0));
    approxTail = mid;
    if (unit) break;
  }
  if (!unit) return undefined;
  const numeral = text.slice(at, at + len);
  // 十几个: 几 counts as an unknown digit, and the number is approximate.
  const value = parseChineseNumeral(numeral.includes('几') || numeral.includes('幾') ? numeral.replace(/[几幾]/g, '') : numeral);
  if (value === undefined || value === 0) return undefined;
  const end = at + numeral.length + (approxTail ? 1 : 0) + unit.length;
  const token = baseToken(text, at, end, at, at + numeral.length);
  token.value = value;
  token.unit = unit;
  token.chinese = true;
  token.exact = !approxTail && !chineseIsApproximate(numeral);
  if ((at > 0 && isJi(text.charCodeAt(at - 1))) || isJi(text.charCodeAt(at + numeral.length))) token.exact = false;
  finishApprox(text, token);
  return token;
}

/** Chinese digits as written digit by digit (一九五三, 一〇·六), without 十/百/千. */
const CN_PLAIN_DIGIT = codeFlags('〇零一二三四五六七八九');

/**
 * Is the Chinese numeral run at `at` the tail of a longer number written digit by digit, as the plans of the 1950s
 * write them: after a decimal point (一〇·六亿元 is 10.6亿元, 五三·八亿元) or after a thousands separator 、 as a group of
 * three digits (三、二八四公里 is 3,284 km; 五、五一〇·九万亩)? Then it is no number of its own (六亿元, 二八四公里).
 * A list of numerals (二、三等奖) is not such a tail: its member is no three-digit group.
 */
function tailOfDigitByDigit(text: string, at: number, run: number): boolean {
  if (at < 2 || !CN_PLAIN_DIGIT[text.charCodeAt(at - 2)]) return false;
  const sep = text.charCodeAt(at - 1);
  if (sep === 0xb7 /* · */ || sep === 0x30fb /* ・ */) return true;
  if (sep !== 0x3001 /* 、 */ || run < 3) return false;
  for (let k = 0; k < 3; k++) if (!CN_PLAIN_DIGIT[text.charCodeAt(at + k)]) return false;
  return !CN_PLAIN_DIGIT[text.charCodeAt(at + 3)];
}

/** 几 or 幾. */
function isJi(c: number): boolean {
  return c === 0x51e0 || c === 0x5e7e;
}

function finishApprox(text: string, token: NumberToken): void {
  // The patterns only where the character next to the token can end or start them.
  if (token.start > 0 && APPROX_BEFORE_LAST[text.charCodeAt(token.start - 1)]) {
    const from = Math.max(0, token.start - 4);
    const m = APPROX_BEFORE.exec(text.slice(from, token.start));
    // 签约52个, 履约45个: 约 ends a word there.
    if (m && !(/^[约約]/.test(m[0]) && yueEndsWord(text, from + m.index))) token.exact = false;
  }
  if (!APPROX_AFTER_FIRST[text.charCodeAt(token.end)]) return;
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
  }
}

/**
 * Number(ascii) for an ASCII number as asciiNumber gives it: a run of up to 15 digits is read by code (each
 * step exact, as every value stays below 2^53), the rest by Number. This runs for every number.
 */
function numberOf(ascii: string): number {
  if (ascii.length > 15) return Number(ascii);
  let value = 0;
  for (let i = 0; i < ascii.length; i++) {
    const digit = ascii.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return Number(ascii);
    value = value * 10 + digit;
  }
  return value;
}

/** Digits after the decimal point of an ASCII number (0 without one). */
function fractionDigits(ascii: string): number {
  const point = ascii.indexOf('.');
  if (point === -1) return 0;
  const next = ascii.indexOf('.', point + 1); // what split('.')[1] would end at
  return (next === -1 ? ascii.length : next) - point - 1;
}

/** 3-5人, 20%～30%, 3至5个: both ends of a range are approximate. */
function markRanges(text: string, tokens: NumberToken[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (!a || !b) continue;
    // RANGE_JOIN is one character.
    if (b.start - a.end !== 1) continue;
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
