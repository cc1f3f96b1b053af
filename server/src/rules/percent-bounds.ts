// 百分比越界: a decrease of more than 100% (nothing falls below zero) and a share or bounded
// rate above 100% (化解率102.3%). Increases above 100% and rates that may pass 100%
// (完成率, 增长率, 自给率, the gross 毛入学率) are fine; a decrease of exactly 100% is fine.
import { defineRule } from '../engine/types';
import { BAI, PERCENT_SIGN } from '../text/char-classes';
import { plain, scanNumbers } from '../text/numbers';

/** A decrease verb right before the percentage (下降310.82%, 减少了150%, 降幅为120%); not 降至/降到 (a level). */
const DECREASE = /(?:下降|下滑|减少|減少|降低|缩减|縮減|缩小|縮小|回落|下跌|降幅|减幅|減幅|跌幅)(?:了|达|達|为|為|达到|達到)?$/;
/**
 * A decrease verb + 为 names the level it fell to (外贸依存度从254%下降为187%, 东莞 2012 report: trade dependence passes 100%),
 * unless a lower start stands before it: 文盲率由4.08%下降为267% cannot fall to more than it was, so it is read as a fall by.
 */
const FALL_TO = /(?:下降|下滑|减少|減少|降低|缩减|縮減|缩小|縮小|回落|下跌)[为為]$/;
const FALL_START = /[从由從](\d+(?:\.\d+)?)[%％﹪]$/;

/** Whether `before` ends with a fall to `value`% that reads as a level: no lower start before it. */
function fallsToLevel(before: string, value: number): boolean {
  const verb = FALL_TO.exec(before);
  if (!verb) return false;
  const start = FALL_START.exec(before.slice(0, verb.index));
  return !start || Number(start[1]) > value;
}
/**
 * Rates that cannot pass 100%: a part of a whole. Not a share of a plan, target or task (完成投资70亿元，占年计划的125%:
 * a completion rate, which passes 100% when the plan is exceeded; city work reports), nor of a budget (收入完成1,076,420万元，占年度调整预算的105.95%,
 * 占预算调整数的106.24%, 占预算的144.8%: a budget's execution rate; round 31, city budget reports).
 * Not an entry rate from one school stage to the next (小学升初中入学率102.56%): its base is the local graduates, and pupils from
 * elsewhere pass it over 100% (round 31, city statistical communiqués). Not a bank's coverage ratios, which are reserves or liquid assets over
 * what they cover and pass 100% as a rule: 撥備覆蓋率達240% (RTHK 2024, the mainland's banks), 流动性覆盖率, 利息覆盖率, and the
 * coverage of bad loans (不良授信資產覆蓋率198.02％, 備抵呆帳覆蓋率, 不良资产覆盖率: Taiwan's audit reports on state banks).
 */
const BOUNDED = /(?:化解率|化解成功率|破案率|办结率|辦結率|结案率|結案率|整改率|合格率|(?<!拨备|撥備|流动性|流動性|利息|授信資產|不良資產|不良资产|呆帳|呆账)覆盖率|(?<!拨备|撥備|流动性|流動性|利息|授信資產|不良資產|不良资产|呆帳|呆账)覆蓋率|达标率|達標率|优良率|優良率|(?<!毛)(?<!升[\u4e00-\u9fa5]{1,3})入学率|(?<!毛)(?<!升[\u4e00-\u9fa5]{1,3})入學率|参保率|參保率|普及率|回访率|回訪率|知晓率|知曉率|满意率|滿意率|治愈率|治癒率|通过率|通過率|到位率|见警率|見警率|调解成功率|調解成功率|处置率|處置率|受理率|查处率|查處率|接种率|接種率|城镇化率|城鎮化率|占比|佔比|比重|[占佔](?![^，,。；;]{0,10}(?:计划|計劃|目标|目標|任务|任務|预算|預算))[^，,。；;]{1,12}的)(?:达到|達到|提高到|提高至|提升到|提升至|保持在|稳定在|穩定在|达|達|为|為|是|超过|超過)?$/;

/**
 * A signed amount in the sentence before a decrease (科目-1769万元,较上年减少2333万元，下降413.7%: a figure that turned negative
 * fell by more than 100%, a budget final account's subject that collected refunds; round 34, provincial final accounts). Not a
 * range or a code: the minus follows no digit or Latin letter (2019-2021年, 21110-能源 are no signed figures).
 */
const SIGNED_AMOUNT = /(?<![\dA-Za-z.\-−－])[-−－]\d+(?:\.\d+)?(?:万|亿)?元/;
/** The sentence before `start` up to it (from its last 。；！？ or the paragraph start). */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - 120);
  const chunk = text.slice(from, start);
  const cut = Math.max(chunk.lastIndexOf('。'), chunk.lastIndexOf('；'), chunk.lastIndexOf('！'), chunk.lastIndexOf('？'));
  return chunk.slice(cut + 1);
}

/** A percentage and the mark after it, ending a text: an earlier value of a list (分别下降10.98%、8.5%、610.3%). */
const LIST_VALUE_BEFORE = /(?<![\d.])[-−]?\d+(?:\.\d+)?[%％﹪](?:、|和|及|与|與|以及)$/;

/**
 * The 20 characters before the percentage at `start`, or before the first value of the list it ends: in
 * 分别下降10.98%、8.5%、610.3% the decrease verb stands before 10.98%, and 610.3% is as much a decrease.
 */
function textBefore(text: string, start: number): string {
  let end = start;
  for (let m: RegExpExecArray | null; (m = LIST_VALUE_BEFORE.exec(text.slice(Math.max(0, end - 30), end))); ) end -= m[0].length;
  return text.slice(Math.max(0, end - 20), end);
}

const rule = defineRule({
  meta: {
    id: 'percent-bounds',
    name: { zh: '百分比越界', en: 'Percentage out of bounds' },
    description: {
      zh: '下降幅度不能超过100%，占比和化解率、破案率等比率不能超过100%。',
      en: 'A decrease cannot exceed 100%, and a share or a rate such as a resolution or clearance rate cannot exceed 100%.',
    },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'paragraph',
    messages: {
      decrease: {
        zh: '“{{verb}}{{value}}%”超过100%：降到零才是下降100%。请核对数值，或改用“倍”“个百分点”等说法。',
        en: 'A decrease of {{value}}% is impossible: falling to zero is a 100% decrease. Check the figure, or use “times” or “percentage points”.',
      },
      share: {
        zh: '“{{rate}}{{value}}%”超过100%：{{rate}}是部分与总数之比，最多100%。请核对数值。',
        en: '“{{rate}}” of {{value}}% exceeds 100%: it is a part of a whole, at most 100%. Check the figure.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    // The paragraph classes first: most paragraphs hold neither a percent sign nor 百.
    if (!(paragraph.classes & (PERCENT_SIGN | BAI)) || !/[%％﹪]|百分之/.test(text)) return;
    for (const t of scanNumbers(text, paragraph.anchors)) {
      if (!t.percent || t.value <= 100) continue;
      const before = textBefore(text, t.start);
      const value = plain(t.value);
      const decrease = DECREASE.exec(before);
      if (decrease && !fallsToLevel(before, t.value) && !SIGNED_AMOUNT.test(sentenceBefore(text, t.start))) {
        const verb = decrease[0];
        const remaining = plain(Number((100 - t.value).toFixed(t.decimals)));
        ctx.report({
          messageId: 'decrease',
          data: { verb, value },
          start: paragraph.start + t.start,
          end: paragraph.start + t.end,
          detail: {
            zh: `下降 ${value}% 意味着 现值 = 原值 × (100% − ${value}%) = 原值 × (${remaining}%)，结果为负，不可能。`,
            en: `A ${value}% decrease means new = old × (100% − ${value}%) = old × (${remaining}%), which is negative: impossible.`,
          },
        });
        continue;
      }
      const bounded = BOUNDED.exec(before);
      if (bounded) {
        const rate = bounded[0].replace(/(?:达到|達到|提高到|提高至|提升到|提升至|保持在|稳定在|穩定在|达|達|为|為|是|超过|超過)$/, '');
        ctx.report({
          messageId: 'share',
          data: { rate, value },
          start: paragraph.start + t.start,
          end: paragraph.start + t.end,
          detail: {
            zh: `${rate} = 部分 ÷ 总数 ≤ 1，即 ≤ 100%；文中 ${value}% > 100%。`,
            en: `${rate} = part ÷ whole ≤ 1, i.e. ≤ 100%; the text says ${value}% > 100%.`,
          },
        });
      }
    }
  },
});

export default rule;
