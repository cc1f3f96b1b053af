// Official names of statistics items that hold 和/及/、 themselves (批发和零售业, 交通运输、仓储和邮政业): in a list
// before 分别 each is one thing, not two or three. Read by respectively-mismatch so that a list of such names can be
// counted (A、B、住宿和餐饮业 is three things, not three or four).
//
// Sources: the national industry classification GB/T 4754-2017 《国民经济行业分类》 — its sections (门类), the divisions
// (大类) whose names hold 和/及/、, one group (中类) and two 2011 names still written in communiqués — and, from 国家统计局,
// the categories of the consumer price index (居民消费价格, eight) and of retail sales (限额以上单位商品零售类值) whose names
// hold 和/及/、. Names without them (采矿业, 医疗保健) need no entry: no separator hides in them.
import { codeUnitBytes } from './code-tables';

/** Simplified forms; traditional text is read through TRADITIONAL below. */
export const ITEM_NAMES: readonly string[] = [
  // GB/T 4754-2017 sections (门类)
  '农、林、牧、渔业',
  '电力、热力、燃气及水生产和供应业',
  '批发和零售业',
  '交通运输、仓储和邮政业',
  '住宿和餐饮业',
  '信息传输、软件和信息技术服务业',
  '租赁和商务服务业',
  '科学研究和技术服务业',
  '水利、环境和公共设施管理业',
  '居民服务、修理和其他服务业',
  '卫生和社会工作',
  '文化、体育和娱乐业',
  '公共管理、社会保障和社会组织',
  // GB/T 4754-2017 divisions (大类)
  '农、林、牧、渔专业及辅助性活动',
  '煤炭开采和洗选业',
  '石油和天然气开采业',
  '开采专业及辅助性活动',
  '酒、饮料和精制茶制造业',
  '纺织服装、服饰业',
  '皮革、毛皮、羽毛及其制品和制鞋业',
  '木材加工和木、竹、藤、棕、草制品业',
  '造纸和纸制品业',
  '印刷和记录媒介复制业',
  '文教、工美、体育和娱乐用品制造业',
  '石油、煤炭及其他燃料加工业',
  '化学原料和化学制品制造业',
  '橡胶和塑料制品业',
  '黑色金属冶炼和压延加工业',
  '有色金属冶炼和压延加工业',
  '铁路、船舶、航空航天和其他运输设备制造业',
  '电气机械和器材制造业',
  '计算机、通信和其他电子设备制造业',
  '金属制品、机械和设备修理业',
  '电力、热力生产和供应业',
  '燃气生产和供应业',
  '水的生产和供应业',
  '建筑装饰、装修和其他建筑业',
  '多式联运和运输代理业',
  '装卸搬运和仓储业',
  '电信、广播电视和卫星传输服务',
  '互联网和相关服务',
  '软件和信息技术服务业',
  '研究和试验发展',
  '科技推广和应用服务业',
  '生态保护和环境治理业',
  '机动车、电子产品和日用产品修理业',
  '新闻和出版业',
  '广播、电视、电影和录音制作业',
  '群众团体、社会团体和其他成员组织',
  '基层群众自治组织及其他组织',
  // a GB/T 4754-2017 group (中类) seen in reports
  '船舶及相关装置制造',
  // GB/T 4754-2011 names still in use
  '石油加工、炼焦和核燃料加工业',
  '农、林、牧、渔服务业',
  // Consumer price index categories (国家统计局)
  '生活用品及服务',
  '生活用品和服务', // as communiqués also write it
  '交通和通信',
  '教育文化和娱乐',
  '其他用品和服务',
  // Retail sales categories of units above the designated size (限额以上单位商品零售, 国家统计局); those with 、 only with
  // their 类 (粮油、食品 alone may be two things)
  '建筑及装潢材料',
  '石油及制品',
  '家用电器和音像器材',
  '粮油、食品类',
  '服装、鞋帽、针纺织品类',
  '体育、娱乐用品类',
  '五金、电料类',
];

/** Traditional → simplified for the characters of ITEM_NAMES that differ (OpenCC's s2t of the names, inverted). */
const TRADITIONAL = new Map<string, string>();
const PAIRS = '農农漁渔業业電电熱热氣气產产應应發发運运輸输倉仓儲储郵邮飲饮傳传軟软術术務务賃赁學学環环設设衛卫會会體体娛娱樂乐組组織织專专輔辅動动開开採采選选製制紡纺裝装飾饰紙纸記记錄录複复膠胶屬属煉炼壓压鐵铁備备機机計计築筑聯联廣广視视網网關关試试驗验態态護护車车聞闻協协羣群眾众衆众團团員员針针糧粮類类';
for (let i = 0; i + 1 < PAIRS.length; i += 2) TRADITIONAL.set(PAIRS.charAt(i), PAIRS.charAt(i + 1));

/** Names by their first character, longest first (a longest match wins). */
const BY_FIRST = new Map<string, string[]>();
for (const name of [...ITEM_NAMES].sort((a, b) => b.length - a.length)) {
  const first = name.charAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), name]);
}

// spells() compares equal code units without a look-up: that needs names written with no key of TRADITIONAL.
for (const name of ITEM_NAMES) for (const c of name) if (TRADITIONAL.has(c)) throw new Error(`item-names: ${name} holds the traditional ${c}`);

/** BY_FIRST's lists in an array, so that a code unit can name one. */
const LISTS = [...BY_FIRST.values()];
/**
 * For each code unit that begins a name, simplified or traditional (農 as well as 农): 1 + the index of its list in LISTS;
 * 0 for the others. By code: most first characters (有, 生, 新) begin no name, and a string made by charAt for a Map
 * look-up was garbage for each.
 */
const FIRST_CHARACTER = codeUnitBytes();
if (LISTS.length > 255) throw new Error('item-names: FIRST_CHARACTER holds list numbers up to 255');
[...BY_FIRST.keys()].forEach((first, k) => (FIRST_CHARACTER[first.charCodeAt(0)] = k + 1));
for (const [traditional, simplified] of TRADITIONAL) {
  const list = FIRST_CHARACTER[simplified.charCodeAt(0)] ?? 0;
  if (list) FIRST_CHARACTER[traditional.charCodeAt(0)] = list;
}

export interface NameSpan {
  start: number;
  end: number;
}

/** The known names in text[from, to), left to right, each the longest one starting where it is found. */
export function itemNamesIn(text: string, from: number, to: number): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = from; i < to; i++) {
    // The list readers ask for every clause a count ends: one flag read per character, most begin no name.
    const list = FIRST_CHARACTER[text.charCodeAt(i)] ?? 0;
    if (list === 0) continue;
    // Compared in place: the list readers call this for every list.
    const name = nameAt(LISTS[list - 1] ?? [], text, i, to);
    if (!name) continue;
    spans.push({ start: i, end: i + name.length });
    i += name.length - 1;
  }
  return spans;
}

/** The first (longest) name of `names` that text spells from `at`, ending by `to`. */
function nameAt(names: readonly string[], text: string, at: number, to: number): string | undefined {
  for (const name of names) if (at + name.length <= to && spells(text, at, name)) return name;
  return undefined;
}

function simplifiedAt(text: string, i: number): string {
  const c = text.charAt(i);
  return TRADITIONAL.get(c) ?? c;
}

/**
 * Whether text spells `name` from `at`, character by character through TRADITIONAL (its first character already matched).
 * The same code unit needs no look-up: TRADITIONAL maps no character of a name's simplified form.
 */
function spells(text: string, at: number, name: string): boolean {
  for (let k = 1; k < name.length; k++) {
    if (text.charCodeAt(at + k) !== name.charCodeAt(k) && simplifiedAt(text, at + k) !== name.charAt(k)) return false;
  }
  return true;
}
