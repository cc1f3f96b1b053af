// figure-consistency: the same quantity stated twice in one document with different values
// (「全年共立案408起」 in the summary, 「全年立案418起」 in the body).
// A statement is one clause "<measure><number><unit>", e.g. 全年共立案408起 or 破案率52.8%. Two statements
// are the same quantity when their measure (with filler words such as 共/累计/达 removed), their unit
// and the period in force (the last year or period named before it in the document) are equal.
// It also adds up the parts listed after 其中 when the text says they are all of the total (the last is
// 其他/其余…, or two complements such as 中央/地方): 共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件16起
// (see text/parts-sum.ts), also across lines (…120起。⏎其中，… and 其中：⏎盗窃案件56起；⏎…); the option partsSum
// turns that off.
// Precision first: a clause that compares (同比, 上年, 增长…), estimates (约, 余, 以上…), lists parts
// (其中, 分别) or names a target is never a statement, and the measure must say it is a whole-period
// total (全年, 全市, 共, 累计…) or be a rate (…率).
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { ASCII_DIGIT } from '../text/char-classes';
import { partsSumAcrossLines, partsSumMismatches, type PartsSum } from '../text/parts-sum';
import { yueIsAbout } from '../text/numbers';
import { FULL_STOP, sentenceStart } from '../text/sentences';
import { codeUnitBytes } from '../text/code-tables';

interface Statement {
  /** Measure, unit and what else names the quantity (scopeOf); the period is added in checkDocument. */
  key: string;
  /** A total by a sum word alone (共, 总量…): it belongs to the section it is in (see checkDocument). */
  sectional: boolean;
  /** The period named earlier in the paragraph, or '' (then the one named last in the document holds). */
  period: string;
  measure: string;
  value: number;
  /** The measure (fillers dropped) and unit alone, without what scopeOf adds: 累计建成高标准农田|万亩. */
  bareKey: string;
  /** The statement is a whole sentence of its own (nothing before it in its sentence, a full stop right after it). */
  alone: boolean;
  /** The level of government scopeOf took from the sentence before (市本级…), or ''. */
  level: string;
  /** The clause as written, e.g. 全年立案418起. Offsets relative to the paragraph. */
  text: string;
  start: number;
  end: number;
}

// Lengths, areas, power and dollars too (全市改造雨污分流管网149公里, 实际利用外商直接投资累计2740.8亿美元: round 34, the injected
// restatements in these units were all missed). 分: a score (该部分分值25分，评价得分22.90分，得分率91.60%): the rate after
// it is that score's (round 34).
const UNIT = '(?:人次|户次|万元|亿元|万人|万户|美元|平方公里|公里|平方米|公顷|千瓦时|千瓦|[%％起件人名个家户元处项条宗辆台次所座吨亩批场份分套])';
// A clause: Han characters only (no digits, no other numbers) right before one number and its unit.
const STATEMENT = new RegExp(`([\\u4e00-\\u9fa5]{2,16})(\\d+(?:\\.\\d+)?)(万|亿)?(${UNIT})`, 'y');
const isStatementHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

/**
 * What STATEMENT with the g flag would match, leftmost first, without trying it at every character:
 * a match's Han run ends where its number starts, so it is tried (sticky) once per number right
 * after a Han character, from where the greedy run would start (up to 16 back, not before the
 * previous match). The digits are among the paragraph's anchors (Paragraph.anchors): only those
 * offsets are read, not every character.
 */
function statementMatches(text: string, anchors: ArrayLike<number>): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < anchors.length; k++) {
    const digit = anchors[k] ?? 0;
    if (digit < 1 || digit < from) continue;
    const code = text.charCodeAt(digit);
    if (code < 0x30 || code > 0x39 || !isStatementHan(text.charCodeAt(digit - 1))) continue;
    let start = digit - 1;
    const earliest = Math.max(from, digit - 16);
    while (start > earliest && isStatementHan(text.charCodeAt(start - 1))) start--;
    if (digit - start < 2) continue;
    STATEMENT.lastIndex = start;
    const m = STATEMENT.exec(text);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}
const CLAUSE_END = /[，。；：！？、,;:!?（）()“”"…—]/;
/** A measure that is a verb and a bare scope (完成全省, 建成全市): what the number counts follows its unit. */
const VERB_SCOPE = /^[\u4e00-\u9fa5]{1,4}全[市区區县縣省州盟旗局国國]$/;
/** Words that make a clause a comparison, an estimate, a part, a target or an average: not a statement. */
// Not the 比 of 比率 (空气质量优良天数比率96.1%: a rate's name, not a comparison; round 38, eval:inject's restated rates of this name
// were all missed).
const NOT_A_STATEMENT = /同比|环比|上年|去年|前年|同期|比上|较上|比去|较去|增长|下降|上升|减少|增加|提高|降低|回落|其中|分别|平均|人均|每|近|超过|不少于|不低于|不足|目标|计划|力争|预计|确保|争取|达到|以上|以下|以内|左右|余|多|第|之|新增|新建|累计增|高于|低于|快于|慢于|多于|少于|比(?!率)|较|超|排名|位居|居/;
/** The measure says "about" with 约 (约占, 约有); not 签约项目, 节约用水, 约束性指标 (numbers.ts yueIsAbout). */
function saysAbout(text: string, start: number, measure: string): boolean {
  for (let i = measure.indexOf('约'); i >= 0; i = measure.indexOf('约', i + 1)) if (yueIsAbout(text, start + i)) return true;
  return false;
}
/** A sentence of figures per share (每股盈利, 派息每股…): not a whole of the document. */
const PER_SHARE = /每股/;
/** The measure must name a whole (a period or area total) … (共 not in 公共: 一般公共预算收入 is no total) */
const WHOLE = /全年|全市|全区|全县|全省|全州|全盟|全旗|全局|全国|(?<!公)共|累计|总计|合计|总数|总量|总额/;
/** A whole the measure names itself; 共/合计/总量… alone total whatever the sentence named before them. */
const OWN_WHOLE = /全[年市区县省州盟旗局国]/;
/** A measure that is only a scope (全市, 全年度…): what it counts is named after the number, if anywhere. */
const BARE_SCOPE = /^全[年市区县省州盟旗局国]$/;
/** A measure that ends in a scope after a preposition (完成对全市, 向全省): the counted object follows the number. */
// 全省共对938个重大政策和项目开展…评估；全省共对1339个项目开展…监控: the scope before the preposition, too (round 34).
const PREPOSITIONAL_SCOPE = /(?:[对對向为為给給]全[年市区區县縣省州盟旗局国國]|^全[年市区區县縣省州盟旗局国國][对對向为為给給])$/;
/** 此类, 该类…: the measure names what was said before it. */
const ANAPHORA = /此类|该类|這類|这类|此類|該類|此项|该项|此項|該項/;
/** A share of something (占总数的42.2%, 占一般公共预算收入的48.51%): a figure of the part named before it. Not 占有率 (a market share
 * rate: 替代品占有率达84%; round 38). */
const SHARE = /[占佔](?!有率)/;
/** … or be a rate. */
const RATE = /率(?:为|是|达)?$/;
/** Filler that does not change what is measured. */
// Not 总计/合计 right after 收入/支出: a budget's 收入总计 adds transfers to its 收入 (全市一般公共预算收入总计815.6亿元 and
// 全市一般公共预算收入215.1亿元 are two figures; round 31, city budget reports).
const FILLER = /共计|共|累计|(?<![收支][入出])总计|(?<![收支][入出])合计|达|为|是|了|全年度/g;
// Periods: a year, a half-year, a quarter, a month range; whichever was named last in the paragraph holds.
// A five-year plan's period (“十四五”时期: 全市一般公共预算收入累计完成169.7亿元 over five years is not the year's; round 31).
// A day of a holiday or the days so far (“五一”假期第三天 and 假期前三天, 全国接待国内游客总人数3094.4万人次 and 8499.7万人次:
// People's Daily 2020, round 35; not a bare 3天, which is a length of time, not the period a figure is of).
const PERIOD = /十[一二三四五六七八九]五|\d{4}年(?:[上下]半年|第?[一二三四1-4]季度|\d{1,2}(?:[-－—～~至]\d{1,2})?月)?|[上下]半年|[一二三四]季度|前?[一二三四五六七八九十\d]{1,2}个月|\d{1,2}[-－—～~至]\d{1,2}月|今年|本年|当年|近[一二三四五\d]年|[一二三四五\d]年来|以来|[前第][一二三四五六七八九十\d]{1,2}天/g;

/** The number written right before `index` (the 30 of 30年期), or ''. */
function numberBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && /[\d.]/.test(text.charAt(from - 1))) from--;
  return text.slice(from, index);
}

function statementsOf(paragraph: Paragraph): Statement[] {
  const text = paragraph.text;
  const found: Statement[] = [];
  // A statement holds an Arabic number: most paragraphs have none.
  if (!(paragraph.classes & ASCII_DIGIT)) return found;
  let previous: RegExpExecArray | undefined;
  let lastCount: RegExpExecArray | undefined;
  for (const m of statementMatches(text, paragraph.anchors)) {
    // 办理人大代表建议797件，办结率100%，满意率99.7%；办理政协提案311件，办结率100%，满意率100%: rates after the count of
    // their sentence are that count's rates, however many rates stand between (each sentence counts another thing).
    const before = lastCount && previous && previous !== lastCount && RATE.test(previous[1] ?? '') && lastCount.index >= sentenceStart(text, m.index) ? lastCount : previous;
    previous = m;
    if (!RATE.test(m[1] ?? '')) lastCount = m;
    const key = statedKey(text, m);
    if (key === undefined) continue;
    const start = m.index;
    const measure = m[1] ?? ''; // STATEMENT's groups 1, 2 and 4 always match
    const sentence = sentenceUpTo(text, start);
    if (/其中|分别/.test(sentence)) continue;
    // 派末期息每股0.36元，全年派息0.51元: a figure per share (每股) is each company's own, as an average is;
    // results news lists one such sentence per company (RTHK 2025).
    if (PER_SHARE.test(sentence)) continue;
    // 其次为县城集镇，共发生火灾5.5万起；城市火灾相对较少，共发生火灾3.8万起: a sum word without its own
    // 全年/全市 totals what its sentence named first, so the words before it are part of what is measured.
    const sectional = WHOLE.test(measure) && !OWN_WHOLE.test(measure);
    const scope = scopeOf(text, m, key, sentence, sectional, before);
    // The level that opens the sentence before (市本级国有资本经营预算收入…。支出总量为326万元), for a figure said again alone.
    const level = sectional && !LEVEL.test(measure) ? LEVEL_OPENS.exec(previousSentence(text, start))?.[1] ?? '' : '';
    const end = start + m[0].length;
    found.push({
      key: `${key}|${m[3] ?? ''}${m[4] ?? ''}${scope ? `|${scope}` : ''}`,
      bareKey: `${key}|${m[3] ?? ''}${m[4] ?? ''}`,
      alone: !/[\u4e00-\u9fa5\d]/.test(clausesBefore(text, start)) && (end === text.length || FULL_STOP.test(text.charAt(end))),
      level,
      sectional,
      period: namedPeriod(text, start),
      measure,
      value: Number(m[2]) * (m[3] === '亿' ? 1e8 : m[3] === '万' ? 1e4 : 1),
      text: m[0],
      start,
      end,
    });
  }
  return found;
}

/**
 * The measure of the clause STATEMENT matched at `m` without its filler words (全年共立案 → 全年立案), or undefined when
 * the clause is no statement of a whole: it does not start a clause, compares, estimates, is a share or a gap, or its
 * measure names neither a whole nor a rate. The tests that read the clause alone (its sentence is read after them).
 */
function statedKey(text: string, m: RegExpExecArray): string | undefined {
  const start = m.index;
  const end = start + m[0].length;
  const measure = m[1] ?? '';
  // The clause must start right where the Han run starts: at a clause boundary or the paragraph start.
  const charBefore = text[start - 1];
  if (charBefore !== undefined && !CLAUSE_END.test(charBefore) && !/\s/.test(charBefore)) return undefined;
  // The tests on the measure alone first: most clauses fail one, and the sentence is then not looked for.
  if (NOT_A_STATEMENT.test(measure) || saysAbout(text, start, measure)) return undefined;
  if (!WHOLE.test(measure) && !RATE.test(measure)) return undefined;
  if (SHARE.test(measure)) return undefined;
  // 人均可支配收入才到全国的76.5%、全省的91.2%: a percentage after 的 is a share of what it names, not that whole's figure.
  if (measure.endsWith('的') && (m[4] === '%' || m[4] === '％')) return undefined;
  const key = measure.replace(FILLER, '');
  if (key.length < 2) return undefined;
  // 全市6个省级开发区实现产值…: a bare scope (全市, 全年) before the number names nothing; the counted thing follows it
  // (全市1372个公共文化场馆 elsewhere is another thing).
  if (BARE_SCOPE.test(key) && isStatementHan(text.charCodeAt(end))) return undefined;
  // 完成对全市63家行政事业单位…检查；完成对全市5563家一级、二级预算单位…检查: a scope after a preposition (对全市, 向全省, 为全县)
  // is the object's scope, and what the number counts follows it, as after a bare scope (round 31, 郑州 2025 budget report).
  if (PREPOSITIONAL_SCOPE.test(key) && isStatementHan(text.charCodeAt(end))) return undefined;
  // 完成全省520公里国省道起伏不平等病害点段…整治，完成全省460公里城市道路起伏不平等病害点段…整治 (浙江 2022, round 37's untouched
  // set): a verb and a bare scope (完成全省, 建成全市) before the number leave the counted thing to the words after the unit, as a
  // bare scope or a scope after a preposition does.
  if (VERB_SCOPE.test(key) && isStatementHan(text.charCodeAt(end))) return undefined;
  // 12分钟, 3分之1: 分 as a score unit only where no Han character follows it (评价得分22.90分，得分率91.60%).
  if (m[4] === '分' && isStatementHan(text.charCodeAt(end))) return undefined;
  const after = text.slice(end, end + 4);
  // 408起以上, 3.5万余人, 52.8%左右, 418起案件中… are estimates or parts.
  if (/^(?:以上|以下|以内|左右|余|多|之|的|中|内|外|[-－—～~至])/.test(after) || /^\d/.test(after)) return undefined;
  // 低于全国18.39个、全省4.89个百分点: a gap in percentage points is a difference from what it names, not its figure.
  if (m[4] === '个' && after.startsWith('百分点')) return undefined;
  return key;
}

/**
 * What else names the quantity a statement measures, beyond its measure and unit, joined by |: the subject or level of
 * a sum word's sentence, the thing 此类 refers to, the count a rate belongs to, the inline heading over a bare 收入/支出,
 * the count before a whole, a purpose after funds, a multi-year total. '' when nothing does.
 */
/**
 * The last name in quotation marks in a sentence, of a thing named by it (a ship 轮/号/船, a brand 牌, a model 型/款, a project or
 * system), with no other quotation after it (“南海救116”轮总吨为3681，). A quoted holiday or slogan (“五一”假期) names no thing.
 */
const QUOTED_NAME = /[“「]([^“”「」，。；]{1,16})[”」](?:轮|輪|号|號|船|舰|艦|牌|型|款|品牌|商标|商標|项目|項目|工程|系统|系統|平台)[^“”「」]*$/;

function scopeOf(text: string, m: RegExpExecArray, key: string, sentence: string, sectional: boolean, before: RegExpExecArray | undefined): string {
  const start = m.index;
  const end = start + m[0].length;
  const measure = m[1] ?? '';
  // 本周共办理此类工单25件: 此类 names what the paragraph said before, which is then part of the measure.
  const anaphoric = ANAPHORA.test(measure) ? subjectBefore(text.slice(0, start)) : '';
  // …等类工单534件、满意率92%: a rate right after a count in its sentence is the rate of that count.
  // 20年期500亿元，利率为1.98%；30年期710亿元，利率为1.88%: a number right before that count's words is part of its name
  // (20年期, 30年期 are two bonds), so it stays in the lead.
  // 批复预算评审项目58个，节约5.4亿元，核减率达13.6%。…工程结算评审项目51个，节约6.3亿元，核减率达16.7%: a rate after a figure
  // that is no whole of its own (节约…, 压减财政资金…, 拉动…增速…个百分点) is that figure's rate, and another value is another
  // figure; the value joins the lead (round 31, city budget reports and an economy release: 3 false alarms).
  // The same for a rate after a sum by 共 alone (2023年共安排5个省级专项资金…，2023年共支出61562.45万元，预算执行率为77.51%；
  // 2023年共安排4个中央专项资金…，2023年共支出33464.999万元，预算执行率为67.2%: each sum totals its own funds; round 34).
  const own = before && !OWN_WHOLE.test(before[1] ?? '') ? `#${before[2] ?? ''}${before[3] ?? ''}${before[4] ?? ''}` : '';
  const lead = RATE.test(measure) && before && before.index >= start - sentence.length ? `${numberBefore(text, before.index)}${(before[1] ?? '').replace(FILLER, '')}${ANAPHORA.test(before[1] ?? '') ? subjectBefore(text.slice(0, before.index)) : ''}${own}` : '';
  // 民进党候选人蔡英文、赖清德…，得票817万余张，得票率为57.1%。…国民党候选人韩国瑜、张善政得票552万余张，得票率为38.6% (People's Daily
  // 2020, round 37): the clause right before a rate may hold a figure STATEMENT does not read (an estimate, 万余张; a unit it does
  // not know, 张, 票); the rate is still that figure's when the clause names what the rate is of (得票 of 得票率), so the clause
  // joins the lead as a count read would. A clause of another measure (细颗粒物浓度28微克/立方米，空气质量优良天数比率96.1%) does not.
  const clause = RATE.test(measure) && !lead ? CLAUSE_WITH_FIGURE.exec(sentence)?.[1] ?? '' : '';
  const stem = /([\u4e00-\u9fa5]{2})率/.exec(key)?.[1];
  const unread = clause && stem && clause.includes(stem) ? clause : '';
  // 一般公共预算收入增长38.6%，排名全省第一；总量201.3亿元: a sum word alone right after a semicolon totals what
  // the sentence named before the semicolon (the GDP and the revenue of one report paragraph are two totals).
  // 加上上级补助等转移性收入183.03亿元，收入合计259.42亿元: a sum after 加上… totals the budget its chain started from
  // (全市… or 市级一般公共预算收入…, one or two sentences back), not what 加上 adds (round 31, city budget reports: 24 false alarms).
  const subject = sectional ? subjectBefore(sentence) : '';
  const chain = sectional && ADDITION.test(subject) ? subjectBefore(additionChain(text, start)) : '';
  // 2.政府性基金预算。全市收入完成87.9亿元: a bare 收入/支出 counts what the paragraph's heading names.
  const headed = GENERIC_FLOW.test(key) ? inlineHeading(text) : '';
  // 中等职业技术学校57所，全年招生3.37万人; 农村低保对象61694人，全年累计发放资金…: a whole right after a count of something
  // in its sentence is that thing's (every school type has its 全年招生; round 31, city communiqués: 7 false alarms).
  const counted = OWN_WHOLE.test(measure) ? countedBefore(text, start) : '';
  // 全市筹措资金23.2亿元，支持高标农田…; 累计筹集74.41亿元，推动…: money raised for a purpose named after it is that purpose's.
  const purpose = FUNDS.test(measure) ? PURPOSE_AFTER.exec(text.slice(end, end + 12))?.[1] ?? '' : '';
  // 全市一般公共预算支出累计完成1007.41亿元，年均增长3.7%: a cumulative figure with a yearly average after it is a total over
  // several years, not the year's 全市一般公共预算支出完成212.71亿元 (round 31, 中卫 2025 budget report's 五年来 paragraph).
  const years = /累计/.test(measure) && /^[，,]?年均/.test(text.slice(end, end + 3)) ? '累计年均' : '';
  // 收入总量为499万元。支出总量为499万元。市本级…收入总量为326万元。支出总量为326万元; 市级…收入合计259.42亿元。一般公共预算支出
  // 119.72亿元，加上…，支出合计259.42亿元: a total whose sentence names no level (全市, 市级, 市本级…) is of the level the sentence
  // before named (round 31, 固原 and 常德 2025 budget reports).
  const named = sectional ? chain || subject || subjectBefore(clausesBefore(text, start)) : '';
  const level = sectional && !LEVEL.test(measure) && !LEVEL.test(named) ? (LEVEL.exec(clausesBefore(text, start)) ?? LEVEL.exec(previousSentence(text, start)))?.[0] ?? '' : '';
  // 南海救助局所属“南海救116”轮总吨为3681，总功率为9000千瓦。…“南海救101”轮总吨为4091，总功率为13860千瓦 (a guiding case of the
  // Supreme People's Court, round 38's heldout-s38c): a name in quotation marks earlier in the sentence (a ship, a product, a
  // project) names what the figure is of; another name is another thing. The same name keeps the figures comparable.
  const quoted = QUOTED_NAME.exec(sentence)?.[1] ?? '';
  return [named, level, anaphoric, lead || unread, headed, counted, purpose, years, quoted && `“${quoted}”`].filter(Boolean).join('|');
}

/** The clause that ends a sentence's text before a rate, when it holds a figure: 得票817万余张， (group 1). */
const CLAUSE_WITH_FIGURE = /(?:^|[，,；;：:])([^，,；;：:]*[0-9０-９][^，,；;：:]*)[，,]$/;
/** A clause that adds to or takes from a budget figure (加上上级补助收入…, 减去…): a sum after it totals the chain. */
const ADDITION = /^(?:再)?(?:加上|加|减去|扣除)/;
/** The text from the start of the sentence holding `at`, or of the one before when that sentence opens with 加上/减去…. */
function additionChain(text: string, at: number): string {
  const limit = Math.max(0, at - 2 * MAX_CLAUSES);
  let from = Math.max(limit, sentenceStart(text, at, FULL_STOP));
  if (from > limit && ADDITION.test(text.slice(from, at))) from = Math.max(limit, sentenceStart(text, from - 1, FULL_STOP));
  return text.slice(from, at);
}
/** A budget flow that names no budget: 收入, 全市收入完成, 市级支出执行. */
const GENERIC_FLOW = /^(?:全[市区县省州盟旗]|市级|市本级|本级|区级|县级|州级)?(?:收入|支出)(?:完成|实现|执行)?$/;
/** A numbered heading that opens a paragraph and ends at its first full stop: 2.政府性基金预算。 */
const INLINE_HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])([^，。；！？,;!?\d]{2,20})。/;
function inlineHeading(text: string): string {
  return INLINE_HEADING.exec(text)?.[1] ?? '';
}
/** A count of a named thing right before a statement in its sentence: 中等职业技术学校57所， 农村低保对象61694人，. */
// 2023年共安排5个省级专项资金及专项业务费项目，全年预算数为79425万元 … 2023年共安排4个中央专项资金，全年预算数为49790万元: the
// counted thing may follow its count (round 34, a provincial final account's evaluation reports).
const COUNT_BEFORE = /[\u4e00-\u9fa5]{2,}\d+(?:\.\d+)?(?:万|亿)?(?:所|个|家|户|人|名|座|处|项|条|台|辆|张)[\u4e00-\u9fa5]{0,16}[，,；;]$/;
function countedBefore(text: string, at: number): string {
  const chain = clausesBefore(text, at);
  return COUNT_BEFORE.test(chain) ? subjectBefore(chain) : '';
}
/** Money raised or spent (筹措资金, 累计筹集, 安排资金 …), which a clause after it may give a purpose. */
// 全市共投入19.38亿元，用于城镇污水处理服务。全市共投入14.01亿元，用于公交运营服务补贴: money put in or arranged (投入, 安排) by a
// scope alone names its object in the purpose after it, as money raised does (round 31, 东莞 2025 budget report: 8 false alarms).
const FUNDS = /(?:资金|筹集|筹措|统筹|争取|投入|安排)$/;
/** The purpose clause right after a figure: ，支持高标农田… (its first words). */
const PURPOSE_AFTER = /^[，,]?((?:全面|持续|大力|进一步|积极|重点)?(?:加大|支持|用于|落实|推动|推行|保障|支撑|助力|推进|促进|解决|实施|开展|完善|提高|确保|兑现|发放|加快|改善)[\u4e00-\u9fa5]{0,6})/;

/** A level of government named in a sentence: 全市, 市级, 市本级, 本级, 全省, 县级…. */
const LEVEL = /全[市区县省州盟旗]|[省市县区州旗]本级|本级|[省市县区州旗]级/;
/** A level that opens a sentence (its subject; 市本级国有资本…, 2025年，全市…), not one further in (…好于预期、全省靠前). */
const LEVEL_OPENS = new RegExp(`^[^，,、；;]{0,6}?(${LEVEL.source})`);

/**
 * The sentence before the one holding `at` (from its 。！？ back to the one before, at most MAX_CLAUSES characters), or ''.
 * The sentence holding `at` is read back at most MAX_SENTENCE characters, like every sentence edge: a run-on paragraph of
 * sums without a full stop must not cost n² (round 32; until then this walked back to the paragraph start).
 */
function previousSentence(text: string, at: number): string {
  const end = sentenceStart(text, at, FULL_STOP);
  if (end === 0 || !FULL_STOP.test(text.charAt(end - 1))) return '';
  return text.slice(Math.max(end - MAX_CLAUSES, sentenceStart(text, end - 1, FULL_STOP, MAX_CLAUSES)), end - 1);
}

/** What a sentence names before a statement: its words without periods, numbers, punctuation and spaces. */
function subjectBefore(sentence: string): string {
  return sentence.replace(PERIOD, '').replace(/[^\u4e00-\u9fa5]+/g, '');
}

/** The text before `at` back to the last 。！？ (semicolons included), at most MAX_CLAUSES characters back. */
function clausesBefore(text: string, at: number): string {
  return text.slice(sentenceStart(text, at, FULL_STOP, MAX_CLAUSES), at);
}
const MAX_CLAUSES = 200;

/** The sentence holding `at`, up to `at` (back to the last 。！？；, at most MAX_SENTENCE back: a run-on line must not cost n²); not the sentence before it (previousSentence). */
function sentenceUpTo(text: string, at: number): string {
  return text.slice(sentenceStart(text, at), at);
}

/** Every character PERIOD can match: no match spans any other character. 2 for 年 月 季 来 五 天, one of which every match holds. */
const PERIOD_CHARS = codeUnitBytes();
for (const c of '0123456789年上下半第一二三四五六七八九十季度-－—～~至月前个今本当近来以天') PERIOD_CHARS[c.charCodeAt(0)] = 1;
for (const c of '年月季来五天') PERIOD_CHARS[c.charCodeAt(0)] = 2; // 五 for 十四五, 天 for 第三天

/**
 * The last PERIOD match in text[0, end), or ''. No match spans a character outside PERIOD_CHARS, so the
 * global scan's matches are those of each run of such characters on its own: the runs are read
 * from the end and the first that holds a match gives the answer (a regular expression over the
 * whole paragraph would read it all and build a match for every 一年 or 以来 on the way).
 * The statements of a paragraph ask in ascending order, and the answer for a later end is remembered
 * from the earlier one: see lastPeriodUntil.
 */
function lastPeriod(text: string, end = text.length): string {
  // Every form of PERIOD holds 年, 月, 季, 来, 五 (十四五) or 天 (第三天): most paragraphs are settled by includes().
  const prefix = end === text.length ? text : text.slice(0, end);
  if (!prefix.includes('年') && !prefix.includes('月') && !prefix.includes('季') && !prefix.includes('来') && !prefix.includes('五') && !prefix.includes('天')) return '';
  const known = text === askedText && end >= askedEnd ? askedEnd : -1;
  const answer = lastPeriodUntil(text, end, known);
  askedText = text;
  askedEnd = end;
  askedAnswer = answer;
  return answer;
}

/**
 * The period in force at `end`: the last one named, but 当年 (当年收支平衡, 当年预算结余) names none of its own — it is the
 * year already in force, named before it (round 31, budget reports: a 2026 draft's 全市政府性基金预算收入… after 当年收支平衡
 * was compared with the 2025 execution's, both keyed 当年; 朝阳 2025, 5 false alarms).
 */
function namedPeriod(text: string, end = text.length): string {
  let period = lastPeriod(text, end);
  while (period === '当年') {
    end = text.lastIndexOf('当年', end - 2);
    if (end < 0) return '';
    period = lastPeriod(text, end);
  }
  return period;
}

/** The last call of lastPeriod that read the runs: its text, end and answer. */
let askedText: string | undefined;
let askedEnd = -1;
let askedAnswer = '';

/**
 * The runs of text[0, end) from the last. A run that ends at or before `known` (an earlier end of the same
 * text, or -1) is a whole run there too, and that call read every run from its own end down to the one
 * that gave its answer: from the first such run on, the answer is the same.
 */
function lastPeriodUntil(text: string, end: number, known: number): string {
  while (end > 0) {
    while (end > 0 && !PERIOD_CHARS[text.charCodeAt(end - 1)]) end--;
    if (end <= known) return askedAnswer;
    let start = end;
    let key = false; // a 年 月 季 or 来 in the run: without one it holds no match (一个, 第一, 以上)
    while (start > 0) {
      const flag = PERIOD_CHARS[text.charCodeAt(start - 1)];
      if (!flag) break;
      if (flag === 2) key = true;
      start--;
    }
    if (end - start >= 2 && key) {
      const run = text.slice(start, end);
      let last = '';
      PERIOD.lastIndex = 0;
      // 比2025年执行数增长2%, 比“十三五”时期增长25.6%: a period right after 比/较 is the base of a comparison, not the period
      // of what the sentence states (round 31, 上海 2025 budget report).
      // 与2019年预算持平, 同上年相比, 和2019年基本持平: a period after 与/同/和/跟 that its clause compares with (持平, 相比…) is such a
      // base too (round 36, People's Daily's text of the 2020 budget report: 中央预备费500亿元，与2019年预算持平 put 2019 in force
      // over the 2020 budget's figures, 2 false alarms; round 34's s34p2 had 2 more).
      const base = /[比较較][“"]?$/.test(text.slice(Math.max(0, start - 2), start)) || comparedWith(text, start, end);
      for (let m = PERIOD.exec(run); m; m = PERIOD.exec(run)) if (!(base && m.index === 0)) last = m[0];
      if (last) return last;
    }
    end = start;
  }
  return '';
}

/** A clause that compares with what it names after 与/同/和/跟: 与2019年预算持平, 同上年相比, 和去年同期相当. */
const COMPARED_TAIL = /^[^，。；：！？,;:!?]{0,12}?(?:持平|相比|相较|相當|相当|相同|一致|比较|比較)/;
/** The run text[start, end) is a period after 与/同/和/跟 that its clause compares with (the base of a comparison). */
function comparedWith(text: string, start: number, end: number): boolean {
  return /[与與同和跟]$/.test(text.slice(Math.max(0, start - 1), start)) && COMPARED_TAIL.test(text.slice(end, end + 16));
}

/**
 * A numbered heading (1.全国一般公共预算。, （二）政府性基金预算, 二、中央预算): a budget report repeats
 * 收入总量为…/支出总量为… under 全国, 中央 and 地方, each the total of its own heading.
 */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])[^，。；！？,;!?]{1,30}[。：:]?$/;

/** The level of a numbered heading: 一、 0, （一） 1, 1. 2, （1） 3. */
function headingLevel(heading: string): number {
  if (/^[一二三四五六七八九十]+、/.test(heading)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(heading)) return 1;
  if (/^\d{1,2}[.．、]/.test(heading)) return 2;
  return 3;
}

interface Summary {
  statements: Statement[];
  /** The paragraph is a numbered heading: its text, else ''. */
  heading: string;
  /** Totals whose parts (其中…) do not add up; offsets relative to the paragraph. */
  sums: PartsSum[];
}

/** The summary of a paragraph without statements or sums (most): one shared, read-only object. */
/** HEADING's numbering starts (一、 （一） 1.) by code: most paragraphs start with none, and HEADING is not tried. */
const HEADING_FIRST = codeUnitBytes();
for (const c of '一二三四五六七八九十（(0123456789') HEADING_FIRST[c.charCodeAt(0)] = 1;

/** Whether the first character after HEADING's leading space can start its numbering (trimStart drops what \s matches). */
function mayBeHeading(text: string): boolean {
  return HEADING_FIRST[text.trimStart().charCodeAt(0)] === 1;
}

const NO_FIGURES: Summary = Object.freeze({ statements: Object.freeze([]) as unknown as Statement[], sums: Object.freeze([]) as unknown as PartsSum[], heading: '' });


const rule = defineRule({
  meta: {
    id: 'figure-consistency',
    name: { zh: '前后数据不一致', en: 'Figures stated twice' },
    description: {
      zh: '同一文档中同一数据（同一主体、指标和时段）前后出现两次而数值不同，如摘要“全年共立案408起”、正文“全年立案418起”；“共……其中……”列全的各分项之和与总数不符。',
      en: 'The same figure (same subject, measure and period) stated twice in one document with different values, e.g. 全年共立案408起 in the summary and 全年立案418起 in the body; and parts listed in full after 其中 that do not add up to their total.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'document',
    options: {
      partsSum: {
        type: 'boolean',
        default: true,
        description: {
          zh: '是否核对“共…其中…”中列全的各分项之和是否等于总数',
          en: 'Check that the parts listed after 其中 add up to their total when the list names every part',
        },
      },
    },
    messages: {
      partsSum: {
        zh: '分项之和与总数不符：“其中”所列各分项合计{{sum}}（{{terms}}），不等于总数{{whole}}。请核对总数或各分项。',
        en: 'The parts do not add up to the total: the parts listed after 其中 make {{sum}} ({{terms}}), not {{whole}}. Check the total or the parts.',
      },
      sharesSum: {
        zh: '各分项比例之和不是100%：“其中”所列已是全部分项，合计却为{{sum}}（{{terms}}）。请核对各分项比例。',
        en: 'The shares do not add up to 100%: the parts listed after 其中 are all the parts, yet they make {{sum}} ({{terms}}). Check the shares.',
      },
      differs: {
        zh: '前后数据不一致：此处“{{second}}”，前文第{{line}}行为“{{first}}”。请核对原始数据，统一为正确的数值。',
        en: 'Figures differ: "{{second}}" here, but "{{first}}" on line {{line}}. Check the source data and use the right value in both places.',
      },
    },
  },
  summarize(paragraph): Summary {
    const statements = statementsOf(paragraph);
    const sums = partsSumMismatches(paragraph.text, paragraph.anchors);
    const heading = mayBeHeading(paragraph.text) && HEADING.test(paragraph.text) ? paragraph.text.trim() : '';
    return statements.length === 0 && sums.length === 0 && !heading ? NO_FIGURES : { statements, sums, heading };
  },
  checkDocument(paragraphs, summaries, ctx) {
    // The option is read here, not in summarize: summaries are cached by paragraph text alone.
    if (ctx.options.partsSum !== false) {
      // Index loops: a closure and an iterator per paragraph were garbage for every paragraph without a sum (nearly all).
      for (let k = 0; k < paragraphs.length; k++) {
        const sums = summaries[k]?.sums;
        const paragraph = paragraphs[k];
        for (let i = 0; sums && paragraph && i < sums.length; i++) {
          const sum = sums[i];
          if (sum) reportPartsSum(ctx, paragraph.start, sum);
        }
      }
      for (const sum of partsSumAcrossLines(paragraphs)) reportPartsSum(ctx, 0, sum);
    }
    const first = new Map<string, { statement: Statement; paragraph: Paragraph }>();
    let section = '';
    const headings: string[] = [];
    /**
     * The period in force after paragraph k (the one named last up to its end, carried into the next
     * paragraphs), by k: found only when a later statement names no period of its own, and filled in
     * as asked for (most paragraphs are never read for it).
     */
    const carried: string[] = [];
    const carriedAfter = (k: number): string => {
      // Back to the nearest paragraph that names a period or whose answer is known; each paragraph is read once.
      let j = k;
      let found = '';
      for (; j >= 0; j--) {
        const known = carried[j];
        if (known !== undefined) {
          found = known;
          break;
        }
        const paragraph = paragraphs[j];
        if (!summaries[j] || !paragraph) continue;
        const period = namedPeriod(paragraph.text);
        if (period) {
          found = period;
          break;
        }
      }
      for (let i = Math.max(j, 0); i <= k; i++) carried[i] = found;
      return found;
    };
    // An index loop: entries() built an iterator result and a pair for every paragraph.
    for (let k = 0; k < paragraphs.length; k++) {
      const paragraph = paragraphs[k];
      const summary = summaries[k];
      if (!summary || !paragraph) continue; // one summary per paragraph
      if (summary.heading) {
        // （三）全市收支预算草案 ⏎ 4.社会保险基金预算 … （四）市本级收支预算草案 ⏎ 4.社会保险基金预算: a total belongs to the whole
        // path of headings above it, not only the nearest (round 31, 安康 2025 budget report's 支出总计 of the city and the city level).
        const level = headingLevel(summary.heading);
        headings.length = Math.min(headings.length, level);
        headings[level] = summary.heading;
        section = headings.filter(Boolean).join('/');
      }
      const statements = summary.statements;
      for (let i = 0; i < statements.length; i++) {
        const statement = statements[i];
        if (!statement) continue;
        const period = statement.period || carriedAfter(k - 1);
        const key = `${period}|${statement.key}${statement.sectional ? `|${section}` : ''}`;
        let earlier = first.get(key);
        if (!earlier) {
          first.set(key, { statement, paragraph });
          // …累计建成高标准农田4128万亩，粮食播种面积稳定在6200万亩…。累计建成高标准农田4628万亩。 A figure said again as a sentence
          // of its own names nothing beside its measure (no subject, no count before it, no purpose after it): it restates the one
          // figure of that measure and unit its paragraph stated earlier in the same period, whatever scopeOf read around that one
          // (round 38). Only within the paragraph, and only when the paragraph stated exactly one such figure before.
          const again = statement.alone ? restated(statements, i, period, carriedAfter(k - 1)) : undefined;
          if (!again) continue;
          earlier = { statement: again, paragraph };
        }
        if (earlier.statement.value === statement.value) continue;
        const firstStart = earlier.paragraph.start + earlier.statement.start;
        const firstEnd = earlier.paragraph.start + earlier.statement.end;
        const line = earlier.paragraph.line + 1;
        ctx.report({
          messageId: 'differs',
          data: { first: earlier.statement.text, second: statement.text, line },
          start: paragraph.start + statement.start,
          end: paragraph.start + statement.end,
          detail: {
            zh: `第${line}行：${earlier.statement.text}\n第${paragraph.line + 1}行：${statement.text}`,
            en: `Line ${line}: ${earlier.statement.text}\nLine ${paragraph.line + 1}: ${statement.text}`,
          },
          related: [{
            start: firstStart,
            end: firstEnd,
            message: { zh: `前文：“${earlier.statement.text}”`, en: `Stated first here: "${earlier.statement.text}"` },
          }],
        });
      }
    }
  },
});

/**
 * The one earlier statement of the paragraph with the same bare measure and unit and the same period as statements[i] (a sentence
 * of its own), or undefined when there is none or more than one (两类工单各有满意率: which one is restated cannot be told).
 */
function restated(statements: Statement[], i: number, period: string, carried: string): Statement | undefined {
  const statement = statements[i];
  if (!statement) return undefined;
  let found: Statement | undefined;
  for (let j = 0; j < i; j++) {
    const earlier = statements[j];
    if (!earlier || earlier.bareKey !== statement.bareKey || (earlier.period || carried) !== period) continue;
    // 全市…收入总量为499万元。支出总量为499万元。市本级…收入总量为326万元。支出总量为326万元 (固原 2025, round 31): a level that opens
    // the sentence before (市本级) must be the earlier figure's too.
    if (statement.level && !earlier.key.includes(statement.level)) continue;
    if (found && found.value !== earlier.value) return undefined;
    found = earlier;
  }
  return found;
}

/** Report a total whose parts do not add up; `at` is the offset its figures are relative to. */
function reportPartsSum(ctx: Context, at: number, found: PartsSum): void {
  const total = found.shares ? '100%' : found.whole.text;
  ctx.report({
    messageId: found.shares ? 'sharesSum' : 'partsSum',
    data: { whole: found.whole.text, sum: found.sum, terms: found.terms },
    start: at + found.whole.start,
    end: at + found.whole.end,
    detail: {
      zh: `分项：${found.terms} = ${found.sum}\n${found.shares ? '应合计' : '总数'}：${total}\n${found.sum} ≠ ${total}`,
      en: `parts: ${found.terms} = ${found.sum}\n${found.shares ? 'should make' : 'total'}: ${total}\n${found.sum} ≠ ${total}`,
    },
    related: found.parts.map((part) => ({
      start: at + part.start,
      end: at + part.end,
      message: { zh: `分项：“${part.text}”`, en: `Part: "${part.text}"` },
    })),
  });
}

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
