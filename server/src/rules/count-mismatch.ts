// 数量与列举不符: a stated count and the items listed with it disagree, within one paragraph:
//   城东、城西、城南、城北3个治安检查站 · “清源”“净网”“护苗”两项专项行动 ·
//   实现“五个提升”：一是…；二是…（or a 、 list after the colon).
// Quiet on open lists (…等三项), approximate counts, lists that are not right before the count
// (在城东、城西建成3个站: the places are not what is counted), and cross-line headings.
import { defineRule } from '../engine/types';
import { itemNamesIn, type NameSpan } from '../text/item-names';
import { listEndingAt, plausibleCounts } from '../text/number-lists';
import { COUNT_CLASSIFIERS, hasNumber, parseChineseNumeral, scanNumbers, type NumberToken } from '../text/numbers';

const CLOSE_QUOTE = '”」』》';
const OPEN_FOR: Record<string, string> = { '”': '“', '」': '「', '』': '『', '》': '《' };
/**
 * A last item ending like this is a verb phrase or a possessive, so the count is about something else. The verbs of
 * duties and functions too (纪检、监察机关合署办公、行使两种职能: round 32, a 中央纪委 notice of heldout-s32n; 履行两项职责),
 * and the verbs of issuing (最高法、公安部、国家林草局联合发布5件…典型案例: round 38, heldout-s38p; the issuers before
 * 发布/公布/通报 are not what is counted).
 */
const NOT_A_NOUN_END = /(?:发布|發布|發佈|公布|通报|通報|行使|履行|承担|承擔|具有|具备|具備|发挥|發揮|修订|修訂|修改|废止|廢止|制定|出台|印发|印發|連跨|跨越|突破|迈上|邁上|迈入|邁入|跃升|躍升|提升|升级|升級|改造|重组|重組|提出|抓好|坚持|堅持|贯彻|貫徹|推进|推進|实施|實施|开工|開工|竣工|投用|获评|獲評|分作|分为|分為|建成|建设|建設|设立|設立|设置|設置|新建|开展|開展|打好|打赢|打贏|办好|辦好|做好|用好|管好|守好|抓实|抓實|做实|做實|落实|落實|成立|组建|組建|组成|組成|构成|構成|开启|開啟|开辟|開闢|打造|培育|举办|舉辦|召开|召開|完成|实现|實現|形成|获得|獲得|打掉|抓获|抓獲|破获|破獲|查处|查處|发现|發現|拥有|擁有|涉及|包括|覆盖|覆蓋|派出|出动|出動|投入|启动|啟動|打通|开通|開通|联通|聯通|连通|連通|贯通|貫通|接通|引进|引進|入选|入選|评为|評為|认定|認定|创建|創建|确定|確定|推出|建立|新增|增加|减少|減少|共|有|建|设|設|达|達|为|為|是|计|計|获|獲|了|过|過|着|著|的|之|等|在|于|於|和|及|与|與)$/;
/** A slogan of numeral units (三区, 一核一圈两廊): a numeral and one noun character, repeated. */
const NUMERAL_UNITS = /^(?:[一二两兩三四五六七八九十][^一二两兩三四五六七八九十百千万萬个個项項是、])+$/;
/** After a count: its head noun, then a list separator — the list continues past the count. */
const INSIDE_LIST_ITEM = /^[\u4e00-\u9fff]{1,8}(?:、|以及|和|及|与|與)/;
/** A count right after the conjunction that ends INSIDE_LIST_ITEM (…中心镇和15个美丽村庄). */
const COUNT_AFTER_CONJUNCTION = /^(?:\d+|[一二两兩三四五六七八九十]+)[个個项項条條座家所支批类類种種处處]/;
/** Verbs that open an enumeration (VERB_INSIDE; LEAD_VERB adds 是指, 即, 满足, 包括). */
const LIST_VERBS = '打造|发展|發展|推进|推進|推动|推動|布局|佈局|建设|建設|实施|實施|培育|壮大|壯大|做强|做強|做优|做優|形成|构建|構建|深化|优化|優化|拓展|引进|引進|促进|促進|带动|帶動|聚焦|围绕|圍繞|依托|加快|加强|加強|完善|提升|发挥|發揮|统筹|統籌|融合';
/** A verb inside an earlier list item, with words after it: where the enumeration before the count may begin. */
const VERB_INSIDE = new RegExp(`(?:${LIST_VERBS})(?=[\u4e00-\u9fff])`);
/**
 * A verb inside the last item, with words after it (竹溪县进入湖北三类县, 串联遂宁高新区五大功能板块): the count belongs to
 * the verb's object, not to the things listed before it.
 */
const VERB_IN_LAST = /(?:进入|進入|跻身|躋身|迈入|邁入|列入|纳入|納入|串联|串聯)(?=[\u4e00-\u9fff])/;
/** Issuers (省委、省政府, 党中央、国务院): before a count of quoted programmes they issue them, they are not what is counted. */
const AUTHORITY = /^(?:中共)?(?:党中央|黨中央|中央|国务院|國務院|[省市县縣区區州旗]委|[省市县縣区區州旗]政府|[省市县縣区區州旗]人大|[省市县縣区區州旗]政协|[省市县縣区區州旗]政協)$/;
/** Words before the first issuer of a list (认真贯彻落实省委). */
const AUTHORITY_LEAD = /^.*?(?=(?:中共)?(?:党中央|黨中央|中央|国务院|國務院|[省市县縣区區州旗][委政人]))/;
/** What a count of people counts (三类群体, 两类人员): after it, a last item ending in 人 is one of the things counted. */
const PERSON_COUNTED = /^[\u4e00-\u9fff]{0,2}?(?:群体|群體|人群|人员|人員|对象|對象|群众|群眾|家庭|主体|主體|人)/;
/** Adverbs that make the last "item" a clause whose subject is the list: 也都, 分別, 先後. */
const CLAUSE_ADVERB = /分別|分别|也都|亦都|先後|先后/;
/** After 一是、二是, more items named another way: 还有两类…, 另一种…. */
const CONTINUED_LIST = /还有[两兩二三四五六七八九十]+[类類种種个個项項方面]|另[一外][类類种種个個项項]/;
const ORDINAL_MARK = /[一二三四五六七八九十]+是/g;
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Listed {
  items: string[];
  /** How many things the list may stand for (see plausibleCounts). */
  plausible: number[];
}
/** Counts we check: a slip is usually off by one or two; 出台20条举措 after a list is about something else. */
const MAX_COUNT = 12;
const MAX_ENUMERATION = 3000;
const MAX_GAP = 2;
/** 级 is a grade (三级航道), 人 too often part of a name (最佳十人奖). */
const SKIP_UNITS = new Set(['级', '級', '人']);

const SPACE = /[ \u3000]/;

/**
 * 三类县, 国家三类城市, 二类口岸, 劣五类水体: a number before 类 may name a grade (the third class of counties) rather than
 * count classes. It does after 劣 (劣五类: worse than grade V), before a place of rank (三类县前10位, 三类县第一方阵,
 * 达到三类标准), and when the noun after it is a kind of place and the things listed are places of that kind
 * (郧西县、房县、竹山县、竹溪县进入湖北三类县; 国家三类城市：甲市、乙市): places are listed as members of a grade, while a count
 * of classes lists classes (脱贫不稳定户、边缘易致贫户两类户 stays a count).
 */
const GRADE_UNITS = new Set(['类', '類']);
const RANK_AFTER = /^[\u4e00-\u9fff]{1,4}?(?:前(?:\d+|[一二三四五六七八九十两兩]+)[位名强強]|第[一二三四五六七八九十]+(?:方阵|方陣|位|名)|方阵|方陣|行列|标准|標準|水平)/;
const PLACE_KIND = /^(?:城市|地区|地區|县|縣|市|区|區|口岸|乡镇|鄉鎮|镇|鎮|乡|鄉|村|港口|机场|機場)/;

function isGrade(text: string, t: NumberToken, items: readonly string[]): boolean {
  if (!GRADE_UNITS.has(t.unit)) return false;
  if (text[t.start - 1] === '劣' || RANK_AFTER.test(text.slice(t.end, t.end + 16))) return true;
  const kind = PLACE_KIND.exec(text.slice(t.end))?.[0];
  if (!kind) return false;
  // The members end with the kind's last character (甲市 of 城市, 房县 of 县); the last item may run on (竹溪县进入湖北).
  const member = kind.slice(-1);
  const named = items.filter((item) => item.endsWith(member)).length;
  return named >= Math.max(2, items.length - 1);
}

/** “A”“B”“C” (or “A”、“B”和“C”) right before `end`. */
function quotedBefore(text: string, end: number): Listed | undefined {
  const items: string[] = [];
  let i = end;
  for (;;) {
    const opener = OPEN_FOR[text.charAt(i - 1)]; // CLOSE_QUOTE's marks are OPEN_FOR's keys
    if (!opener) break;
    const open = text.lastIndexOf(opener, i - 2);
    if (open < 0 || i - open > 40) return undefined;
    const inner = text.slice(open + 1, i - 1);
    if (!inner || /[“”「」]/.test(inner)) return undefined;
    items.unshift(inner);
    i = open;
    // A stray space around the separator (“個人”、 “商業”及“稅務代表”三大, Macao 2026) still joins the items;
    // stray-space reports the space itself.
    let k = i;
    while (SPACE.test(text[k - 1] ?? '')) k--;
    if (!/[、和及与與]/.test(text[k - 1] ?? '')) continue;
    k--;
    while (SPACE.test(text[k - 1] ?? '')) k--;
    if (CLOSE_QUOTE.includes(text[k - 1] ?? '')) i = k;
  }
  // 壮大秦创原科技经纪人、“科学家+工程师”、“新双创”三支队伍 (a 2023 city report): a separator before the first quote — the
  // list goes on with unquoted items, how many is not read here.
  let k = i;
  while (SPACE.test(text[k - 1] ?? '')) k--;
  if (items.length >= 2 && /[、和及与與]/.test(text[k - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[k - 2] ?? '')) return undefined;
  return items.length >= 2 ? { items, plausible: [items.length] } : undefined;
}

/** 城东、城西、城南、城北 right before `end` (at least one 、, no digits, a noun phrase at the end). */
function plainListBefore(text: string, end: number, nounAt = end): Listed | undefined {
  if (!/[\u4e00-\u9fff]/.test(text[end - 1] ?? '')) return undefined;
  const list = listEndingAt(text, end, 12);
  // A conjunction inside an earlier item (光电子信息、汽车制造与服务、大健康…; 呼和浩特、鄂尔多斯、满洲里) joins two words of
  // one item or two items: plausibleCounts accepts both readings (round 37; quiet before).
  if (list.open || list.broken || list.items.length < 2) return undefined;
  const items = list.items;
  if (!items.slice(0, -1).some((item) => text[item.end] === '、')) return undefined;
  // 分流企业富余人员要发挥政府、企业和职工三方面的积极性; 重点打造有竞争优势的新材料、特色装备两大产业集群: the first item carries the
  // words of its clause before the list (listEndingAt starts it at the clause). After a verb that opens a list (LEAD_VERB), the
  // first item is what follows the verb's last occurrence; its length is then judged on that (round 36: 9 of the injected counts
  // missed, seeds 1–2).
  // Only a first item that starts its clause: one cut short by listEndingAt for its length (推动…打造半导体产业集聚区、…、杂粮产业
  // 国家农村产业融合发展示范园、…五个: 忻州 2022) is the middle of a longer list.
  const opensClause = /^$|[，,。；;：:！？!?\n（(“「]/.test(text.charAt((items[0]?.start ?? 0) - 1));
  const lead = items.length >= 2 && opensClause ? leadTrimmed(items[0]?.text ?? '') : undefined;
  const itemLength = (item: { text: string }, i: number) => (i === 0 && lead !== undefined ? lead.length : item.text.length);
  // Items with numbers of their own (六大工程、八大行动), list numbering (三、) or long phrases are not a plain list.
  if (items.some((item, i) => itemLength(item, i) > 12 || /[0-9０-９]/.test(item.text) || hasNumber(item.text) || /^[一二三四五六七八九十]+$/.test(item.text))) return undefined;
  if (NOT_A_NOUN_END.test(items[items.length - 1]?.text ?? '')) return undefined;
  // 考慮案件敏感性、複雜性、公眾關注度 (U+3000) 江樂士取兩個獨立法律意見 (a Hong Kong news headline, round 37's heldout-s37a): an ideographic
  // space in the last item separates two clauses of a headline; the count belongs to the second.
  if ((items[items.length - 1]?.text ?? '').includes('\u3000')) return undefined;
  // 一核一圈两廊、三区四组团 (佛山 2026, a spatial layout): the last item is numeral units (三区, 一核一圈) and the count goes on
  // with one more unit (四组团) of the same slogan; it counts its own noun, not the items.
  if (NUMERAL_UNITS.test(items[items.length - 1]?.text ?? '')) return undefined;
  if (VERB_IN_LAST.test(items[items.length - 1]?.text ?? '')) return undefined;
  // 孫部長、劉參謀長、林參軍長、唐總司令也都分別期勉五位軍官: the list is the subject of a clause
  // (也都, 分別) and the count belongs to its object.
  // 陈振江、阎森分别担任男、女二队教练组组长 (People's Daily, round 35): the adverb may stand in an earlier item too, whose
  // clause then goes on into a list of its own.
  if (items.some((item) => CLAUSE_ADVERB.test(item.text))) return undefined;
  const texts = items.map((item, i) => (i === 0 && lead !== undefined ? lead : item.text));
  // 提高低保、特困人员、孤儿基本生活补贴和残疾人两项补贴保障水平 (广东 2021 report, held-out s31f): the item before 和 ends in the
  // noun the count heads (…补贴 | 两项补贴) and no earlier item does: the things before it share that head and close a group of
  // their own, and 和 joins it to the last thing, whose own parts the count numbers. Not judged.
  const beforeAnd = list.conjunctionLast && texts.length >= 3 ? (texts[texts.length - 2] ?? '') : '';
  const noun = text.slice(nounAt, nounAt + 2);
  if (beforeAnd.length >= 4 && /^[\u4e00-\u9fff]{2}$/.test(noun) && beforeAnd.endsWith(noun) && !texts.slice(0, -2).some((x) => x.endsWith(noun))) return undefined;
  // 提高城乡低保、基础养老金、失业保险、残疾人两项补贴 (广州 2026, heldout-s33w; 广东 2024 in untouched-s34u): the last item is a
  // group of people (…人) among things that are none, and the count numbers what that group gets (两项补贴), not the items.
  // 机器人 is a thing (量子科技、矽光子與機器人三項關鍵技術: Taiwan 2026, injected counts). A count of people (高校毕业生、农民工、退役军人三个重点群体) or a list with another …人 in it is still checked.
  const lastText = texts[texts.length - 1] ?? '';
  if (/[^个個器]人$/.test(lastText) && !texts.slice(0, -1).some((x) => x.endsWith('人')) && !PERSON_COUNTED.test(text.slice(nounAt, nounAt + 6))) return undefined;
  const plausible = plausibleCounts(list);
  const group = groupAfterConjunction(texts);
  if (group > 0) plausible.push(group);
  const earlier = listBeforeComma(text, items[0]?.start ?? 0);
  if (earlier > 0) plausible.push(items.length + earlier);
  // 提出坚持抗战、反对投降，坚持团结、反对分裂，坚持进步、反对倒退三大政治口号 (中国共产党一百年大事记, round 33's heldout-s33t): clauses
  // parted by commas, each a 、 list of as many parts as the last, are the things counted — one each (three slogans, each a pair).
  const groups = parallelGroupsBeforeComma(text, items[0]?.start ?? 0, items.length);
  if (groups > 0) plausible.push(groups + 1);
  const beforeConjunction = items.slice(0, -1);
  const head = beforeConjunction[beforeConjunction.length - 1]?.text ?? '';
  if (list.conjunctionLast && beforeConjunction.length >= 2 && head.length >= 5 && beforeConjunction.slice(1, -1).every((i) => i.text.length <= 3)) plausible.push(2);
  // 依托高新区、经开区打造智能制造、生物医药两大产业集群: a verb inside an earlier item joins an
  // earlier list to the enumeration the count belongs to. Either reading may be meant (打造 may
  // also be part of a name), so both counts are accepted; a finding shows the nearer list.
  for (let k = texts.length - 2; k >= 0; k--) {
    const itemText = texts[k] ?? '';
    const verb = VERB_INSIDE.exec(itemText);
    if (!verb) continue;
    const tail = itemText.slice(verb.index + verb[0].length);
    const near = [tail, ...texts.slice(k + 1)];
    const shift = texts.length - near.length;
    return { items: near, plausible: [...plausible, ...plausible.map((n) => n - shift)] };
  }
  return { items: texts, plausible };
}

/** The last character of a facility or place that carries its own kind (盖孜水电站, 卡拉贝利水利枢纽, 产业园). */
const KIND_END = /[站纽紐库庫厂廠场場港园園馆館院校线線路桥橋坝壩渠闸閘井矿礦]$/;

/**
 * 卡拉贝利水利枢纽、盖孜水电站、汉源水电站和康苏、孔吾拉奇2座水库建成投运 (克孜勒苏 2021, round 37): a conjunction inside an earlier
 * item joins two groups — things that name their own kind (…水电站) and bare names that take the count's noun (康苏、孔吾拉奇 2座
 * 水库). The count may number the second group alone: its size, or 0 when the list is not of that shape (光电子信息、汽车制造与
 * 服务、大健康…五大产业 is not: its first group names no kind).
 */
function groupAfterConjunction(texts: readonly string[]): number {
  for (let k = texts.length - 2; k >= 0; k--) {
    const pieces = (texts[k] ?? '').split(/以及|和|及|与|與/);
    if (pieces.length < 2) continue;
    const left = [...texts.slice(0, k), ...pieces.slice(0, -1)];
    const right = [pieces[pieces.length - 1] ?? '', ...texts.slice(k + 1)];
    return left.length >= 2 && left.every((x) => KIND_END.test(x)) && right.every((x) => x && !KIND_END.test(x)) ? right.length : 0;
  }
  return 0;
}

/** Verbs that open the list they are followed by (是指旅游业、现代服务业…; 必须满足核安、核废…; 发挥政府、企业和职工…). */
const LEAD_VERB = new RegExp(`(?:是指|即|满足|滿足|包括|${LIST_VERBS})`, 'g');

/** A long first item (over 12 characters) cut after the last list-opening verb in it, or undefined. */
function leadTrimmed(first: string): string | undefined {
  if (first.length <= 12) return undefined;
  let cut = -1;
  for (const m of first.matchAll(LEAD_VERB)) cut = m.index + m[0].length;
  const tail = cut > 0 ? first.slice(cut) : '';
  return tail.length >= 1 && tail.length <= 12 && !/[，,、的]/.test(tail.slice(0, 1)) ? tail : undefined;
}

/** The longest piece of a parallel group, a pair of slogans (坚持抗战、反对投降: 4 each). */
const MAX_GROUP_PIECE = 6;

/** How many 、-separated items the clause ending in a comma right before `start` has (0 when it is no such list). */
function listBeforeComma(text: string, start: number): number {
  if (!/[，,]/.test(text[start - 1] ?? '')) return 0;
  let from = start - 1;
  while (from > 0 && start - from < 40 && !/[，,。；;：:！？!?（(“「\n]/.test(text[from - 1] ?? '')) from--;
  // The first part may carry the words before the list (…龙舟队按照职业男子), as listEndingAt's first item does.
  const parts = text.slice(from, start - 1).split('、');
  const rest = parts.slice(1);
  return rest.length >= 1 && rest.every((part) => part.length > 0 && part.length <= 12 && !/[0-9０-９]/.test(part) && !hasNumber(part)) ? parts.length : 0;
}

/**
 * How many clauses right before `start`, each ending in a comma, are 、 lists of exactly `parts` parts (坚持抗战、反对投降，
 * 坚持团结、反对分裂，): the parallel groups of a list whose items are themselves pairs. 0 when the clause before is none.
 */
function parallelGroupsBeforeComma(text: string, start: number, parts: number): number {
  let groups = 0;
  let end = start;
  while (/[，,]/.test(text[end - 1] ?? '')) {
    let from = end - 1;
    while (from > 0 && end - from < 40 && !/[，,。；;：:！？!?（(“「\n]/.test(text[from - 1] ?? '')) from--;
    const pieces = text.slice(from, end - 1).split('、');
    // The groups are pairs of short parallel slogans (坚持抗战、反对投降: 4 characters each); a clause of sentence length
    // before (持续开展京津冀及周边、长三角、汾渭平原大气污染治理攻坚，加强工业、燃煤、机动车两大污染源治理: 2019 report,
    // round 34's injected counts) is a list of its own, not a group of the one the count closes.
    if (parts !== 2 || pieces.length !== parts || !pieces.every((piece) => piece.length > 0 && piece.length <= MAX_GROUP_PIECE && !/[0-9０-９]/.test(piece) && !hasNumber(piece))) break;
    groups++;
    end = from;
  }
  return groups;
}

/** 实现“五个提升”：一是…；二是… or ：A、B、C。 — the enumeration right after a count and a colon. */
function enumerationAfter(text: string, t: NumberToken): Listed | undefined {
  // 今年重点抓好三项工作。一是…；二是…；三是… (round 34: 33 of the injected counts missed there): the enumeration may also
  // follow a full stop or a comma when it opens with 一是 right there.
  const head = /^[\u4e00-\u9fff]{0,8}[”」』]?(?:[：:]|[。，,](?=一是))/.exec(text.slice(t.end));
  if (!head) return undefined;
  // 助力打赢新冠疫情防治和三大攻坚战。一是…四是 (三门峡 2019 budget report): a count joined to another thing by a conjunction
  // is enumerated with it; without the colon that announces the list, the items may cover both.
  if (!/[：:]$/.test(head[0]) && /[和及与與、]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return undefined;
  // Read a bounded window (a run-on paragraph must not cost n²); a cut-off enumeration is not judged.
  const from = t.end + head[0].length;
  const rest = text.slice(from, from + MAX_ENUMERATION);
  const cut = from + MAX_ENUMERATION < text.length;
  const marks = [...rest.matchAll(ORDINAL_MARK)].map((m) => m[0].slice(0, -1));
  if (marks[0] === '一') {
    let n = 0;
    // 十一是, 十二是 go on after 十是 (西安 2026: 研究部署了12项任务举措：一是…十二是…).
    while (n < marks.length && (marks[n] === CN_ORDINALS[n] || (n >= 10 && parseChineseNumeral(marks[n] ?? '') === n + 1))) n++;
    // 四种类型：一是…二是…在这两大类之间，还有两类…一类是…另一类是…: the list goes on in other words.
    if (CONTINUED_LIST.test(rest)) return undefined;
    if (n >= 2 && !cut && !/等/.test(rest.slice(-6))) return { items: marks.slice(0, n).map((c) => `${c}是`), plausible: [n] };
    return undefined;
  }
  if (!/[：:]$/.test(head[0])) return undefined;
  const sentence = /^[^。；;！？!?]*/.exec(rest)![0];
  if (/[，,：:“”「」（）()]|等/.test(sentence)) return undefined;
  // 六大高耗能行业分别为：石油、煤炭及其他燃料加工业、化学原料和化学制品制造业、… (银川 2025 communiqué): official item names
  // (text/item-names.ts, the names the list before a count and respectively-mismatch read as one thing) hold 、 and 和 of their
  // own; none of them separates, and a name is one item however long (round 32).
  const names = itemNamesIn(text, from, from + sentence.length).map(({ start, end }) => ({ start: start - from, end: end - from }));
  // The list is 、-separated: a conjunction inside an item joins two words of that item
  // (城市供水和排水管网更新); only in the last item may it also be the final separator (A、B和C).
  const items = splitOutsideNames(sentence, /、/g, names, 0);
  const lastItem = items[items.length - 1];
  const last = lastItem ? splitOutsideNames(lastItem.text, /以及|和|及|与|與/g, names, lastItem.start) : [];
  const isName = (item: Piece) => names.some((n) => n.start === item.start && n.end === item.start + item.text.length);
  if (items.length < 2 || [...items, ...last].some((item) => !item.text || (item.text.length > 10 && !isName(item)) || /[0-9０-９]/.test(item.text))) return undefined;
  const plausible = last.length > 1 ? [items.length, items.length + last.length - 1] : [items.length];
  // “2+3”五种疾病：高血压、糖尿病和结核病、肝炎、严重精神障碍 (海南 2024, round 36's untouched set): a conjunction inside an
  // earlier item may also separate two things of the count (the list is grouped 2 + 3); the count is then read both ways.
  const joined = items.slice(0, -1).reduce((n, item) => n + splitOutsideNames(item.text, /以及|和|及|与|與/g, names, item.start).length - 1, 0);
  if (joined > 0) plausible.push(...plausible.map((n) => n + joined));
  return { items: [...items.slice(0, -1), ...last].map((item) => item.text), plausible };
}

/** A piece of a list and its offset (relative to the text the names are given in). */
interface Piece {
  text: string;
  start: number;
}

/** `text` split where `separator` (global) matches outside the name spans; `offset` is text's offset among the spans. */
function splitOutsideNames(text: string, separator: RegExp, names: readonly NameSpan[], offset: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const m of text.matchAll(separator)) {
    const at = offset + m.index;
    if (names.some((n) => at >= n.start && at < n.end)) continue;
    pieces.push({ text: text.slice(start, m.index), start: offset + start });
    start = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(start), start: offset + start });
  return pieces;
}

const rule = defineRule({
  meta: {
    id: 'count-mismatch',
    name: { zh: '数量与列举不符', en: 'Count does not match the items listed' },
    description: {
      zh: '写明的数量（如“3个检查站”“两项行动”“五个提升”）应与同一段中紧挨着列举的项数一致。',
      en: 'A stated count (“3 checkpoints”, “two campaigns”) must equal the number of items listed right beside it in the same paragraph.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {
      // One messageId per direction (round 36; `mismatch` before): a list longer than its count (a count not updated
      // after an item was added) and one shorter (an item left out) are different slips.
      moreItems: {
        zh: '列举多于数量：写明“{{count}}”，实际列举 {{listed}} 项（{{items}}）。请核对数量或删去多列的项。',
        en: 'More items than the count: “{{count}}” is stated, but {{listed}} item(s) are listed ({{items}}). Check the count or remove the extra item.',
      },
      fewerItems: {
        zh: '列举少于数量：写明“{{count}}”，实际列举 {{listed}} 项（{{items}}）。请核对数量或补全列举。',
        en: 'Fewer items than the count: “{{count}}” is stated, but {{listed}} item(s) are listed ({{items}}). Check the count or complete the list.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    for (const t of scanNumbers(text, paragraph.anchors)) {
      if (t.percent || !t.exact || t.ordinal || !COUNT_CLASSIFIERS.has(t.unit) || SKIP_UNITS.has(t.unit) || t.value < 2 || t.value > MAX_COUNT || t.decimals) continue;
      // 跆拳道将设男、女各4个级别 (People's Daily 2020, round 37): 各 makes the count each item's own, not the list's.
      if (/[前后後近每这這那其余餘另各]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) continue;
      // The count must stand before its head noun (3个检查站); 刑事案件19起、… counts the noun before it.
      if (!/^[\u4e00-\u9fff“「]/.test(text.slice(t.end, t.end + 1))) continue;
      // 在甲地、乙地3个项目和丙地…: the count and its noun are inside one item of a list that goes on,
      // so the count is about its own noun (乙地's projects), not the places before it.
      // Not when the conjunction opens another count (建设黄铎堡、将台、杨河、泾河源、古城5个中心镇和15个美丽村庄: 固原 2016, round
      // 34): that is a second counted group, and the first count closes the list before it.
      const inside = INSIDE_LIST_ITEM.exec(text.slice(t.end, t.end + 12));
      if (inside && !COUNT_AFTER_CONJUNCTION.test(text.slice(t.end + inside[0].length, t.end + inside[0].length + 6))) continue;
      // 越野滑雪、冬季两项等项目: a count with no head noun after it, only 等 or a separator, is part of an item's
      // name (冬季两项 is the biathlon, 铁人三项 the triathlon), not a count of the items before it.
      if (/^(?:等|、)/.test(text.slice(t.end, t.end + 1))) continue;
      // 收支两条线等预算管理改革: a one-character head noun and 等 — the count is part of the last item's name. Not after 个
      // (竹山、竹溪三个县等地: the count of the list, then an open tail).
      if (t.unit !== '个' && t.unit !== '個' && /^[\u4e00-\u9fff]等/.test(text.slice(t.end, t.end + 2))) continue;
      // 配合建设单位、施工单位签订三方监管协议 (round 36, People's Daily 2020): 三方协议, 四方会谈 name a kind of agreement or talks by
      // its parties, the speaker among them; not a count of the things listed before it.
      if (t.unit === '方' && /^[\u4e00-\u9fff]{0,4}?(?:协议|協議|合同|会谈|會談|会商|會商|协定|協定|备忘录|備忘錄)/.test(text.slice(t.end, t.end + 8))) continue;
      // 产值均呈两位数增长: 位数 counts the digits of a figure, not things.
      if (t.unit === '位' && /[数數]/.test(text.charAt(t.end))) continue;
      const listed = quotedBefore(text, t.start) ?? plainListBefore(text, t.start, t.end) ?? enumerationAfter(text, t);
      // 认真贯彻落实省委、省政府三个“一号工程”…决策部署 (a 2024 city report): issuers before a count of quoted programmes are
      // not what is counted (市委、市政府、市人大、市政协三大班子, counting the issuers themselves, is still checked).
      if (listed && /^[“「《]/.test(text.slice(t.end)) && listed.items.every((item) => AUTHORITY.test(item.replace(AUTHORITY_LEAD, '')))) continue;
      if (!listed || listed.plausible.includes(t.value) || Math.abs(listed.items.length - t.value) > MAX_GAP) continue;
      if (isGrade(text, t, listed.items)) continue;
      const count = text.slice(t.start, t.end);
      const numbered = listed.items.map((x, i) => `${i + 1}. ${x}`).join('  ');
      ctx.report({
        messageId: listed.items.length > t.value ? 'moreItems' : 'fewerItems',
        data: { count, value: t.value, listed: listed.items.length, items: listed.items.join('、') },
        start: paragraph.start + t.start,
        end: paragraph.start + t.end,
        detail: {
          zh: `列举：${numbered} → 共 ${listed.items.length} 项\n写明：${count} → ${t.value}\n${listed.items.length} ≠ ${t.value}`,
          en: `listed: ${numbered} → ${listed.items.length} item(s)\nstated: ${count} → ${t.value}\n${listed.items.length} ≠ ${t.value}`,
        },
      });
    }
  },
});

export default rule;
