// Grammar the word model reads as words (round 33, issue 12 precision): the adverbial particle 地 after a word of
// manner, taken by a correction into 地区 (各级党委一定要细心地深入地去发现和考察他们: 地去 → 地区, 1984 CPC decision, held-out
// heldout-s32n2), and the verb of a separable verb-object word with a complement put in (下足绣花功夫: 下足 → 不足).

import { isHanAt } from './chars';

/** The lookup this needs (WrongCharacterModel implements it). */
export interface ParticleLookup {
  hasWord(word: string): boolean;
}

/**
 * Does the one-character correction text[at] (wrong → right) make a word with the 地 before it (地去 → 地区) where that
 * 地 is the adverbial particle of the two-character word before it (深入地, 细心地)? The particle reading holds where
 * the dictionary (jieba's words, official phrases) does not join that word to the corrected one: 深入地区 is no word,
 * while a slip in 贫困地区 or 边远地区 is still reported.
 */
export function adverbialDiTaken(model: ParticleLookup, text: string, at: number, wrong: string, right: string, wordStart: number, word: string): boolean {
  if (wrong.length !== 1 || right.length !== 1 || word.length !== 2 || wordStart !== at - 1 || at < 3) return false;
  if (text.charAt(at - 1) !== '地' || !isHanAt(text, at - 3) || !isHanAt(text, at - 2)) return false;
  const before = text.slice(at - 3, at - 1);
  return before.length === 2 && model.hasWord(before) && !model.hasWord(before + word);
}

/** Characters that are no verb of a separable word (function characters, negations, the copula and 有). */
const NOT_VERBS = new Set([...'的地得了着过是和与及或在对为于把被将以之其也又而有不没无非']);
/** How far after the verb (characters put in between) the object of a separable word may start. */
const OBJECT_REACH = 4;

/**
 * Is the one-character suspect text[at] the verb of a separable verb-object word of three characters (下功夫) whose
 * object follows after a complement or modifier put in (下足功夫, 下足绣花功夫: 2026 北京, and three more in earlier
 * rounds' held-out reports)? The verb, corrected into the first character of a word with the complement (不足), would
 * leave the object (功夫) without its verb. The characters between must be Han (one clause); the object is a
 * dictionary word.
 */
export function separableVerb(model: ParticleLookup, text: string, at: number, wrong: string, wordStart: number): boolean {
  if (wrong.length !== 1 || wordStart !== at || NOT_VERBS.has(wrong)) return false;
  for (let j = at + 2; j <= at + 1 + OBJECT_REACH && j + 2 <= text.length; j++) {
    if (!isHanAt(text, j - 1) || !isHanAt(text, j) || !isHanAt(text, j + 1)) return false;
    const object = text.slice(j, j + 2);
    if (model.hasWord(object) && model.hasWord(wrong + object)) return true;
  }
  return false;
}
