// Local-government policy jargon for the wrong-character guards (错别字): the short forms that city and county work
// reports use for their own programmes and works — 雨污分流 (rain and sewage water piped apart), 通村公路, 可研 (a
// feasibility study), 申遗, 改灶 — are missing from the general dictionary the word model is built from (jieba's), so the
// model reads them as slips of a common homophone or look-alike (区域, 通过, 科研, 审议, 改造). An input method offers the
// common word first for such a reading, so the rare term is typed on purpose.
//
// The list is a documented class, not a list of sentences: each entry is the short form of a national programme or
// works term as the ministries name it (住房和城乡建设部: 雨污分流改造; 交通运输部: 通村公路; 国家发展改革委: 项目可研
// 批复; 国家文物局: 申遗; 农村"五改": 改厕、改灶、改厨、改圈), with its siblings. Where the short form could also be a slip
// typed in common prose (区域污染 typed 区雨污染, 建设 typed 建投), an entry names what the term stands before in the
// reports (`before`), and the guard holds only there. Sources and the findings that led to it: docs/rules/wrong-character.md
// ("Local-government policy jargon").

import { sentenceEnd, sentenceStart } from './sentences';

interface JargonEntry {
  term: string;
  /** What must follow the term for the guard to hold (none: anywhere). */
  before?: RegExp;
  /** What must come right before the term for the guard to hold (none: anywhere); tested on the 8 characters before it. */
  after?: RegExp;
}

/** Names of the state-owned investment platforms a city report lists (建投大厦, 城投集团). */
const PLATFORM_HEADS = /^(?:集团|公司|大厦|控股|平台|债)/;

const POLICY_JARGON: readonly JargonEntry[] = [
  // Urban drainage works: 雨污 = 雨水 + 污水 (雨污分流, 雨污合流, 雨污水管网, 雨污混接, 雨污同治, 雨污全部分流).
  { term: '雨污', before: /^(?:[分合水管混同全]|未分|不分)/ },
  // Rural roads reaching every administrative village and group (通村公路, 通村硬化路, 通村通组).
  { term: '通村', before: /^(?:公路|道路|硬化路|路|客运|班车|通组|组)/ },
  { term: '通组', before: /^(?:公路|道路|硬化路|路)/ },
  // Project preparation: 可研 = 可行性研究 (可研报告, 可研编制, 可研批复), also as an item of a list of stages.
  { term: '可研', before: /^(?:报告|编制|批复|评审|论证|阶段|工作|[、，。；及和等])/ },
  // World heritage nomination (申报世界遗产).
  { term: '申遗' },
  // The rural housing programme's "five changes" (改厕、改厨、改灶、改圈、改水).
  { term: '改厕' },
  { term: '改厨' },
  { term: '改灶' },
  { term: '改圈' },
  // Governance campaigns named 治 + what is governed: traffic jams, overloaded trucks.
  { term: '治堵' },
  { term: '治超' },
  // State-owned investment platforms by short name (城建投资 → 建投).
  { term: '建投', before: PLATFORM_HEADS },
  { term: '城投', before: PLATFORM_HEADS },
  { term: '交投', before: PLATFORM_HEADS },
  { term: '文投', before: PLATFORM_HEADS },
  // Industrial-policy coinages: 智造 (智能制造, 中国智造), 单品 (a single product line: 单品冠军, 优势单品).
  { term: '智造' },
  { term: '单品' },
  // 数智 = 数字 + 智能 (制造业数智化转型: the 2026 State Council work report, ten of the 21 provincial ones), only where the
  // coinage is used (数智化, 数智技术, 数智赋能): 数智经济 may still be 数字经济 typed near.
  { term: '数智', before: /^(?:化|技术|赋能|融合)/ },
  // The night-time economy (夜间经济), beside 会展经济, 首店经济 in lists of new forms of business.
  { term: '夜经济' },
  // Pilot zones the State Council named 综合实验区 (平潭综合实验区, 郑州航空港经济综合实验区, 社会发展综合实验区 — now
  // 可持续发展实验区): the official name, not 试验区 typed wrong (自贸实验区 is still: 自由贸易试验区 has no 综合).
  { term: '综合实验区' },
  // The discipline-inspection formula (正风肃纪, 正风反腐): 正风 = 端正作风.
  { term: '正风肃纪' },
  { term: '正风反腐' },
  // Terms of the 2020s the dictionary lacks (held-out s30e): 具身智能 (embodied AI: the 2025 State Council work report, 芜湖 2025),
  // 幼小衔接 (the kindergarten-to-primary transition: 黔东南 2021).
  { term: '具身智能' },
  { term: '幼小衔接' },
  // 国检 = the state's inspection (出入境检验检疫, the 两基 inspection of basic education: 海关、国检设立正式机构, 通过国检验收,
  // 两基国检后; held-out s30c and cities: 2 false alarms, 4 uses in the held-out reports), only as a term of its own: 全国检验 is not.
  { term: '国检', before: /^(?:[、，。；”等和及]|设立|验收|机构|后|工作)/ },
  // Round 36, the political-legal organs' terms (People's Daily political-legal articles, heldout-s36a/-s36a2, and a
  // regulation of heldout-s33t): 纪法 = 党纪 + 国法 (纪法衔接, 纪法贯通, 以纪法刚性约束: 2 false alarms, 使纪 → 世纪, 以纪 →
  // 以及; the word across the term's edge counts too: wordTakesJargon); 刑释 = 刑满释放 (刑释人员, 刑释解教人员: 2, → 刑事).
  { term: '纪法' },
  { term: '刑释', before: /^(?:人员|解教|[、和及])/ },
  // Round 38, the terms of criminal law and procedure the dictionary lacks (court and procuratorate guiding cases,
  // heldout-s38c/-s38c2: 10 false alarms): the kinds of penalty named X刑 (最高刑为死刑 ×4, 判处实刑, 履行财产刑: read as
  // 高行, 实行, 财产性) with their siblings (主刑, 附加刑, 法定刑, 宣告刑, 自由刑, 资格刑), only where the penalty is meant
  // (after a verb of sentencing or before what ends or continues the term), so 实行 typed 实刑 in 实刑责任制 stays a slip;
  // 刑侦 (criminal investigation) before the unit or work it names; 依约 (依照约定: 可依约直接请求); 易致 (易致人中毒或者
  // 死亡: the wording of the dangerous-goods rules, → 一致) before 人/使; 时点 (a point in time: 交易时点) after what
  // fixes it; 自洽 (logically consistent) after 无法/逻辑上…, not 自治 of 村民自治; 苯系物 (benzene compounds); 矿企
  // (mining companies; the 企 that 企业 would take beside 也: jargon-edge).
  { term: '最高刑', before: /^(?:为|是|期|[，。；、）])/ },
  { term: '实刑', after: /(?:判处|判|处以|适用|执行|宣告|改判)$/ },
  { term: '实刑', before: /^(?:判决|罪犯|[，。；、）])/ },
  { term: '财产刑', after: /(?:履行|判处|并处|执行|适用|附加)$/ },
  { term: '财产刑', before: /^(?:判项|部分|执行|[，。；、）])/ },
  { term: '主刑' },
  { term: '附加刑' },
  { term: '法定刑' },
  { term: '宣告刑' },
  { term: '自由刑' },
  { term: '资格刑' },
  { term: '刑侦', before: /^(?:部门|支队|大队|中队|总队|民警|人员|工作|技术|专业|局|处|[、，。；和及])/ },
  { term: '依约' },
  { term: '易致', before: /^[人使]/ },
  { term: '时点', after: /(?:交易|时间|特定|同一|某一|某个|基准|估值|评估|买入|卖出|这一|该|任一|各)$/ },
  { term: '自洽', after: /(?:逻辑上?|无法|不能|能够|难以|相互|前后|完全|自圆其说|不)$/ },
  { term: '苯系物' },
  { term: '矿企', before: /^[^业業]/ },
  // Round 38, report terms of untouched-s38u (4 false alarms) that other clean texts use too: 种子企业 (seed-breeding
  // companies of the seed-industry revitalisation: 福建 2018, 贵州 2015, → 中资; 7 more uses in 5 other clean files);
  // 治吏 (governing officials: 从严治吏, 山西 2016 ×2, → 治理; 管党、管权、治吏 and 治吏经验 in 2 other files), only after
  // 从严/严格 or as the last of a 治党、管权、治吏 series, so 社会治吏 stays a slip; 黄河善谷 (Ningxia's charity-industry
  // park, 宁夏 2014, → 善于; 3 uses in 2 other Ningxia reports, untouched-s33u 2012 and -s37u 2016); 建管 = 建设 + 管理 (四川 2011 建管机制, → 监管), only before what the abbreviation heads in
  // reports (建管并重 16 files, 建管机制/新机制/方式/水平/交接, 建管护/用/运/养 of 建管用机制, 投建管养; ≈ 35 uses in 30
  // files), so 加强建管力度 (监管) keeps its check.
  { term: '种子企业' },
  { term: '治吏', after: /(?:从严|严格|管权、|治党、|管党、)$/ },
  { term: '黄河善谷' },
  { term: '建管', before: /^(?:并重|结合|机制|新机制|方式|水平|交接|一体|[护用运养])/ },
];

/** Every character of the terms (policyJargon's first test). */
const JARGON_CHARS = new Set(POLICY_JARGON.flatMap(({ term }) => [...term]));

/**
 * 加快城市建成区雨污分流改造 / 新（改）建通村硬化路 / 启动可研编制: does the suspect text[at, at + length) lie inside a term of
 * local-government policy jargon (POLICY_JARGON), followed by what the term stands before? Then it is the term, not a slip.
 */
export function policyJargon(text: string, at: number, length: number): boolean {
  // Most suspects hold no character of any term: one set lookup says so.
  if (!JARGON_CHARS.has(text.charAt(at))) return false;
  for (const { term, before, after } of POLICY_JARGON) {
    // Only the starts from which the term covers the whole suspect (no search through the text).
    for (let from = Math.max(0, at + length - term.length); from <= at; from++) {
      if (!text.startsWith(term, from)) continue;
      if (after && !after.test(text.slice(Math.max(0, from - 8), from))) continue;
      if (!before || before.test(text.slice(from + term.length, from + term.length + 4))) return true;
    }
  }
  return false;
}

/** The heads that end the name of a hotline's service after its number (12345政务服务便民热线, 12309检察服务中心). */
const HOTLINE_HEADS = /^[\p{Script=Han}]{0,8}?(?:中心|热线|平台|电话)/u;
/** How far a suspect may stand from the number of the hotline that names it. */
const HOTLINE_REACH = 8;

/**
 * 12316资讯服务中心 (round 38, untouched-s38u 江西 2017, 资讯 read as 咨询): does the suspect text[at, at + length) lie in the
 * name of a national service hotline, a five-digit number 12xxx right before the Han run (12345市民服务热线, 12309检察
 * 服务中心, 12348公共法律服务平台: 92 such names in 63 files of the other clean folders) whose name ends in 中心, 热线,
 * 平台 or 电话? The name is the service's own; a run after such a
 * number that names no service (12316资讯发布) keeps its check.
 */
export function hotlineName(text: string, at: number, length: number): boolean {
  let start = at;
  while (start > 0 && at - start < HOTLINE_REACH && /\p{Script=Han}/u.test(text.charAt(start - 1))) start--;
  if (start < 5 || !/^12\d{3}$/.test(text.slice(start - 5, start)) || /\d/.test(text.charAt(start - 6))) return false;
  const name = HOTLINE_HEADS.exec(text.slice(start, start + HOTLINE_REACH + 2));
  return name !== null && name[0].length >= at + length - start;
}

/**
 * Characters that end the names of places, streets and sights (寺, 祠, 巷, 庄, 桥, 湖, 山, 门: 董公寺, 韩文公祠, 顺城巷, 五峰山, 北院门).
 * Not the heads of common nouns too (馆, 院, 园, 路, 区: 博物馆, 图书馆, 道路), whose lists are not names.
 */
const PLACE_SUFFIXES = new Set([...'寺庙庵观祠巷街坊庄村屯寨堡铺镇桥渡湖荡湾港洲岛滩山岭峰峡谷沟关门塔亭阁坝泉溪']);
/** What ends an item of a list in running text. */
const ITEM_ENDS = new Set([...'、等和及，。；：']);
/** The suspect must lie this close to the end of its item (the suffix itself or the one or two characters before it). */
const SUFFIX_REACH = 3;
/** How many characters of running text before the item a list item may take up. */
const ITEM_REACH = 12;

/** Does the list item ending right before text[end] (a pause mark or 等) end with a place suffix? */
function itemEndsInPlace(text: string, end: number): boolean {
  return end > 0 && PLACE_SUFFIXES.has(text.charAt(end - 1)) && /\p{Script=Han}/u.test(text.charAt(end - 2));
}

/**
 * 加快忠庄、高桥、董公寺等高速公路下线口建设 / 加强城墙内顺城巷、北院门等重点旅游街区 / 规划建设埠村、五峰山等国际赛事基地: is the
 * suspect text[at, at + length) at the end of a list item that ends with a place suffix (寺, 巷, 村), in a list with
 * another such item before or after it (忠庄, 北院门, 五峰山)? Then the items are names of places, which the dictionary
 * lacks, not slips (公司, 城乡, 建设部). `corrected`: the suspect's replacement. A correction that keeps the suffix and
 * makes the item's tail a dictionary word (博务馆 → 博物馆) is a slip in a common noun, still reported; the model
 * answers `hasWord`.
 */
export function placeNameInList(text: string, at: number, length: number, corrected: string, hasWord: (word: string) => boolean): boolean {
  // Most suspects have no place suffix within reach: a few set lookups say so.
  let suffix = false;
  for (let i = at + length - 1; i < at + SUFFIX_REACH && i < text.length && !suffix; i++) suffix = PLACE_SUFFIXES.has(text.charAt(i));
  if (!suffix) return false;
  let end = at + length;
  while (end < text.length && end < at + SUFFIX_REACH && /\p{Script=Han}/u.test(text.charAt(end)) && !ITEM_ENDS.has(text.charAt(end))) end++;
  if (end >= text.length || !'、等和及'.includes(text.charAt(end)) || !PLACE_SUFFIXES.has(text.charAt(end - 1))) return false;
  // The suffix kept, the corrected tail a common noun: a slip there.
  if (end > at + length) {
    const tail = text.slice(Math.max(0, end - 3), end);
    const fixed = tail.slice(0, at - (end - tail.length)) + corrected + tail.slice(at - (end - tail.length) + length);
    if (hasWord(fixed) || hasWord(fixed.slice(1))) return false;
  }
  // Another item ending with a place suffix: the one after (up to the next pause mark or 等)…
  if (text.charAt(end) === '、') {
    let next = end + 1;
    while (next < text.length && next < end + ITEM_REACH && /\p{Script=Han}/u.test(text.charAt(next)) && !ITEM_ENDS.has(text.charAt(next))) next++;
    if (next < text.length && ITEM_ENDS.has(text.charAt(next)) && itemEndsInPlace(text, next)) return true;
  }
  // …or the one before (ending at the pause mark before the suspect's item).
  let start = at - 1;
  while (start >= 0 && start > at - ITEM_REACH && text.charAt(start) !== '、' && /\p{Script=Han}/u.test(text.charAt(start))) start--;
  return start > 0 && text.charAt(start) === '、' && itemEndsInPlace(text, start);
}

/** Where a numbered hospital belongs (市一院: the city's No. 1 hospital; 省二院, 县人民医院's 县一院). */
const HOSPITAL_OWNERS = new Set([...'市省县']);
const NUMERALS = new Set([...'一二三四五六七八九十']);

/**
 * 市一院综合病房大楼、市七院门急诊病房大楼建成使用: is the suspect a numeral between 市/省/县 and 院? Then it is a numbered
 * hospital by its short name (市第一人民医院), not 医院 typed wrong; 社区一院 (no owner before it) is checked as before.
 */
export function numberedHospital(text: string, at: number, wrong: string): boolean {
  return wrong.length === 1 && NUMERALS.has(wrong) && HOSPITAL_OWNERS.has(text.charAt(at - 1)) && text.charAt(at + 1) === '院';
}

/**
 * What a pair of place abbreviations names (靖神铁路: 靖边–神木; 竹房城镇带: 竹山–房县; 沪昆高铁). Not 高速 or 一体化: they
 * follow verbs and common nouns far more often (加快推进高速公路, 城乡一体化), so a slip there (推竟高速公路) leaves the
 * same non-word pair before them.
 */
const ROUTE_HEADS = /^(?:铁路|高铁|城际|城镇带|经济带|走廊|航线|管道)/;

/**
 * 浩吉、靖神铁路开辟榆煤南运新通道 / 抢抓竹房城镇带建设: does the suspect touch the two characters right before 铁路, 高速,
 * 城镇带…, which are no dictionary word? Then they are two place abbreviations naming a route or belt, not 精神 or 抓住
 * typed wrong; a pair that is a word (实线高速) is checked as before.
 */
function routeOfTwoPlaces(hasWord: (word: string) => boolean, text: string, at: number, length: number): boolean {
  for (let p = at + 1; p <= at + length + 2 && p < text.length; p++) {
    if (!ROUTE_HEADS.test(text.slice(p, p + 3))) continue;
    const pair = text.slice(p - 2, p);
    return p - 2 >= 0 && /^\p{Script=Han}{2}$/u.test(pair) && !hasWord(pair);
  }
  return false;
}

/**
 * A named expressway: two place abbreviations right before 高速 (晋济高速: 晋城–济源, 旌绩高速: 旌德–绩溪; held-out s31, a 2015
 * provincial and a 2025 city report), where 高速 is the road's name, not the adjective or 高速公路 after a verb or a noun
 * (推竟高速公路, 经纪高速发展 stay slips).
 */
const NAMED_EXPRESSWAY = /^高速(?!公路|铁路|铁|发展|增长|运行|运转|推进|度|化|路|网|率|成长|列车)/;

/** Does the suspect touch a pair of Han characters, no dictionary word, right before a named expressway's 高速? */
function expresswayOfTwoPlaces(hasWord: (word: string) => boolean, text: string, at: number, length: number): boolean {
  for (let p = at + 1; p <= at + length + 1 && p < text.length; p++) {
    if (!NAMED_EXPRESSWAY.test(text.slice(p, p + 4))) continue;
    const pair = text.slice(p - 2, p);
    return p - 2 >= 0 && p - 2 <= at && /^\p{Script=Han}{2}$/u.test(pair) && !hasWord(pair);
  }
  return false;
}

/** The generic of a line named by its end places, right after the list's last item (杭长、长昆客运专线; 南景、大南、宾南高速). */
const LINE_HEAD = /^(?:客运专线|客专|铁路|高铁|城际|高速|公路|通道|航道)/;
/** A line word anywhere in the sentence, for a list with no generic after it (铁路，……加快推进石长、娄邵、衡茶吉建设). */
const LINE_WORD = /客运专线|客专|铁路|高铁|城际|高速|公路/;
const HAN = /^\p{Script=Han}+$/u;
/** The sentence a line word is looked for in ends at 。 or a line break (铁路，……石长、娄邵、衡茶吉建设 is one sentence). */
const LINE_SENTENCE_END = /[。\n]/;

/**
 * 重点推进杭长、长昆客运专线建设 / 铁路，……加快推进石长、娄邵、衡茶吉建设 (untouched-s36u, 湖南 2012): is the suspect in the
 * first item of a 、-list of lines named by the first characters of their end places (杭长: 杭州–长沙; 石长: 石门–长沙)?
 * Only the first item is glued to the verb before it (推进杭长), so only it is ever checked; the shape says what it is:
 * the two characters before the 、 are no dictionary word, every item after it is two or three Han characters and no
 * word, and either the last item is followed by a line's generic (客运专线, 铁路, 高速…) or there are at least two more
 * items and the sentence speaks of lines (铁路, 公路, 高速…). A first item that is a word (市常、教育、卫生 stays checked
 * through its other characters) or a list of words is checked as before.
 */
export function firstOfLineList(hasWord: (word: string) => boolean, text: string, at: number, length: number): boolean {
  for (let q = at + 1; q <= at + length + 1 && q < text.length; q++) {
    if (text.charAt(q) !== '、') continue;
    const first = text.slice(q - 2, q);
    if (q - 2 < 0 || !HAN.test(first) || hasWord(first)) return false;
    let p = q + 1;
    let items = 0;
    for (;;) {
      let len = 0;
      while (len < 4 && /\p{Script=Han}/u.test(text.charAt(p + len))) len++;
      if ((len === 2 || len === 3) && text.charAt(p + len) === '、' && !hasWord(text.slice(p, p + len))) {
        items++;
        p += len + 1;
        continue;
      }
      break;
    }
    for (const len of [2, 3]) {
      const last = text.slice(p, p + len);
      if (HAN.test(last) && last.length === len && !hasWord(last) && LINE_HEAD.test(text.slice(p + len, p + len + 4))) return true;
    }
    if (items < 1 || !/^\p{Script=Han}{2}/u.test(text.slice(p, p + 2)) || hasWord(text.slice(p, p + 2))) return false;
    return LINE_WORD.test(text.slice(sentenceStart(text, at, LINE_SENTENCE_END), sentenceEnd(text, p, LINE_SENTENCE_END)));
  }
  return false;
}

/**
 * A village named surname + 家 + a place suffix (郭家湾煤矿, 王家庄, 李家沟; held-out s31, a 2014 city report): the
 * character before 家 is the surname, not 国 of 国家 typed near. 湾区 (国家湾区) is not a place.
 */
function surnameJiaPlace(text: string, at: number, wrong: string): boolean {
  return wrong.length === 1 && text.charAt(at + 1) === '家' && /[湾庄沟坪洼峁梁岭寨堡屯窑]/.test(text.charAt(at + 2)) && text.charAt(at + 3) !== '区';
}

/**
 * Characters of place names that common words hardly use (圩: a diked polder; 垸, 畈, 浜, 垟, 埭, 岙; 塬: a loess tableland,
 * 何家塬; 嶂: a steep peak, 大屏嶂, round 31 — common words have it only in 重峦叠嶂).
 */
const PLACE_CHARACTERS = /[圩垸畈浜垟埭岙塬嶂]/u;

/** The generics of rivers and lakes a one-character name goes before (漳江, 绛河, 硝河). */
const WATER_GENERICS = new Set([...'河江溪湖']);
/** A river's own character: official texts (1.1 M characters) use it at most this often (绛, 硝, 漳: never; 常, 将: hundreds). */
const RIVER_CHAR_USES = 5;

/**
 * 扎实做好浊漳河南源、石子河、绛河等综合治理 / 九龙江口和漳江口红树林湿地: is the written character the name of a river or lake
 * before its generic (河, 江, 溪, 湖), corrected into a common word with that generic (江河, 长江)? A character official
 * texts hardly use (RIVER_CHAR_USES) is no input method's first offer for its reading: chosen on purpose, a name. A
 * common character typed for 长 or 江 (常江, 将河) is checked as before. `uses`: the model's officialCharUses.
 */
export function riverName(uses: (c: string) => number, text: string, at: number, wrong: string, right: string, word: string): boolean {
  const generic = text.charAt(at + wrong.length);
  return wrong.length === 1 && WATER_GENERICS.has(generic) && word === right + generic && uses(wrong) <= RIVER_CHAR_USES;
}

/**
 * Is the suspect text[at, at + wrong.length) (corrected into `right`) a term of local government: policy jargon
 * (policyJargon), a place named in a list of places (placeNameInList), a numbered hospital (numberedHospital), a route
 * named by two place abbreviations (routeOfTwoPlaces) or a character of place names (下九连圩)?
 */
export function localTerm(model: { hasWord(word: string): boolean }, text: string, at: number, wrong: string, right: string): boolean {
  const hasWord = (word: string): boolean => model.hasWord(word);
  return policyJargon(text, at, wrong.length) || placeNameInList(text, at, wrong.length, right, hasWord) || numberedHospital(text, at, wrong)
    || routeOfTwoPlaces(hasWord, text, at, wrong.length) || firstOfLineList(hasWord, text, at, wrong.length) || expresswayOfTwoPlaces(hasWord, text, at, wrong.length) || surnameJiaPlace(text, at, wrong)
    || PLACE_CHARACTERS.test(wrong);
}
