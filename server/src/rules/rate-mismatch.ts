// 比率核算: "排查X起，化解Y起，化解率Z%" — Z must equal Y ÷ X to the precision written.
// Only when the pairing is reliable. Two readings: a rate word of the table below with its numerator verb
// (化解/破案/办结…) and a total verb (排查/立/受理…); or any other X率 whose count repeats its whole stem X
// (开复工115个，开复工率), which asks more of the total (the sentence's only earlier count of the unit; a rate of
// change only over a base named by 比/较). The total is the nearest count of the same unit before the numerator.
// A rate of a table kind may also give its counts in brackets after it (办结率95%（受理120件，办结114件）).
// Verified rates get a hover note.
import { defineRule } from '../engine/types';
import { LV, PERCENT_SIGN } from '../text/char-classes';
import { plain, scanNumbers, tokensIn, toWidth, type NumberToken } from '../text/numbers';
import { checkRate, roundTo } from '../text/rates';
import { FULL_STOP, sentenceStart } from '../text/sentences';

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
  { names: ['办结率', '辦結率', '结案率', '結案率'], numerator: ['办结', '辦結', '结案', '結案', '审结', '審結'], denominator: /受理|接收|收到|交办|交辦|收案|接到|派单|派單/ },
  { names: ['整改率'], numerator: ['整改', '完成整改'], denominator: /排查|发现|發現|检查|檢查|查出|反映/ },
  { names: ['合格率'], numerator: ['合格'], denominator: /抽检|抽檢|检测|檢測|抽查|检查|檢查/ },
  { names: ['完成率'], numerator: ['完成'], denominator: /计划|計劃|下达|下達|任务|任務|目标|目標/ },
  { names: ['覆盖率', '覆蓋率'], numerator: ['覆盖', '覆蓋'], denominator: /共有|总数|總數/ },
];
/** Any 率 with an exact percentage after it is a rate; the run of up to 10 Han characters before it is its name (开复工率98.3%). */
const AFTER_NAME = /(?:高达|高達|达到|達到|达|達|为|為|是)?/y;
const TABLE_NAMES = KINDS.flatMap((k) => k.names);
/** Words that may open a clause before its verb: 全年共排查, 成功化解, 依法办结. */
const LEAD = /^(?:全年|全区|全區|全市|全县|全縣|共计|共計|累计|累計|共|成功|依法|有效|已|就|当年|當年|其中|实际|實際|仅|僅|实现|實現)*/;
/** Place and time before a rate's name (全市开复工率), not words that start one (就业率, 有效率, 成功率). */
const NAME_LEAD = /^(?:全年|全区|全區|全市|全县|全縣|当年|當年|其中)*/;
const CLAUSE_BREAK = /[，,；;。：:]/;
/** Where a count's own phrase starts: a clause break, 、 between two counts, or a bracket. */
const PHRASE_BREAK = /[，,；;。：:、（）()]/;
const DATE_UNITS = new Set(['年', '月', '日', '号', '號']);
/** A rate of change (增加率 = the increase ÷ the earlier figure): its base must be named by 比/较 (比起他上任時的53個). */
const CHANGE_STEM = /^(?:增加|增长|增長|减少|減少|下降|降低|提高|上升)$/;
const COMPARISON = /^(?:比起|比|较|較|相较|相較)|^(?:与|與|同)[^，,]*(?:相比|相較|相较)/;
/** Clauses that say the numerator is a part of a part, or another base, between the counts or before the rate. */
const OTHER_BASE = /其|类|類|平均|同比|环比|環比/;

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

/**
 * A figure a rate may be of: exact (no 余/约/以上), with a unit. Since round 34 also an amount with decimals or 万/亿
 * (下达资金4000万元，实际支出1707.78万元，支出率为42.69%: performance-evaluation reports): the rate is then reported only
 * when no figures that round to the written ones give it (2.9万 may be 2.85万–2.95万).
 */
function usable(t: NumberToken | undefined): t is NumberToken {
  return Boolean(t && !t.percent && t.exact && t.unit && !t.ordinal && t.value > 0);
}

/** Inside brackets opened after `from` that close before `limit`: a breakdown (产业项目83个，基础设施项目34个), not a total. */
function inBrackets(text: string, from: number, at: number, limit: number): boolean {
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0) return false;
  const close = text.slice(from + open, limit).search(/[）)]/);
  return close >= 0 && open + close > at - from;
}

/** A rate found in the text: its name, the stem before 率 and the percentage. */
interface RateSite {
  name: string;
  nameAt: number;
  /** The name without 全年/全市… before it: the verb phrase a count must repeat (开复工, 按时结案). */
  stem: string;
  kind: RateKind | undefined;
  qualifier: string | undefined;
  rate: NumberToken;
}

function rateSite(text: string, at: number, tokens: readonly NumberToken[]): RateSite | undefined {
  AFTER_NAME.lastIndex = at + 1;
  AFTER_NAME.test(text);
  const end = AFTER_NAME.lastIndex;
  const rate = tokensIn(tokens, end, end + 1).find((t) => t.percent);
  if (!rate?.exact) return undefined;
  let nameAt = at;
  while (nameAt > at - 10 && /[\u4e00-\u9fff]/.test(text.charAt(nameAt - 1))) nameAt--;
  const run = text.slice(nameAt, at);
  const stem = run.replace(NAME_LEAD, '');
  // A table kind whose name ends the run, with nothing before it but a qualifier (按期办结率; not 投资完成率, 一般類化解率).
  const tableName = TABLE_NAMES.find((n) => `${stem}率`.endsWith(n));
  const prefix = tableName ? `${stem}率`.slice(0, -tableName.length) : '';
  const qualifier = QUALIFIER.exec(prefix)?.[0];
  const known = tableName !== undefined && prefix === (qualifier ?? '');
  const kind = known ? KINDS.find((k) => k.names.includes(tableName)) : undefined;
  return { name: `${stem}率`, nameAt: nameAt + run.length - stem.length, stem, kind, qualifier: known ? qualifier : undefined, rate };
}

/** The text a count's verb is in: from the last clause break, 、, bracket or number before it. */
function leadOf(text: string, tokens: readonly NumberToken[], t: NumberToken): string {
  const from = sentenceStart(text, t.start, PHRASE_BREAK);
  const previous = tokensIn(tokens, from, t.start).filter((p) => p.end <= t.start).pop();
  return text.slice(Math.max(from, previous?.end ?? 0), t.start);
}

/** How a count says the rate's verb. */
interface Reading {
  how: 'table' | 'stem';
  /** Where the verb starts (the total's phrase ends there) and where the numerator's phrase ends. */
  verbAt: number;
  after: number;
  /** The thing counted when the count names it (开复工项目115个 → 项目): the total must count it too. */
  object: string;
}

const DONE = /^(?:已|均已|均)?(.*?)了?$/;
/** A rate of money or output (投资完成率), not of the things counted. */
const AMOUNT = /投资|投資|资金|資金|金额|金額|产值|產值|收入|营收|營收|产量|產量/;

/**
 * The count says the rate's own verb: 化解17918起 (a known kind's verb, then anything), or the rate's whole stem —
 * before the count (开复工115个, 整改任务已完成1398项, 增加了43個, 开复工项目115个) or after it (中1398项已完成, 360人合格) —,
 * or the stem's verb after a subject the total counts (化解17918起，矛盾纠纷化解率).
 */
function readCount(text: string, tokens: readonly NumberToken[], site: RateSite, t: NumberToken): Reading | undefined {
  const lead = leadOf(text, tokens, t);
  const leadAt = t.start - lead.length;
  const core = lead.replace(LEAD, '');
  const coreAt = leadAt + lead.length - core.length;
  const phrase = lead.replace(/(?:了|数为|數為)$/, '');
  const stem = site.stem;
  if (stem.length >= 2) {
    // The words before the stem are all leads (已实现就业: not 已实现 + 就 + 业, 就 being a lead too).
    if (phrase === stem || phrase.replace(LEAD, '') === stem || phrase.endsWith(`已${stem}`) || (phrase.endsWith(stem) && phrase.slice(0, -stem.length).replace(LEAD, '') === '')) return { how: 'stem', verbAt: leadAt + phrase.lastIndexOf(stem), after: t.end, object: '' };
    // 完成整改1055个，整改完成率达83.6% (益阳 2025, round 38): a two-word stem said in the other order is the same verb phrase.
    if (stem.length === 4 && phrase.replace(LEAD, '') === `${stem.slice(2)}${stem.slice(0, 2)}`) return { how: 'stem', verbAt: leadAt + phrase.length - 4, after: t.end, object: '' };
    // The rate names its subject before the verb (化解17918起，矛盾纠纷化解率): the total must count that subject.
    const verb = phrase.replace(LEAD, '');
    const subject = stem.slice(0, stem.length - verb.length);
    if (verb.length >= 2 && stem.endsWith(verb) && /^[\u4e00-\u9fff]{2,6}$/.test(subject) && !AMOUNT.test(subject) && !QUALIFIER.test(subject)) return { how: 'stem', verbAt: coreAt, after: t.end, object: subject };
    const object = core.startsWith(stem) ? core.slice(stem.length) : '';
    if (/^[一-鿿]{2,6}$/.test(object)) return { how: 'stem', verbAt: coreAt, after: t.end, object };
    const tail = /^[^，,、；;。：:（）()\d]{1,6}/.exec(text.slice(t.end, t.end + 6))?.[0] ?? '';
    // 1155个水功能区有1032个达标，达标率89.4%: of the things just counted, so many have the stem (round 34).
    if ((/^(?:[^，,]*中)?有?$/.test(core) || /^[^，,、\d]{1,8}有$/.test(core)) && DONE.exec(tail)?.[1] === stem) return { how: 'stem', verbAt: t.start, after: t.end + tail.length, object: '' };
  }
  if (!site.kind) return undefined;
  let clause = core;
  if (site.qualifier) {
    if (!clause.startsWith(site.qualifier)) return undefined;
    clause = clause.slice(site.qualifier.length);
  }
  return site.kind.numerator.some((verb) => clause.startsWith(verb)) ? { how: 'table', verbAt: coreAt, after: t.end, object: '' } : undefined;
}

/**
 * The numerator: the count right before the rate (化解17918起，化解率), or — when the count repeats the rate's whole stem —
 * one with up to two short clauses of other counts or rates between (按时结案597件，超时办理4件，结案率100%，按时结案率99%).
 */
function findNumerator(text: string, tokens: readonly NumberToken[], site: RateSite, from: number): { count: NumberToken; reading: Reading } | undefined {
  const before = tokensIn(tokens, from, site.nameAt).filter((t) => t.end <= site.nameAt);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i];
    if (!t) break;
    const reading = usable(t) ? readCount(text, tokens, site, t) : undefined;
    const between = text.slice(reading?.after ?? t.end, site.nameAt);
    const direct = /^[，,]?[\u4e00-\u9fff]{0,4}$/.test(between) && !OTHER_BASE.test(between);
    if (!direct && !otherCountsBetween(between, t.unit)) return undefined;
    if (reading && (direct || reading.how === 'stem')) return { count: t, reading };
  }
  return undefined;
}

/** ，超时办理4件，结案率100%，: one or two short clauses, each a count of the same unit or a percentage. */
function otherCountsBetween(between: string, unit: string): boolean {
  const pieces = between.split(/[，,]/);
  const middle = pieces.slice(1, -1);
  if (pieces[0] !== '' || middle.length === 0 || middle.length > 2 || !/^[\u4e00-\u9fff]{0,4}$/.test(pieces[pieces.length - 1] ?? '')) return false;
  return middle.every((p) => p.length <= 12 && !OTHER_BASE.test(p) && !/比/.test(p) && ((p.endsWith(unit) && /\d$/.test(p.slice(0, -unit.length))) || /\d[%％]$/.test(p)));
}

/**
 * The total: the nearest count before the numerator, skipping the dates of a clause of time and a bracketed breakdown.
 * `alone`: it is the sentence's only count of that unit before the numerator, so an elided object can only be its things.
 */
function findDenominator(text: string, tokens: readonly NumberToken[], numerator: NumberToken, from: number): Total | undefined {
  const timeClause = timeClauseBefore(text, numerator.start);
  const before = tokensIn(tokens, from, numerator.start).filter((t) => t.end <= numerator.start);
  const skipped = (t: NumberToken) => (t.start >= (timeClause ?? Infinity) && DATE_UNITS.has(t.unit)) || inBrackets(text, from, t.start, numerator.start);
  const counted = before.filter((t) => !skipped(t));
  const count = counted.pop();
  if (!count || !usable(count) || count.unit !== numerator.unit) return undefined;
  return { count, timeClause, alone: !counted.some((t) => t.unit === count.unit) };
}

interface Total {
  count: NumberToken;
  timeClause: number | undefined;
  alone: boolean;
}

/**
 * The two counts are in neighbouring clauses or one clause (排查…X起，化解Y起; 2164项整改任务已完成1398项; 147件、办结133件),
 * with no 其中 between; a bracketed breakdown and a clause of time between are left out.
 */
function inNeighbouringClauses(text: string, denominator: NumberToken, numerator: NumberToken, timeClause: number | undefined): boolean {
  const gap = text.slice(denominator.end, timeClause !== undefined && timeClause > denominator.end ? timeClause - 1 : numerator.start);
  // 其中 may open the numerator's own clause (共排查200起，其中化解180起), not stand between.
  const unbracketed = gap.replace(/[（(][^（()）]*[）)]/g, '').replace(/([，,])其中/, '$1');
  return /^[^，,；;。：:]*[，,]?[^，,；;。：:]*$/.test(unbracketed) && !/其中/.test(unbracketed);
}

/** A known kind: the total's clause says a total verb (排查/受理/立…), not the numerator's. */
function saysKindTotal(site: RateSite, totalPhrase: string): boolean {
  const kind = site.kind;
  return Boolean(kind && kind.denominator.test(totalPhrase) && !kind.numerator.some((verb) => totalPhrase.includes(verb)));
}

/**
 * Any other rate named after the count's verb: the count stands alone (开复工115个，) so it counts the total's things, the
 * total's phrase does not say the verb itself, the part is not more than the whole, and a rate of change is over its 比-base.
 */
function fitsStemTotal(text: string, site: RateSite, reading: Reading, total: Total, part: number, totalPhrase: string): boolean {
  if (!/[，,、]/.test(text.charAt(reading.after))) return false;
  if (reading.object && !totalPhrase.includes(reading.object.slice(-2))) return false;
  // 应参保1200人，实际参保1150人: a total that says 应 + the verb is the one the rate is of.
  if (totalPhrase.replace(new RegExp(`[应應]${site.stem}`, 'g'), '').includes(site.stem)) return false;
  if (CHANGE_STEM.test(site.stem)) return COMPARISON.test(totalPhrase);
  // 审定80.89亿元，审减6.42亿元，审减率7.35%: a rate of a cut (审减, 核减, 节约) is over the amount before the cut
  // (6.42 ÷ 87.31), and the figure before it is often what remained (round 34, a city budget report).
  if (/[减減]|节约|節約|节省|節省/.test(site.stem)) return false;
  // 全市共有行政村300个，建成5G基站1200个，覆盖285个: with two totals of the unit, which one is covered is not said.
  return total.alone && part <= total.count.value;
}

interface Counts {
  numerator: NumberToken;
  denominator: NumberToken;
}

/** The forward reading: the counts before the rate (排查18161起，化解17918起，化解率98.66%). */
function countsBefore(text: string, tokens: readonly NumberToken[], site: RateSite): Counts | undefined {
  const from = sentenceStart(text, site.nameAt);
  const found = findNumerator(text, tokens, site, from);
  if (!found) return undefined;
  const numerator = found.count;
  const total = findDenominator(text, tokens, numerator, from);
  if (!total || !inNeighbouringClauses(text, total.count, numerator, total.timeClause)) return undefined;
  const denominator = total.count;
  // The total's phrase runs on to the numerator's verb: 督察整改方案明确的2164项整改任务已 | 完成1398项.
  const totalAt = sentenceStart(text, denominator.start, CLAUSE_BREAK);
  if (/其中/.test(text.slice(totalAt, denominator.start))) return undefined; // the "total" is itself a part
  const totalPhrase = text.slice(totalAt, found.reading.verbAt);
  const reading = found.reading;
  const table = saysKindTotal(site, totalPhrase) && !reading.object;
  if (!(reading.how === 'table' ? table : table || fitsStemTotal(text, site, reading, total, numerator.value, totalPhrase))) return undefined;
  return { numerator, denominator };
}

/**
 * A rate of a table kind with its counts in brackets right after it: 办结率95%（受理120件，办结114件）, 结案率为98.5%
 * （共受理200件，办结197件）. The brackets hold just the two counts, the total's clause (a total verb) then the
 * numerator's (the kind's verb, and the rate's qualifier if it has one).
 */
function countsInBrackets(text: string, tokens: readonly NumberToken[], site: RateSite): Counts | undefined {
  if (!site.kind || !/[（(]/.test(text.charAt(site.rate.end))) return undefined;
  const from = site.rate.end + 1;
  const close = text.slice(from).search(/[（()）]/);
  if (close < 0 || !/[）)]/.test(text.charAt(from + close))) return undefined;
  const to = from + close;
  const inside = tokensIn(tokens, from, to).filter((t) => t.end <= to);
  const [denominator, numerator] = inside;
  if (inside.length !== 2 || !usable(denominator) || !usable(numerator) || denominator.unit !== numerator.unit) return undefined;
  if (text.slice(numerator.end, to) !== '') return undefined;
  const reading = readCount(text, tokens, site, numerator);
  if (!reading || reading.object) return undefined;
  // One clause each: 受理120件 | ， | 办结114件 (the numerator's clause may open with 其中, 已…).
  const between = text.slice(denominator.end, reading.verbAt);
  if (!/^[，,、；;]/.test(between) || between.slice(1).replace(LEAD, '') !== '') return undefined;
  const totalPhrase = text.slice(from, denominator.start);
  if (CLAUSE_BREAK.test(totalPhrase) || OTHER_BASE.test(totalPhrase) || !saysKindTotal(site, totalPhrase)) return undefined;
  return { numerator, denominator };
}

// ——— round 34: a share after 其中 and a change between two stated figures ———
//
// Report text states a rate with its own figures in two frames besides X率: the share of a part named after 其中
// (政府债务425.96亿元，其中：区本级115.33亿元，占27%) and the change between two figures (由3.69件增加到9.54件，增长158%).
// Their figures are often amounts (亿元, 万人次) with decimals, so each may be rounded to its last written place: the
// rate is reported only when no figures that round to the written ones give it.

/** A figure of either frame: exact (no 余/约/以上), a unit, not a percentage or an ordinal; decimals and 万/亿 allowed. */
function figureUsable(t: NumberToken | undefined): t is NumberToken {
  return usable(t) && !DATE_UNITS.has(t.unit);
}

/** Head counts in 人 and 名 count the same people. */
const sameUnit = (a: NumberToken, b: NumberToken) => a.unit === b.unit || (/^[人名]$/.test(a.unit) && /^[人名]$/.test(b.unit));

/** Whether some figures that round to the written ones give the written rate (rounded half up or truncated). */
function fitsWithRounding(f: (n: number, d: number) => number, n: NumberToken, d: NumberToken, rate: NumberToken): boolean {
  const corners = [-1, 1].flatMap((sn) => [-1, 1].map((sd) => f(n.value + sn * n.roundingError, d.value + sd * d.roundingError)));
  const unit = 10 ** -rate.decimals;
  const eps = 1e-9 * Math.max(1, Math.abs(rate.value));
  return Math.max(...corners) >= rate.value - unit / 2 - eps && Math.min(...corners) < rate.value + unit - eps;
}

interface FigureRate {
  kind: 'share' | 'growth' | 'decline' | 'cutOfRest';
  numerator: NumberToken;
  denominator: NumberToken;
  rate: NumberToken;
  name: string;
  /** 其中…占 only: no share fits the whole, but the shares make 100% and fit the sum of the parts, which is this (round 38). */
  partsTotal?: string;
}

const RATE_OF = {
  share: (n: number, d: number) => (100 * n) / d,
  growth: (n: number, d: number) => (100 * (n - d)) / d,
  decline: (n: number, d: number) => (100 * (d - n)) / d,
  /** The cut over what was left and the cut together (审定80.89亿元，审减6.42亿元，审减率7.35%). */
  cutOfRest: (n: number, d: number) => (100 * n) / (n + d),
};

const SHARE_WORDS = /^[，,、](?:占|佔)(?:比|比重)?(?:为|為|达|達)?$/;
/** 占一般公共预算支出的73.5%: the share names its whole (captured), which must be the whole's own name. */
const SHARE_NAMED = /^[，,、](?:占|佔)([\u4e00-\u9fff]{2,12})的(?:比重|比例)?(?:为|為|达|達)?$/;
/** The whole's own change between it and 其中: ，下降0.6%； ，同比增长3.3%， */
// Round 36: also 比2019年预算增长6.9%。 (a year's budget as the base of the change; 开封 2019 budget report).
// Full-width digits too (增长３.３％), as scanNumbers reads them (round 36's final review: the share after it went unread).
const WHOLE_CHANGE = /^[，,](?:同比|比上年|可比口径|同口径|比[0-9０-９]{4}年(?:预算|預算|执行数|執行數)?)?(?:增长|增長|下降|增加|减少|減少)[0-9０-９]+(?:[.．][0-9０-９]+)?[%％][，,；;。：:]?$/;
/** A note in brackets right after the whole (2545.8亿元（含上年结转、上级补助等，下同）): about the whole, not another figure. */
const WHOLE_NOTE = /^[（(][^（）()\d]*[）)]/;
/** The whole's rank right after it (，总量列全省第3位，; ，居全市第2位): about the whole, not another figure. */
const WHOLE_RANK = /^[，,](?:总量|總量|规模|規模)?(?:列|居|位居|位列|排名|排)(?:全省|全市|全国|全國|全区|全區|全州)(?:第[0-9０-９]+(?:位|名))(?=[，,])/;
/** The whole's clause says a change or an average (增加120人, 年均), not a total its parts share. */
const NOT_A_WHOLE = /增|减|減|降|提高|上升|同比|环比|環比|比上年|比去年|均|每|超收|短收/;

/**
 * 其中…占: 政府债务425.96亿元，其中：区本级115.33亿元，占27%. The part is the first figure after 其中 (one clause, no other
 * figure before it), the share follows it bare (占, 占比 — not 占全省的: another base), and the whole is the figure right
 * before 其中 (no other between), in the sentence or, when 其中 opens a sentence, the one before, of the same unit.
 */
function shareAfterQiZhong(text: string, tokens: readonly NumberToken[]): FigureRate[] {
  const out: FigureRate[] = [];
  for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
    // 其中，用于教育、社会保障和就业、卫生健康等方面的民生领域支出154.44亿元，占…的77.3% (克孜勒苏 2025): a part's name may be long.
    const after = tokensIn(tokens, at + 2, at + 60).filter((t) => !t.ordinal);
    const part = after[0];
    if (!figureUsable(part) || !/^[：:，,]?[^，,；;。：:！？!?]*$/.test(text.slice(at + 2, part.start))) continue;
    const rate = after[1];
    if (!rate?.percent || !rate.exact || /^(?:个百分点|個百分點)/.test(text.slice(rate.end))) continue;
    const shareWords = text.slice(part.end, rate.start);
    const namedBase = SHARE_NAMED.exec(shareWords)?.[1];
    if (!namedBase && !SHARE_WORDS.test(shareWords)) continue;
    // The whole: the figure right before 其中, with nothing but its clause's end between.
    const opens = /[。！？!?]$/.test(text.slice(0, at));
    const from = sentenceStart(text, opens ? at - 1 : at, FULL_STOP);
    // A year inside the whole's change (比2019年预算增长6.9%) is no figure; the between test below still reads it.
    // A rank after the whole (314.8亿元，总量列全省第3位，其中民生领域支出236.4亿元，占比75.1%: 朝阳 2024 budget report, round 37)
    // is no figure either.
    const whole = tokensIn(tokens, from, at).filter((t) => t.end <= at && !t.percent && !t.ordinal && !DATE_UNITS.has(t.unit)).pop();
    if (!figureUsable(whole) || !sameUnit(whole, part)) continue;
    // 全市一般公共预算支出1517.1亿元，下降0.6%；其中：民生支出1114.4亿元，占一般公共预算支出的73.5% (round 35, budget reports and
    // statistical bulletins): the whole's own change may stand between it and 其中 when the share names the whole.
    const between = text.slice(whole.end, at).replace(WHOLE_NOTE, '').replace(WHOLE_RANK, '');
    // Round 36: a bare share (占54.2%) after the whole's own change too, but only in a list of shares that (but for one) fit it
    // (below): 95.4亿元，比2019年预算增长6.9%。其中：…基本支出51.7亿元，占54.2%；项目支出43.7亿元，占45.8%.
    const changed = !/^[，,。：:]?$/.test(between);
    if (changed && !WHOLE_CHANGE.test(between)) continue;
    const wholeClause = text.slice(sentenceStart(text, whole.start, /[，,；;。：:、！？!?]/), whole.start);
    if (NOT_A_WHOLE.test(wholeClause)) continue;
    // 占全部工业的56.2%: a base of another name than the whole's (工业增加值505亿元) is not read.
    if (namedBase && !wholeClause.endsWith(namedBase)) continue;
    // The other parts of the list, each with its share (；市县310.63亿元，占73%): when there are some, the shares must be
    // of this whole — all but one fit it — or they are of a larger total named before (省本级562万元、占比1.94%；转移支付
    // 各地市28438万元，其中福州6733万元、占比23.22%: of 29000万元), and the one that does not fit is reported.
    const shares = [{ part, rate }];
    const end = text.slice(rate.end).search(FULL_STOP);
    const rest = tokensIn(tokens, rate.end, end < 0 ? text.length : rate.end + end).filter((t) => !t.ordinal);
    for (let k = 0; k + 1 < rest.length; k++) {
      const [p, r] = [rest[k], rest[k + 1]];
      if (figureUsable(p) && sameUnit(p, whole) && r?.percent && r.exact && SHARE_WORDS.test(text.slice(p.end, r.start))) shares.push({ part: p, rate: r });
    }
    if (changed && !namedBase && shares.length < 2) continue;
    const off = shares.filter((x) => !fitsWithRounding(RATE_OF.share, x.part, whole, x.rate));
    const wrong = off[0];
    if (!wrong) continue;
    // A part over the whole (the shares are of something larger) is never read as one share off; with shares that make 100% and
    // fit the parts' sum it is one more sign that the whole is off (到期政府债务225.96亿元，其中：区本级115.33亿元，占27%；市县310.63亿元，占73%).
    const overWhole = shares.some((x) => x.part.value > whole.value);
    if (off.length === 1 && !overWhole) out.push({ kind: 'share', numerator: wrong.part, denominator: whole, rate: wrong.rate, name: '占比' });
    // 债务余额为314.8亿元，其中：一般债务余额222.4亿元，占64.5%；专项债务余额122.4亿元，占35.5% (round 38): no share fits the whole,
    // but the shares make 100% — the parts are all of it — and each fits the sum of the parts (344.8亿元): the whole is off. Round 34
    // left such lists alone (which of whole and base was meant could not be told); shares that make 100% tell it.
    else if (off.length === shares.length && !namedBase) {
      const total = partsTotal(shares);
      if (total) out.push({ kind: 'share', numerator: wrong.part, denominator: whole, rate: wrong.rate, name: '占比', partsTotal: total });
    }
  }
  return out;
}

/**
 * The sum of the parts (as written, 344.8亿元) when the shares make 100% (to their rounding) and each share fits that sum, or ''.
 * All parts carry the same unit and multiplier as the whole (sameUnit); the sum's rounding is the parts' together.
 */
function partsTotal(shares: readonly { part: NumberToken; rate: NumberToken }[]): string {
  const first = shares[0]?.part;
  if (!first || shares.some((x) => x.part.multiplier !== first.multiplier || x.part.unit !== first.unit)) return '';
  const sumRates = shares.reduce((n, x) => n + x.rate.value, 0);
  const rateSlack = shares.reduce((n, x) => n + 10 ** -x.rate.decimals, 0);
  if (Math.abs(sumRates - 100) > rateSlack) return '';
  const value = shares.reduce((n, x) => n + x.part.value, 0);
  const roundingError = shares.reduce((n, x) => n + x.part.roundingError, 0);
  const decimals = Math.max(...shares.map((x) => x.part.decimals));
  const sum: NumberToken = { ...first, value, roundingError, decimals };
  if (!shares.every((x) => fitsWithRounding(RATE_OF.share, x.part, sum, x.rate))) return '';
  const digits = /^[\d０-９.．]+/.exec(first.text)?.[0] ?? '';
  const written = Number(digits.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (!written) return '';
  const scale = first.value / written;
  return `${toWidth(plain(Number((value / scale).toFixed(decimals))), first.fullwidth)}${first.text.slice(digits.length)}`;
}

const UP = '增加|增长|增長|提高|上升|扩大|擴大|提升|增';
const DOWN = '减少|減少|下降|降低|缩减|縮減|压减|壓減|缩小|縮小|减|減|降';
const CHANGE_FROM = new RegExp(String.raw`^(?:的)?(?:(${UP})|(${DOWN}))(?:到|至)$`);
const CHANGE_BY = new RegExp(String.raw`^[，,、]?(?:(${UP})|(${DOWN}))(?:了|幅度为|幅度為)?$`);

/** 由3.69件增加到9.54件，增长158%; 从20家减少到15家，下降25%: the change over the earlier figure (not 年均: a yearly rate). */
function changeBetween(text: string, tokens: readonly NumberToken[]): FigureRate[] {
  const out: FigureRate[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const [a, b, rate] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (!a || !b || !rate || !/[从從由]/.test(text.charAt(a.start - 1))) continue;
    if (!figureUsable(a) || !figureUsable(b) || !sameUnit(a, b) || !rate.percent || !rate.exact) continue;
    const from = CHANGE_FROM.exec(text.slice(a.end, b.start));
    const by = CHANGE_BY.exec(text.slice(b.end, rate.start));
    if (!from || !by || Boolean(from[1]) !== Boolean(by[1]) || /^(?:个百分点|個百分點)/.test(text.slice(rate.end))) continue;
    const up = Boolean(from[1]);
    if (up ? !(b.value > a.value) : !(b.value < a.value)) continue;
    out.push({ kind: up ? 'growth' : 'decline', numerator: b, denominator: a, rate, name: by[1] ?? by[2] ?? '' });
  }
  return out;
}


/** A rate of a cut: what was taken off (审减, 核减, 压减, 节约) over what was put forward. */
const CUT_RATE = /(?:审减|審減|核减|核減|压减|壓減|节约|節約)率(?:为|為|达到|達到|达|達)?$/;
/** The cut itself: 审减6.42亿元, 审减金额176504万元, 核减资金, 节约资金. */
// 核减预算申请105.6亿元 (山东 2023 final account, round 37): what was cut may be named (预算, 预算申请, 申请资金) before its amount.
const CUT = /(?:审减|審減|核减|核減|压减|壓減|节约|節約)(?:预算|預算)?(?:申请|申請)?(?:金额|金額|资金|資金|投资|投資|经费|經費)?(?:共计|共計|为|為|达|達)?$/;
/** What was put forward: 送审金额229.43亿元, 项目申报金额, 评审金额, 审核金额, 涉及资金, 预算金额. */
// 123个项目共计24.5亿元，开展绩效评估，核减11.2亿元 (郑州 2025 budget report, round 37): the projects put forward, summed by 共计.
const PUT_FORWARD = /(?:送审|送審|申报|申報|评审|評審|审核|審核|涉及|预算|預算)(?:金额|金額|资金|資金|投资|投資)?(?:共计|共計|总计|總計|为|為|达|達)?$|(?:项目|項目)(?:金额|金額|资金|資金|投资|投資)?(?:共计|共計|总计|總計)$/;
/** What was left after the cut: 审定80.89亿元, 审定金额为19.46亿元, 中标金额16.6亿元. */
const LEFT = /(?:审定|審定|中标|中標|成交)(?:金额|金額|资金|資金)?(?:共计|共計|为|為|达|達)?$/;

/**
 * 送审金额229.43亿元，审减29.84亿元，审减率为13％ (round 35: the cut rates of financial review, 12 in the budget and city
 * reports of the clean folders): the rate is the cut over what was put forward (送审, 申报, 评审金额), or, when only what was
 * left is named (审定80.89亿元，审减6.42亿元), over that and the cut together; with what was put forward and what was left
 * (送审21.86亿元，审定19.46亿元), the difference over the first. The figures stand in the rate's sentence, before it, each
 * right after its word; a base of another name (核定, 交易) is not read.
 */
function cutRate(text: string, tokens: readonly NumberToken[]): FigureRate[] {
  const out: FigureRate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const rate = tokens[k];
    if (!rate?.percent || !rate.exact) continue;
    // 率 within the three characters before the rate (审减率为, 核减率达到) — most percentages have none.
    if (text.charAt(rate.start - 1) !== '率' && text.charAt(rate.start - 2) !== '率' && text.charAt(rate.start - 3) !== '率') continue;
    const named = CUT_RATE.exec(text.slice(Math.max(0, rate.start - 8), rate.start));
    if (!named) continue;
    const from = sentenceStart(text, rate.start, /[。；;！？!?]/);
    const before = tokensIn(tokens, from, rate.start).filter((t) => t.end <= rate.start);
    const lead = (t: NumberToken) => text.slice(Math.max(from, t.start - 12), t.start);
    const figures = before.filter((t) => figureUsable(t) && /[元]$/.test(t.unit));
    const cut = figures.filter((t) => CUT.test(lead(t))).pop();
    const base = figures.filter((t) => PUT_FORWARD.test(lead(t)) && (!cut || t.end <= cut.start)).pop();
    const left = figures.filter((t) => LEFT.test(lead(t)) && (!cut || t.end <= cut.start)).pop();
    const name = named[0].replace(/(?:为|為|达到|達到|达|達)$/, '');
    if (cut && base && sameUnit(cut, base) && cut.value < base.value) out.push({ kind: 'share', numerator: cut, denominator: base, rate, name });
    else if (cut && left && !base && sameUnit(cut, left)) out.push({ kind: 'cutOfRest', numerator: cut, denominator: left, rate, name });
    else if (!cut && base && left && sameUnit(base, left) && left.start > base.end && left.value < base.value) out.push({ kind: 'decline', numerator: left, denominator: base, rate, name });
  }
  return out;
}

/** 为调整预算的91.3%, 为年初预算的102.3%, 为预算的101.3%: the share of the budget done, with the budget's own name. */
const OF_BUDGET = /^[，,]?为(年初|调整|調整|年|全年)?预算数?的$|^[，,]?為(年初|调整|調整|年|全年)?預算數?的$/;
/** What was done: 实际完成312.9亿元, 完成444385万元, 执行. */
// 收入预算为139.5亿元，实际完成收入140.9亿元，为预算的101% (周口 2019 final account, round 37): the flow done may be named after
// the verb.
const DONE_BEFORE = /^[，,]?(?:实际|實際)?(?:完成|执行|執行)(?:收入|支出)?(?:数|數)?(?:为|為)?$/;
/** The budget: 预算调整为342.5亿元, 年初预算为43.5亿元, 收入预算31.78亿元, 年初预算合计17824万元. */
const BUDGET_LEAD = /(预算|預算|调整|調整)[^，,；;。]{0,8}$/;

/**
 * 预算调整为342.5亿元，实际完成312.9亿元，为调整预算的91.3% (round 35: budget execution in final-account and budget
 * reports, 78 of the injected rates of the 为…的 frame missed, none read before): the done figure right before the rate, the
 * budget right before it in the sentence, said as a budget. A rate of the adjusted budget (调整预算) needs a budget said
 * adjusted (调整为); one of the first budget (年初预算, 年预算) one that is not.
 */
function budgetShare(text: string, tokens: readonly NumberToken[]): FigureRate[] {
  const out: FigureRate[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const [budget, done, rate] = [tokens[k - 2], tokens[k - 1], tokens[k]];
    if (!budget || !done || !rate?.percent || !rate.exact || text.charAt(rate.start - 1) !== '的') continue;
    const of = OF_BUDGET.exec(text.slice(done.end, rate.start));
    if (!of || !figureUsable(done) || !figureUsable(budget) || !sameUnit(done, budget) || !/元$/.test(done.unit)) continue;
    if (!DONE_BEFORE.test(text.slice(budget.end, done.start)) || /^(?:个百分点|個百分點)/.test(text.slice(rate.end))) continue;
    const lead = BUDGET_LEAD.exec(text.slice(sentenceStart(text, budget.start, /[，,；;。！？!?]/), budget.start));
    if (!lead) continue;
    const which = of[1] ?? of[2] ?? '';
    const adjusted = /调整|調整/.test(text.slice(Math.max(0, budget.start - 12), budget.start));
    if (/调整|調整/.test(which) ? !adjusted : which && adjusted) continue;
    out.push({ kind: 'share', numerator: done, denominator: budget, rate, name: `占${which}预算的比例` });
  }
  return out;
}

/** 城镇化率, 常住人口城镇化率, 户籍人口城镇化率 (and 为/达 after it): the urban share of a population. */
const URBAN_RATE = /(常住人口|户籍人口|戶籍人口)?城[镇鎮]化率(?:为|為|达到|達到|达|達)?$/;
/** The urban population: 城镇人口191.17万人, 全市城镇常住人口489.3万人. */
const URBAN_PEOPLE = /城[镇鎮](?:常住|户籍|戶籍)?人口(?:为|為|达|達)?$/;
/** The whole population of the rate's kind, not a part of it (乡村人口, 城镇常住人口 are parts). */
const ALL_PEOPLE = { 常住: /(?<!城[镇鎮]|[乡鄉]村|[农農]村)常住人口(?:为|為|达|達)?$/, 户籍: /(?<!城[镇鎮]|[乡鄉]村|[农農]村)[户戶]籍(?:总)?人口(?:为|為|达|達)?$/ };
/** 应开工子项目个数31个，实际开工子项目个数24个，按时开工率77.4%: what was due and what was done, by one verb. */
const DUE_RATE = /(?:按时|按時|按期|及时|及時)?([\u4e00-\u9fff]{2})率(?:为|為|达到|達到|达|達)?$/;
/** 预算数49287万元，全年执行数44714.15万元，预算执行率90.72%: a rate named by its base and its done figure. */
const PLAN_DONE_RATE = /(预算|預算|计划|計劃|任务|任務)(执行|執行|完成)率(?:为|為|达到|達到|达|達)?$/;

/**
 * Round 36 (rate-mismatch's gaps left by round 35: bases named other than their counts). Three rates whose base is named by
 * a word of its own, each in one sentence, base before part before rate:
 * - 城镇化率: 常住人口708.3万人，其中全市城镇常住人口489.3万人，常住人口城镇化率为69.08% — the urban population over the
 *   resident one (户籍人口城镇化率 over the registered one), as statistical communiqués write it;
 * - 应开工子项目个数31个，实际开工子项目个数24个，按时开工率77.4% — what was done (实际 + verb) over what was due (应 + the same
 *   verb and the same words after it), the rate named by the verb;
 * - 预算数49287万元，全年执行数44714.15万元，预算执行率90.72% — the rate named by its base (预算, 计划, 任务) and its done
 *   figure (执行, 完成), each figure right after its own name + 数.
 */
function namedBaseRate(text: string, tokens: readonly NumberToken[]): FigureRate[] {
  const out: FigureRate[] = [];
  for (const rate of tokens) {
    if (!rate.percent || !rate.exact) continue;
    const window = text.slice(Math.max(0, rate.start - 14), rate.start);
    if (!/率(?:为|為|达到|達到|达|達)?$/.test(window)) continue;
    const from = sentenceStart(text, rate.start, /[。；;！？!?]/);
    const before = tokensIn(tokens, from, rate.start).filter((t) => t.end <= rate.start && figureUsable(t));
    // Another percentage between the figures and the rate belongs to another rate: only figures after the last one count.
    const lastPercent = tokensIn(tokens, from, rate.start).filter((t) => t.percent && t.end <= rate.start).pop();
    const figures = before.filter((t) => !lastPercent || t.start > lastPercent.end);
    const lead = (t: NumberToken) => text.slice(Math.max(from, t.start - 16), t.start);
    const urban = URBAN_RATE.exec(window);
    if (urban) {
      const kind = /[户戶]籍/.test(urban[1] ?? '') ? ALL_PEOPLE.户籍 : ALL_PEOPLE.常住;
      const people = figures.filter((t) => t.unit === '人');
      // The urban figure of the same population: 户籍 in its clause for a registered-population rate, not otherwise.
      const registered = (t: NumberToken) => /[户戶]籍/.test(lead(t).split(/[，,、：:]/).pop() ?? '');
      const part = people.filter((t) => URBAN_PEOPLE.test(lead(t)) && registered(t) === (kind === ALL_PEOPLE.户籍)).pop();
      const whole = part && people.filter((t) => t.end <= part.start && kind.test(lead(t))).pop();
      if (part && whole && part.value < whole.value) out.push({ kind: 'share', numerator: part, denominator: whole, rate, name: urban[0].replace(/(?:为|為|达到|達到|达|達)$/, '') });
      continue;
    }
    const planDone = PLAN_DONE_RATE.exec(window);
    if (planDone) {
      const [, base = '', done = ''] = planDone;
      const doneFigure = new RegExp(`${done}[数數](?:为|為|达|達)?$`);
      const baseFigure = new RegExp(`${base}[数數](?:为|為|达|達)?$`);
      const part = figures.filter((t) => doneFigure.test(lead(t))).pop();
      const whole = part && figures.filter((t) => t.end <= part.start && baseFigure.test(lead(t))).pop();
      if (part && whole && sameUnit(part, whole)) out.push({ kind: 'share', numerator: part, denominator: whole, rate, name: planDone[0].replace(/(?:为|為|达到|達到|达|達)$/, '') });
      continue;
    }
    const due = DUE_RATE.exec(window);
    if (!due) continue;
    const verb = due[1] ?? '';
    // 实际开工子项目个数24个 after 应开工子项目个数31个: the same verb and the same words between it and the figure.
    const doneFigure = new RegExp(`(?:实际|實際)${verb}([\u4e00-\u9fff]{0,8})$`);
    const doneAt = figures.map((t) => ({ t, m: doneFigure.exec(lead(t)) })).filter((x) => x.m).pop();
    if (!doneAt) continue;
    const object = doneAt.m?.[1] ?? '';
    const dueFigure = (t: NumberToken) => lead(t).endsWith(`应${verb}${object}`) || lead(t).endsWith(`應${verb}${object}`);
    const whole = figures.filter((t) => t.end <= doneAt.t.start && dueFigure(t)).pop();
    if (whole && sameUnit(doneAt.t, whole)) out.push({ kind: 'share', numerator: doneAt.t, denominator: whole, rate, name: due[0].replace(/(?:为|為|达到|達到|达|達)$/, '') });
  }
  return out;
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
    fixable: false,
    scope: 'paragraph',
    messages: {
      wholeOff: {
        zh: '占比与总数不符：“其中”各分项占比合计100%，分项之和为{{sum}}，总数却写作{{whole}}（{{written}}按{{whole}}算不对）。请核对总数。',
        en: 'The shares do not fit the total: the shares after 其中 make 100% and the parts add up to {{sum}}, yet the total is written {{whole}} ({{written}} does not fit it). Check the total.',
      },
      mismatch: {
        zh: '{{rate}}与计数不符：{{numerator}} ÷ {{denominator}} = {{computed}}%，文中为 {{written}}。请核对计数或比率。',
        en: '{{rate}} does not match the counts: {{numerator}} ÷ {{denominator}} = {{computed}}%, but the text says {{written}}. Check the counts or the rate.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    if (!(paragraph.classes & (LV | PERCENT_SIGN))) return; // no 率 and no % here (most paragraphs)
    // Without 率, only the frames of 其中…占, 从/由 A 到 B and 为…预算的X% can hold a rate of their figures.
    if (!(paragraph.classes & LV) && !/其中|[从從由]|[为為](?:年初|调整|調整|年|全年)?[预預]算[数數]?的[\d０-９]/.test(text)) return;
    const tokens = scanNumbers(text, paragraph.anchors);
    if (paragraph.classes & PERCENT_SIGN) {
      const cuts = [...(paragraph.classes & LV ? [...cutRate(text, tokens), ...namedBaseRate(text, tokens)] : []), ...budgetShare(text, tokens)];
      for (const found of [...shareAfterQiZhong(text, tokens), ...changeBetween(text, tokens), ...cuts]) {
        const { numerator, denominator, rate } = found;
        if (found.partsTotal) {
          const whole = text.slice(denominator.start, denominator.end);
          ctx.report({
            messageId: 'wholeOff',
            data: { whole, sum: found.partsTotal, written: rate.text },
            start: paragraph.start + rate.start,
            end: paragraph.start + rate.end,
            detail: {
              zh: `“其中”各分项占比合计100%，各分项之和为 ${found.partsTotal}\n${text.slice(numerator.start, numerator.end)} ÷ ${found.partsTotal} 与文中 ${rate.text} 相符，÷ ${whole} 不符`,
              en: `the shares after 其中 make 100% and the parts add up to ${found.partsTotal}\n${text.slice(numerator.start, numerator.end)} ÷ ${found.partsTotal} fits ${rate.text}, ÷ ${whole} does not`,
            },
            related: [{ start: paragraph.start + denominator.start, end: paragraph.start + denominator.end, message: { zh: `总数：${whole}`, en: `The total: ${whole}` } }],
          });
          continue;
        }
        const f = RATE_OF[found.kind];
        if ((found.kind !== 'share' || cuts.includes(found)) && fitsWithRounding(f, numerator, denominator, rate)) continue;
        const exact = f(numerator.value, denominator.value);
        const rounded = roundTo(exact, rate.decimals).toFixed(rate.decimals);
        const num = text.slice(numerator.start, numerator.end);
        const den = text.slice(denominator.start, denominator.end);
        const numeratorShown = found.kind === 'share' || found.kind === 'cutOfRest' ? num : found.kind === 'growth' ? `（${num} − ${den}）` : `（${den} − ${num}）`;
        const denominatorShown = found.kind === 'cutOfRest' ? `（${den} + ${num}）` : den;
        ctx.report({
          messageId: 'mismatch',
          data: { rate: found.name, numerator: numeratorShown, denominator: denominatorShown, computed: rounded, written: rate.text },
          start: paragraph.start + rate.start,
          end: paragraph.start + rate.end,
          // A suggestion, not a fix: the slip may be a count as well as the rate (the message says so), and fix-all or
          // fix-on-save would make the rate agree with a wrong count and hide it (round 38).
          suggestions: [{ start: paragraph.start + rate.numStart, end: paragraph.start + rate.numEnd, text: toWidth(rounded, rate.fullwidth) }],
          detail: {
            zh: `${found.name} = ${numeratorShown} ÷ ${denominatorShown} × 100% = ${exact.toFixed(Math.max(4, rate.decimals + 2))}…%\n按两个数字的末位四舍五入留出余量后仍不可能是 ${rate.text}`,
            en: `${found.name} = ${numeratorShown} ÷ ${denominatorShown} × 100% = ${exact.toFixed(Math.max(4, rate.decimals + 2))}…%\neven allowing for the rounding of both figures it cannot be ${rate.text}`,
          },
        });
      }
    }
    if (!(paragraph.classes & LV)) return;
    for (let at = text.indexOf('率'); at >= 0; at = text.indexOf('率', at + 1)) {
      const site = rateSite(text, at, tokens);
      if (!site || (!site.kind && site.stem.length < 2)) continue;
      const counts = countsBefore(text, tokens, site) ?? countsInBrackets(text, tokens, site);
      if (!counts) continue;
      const { numerator, denominator } = counts;
      const rateToken = site.rate;
      const name = site.name;

      const check = checkRate(numerator.value, denominator.value, rateToken.value, rateToken.decimals);
      // A rounded figure (2.9万, 1.21亿元) may stand for any value that rounds to it.
      if (!check.consistent && (numerator.roundingError > 0 || denominator.roundingError > 0) && fitsWithRounding(RATE_OF.share, numerator, denominator, rateToken)) continue;
      // 分年度目标应该是“新技术17项”，实际完成20项，完成率100%: a completion rate is capped at 100% when the target is
      // exceeded, as performance evaluations score it (round 34, a provincial final account's evaluation reports: 2).
      // 实际完成15项，完成率100% is still checked.
      if (!check.consistent && rateToken.value === 100 && check.exact > 100 && /完成|执行|執行|达成|達成/.test(name)) continue;
      const written = rateToken.text;
      // An amount with 万/亿 or decimals is shown as written (2040.92万元 ÷ 1.21亿元), a count as its number.
      const shown = (t: NumberToken) => (t.multiplier || t.decimals ? text.slice(t.start, t.end) : plain(t.value));
      const num = shown(numerator);
      const den = shown(denominator);
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
        suggestions: [{ start: paragraph.start + rateToken.numStart, end: paragraph.start + rateToken.numEnd, text: toWidth(check.rounded, rateToken.fullwidth) }],
        detail: {
          zh: `${name} = ${site.kind?.numerator[0] ?? site.stem}数 ÷ 总数 = ${num} ÷ ${den} × 100% = ${longer}%\n保留 ${rateToken.decimals} 位小数：四舍五入 ${check.rounded}%，截尾 ${check.truncated}%\n文中 ${written}，不一致`,
          en: `${name} = ${num} ÷ ${den} × 100% = ${longer}%\nto ${rateToken.decimals} decimal(s): rounded ${check.rounded}%, truncated ${check.truncated}%\nthe text says ${written}: inconsistent`,
        },
      });
    }
  },
});

export default rule;
