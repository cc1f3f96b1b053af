// 比率核算: "排查X起，化解Y起，化解率Z%" — Z must equal Y ÷ X to the precision written.
// Only when the pairing is reliable: the rate follows its numerator directly, the numerator's
// clause starts with the rate's own verb (化解/破案/办结…) and the number just before it is a
// total of the same unit introduced by a total verb (排查/立/受理…). Verified rates get a hover note.
import { defineRule } from '../engine/types';
import { LV } from '../text/char-classes';
import { plain, scanNumbers, tokensIn, toWidth, type NumberToken } from '../text/numbers';
import { checkRate } from '../text/rates';
import { sentenceStart } from '../text/sentences';

interface RateKind {
  names: string[];
  /** Verbs that start the numerator's clause. */
  numerator: string[];
  /** Verbs in the denominator's clause. */
  denominator: RegExp;
}

const KINDS: RateKind[] = [
  { names: ['化解率', '化解成功率'], numerator: ['化解'], denominator: /排查|摸排|受理|接报|接報|发现|發現/ },
  { names: ['调解成功率', '調解成功率', '调处率', '調處率'], numerator: ['调解成功', '調解成功', '调处', '調處', '化解'], denominator: /受理|排查|调解|調解/ },
  { names: ['破案率', '破获率', '破獲率'], numerator: ['破案', '破获', '破獲', '侦破', '偵破'], denominator: /立案|(?<![成建设設树樹创創确確独獨对對])立(?![足即刻])|发案|發案|受理|发生数|發生數/ },
  { names: ['办结率', '辦結率', '结案率', '結案率'], numerator: ['办结', '辦結', '结案', '結案', '审结', '審結'], denominator: /受理|接收|收到|交办|交辦|收案|接到/ },
  { names: ['整改率'], numerator: ['整改', '完成整改'], denominator: /排查|发现|發現|检查|檢查|查出|反映/ },
  { names: ['合格率'], numerator: ['合格'], denominator: /抽检|抽檢|检测|檢測|抽查|检查|檢查/ },
  { names: ['完成率'], numerator: ['完成'], denominator: /计划|計劃|下达|下達|任务|任務|目标|目標/ },
  { names: ['覆盖率', '覆蓋率'], numerator: ['覆盖', '覆蓋'], denominator: /共有|总数|總數/ },
];
const NAME_PATTERN = new RegExp(`(${KINDS.flatMap((k) => k.names).join('|')})(?:达到|達到|达|達|为|為|是)?`, 'g');
/** Words that may open a clause before its verb: 全年共排查, 成功化解, 依法办结. */
const LEAD = /^(?:全年|全区|全區|全市|全县|全縣|共计|共計|累计|累計|共|成功|依法|有效|已|就|当年|當年|其中)*/;
const CLAUSE_BREAK = /[，,；;。：:]/;
const DATE_UNITS = new Set(['年', '月', '日', '号', '號']);

/**
 * Where the clause of time just before the clause at `at` starts (共反映1263个问题，截至2022年10月中旬，已整改1153个: an
 * audit rectification report), or undefined when there is none: its date belongs to neither count.
 */
function timeClauseBefore(text: string, at: number): number | undefined {
  const clauseStart = sentenceStart(text, at, CLAUSE_BREAK);
  if (clauseStart === 0 || !/[，,]/.test(text.charAt(clauseStart - 1))) return undefined;
  const previous = sentenceStart(text, clauseStart - 1, CLAUSE_BREAK);
  return /^(?:截至|截止|到)/.test(text.slice(previous, clauseStart)) ? previous : undefined;
}
/**
 * A qualifier before the rate's name makes it a rate of a part (按期办结率, 按时结案率): the plain count before it
 * (办结115件) is not its numerator unless the numerator's clause says the same (按期办结110件).
 */
const QUALIFIER = /(?:按期|按时|按時|及时|及時|限时|限時|当场|當場|当日|當日|首次|一次性|一次)$/;

function clauseBefore(text: string, at: number): string {
  return text.slice(sentenceStart(text, at, CLAUSE_BREAK), at);
}

function usable(t: NumberToken | undefined): t is NumberToken {
  return Boolean(t && !t.percent && t.exact && !t.multiplier && t.decimals === 0 && t.unit && !t.ordinal && t.value > 0);
}

const rule = defineRule({
  meta: {
    id: 'rate-mismatch',
    name: { zh: '比率核算', en: 'Rate does not match its counts' },
    description: {
      zh: '同一句中给出总数、分项数和比率（如“排查X起，化解Y起，化解率Z%”）时，核算 Z 是否等于 Y ÷ X。',
      en: 'When a sentence gives a total, a count and a rate (“checked X, resolved Y, resolution rate Z%”), Z must equal Y ÷ X.',
    },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'paragraph',
    messages: {
      mismatch: {
        zh: '{{rate}}与计数不符：{{numerator}} ÷ {{denominator}} = {{computed}}%，文中为 {{written}}。请核对计数或比率。',
        en: '{{rate}} does not match the counts: {{numerator}} ÷ {{denominator}} = {{computed}}%, but the text says {{written}}. Check the counts or the rate.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    if (!(paragraph.classes & LV)) return; // no 率 here (most paragraphs)
    const tokens = scanNumbers(text, paragraph.anchors);
    for (const m of text.matchAll(NAME_PATTERN)) {
      const nameAt = m.index;
      const rateToken = tokensIn(tokens, nameAt + m[0].length, nameAt + m[0].length + 1).find((t) => t.percent);
      if (!rateToken || !rateToken.exact) continue;
      const name = m[1] ?? ''; // NAME_PATTERN's group always matches
      const kind = KINDS.find((k) => k.names.includes(name))!;
      const before = tokensIn(tokens, sentenceStart(text, nameAt), nameAt).filter((t) => t.end <= nameAt);
      const numerator = before[before.length - 1];
      // The dates of a clause of time before the numerator's are skipped (截至2022年10月中旬).
      const timeClause = numerator ? timeClauseBefore(text, numerator.start) : undefined;
      let d = before.length - 2;
      const isDate = (t: NumberToken | undefined) => t !== undefined && t.start >= (timeClause ?? Infinity) && DATE_UNITS.has(t.unit);
      while (isDate(before[d])) d--;
      const denominator = before[d];
      if (!usable(numerator) || !usable(denominator) || numerator.unit !== denominator.unit) continue;
      // The rate must follow its numerator directly (化解17918起，化解率…), not a sub-category (其中一般类化解率).
      const between = text.slice(numerator.end, nameAt);
      if (!/^[，,]?[\u4e00-\u9fff]{0,4}$/.test(between) || /其|类|類|平均|同比|环比|環比/.test(between)) continue;
      const qualifier = QUALIFIER.exec(text.slice(Math.max(0, nameAt - 3), nameAt))?.[0];
      let numeratorClause = clauseBefore(text, numerator.start).replace(LEAD, '');
      if (qualifier) {
        if (!numeratorClause.startsWith(qualifier)) continue;
        numeratorClause = numeratorClause.slice(qualifier.length);
      }
      if (!kind.numerator.some((verb) => numeratorClause.startsWith(verb))) continue;
      const denominatorClause = clauseBefore(text, denominator.start);
      if (!kind.denominator.test(denominatorClause) || kind.numerator.some((verb) => denominatorClause.includes(verb))) continue;
      // The two counts must be in neighbouring clauses: 排查…X起，化解Y起.
      const gap = text.slice(denominator.end, timeClause !== undefined && timeClause > denominator.end ? timeClause - 1 : numerator.start);
      if (!/^[，,]?[^，,；;。：:]*$/.test(gap)) continue;

      const check = checkRate(numerator.value, denominator.value, rateToken.value, rateToken.decimals);
      const written = rateToken.text;
      const num = plain(numerator.value);
      const den = plain(denominator.value);
      const digits = Math.max(4, rateToken.decimals + 2);
      const longer = Number(check.exact.toFixed(digits)) === check.exact ? plain(check.exact) : `${check.exact.toFixed(digits)}…`;
      if (check.consistent) {
        ctx.annotate(paragraph.start + rateToken.start, paragraph.start + rateToken.end, {
          zh: `${num} ÷ ${den} = ${check.shown}%（文中 ${written}，一致）`,
          en: `${num} ÷ ${den} = ${check.shown}% (the text says ${written}: consistent)`,
        });
        continue;
      }
      ctx.report({
        messageId: 'mismatch',
        data: { rate: name, numerator: num, denominator: den, computed: check.rounded, written },
        start: paragraph.start + rateToken.start,
        end: paragraph.start + rateToken.end,
        fix: { start: paragraph.start + rateToken.numStart, end: paragraph.start + rateToken.numEnd, text: toWidth(check.rounded, rateToken.fullwidth) },
        detail: {
          zh: `${m[1]} = ${kind.numerator[0]}数 ÷ 总数 = ${num} ÷ ${den} × 100% = ${longer}%\n保留 ${rateToken.decimals} 位小数：四舍五入 ${check.rounded}%，截尾 ${check.truncated}%\n文中 ${written}，不一致`,
          en: `${m[1]} = ${num} ÷ ${den} × 100% = ${longer}%\nto ${rateToken.decimals} decimal(s): rounded ${check.rounded}%, truncated ${check.truncated}%\nthe text says ${written}: inconsistent`,
        },
      });
    }
  },
});

export default rule;
