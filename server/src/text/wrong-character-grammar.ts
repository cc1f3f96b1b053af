// Grammar the word model reads as words (round 33, issue 12 precision): the adverbial particle 地 after a word of
// manner, taken by a correction into 地区 (各级党委一定要细心地深入地去发现和考察他们: 地去 → 地区, 1984 CPC decision, held-out
// heldout-s32n2), and the verb of a separable verb-object word with a complement put in (下足绣花功夫: 下足 → 不足).

import { isHanAt } from './chars';

/** The lookups this needs (WrongCharacterModel implements them). */
export interface ParticleLookup {
  hasWord(word: string): boolean;
  /** Whether text[start, start + 3), with text[at] read as `code`, is official phrasing (a trigram seen twice or more). */
  officialTrigramWith(text: string, start: number, at: number, code: number): boolean;
}

/** How far past the suspect a longer word the correction starts may reach (地区生产总值: four characters). */
const LONGER_REACH = 5;

/**
 * Does the one-character correction text[at] (wrong → right) make a word with the 地 before it (地去 → 地区) where that
 * 地 is the adverbial particle of the two-character word before it (深入地, 细心地)? The particle reading holds where
 * the dictionary (jieba's words, official phrases) does not join that word to the corrected one (深入地区 is no word,
 * while a slip in 贫困地区 or 边远地区 is still reported) nor official phrasing the corrected character to the two after
 * it (全年地取生产总值: 区生产; 深入地去发现: 区发现 is none).
 */
export function adverbialDiTaken(model: ParticleLookup, text: string, at: number, wrong: string, right: string, wordStart: number, word: string): boolean {
  if (wrong.length !== 1 || right.length !== 1 || word.length !== 2 || wordStart !== at - 1 || at < 3) return false;
  // The particle's verb goes on (去发现): a 地X ending its clause (仍是火灾多发地取；, an injected slip) is a noun.
  if (text.charAt(at - 1) !== '地' || !isHanAt(text, at - 3) || !isHanAt(text, at - 2) || !isHanAt(text, at + 1)) return false;
  const before = text.slice(at - 3, at - 1);
  if (before.length !== 2 || !model.hasWord(before) || model.hasWord(before + word)) return false;
  // 预计全年地取生产总值 (an injected slip, heldout-cities): the corrected character starts official phrasing with the two
  // after it (区生产), or the corrected word a longer dictionary word: evidence of 地区 no particle reading outweighs.
  if (model.officialTrigramWith(text, at, at, right.charCodeAt(0))) return false;
  for (let end = at + 2; end <= at + LONGER_REACH && end <= text.length; end++) {
    if (model.hasWord(word + text.slice(at + 1, end))) return false;
  }
  return true;
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

/** Chinese numerals of list markers (一是, 九是, 十一是). */
const MARKER_NUMERALS = new Set([...'一二三四五六七八九十']);

/**
 * 九是广大干部群众干事创业氛围更加浓厚 (哈尔滨 2012): is the suspect the numeral of a list marker N是 (一是…九是, 十一是)
 * opening a paragraph or clause? Then it is the item's number, not 就是 typed wrong; 九 before 是 inside a clause (经九是)
 * is checked as before.
 */
export function listMarkerNumeral(text: string, at: number, wrong: string): boolean {
  if (wrong.length !== 1 || !MARKER_NUMERALS.has(wrong) || text.charAt(at + 1) !== '是') return false;
  let start = at;
  while (start > 0 && MARKER_NUMERALS.has(text.charAt(start - 1))) start--;
  return start === 0 || !isHanAt(text, start - 1);
}

/**
 * Verbs of direction that a 向 + place phrase goes with (向镇和新型农村社区延伸, 向基层倾斜; 引导农居向镇和中心村集中, 区向镇
 * （街道）放权, 宁波 2007 and 佛山 2008, 2010, reports read after the fix).
 */
const TOWARD_VERBS = /延伸|倾斜|覆盖|下沉|拓展|扩展|转移|集聚|聚集|集中|靠拢|流动|辐射|下放|放权/;
/** How far into its clause the verb may stand. */
const TOWARD_REACH = 16;

/**
 * 推动农村公路干道向镇和新型农村社区延伸 (青岛 2012): is the suspect the preposition 向 of a 向…延伸/倾斜/覆盖 frame, the verb
 * of direction later in the same clause? Then it is no 乡 of 乡镇 typed wrong; 向镇 with no such verb is checked as before.
 */
export function towardFrame(text: string, at: number, wrong: string): boolean {
  if (wrong !== '向') return false;
  const rest = text.slice(at + 1, at + 1 + TOWARD_REACH);
  const clause = rest.slice(0, rest.search(/[，。；：！？]|$/));
  return TOWARD_VERBS.test(clause);
}

/** A span of years as history gives it: 二千五百多年, 五千年, 4200年前 (a number with 千/百/多/余, or 年前/年来). */
const YEARS_SPAN = /(?:[千百][多余]?年|[多余]年|[0-9０-９一二三四五六七八九十百千万两]年[前来])/;
/** How far before or after 史 the span of years may stand. */
const YEARS_REACH = 8;

/**
 * 二千五百多年建城史的国家历史文化名城 (太原 2012), 实证济南建城史至4200年前 (济南 2026): is the written 史 the suffix of a
 * history (建城史, 文明史) beside a span of years? Then it is no 市 of 城市 typed wrong; 城史 beside a plain year
 * (2025年城史更新) is checked as before.
 */
export function historySuffix(text: string, at: number, wrong: string): boolean {
  if (wrong !== '史') return false;
  return YEARS_SPAN.test(text.slice(Math.max(0, at - YEARS_REACH), at)) || YEARS_SPAN.test(text.slice(at + 1, at + 1 + YEARS_REACH));
}

/** Sentence-final modal particles: a question or an exclamation ends with one. */
const FINAL_PARTICLES = new Set([...'吗呢吧嘛啊呀哇']);
/** What may follow a sentence-final particle: the question or exclamation mark, or a quotation closing on it. */
const AFTER_FINAL_PARTICLE = /^[？?！!]/;

/**
 * “你是中国人吗？”“你爱中国吗？” (People's Daily, round 34: 人吗 → 人口, three times): is the written character a modal particle
 * right before the question or exclamation mark that ends its sentence? Then it is the particle of a question quoted or
 * asked, not a look-alike typed wrong; a particle corrected into another particle (吗 → 嘛) is a matter of style, and a
 * particle before any other character is checked as before.
 */
export function finalParticle(text: string, at: number, wrong: string, right: string): boolean {
  if (wrong.length !== 1 || !FINAL_PARTICLES.has(wrong) || FINAL_PARTICLES.has(right)) return false;
  return AFTER_FINAL_PARTICLE.test(text.slice(at + 1, at + 2));
}

/** What the short name of a country stands after in diplomatic prose: 赴乌, 访菲, 对乌进行正式访问, 抵哥. */
const BEFORE_SHORT_NAME = new Set([...'赴访对抵驻离']);
/** How a text names the relation of two countries by their short names, China's first or second: 中乌关系, 哥中关系, 中菲两国. */
export const RELATION_WORDS = ['关系', '两国', '建交'] as const;

/**
 * 哥方很高兴…希望哥中关系未来不断巩固, 李克强总理赴乌出席…推动中乌关系发展 (People's Daily, round 34: 哥方 → 各方, 赴乌 → 服务):
 * is a written character of the suspect the one-character short name of a country — before 方 (the side: 中方, 乌方) or after
 * 赴/访/对/抵 — that the same document pairs with China's 中 in a relation (中乌关系, 哥中关系; `pairedWithChina`, asked of
 * the whole document)? Then it is a name, not a slip; a character the document never pairs with 中 that way is checked
 * as before.
 */
export function countryShortName(text: string, at: number, wrong: string, pairedWithChina: (c: string) => boolean): boolean {
  for (let i = 0; i < wrong.length; i++) {
    const k = at + i;
    const c = text.charAt(k);
    if (c === '中' || (text.charAt(k + 1) !== '方' && !BEFORE_SHORT_NAME.has(text.charAt(k - 1)))) continue;
    if (pairedWithChina(c)) return true;
  }
  return false;
}

/** The suffixes 型 (of a type: 改善型, 外向型) and 性 (of a nature: 改善性, 规模性), read alike (xíng, xìng). */
const TYPE_SUFFIXES = new Set(['型', '性']);
/** Extra evidence (nats) a swap of one for the other after a word needs (typeSuffixSwap): it is then hardly ever quiet. */
export const TYPE_SUFFIX_MARGIN = 10;

/**
 * 支持居民自住和改善型住房消费 (广西 2010, round 33's untouched set: 型 → 性 of 改善性, 25.9): is the correction one of the
 * suffixes 型 and 性 for the other, right after a two-character word it makes an adjective of? Both suffixes make
 * adjectives of any word, and official texts use both after the same word (改善性住房 and 改善型住房, 外向型 and 外向性):
 * which one is the writer's term, not an input slip, unless the evidence is plain (TYPE_SUFFIX_MARGIN). ECSpell's
 * 规模型失业 (→ 规模性) is a slip of this shape that the rule does not find (short of the threshold); none of its 901
 * detections on odw.train is one.
 */
export function typeSuffixSwap(model: Pick<ParticleLookup, 'hasWord'>, run: string, index: number, wrong: string, right: string): boolean {
  if (wrong.length !== 1 || !TYPE_SUFFIXES.has(wrong) || !TYPE_SUFFIXES.has(right) || index < 2) return false;
  return model.hasWord(run.slice(index - 2, index));
}

/** The pronouns of the third person: 他, 她, 它. */
const THIRD_PERSON = new Set([...'他她它']);

/**
 * “为什么战旗美如画，英雄的鲜血染红了她。” (People's Daily, round 34: 了她 → 了解): is the written character a third-person
 * pronoun that ends its run (a clause mark, a quotation mark or the line's end after it)? A pronoun there is the object
 * or subject of its clause, no half of a word typed wrong; a pronoun with a character after it (了她们, 了她的) is checked
 * as before. None of ECSpell's 901 detections on odw.train has a pronoun on the written side.
 */
export function clauseEndPronoun(text: string, at: number, wrong: string): boolean {
  return wrong.length === 1 && THIRD_PERSON.has(wrong) && !isHanAt(text, at + 1);
}
