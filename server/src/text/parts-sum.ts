// Totals against their parts (共…其中…): 「共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件16起」
// — 56 + 38 + 16 = 110, not 120. Read one paragraph at a time for figure-consistency.
// Precision first: the parts are added up only when the text says they are all of the whole — the
// last part is the rest (其他/其余…) or two parts are complements (中央/地方, 城镇/农村, 男/女, X/非X) —,
// every figure is exact and in the whole's unit (or every part is a share, 占…%, and the shares must
// make 100%), and rounding cannot explain the gap. An open list (…等), an estimate (约, 近, 余, 多,
// 以上), a change (增加120人), an average or a part the text cannot pin down makes it say nothing.
import { insideBrackets, isCloseBracket, isOpenBracket } from './brackets';
import { plain, scanNumbers, TIME_UNITS, tokensIn, type NumberToken } from './numbers';
import { CLAUSE_END, FULL_STOP } from './sentences';

/** A figure as written; offsets into the scanned text. */
export interface Figure {
  start: number;
  end: number;
  text: string;
}

export interface PartsSum {
  whole: Figure;
  parts: Figure[];
  /** What the parts add up to, written like the whole (110起, 2.38万亿元) or as a share (90%). */
  sum: string;
  /** The sum as written: 56起 + 38起 + 16起. */
  terms: string;
  /** The parts are shares of the whole (占45%), which must add up to 100%. */
  shares: boolean;
}

interface Part {
  token: NumberToken;
  /** The words that name the part: before its figure, or after it (其中56起为盗窃案). */
  label: string;
}

const SENTENCE_STOP = FULL_STOP;
const CLAUSE_STOP = CLAUSE_END;
/** How far a sentence is read each way: a run-on paragraph must not cost n². */
const MAX_SPAN = 300;
const MAX_PARTS = 12;
/** The part is what is left: the list names every part. */
const REST = /^(?:为|為|是|系|属|屬|有)?(?:其他|其它|其余|其餘|剩余|剩餘|余下|餘下)(?!.*中)/;
/** Two parts that are all of a whole between them. */
const COMPLEMENTS: readonly [string, string][] = [
  ['中央', '地方'], ['城镇', '农村'], ['城市', '农村'], ['城镇', '乡村'], ['男', '女'], ['境内', '境外'],
  ['国内', '国外'], ['省内', '省外'], ['市内', '市外'], ['本地', '外地'], ['线上', '线下'], ['公办', '民办'],
  ['预期性', '约束性'], ['上半年', '下半年'], ['国内', '境外'],
  ['城鎮', '農村'], ['城市', '農村'], ['城鎮', '鄉村'], ['境內', '境外'], ['國內', '國外'], ['省內', '省外'],
  ['市內', '市外'], ['線上', '線下'], ['公辦', '民辦'], ['預期性', '約束性'], ['國內', '境外'],
];
/**
 * Words before a figure that make the segment something said about the part before it (增加1700亿元,
 * 比上年多20起, 占46.7%), not a part. The whole label must be such words: 少数民族30人 is a part.
 */
const ASIDE = /^(?:(?:比|较|較)\S*|(?:同比|环比|環比)?(?:增加|增长|增長|减少|減少|下降|上升|提高|降低|净增|淨增|净减|淨減|新增|多|少|超过|超過|达到|達到|占|佔|占比|佔比)(?:了|为|為|达|達|到)?)$/;
/** A part named with a change, a comparison or an estimate is not a plain part: say nothing. */
const NOT_A_PART = /增加|增长|增長|减少|減少|下降|上升|提高|降低|净增|淨增|净减|淨減|同比|环比|環比|比上|较上|較上|比去|较去|較去|平均|均|每/;
/** 等 closing a list (盗窃、诈骗等案件, …16起等), not inside a word (高等, 平等, 等级). */
const OPEN_LIST = /(?<![高平中初同对對均相])等(?![级級同待于於])/;
/** A new total or a new topic ends the list of parts. */
const LIST_ENDS = /(?<!公)共(?![青享建同])|总计|總計|总数|總數|总量|總量|总额|總額|合计|合計|累计|累計|全年|全市|全省|全区|全區|全县|全縣|全国|全國|另|此外|同时|同時/;
/** A share: 占45%, 占比30%, 比重为25%. */
const SHARE_LABEL = /(?:占|佔|占比|佔比|比重|比例)(?:为|為|达|達|是)?$/;
/** Words that make a figure before 其中 a change or an average, not the whole. */
/** 增收0.1亿元，其中：税收收入3.4亿元 (a budget's change in revenue or spending: round 31 city budget reports) is a change too. */
const CHANGE = /比上|比去|比前|比同|较上|較上|较去|較去|同比|环比|環比|增加|增长|增長|减少|減少|下降|上升|提高|降低|净增|淨增|净减|淨減|多于|多於|少于|少於|超过|超過|增收|減收|减收|增支|减支|減支|超收|短收|平均|人均|年均|日均|月均|每/;

/** An average before a figure (人均可支配收入27904元, 平均每户3.2万元), not a change of one (人均增加500元). */
const AVERAGE = /(?:人均|户均|戶均|平均|日均|月均|年均)(?![^，,]*?(?:增加|增长|增長|减少|減少|下降|上升|提高|降低))/;

function isCount(t: NumberToken): boolean {
  return !t.percent && !t.ordinal && t.unit !== '' && !TIME_UNITS.has(t.unit) && t.unit !== '个百分点' && t.unit !== '個百分點' && t.unit !== '倍';
}

/**
 * How far rounding may have moved a figure, in base units: 56起 → 0 (a count), 3.5% → 0.05,
 * 2.38万亿元 → 50亿元, and 1200万人次 → 50万 (zeros before 万/亿 need not be significant).
 */
function rounding(t: NumberToken): number {
  if (!t.multiplier) return t.decimals ? 0.5 * 10 ** -t.decimals : 0;
  if (t.decimals) return t.roundingError;
  const zeros = /0*$/.exec(String(Math.round(t.value / (t.roundingError * 2))))![0].length;
  return t.roundingError * 10 ** zeros;
}

/** Start of the sentence holding `at`, or of the sentence before when `at` opens its sentence (…120起。其中，…). */
function wholeSearchStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_SPAN);
  let i = at;
  while (i > limit && !SENTENCE_STOP.test(text.charAt(i - 1))) i--;
  if (i > limit && /^[\s（(]*$/.test(text.slice(i, at))) {
    i--;
    while (i > limit && !SENTENCE_STOP.test(text.charAt(i - 1))) i--;
  }
  return i;
}

/**
 * Where the bracket opens whose note ends the text before `end` (…430.5亿元），将 or …亿元）， ), when a separator stands inside it;
 * -1 otherwise. Only a separator-free run (，将, ，) may stand between the close and `end`.
 */
function noteBracketBefore(text: string, from: number, end: number): number {
  let close = end - 1;
  while (close > from && /[，,将將把对對从從\s]/.test(text.charAt(close))) close--;
  if (close <= from || !isCloseBracket(text.charCodeAt(close))) return -1;
  let depth = 0;
  let parted = false;
  for (let i = close; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isCloseBracket(c)) depth++;
    else if (isOpenBracket(c) && --depth === 0) return parted ? i : -1;
    else if (depth === 1 && isSeparator(c)) parted = true;
  }
  return -1;
}

/**
 * The whole: in the nearest clause before 其中 that states a figure, passing over clauses that only
 * say something about it (比上年增加4000亿元, 赤字率下降到1.5%左右). A nearer figure in another unit
 * (挽回损失300万元) makes it unclear what 其中 refers to: no whole.
 */
function findWhole(text: string, tokens: readonly NumberToken[], from: number, to: number, unit: string | undefined): NumberToken | undefined {
  let end = to;
  while (end > from) {
    // 限额空间1041.9亿元（一般债务限额611.4亿元，专项债务限额430.5亿元），将其中261亿元…: a note in brackets closed right before
    // 其中 is on the figure before it, also when a comma parts the note (round 34, 江苏 2023 debt report; part-exceeds-whole's
    // round 31 reading of such notes).
    const noteOpen = noteBracketBefore(text, from, end);
    if (noteOpen >= 0) {
      end = noteOpen;
      continue;
    }
    let start = end;
    while (start > from && !CLAUSE_STOP.test(text.charAt(start - 1))) start--;
    // 完成年初预算数60999万元的40.4%: a figure followed by 的 is the base of a ratio, not a total.
    // 收入28.7亿元（不含辽滨经开区36.4亿元）: a figure in brackets after the clause's own figure is a note on it, not the whole
    // (round 31, 盘锦 2025 budget report).
    const inside = insideBrackets(text, start, end, 'inside');
    const listed = tokensIn(tokens, start, end).filter((t) => t.end <= end && !(isCount(t) && /^的/.test(text.slice(t.end, t.end + 1))));
    const leadInside = listed.length > 0 && inside(listed[0]?.start ?? -1);
    const own = listed.filter((t, k) => k === 0 || !inside(t.start) || leadInside);
    const firstOwn = own[0];
    const aside = !firstOwn || CHANGE.test(text.slice(start, firstOwn.start)) || own.every((t) => t.percent);
    // 全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元: 其中 splits an average into
    // the averages of its groups, which do not add up; an earlier total (收入460亿元) is not what it splits.
    if (firstOwn && AVERAGE.test(text.slice(start, firstOwn.start)) && own.some((t) => isCount(t) && (unit === undefined || t.unit === unit))) return undefined;
    if (!aside) {
      const whole = own.filter((t) => isCount(t) && (unit === undefined || t.unit === unit)).pop();
      if (!whole || CHANGE.test(text.slice(start, whole.start))) return undefined;
      return whole;
    }
    end = start - 1;
  }
  return undefined;
}

/** Whether a code unit is one of the separators segments() splits at: ，、,；;：: */
function isSeparator(code: number): boolean {
  return code === 0xff0c || code === 0x3001 || code === 0x2c || code === 0xff1b || code === 0x3b || code === 0xff1a || code === 0x3a;
}

/**
 * Split [from, to) at top-level separators (，、, and ；) into segments; offsets kept. Code units, not
 * a regular expression on a one-character string: this reads every character of the window, and the
 * first lint of a process runs it before the JIT has optimised anything.
 */
function segments(text: string, from: number, to: number, inside: (at: number) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || (isSeparator(text.charCodeAt(i)) && !inside(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** 盗窃案、诈骗案和其他案件分别为56起、38起和16起: labels before 分别, figures after it, in order. */
function respectively(text: string, tokens: readonly NumberToken[], from: number, to: number): Part[] | undefined {
  const region = text.slice(from, to);
  const at = region.indexOf('分别');
  if (at < 0) return undefined;
  const before = region.slice(0, at);
  if (/\d/.test(before) || tokensIn(tokens, from, from + at).length) return undefined;
  const labels = before.split(/、|，|,|以及|和|及|与|與/).map((s) => s.trim());
  const figures = tokensIn(tokens, from + at, to).filter((t) => t.end <= to);
  if (labels.length < 2 || labels.some((l) => !l) || figures.length !== labels.length) return undefined;
  const unit = figures[0]?.unit;
  if (!figures.every((t) => t.exact && isCount(t) && t.unit === unit)) return undefined;
  // Between the figures only separators: 56起、38起和16起.
  for (let k = 1; k < figures.length; k++) {
    const previous = figures[k - 1];
    const figure = figures[k];
    if (!previous || !figure || !/^(?:、|，|,|以及|和|及|与|與)$/.test(text.slice(previous.end, figure.start))) return undefined;
  }
  return figures.map((token, k) => ({ token, label: labels[k] ?? '' })); // as many labels as figures
}

/** The parts after 其中, or undefined when they cannot be read with certainty. */
/**
 * 其中，新增债券518.49亿元，包括：用于置换存量隐性债务200亿元，交通基础设施领域169.2亿元；再融资债券91.33亿元: what ，包括： lists, up
 * to the next ；, breaks down the part before it, like a note in brackets (round 34, 山东 2024 debt report). Spans [start, end).
 */
function breakdownsIn(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('包', from); at >= 0 && at < to; at = text.indexOf('包', at + 1)) {
    if (!/^包[括含][：:]/.test(text.slice(at, at + 3)) || !/[，,]/.test(text.charAt(at - 1))) continue;
    let end = at;
    while (end < to && text.charAt(end) !== '；' && text.charAt(end) !== ';') end++;
    spans.push([at, end]);
  }
  return spans;
}

function readParts(text: string, tokens: readonly NumberToken[], from: number, to: number): Part[] | undefined {
  let firstChunkEnd = from;
  while (firstChunkEnd < to && text.charAt(firstChunkEnd) !== '；' && text.charAt(firstChunkEnd) !== ';') firstChunkEnd++;
  const listed = respectively(text, tokens, from, firstChunkEnd);
  const lastListed = listed?.[listed.length - 1];
  if (listed && lastListed) return text.slice(lastListed.token.end, firstChunkEnd).startsWith('等') ? undefined : listed;
  if (text.slice(from, firstChunkEnd).includes('分别') && !/[，,]分别/.test(text.slice(from, firstChunkEnd))) return undefined;
  const bracketed = insideBrackets(text, from, to, 'inside');
  const breakdowns = breakdownsIn(text, from, to);
  const inside = breakdowns.length === 0 ? bracketed : (at: number) => bracketed(at) || breakdowns.some(([a, b]) => at >= a && at < b);
  const region = tokensIn(tokens, from, to);
  let next = 0;
  const parts: Part[] = [];
  let unit: string | undefined;
  let shares = false;
  for (const seg of segments(text, from, to, inside)) {
    // The list goes on past ；only to a part that proves it complete (；其他…, ；地方…).
    const afterSemicolon = seg.start > from && /[；;]/.test(text.charAt(seg.start - 1));
    // Segments and tokens are both in text order: walk them together (no n² on a long window).
    while ((region[next]?.start ?? Infinity) < seg.start) next++;
    const own: NumberToken[] = [];
    for (let t = next, token = region[t]; token && token.start < seg.end; token = region[++t]) {
      if (token.end <= seg.end && !inside(token.start)) own.push(token);
    }
    const segText = text.slice(seg.start, seg.end).trim();
    const first = own[0];
    if (!first) {
      if (afterSemicolon) break;
      continue;
    }
    // A list line may carry a bullet (- 其他案件16起).
    const label = text.slice(seg.start, first.start).trim().replace(/^[-*+•·]\s*/, '');
    if (/^分[别別]/.test(label)) break;
    if (label && ASIDE.test(label)) {
      if (afterSemicolon) break;
      continue;
    }
    if (LIST_ENDS.test(label)) break;
    if (NOT_A_PART.test(segText) || OPEN_LIST.test(segText)) return undefined;
    const isShare = first.percent && SHARE_LABEL.test(label);
    if (parts.length === 0) {
      shares = isShare;
      if (!shares && !isCount(first)) return undefined;
      unit = shares ? '%' : first.unit;
    }
    // Another unit is something said about a part (涉案金额300万元), not a part.
    const matches = shares ? isShare : !first.percent && first.unit === unit;
    if (!matches) {
      if (afterSemicolon) break;
      continue;
    }
    // One figure per part: 盗窃案56起和诈骗案38起 in one segment is too loose to read.
    if (own.filter((t) => (shares ? t.percent : t.unit === unit)).length > 1) return undefined;
    if (!first.exact) return undefined;
    const after = text.slice(first.end, seg.end).trim();
    const part = { token: first, label: label.replace(SHARE_LABEL, '') || after };
    if (afterSemicolon && !provesComplete([...parts, part])) break;
    parts.push(part);
    if (parts.length > MAX_PARTS) return undefined;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** Exports and imports are all of a trade total (进出口总额), not of a port's throughput. */
const TRADE = [['出口', '进口'], ['出口', '進口']] as const;
const TRADE_TOTAL = /进出口|進出口|外贸|外貿/;

/** The parts name every part of the whole: the last is the rest, or two parts are complements. */
function provesComplete(parts: Part[], tradeTotal = false): boolean {
  if (REST.test(parts[parts.length - 1]?.label ?? '')) return true;
  if (parts.length !== 2) return false;
  const [a = '', b = ''] = parts.map((p) => p.label);
  if (tradeTotal && TRADE.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)))) return true;
  // X and 非X: 国有企业/非国有企业, 税收收入/非税收入.
  if ((b.startsWith('非') && b.charAt(1) === a.charAt(0)) || (a.startsWith('非') && a.charAt(1) === b.charAt(0))) return true;
  return COMPLEMENTS.some(([x, y]) => (a.includes(x) && !a.includes(y) && b.includes(y) && !b.includes(x)) || (a.includes(y) && !a.includes(x) && b.includes(x) && !b.includes(y)));
}

/**
 * Where the parts after 其中 end: at the end of the sentence, at the next 其中 outside brackets, or at
 * the bracket that closes around 其中 (盗窃案56起（其中入室盗窃20起、其他盗窃36起）…).
 *
 * Not part-exceeds-whole's bracketEnd, which ends a 其中's parts at a bracket too: a sum needs every part of one 其中, so
 * the next 其中 ends them and any ） left unmatched does (parts lost only make the sum quiet); bracketEnd first looks back
 * for the （, since each part it loses is a part not checked.
 */
function partsEnd(text: string, from: number): number {
  let depth = 0;
  let to = from;
  for (; to < text.length && to - from < MAX_SPAN && !SENTENCE_STOP.test(text.charAt(to)); to++) {
    const c = text.charCodeAt(to);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === QI && text.charCodeAt(to + 1) === ZHONG) break;

  }
  return to;
}

/** 110 in the whole's multiplier and unit: 110起, 2.38万亿元. */
function writtenLike(value: number, whole: NumberToken): string {
  const factor = [...whole.multiplier].reduce((acc, c) => acc * (MULTIPLIER_FACTOR[c] ?? 1), 1);
  return `${plain(value / factor)}${whole.multiplier}${whole.unit}`;
}

const MULTIPLIER_FACTOR: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

function figure(text: string, t: NumberToken): Figure {
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end) };
}

const QI = 0x5176; // 其
const ZHONG = 0x4e2d; // 中

/**
 * Whether `text` holds 其中. With the text's anchors (Paragraph.anchors, which hold every 其: text/char-classes.ts
 * ANCHOR_CHARS) only those offsets are read: three readers ask for every paragraph, and most hold a few
 * anchors against a whole paragraph for includes() to search.
 */
export function holdsQiZhong(text: string, anchors?: ArrayLike<number>): boolean {
  if (!anchors) return text.includes('其中');
  for (let k = 0; k < anchors.length; k++) {
    const at = anchors[k] ?? 0;
    if (text.charCodeAt(at) === QI && text.charCodeAt(at + 1) === ZHONG) return true;
  }
  return false;
}

/**
 * Every 其中 in `text` whose exhaustive parts do not add up to their whole. `anchors`: the
 * paragraph's (Paragraph.anchors), for scanNumbers.
 */
export function partsSumMismatches(text: string, anchors?: ArrayLike<number>): PartsSum[] {
  if (!holdsQiZhong(text, anchors)) return [];
  const tokens = scanNumbers(text, anchors);
  const found: PartsSum[] = [];
  for (const m of text.matchAll(/其中/g)) {
    const at = m.index;
    if (text[at + 2] === '的' || /[在于於之]/.test(text[at - 1] ?? '')) continue;
    const from = at + 2 + (/[，,：:]/.test(text[at + 2] ?? '') ? 1 : 0);
    const to = partsEnd(text, from);
    const parts = readParts(text, tokens, from, to);
    const firstPart = parts?.[0];
    if (!parts || !firstPart) continue; // readParts gives two parts or more
    const shares = firstPart.token.percent;
    const whole = findWhole(text, tokens, wholeSearchStart(text, at), at, shares ? undefined : firstPart.token.unit);
    if (!whole || (!shares && !whole.exact)) continue;
    if (!provesComplete(parts, TRADE_TOTAL.test(text.slice(Math.max(0, whole.start - 12), whole.start)))) continue;
    const sum = parts.reduce((acc, p) => acc + p.token.value, 0);
    const target = shares ? 100 : whole.value;
    const slack = parts.reduce((acc, p) => acc + rounding(p.token), shares ? 0 : rounding(whole)) + 1e-9 * Math.max(1, target);
    if (Math.abs(sum - target) <= slack) continue;
    found.push({
      whole: figure(text, whole),
      parts: parts.map((p) => figure(text, p.token)),
      sum: shares ? `${plain(Number(sum.toPrecision(12)))}%` : writtenLike(sum, whole),
      terms: parts.map((p) => text.slice(p.token.start, p.token.end)).join(' + '),
      shares,
    });
  }
  return found;
}

/** A paragraph as the document holds it: absolute start and text. */
export interface Line {
  start: number;
  text: string;
  /** The text's anchors (Paragraph.anchors), when known: holdsQiZhong reads only those. */
  anchors?: ArrayLike<number>;
}

/** A part line of a list under 其中： (盗窃案件56起；): short, one clause, ends like a list item. */
const PART_LINE = /^[^。！？!?]{1,60}[；;，,。]?$/;
const MAX_PART_LINES = 12;

/**
 * Totals and parts on different lines: the total ends one paragraph and the next opens with 其中
 * (…共破获案件120起。⏎其中，盗窃案件56起…), or a paragraph ends with 其中： and each part has a line
 * of its own (盗窃案件56起；⏎诈骗案件38起；⏎其他案件16起。). The lines are joined and read as one
 * paragraph; a list line's closing ；or ，stands for a 、. Offsets in the result are absolute.
 */
export function partsSumAcrossLines(lines: readonly Line[]): PartsSum[] {
  const found: PartsSum[] = [];
  /** The last line before line k that is not blank. */
  const previous = (k: number): Line | undefined => {
    for (let j = k - 1; j >= 0; j--) {
      const line = lines[j];
      if (line?.text.trim()) return line;
    }
    return undefined;
  };
  // An index loop: entries() built an iterator result and a pair for every paragraph.
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue; // k < lines.length
    const text = line.text;
    if (!holdsQiZhong(text, line.anchors)) continue;
    if (/^\s*其中/.test(text)) {
      const before = previous(k);
      // A last sentence that lists parts itself (…，其中男性80人、女性30人。) leaves unclear what 其中 refers to.
      if (before && !/其中[^。！？!?]*[。！？!?]?\s*$/.test(before.text)) found.push(...joined([before, line], 1));
    } else if (/其中[：:]\s*$/.test(text)) {
      const group: Line[] = [line];
      for (let j = k + 1; j < lines.length && j - k <= 2 * MAX_PART_LINES && group.length <= MAX_PART_LINES; j++) {
        const next = lines[j];
        if (!next) break;
        const item = next.text.trim();
        if (!item) continue; // a blank line between items (Markdown lists)
        if (!PART_LINE.test(item)) break;
        const last = /。$/.test(item) || j === lines.length - 1;
        group.push(last ? next : { start: next.start, text: next.text.replace(/[；;，,]([\s]*)$/, '、$1') });
        if (last) break;
      }
      if (group.length > 2) found.push(...joined(group, 1));
    }
  }
  return found;
}

/** Read the joined lines; keep what puts the total before line `split` and every part from it on. */
function joined(group: readonly Line[], split: number): PartsSum[] {
  const pieces: { at: number; start: number }[] = [];
  let text = '';
  for (const line of group) {
    pieces.push({ at: text.length, start: line.start });
    text += line.text;
  }
  // One piece per line of the group, so pieces[split] and every index below exist.
  const absolute = (v: number) => {
    let p = pieces.length - 1;
    while (p > 0 && (pieces[p]?.at ?? 0) > v) p--;
    const piece = pieces[p];
    return piece ? piece.start + v - piece.at : v;
  };
  const junction = pieces[split]?.at ?? text.length;
  const move = (f: Figure): Figure => ({ start: absolute(f.start), end: absolute(f.end), text: f.text });
  return partsSumMismatches(text)
    .filter((s) => s.whole.end <= junction && s.parts.every((p) => p.start >= junction))
    .map((s) => ({ ...s, whole: move(s.whole), parts: s.parts.map(move) }));
}
