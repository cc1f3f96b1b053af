// 分项超总数: "共抓获320人，其中刑事拘留350人" — a part after 其中 cannot exceed its whole.
// The whole is the nearest exact count of the same unit before 其中 in the same sentence;
// quiet when units differ, a number is approximate, or the whole is a change (增加120人).
import { defineRule, type Locale } from '../engine/types';
import { plain, scanNumbers, TIME_UNITS, tokensIn, type NumberToken } from '../text/numbers';
import { insideBrackets, isCloseBracket, isOpenBracket } from '../text/brackets';
import { holdsQiZhong } from '../text/parts-sum';
import { FULL_STOP, sentenceEnd, sentenceStart } from '../text/sentences';

const AMONG = /其中/g;
/** A whole that is a change, not a total: 增加120人, 比上年多… (its parts may exceed it). */
/** Also a budget's change in revenue or spending: 同比增长5.6%，增收8.2亿元，其中：税收收入完成90.5亿元 (round 31 city budget reports). */
const CHANGE_BEFORE = /(?:增加|增长|增長|减少|減少|下降|上升|提高|降低|净增|淨增|净减|淨減|增收|减收|減收|增支|减支|減支|短收|多|少|超|比)$/;
/** The parts are in the clause right after 其中 (a comma starts something else: 其中…，抓获…). */
const PART_END = /[。！？!?；;，,]/;
/** After 其中: a count followed by its noun and 中 (其中15位大法官中), or an age or year with 时/時 (其中16歲時). */
const NOT_PARTS_AFTER = /^(?:\d+[\u4e00-\u9fff]{1,6}(?:之中|当中|當中|中)|\d+(?:岁|歲|年)时|\d+(?:岁|歲|年)時)/;
/** An average (年均超收2040亿元) is not a total: 均/每 earlier in the whole's clause. */
const AVERAGE = /[均每]/;
/**
 * Head counts in 人, 名 and 位 count the same people: 超過11萬名觀眾參加，其中周日賽事有38352人入場 has its whole in
 * 11萬名, not in an earlier 七人 (香港國際七人欖球賽: a name). The whole is the nearest count of the same kind.
 */
const HEADCOUNT = new Set(['人', '名', '位']);
function sameKind(a: string, b: string): boolean {
  return a === b || (HEADCOUNT.has(a) && HEADCOUNT.has(b));
}

/**
 * 财政总收入222827万元，…，一般公共预算收入97092万元，增长0.9%，其中税收收入190268万元，…，财政收入32559万元:
 * the parts after 其中 add up to a total named earlier in the sentence (190268 + 32559 = 222827), so
 * 其中 reaches back past the nearest figure to that total.
 */
function partsMakeEarlierTotal(text: string, tokens: readonly NumberToken[], before: readonly NumberToken[], nearest: NumberToken, at: number, unit: string): boolean {
  const end = sentenceEnd(text, at, FULL_STOP);
  const parts = tokensIn(tokens, at + 2, end).filter((t) => t.end <= end && isCount(t) && t.unit === unit
    && !CHANGE_BEFORE.test(text.slice(Math.max(at, t.start - 4), t.start)));
  if (parts.length < 2) return false;
  const sum = parts.reduce((acc, t) => acc + t.value, 0);
  const slack = parts.reduce((acc, t) => acc + t.roundingError, 0);
  return before.some((t) => t.start < nearest.start && isCount(t) && t.unit === unit
    && Math.abs(t.value - sum) <= slack + t.roundingError + 1e-9 * Math.max(1, sum));
}

/**
 * The whole and the counts listed with it by 、 in its clause (社会救助85.8万起、安保勤务14.3万起；其中…虚假警16.4万起,
 * a 2026 fire-service release): 其中 after a list of like counts may take in the whole list. The whole alone when it
 * is no list item.
 */
function listSum(text: string, before: readonly NumberToken[], at: number): number {
  let item = before[at];
  if (!item) return 0;
  let sum = item.value + item.roundingError;
  for (let k = at - 1; k >= 0; k--) {
    const previous = before[k];
    if (!previous || previous.percent || previous.unit !== item.unit || !isCount(previous)) break;
    const between = text.slice(previous.end, item.start);
    if (!between.includes('、') || /[，,；;：:。]/.test(between)) break;
    sum += previous.value + previous.roundingError;
    item = previous;
  }
  return sum;
}

/**
 * 农村低保年保障标准提高到1810元，其中农村鳏寡孤独和无劳动能力人群年保障标准提高到2300元 (2014 city report): a whole that
 * is a standard (a rate per person or per year) is no total; a group after 其中 may have a higher one.
 */
/** A superlative picking out one instance (最长一次, 最多一天, 单笔最高100万元). */
const SUPERLATIVE_BEFORE = /(?:最长|最長|最多|最高|最大|最短|最少|最低|最小|单笔|單筆|单次|單次)$/;
const STANDARD_BEFORE = /标准[^，,；;。\d]{0,4}$/;

/**
 * 财政收入过10亿元的县（市、区）达到81个，其中过20亿元的40个 (山东 2012 report, held-out s31f): a figure after 其中 that is a bar
 * (过/超过/逾/突破/达到 X 的, X 以上的) names a class of the units counted (counties above it), not a part of the amount before.
 */
const BAR_BEFORE = /(?:过|過|超过|超過|超|逾|突破|达到|達到|达|達|高于|高於|大于|大於|不低于|不低於)$/;
const BAR_AFTER = /^(?:(?:及|或)?以上)?的|^(?:及|或)?以上/;
function isBar(text: string, t: NumberToken): boolean {
  const after = text.slice(t.end, t.end + 4);
  if (/^(?:及|或)?以上/.test(after)) return true;
  return BAR_AFTER.test(after) && BAR_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start));
}

/** A whole named as a subset (包括16名公務員): it is itself a part of something counted before it. */
const SUBSET_BEFORE = /(?:包括|包含|内含|內含)[^，,；;。]{0,12}$/;

/**
 * 檢控207人，包括16名公務員，其中有119人被定罪 (RTHK 2025): the nearest count is a subset named with 包括, and 其中 may
 * reach back to the total before it; quiet when an earlier count of the same kind in the sentence holds the part.
 */
function wholeIsSubsetOfEarlier(text: string, before: readonly NumberToken[], wholeAt: number, part: NumberToken): boolean {
  const whole = before[wholeAt];
  if (!whole || !SUBSET_BEFORE.test(text.slice(Math.max(0, whole.start - 16), whole.start))) return false;
  return before.slice(0, wholeAt).some((t) => isCount(t) && sameKind(t.unit, part.unit) && part.value - part.roundingError <= t.value + t.roundingError);
}

/** A count in the clause of a 其中 (其中建成56.3万户): a part itself. */
const AFTER_QI_ZHONG = /其中[：:，,]?[^，,；;。：:]*$/;

/**
 * 处分1647人，移送司法机关73人，其中，处分厅局级干部54人、县处级285人 (新闻联播 2023): the parts begin with the word that
 * names an earlier count (处分), so 其中 reaches back to that count, not to the nearest one; quiet when it holds the part.
 */
function partsNameEarlierWhole(text: string, before: readonly NumberToken[], wholeAt: number, at: number, part: NumberToken): boolean {
  const head = /^[，,]?(\p{Script=Han}{2})/u.exec(text.slice(at + 2, at + 5))?.[1];
  if (!head) return false;
  // Not a count that is itself a part (农村住房开工109.4万户，其中建成56.3万户；城镇住房开工7.2万户，其中建成9.2万户: 四川 2008 with
  // its last figure changed, round 34): 其中 does not reach back to an earlier 其中's part.
  return before.slice(0, wholeAt).some((t) => isCount(t) && sameKind(t.unit, part.unit) && text.slice(Math.max(0, t.start - 6), t.start).includes(head)
    && !AFTER_QI_ZHONG.test(text.slice(Math.max(0, t.start - 16), t.start)) && part.value - part.roundingError <= t.value + t.roundingError);
}

/**
 * 已资助130个项目，涉及英、法、西、阿等26个语种，其中97个项目已出版结项 (round 36, People's Daily 2019): the part's noun after its count
 * (项目) is the noun of an earlier count of the same kind (130个项目), not the nearest whole's (语种): 其中 reaches back to that
 * count; quiet when it holds the part.
 */
function partNounNamesEarlierWhole(text: string, before: readonly NumberToken[], wholeAt: number, part: NumberToken): boolean {
  const noun = /^\p{Script=Han}{2}/u.exec(text.slice(part.end, part.end + 2))?.[0];
  const whole = before[wholeAt];
  if (!noun || !whole || text.startsWith(noun, whole.end)) return false;
  return before.slice(0, wholeAt).some((t) => isCount(t) && sameKind(t.unit, part.unit) && text.startsWith(noun, t.end)
    && !AFTER_QI_ZHONG.test(text.slice(Math.max(0, t.start - 16), t.start)) && part.value - part.roundingError <= t.value + t.roundingError);
}

/**
 * `end`, or the first closing bracket before it when 其中 at `at` stands in brackets opened at most 40 characters back
 * (（其中耕地0.1638公顷）、未利用地1.0666公顷: the parts end where the brackets close).
 *
 * Not the parts sum's partsEnd (text/parts-sum.ts), though both end the parts at a bracket: that one reads forward only
 * and lets any unmatched ） end the parts, since a sum that loses parts only goes quiet; here a ） ends them only after
 * the （ has been seen before 其中, because every part is compared on its own and a part cut off is a part not checked.
 * Nor does it stop at the next 其中: the parts end at the clause's comma (PART_END) anyway.
 */
function bracketEnd(text: string, at: number, end: number): number {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - 40); i--) {
    const c = text.charCodeAt(i);
    if (isCloseBracket(c)) depth++;
    else if (isOpenBracket(c)) {
      if (depth === 0) {
        for (let j = at; j < end; j++) if (isCloseBracket(text.charCodeAt(j))) return j;
        return end;
      }
      depth--;
    } else if (c === 0x3002) break; // 。
  }
  return end;
}

/**
 * 全国338个市（地）级以上城市，除10个经批准可以不建以外，其他都建立了有形建筑市场，其中220个已经与行政主管部门脱钩 (中央纪委
 * 2002 report, round 32's heldout-s32n): a count that 除…以外/之外 sets aside is what the rest excludes, not the whole
 * 其中 divides; the whole is sought before it.
 */
const EXCEPT_BEFORE = /除(?:了|去)?$/;
const EXCEPT_AFTER = /(?:以外|之外|外)$/;
function isExcepted(text: string, t: NumberToken): boolean {
  if (!EXCEPT_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) return false;
  const end = text.slice(t.end, t.end + 30).search(/[，,；;。：:]/);
  return end > 0 && EXCEPT_AFTER.test(text.slice(t.end, t.end + end));
}

const SCALE: Record<string, number> = { 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12, 萬: 1e4, 億: 1e8, 萬億: 1e12 };
/** The scale word a written figure ends in before its unit: 0.8亿元 → 亿, 5000万元 → 万, 320人 → none. */
const SCALE_WORD = /(万亿|萬億|[百千万亿萬億])[^\d百千万亿萬億]{0,2}$/;

/**
 * The part written in the whole's scale where the two are written in different ones (0.8亿元 against 5000万元:
 * “（即8000万元）”), so the editor sees the clash without converting; nothing where they share a scale (350人, 320人).
 */
function inWholeScale(partText: string, partValue: number, wholeText: string, wholeValue: number, locale: Locale): string {
  const none = '';
  const wholeScale = SCALE_WORD.exec(wholeText);
  const partScale = SCALE_WORD.exec(partText);
  if ((wholeScale?.[1] ?? '') === (partScale?.[1] ?? '')) return none;
  const scale = wholeScale ? (SCALE[wholeScale[1] ?? ''] ?? 0) : 1;
  // The whole's own figure times its scale must give its value, or the scale word was read wrongly (三千人).
  const figure = /[\d.,\s]+/.exec(wholeText)?.[0]?.replace(/[,\s]/g, '');
  if (!scale || !figure || Math.abs(Number(figure) * scale - wholeValue) > 1e-6 * wholeValue) return none;
  const tail = wholeScale ? wholeText.slice(wholeScale.index) : (/[^\d.,\s]+$/.exec(wholeText)?.[0] ?? '');
  if (!tail) return none;
  const written = `${plain(partValue / scale)}${tail}`;
  return locale === 'en' ? ` (= ${written})` : `（即${written}）`;
}

function isCount(t: NumberToken): boolean {
  return !t.percent && t.exact && !t.ordinal && Boolean(t.unit) && !TIME_UNITS.has(t.unit) && t.unit !== '个百分点' && t.unit !== '倍';
}

/**
 * 新开工第四期项目44公里，…，力争城市轨道交通运营和在建里程实现“850＋”、其中运营里程突破500公里 (2022 city report): a figure
 * without a unit after the whole (a target in quotes, 850+) is what 其中 divides, its unit left to the reader; the
 * nearest figure with the part's unit is another quantity.
 */
function bareFigureBetween(text: string, before: readonly NumberToken[], wholeAt: number): boolean {
  for (let k = wholeAt + 1; k < before.length; k++) {
    const token = before[k];
    if (token && !token.unit && !token.percent && !token.ordinal && /^[”’」』＋+]/.test(text.slice(token.end, token.end + 1))) return true;
  }
  return false;
}

const rule = defineRule({
  meta: {
    id: 'part-exceeds-whole',
    name: { zh: '分项超总数', en: 'Part exceeds its whole' },
    description: {
      zh: '“其中”后的分项数不能大于它所属的总数（同一单位）。',
      en: 'A part introduced by 其中 (“of which”) cannot be larger than its whole in the same unit.',
    },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'paragraph',
    messages: {
      exceeds: {
        zh: '分项超过总数：“其中”后的“{{part}}”{{converted}}大于总数“{{whole}}”。请核对分项或总数。',
        en: 'A part exceeds its whole: "{{part}}"{{converted}} after 其中 is larger than the total "{{whole}}". Check the part or the total.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    if (!holdsQiZhong(text, paragraph.anchors)) return;
    const tokens = scanNumbers(text, paragraph.anchors);
    // Whether a whole is an average, once per whole: every part of a long list shares the same whole, and
    // a run-on line of 其中 lists would otherwise search each whole's clause once per part.
    const averages = new Map<number, boolean>();
    const isAverage = (whole: NumberToken): boolean => {
      let average = averages.get(whole.start);
      if (average === undefined) {
        average = AVERAGE.test(text.slice(sentenceStart(text, whole.start, PART_END), whole.start));
        averages.set(whole.start, average);
      }
      return average;
    };
    for (const m of text.matchAll(AMONG)) {
      const at = m.index;
      // 其中15位大法官中… opens a new whole; 其中16歲時… a moment of a life story: neither lists parts.
      if (NOT_PARTS_AFTER.test(text.slice(at + 2, at + 16))) continue;
      // （其中耕地0.1638公顷）、未利用地1.0666公顷: the parts of a 其中 in brackets end where the brackets close.
      const partsEnd = bracketEnd(text, at, sentenceEnd(text, /[，,]/.test(text.charAt(at + 2)) ? at + 3 : at + 2, PART_END));
      const parts = tokensIn(tokens, at + 2, partsEnd).filter((t) => t.end <= partsEnd && isCount(t));
      const begin = sentenceStart(text, at, FULL_STOP);
      // 限额78.2亿元（其中：开发区6.4亿元），其中：一般债务50.3亿元; 还本付息25.9亿元（还本14.8亿元，付息11.1亿元），其中: figures in
      // brackets closed before 其中 are a note on the figure before them, not the whole (round 31, city budget reports).
      const bracketed = insideBrackets(text, begin, at, 'outside');
      const before = tokensIn(tokens, begin, at).filter((t) => t.end <= at && !bracketed(t.start));
      // 对55个新增项目开展…；对所有项目支出…，财政部门对其中219个项目…: 其中 after a preposition is among what the clause just named,
      // not a figure beyond a semicolon (round 31, 苏州 2025 budget report).
      const prepositional = /[对對从從在]$/.test(text.slice(Math.max(0, at - 1), at));
      const clause = prepositional ? text.slice(begin, at) : '';
      const clauseStart = prepositional ? begin + Math.max(0, clause.lastIndexOf('；'), clause.lastIndexOf(';')) : begin;
      for (const part of parts) {
        let whole: NumberToken | undefined;
        let wholeAt = -1;
        for (let k = before.length - 1; k >= 0 && !whole; k--) {
          const token = before[k];
          if (token && !token.percent && sameKind(token.unit, part.unit) && token.start >= clauseStart && !isExcepted(text, token)) [whole, wholeAt] = [token, k];
        }
        if (!whole || !isCount(whole) || isBar(text, part)) continue;
        if (bareFigureBetween(text, before, wholeAt)) continue;
        if (part.value - part.roundingError <= listSum(text, before, wholeAt)) continue;
        if (CHANGE_BEFORE.test(text.slice(Math.max(begin, whole.start - 4), whole.start))) continue;
        if (isAverage(whole) || STANDARD_BEFORE.test(text.slice(Math.max(begin, whole.start - 8), whole.start))) continue;
        // 擅自外出二十余次，最长一次达十九天，其中违法出境两次 (a guiding case of the Supreme People's Procuratorate, round 38's
        // heldout-s38c2): a figure after a superlative (最长一次, 最多一天, 单笔最高) is one instance picked out, no total.
        if (SUPERLATIVE_BEFORE.test(text.slice(Math.max(begin, whole.start - 3), whole.start))) continue;
        if (partsMakeEarlierTotal(text, tokens, before, whole, at, part.unit)) continue;
        if (wholeIsSubsetOfEarlier(text, before, wholeAt, part) || partsNameEarlierWhole(text, before, wholeAt, at, part) || partNounNamesEarlierWhole(text, before, wholeAt, part)) continue;
        // 0.8亿 may stand for anything from 0.75亿: compare what the rounded figures allow.
        if (part.value - part.roundingError <= whole.value + whole.roundingError) continue;
        const partText = text.slice(part.start, part.end);
        const wholeText = text.slice(whole.start, whole.end);
        ctx.report({
          messageId: 'exceeds',
          data: { part: partText, whole: wholeText, converted: inWholeScale(partText, part.value, wholeText, whole.value, ctx.locale) },
          start: paragraph.start + part.start,
          end: paragraph.start + part.end,
          detail: {
            zh: `总数：${wholeText} = ${plain(whole.value)}${part.unit}\n其中：${partText} = ${plain(part.value)}${part.unit}\n${plain(part.value)} > ${plain(whole.value)}，分项不能大于总数`,
            en: `whole: ${wholeText} = ${plain(whole.value)} ${part.unit}\npart: ${partText} = ${plain(part.value)} ${part.unit}\n${plain(part.value)} > ${plain(whole.value)}: a part cannot exceed its whole`,
          },
        });
      }
    }
  },
});

export default rule;
