// 分别: "A、B和C……分别……x、y、z" must list as many things before 分别 as values after it.
// Precision first: when the number of things before 分别 is unclear, stay quiet.
import { defineRule } from '../engine/types';
import { itemLabel, listEndingAt, plausibleCounts, type ListRead } from '../text/number-lists';
import { FEN } from '../text/char-classes';
import { COUNT_CLASSIFIERS, scanNumbers, TIME_UNITS, tokensIn, type NumberToken } from '../text/numbers';
import { sentenceEnd, sentenceStart } from '../text/sentences';

const RESPECTIVELY = /分[别別]/g;
/** Words between the things and 分别 that are not part of the last thing (同比分别, 要分别). */
const BEFORE_RESPECTIVELY = /(?:同比|环比|環比|均|也|都|各|要|将|將|已|还|還|[，,]|\s)$/;
/**
 * What may stand between two values: 10.98%、8.5% · 3月和5月 · 增长5%、下降3% · a sign, 4.1%、-30% · a measure word the
 * number scanner has no unit for (林蜂…10万群和10万亩: bee colonies; 箱, 羽, 尾) · a bound or an approximation on a value
 * (分别增长6%、10%以上、7.5%左右: 贵州 2022, round 35's untouched set).
 */
const VALUE_GAP = /^(?:(?:以上|以下|以内|以內|左右|上下|开外|開外)?[群箱桶羽尾窝]?(?:、|和|与|與|及|以及|或))(?:[\u4e00-\u9fff]{0,4})[-－−+＋]?$/;
/** A comparison base after 分别 (分别比1995年增长…) is not one of the values. */
/** 分别 + a verb of sentencing + the persons listed again (判处张某某、毛某某有期徒刑…): the list the values pair with. */
const SENTENCED_AFTER = /^(?:判处|判處|处以|處以|改判|给予|給予)((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:有期徒刑|拘役|管制|罚金|罰金|无期徒刑|無期徒刑|死刑)/;
const BASE_BEFORE = /[比较較由从從]$/;
const CLAUSE = /[。！？!?；;，,：:]/;
/** A count after a quoted last item that announces how many things the list holds (」等3項). */
const ANNOUNCED_COUNT = /[」』”"）)]等(\d{1,2}|[一二三四五六七八九十兩两])[項项個个件類类]/;
/** An item that ends a list summed up by a count or 等 and its noun, then 的 and the first of other things (玉米三大粮食作物的农药). */
const OWNER_BEFORE = /(?:等|[两兩二三四五六七八九十0-9０-９]{1,2}[大个個种種类類项項家座所名批支条條])[\u4e00-\u9fff]{0,8}的[\u4e00-\u9fff]/;
/** A figure (ASCII or full-width digits, as scanNumbers reads them), a counting unit and its noun closing the clause part before a list's first 、 (曾有11个贫困县、). */
const COUNTED_ITEM_BEFORE = /[0-9０-９]+(?:[.．][0-9０-９]+)?[万萬亿億]?[个個家所座名人户戶项項处處条條][\u4e00-\u9fff]{1,10}、$/;
/** A contracted pair that names two things in one word: 存贷款 (存款 and 贷款). 进出口 and 城乡居民 in a list name one thing. */
const CONTRACTED_PAIR = /存[贷貸]/;
/** The value of a small count written in digits or one Chinese numeral. */
function chineseOrArabic(n: string): number {
  return /^\d+$/.test(n) ? Number(n) : '一二三四五六七八九十'.indexOf(n) + 1 || ('兩两'.includes(n) ? 2 : NaN);
}
/** A count that announces the things (两起案件, 三个县区) is small; 造成1674人死亡，分别… counts no things. */
const MAX_COUNT_WORD = 20;

interface Value {
  start: number;
  end: number;
  text: string;
}

const PER_MILLE = /^[‰‱]$/;

/** The values after 分别: the first run of numbers joined by 、/和 in the same clause. */
function valuesAfter(text: string, tokens: readonly NumberToken[], from: number): Value[] | undefined {
  const clauseEnd = sentenceEnd(text, from, CLAUSE);
  // Numbers written together (7月2日) are one value.
  const groups: Value[] = [];
  for (const t of tokensIn(tokens, from, clauseEnd)) {
    const last = groups[groups.length - 1];
    // 10.37‰: the scanner leaves a per-mille sign out of the token; it belongs to the value.
    const end = PER_MILLE.test(text.charAt(t.end)) ? t.end + 1 : t.end;
    if (last && last.end === t.start) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else groups.push({ start: t.start, end, text: text.slice(t.start, end) });
  }
  for (let k = 0; k < groups.length; ) {
    // A run: groups joined by VALUE_GAP; k ends on the first group after it.
    const run: Value[] = [];
    // 分别为31895元和11708元、增长8.2%和9.0%: a conjunction closes a series (和 before its last value), so a 、 and a word
    // after it (增长, 分别比) start a second series for the same things, not more values (the first series is the one to
    // count); a bare 、 after it (31895元和11708元、12000元) still adds a value.
    let closed = false;
    for (let group = groups[k]; group; group = groups[++k]) {
      const last = run[run.length - 1];
      const gap = last ? text.slice(last.end, group.start) : '';
      if (last && (!VALUE_GAP.test(gap) || (closed && /^、[\u4e00-\u9fff]/.test(gap)))) break;
      if (last && !gap.startsWith('、')) closed = true;
      run.push(group);
    }
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) break;
    if (BASE_BEFORE.test(text.slice(Math.max(from, first.start - 1), first.start)) && run.length === 1) continue;
    if (/^等/.test(text.slice(last.end))) return undefined;
    // 其餘3人經查分別於87年及89年間領取: 年間/月間 after the dates makes them a period in which the things fell, not one value each.
    if (/^[間间]/.test(text.slice(last.end))) return undefined;
    return run;
  }
  return undefined;
}

interface Subjects {
  count: number;
  plausible: number[];
  labels: string[];
  /** An open list (欧盟、美国、韩国等): 等 may stand for more things, so only fewer values than things listed is wrong. */
  atLeast?: boolean;
}

/** How many things stand before 分别, or undefined when that is not clear. */
function subjectsBefore(text: string, tokens: readonly NumberToken[], at: number): Subjects | undefined {
  const begin = sentenceStart(text, at);
  let end = at;
  let m: RegExpExecArray | null;
  while (end > begin && (m = BEFORE_RESPECTIVELY.exec(text.slice(begin, end)))) end -= m[0].length;
  // 豬、牛、羊、家禽出欄分別為73.02萬頭、…、256.87萬只，分別增長10.3%、…: the things of a second 分别 are the values
  // of the first, as many as it gave.
  const earlier = Math.max(text.lastIndexOf('分别', end - 1), text.lastIndexOf('分別', end - 1));
  if (earlier >= begin) {
    const values = valuesAfter(text, tokens, earlier + 2);
    if (values && values[values.length - 1]?.end === end) {
      return values.length >= 2 ? { count: values.length, plausible: [values.length], labels: values.map((v) => v.text) } : undefined;
    }
  }
  const { list, alsoPlausible } = listBefore(text, end);
  if (list.broken || (list.open && list.innerConjunctions)) return undefined;
  const countWord = tokensIn(tokens, begin, end).find((t) => t.end <= end && t.start >= (list.items[list.items.length - 1]?.start ?? Infinity)
    && end - t.end <= 6 && end > t.end && /^[\u4e00-\u9fff]*$/.test(text.slice(t.end, end))
    && COUNT_CLASSIFIERS.has(t.unit) && t.exact && !t.ordinal && !t.percent
    && !/[前后後近每这這那]$/.test(text.slice(Math.max(0, t.start - 1), t.start))
    // 在乙組13個縣市中分別排名第12名…: the group among which the things rank, not a count of them.
    && !/[中內内]$/.test(text.slice(t.end, end)));
  // 造成1674人死亡，分别…: a large figure is a quantity, not a count of the things listed; what is counted is unclear.
  if (countWord && countWord.value > MAX_COUNT_WORD) return undefined;
  // 对欧盟、美国、韩国等进出口分别增长1.1%、8%: three things named, two values. A count (等五个城市) says more than the list.
  if (list.open) return list.items.length >= 2 && !countWord ? { count: list.items.length, plausible: plausibleCounts(list), labels: list.items.map((i) => itemLabel(i.text)), atLeast: true } : undefined;
  if (list.items.length >= 2) {
    // 宁东基地、银川经济技术开发区、石嘴山陆港经济区、中卫和太阳山五大工业园区分别…: the writer's count settles a list that reads
    // two ways (和 inside a name or between two things): when it is one of the readings, it is the number of things. A count
    // that fits no reading leaves the list unclear (count-mismatch reports the two).
    if (countWord) {
      const readings = [list.items.length, ...plausibleCounts(list), ...alsoPlausible];
      if (!readings.includes(countWord.value)) return undefined;
      return { count: countWord.value, plausible: [countWord.value], labels: list.items.map((i) => itemLabel(i.text)) };
    }
    // 「…（含委託規劃設計監造）」、「…-垃圾分選處理計畫」及「…」等3項計畫預算執行率亦僅分別為…: the writer's own count (等3項) right
    // after the list says how many things there are; when the list as read disagrees, the reading is unclear.
    const lastItem = list.items[list.items.length - 1];
    const announced = lastItem ? ANNOUNCED_COUNT.exec(text.slice(lastItem.start, end)) : null;
    if (announced && chineseOrArabic(announced[1] ?? '') !== list.items.length) return undefined;
    const first = list.items[0];
    const parallel = first ? parallelClausesBefore(text, tokens, first.start, list.items[list.items.length - 1]?.end ?? end, begin) : 0;
    // Those clauses may be items too: a count that includes them is also plausible (never a reason to report).
    const plausible = [...plausibleCounts(list), ...alsoPlausible, ...statedItemsCounts(text, tokens, list.items, begin)];
    for (let k = 1; k <= parallel; k++) plausible.push(list.items.length + k);
    // 社会融资规模及存贷款余额分别突破12万亿元和10万亿元、8万亿元 (四川 2022, round 36's untouched set): 存贷款 is 存款 and 贷款, two
    // things in one item (51 of 51 存贷款 before 分别 in the clean folders stand for two). Each such item may add one.
    const contracted = list.items.filter((item) => CONTRACTED_PAIR.test(item.text)).length;
    for (let k = 1; k <= contracted; k++) plausible.push(list.items.length + k);
    // 生活污水治理（管控）率、30户以上自然村寨…覆盖率、卫生厕所普及率分别达85%、95%、98% (贵阳 2026): the list read stops at a
    // bracket inside its first item (治理（管控）率); the Han text before the bracket and the tail after it are one more thing.
    if (first && bracketedItemBefore(text, first.start)) plausible.push(list.items.length + 1);
    // 全市18个县（市、区）中曾有11个贫困县、1023个贫困村、115万建档立卡贫困人口，分别占全省的46%、32%、40% (round 36, People's Daily
    // 2020): items that each open with a figure; the list read stops inside a long first item (曾有11个贫困县), whose figure and
    // noun before the first 、 are one more thing.
    if (first && list.items.every((item) => /^[0-9０-９]/.test(item.text)) && COUNTED_ITEM_BEFORE.test(text.slice(Math.max(begin, first.start - 16), first.start))) plausible.push(list.items.length + 1);
    // 金属制品业，石油煤炭及其他燃料加工业，专用设备制造业，电力、热力的生产和供应业增加值分别增长…: names of industries that
    // hold 、 themselves are parted by commas; each clause before the list is one more thing, and the list may be one name.
    const named = first ? industryClausesBefore(text, first.start, begin) : 0;
    for (let k = 1; k <= named; k++) plausible.push(list.items.length + k, 1 + k);
    // 水稻、小麦、玉米三大粮食作物的农药、化肥利用率分别达到38.8%、37.8% (round 36, People's Daily 2019): a list summed up by a
    // count or 等 and a noun, then 的, names whose things the rest is; the things are the items from the one holding that 的.
    const owner = list.items.findIndex((item, k) => k > 0 && OWNER_BEFORE.test(item.text));
    if (owner > 0 && list.items.length - owner >= 2) plausible.push(list.items.length - owner);
    return { count: list.items.length, plausible, labels: list.items.map((i) => itemLabel(i.text)) };
  }
  if (countWord && countWord.value >= 2) return { count: countWord.value, plausible: [countWord.value], labels: [text.slice(countWord.start, end)] };
  return undefined;
}

/** An amount of a thing (1026.39亿元, 8244元): exact, with a unit, no date, share, ratio or rank. */
function isAmount(t: NumberToken): boolean {
  return t.exact && !t.percent && !t.ordinal && Boolean(t.unit) && !TIME_UNITS.has(t.unit) && t.unit !== '个百分点' && t.unit !== '倍';
}

/** What may follow the figure that ends an item: a threshold's bound and the 的 closing the condition (20年以上的, 60岁及以下). */
const THRESHOLD_END = /(?:及?以[上下内內後后])?的?$/;

/** A predicate that makes a list item a statement of its own (…降幅不低于省下达目标、外贸进出口总额和…分别增长…). */
const OWN_PREDICATE = /不低于|不高于|不超过|控制在|保持在|稳定在/;

/**
 * Counts the things before 分别 may also be when some items are statements of their own, not things (plausible only,
 * never a reason to report; 6 city reports 2016–2025):
 * - the items after the last one that states a figure or a target: 地区生产总值增长8%、全社会固定资产投资增长12%、一般预算收入和
 *   支出分别增长8%和10% (two things: 收入, 支出), …降幅不低于省下达目标、外贸进出口总额和实际利用外资年均分别增长15%和10%;
 * - the trailing items that end in a figure, the values of an unmarked respectively-list: 汽车零部件、新能源产业产值达850亿元、
 *   750亿元，分别增长20%、74.4% (two figures: the two things named before them).
 */
function statedItemsCounts(text: string, tokens: readonly NumberToken[], items: readonly { start: number; end: number; text: string }[], begin: number): number[] {
  const counts: number[] = [];
  // A threshold ends in its figure too: 从事飞行、舰艇工作满10年、15年、20年以上的，分别增发…5%、10%、15% (军队转业干部安置暂行办法,
  // round 33's heldout-s33w: three lengths of service, three rates).
  const endsInFigure = (item: { start: number; end: number }) => {
    const end = item.end - (THRESHOLD_END.exec(text.slice(item.start, item.end))?.[0].length ?? 0);
    return tokens.some((t) => t.end === end && t.start >= item.start);
  };
  // A figure in Chinese numerals inside an item is part of its name (学前三年毛入园率, “三个一批”签约开工率: round 35, 3 of the
  // injected dropped values missed in city and provincial reports), not a figure the item states.
  const holdsFigure = (item: { start: number; end: number }) => tokens.some((t) => t.start >= item.start && t.end <= item.end && !t.chinese);
  let trailing = 0;
  for (const item of [...items].reverse()) {
    if (!endsInFigure(item)) break;
    trailing++;
  }
  if (trailing >= 2) {
    counts.push(trailing);
    // 全区生产总值达到1026.39亿元、增长11%，经济增速位居全国前列，全社会固定资产投资完成1342.16亿元、…、农村居民人均可支配收入
    // 8244元，分别比“十一五”末增长73.7%、…、1倍 (西藏 2016 report, held-out s31f): when the list is things each with its amount,
    // the things with an amount in the sentence's earlier clauses may be among them: the figures of the whole sentence.
    const first = items[0];
    if (first && begin < first.start) {
      const earlier = tokens.filter((t) => t.start >= begin && t.end <= first.start && isAmount(t)).length;
      if (earlier > 0) counts.push(trailing + earlier);
    }
  }
  const last = items.length - 1;
  for (let k = last - 2; k >= 0; k--) {
    const item = items[k];
    if (!item) break;
    if (holdsFigure(item) || OWN_PREDICATE.test(item.text)) {
      if (!items.slice(k + 1).some(holdsFigure)) counts.push(last - k);
      break;
    }
  }
  return counts;
}

/**
 * The list that ends at `end`, with the known names of statistics items (住宿和餐饮业, 交通运输、仓储和邮政业; text/item-names)
 * read as one item each: A、B、住宿和餐饮业 is three things, where the 和 alone would leave three or four. A name with 、
 * may still be meant as its parts (农、林、牧、渔业 as four things): when the list read without the names is clear, its
 * counts stay plausible.
 */
function listBefore(text: string, end: number): { list: ListRead; alsoPlausible: number[] } {
  const list = listEndingAt(text, end, 14);
  const split = list.names?.some((n) => text.slice(n.start, n.end).includes('、'));
  if (!split) return { list, alsoPlausible: [] };
  const plain = listEndingAt(text, end, 14, false);
  return { list, alsoPlausible: !plain.open && !plain.broken ? plausibleCounts(plain) : [] };
}

/**
 * How many clauses right before the list, each closed by a comma, are the name of an industry alone (no figure, ending in
 * 业: 通用设备制造业， 其中计算机、通信和其他电子设备制造业，): a communiqué parts such names with commas when they hold 、
 * (round 31, city statistical communiqués: 2 false alarms).
 */
/** The last word of an industry of the national classification (通用设备制造业, 石油煤炭及其他燃料加工业, …供应业, 采矿业). */
const INDUSTRY_NAME_END = /(?:制造|加工|供应|供應|采选|采選|开采|開採|采矿|採礦|冶炼|冶煉|制品|製品|服务|服務|建筑|建築|批发|批發|零售|运输|運輸|仓储|倉儲|邮政|郵政|住宿|餐饮|餐飲|金融|房地产|房地產|娱乐|娛樂|修理|畜牧|渔|漁|林|农|農|工)业$|(?:制造|加工|供應|採選|開採|採礦|冶煉|製品|服務|建築|批發|運輸|倉儲|郵政|餐飲|房地產|娛樂|漁|農)業$/;
/** A clause that does something to industries (前瞻布局未来产业, 推动制造业) is no name of one. */
const INDUSTRY_VERB = /推动|推動|布局|佈局|发展|發展|加快|支持|培育|壮大|壯大|实施|實施|推进|推進|打造|做强|做強|提升|促进|促進/;

function industryClausesBefore(text: string, listStart: number, begin: number): number {
  let found = 0;
  let at = listStart;
  while (found < 8 && at - 1 > begin && /[，,]/.test(text.charAt(at - 1))) {
    const clauseEnd = at - 1;
    let clauseStart = clauseEnd;
    while (clauseStart > begin && !CLAUSE.test(text.charAt(clauseStart - 1))) clauseStart--;
    const clause = text.slice(clauseStart, clauseEnd);
    if (clause.length > 24 || /\d/.test(clause) || !INDUSTRY_NAME_END.test(clause) || INDUSTRY_VERB.test(clause)) break;
    found++;
    at = clauseStart;
  }
  return found;
}

/**
 * How many clauses before the list, each closed by a comma, end like its last item with a count of the same unit —
 * items of the same list the writer may have parted with a comma: 其中內地居民近7900萬人次，港澳台居民近6500萬人次、
 * 外籍人員約1650萬人次，分別同比增加27.3%、28.9%和50.5% (RTHK 2024: three things). Dates and amounts (2023年, 16935元)
 * are not such counts.
 */
function parallelClausesBefore(text: string, tokens: readonly NumberToken[], listStart: number, listEnd: number, begin: number): number {
  const unitOf = (end: number) => tokens.find((t) => t.end === end && !t.percent && !t.ordinal && /^(?:人次|[人名宗起件户戶家])$/.test(t.unit))?.unit;
  const unit = unitOf(listEnd);
  let found = 0;
  let at = listStart;
  while (unit && found < 3 && at - 1 > begin && /[，,]/.test(text.charAt(at - 1))) {
    const clauseEnd = at - 1;
    let clauseStart = clauseEnd;
    while (clauseStart > begin && !CLAUSE.test(text.charAt(clauseStart - 1))) clauseStart--;
    if (unitOf(clauseEnd) !== unit || /[、和与與及]/.test(text.slice(clauseStart, clauseEnd))) break;
    found++;
    at = clauseStart;
  }
  return found;
}

/**
 * 农村党组织…的党员从事下列公务，利用职务上的便利，非法占有公共财物，挪用公款，索取他人财物或者非法收受、变相非法收受他人财物为他人
 * 谋取利益的，分别依照本条例第八十三条、第九十四条、第八十五条规定处理 (中国共产党纪律处分条例 2003, round 33's heldout-s33t): a statute
 * refers each act to its own article. When every value is an article, paragraph or item cited (第…条/款/项), the acts may be the
 * clauses parted by commas before 分别 as well as the 、 items: as many such clauses as articles leave the count open.
 * 甲、乙分别依照第八十三条、第九十四条、第八十五条 (one clause) is still reported.
 */
function citedActsBefore(text: string, values: readonly Value[], at: number): boolean {
  if (!values.every((v) => text.charAt(v.start - 1) === '第' && /[条條款项項章]$/.test(v.text))) return false;
  const begin = sentenceStart(text, at);
  const clauses = text.slice(begin, at).split(/[，,]/).filter((c) => /\p{Script=Han}/u.test(c));
  return clauses.length >= values.length;
}

/** A span of years: 2019—2021年, 2019-2021年, 2019至2021年. */
const YEAR_SPAN = /(?<!\d)((?:19|20)\d\d)\s*年?\s*[-－—–~～至到]\s*((?:19|20)\d\d)年/g;
/**
 * 2019—2021年奖扶和特扶项目各年度分别补贴805386人、856987人和1023277人 (round 34, a provincial performance evaluation): the values
 * after 分别 are one a year of a span of years named before it in the sentence, as many as the span has years.
 */
function valuesPerYear(text: string, values: readonly Value[], at: number): boolean {
  for (const m of text.slice(sentenceStart(text, at), at).matchAll(YEAR_SPAN)) {
    if (Number(m[2]) - Number(m[1]) + 1 === values.length) return true;
  }
  return false;
}

const rule = defineRule({
  meta: {
    id: 'respectively-mismatch',
    name: { zh: '“分别”前后数量不对应', en: 'Items and values around “分别” do not pair up' },
    description: {
      zh: '“A、B和C……分别……x、y、z”中，“分别”前列举的项数应与后面的数值个数相同。',
      en: 'In “A, B and C … 分别 (respectively) … x, y, z” the number of items must equal the number of values.',
    },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'paragraph',
    editorActions: { allowPhrase: true },
    messages: {
      // One messageId per direction (round 36; `mismatch` before): values left over (an item left out of the list, or an
      // extra value) and items left without a value (a value left out) are different slips.
      moreValues: {
        zh: '“分别”前后数量不对应，数值多于列举：前面列举 {{subjectCount}} 项（{{subjects}}），后面给出 {{valueCount}} 个数值（{{values}}）。请补齐漏列的项或删去多余的数值。',
        en: '“分别” (respectively) does not pair up, more values than items: {{subjectCount}} item(s) listed ({{subjects}}) but {{valueCount}} value(s) given ({{values}}). Add the missing item or remove the extra value.',
      },
      fewerValues: {
        zh: '“分别”前后数量不对应，数值少于列举：前面列举 {{subjectCount}} 项（{{subjects}}），后面给出 {{valueCount}} 个数值（{{values}}）。请补齐漏列的数值或删去多余的项。',
        en: '“分别” (respectively) does not pair up, fewer values than items: {{subjectCount}} item(s) listed ({{subjects}}) but {{valueCount}} value(s) given ({{values}}). Add the missing value or remove the extra item.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    if (!(paragraph.classes & FEN) || !/分[别別]/.test(text)) return; // no 分 at all in most paragraphs
    const tokens = scanNumbers(text, paragraph.anchors);
    for (const m of text.matchAll(RESPECTIVELY)) {
      const at = m.index;
      const values = valuesAfter(text, tokens, at + 2);
      const firstValue = values?.[0];
      const lastValue = values?.[values.length - 1];
      if (!values || values.length < 2 || !firstValue || !lastValue) continue;
      let subjects = subjectsBefore(text, tokens, at);
      // 科技、教育、卫生和文化事业的支出分别为774亿元、138亿元和123亿元，比上年增长29.2%、39.4%、65.8%和12.1% (round 38): a second
      // series of changes for the same things settles a list that reads two ways, when its length is one of the readings.
      const again = subjects && subjects.plausible.includes(values.length) ? secondSeries(text, tokens, lastValue.end) : undefined;
      if (subjects && again && again !== values.length && subjects.plausible.includes(again)) subjects = { ...subjects, count: again, plausible: [again] };
      if (!subjects || subjects.count < 2 || subjects.plausible.includes(values.length)) continue;
      if (citedActsBefore(text, values, at)) continue;
      if (valuesPerYear(text, values, at)) continue;
      // 分别判处张某某、毛某某有期徒刑一年、六个月 (a guiding case of the Supreme People's Procuratorate, round 38's heldout-s38c2):
      // the sentencing form names the persons again right after 分别 + 判处; the values pair with that list.
      const sentenced = SENTENCED_AFTER.exec(text.slice(at + 2, at + 40));
      if (sentenced?.[1] && sentenced[1].split('、').length === values.length) continue;
      // 乌某某、陈某某、倪某、杜某某分别于2018年11月22日、23日至公安机关投案: fewer dates than persons after 分别于 name the days on
      // which the things happened (some on each), not one date each.
      if (values.length < subjects.count && text.startsWith('于', at + 2) && values.every((v) => /日$/.test(v.text))) continue;
      if (subjects.atLeast && values.length >= Math.min(...subjects.plausible)) continue;
      const list = (xs: string[]) => xs.join('、');
      const numbered = (xs: string[]) => xs.map((x, i) => `${i + 1}. ${x}`).join('  ');
      const data = {
        subjectCount: subjects.count,
        subjects: list(subjects.labels),
        valueCount: values.length,
        values: list(values.map((v) => v.text)),
      };
      ctx.report({
        messageId: values.length > subjects.count ? 'moreValues' : 'fewerValues',
        data,
        start: paragraph.start + firstValue.start,
        end: paragraph.start + lastValue.end,
        detail: {
          zh: `“分别”前：${numbered(subjects.labels)} → 共 ${subjects.count} 项\n“分别”后：${numbered(values.map((v) => v.text))} → 共 ${values.length} 个\n${subjects.count} ≠ ${values.length}`,
          en: `before “分别”: ${numbered(subjects.labels)} → ${subjects.count} item(s)\nafter “分别”: ${numbered(values.map((v) => v.text))} → ${values.length} value(s)\n${subjects.count} ≠ ${values.length}`,
        },
      });
    }
  },
});

/** The clause right after a series: a change of each thing (，比上年增长…, ，分别下降…). */
const CHANGE_CLAUSE = /^[，,](?:分[别別]|同比|比上年|比去年|較上年|较上年|比上年同期)*(?:增长|增長|下降|提高|减少|減少|增加|上升)(?=[0-9０-９-－−])/;

/**
 * The number of values of a second series for the same things right after the first (分别为774亿元、536亿元…，比上年增长29.2%、
 * 39.4%…): every value a percentage, at least two; undefined when there is none.
 */
function secondSeries(text: string, tokens: readonly NumberToken[], end: number): number | undefined {
  const clause = CHANGE_CLAUSE.exec(text.slice(end, end + 12));
  if (!clause) return undefined;
  const values = valuesAfter(text, tokens, end + clause[0].length);
  if (!values || values.length < 2 || values[0]?.start !== end + clause[0].length) return undefined;
  return values.every((v) => /[%％]$/.test(v.text)) ? values.length : undefined;
}

/**
 * Is the thing before the list's first item (before its 、) a word with a bracketed insertion, 生活污水治理（管控）率: Han, a short
 * bracket with no clause mark, then Han up to the 、? The list read stops at the bracket; that word is one more item.
 */
function bracketedItemBefore(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== '、') return false;
  return /[\u4e00-\u9fff][（(][^（）()，。；、,;]{1,8}[）)][\u4e00-\u9fff]{1,4}$/.test(text.slice(Math.max(0, start - 20), start - 1));
}

export default rule;
