// Reading a Chinese enumeration ("A、B和C") that ends at a given offset, right to left.
// Shared by the number rules that compare how many things are listed with a count
// (respectively-mismatch, count-mismatch). Precision first: when the list's extent is
// unclear the reader says so and the rules stay quiet.
import { itemNamesIn, type NameSpan } from './item-names';
import { codeUnitBytes } from './code-tables';

export interface ListItem {
  start: number;
  end: number;
  text: string;
}

export interface ListRead {
  /** Items left to right. The first item's start may include words before it (全市刑事类). */
  items: ListItem[];
  /** The list ends with 等/等等 (an open list: its length says nothing). */
  open: boolean;
  /** An empty piece (、、) or a conjunction before the last separator (纤维及复合材料、合成材料): unreliable. */
  broken: boolean;
  /** The last separator is 和/及/与/以及, which may also join words inside one name (租赁和商务服务业). */
  conjunctionLast: boolean;
  /** The official item names in the clause read as one item each (with `itemNames`). */
  names?: readonly NameSpan[];
  /**
   * Conjunctions inside items other than the last with an item before them (非织造布、新材料及医药制造、食品制造业): each
   * joins two words of one item or two items, so the list is as many things as its pieces or one more per conjunction.
   */
  innerConjunctions?: number;
}

/**
 * A thing that ends in the head word of a measure (不良贷款率, 入境游客人次, 农产品加工业产值) is whole: a 和 after it
 * starts the next thing, it does not join two words of one name as in 批发和零售业 or 高中阶段和高等教育毛入学率.
 */
/** An age band that opens an item's name (5岁以下儿童死亡率, 60岁及以上人口) is no number before the list. */
const AGE_NAMED = /^[0-9０-９]{1,3}(?:[-－~～至][0-9０-９]{1,3})?(?:周岁|週歲|岁|歲)(?:及以上|及以下|以上|以下)?/;

const WHOLE_MEASURE = /(?:率|人次|产值|產值|增加值|总额|總額|比重|占比|佔比|指数|指數)$/;

/**
 * Countries, economies and regions that reports list as trading partners or sources of visitors: two of them joined by
 * 和 are two things (东盟、欧盟、美国和韩国), never one name. Both sides must be the bare name (香港和澳门居民 may be one).
 */
const PLACES = new Set(
  ('美国 美國 日本 韩国 韓國 欧盟 歐盟 东盟 東盟 英国 英國 德国 德國 法国 法國 俄罗斯 俄羅斯 印度 巴西 加拿大 澳大利亚 澳洲 ' +
    '新西兰 紐西蘭 新加坡 马来西亚 馬來西亞 泰国 泰國 越南 印尼 菲律宾 菲律賓 意大利 義大利 西班牙 荷兰 荷蘭 瑞士 南非 墨西哥 ' +
    '中国 中國 内地 內地 香港 澳门 澳門 台湾 台灣 臺灣 非洲 欧洲 歐洲 亚洲 亞洲 拉美 中东 中東 东南亚 東南亞').split(' '),
);

/**
 * How many things a list may stand for: A、B和C is three, or two when 和 is inside a name (not after a whole measure:
 * 资本充足率、不良贷款率和拨备覆盖率 is three; nor between two places: 美国和韩国); each conjunction inside an earlier item
 * may add one.
 */
export function plausibleCounts(list: ListRead): number[] {
  const n = list.items.length;
  const inner = list.innerConjunctions ?? 0;
  const counts = Array.from({ length: inner + 1 }, (_, k) => n + k);
  const beforeLast = list.items[n - 2]?.text ?? '';
  const twoPlaces = PLACES.has(beforeLast) && PLACES.has(list.items[n - 1]?.text ?? '');
  return list.conjunctionLast && n >= 3 && !WHOLE_MEASURE.test(beforeLast) && !twoPlaces ? [...counts, n - 1] : counts;
}

const MAX_LIST = 200;
/**
 * An item's own figure at its end: 612人, 147.83亿元, 0-17岁, 158.86 億元, 8445万人次 (a magnitude before a two-character unit),
 * 96.02% (a rate: 学前三年毛入园率92.5%、九年义务教育巩固率96.02%、高中阶段毛入学率91.77%，分别提高…).
 */
const TRAILING_FIGURE = /(?:[0-9０-９.．]+[-－—～~至])?[0-9０-９.．]+\s?(?:[%％‰]|[万萬亿億]?[\u4e00-\u9fff]{0,2})$/;
/**
 * What the backward walk of listEndingAt makes of each code unit: a closing or opening bracket or quote, a mark that
 * ends the clause, 、, 以 (of 以及) or a conjunction isConjunction judges. By code: the walk runs for every count, through
 * its whole clause, and a one-character string per character (for includes() and a pattern's test) was most of its time.
 */
const WALK_OTHER = 0;
const WALK_CLOSE = 1;
const WALK_OPEN = 2;
const WALK_STOP = 3;
const WALK_PAUSE = 4;
const WALK_YI = 5;
const WALK_CONJUNCTION = 6;
const WALK = codeUnitBytes();
function walkAs(chars: string, kind: number): void {
  for (let i = 0; i < chars.length; i++) WALK[chars.charCodeAt(i)] = kind;
}
walkAs('”’」』）)》〉】]', WALK_CLOSE);
walkAs('“‘「『（(《〈【[', WALK_OPEN);
walkAs('。！？!?；;，,：:\n', WALK_STOP);
walkAs('、', WALK_PAUSE);
walkAs('以', WALK_YI);
walkAs('和及与與', WALK_CONJUNCTION); // the only characters isConjunction can accept

const SEPARATOR_INSIDE_NAMES = /[、和及]/;
const NO_NAMES: { separators: ReadonlySet<number>; names: NameSpan[] } = { separators: new Set(), names: [] };

/**
 * The official item names in [from, end) (text/item-names.ts: 信息传输、软件和信息技术服务业，科学研究和技术服务业，租赁和商务
 * 服务业营收分别增长…) and the offsets of the separators inside them, which join no list items.
 */
function itemNameSeparators(text: string, from: number, end: number): { separators: ReadonlySet<number>; names: NameSpan[] } {
  // Most clauses a count ends hold no separator at all (5个, 3起): nothing to look up.
  if (!SEPARATOR_INSIDE_NAMES.test(text.slice(from, end))) return NO_NAMES;
  const names = itemNamesIn(text, from, end);
  if (!names.length) return NO_NAMES;
  const separators = new Set<number>();
  for (const { start, end: nameEnd } of names) {
    for (let k = start; k < nameEnd; k++) if ('、和及'.includes(text.charAt(k))) separators.add(k);
  }
  return { separators, names };
}

/** Is the conjunction at `at` (和/及/与/與) a list separator and not part of a word (和谐, 及时, 参与)? */
function isConjunction(text: string, at: number): boolean {
  const c = text[at];
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  // 和平 is a word, but 和 before 平台, 平价, 平安 joins two things: 冷藏设施和平价商店, 基地和平台, 法治和平安建设.
  if (c === '和' && after === '平' && /[台价價安]/.test(text[at + 2] ?? '')) return !/[总總平温溫缓緩饱飽祥共柔调調谦謙随隨]/.test(before);
  // 和美 is a word (和美乡村), but 和 before 美国, 美方, 美元, 美洲, 美欧 joins two things: 通过研究中国、意大利和美国三个国家 (round 36,
  // People's Daily 2020: read as two items, count-mismatch reported 三个).
  if (c === '和' && after === '美' && /[国國方元洲欧歐日联聯军軍]/.test(text[at + 2] ?? '')) return !/[总總平温溫缓緩饱飽祥共柔调調谦謙随隨]/.test(before);
  // A conjunction needs a thing before it: 和 right after 、 opens a name (喀什、和田地区; 延吉、和龙至…), and 呼和浩特 (the
  // Mongolian 呼和, blue) is one place name (推动呼和浩特、鄂尔多斯、满洲里3个综保区: round 37, injected counts).
  if (before === '、' || (c === '和' && before === '呼' && after === '浩')) return false;
  if (c === '和') return !/[总總平温溫缓緩饱飽祥共柔调調谦謙随隨]/.test(before) && !/[谐諧平睦美解约約气氣煦蔼藹善]/.test(after);
  // 60岁及以上, 三级及以下: 及 joins a bound to its range, not two things.
  if (c === '及') return before !== '以' && !/[涉普危波顾顧来來企惠触觸遍论論提]/.test(before) && !/[时時早格]/.test(after) && !/^以[上下]/.test(text.slice(at + 1, at + 3));
  if (c === '与' || c === '與') return !/[参參给給授赋賦]/.test(before) && !/[会會其否]/.test(after);
  return false;
}

/** A list piece without its bracketed notes (治理（管控）率 → 治理率), as its length is measured. */
function withoutBrackets(piece: string): string {
  return piece.replace(/[（(][^（）()]*[）)]/g, '');
}

/**
 * The list that ends just before `end`, within its clause (a comma, full stop or unmatched
 * opening bracket ends it). Separators inside quotes or brackets do not count; only the last
 * separator may be a conjunction (A、B和C), so 全省与X贸易、投资和外资 is three items.
 * Items other than the last are at most `maxItem` characters long (an official name's length + 3 where one is longer). With `itemNames`, the separators inside official
 * item names (批发和零售业) join nothing.
 */
export function listEndingAt(text: string, end: number, maxItem = 14, itemNames = true): ListRead {
  // Find the separators at bracket depth 0 between the clause start and `end`.
  const seps: { at: number; len: number; conj: boolean }[] = [];
  let depth = 0;
  let begin = end;
  // A clause longer than this is not read as a list (and keeps the reader linear overall).
  const limit = Math.max(0, end - MAX_LIST);
  const { separators: inName, names } = itemNames ? itemNameSeparators(text, limit, end) : NO_NAMES;
  // A name may be longer than the usual item (电力、热力、燃气及水生产和供应业 is 16 characters).
  const itemLimit = names.reduce((m, n) => Math.max(m, n.end - n.start + 3), maxItem);
  // Most clauses hold no official name: no set to ask at every character.
  const withNames = names.length > 0;
  for (let i = end - 1; i >= 0; i--) {
    if (i < limit) return { items: [], open: false, broken: true, conjunctionLast: false };
    if (withNames && inName.has(i)) {
      begin = i;
      continue;
    }
    const kind = WALK[text.charCodeAt(i)] ?? WALK_OTHER; // NaN past the ends: none
    if (kind === WALK_CLOSE) depth++;
    else if (kind === WALK_OPEN) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && kind !== WALK_OTHER) {
      if (kind === WALK_STOP) break;
      if (kind === WALK_PAUSE) seps.push({ at: i, len: 1, conj: false });
      else if (kind === WALK_YI) {
        if (text.startsWith('以及', i)) seps.push({ at: i, len: 2, conj: true });
      } else if (text[i - 1] !== '以' && isConjunction(text, i)) seps.push({ at: i, len: 1, conj: true });
    }
    begin = i;
  }
  const items: ListItem[] = [];
  let right = end;
  let broken = false;
  let innerConjunctions = 0;
  for (let k = 0; k <= seps.length; k++) {
    let sep = seps[k];
    // A conjunction inside an earlier item with a 、 before it (非织造布、新材料及医药制造、食品制造业): the list goes on to
    // the left, the conjunction joining two words of the item or two items. Not in an open list's middle (北京、上海等一线
    // 城市和杭州、成都等新一线城市: two lists).
    const joins: { at: number; len: number }[] = [];
    while (k > 0 && sep?.conj && seps[k + 1] && !seps[k + 1]?.conj && !/等/.test(text.slice((seps[k + 1]?.at ?? 0) + 1, right))) {
      innerConjunctions++;
      joins.unshift(sep);
      seps.splice(k, 1);
      sep = seps[k];
    }
    const left = sep ? sep.at + sep.len : begin;
    const piece = text.slice(left, right);
    if (k > 0 && sep && sep.conj) {
      // A conjunction further left than the last separator: 纤维及复合材料、合成材料 or 全省与X、Y和Z —
      // it may join two words of one item or stand before the list; either way the count is unsure.
      items.unshift({ start: left, end: right, text: piece });
      broken = true;
      break;
    }
    if (!piece.trim()) {
      broken = true;
      break;
    }
    // A piece with a number inside (8月份渭南全市刑事类) starts the list with words before it;
    // a number at the end is the item's own count (刑事拘留612人、逮捕386人).
    // A range ends an item the same way (0-17岁、18-34岁), and a figure in brackets is a note on the item
    // (香港（582,025人次）、日本（35,623人次）及大韩民国（26,677人次）旅客分别减少…).
    const bare = withoutBrackets(piece);
    const core = bare.replace(TRAILING_FIGURE, '');
    // An item too long with its figure is words before the list plus the first item — unless the item before it ends
    // with a figure too: then they are parallel statistics items, measured without their figures (county communiqués:
    // 第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元，分别增长…; but 满洲里、绥芬河、同江铁路
    // 口岸累计通行4583列、运送货物48.9万标准箱 begins at 同江: 绥芬河 has no figure).
    const next = seps[k + 1];
    const leftPiece = sep ? text.slice(next ? next.at + next.len : begin, sep.at) : '';
    // A piece joined by an inner conjunction (社会消费品零售总额和金融机构存款、贷款余额: 贵州 2018, round 36's untouched set) is two
    // things or one: its length is its longest part's, else the list stops at it and loses the items to its left.
    let longest = bare.length;
    if (joins.length) {
      longest = 0;
      let from = left;
      for (const join of [...joins, { at: right, len: 0 }]) {
        longest = Math.max(longest, withoutBrackets(text.slice(from, join.at)).length);
        from = join.at + join.len;
      }
    }
    const tooLong = longest > itemLimit && (core.length > itemLimit || !TRAILING_FIGURE.test(withoutBrackets(leftPiece)));
    const first = !sep || (k > 0 && (tooLong || /[0-9０-９]/.test(core.replace(AGE_NAMED, ''))));
    items.unshift({ start: left, end: right, text: piece });
    if (first || !sep) break;
    right = sep.at;
  }
  const last = items[items.length - 1];
  return {
    items,
    open: Boolean(last && /等[\u4e00-\u9fff]{0,3}$/.test(last.text)),
    broken,
    conjunctionLast: Boolean(seps[0]?.conj),
    ...(names.length ? { names } : {}),
    ...(innerConjunctions ? { innerConjunctions } : {}),
  };
}

/** A shorter label for a list item in messages: 8月份渭南全市刑事类 → 刑事类. */
export function itemLabel(item: string): string {
  let s = item.replace(/^.*(?:全市|全区|全區|全县|全縣|全省|全国|全國|全州|其中[,，]?|包括)/, '');
  s = s.replace(/^.*[0-9０-９]+[年月日份号號]+/, '');
  return s || item;
}
