// Institution names for the wrong-character model (错别字): official documents name ministries,
// departments and bureaus all the time, often in lists (教育部、财政部、人力资源社会保障部), and a slip
// inside such a name (柴政部, 斗技部, 民政不, 水务总局) leaves the word model only half convinced — the
// name is one rare dictionary word among ordinary ones — while the name itself says clearly what
// belongs there. The test: with the candidate, the position lies inside a dictionary word of three to
// five characters that ends in an institution suffix (部 厅 局 署 委 办) and that official texts use
// (every three characters in a row of it are set phrasing of official text, seen twice or more), or that the
// dictionary knows well where the slip is not the suffix (公安厅: the official texts are national, see knownName).
// Nothing new is stored: the names are the model's word tables and trigrams.

import type { PhraseLookup } from './wrong-character-idioms';

/** Last characters of the names of ministries, departments, bureaus, administrations, commissions and offices. */
const INSTITUTION_SUFFIXES = new Set(['部', '厅', '局', '署', '委', '办', '院', '会', '处', '司', '所', '室']);
/** Does the character end the name of an institution (财政部, 公安厅, 税务总局)? */
export function endsInstitution(c: string): boolean {
  return INSTITUTION_SUFFIXES.has(c);
}

const MIN_NAME = 3;
const MAX_NAME = 5;
/**
 * Dictionary cost (nats) up to which jieba knows a name well enough (≈ 60 uses or more: 公安厅 13.8) to stand for it where
 * the official texts lack it: they are national (State Council reports, ECSpell's regulations), provincial departments
 * (公安厅, 科技厅) are in them once or never. 15 (≈ 20 uses) found nothing more on ECSpell and flagged one more clean report.
 */
const DICTIONARY_NAME_COST = 14;

/**
 * Whether a name the dictionary knows at `cost` counts without official phrasing: only where the slip is not its suffix
 * (`atSuffix`). The written suffix says which kind of body it is, and changing it makes another kind (农科园, an
 * agricultural park, is no 农科院), which only the official phrasing may vouch for.
 */
function knownName(cost: number, atSuffix: boolean): boolean {
  return !atSuffix && cost <= DICTIONARY_NAME_COST;
}

/**
 * The institution name (MIN_NAME–MAX_NAME characters, ending in an institution suffix, used in
 * official texts or well known to the dictionary: knownName) that covers run[index] once it is read as `code`, or undefined.
 */
export function institutionAround(model: PhraseLookup, run: string, index: number, code: number): string | undefined {
  // Most positions have no suffix within reach: no lookups there.
  let suffixNear = INSTITUTION_SUFFIXES.has(String.fromCharCode(code));
  for (let k = index + 1; k < index + MAX_NAME && k < run.length && !suffixNear; k++) suffixNear = INSTITUTION_SUFFIXES.has(run.charAt(k));
  if (!suffixNear) return undefined;
  for (let len = MAX_NAME; len >= MIN_NAME; len--) {
    for (let start = Math.max(0, index - len + 1); start <= index && start + len <= run.length; start++) {
      const end = start + len;
      const last = end - 1 === index ? String.fromCharCode(code) : run.charAt(end - 1);
      if (!INSTITUTION_SUFFIXES.has(last)) continue;
      const cost = model.wordCostWith(run, start, end, index, code);
      if (cost < 0) continue;
      // 由国务院 (a dictionary entry) is a preposition before a name, not a name: the candidate must belong to the name.
      if (start === index && end - start > MIN_NAME && model.wordCostWith(run, start + 1, end, -1, 0) >= 0) continue;
      if (knownName(cost, end - 1 === index)) return run.slice(start, index) + String.fromCharCode(code) + run.slice(index + 1, end);
      let official = true;
      for (let k = start; k + 3 <= end && official; k++) official = model.officialTrigramWith(run, k, index, code);
      if (official) return run.slice(start, index) + String.fromCharCode(code) + run.slice(index + 1, end);
    }
  }
  return undefined;
}

/**
 * Titles of posts that official documents put after a name or an institution (书记, 主任, 副校长, 常务经理):
 * a closed class of words, most of them written with everyday characters that a word model finds in other
 * words as well (主人, 书籍, 交长).
 */
export const POSTS: ReadonlySet<string> = new Set(
  ('书记 副书记 主任 副主任 主席 副主席 秘书 秘书长 委员 常委 经理 总经理 副经理 董事长 理事长 会长 社长 行长 ' +
    '部长 厅长 局长 处长 科长 股长 院长 校长 所长 站长 馆长 台长 庭长 检察长 审判长 省长 市长 县长 区长 州长 镇长 乡长 村长 ' +
    '组长 队长 主管 调研员 巡视员 督察员 专员 主编 总监 总工程师 会计师 工程师 研究员 教授 主治医师 医师').split(' '),
);
const MIN_POST = 2;
const MAX_POST = 5;

/**
 * The title of a post (POSTS) that ends the run and covers run[index] once it is read as `code`, or
 * undefined: signatures and lists of people end an item with the post (社区党总支书籍、居委会主任;
 * 哈尔滨医科大学副交长).
 */
export function postAround(run: string, index: number, code: number): string | undefined {
  for (let len = MAX_POST; len >= MIN_POST; len--) {
    const start = run.length - len;
    if (start < 0 || start > index) continue;
    const title = run.slice(start, index) + String.fromCharCode(code) + run.slice(index + 1);
    if (POSTS.has(title)) return title;
  }
  return undefined;
}
