// wrong-character (错别字): one character typed wrong — a homophone or a look-alike picked from the
// input method (大数局 for 大数据, 能源密隼型 for 密集型), or two typed for a homophone word (菜狗
// for 采购). Statistical: candidates come only from confusion sets (same or near reading, similar
// shape, common words read like the written pair), and a character is reported only when a candidate
// makes the text around it much more probable under both a word model and a character model of
// official-document language (text/wrong-character-model.ts). Tuned for precision:
//   - simplified text only (the dictionary is simplified; traditional text is left alone);
//   - characters used in names (郑, 忻, 旭) need more evidence the more they are (the model's
//     namePenalty); province abbreviations, text in 《》 titles and words the built-in common-typo
//     table already covers are skipped;
//   - the given name of a person named after the title of a post (副秘书长刘建忻、) is left alone
//     (text/wrong-character-person-names.ts), and so are coined parallels, verbs of rank and counts
//     (失能失智失独, 企业数居全国第1位, 六方面工作: text/wrong-character-phrasing.ts);
//   - document scope: a written form that recurs elsewhere in the document (数智化 … 数智赋能) is
//     the writer's own term, not a slip — unless the document has the right form between the same
//     neighbours (a copied slip).
import { defineRule, type TermEntry } from '../engine/types';
import { thresholdChanges } from '../text/wrong-character-tuning';
import { wrongCharacterModel } from '../text/wrong-character-provider';
import { DEFAULT_THRESHOLDS, ParagraphScan, SCAN_KNOWN, SCAN_ODD, SCAN_RUN, SCAN_SUSPECT, type ConfusionKind, type Correction, type Thresholds, type WrongCharacterModel } from '../text/wrong-character-model';
import { endsInstitution, institutionAround } from '../text/wrong-character-institutions';
import { acceptedVariants, neighbourWordStart } from '../text/wrong-character-realword';
import { segmentWords } from '../text/wrong-character-collocations';
import { inPersonNameAfterAge, inPersonNameAfterTitle, inPhotoCredit, inSpeakerAfterQuote } from '../text/wrong-character-person-names';
import { hotlineName, localTerm, policyJargon, riverName } from '../text/wrong-character-jargon';
import { afterAnonymisedName, becauseAfterPartyRole, becauseNotDone, definedShortNames, fromDateFrame, inCaseTitleParty, inDefinedShortName, nameAfterPartyRole, placeholderParty, thatIsThisCase } from '../text/wrong-character-legal';
import { echoQuartet, setPhrasePun } from '../text/wrong-character-wordplay';
import { beforeNationalZone, NATIONAL_ZONE_MARGIN } from '../text/wrong-character-zones';
import { countWordsInTexts } from '../text/count-words';
import { adverbialDiTaken, clauseEndPronoun, countryShortName, finalParticle, historySuffix, listMarkerNumeral, RELATION_WORDS, separableVerb, towardFrame, TYPE_SUFFIX_MARGIN, typeSuffixSwap } from '../text/wrong-character-grammar';
import { adaptFrame, adverbialDiBeforeHigh, alreadyCaused, attractSlogan, concessiveYe, nominalisedAfterZhiSuo, conversionSlogan, countNumeral, distributiveZhu, ethnicGroupName, ethnonymCharacter, eventBeforeTimeWord, fairAbbreviation, formalNumeral, fromToFrame, totalAdverbPredicate, inInterleavedQuartet, inRepeatedHeadQuartet, metalElement, rankVerbAfterNoun, reduplicationSeries, regionPosting, sharedTailAcrossConjunction, subsidiaryPrefix, urgentJi, verbOfPositionFrame, worldOrganisation, zodiacYear, cityCampaign, nameCharacter, alreadyBeforeVerb, administrativeLevel, tendingTo, numeralSlogan, oneCharacterListItem, verbOneVerb, adverbialYe, sharedTailListItem, beforeNowAndThen, sharedTailNextItem, chessMetaphor, villageName, areaBorder, sinceTime, besideForeignName, exceedsRoundNumber, afterReduplicatedAdverbialDi } from '../text/wrong-character-phrasing';
import { traditionalOnlySet } from '../text/script-chars';
import { isHanAt } from '../text/chars';
import { builtinTypoEntries } from '../text/typos';

/** One suspected character, offsets relative to the paragraph (summaries are reused when it moves). */
interface Suspect {
  at: number;
  /** The written form of the word the best correction completes, relative offsets. */
  wordStart: number;
  wordEnd: number;
  corrections: readonly Correction[];
  /**
   * Round 35: a slip short of the threshold, kept on the writer's own usage (ownUsageSlips), with its Han run
   * [start, end): checkDocument weighs it (keepSuspect) and reports it only where the document writes the corrected
   * word between the same two neighbours elsewhere, and the written word nowhere else.
   */
  ownUsage?: { start: number; end: number };
}

/** Province-level abbreviations: written on purpose in 郑洛协同, 冀货出海, 人才兴皖. */
const PROVINCE_ABBREVIATIONS = new Set([...'京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台蒙']);
/**
 * Function characters of formal written style (推进会暨视频会, 严负其责, 予以): rare in the statistics of
 * running text, so a word model mistakes them for slips.
 */
const FORMAL_FUNCTION_CHARS = new Set([...'暨及与并或之其亦乃予兹系该于而且']);
/**
 * Province abbreviations and formal function characters by code unit (1): corrected only where the evidence is plain,
 * FORMAL_MARGIN more than elsewhere and one character at a time. Where they stand alone (no neighbour vouches for them)
 * they are mostly slips themselves (广西壮族自台区 for 自治区, 春节假其 for 假期, 领或 for 领域, 鼓励港铁产能 for 钢铁);
 * written on purpose they rarely gain that much (日本国会亦通过 → 议 25.0–29.9 on unseen Taiwan texts).
 */
const GUARDED_FLAGS = new Uint8Array(65536);
for (const c of [...PROVINCE_ABBREVIATIONS, ...FORMAL_FUNCTION_CHARS]) GUARDED_FLAGS[c.charCodeAt(0)] = 1;
/** Extra evidence (nats) for correcting a province abbreviation or a formal function character (GUARDED_FLAGS). */
const FORMAL_MARGIN = 5;
/** The province abbreviations by code unit (1), for abbreviationSlips(). */
const PROVINCE_FLAGS = new Uint8Array(65536);
for (const c of PROVINCE_ABBREVIATIONS) PROVINCE_FLAGS[c.charCodeAt(0)] = 1;

/** The characters either side of text[at] (a line break for none: the start or end of the paragraph), for the repeated look-alikes of checkDocument. */
function neighboursOf(text: string, at: number): string {
  return (text.charAt(at - 1) || '\n') + (text.charAt(at + 1) || '\n');
}

/**
 * The corrections of a province abbreviation at run[index] that clear the threshold plus `margin` (FORMAL_MARGIN), or the
 * threshold alone where the corrected character makes a dictionary word of three characters with both its neighbours and
 * the written three do not (广西壮族自台区 → 自治区, 29.5; round 37): an abbreviation written on purpose stands beside the
 * names it joins (郑洛协同, 冀货出海, 人才兴皖) and is no middle of a word the slip breaks.
 */
function abbreviationSlips(model: WrongCharacterModel, run: string, index: number, corrections: readonly Correction[], margin: number): readonly Correction[] {
  if (index === 0 || index + 1 >= run.length) return scoringAtLeast(corrections, DEFAULT_THRESHOLDS.report + margin);
  const before = run.charAt(index - 1);
  const after = run.charAt(index + 1);
  if (model.hasWord(before + run.charAt(index) + after)) return scoringAtLeast(corrections, DEFAULT_THRESHOLDS.report + margin);
  return corrections.filter((c) => c.score >= DEFAULT_THRESHOLDS.report + (c.wrong.length === 1 && c.index === index && model.hasWord(before + c.right + after) ? 0 : margin));
}
/**
 * …but a formal function character that ends a clause needs only this much: a conjunction, preposition or pronoun
 * (及, 与, 于, 其) needs what it joins or points to after it, so at a clause's end it is no function character
 * (以政策稳预其。 → 期, 26.9). Elsewhere a lower margin finds clean text (round 31, 1.5 nats: 暨 of meeting titles 7 places
 * on the clean folders, 国家及经济 and a name before 及 in Taiwan texts).
 */
const FUNCTION_MARGIN = 0;
/** The formal function characters (by code unit) held to FUNCTION_MARGIN at a clause's end (之, 且 and 亦 end clauses: 总之). */
const FUNCTION_AT_END_FLAGS = new Uint8Array(65536);
for (const c of FORMAL_FUNCTION_CHARS) if (!'之且亦'.includes(c)) FUNCTION_AT_END_FLAGS[c.charCodeAt(0)] = 1;
/** What ends a clause after a run, besides the paragraph's end (not digits or Latin letters: 及2026年). */
const CLAUSE_ENDS = '，。；：！？,;:!?';

/** Is text[at] a function character of FUNCTION_AT_END_FLAGS that ends its run and, with it, a clause (稳预其。)? */
function functionCharacterEndingClause(text: string, at: number, end: number): boolean {
  return at + 1 === end && FUNCTION_AT_END_FLAGS[text.charCodeAt(at)] === 1 && (end === text.length || CLAUSE_ENDS.includes(text.charAt(end)));
}
/**
 * …and the character model must agree this much (ECSpell's slips of them: 13.8–20.0), set phrases included: most of
 * their candidates then fail the model's first, cheapest test.
 */
const FORMAL_MIN_CHAR_GAIN = 10;

/**
 * DEFAULT_THRESHOLDS with FORMAL_MIN_CHAR_GAIN, made once, not at each guarded position, and again only after a bench
 * has changed the thresholds (they do so between lints through text/wrong-character-tuning.ts, which counts the changes).
 */
let guarded: Thresholds | undefined;
let guardedAt = -1;
function guardedThresholds(): Thresholds {
  if (guarded && guardedAt === thresholdChanges()) return guarded;
  guardedAt = thresholdChanges();
  const gain = Math.max(DEFAULT_THRESHOLDS.minCharGain, FORMAL_MIN_CHAR_GAIN);
  // Rare in official statistics by nature (the reason they are guarded): their rarity opening a run is no evidence (亦, 惟).
  return (guarded = { ...DEFAULT_THRESHOLDS, minCharGain: gain, setPhraseMinCharGain: gain, rareOpeningBonus: 0 });
}
/** A correction "clearly wins" when the runner-up is this much weaker (nats); otherwise no automatic fix. */
const CLEAR_WIN = 3;
const HAN_CHAR = /^\p{Script=Han}$/u;
const MIN_RUN = 4;
/**
 * A run of more Han characters than this, with no mark, digit or space between them, is no running prose (garbled
 * extraction, a character list): the longest in 8 M characters of report text is 103. The model reads a run whole, so
 * such a run costs the square of its length (600,000 random characters on one line: ten minutes).
 */
const MAX_RUN = 500;
/** See checkDocument: a recurring written form is the writer's term unless the corrected form is this many times more common. */
const RECURRENCE_RATIO = 4;
/** The writer's-own-term exemption of checkDocument; `off` (no exemption) and `copied` (copied phrases exempt too, as before round 31) only for bench/wc-recurrence. */
export const RECURRENCE = { off: false, copied: false };
/** Developer aid (bench/wc-guard-trace.ts): told which guard or margin kept a suspect quiet. */
export const GUARD_TRACE: { observe?: (guard: string, text: string, at: number, best: Correction) => void } = {};
const KIND_NAME: Record<ConfusionKind, { zh: string; en: string }> = {
  same: { zh: '同音字', en: 'homophone' },
  near: { zh: '近音字', en: 'near-homophone' },
  shape: { zh: '形近字', en: 'look-alike' },
};

/** Two characters replaced together are a homophone word (菜狗 for 采购), or a near-homophone one (尘缘 for 成员). */
/** The message of a correction: its kind, and whether two characters were replaced together. */
function messageIdOf(c: Correction): 'homophone' | 'nearHomophone' | 'lookAlike' | 'homophoneWord' | 'nearHomophoneWord' {
  if (c.wrong.length > 1) return c.kind === 'same' ? 'homophoneWord' : 'nearHomophoneWord';
  return c.kind === 'same' ? 'homophone' : c.kind === 'near' ? 'nearHomophone' : 'lookAlike';
}

function kindName(c: Correction): { zh: string; en: string } {
  if (c.wrong.length > 1) return c.kind === 'same' ? { zh: '同音词', en: 'homophone word' } : { zh: '近音词', en: 'near-homophone word' };
  return KIND_NAME[c.kind];
}

/**
 * After a numeral a character is usually a classifier or a counted noun (新一版, 一室一策, 三直一快): corrected only on
 * plain evidence, as GUARDED_FLAGS (制定商标一班违法判断标准 → 一般; 采煤能力八千万砘 → 吨).
 */
const NUMERAL_FLAGS = new Uint8Array(65536);
for (const c of '一二三四五六七八九十两几百千万亿') NUMERAL_FLAGS[c.charCodeAt(0)] = 1;
/** How far (in characters) a parallel repeat of the same character is looked for. */
const PARALLEL_REACH = 8;
const PAUSES = '、，,；';
/** Conjunctions that join two items of a series like a pause mark (产业链和创新链, 链主企业和链属企业). */
const CONJUNCTIONS = '和与及';
/** What follows an item of a list or a signature line (居委会主任 at the end of a line, 书记、). */
const ITEM_ENDS = '、\n\r）)';
/** ITEM_ENDS by code unit (no one-character string per look). */
const ITEM_END_CODES = [...ITEM_ENDS].map((c) => c.charCodeAt(0));

/**
 * Parallel phrasing: the character, the one before it or the two before it recur close by across
 * a pause mark (赋权、赋能、赋责; 以学铸魂、以学增智). Such phrasing is deliberate, and the rarer member
 * of a series looks like a slip to a word model. 'member': the character itself recurs (中国之问、世界之问;
 * 数智化转型、农业智能) — it is what the series repeats; 'head': only the one or two before it do (按旬、按月;
 * 车用操作系统、车用基础地图) — the series shares its head, and the character is the member's own, where a slip
 * is as likely as anywhere (车用糙作系统 for 操作系统, 完善检验检侧体系 for 检测): keepSuspect asks more evidence there.
 */
type Series = 'none' | 'head' | 'member';
function parallelSeries(text: string, at: number): Series {
  const from = Math.max(0, at - PARALLEL_REACH);
  const to = Math.min(text.length, at + PARALLEL_REACH + 1);
  const near = text.slice(from, to);
  const pieces: [string, number][] = [[text.charAt(at), at - from]];
  if (at - 2 >= from) pieces.push([text.slice(at - 2, at), at - 2 - from]);
  // Not the two characters after it: they are the shared head word of a series (民族地区、边江地区), whose
  // differing members are words of their own (边疆) and are checked like any other (ECSpell: +2 validation
  // sentences, clean texts unchanged).
  // 提镓、提锂: the character before recurs at the head of the next item.
  if (at - 1 >= from) pieces.push([text.charAt(at - 1), at - 1 - from]);
  for (const [piece, own] of pieces) {
    // Members of a series are words: a piece with a pause mark in it (部、 of 财政部、) recurs in any list.
    if ([...piece].some((ch) => !HAN_CHAR.test(ch))) continue;
    for (let k = near.indexOf(piece); k >= 0; k = near.indexOf(piece, k + 1)) {
      if (k === own) continue;
      if (piece.length === 1 && own === at - 1 - from && !PAUSES.includes(near[k - 1] ?? '') && !PAUSES.includes(near[own - 1] ?? '')) continue;
      const between = k < own ? near.slice(k, own) : near.slice(own, k);
      if ([...between].some((ch) => PAUSES.includes(ch))) return own === at - from ? 'member' : 'head';
      // 链主企业和链属企业 (成都 2026): the character itself recurs across a conjunction, two items of one series.
      if (own === at - from && [...between].some((ch) => CONJUNCTIONS.includes(ch))) return 'member';
    }
  }
  return 'none';
}

/** Locative words that close a 在…中 / 在…上 frame. */
const LOCATIVES = new Set([...'中上下内外里间']);

/**
 * 在发展中固安全: the corrected word would start with the 中 that closes a 在…中 frame earlier in the
 * clause (中国), tearing the frame apart.
 */
function closesLocativeFrame(text: string, wordStart: number, at: number): boolean {
  if (wordStart >= at || !LOCATIVES.has(text.charAt(wordStart))) return false;
  const clauseStart = Math.max(0, ...[...'，。；：！？、'].map((p) => text.lastIndexOf(p, wordStart) + 1));
  return /[在于]/.test(text.slice(clauseStart, wordStart - 1));
}

/** Heads that follow the name of a company or a science city (中芯国际, 张江科学城, 华为集团; round 34: 逸动科技, People's Daily). */
const NAME_HEADS = ['科学城', '科技城', '国际', '集团', '公司', '股份', '控股', '科技'];
/**
 * Heads that follow the name of a venue, a development, a bay or an island (虢国博物馆, 璟里中心, 崖洲湾, 漳江湾: round 30,
 * names on held-out city reports and news), where a common word makes a known name too (历史博物馆, 数据中心).
 */
const PLACE_HEADS = ['博物馆', '美术馆', '纪念馆', '艺术馆', '中心', '湾', '岛', '大道'];
/**
 * Heads of venues named after a person or by a phrase (拾野自然博物馆), and of avenues (丘海大道, round 33: 海口 2026),
 * and how many characters may come between.
 */
const VENUE_HEADS = ['博物馆', '美术馆', '纪念馆', '艺术馆', '大道'];
const VENUE_NAME_GAP = 2;
/**
 * Windows of official phrasing (Candidate.phraseGain) that say a numeral + character is no slogan unit but a slip in a set
 * phrase (长三角一提化发展 → 一体: 角一体, 一体化, 体化发; 四室三站 → 四十 has one): round 33.
 */
const SLOGAN_MAX_PHRASE = 3;
/** Windows of official phrasing (Candidate.phraseGain) a correction needs right before such a head. */
const NAME_HEAD_MIN_PHRASE = 2;

/**
 * 张江科学城, 中芯国际: the corrected word (长江, 中心) ends right before the head of a name, and official
 * phrasing hardly confirms it: the written word is most likely the name itself, unknown to the
 * dictionary. A slip there (保捡公司 for 保险公司, 环镜集团 for 环境集团) gains set phrasing on every
 * window and is still reported. Before the head of a place (PLACE_HEADS), a slip is still reported where the corrected
 * word and the head make a dictionary word (历吏博物馆 → 历史博物馆, 大数局中心 → 数据中心).
 */
function nameBeforeHead(model: WrongCharacterModel, text: string, wordEnd: number, best: Correction): boolean {
  if (best.phraseGain >= NAME_HEAD_MIN_PHRASE) return false;
  if (NAME_HEADS.some((head) => text.startsWith(head, wordEnd) && !headStartsWord(model, text, wordEnd, head))) return true;
  const placeName = (from: number, heads: readonly string[]) => heads.some((head) => text.startsWith(head, from) && !model.hasWord(best.word + text.slice(wordEnd, from + head.length)));
  if (placeName(wordEnd, PLACE_HEADS)) return true;
  // A venue is named by a person or a phrase of its own (拾野自然博物馆): the head may come a character or two later.
  for (let gap = 1; gap <= VENUE_NAME_GAP && hanLength(text, wordEnd + gap - 1) === 1; gap++) if (placeName(wordEnd + gap, VENUE_HEADS)) return true;
  return false;
}

/**
 * 倡导国际关系民主化: is the head at `at` the start of a longer dictionary word (国际关系, 国际合作, 集团公司)? Then it heads no name
 * there, and the word before it is read as any other (round 33).
 */
function headStartsWord(model: WrongCharacterModel, text: string, at: number, head: string): boolean {
  for (let extra = 1; extra <= 2; extra++) if (hanLength(text, at + head.length + extra - 1) === 1 && model.hasWord(text.slice(at, at + head.length + extra))) return true;
  return false;
}

/**
 * 中心城区雨污合流 (雨污 → 区域), 二级批发站 (站 → 发展), 半导体智造 (智 → 体制): the corrected two-character word takes
 * its other character from a common word it sits in as written (城区, 批发, 导体), and official phrasing
 * confirms it on at most one window, with no other evidence (set phrase, flipped context, institution): the
 * written character most likely starts or ends a word of its own the dictionary lacks (a new term).
 */
function stealsNeighbour(model: WrongCharacterModel, run: string, best: Correction): boolean {
  if (best.wrong.length !== 1 || best.word.length !== 2 || best.phraseGain > 2 || best.setPhrase || best.contextFlip || best.institution) return false;
  const other = neighbourWordStart(model, run, best.index, best.wordStart);
  if (other < 0 || best.phraseGain - (crossingWindowGained(model, run, best, other) ? 1 : 0) > 1) return false;
  return !wordOnOtherSide(model, run, best);
}

/**
 * 构建涉稳因素 (海南 2025, round 33's untouched set: 涉 → 设 of 建设): is the window of three characters that holds both the
 * common word the correction takes from (构建) and the corrected character (构建设) official phrasing only with the
 * correction? That window is official phrasing across a word boundary this text does not have (机构|建设), so it is no
 * evidence for the candidate where the run reads the common word (构建) whole, its outer character makes no word with the
 * character beyond it (构 opens the run) and the candidate makes no word on its other side; the stolen-neighbour test does
 * not count it then.
 */
function crossingWindowGained(model: WrongCharacterModel, run: string, best: Correction, other: number): boolean {
  const start = other < best.index ? other : best.index;
  if (start < 0 || start + 3 > run.length) return false;
  const code = best.right.charCodeAt(0);
  if (!model.officialTrigramWith(run, start, best.index, code) || model.officialTrigramWith(run, start, -1, 0)) return false;
  // A window that is a word itself is the correction's longer word (衣产品 → 农产品, 创新姓 → 创新型), evidence of its own.
  if (model.wordCostWith(run, start, start + 3, best.index, code) >= 0) return false;
  // The candidate starts or ends a word on its other side (节约急约 → 集约, 县城剑设 → 建设, injected slips): the window reads
  // the common word and that word side by side (节约|集约), as the text does, and is evidence.
  const pair = other < best.index ? best.index : best.index - 1;
  if (pair >= 0 && pair + 2 <= run.length && model.wordCostWith(run, pair, pair + 2, best.index, code) >= 0) return false;
  // The window is official phrasing where the common word's outer character ends a word before it (机构|建设); where it can
  // (指标的确顶 → 指标的|确定, an injected slip: 标的 is a word), the window may be read so here too, and is evidence.
  const outer = other < best.index ? other : other + 1;
  const beyond = other < best.index ? outer - 1 : outer + 1;
  if (beyond >= 0 && beyond < run.length && model.wordCostWith(run, Math.min(outer, beyond), Math.min(outer, beyond) + 2, -1, 0) >= 0) return false;
  // The boundary must be the text's: the run as written reads the common word whole (构建|涉稳), not split for another
  // (环勃海地区: 海地 is no word of 勃海地区, whose window 渤海地 is the evidence of 渤海地区).
  return segmentWords(model, run).some(([from, to]) => from === other && to === other + 2);
}

/**
 * Prepositions and adverbs written as words of their own between two words (不再向低一级岗位调整: 向): a homophone of one
 * makes words with both neighbours (再降, 降低) wherever it stands, which tells nothing.
 */
const STANDALONE_FUNCTION_CHARS = new Set([...'向在对把被给从为于将由让使往朝跟同与和及以按据经自沿替当再又也都就还只才更最很已曾正仍']);
/** A dictionary word at most this costly (nats) is a common one (as neighbourWordStart asks of the word it finds). */
const OTHER_SIDE_WORD_COST = 13;

/**
 * 精神穴习教育 (穴 → 学): the corrected word the model chose (神学) takes its other character from a common word (精神), but
 * the candidate makes a common word on its other side too (学习) that takes nothing from a word as written: the written
 * character sits between two words the candidate completes, no new term of its own. An event before a time word on that
 * side (疫后 of 实施疫后重振: 以后) is the writer's compound (eventBeforeTimeWord), not such a word.
 */
function wordOnOtherSide(model: WrongCharacterModel, run: string, best: Correction): boolean {
  const index = best.index;
  if (STANDALONE_FUNCTION_CHARS.has(best.wrong)) return false;
  const otherStart = best.wordStart < index ? index : index - 1;
  if (otherStart < 0 || otherStart + 2 > run.length) return false;
  const cost = model.wordCostWith(run, otherStart, otherStart + 2, index, best.right.charCodeAt(0));
  if (cost < 0 || cost > OTHER_SIDE_WORD_COST) return false;
  const word = otherStart === index ? best.right + run.charAt(index + 1) : run.charAt(index - 1) + best.right;
  if (otherStart === index && eventBeforeTimeWord(run, index, best.wrong, word)) return false;
  return neighbourWordStart(model, run, index, otherStart) < 0;
}

/**
 * ，使现有各类人才 (使 → 实现): a character at a run's edge beside a clause mark whose pair with its neighbour is never seen
 * (Candidate.edgePair) because the neighbour starts a common word as written (现有): the pair is unseen because a word
 * begins there, not because the character is wrong, and without the edge's evidence the candidate falls short.
 */
function edgeStealsNeighbour(model: WrongCharacterModel, run: string, best: Correction): boolean {
  if (best.edgePair !== true || best.wrong.length !== 1 || best.word.length !== 2 || best.setPhrase || best.contextFlip || best.institution) return false;
  if (best.score - DEFAULT_THRESHOLDS.edgePairBonus >= DEFAULT_THRESHOLDS.report) return false;
  const other = neighbourWordStart(model, run, best.index, best.wordStart);
  // The run as written must read that word whole (现有各类: 现有), not split it for a better one (人真实施: 真 实施).
  return other >= 0 && segmentWords(model, run).some(([start, end]) => start === other && end === other + 2);
}

/**
 * 为续写社会长期稳定新篇章 (续写 → 解社会; round 38, heldout-s38p): a one-character correction whose word starts at the
 * written character while the written character and its left neighbour make a dictionary word that the run, as written,
 * reads whole (续写), and the corrected character would make none with that neighbour (续解): the writer's verb, the
 * correction steals its second half for a word on the right. Not after a conjunction or preposition: 和亲 of
 * 假冒伪劣和亲权 (→ 侵权, ECSpell odw) is a word only by accident of the segmentation, the 和 joins what follows.
 */
const FUNCTION_LEFT = '和与及或并同跟对向在于把被将为以从由给让使而';
function leftWordAsWritten(model: WrongCharacterModel, run: string, best: Correction): boolean {
  const i = best.index;
  if (best.wrong.length !== 1 || best.right.length !== 1 || best.wordStart !== i || i < 1 || best.setPhrase) return false;
  const left = run.charAt(i - 1);
  if (FUNCTION_LEFT.includes(left) || !model.hasWord(left + best.wrong) || model.hasWord(left + best.right)) return false;
  return segmentWords(model, run).some(([start, end]) => start === i - 1 && end === i + 1);
}

/** Negation adverbs: before a verb they negate it, and a word typed whole does not end in one. */
const NEGATIONS = '未不没无非';

/**
 * 违法但未采取相关处置措施 (但未 → 单位): a homophone word typed whole for a written pair that ends in a negation adverb
 * (未, 不, 没) followed by a dictionary word, the verb it negates: conjunction or adverb and negation, grammar as written,
 * which the word model cannot see (the pair is no word). None of ECSpell's 996 slips is found this way.
 */
function negationBeforeWord(model: WrongCharacterModel, text: string, wordStart: number, best: Correction): boolean {
  if (best.wrong.length !== 2 || best.right.length !== 2 || !NEGATIONS.includes(best.wrong.charAt(1)) || best.wrong.charAt(0) === best.right.charAt(0)) return false;
  return model.hasWord(text.slice(wordStart + 2, wordStart + 4));
}

/** Script=Han by code unit, learnt as characters are met: 0 not yet known, 1 Han, 2 not, SURROGATE (half of a pair: see hanLength). */
const hanKnown = new Uint8Array(65536);
const SURROGATE = 3;

/** hanKnown's entry for `code`, learnt now. */
function learnHan(code: number): number {
  return (hanKnown[code] = code >= 0xd800 && code <= 0xdfff ? SURROGATE : HAN_CHAR.test(String.fromCharCode(code)) ? 1 : 2);
}

/** Code units of the Han character at `i` of `text` (2 for a surrogate pair), 0 when it is not Han. */
function hanLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (!(code >= 0)) return 0;
  if (code < 0xd800 || code > 0xdfff) {
    let known = hanKnown[code];
    if (known === 0) known = learnHan(code);
    return known === 1 ? 1 : 0;
  }
  const low = code <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
  return low >= 0xdc00 && low <= 0xdfff && HAN_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * A list item of three characters between pause marks (教育部、柴政部、人力资源社会保障部): too short for
 * running text, but where the item before or after it names an institution, it is a member of a list of
 * institutions, and a candidate that makes the whole item an institution name (财政部) is evidence enough.
 */
function institutionListItem(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false;
  if (text.charAt(start - 1) === '、' && endsInstitution(text.charAt(start - 2))) return true;
  if (text.charAt(end) !== '、') return false;
  let next = end + 1;
  while (hanLength(text, next) === 1) next++;
  return next > end + 1 && endsInstitution(text.charAt(next - 1));
}

/**
 * Which edges of the Han run text[start, end) the character at `at` lies on where a clause mark (or the paragraph's
 * start or end) is the other side (WrongCharacterModel.corrections()' `clauseEdges`: 1 the run's start, 2 its end). After
 * a number or a quotation mark, or before one, the run is cut inside a clause (增加至12, “菏法护企”): no edge of it.
 */
function clauseEdges(text: string, start: number, end: number, at: number): number {
  let edges = 0;
  if (at === start && (start === 0 || CLAUSE_OPENERS.includes(text.charAt(start - 1)))) edges |= 1;
  if (at === end - 1 && (end >= text.length || CLAUSE_CLOSERS.includes(text.charAt(end)))) edges |= 2;
  return edges;
}

/** What may come before a clause's first character: a clause mark, the close of a heading's number (（四）), a line break. */
const CLAUSE_OPENERS = '，。；：、！？）\n';
/** What may come after a clause's last character. */
const CLAUSE_CLOSERS = '，。；：、！？\n';

/** Does the Han run ending at `end` end an item of a list, a signature or a line (where the title of a post ends it)? */
function endsItem(text: string, end: number): boolean {
  return end >= text.length || ITEM_END_CODES.includes(text.charCodeAt(end));
}

/**
 * The offsets the model's scanParagraph() finds suspicious in the paragraph being summarized (suspiciousFound[0,
 * foundCount), its suspiciousRun()), and the first of them not yet given to a run (foundNext); likewise the starts of
 * real words (realWordFound[0, realCount), its realWordStarts(); realNext).
 */
let suspiciousFound = new Int32Array(0);
let foundCount = 0;
let foundNext = 0;
let realWordFound = new Int32Array(0);
let realCount = 0;
let realNext = 0;
/** The model's scan of the paragraph being summarized, whose arrays the variables above take. */
const scan = new ParagraphScan();

/**
 * The suspects of the Han run text[start, end), appended to `suspects`, if it is long enough to be running text or
 * an item of a list of institutions and has suspicious characters (the paragraph's, from foundNext on) or, running
 * text only, starts of real words (from realNext on).
 */
function suspectsOfHanRun(text: string, start: number, end: number, model: WrongCharacterModel, eligible: EligibleFlags, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[]): void {
  while (foundNext < foundCount && (suspiciousFound[foundNext] ?? end) < start) foundNext++;
  const from = foundNext;
  while (foundNext < foundCount && (suspiciousFound[foundNext] ?? end) < end) foundNext++;
  while (realNext < realCount && (realWordFound[realNext] ?? end) < start) realNext++;
  const realFrom = realNext;
  while (realNext < realCount && (realWordFound[realNext] ?? end) < end) realNext++;
  if (from === foundNext && realFrom === realNext) return;
  suspectsOfCutRun(text, start, end, from, foundNext, realFrom, realNext, model, eligible, terms, suspects);
}

/**
 * The suspects of the Han run text[start, end) with suspicious characters suspiciousFound[from, to) and real words'
 * starts realWordFound[realFrom, realTo), if it is long enough to be running text or an item of a list of institutions.
 */
function suspectsOfCutRun(text: string, start: number, end: number, from: number, to: number, realFrom: number, realTo: number, model: WrongCharacterModel, eligible: EligibleFlags, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[]): void {
  // A run this short is a name, a heading or a list item (省长 刘捷), not running text; nor is a run past MAX_RUN.
  if (end - start > MAX_RUN) return;
  if (end - start >= MIN_RUN) suspectsOfRun(text, start, end, from, to, realFrom, realTo, model, eligible, terms, suspects);
  else if (institutionListItem(text, start, end)) suspectsOfRun(text, start, end, from, to, realFrom, realFrom, model, eligible, terms, suspects, true);
}

/**
 * The suspects of the Han run text[start, end), appended to `suspects`; its suspicious characters are
 * suspiciousFound[from, count), its real words' starts realWordFound[realFrom, realTo).
 */
function suspectsOfRun(text: string, start: number, end: number, from: number, count: number, realFrom: number, realTo: number, model: WrongCharacterModel, eligible: EligibleFlags, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[], listItem = false): void {
  let run: string | undefined;
  const found = suspiciousFound;
  const first = suspects.length;
  let nearMisses: NearMiss[] | undefined;
  // What follows the run, looked at once for all its suspects.
  let itemEnd: boolean | undefined;
  for (let j = from; j < count; j++) {
    const at = found[j] ?? end;
    // Official text has seen each of its pairs (neither vouches alone): taken as written, no candidates looked up, no
    // pair slip starting here (round 34: 63 % of the bench text's suspicious characters, 27 % of unseen reports').
    if (model.heldByOfficialPairs(text, start, end, at)) continue;
    // May the character at `at` be corrected? Suspicious among the eligible characters; after a numeral (a
    // classifier, mostly) or a province abbreviation or function character itself, only on plain evidence.
    const afterNumeral = at > start && NUMERAL_FLAGS[text.charCodeAt(at - 1)] === 1;
    run ??= text.slice(start, end);
    // A pair slip needs a suspicious second character too (a neighbour that vouches for it rules the pair out).
    const guarded = afterNumeral || GUARDED_FLAGS[text.charCodeAt(at)] === 1;
    // A pair slip starting with a numeral or with a province abbreviation or function character in it is looked for only
    // where the written pair is a dictionary word (a homophone word typed whole: 首都一颗大学 for 医科, 豫北役部队 for 预备役),
    // and corrected only on plain evidence, as such a character alone is.
    const plainPair = !guarded && NUMERAL_FLAGS[text.charCodeAt(at)] !== 1 && GUARDED_FLAGS[text.charCodeAt(at + 1)] !== 1;
    const pair = found[j + 1] === at + 1 && j + 1 < count && !afterNumeral && (plainPair || model.hasWord(run.slice(at - start, at - start + 2)));
    // The candidates a little short of the threshold are kept aside for neighbouringSlips() (plain characters of running text).
    const near = guarded || listItem ? undefined : nearScratch;
    // Emptied only when it holds some: setting an array's length is a runtime call, and most positions leave it empty.
    if (near && near.length !== 0) near.length = 0;
    let corrections = model.corrections(run, at - start, guarded ? guardedThresholds() : DEFAULT_THRESHOLDS, pair, true, (itemEnd ??= endsItem(text, end)), near, clauseEdges(text, start, end, at));
    const hadCandidates = model.singleCandidates > 0;
    // Filtered only where there is something to filter (nearly every position has nothing: no closures, no arrays).
    if (corrections.length > 0) {
      if (guarded) {
        const margin = !afterNumeral && functionCharacterEndingClause(text, at, end) ? FUNCTION_MARGIN : FORMAL_MARGIN;
        corrections = !afterNumeral && PROVINCE_FLAGS[text.charCodeAt(at)] === 1 ? abbreviationSlips(model, run, at - start, corrections, margin) : scoringAtLeast(corrections, DEFAULT_THRESHOLDS.report + margin);
      } else if (pair && !plainPair) corrections = corrections.filter((c) => c.wrong.length === 1 || c.score >= DEFAULT_THRESHOLDS.report + FORMAL_MARGIN);
      // A short list item (institutionListItem) is corrected only into the name of an institution.
      if (listItem) corrections = institutionsOfItem(model, run, corrections);
    }
    const kept = keepSuspect(text, start, run, at, corrections, model, terms, suspects);
    // A pair slip covers the next character too.
    if (kept && kept.wrong.length > 1 && found[j + 1] === at + 1) j++;
    else if (near && corrections.length === 0 && hadCandidates) {
      // Every character with candidates may be the neighbour of one whose best fall short by no more than neighbourNear.
      (nearMisses ??= []).push({ at, candidates: near.length === 0 ? NO_NEAR : near.sort(byScoreDescending).slice(0, NEAR_CANDIDATES) });
    }
  }
  if (listItem) return;
  if (nearMisses && nearMisses.some((n) => n.candidates.length > 0)) neighbouringSlips(text, start, end, first, run!, nearMisses, itemEnd === true, model, terms, suspects);
  // A slip the evidence left short beside a slip reported in the same run: scored again with that one corrected (round 33).
  if (nearMisses && suspects.length > first) afterReportedSlips(text, start, end, first, run!, nearMisses, itemEnd === true, model, terms, suspects);
  // A slip short of the threshold where the document itself writes the corrected word (round 35).
  if (nearMisses && OWN_USAGE.bonus > 0) ownUsageSlips(start, first, run!, nearMisses, suspects);
  // Real-word slips (远程检测诊断 for 监测诊断): words whose character a neighbour vouches for, so the loop above never
  // saw it; the model weighs only words that one same-reading character turns into another (realWordStarts).
  for (let j = realFrom; j < realTo; j++) {
    run ??= text.slice(start, end);
    const wordStart = (realWordFound[j] ?? end) - start;
    const all = realWordCorrectionsOf(model, run, wordStart, eligible);
    const at = start + (all[0]?.index ?? 0);
    if (all.length === 0 || (at > start && NUMERAL_FLAGS[text.charCodeAt(at - 1)] === 1)) continue;
    keepSuspect(text, start, run, at, correctionsAt(all, at - start), model, terms, suspects);
  }
  // In text order: the real-word slips come after the loop above found the others.
  if (realTo > realFrom && suspects.length - first > 1) suspects.splice(first, suspects.length - first, ...suspects.slice(first).sort((a, b) => a.at - b.at));
}

/**
 * The real-word corrections of the word run[wordStart, wordStart + 2) (realWordCorrections) for the plain characters; where
 * there are none and a character of the word is a guarded one (GUARDED_FLAGS: 联系 of 联系会议成员, 系 a formal function
 * character), its corrections on plain evidence, as a guarded character alone gets (FORMAL_MARGIN, FORMAL_MIN_CHAR_GAIN).
 */
function realWordCorrectionsOf(model: WrongCharacterModel, run: string, wordStart: number, eligible: EligibleFlags): readonly Correction[] {
  const plain = model.realWordCorrections(run, wordStart, eligible.plain);
  if (plain.length > 0 || (GUARDED_FLAGS[run.charCodeAt(wordStart)] !== 1 && GUARDED_FLAGS[run.charCodeAt(wordStart + 1)] !== 1)) return plain;
  return model.realWordCorrections(run, wordStart, eligible.scanned).filter((c) => GUARDED_FLAGS[c.wrong.charCodeAt(0)] === 1 && c.charGain >= FORMAL_MIN_CHAR_GAIN && c.score >= DEFAULT_THRESHOLDS.report + FORMAL_MARGIN);
}

// The filters of suspectsOfRun() and keepSuspect() are functions of their own, not closures: a closure over a
// function's parameter or local makes every call of the function allocate a context for it, and keepSuspect() is called
// at each suspicious position (≈ 20,000 per MB), nearly always with nothing to keep (0.8 MB per MB of text).

/** The corrections scoring `least` or more. */
function scoringAtLeast(corrections: readonly Correction[], least: number): readonly Correction[] {
  return corrections.filter((c) => c.score >= least);
}

/** The single-character corrections of a short list item (institutionListItem) that make the whole item the name of an institution. */
function institutionsOfItem(model: WrongCharacterModel, run: string, corrections: readonly Correction[]): readonly Correction[] {
  return corrections.filter((c) => c.wrong.length === 1 && institutionAround(model, run, c.index, c.right.charCodeAt(0))?.length === run.length);
}

/** The corrections of run[index]. */
function correctionsAt(corrections: readonly Correction[], index: number): readonly Correction[] {
  return corrections.filter((c) => c.index === index);
}

/** Is text[at] inside the title of a law or document (titleSpans)? */
function insideTitle(text: string, at: number): boolean {
  return titleSpans(text).some(([open, close]) => at > open && at < close);
}

/**
 * A suspicious character with candidates none of which reached the threshold; `candidates`: the best of those that fall
 * short by no more than Thresholds.neighbourNear (often none).
 */
interface NearMiss {
  at: number;
  candidates: readonly Correction[];
}
/** The near candidates of the character being looked at (corrections()' `near`), reused. */
const nearScratch: Correction[] = [];
/** The best first: one function for every sort of the near misses, not a closure made at each position (round 34). */
function byScoreDescending(a: Correction, b: Correction): number {
  return b.score - a.score;
}
const NO_NEAR: readonly Correction[] = Object.freeze([]);
/** Near candidates of one character tried with its neighbours: its best two (卫申: 卫生 and 卫国). */
const NEAR_CANDIDATES = 2;
/**
 * Characters apart (either way) of two slips that drag each other's evidence down: the word model's window (four
 * characters each side of a position), which is how far a neighbouring slip reaches into the evidence.
 */
const NEIGHBOUR_DISTANCE = 4;

/** Whether the word that the correction `c` completes covers text offset `other` too (run from `start`). */
function inWord(c: Correction, other: number, start: number): boolean {
  return other >= start + c.wordStart && other < start + c.wordStart + c.word.length;
}

/** The single-character corrections of run[index] that reach the thresholds (of the run as changed by a neighbour's correction). */
function singleCorrections(model: WrongCharacterModel, run: string, index: number, endsItem: boolean): readonly Correction[] {
  return model.corrections(run, index, DEFAULT_THRESHOLDS, false, false, endsItem).filter((c) => c.wrong.length === 1);
}

/**
 * Neighbouring slips (round 31, issue 12): two slips a few characters apart drag each other's evidence down — the
 * word model's window and the set phrasing over one of them take in the other (国家卫申建康委: 卫生 scores 18.0 beside
 * 建康 and 39.8 beside 健康; 疫勤防空应急预案: 防控 is rejected beside 疫勤 and scores 54.3 beside 疫情). For a suspicious
 * character whose best candidate falls short by no more than neighbourNear, each suspicious character within
 * NEIGHBOUR_DISTANCE that had candidates but none reported is scored with that candidate in place (plain characters of
 * running text only: not a guarded one, not one after a numeral, not in a short list item); where it then reaches the threshold,
 * and the first character, scored in turn with the neighbour's correction in place, reaches it too with the same
 * candidate, both are reported (each with the other's correction in the text its guards see). Each correction must
 * hold with the other one made, and both must pass every guard: clean text seldom has two near misses side by side
 * that vouch for each other this way.
 */
function neighbouringSlips(text: string, start: number, end: number, first: number, run: string, nearMisses: readonly NearMiss[], itemEnd: boolean, model: WrongCharacterModel, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[]): void {
  const taken = new Set<number>();
  for (const s of suspects.slice(first)) for (let i = 0; i < (s.corrections[0]?.wrong.length ?? 1); i++) taken.add(s.at + i);
  const added = suspects.length;
  const changed = (at: number, c: Correction) => run.slice(0, at - start) + c.right + run.slice(at - start + 1);
  for (const { at: a, candidates } of nearMisses) {
    if (taken.has(a)) continue;
    search: for (const near of candidates) {
      const withA = changed(a, near);
      // The neighbour: a character that had candidates too (one with none has no word to complete beside a
      // correction that stays out of its word, see inWord), not corrected already.
      for (const { at: b } of nearMisses) {
        if (b === a || Math.abs(b - a) > NEIGHBOUR_DISTANCE || taken.has(b)) continue;
        const atB = singleCorrections(model, withA, b - start, itemEnd);
        const other = atB[0];
        if (!other) continue;
        // Two slips, each completing a word of its own (卫生|健康): where both characters fall in one word (央省企业 read as
        // 大型企业, 歙徽 as 社会), it is a two-character slip, which pairCandidates() weighs by its own, stricter tests.
        if (inWord(other, a, start)) continue;
        const withB = changed(b, other);
        const atA = singleCorrections(model, withB, a - start, itemEnd);
        if (atA[0]?.right !== near.right || inWord(atA[0], b, start)) continue;
        const both: Suspect[] = [];
        if (!keepSuspect(text.slice(0, start) + withB + text.slice(end), start, withB, a, atA, model, terms, both)) continue;
        if (!keepSuspect(text.slice(0, start) + withA + text.slice(end), start, withA, b, atB, model, terms, both)) continue;
        suspects.push(...both);
        taken.add(a);
        taken.add(b);
        break search;
      }
    }
  }
  if (suspects.length > added) suspects.splice(first, suspects.length - first, ...suspects.slice(first).sort((p, q) => p.at - q.at));
}

/**
 * A second slip of a run beside one already reported (round 33, issue 12: sentences found but not fully corrected): each
 * suspicious character of the run that had candidates but none reached the threshold (`nearMisses`) is scored again with
 * the run's reported single-character slips corrected, and reported if it then reaches the threshold and passes every
 * guard (which see the corrected run). The first slip stays in the text the second is scored in, and its broken word and
 * windows take the second one's evidence (肇庆事广宁县工作族: 族 → 组 once 事 → 市 is made; 聋西县扶贫凯发办: 聋 → 陇 once
 * 凯 → 开). neighbouringSlips() pairs two slips that are both short, within NEIGHBOUR_DISTANCE; here one is reported
 * already, and the whole run is its reach (round 31 tried four characters: nothing found). Clean text has few
 * findings, so this looks at almost nothing there.
 */
function afterReportedSlips(text: string, start: number, end: number, first: number, run: string, nearMisses: readonly NearMiss[], itemEnd: boolean, model: WrongCharacterModel, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[]): void {
  const reported = suspects.slice(first).filter((s) => s.corrections[0]?.wrong.length === 1);
  if (reported.length === 0) return;
  let fixed = run;
  for (const s of reported) fixed = fixed.slice(0, s.at - start) + (s.corrections[0]?.right ?? '') + fixed.slice(s.at - start + 1);
  const taken = new Set(suspects.slice(first).map((s) => s.at));
  const added: Suspect[] = [];
  for (const { at } of nearMisses) {
    if (taken.has(at)) continue;
    const again = singleCorrections(model, fixed, at - start, itemEnd);
    const best = again[0];
    // Each slip completes a word of its own, as in neighbouringSlips(): two in one word are a pair slip's business.
    if (!best || reported.some((s) => inWord(best, s.at, start))) continue;
    keepSuspect(text.slice(0, start) + fixed + text.slice(end), start, fixed, at, again, model, terms, added);
  }
  if (added.length === 0) return;
  suspects.push(...added);
  suspects.splice(first, suspects.length - first, ...suspects.slice(first).sort((p, q) => p.at - q.at));
}

/**
 * An own-usage suspect as checkDocument meets it, before the document's counts decide (OWN_USAGE.observe; round 36,
 * s36-wcslips: bench/wc-own-usage-record.ts turns it into the counts that could tell a slip from a deliberate word).
 */
export interface OwnUsageSuspect {
  /** The paragraph's text and where it starts in the document. */
  text: string;
  paragraphStart: number;
  /** Offsets in the paragraph: the written character, and the written form of the word the correction completes. */
  at: number;
  wordStart: number;
  wordEnd: number;
  best: Correction;
  /** How often the written word occurs in the document. */
  writtenCount: number;
  /** How often a string occurs in the document (the recurrence counts, paragraph by paragraph). */
  count: (needle: string) => number;
  /** The corrected word with one neighbour on each side: what the document must write elsewhere. */
  correctedInContext: string;
  /** Does it pass every margin and guard with the same best correction (asked of it when the counts allow)? */
  kept: () => boolean;
}

/**
 * Evidence units the writer's own usage gives (ownUsageSlips); 0 turns it off (bench/inject-errors --own-usage N).
 * `observe`, when set (bench/wc-own-usage-record.ts, for measuring; never by the product, which then pays one property
 * read per own-usage suspect), is shown each own-usage suspect checkDocument meets, before its counts decide.
 */
export const OWN_USAGE: { bonus: number; observe?: (suspect: OwnUsageSuspect) => void } = { bonus: 6 };
/**
 * The word evidence an own-usage correction needs: the corrected word must read clearly better than the written text, not
 * be one more parse of it (再建设一批 read as 在建设 scores 2.5: 再|建设 parses as well).
 */
const OWN_USAGE_MIN_WORD_GAIN = 4;

/**
 * A slip the evidence leaves short, where the writer's own text has the word (round 35, issue 12: recall in report text
 * never seen by the data). The statistics of official texts are national; a report has its own words (农产品, 基础,
 * 统一管理), and a slip in one of them is short of evidence because the word's three-character phrasing is local. But the
 * writer who typed 城时 once wrote 城市 elsewhere in the same document, between the same neighbours (精品城市): the
 * document is a small model of its own. For a suspicious character whose best candidate falls short by no more than
 * OWN_USAGE.bonus, the candidates with that bonus are kept with `ownUsage` (only a non-word slip: a written form that is a
 * word itself, 审级, 立业, 称为, is the writer's; and only with word evidence OWN_USAGE_MIN_WORD_GAIN), unweighed:
 * checkDocument passes them through every margin and guard (keepSuspect) only where the document has the word in
 * context (about 70 kept in 0.5 M characters of reports, a handful weighed), and reports them only where the document writes the corrected word with both its neighbours
 * elsewhere (correctedInContext, as writerUsesCorrection looks for it) and the written word nowhere else (a word the
 * writer repeats is the writer's term). Only the corrected word alone elsewhere is no evidence: reports repeat 网络, 设施
 * and 市政 everywhere, and the near misses beside them in clean text are many (390 on 5 M characters of held-out text).
 */
function ownUsageSlips(start: number, first: number, run: string, nearMisses: readonly NearMiss[], suspects: Suspect[]): void {
  let taken: Set<number> | undefined;
  const added = suspects.length;
  for (const { at, candidates } of nearMisses) {
    const best = candidates[0];
    // A function character standing alone (才用了半年, 再建设一批) is the writer's adverb or preposition: the document's 采用, 在建 say nothing against it.
    if (!best || best.score + OWN_USAGE.bonus < DEFAULT_THRESHOLDS.report || STANDALONE_FUNCTION_CHARS.has(run[at - start] ?? '')) continue;
    const raised = candidates.filter(ownUsageCandidate).map(raisedByOwnUsage);
    const top = raised[0];
    if (!top) continue;
    if (!taken) {
      taken = new Set<number>();
      for (const s of suspects.slice(first, added)) for (let i = 0; i < (s.corrections[0]?.wrong.length ?? 1); i++) taken.add(s.at + i);
    }
    if (taken.has(at)) continue;
    // Weighed through keepSuspect's margins and guards only in checkDocument, where the document has the corrected word in context (rarely).
    const wordStart = start + top.wordStart;
    suspects.push({ at, wordStart, wordEnd: wordStart + top.word.length, corrections: raised, ownUsage: { start, end: start + run.length } });
  }
  if (suspects.length > added) suspects.splice(first, suspects.length - first, ...suspects.slice(first).sort((p, q) => p.at - q.at));
}

/**
 * An own-usage suspect weighed through every margin and guard as a suspect of summarize (keepSuspect): its corrections
 * then, or undefined when it is dropped.
 */
function weighOwnUsage(text: string, suspect: Suspect, terms: Readonly<Record<string, TermEntry>>): readonly Correction[] | undefined {
  const { start, end } = suspect.ownUsage ?? { start: 0, end: text.length };
  const kept: Suspect[] = [];
  keepSuspect(text, start, text.slice(start, end), suspect.at, suspect.corrections, wrongCharacterModel(), terms, kept);
  return kept[0]?.corrections;
}

/** A near candidate the writer's own usage may carry (ownUsageSlips): it reaches the threshold with the bonus, its written character is in no word, and its word evidence is clear. */
function ownUsageCandidate(c: Correction): boolean {
  return c.score + OWN_USAGE.bonus >= DEFAULT_THRESHOLDS.report && !c.realWord && c.segGain >= OWN_USAGE_MIN_WORD_GAIN;
}

function raisedByOwnUsage(c: Correction): Correction {
  return { ...c, score: c.score + OWN_USAGE.bonus };
}

/** What a guard sees of a suspect: the paragraph, the Han run (`run`, from `start`), the offset `at` and the best correction. */
interface GuardedSuspect {
  text: string;
  start: number;
  run: string;
  at: number;
  best: Correction;
  /** Text offset of the corrected word's first character. */
  wordStart: number;
  model: WrongCharacterModel;
}

/**
 * Does the corrected word take a character of a jargon term next to the suspect (实现依法治国与依规治党相统一，使纪法衔接:
 * 世纪 would take the 纪 of 纪法; round 36)? The term is written as meant, so the word across its edge is no correction.
 */
function wordTakesJargon(s: GuardedSuspect): boolean {
  for (let p = s.wordStart; p < s.wordStart + s.best.word.length; p++) {
    if ((p < s.at || p >= s.at + s.best.wrong.length) && policyJargon(s.text, p, 1)) return true;
  }
  return false;
}

/** The share of a character's official uses inside one written word from which onewordCharacter() takes the word as meant. */
const ONE_WORD_SHARE = 0.8;

/**
 * 让传统产业迸发新活力 (round 37, untouched-s37u 广西 2016, read as 开发): is the look-alike suspect a character that official
 * texts use (almost) only inside the very dictionary word it is written in (迸 of 迸发: both of its uses)? A glance or a
 * scan turns a common character into a look-alike, not into the one character of one written word, and a rare
 * character inside its own word is chosen: the writer wrote 迸发. A homophone is not asked about (肩负 → 减负 of ECSpell:
 * a typist's pinyin picks a word), nor a character of several words.
 */
function oneWordCharacter(s: GuardedSuspect): boolean {
  const { best, text, at, wordStart, model } = s;
  if (best.kind !== 'shape' || best.wrong.length !== 1 || best.word.length !== 2) return false;
  const written = text.slice(wordStart, wordStart + 2);
  const uses = model.officialCharUses(best.wrong);
  if (uses <= 0 || written.length !== 2 || !isHanAt(text, wordStart + 1) || !model.hasWord(written) || (at !== wordStart && at !== wordStart + 1)) return false;
  return model.officialPairCount(written.charCodeAt(0), written.charCodeAt(1)) >= uses * ONE_WORD_SHARE;
}

/** A reason to leave a suspect unreported although the model would correct it: writing that is deliberate, not a slip. */
interface QuietingGuard {
  name: string;
  why: string;
  quiet: (s: GuardedSuspect) => boolean;
}

/**
 * The guards after the best correction is known: any one that holds keeps the suspect quiet, so their order changes no
 * decision, only the time (plain string tests first; those that look words up in the model mostly last, but
 * name-before-head, river-name and already-before-verb sit among the tests of their kind). A row: its name, its class
 * with the sentence that showed it, the file of the test — (-phrasing) text/wrong-character-phrasing.ts, (-jargon)
 * -jargon.ts, (-person-names) -person-names.ts, none: this file —, whose tests (test/unit/wrong-character.test.ts) hold
 * the sentences it quiets and those it must not. A new guard is a new row; a guard against one word is no class.
 */
const QUIETING_GUARDS: readonly QuietingGuard[] = [
  { name: 'locative-frame', why: '在发展中固安全: the corrected word would take the 中 that closes a 在…中 frame', quiet: (s) => closesLocativeFrame(s.text, s.wordStart, s.at) },
  { name: 'name-before-head', why: '张江科学城, 中芯国际, 虢国博物馆, 崖洲湾: a name the dictionary lacks right before 集团/公司/博物馆/中心/湾…', quiet: (s) => nameBeforeHead(s.model, s.text, s.wordStart + s.best.word.length, s.best) },
  { name: 'photo-credit', why: '记者崔志坚摄: the name in a credit line before 摄 (-person-names)', quiet: (s) => inPhotoCredit(s.text, s.at, s.best.wrong.length) },
  { name: 'speaker-after-quote', why: '”吴金妹说，: the name of a quotation\'s speaker before 说/表示/介绍 (-person-names)', quiet: (s) => inSpeakerAfterQuote(s.text, s.at, s.best.wrong.length) },
  { name: 'person-name-after-age', why: '92岁的叶五妹: a name starting with a surname right after an age N岁的 (-person-names)', quiet: (s) => inPersonNameAfterAge(s.text, s.at, s.best.wrong.length) },
  { name: 'person-name-after-title', why: '副秘书长刘建忻: the given name of a person named after a title (-person-names)', quiet: (s) => inPersonNameAfterTitle(s.text, s.at, s.best.wrong.length) },
  { name: 'party-role-name', why: '证人闵生如的证言: a name right after a party\'s role in a case (证人, 被告人, 罪犯) (-legal)', quiet: (s) => nameAfterPartyRole(s.text, s.at, s.best.wrong.length) },
  { name: 'anonymised-name', why: '刘某仅使用刀面击打: the character after an anonymised name (a surname and 某) (-legal)', quiet: (s) => afterAnonymisedName(s.text, s.at, s.best.wrong.length) },
  { name: 'party-role-because', why: '被劝阻人因自身疾病: 因 right after a party\'s role, not 人口 (-legal)', quiet: (s) => becauseAfterPartyRole(s.text, s.at, s.best.wrong) },
  { name: 'case-title-party', why: '柏万清诉成都…纠纷案: the first party\'s name in a case title X诉Y…案 (-legal)', quiet: (s) => inCaseTitleParty(s.text, s.at, s.best.wrong.length) },
  { name: 'placeholder-party', why: '甲国有公司, 乙银行: the placeholder letter of an anonymised party (-legal)', quiet: (s) => placeholderParty(s.text, s.at, s.best.wrong) },
  { name: 'from-date-frame', why: '自公司设立之日起生效: the 自 of a 自…之日起 frame, not 子公司 (-legal)', quiet: (s) => fromDateFrame(s.text, s.at, s.best.wrong) },
  { name: 'because-not-done', why: '因未进行年检: 因未 + a duty not done, not 因为 (-legal)', quiet: (s) => becauseNotDone(s.text, s.at, s.best.wrong) },
  { name: 'that-is-this-case', why: '即本案一审被告人: 即 before 本案/本院, not 基本 (-legal)', quiet: (s) => thatIsThisCase(s.text, s.at, s.best.wrong) },
  { name: 'rank-verb', why: '企业数居全国第1位: a rank verb after a noun (-phrasing)', quiet: (s) => rankVerbAfterNoun(s.text, s.at, s.best.wrong.length, s.wordStart) },
  { name: 'count-numeral', why: '六方面工作: a numeral before a measure word (-phrasing)', quiet: (s) => countNumeral(s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'exceeds-round-number', why: '开行量均超千列: a round numeral (千/百/万/亿) after 超 and before a unit or measure word, not 超前 (-phrasing)', quiet: (s) => exceedsRoundNumber(s.text, s.at, s.best.wrong) },
  { name: 'reduplicated-adverbial-di', why: '一环一环地抠: the verb after the adverbial 地 of a 一X一X地 / 一XX地 frame, not 地区 (-phrasing)', quiet: (s) => afterReduplicatedAdverbialDi(s.text, s.at, s.best.wrong) },
  { name: 'numeral-slogan', why: '“四室三站一场”, 两委一室: numeral + one-character noun units set side by side (-phrasing)', quiet: (s) => !s.best.setPhrase && s.best.phraseGain < SLOGAN_MAX_PHRASE && numeralSlogan(s.text, s.at, s.best.wrong) },
  { name: 'shared-tail', why: '产业链和创新链: the second item copies the first one\'s last character (-phrasing)', quiet: (s) => sharedTailAcrossConjunction(s.text, s.at, s.best.wrong) },
  { name: 'shared-tail-next-item', why: '去程、回程: the head of a list item sharing its tail with the item after (-phrasing)', quiet: (s) => sharedTailNextItem(s.text, s.at, s.best.wrong) },
  { name: 'chess-metaphor', why: '全国一盘大棋: the 棋 of the 一盘棋 metaphor, its measure 盘 earlier in the clause (-phrasing)', quiet: (s) => chessMetaphor(s.text, s.at, s.best.wrong) },
  { name: 'area-border', why: '六环路至市界段, 省界收费站: the border (界) of a province, city or county where a road section ends (-phrasing)', quiet: (s) => areaBorder(s.text, s.at, s.best.wrong) },
  { name: 'since-time', why: '发案数自2023年8月以来: 自 (since) before a date or year (-phrasing)', quiet: (s) => sinceTime(s.text, s.at, s.best.wrong) },
  { name: 'beside-foreign-name', why: '范伟和米娅·梅尔策分获: a name joined by 和/与/、 to a transliterated foreign name (-phrasing)', quiet: (s) => besideForeignName(s.text, s.wordStart, s.wordStart + s.best.word.length) },
  { name: 'village-name', why: '冶山镇高巷村: the second character of a village\'s name between its township\'s (…镇/乡) and 村 (-phrasing)', quiet: (s) => villageName(s.text, s.at, s.best.wrong) },
  { name: 'position-verb', why: '游离于企业和市场之外: a verb of position in a 于…之外 frame (-phrasing)', quiet: (s) => verbOfPositionFrame(s.text, s.at + s.best.wrong.length, s.best.wrong) },
  { name: 'event-before-time', why: '疫后经济, 灾后, 赛前: an event named before the 后/前 of a time word (-phrasing)', quiet: (s) => eventBeforeTimeWord(s.text, s.at, s.best.wrong, s.best.word) },
  { name: 'zodiac-year', why: '蛇年春节: a year named by the zodiac (-phrasing)', quiet: (s) => zodiacYear(s.text, s.at, s.best.wrong) },
  { name: 'concessive-ye', why: '什么事也办不成: the 也 of 什么…也 (-phrasing)', quiet: (s) => concessiveYe(s.text, s.at, s.best.wrong) },
  { name: 'zhi-suo-verb', why: '民之所忧必念之, 学无所忧、学有所成: the verb of 之所 + verb, or of 有所/无所 + verb closing its item (-phrasing)', quiet: (s) => nominalisedAfterZhiSuo(s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'world-organisation', why: '世卫组织: the short name of a world organisation (-phrasing)', quiet: (s) => worldOrganisation(s.text, s.at, s.best.wrong) },
  { name: 'ethnic-group', why: '侗乡, 苗寨: an ethnonym in the name it makes (-phrasing)', quiet: (s) => ethnicGroupName(s.text, s.at, s.best.wrong) },
  { name: 'already-caused', why: '已致3人遇难: 已致 before a count (-phrasing)', quiet: (s) => alreadyCaused(s.text, s.at, s.best.wrong) },
  { name: 'fair-abbreviation', why: '丝博会, 石博会: a fair named by its theme (-phrasing)', quiet: (s) => fairAbbreviation(s.text, s.at, s.best.wrong) },
  { name: 'shared-tail-item', why: '抵押权、质权和留置权: the head of a list item sharing its tail with the item before (-phrasing)', quiet: (s) => sharedTailListItem(s.text, s.at, s.best.wrong) },
  { name: 'one-character-item', why: '发展铜、铁、煤、木材: a one-character item of a 、 list beside another (-phrasing)', quiet: (s) => oneCharacterListItem(s.text, s.at, s.best.wrong) },
  { name: 'metal-element', why: '铜铝铀, 锂新能源电池: metals among materials (-phrasing)', quiet: (s) => metalElement(s.text, s.at, s.best.wrong) },
  { name: 'verb-one-verb', why: '把人请到地里转一转: a one-character verb said twice around 一, the spoken "have a go at" (-phrasing)', quiet: (s) => verbOneVerb(s.text, s.at, s.best.wrong) },
  { name: 'reduplication-series', why: '月月有活动、季季有节会: reduplicated time words meaning "every" (-phrasing)', quiet: (s) => reduplicationSeries(s.text, s.at, s.best.wrong) },
  { name: 'urgent-ji', why: '亟须/亟需/亟待: urgently, written on purpose (-phrasing)', quiet: (s) => urgentJi(s.text, s.at, s.best.wrong) },
  { name: 'attract-slogan', why: '招大引强, 招强引优: slogans of the shape 招X引Y (-phrasing)', quiet: (s) => attractSlogan(s.text, s.at, s.best.wrong) },
  { name: 'adverbial-di', why: '更可持续地高质量发展: the adverbial 地 before 高质量/高速度, not 提高 (-phrasing)', quiet: (s) => adverbialDiBeforeHigh(s.text, s.at, s.best.wrong) },
  { name: 'region-posting', why: '产业援疆, 驻莞部队: 援/驻 + a one-character region or city (-phrasing)', quiet: (s) => regionPosting(s.text, s.at, s.best.wrong) },
  { name: 'adapt-frame', why: '因村制宜, 因企施策: the slogan frame 因X制宜 (-phrasing)', quiet: (s) => adaptFrame(s.text, s.at, s.best.wrong) },
  { name: 'formal-numeral', why: '京东亚洲壹号: a formal numeral, written on purpose (-phrasing)', quiet: (s) => formalNumeral(s.best.wrong) },
  { name: 'ethnonym-character', why: '彝路相伴: an ethnonym no common word uses (彝, 侗, 畲, 佤, 傣, 羌) (-phrasing)', quiet: (s) => ethnonymCharacter(s.best.wrong) },
  { name: 'distributive-zhu', why: '逐一解决, 逐项落实: 逐 + a measure, "one by one", not 注意 (-phrasing)', quiet: (s) => distributiveZhu(s.text, s.at, s.best.wrong) },
  { name: 'subsidiary', why: '中央企业子企业, 集团子公司: 子 of a subsidiary after its parent (-phrasing)', quiet: (s) => subsidiaryPrefix(s.text, s.at, s.best.wrong) },
  { name: 'river-name', why: '绛河, 漳江口: a character official texts hardly use before 河/江/溪/湖, a river\'s name (-jargon)', quiet: (s) => riverName((c) => s.model.officialCharUses(c), s.text, s.at, s.best.wrong, s.best.right, s.best.word) },
  { name: 'from-to-frame', why: '由高速增长阶段向高质量发展阶段: the 由 of 由X向Y (-phrasing)', quiet: (s) => fromToFrame(s.text, s.at, s.best.wrong) },
  { name: 'city-campaign', why: '开展八城联创: the numeral of a campaign N城联创/同创 (-phrasing)', quiet: (s) => cityCampaign(s.text, s.at, s.best.wrong) },
  { name: 'name-character', why: '鑫兴生物制造产业发展基金: a character of names only (鑫, 淼, 垚) (-phrasing)', quiet: (s) => nameCharacter(s.best.wrong) },
  { name: 'now-and-then', why: '仍时有发生: the adverb before 时有发生, whose 时 the correction (及时) would take (-phrasing)', quiet: (s) => beforeNowAndThen(s.text, s.at, s.best.wrong, s.best.word) },
  { name: 'adverbial-ye', why: '这件事也在…, 发展也进一步: 也 between a finished subject and its predicate, not 事业/产业 (-phrasing)', quiet: (s) => adverbialYe(s.text, s.at, s.best.wrong, s.best.right, (w) => s.model.hasWord(w)) },
  { name: 'already-before-verb', why: '省级已下达: 已 before a verb word the correction (以下) would break (-phrasing)', quiet: (s) => alreadyBeforeVerb(s.text, s.at, s.best.wrong, s.best.word, (w) => s.model.hasWord(w)) },
  { name: 'administrative-level', why: '制定市级支出标准: an administrative level (省级, 市级) corrected whole into a homophone (实际) (-phrasing)', quiet: (s) => administrativeLevel(s.best.wrong) },
  { name: 'tending-to', why: '信用环境逐步趋暖: 趋 before an adjective that ends its clause (-phrasing)', quiet: (s) => tendingTo(s.text, s.at, s.best.wrong) },
  { name: 'list-marker', why: '九是广大干部群众…: the numeral of a list marker N是 opening a clause, not 就是 (-grammar)', quiet: (s) => listMarkerNumeral(s.text, s.at, s.best.wrong) },
  { name: 'toward-frame', why: '向镇和新型农村社区延伸: the 向 of a 向…延伸/倾斜 frame, not 乡镇 (-grammar)', quiet: (s) => towardFrame(s.text, s.at, s.best.wrong) },
  { name: 'echo-quartet', why: '忧民所忧、乐民所乐: a quartet echoing its first character beside one of the same frame (-wordplay)', quiet: (s) => echoQuartet(s.text, s.at, s.best.wrong) },
  { name: 'type-suffix', why: '支持居民自住和改善型住房消费: 型 and 性 after a word, two suffixes of one reading the writer chooses between, unless the evidence is strong (-grammar)', quiet: (s) => s.best.score < DEFAULT_THRESHOLDS.report + TYPE_SUFFIX_MARGIN && typeSuffixSwap(s.model, s.run, s.at - s.start, s.best.wrong, s.best.right) },
  { name: 'clause-end-pronoun', why: '英雄的鲜血染红了她。: a third-person pronoun ending its clause, the object or subject, not 了解 (-grammar)', quiet: (s) => clauseEndPronoun(s.text, s.at, s.best.wrong) },
  { name: 'final-particle', why: '“你是中国人吗？”: a modal particle before the question or exclamation mark ending its sentence, not 人口 (-grammar)', quiet: (s) => finalParticle(s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'history-suffix', why: '二千五百多年建城史: the 史 of a history beside a span of years, not 城市 (-grammar)', quiet: (s) => historySuffix(s.text, s.at, s.best.wrong) },
  { name: 'national-zone-name', why: '石狮国家级渔港, 紫竹国家高新区: a place\'s name before the title of a national zone, unless the evidence is strong (-zones)', quiet: (s) => s.best.score < DEFAULT_THRESHOLDS.report + NATIONAL_ZONE_MARGIN && beforeNationalZone(s.text, s.wordStart + s.best.word.length) },
  { name: 'stolen-neighbour', why: '中心城区雨污合流: the corrected word takes its other character from a common word as written', quiet: (s) => stealsNeighbour(s.model, s.run, s.best) },
  { name: 'negation-before-word', why: '违法但未采取相关处置措施: a pair ending in a negation before the verb it negates, no word typed whole', quiet: (s) => negationBeforeWord(s.model, s.text, s.wordStart, s.best) },
  { name: 'left-word-as-written', why: '为续写社会长期稳定新篇章: the written character ends a word with its left neighbour (续写) that the correction breaks', quiet: (s) => leftWordAsWritten(s.model, s.run, s.best) },
  { name: 'edge-stolen-neighbour', why: '，使现有各类人才: the edge pair is unseen because the neighbour starts a common word (现有)', quiet: (s) => edgeStealsNeighbour(s.model, s.run, s.best) },
  { name: 'conversion-slogan', why: '旱改水, 煤改气: the thing converted in an X改Y slogan (-phrasing)', quiet: (s) => conversionSlogan(s.model, s.text, s.at, s.best.wrong) },
  { name: 'adverbial-di-taken', why: '细心地深入地去发现: the adverbial 地 after a word of manner, not the 地 of 地区 (-grammar)', quiet: (s) => adverbialDiTaken(s.model, s.text, s.at, s.best.wrong, s.best.right, s.wordStart, s.best.word) },
  { name: 'separable-verb', why: '下足绣花功夫: the verb of a separable word (下功夫) with a complement put in, not 不足 (-grammar)', quiet: (s) => separableVerb(s.model, s.text, s.at, s.best.wrong, s.wordStart) },
  { name: 'set-phrase-pun', why: '“泉心泉意”, “兵至如归”服务品牌, （适势求是）: a four-character set phrase changed on purpose, the same character twice, the whole of a quotation or a column tag in brackets (-wordplay)', quiet: (s) => setPhrasePun(s.model, s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'repeated-head-quartet', why: '失能失智失独, 冬捕冬钓: a four-character slogan repeating its head (-phrasing)', quiet: (s) => inRepeatedHeadQuartet(s.model, s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'interleaved-quartet', why: '强边固防 (强固 + 边防): a four-character slogan interleaving two words, its halves coined (-phrasing)', quiet: (s) => inInterleavedQuartet(s.model, s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'total-adverb-predicate', why: '基本医疗费用全免。: a one-character predicate ending the clause after 全/均/都/皆, not 全面 (-phrasing)', quiet: (s) => totalAdverbPredicate(s.model, s.text, s.at, s.best.wrong, s.wordStart) },
  { name: 'hotline-name', why: '12316资讯服务中心, 12345政务服务便民热线: the name of a service after its 12xxx hotline number, ending in 中心/热线/平台/电话 (-jargon)', quiet: (s) => hotlineName(s.text, s.at, s.best.wrong.length) },
  { name: 'local-term', why: '雨污分流, 通村公路, 忠庄、高桥、董公寺等, 市一院, 靖神铁路, 下九连圩: local jargon, place lists, numbered hospitals, routes named by two places, place characters (-jargon)', quiet: (s) => localTerm(s.model, s.text, s.at, s.best.wrong, s.best.right) },
  { name: 'one-word-character', why: '让传统产业迸发新活力: a look-alike character official texts use only inside the dictionary word it is written in (迸 of 迸发), not 开发', quiet: oneWordCharacter },
  { name: 'jargon-edge', why: '使纪法衔接: the corrected word (世纪) would take a character of a jargon term beside the slip (-jargon)', quiet: wordTakesJargon },
];

/**
 * Extra evidence (nats) a correction needs when the written form it replaces is a word of report language (round 32,
 * issue 12 precision): the model's reportWord(), a pair that many city government work reports of many cities use, at
 * least as often as general text does, and that does not vouch for its characters (a slip of one character could make
 * it of another pair). Such a form is written there on purpose far more often than typed by mistake: on the held-out
 * reports, 城市痼疾治理 (→ 估计), 和谐文明的魅力家园 (→ 美丽), 各项计提增加 (→ 基地), 发展愿景 (→ 远景), 勠力发展 (→ 努力),
 * 医学科学园 (→ 学院), 郑州集疏中心 (→ 技术) reached 25.1–34.2; ECSpell's slips write general words (智齿, 暴涨, 礼仪, 答复),
 * which the reports do not favour. A slip whose context flips both ways in vouched text (realWordFlip: 新形式新要求 → 形势,
 * 动态检测 → 监测) keeps its own, stricter test, and so does one that completes the name of an institution (institution:
 * 水务总局 → 税务总局, whose evidence is the name, not the word) — unless the correction is the name's suffix character,
 * which makes another kind of body of it (凯普医学科学园 twice, a park, read as 医学科学院; round 30's 国家农科园).
 */
const REPORT_WORD_MARGIN = 10;

/**
 * Does `c` (of `run`) replace a written two-character word of report language (REPORT_WORD_MARGIN), with no longer word
 * of its own to show for it (completesLongerWord)?
 */
function replacesReportWord(model: WrongCharacterModel, run: string, c: Correction): boolean {
  if (c.realWordFlip === true || c.word.length !== 2 || !model.reportWord(run, c.wordStart)) return false;
  // A name whose suffix the correction changes (科学园 → 科学院) is another kind of body, no evidence of a slip.
  if (c.institution === true) return endsInstitution(c.right);
  return !completesLongerWord(model, run, c.wordStart, c.word);
}

/**
 * Does the corrected two-character `word` at run[from, from + 2) make a dictionary word of three to six characters with
 * its neighbours where the written pair makes none (易制毒滑雪品 → 化学品, 机车组党止步 → 党支部)? The longer word is evidence
 * of its own that the written word of report language does not outweigh.
 */
function completesLongerWord(model: WrongCharacterModel, run: string, from: number, word: string): boolean {
  for (let start = Math.max(0, from - 2); start <= from; start++) {
    for (let end = Math.min(run.length, from + 4); end >= from + 2; end--) {
      if (end - start < 3 || end - start > 6) continue;
      if (model.hasWord(run.slice(start, from) + word + run.slice(from + 2, end)) && !model.hasWord(run.slice(start, end))) return true;
    }
  }
  return false;
}

/** The corrections of `run` with those that replace a word of report language on too little evidence left out. */
function reportWordMargin(model: WrongCharacterModel, run: string, corrections: readonly Correction[]): readonly Correction[] {
  return withMargin(corrections, REPORT_WORD_MARGIN, (c) => replacesReportWord(model, run, c));
}

/**
 * The corrections without those of a kind (`needsMargin`) that fall short of the report threshold plus `margin`: the
 * shared form of the margins below. The list itself when none falls short.
 */
function withMargin(corrections: readonly Correction[], margin: number, needsMargin: (c: Correction) => boolean): readonly Correction[] {
  const report = DEFAULT_THRESHOLDS.report + margin;
  return corrections.some((c) => c.score < report && needsMargin(c)) ? corrections.filter((c) => c.score >= report || !needsMargin(c)) : corrections;
}

/**
 * Extra evidence (nats) a homophone word typed whole needs where the written pair is a dictionary word and nothing but the
 * character model speaks for the replacement (bareWordSwap): no window of set phrasing flips to it, it completes no longer
 * word, no word of the clause goes with it. 在场观礼者 (attending the ceremony) read as 管理者 four times in Taiwan press
 * releases (30.1); none of ECSpell's 996 slips is found this way (its homophone words all come with a flip).
 */
const BARE_WORD_SWAP_MARGIN = 10;

/** Is `c` a homophone word for a written dictionary word with only the character model for it (BARE_WORD_SWAP_MARGIN)? */
function bareWordSwap(c: Correction): boolean {
  return c.wrong.length === 2 && c.realWord && !c.contextFlip && c.longWordFlip !== true && c.collocated !== true;
}

/** The corrections with the bare swaps of one dictionary word for another on too little evidence left out. */
function bareWordSwapMargin(corrections: readonly Correction[]): readonly Correction[] {
  return withMargin(corrections, BARE_WORD_SWAP_MARGIN, bareWordSwap);
}

/**
 * Extra evidence (nats) a homophone word typed whole needs where the written pair is a dictionary word and the corrected
 * word is a collocation of no other word of its clause and completes no longer word (round 32): the context windows that
 * flip to it are then the only evidence, and the clause is not about it. On the held-out texts 史诗保护研究中心 (→ 实施,
 * 28.4), 就业引航计划 (→ 银行, 33.2) and 实行报账制管理 (→ 保障, 42.9; above the margin, left) were of this kind; of
 * ECSpell's 134 whole-word swaps found, only 罚站改革委 (→ 发展, 36.8) is, and 摄氏/意料 complete 网络设施/医疗器械.
 * The written word's own collocations were measured too (bench/written-colloc.ts) and tell nothing: 0 for every false
 * alarm of the kind, >0 for 2 of ECSpell's 900 detections.
 */
const UNSUPPORTED_WORD_SWAP_MARGIN = 10;

/** Is `c` a whole-word swap of a written dictionary word that the clause's words do not go with (UNSUPPORTED_WORD_SWAP_MARGIN)? */
function unsupportedWordSwap(model: WrongCharacterModel, run: string, c: Correction): boolean {
  if (c.wrong.length !== 2 || c.right.length !== 2 || !c.realWord || c.realWordFlip === true || c.collocated === true) return false;
  if (c.wrong[0] === c.right[0] || c.wrong[1] === c.right[1]) return false;
  return !completesLongerWord(model, run, c.index, c.right) && model.correctedWordCollocates(run, c.index, c.right) === 0;
}

/** The corrections of `run` with the unsupported word swaps on too little evidence left out. */
function unsupportedWordSwapMargin(model: WrongCharacterModel, run: string, corrections: readonly Correction[]): readonly Correction[] {
  return withMargin(corrections, UNSUPPORTED_WORD_SWAP_MARGIN, (c) => unsupportedWordSwap(model, run, c));
}

/**
 * Extra evidence (nats) a one-character correction needs where the written character is one that names use (its share of
 * use in the dictionary's names at least NAME_SHARE_UNPHRASED) and nothing but the character and word models speak for
 * the correction: no window of set or report phrasing gained, no set phrase, flip, institution, collocation or lone word
 * and the slip is inside its run, not at an edge (round 34, People's Daily: 埃及学生宋语嫣 → 语言 27.1, 印度煕德隆药业 → 以德
 * 25.7; 陕西省志丹县贺老庄村, 蒙古国贺西格中学 → 和, 26.4 and 29.2, where the correction is a word of one character and the
 * written one a surname far more than anything else). The character model reads a given name, a company's or a foreign name as a pair
 * of common characters gone wrong; official phrasing around the correction is what shows a slip in running text. Of
 * ECSpell's 901 detections on odw.train, none is of this kind (22 gain no window; the one with a name character, 中央禾
 * 国家机关 → 和, is a lone word of a character names use a third of the time).
 */
const NAME_UNPHRASED_MARGIN = 10;
/** The share of use in names from which a written character counts as a name character (NAME_UNPHRASED_MARGIN). */
const NAME_SHARE_UNPHRASED = 0.2;
/** …and from which it does where the correction is a word of one character (a name's character more often than not). */
const NAME_SHARE_LONE = 0.5;

/** Is `c` a one-character correction of a name character with nothing but the character and word models for it? */
function nameCharacterUnphrased(c: Correction): boolean {
  if (c.wrong.length !== 1 || c.nameShare < NAME_SHARE_UNPHRASED || c.phraseGain !== 0 || (c.reportPhraseGain ?? 0) !== 0) return false;
  // At a run's edge a slip has few windows to gain, and the edge's own evidence stands for them (，嘉强原材料: 加强, an
  // injected slip of eval:inject that the margin cost in its first version).
  if (c.edgePair === true || c.rareOpening === true) return false;
  // A lone word (一字词: 中央禾国家机关 → 和) only where the character is a name's more often than not (贺老庄村, 贺西格中学 → 和).
  if (c.loneWord === true && c.nameShare < NAME_SHARE_LONE) return false;
  return !c.setPhrase && !c.contextFlip && c.realWordFlip !== true && c.institution !== true && c.collocated !== true && c.collocatedFew !== true && c.repairsWord !== true;
}

/**
 * The corrections with those of name characters on too little evidence left out (NAME_UNPHRASED_MARGIN). A candidate that
 * makes a common word on its other side as well (县城剑设: 城建 and 建设, an injected slip of round 33's tests; wordOnOtherSide)
 * sits between two words it completes, which a name does not: no margin there.
 */
function nameUnphrasedMargin(model: WrongCharacterModel, run: string, corrections: readonly Correction[]): readonly Correction[] {
  // …nor one that completes a longer dictionary word with its neighbours (道路交甬事故 → 交通事故, injected: evidence of its own).
  return withMargin(corrections, NAME_UNPHRASED_MARGIN, (c) => nameCharacterUnphrased(c) && !wordOnOtherSide(model, run, c) && (c.word.length !== 2 || !completesLongerWord(model, run, c.wordStart, c.word)));
}

/**
 * Extra evidence (nats) two kinds of correction need where no window of official phrasing speaks for them (round 35,
 * People's Daily feature, commentary and culture pages: heldout-s35w, read before the change, and the clean folders).
 * Each is a form on which the character and word models alone read literary or everyday language as a slip:
 * - governedWordUnphrased: one character after 之, 不 or 其 read as the second half of a function word (之间, 之一, 之后,
 *   不懈, 不到, 其中), where the writer put a noun or verb governed by the particle — classical 之-phrases, often in
 *   parallel (穿百姓之衣，吃百姓之饭; 克非常之役，须非常之举; 祁连之麓; 坚中之坚; 锐始者必图其终), a verb after 不 at a
 *   clause's end (耕耘不歇, 挺立不倒, 一生不悔). 19 on the clean folders and the new set, 25.3–33.5; none of ECSpell's
 *   901 detections on odw.train has such a word. A real slip of the shape gains a window (发生效力之目起 → 之日, kept).
 * - pairSwapUnphrased: a homophone word for a written pair that is no dictionary word, gaining fewer than half of the
 *   three-character windows over the pair (桔柚 → 具有, 饸饹 → 合格, 疣枝桦 → 优质, 慎刑恤囚 → 需求, 碱煮渣 → 建筑:
 *   names of foods, plants and crafts, classical pairs). ECSpell's pair slips of this kind gain two of four windows or
 *   more, at a run's end one of two (国家按泉、 → 安全).
 * Tried and dropped: a homophone for a rare character opening a clause (rareOpening) with no window gained (蹲在河边 →
 * 存在 three times, 驶到, 竟心生出, 戴家湖, 渐成大势, 阎海旺: 8 false alarms) — eval:inject's ，嘉强原材料 (→ 加强, 26.2,
 * the slip round 34's name margin kept by sparing a run's edge) is of the same form and was lost.
 */
const UNPHRASED_FORM_MARGIN = 10;
/** The particles whose one-character object or verb the models read as the second half of a function word (之间, 不懈, 其中). */
const GOVERNING_PARTICLES = '之不其';

/**
 * No other evidence than the character and word models: no set phrase, flip, institution, collocation or repair, and at
 * most `phraseWindows` windows of official phrasing gained (none unless said).
 */
function modelsOnly(c: Correction, phraseWindows = 0): boolean {
  return c.phraseGain <= phraseWindows && (c.reportPhraseGain ?? 0) <= 0 && !c.setPhrase && !c.contextFlip && c.realWordFlip !== true && c.institution !== true && c.collocated !== true && c.collocatedFew !== true && c.repairsWord !== true && c.loneWord !== true;
}

/** Is `c` one character after 之, 不 or 其 read as the second half of a function word with them, on the models alone? */
function governedWordUnphrased(run: string, c: Correction): boolean {
  if (c.wrong.length !== 1 || c.index === 0) return false;
  const particle = run.charAt(c.index - 1);
  return GOVERNING_PARTICLES.includes(particle) && c.word === particle + c.right && c.wordStart === c.index - 1 && modelsOnly(c);
}

/** Is `c` a homophone word for a written non-word pair that gains fewer than half of the windows over the pair? */
function pairSwapUnphrased(run: string, c: Correction): boolean {
  if (c.wrong.length !== 2 || c.realWord || c.contextFlip || c.longWordFlip === true || c.collocated === true) return false;
  const windows = Math.min(c.index + 1, run.length - 3) - Math.max(0, c.index - 2) + 1;
  return c.phraseGain * 2 < windows;
}

/**
 * Round 35, second pass: the one-character literary adverbs of gradual change (渐, 日, 愈, 益: gradually, day by day,
 * ever more), which official text writes inside words (逐渐, 日益, 日渐) and commentary and feature prose writes alone
 * before a verb (在大湾区渐成趋势, 父母带孩子参加冬季运动渐成时尚, 局面渐成常态, 效力日显).
 */
const GRADUAL_ADVERBS = '渐日愈益';

/**
 * Is `c` such an adverb read as the first half of a word with the verb after it (渐成 → 建成, 日显 → 明显) on at most one
 * window of official phrasing and no other evidence? The verb's object is a state (趋势, 时尚, 常态, 大势, 潮流), which the
 * models do not tell from a thing built. 8 on the clean folders and heldout-s35w/-s35w2 (25.5–32.4); none of ECSpell's
 * 901 detections on odw.train writes one of these characters (项日和 → 项目, a real slip of the clean folders, reads 日
 * as the second half of a word, and gains two windows).
 */
function gradualAdverbUnphrased(c: Correction): boolean {
  if (c.wrong.length !== 1 || !GRADUAL_ADVERBS.includes(c.wrong) || c.wordStart !== c.index || c.word.length !== 2) return false;
  return modelsOnly(c, 1);
}

/** The corrections of `run` without the unphrased forms above on too little evidence. */
function unphrasedFormMargin(run: string, corrections: readonly Correction[]): readonly Correction[] {
  return withMargin(withMargin(corrections, LONE_WORD_UNPHRASED_MARGIN, loneWordUnphrased), UNPHRASED_FORM_MARGIN, (c) => governedWordUnphrased(run, c) || pairSwapUnphrased(run, c) || gradualAdverbUnphrased(c));
}

/**
 * Extra evidence (nats) a lone function character (和, 在, 以, 并, 与: Candidate.loneWord, whose path adds LONE_WORD_BONUS)
 * needs where no window of official phrasing speaks for it (round 35, second pass). The path was set on report text, where
 * a rare single character between two words is a slip (中央禾国家机关, 人民代表大会盒地方各级人民政府: ECSpell's two
 * detections of the path, 33.3 and 37.0, both gaining no window); in news and feature prose the rare character is a
 * verb, a colour or a name's (给中方栽污名 ×2 and 只能栽红柳 → 在, 已经拼尽全力 ×2 → 并, 检测试剂盒优化 ×2 → 和, 露出褐红
 * 油亮的栗子 → 和, 新界仔优质果菜 → 在, 白领驿家 → 以: 10 on heldout-s34p/-s34p2/-s35w/-s35w2, 25.0–29.9).
 */
const LONE_WORD_UNPHRASED_MARGIN = 5;

/** Is `c` a lone function character with no window of official phrasing for it (LONE_WORD_UNPHRASED_MARGIN)? */
function loneWordUnphrased(c: Correction): boolean {
  return c.loneWord === true && c.phraseGain <= 0 && (c.reportPhraseGain ?? 0) <= 0;
}

/**
 * Extra evidence (nats) every correction needs in a sentence of another register than modern written Chinese (round 35,
 * second pass: People's Daily commentary, feature and culture pages). Classical Chinese, quoted: 祸兮福之所倚 (→ 所以,
 * 35.4), 书有工拙，而君子小人之心不可乱也 (→ 工作, 32.8), 桥何名欤？ (→ 名誉, 28.2), 圜则九重，孰营度之？ (→ 原则, 36.0);
 * dialect or spoken words, in a villager's or a reporter's voice: 俺全置办上了 (→ 安全, 30.5), 那些人哩。 (→ 人力, 29.7),
 * 刨不出啥，种点小麦 (→ 重点, 30.6). The models know modern official text; such a sentence is another language as far as
 * they can tell. None of ECSpell's 1,719 sentences holds a mark of either (registerSentence); the reports hardly do.
 */
const REGISTER_MARGIN = 15;

/** The classical particles that end a clause (乎, 哉, 矣, 焉, 欤, 耶, 也 before a punctuation mark). */
const CLAUSE_FINAL_PARTICLES = '乎哉矣焉欤耶也';
/** The punctuation after a clause-final particle. */
const AFTER_PARTICLE = '，。？！；：、”’」';
/** What ends the sentence a suspect is read in. */
const SENTENCE_END = '。！？\n';
/** Modern words ending in a particle character, which may end a clause (差不多几乎。, 在乎，). */
const MODERN_BEFORE_PARTICLE = new Set(['几乎', '似乎', '在乎', '关乎', '合乎', '近乎', '出乎', '外乎', '是乎']);
/** Dialect and spoken words of one character that written report language does not use (俺, 啥, 咋, 呗, 哩, 嘞, 甭; not 咱). */
const SPOKEN_MARKS = '俺啥咋呗哩嘞甭';
/** How far (characters) the sentence is searched each way. */
const SENTENCE_REACH = 40;

/**
 * Does the sentence around text[at] hold a spoken mark (SPOKEN_MARKS) or a classical particle: 兮 anywhere, 曰 before a
 * colon or quotation mark, a clause-final 乎/哉/矣/焉/欤/耶/也, or 之 before a question or exclamation mark (孰营度之？)?
 * Modern words that end in such a character before a pause (几乎。, 在乎，) do not count.
 */
function registerSentence(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < SENTENCE_REACH && !SENTENCE_END.includes(text.charAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to - at < SENTENCE_REACH && !SENTENCE_END.includes(text.charAt(to))) to++;
  // The sentence's own end mark (桥何名欤？) follows a clause-final particle too.
  to = Math.min(text.length, to + 1);
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c === '兮' || SPOKEN_MARKS.includes(c)) return true;
    if (c === '曰' && '：“「'.includes(next) && next !== '') return true;
    if (CLAUSE_FINAL_PARTICLES.includes(c) && next !== '' && AFTER_PARTICLE.includes(next) && !MODERN_BEFORE_PARTICLE.has(text.slice(i - 1, i + 1))) return true;
    if (c === '之' && (next === '？' || next === '！')) return true;
  }
  return false;
}

/** The corrections of a suspect at text[at] in a sentence of another register (registerSentence), on too little evidence, left out. */
function registerMargin(text: string, at: number, corrections: readonly Correction[]): readonly Correction[] {
  const report = DEFAULT_THRESHOLDS.report + REGISTER_MARGIN;
  return corrections.some((c) => c.score < report) && registerSentence(text, at) ? corrections.filter((c) => c.score >= report) : corrections;
}

/**
 * Does `c` (of `run`) only put one accepted spelling of a word for another (acceptedVariants: 精减 → 精简, 制订 → 制定)?
 * The model asks this on its context-flip paths; a correction that reaches the threshold by the character and word
 * models alone (精减会议和文件 → 精简, 27.6–32.6: 2010 山东, 2009 安徽 and 2012 济南 reports) is house style too.
 */
function variantSwap(run: string, c: Correction): boolean {
  if (c.wrong.length === 2) return acceptedVariants(c.wrong, c.right);
  const k = c.index - c.wordStart;
  for (let j = Math.max(0, k - 1); j <= k && j + 2 <= c.word.length; j++) {
    if (acceptedVariants(run.slice(c.wordStart + j, c.wordStart + j + 2), c.word.slice(j, j + 2))) return true;
  }
  return false;
}

/** The corrections of `run` without those that swap accepted spellings (variantSwap). */
function withoutVariantSwaps(run: string, corrections: readonly Correction[]): readonly Correction[] {
  return corrections.some((c) => variantSwap(run, c)) ? corrections.filter((c) => !variantSwap(run, c)) : corrections;
}

/**
 * The guards every suspect passes (parallel phrasing, the office's terms, titles and quotations narrow or drop its
 * corrections; then QUIETING_GUARDS, each of which may keep it quiet): pushes the suspect at `at` (text offset; `run` starts at `start`) onto
 * `suspects` and returns its best correction, or returns undefined.
 */
function keepSuspect(text: string, start: number, run: string, at: number, corrections: readonly Correction[], model: WrongCharacterModel, terms: Readonly<Record<string, TermEntry>>, suspects: Suspect[]): Correction | undefined {
  if (corrections.length === 0) return undefined;
  const proposed = corrections;
  corrections = unphrasedFormMargin(run, nameUnphrasedMargin(model, run, unsupportedWordSwapMargin(model, run, bareWordSwapMargin(reportWordMargin(model, run, withoutVariantSwaps(run, corrections))))));
  if (corrections.length === 0) {
    const first = proposed[0];
    if (first) GUARD_TRACE.observe?.('margins', text, at, first);
    return undefined;
  }
  corrections = registerMargin(text, at, corrections);
  if (corrections.length === 0) return undefined;
  const series = parallelSeries(text, at);
  if (series === 'member') return undefined;
  // In a member of a series that shares its head, only a slip the evidence makes plain (parallelSeries).
  if (series === 'head') corrections = corrections.filter((c) => c.score >= DEFAULT_THRESHOLDS.report + SERIES_MARGIN);
  // A pair slip's second character may be a member of a parallel series too.
  if ((corrections[0]?.wrong.length ?? 0) > 1 && parallelSeries(text, at + 1) !== 'none') corrections = corrections.filter((c) => c.wrong.length === 1);
  if (corrections.length === 0 || coveredByTerms(text, at, terms)) return undefined;
  // Titles of laws and documents are quoted as published, unusual words and all: a slip there
  // (取蹄办法 for 取缔办法) needs more evidence.
  if (insideTitle(text, at) || insideShortQuote(text, at)) corrections = corrections.filter((c) => c.score >= DEFAULT_THRESHOLDS.report + TITLE_MARGIN);
  const best = corrections[0];
  if (!best) return undefined;
  const wordStart = start + best.wordStart;
  const suspect: GuardedSuspect = { text, start, run, at, best, wordStart, model };
  for (const guard of QUIETING_GUARDS) {
    if (guard.quiet(suspect)) {
      GUARD_TRACE.observe?.(guard.name, text, at, best);
      return undefined;
    }
  }
  suspects.push({ at, wordStart, wordEnd: wordStart + best.word.length, corrections });
  return best;
}

/** eligibleCharacters' flags, by model and nameShare option. */
const eligibleCache = new WeakMap<WrongCharacterModel, Map<number, EligibleFlags>>();

/**
 * Flags by code unit (1: consider it): `plain`, the characters that may be corrected; `scanned`, those and the guarded ones
 * (GUARDED_FLAGS). `scan`: the table of the model's scanParagraph (SCAN_SUSPECT: `scanned`; SCAN_RUN: Han; SCAN_ODD: half
 * of a surrogate pair), which fills it as characters are met with the answers of `learn`.
 */
interface EligibleFlags {
  plain: Uint8Array;
  scanned: Uint8Array;
  scan: Uint8Array;
  learn: (code: number) => number;
}

/**
 * Flags by code unit (1: may be corrected): characters with confusions that are not traditional-only
 * (script-mixing's finding in simplified text), not province abbreviations or formal function
 * characters (`scanned` has those too: GUARDED_FLAGS), and not used in names at least the nameShare option's share.
 * Computed once per value.
 */
function eligibleCharacters(model: WrongCharacterModel, nameShare: number): EligibleFlags {
  let byShare = eligibleCache.get(model);
  if (!byShare) eligibleCache.set(model, (byShare = new Map<number, EligibleFlags>()));
  let flags = byShare.get(nameShare);
  if (flags) return flags;
  const plain = new Uint8Array(65536);
  const scanned = new Uint8Array(65536);
  const scanTable = new Uint8Array(65536);
  const traditional = traditionalOnlySet();
  for (let code = 0; code < 65536; code++) {
    if (!model.hasConfusionsCode(code) || traditional.has(code)) continue;
    if (model.nameShare(String.fromCharCode(code)) >= nameShare) continue;
    scanned[code] = 1;
    if (GUARDED_FLAGS[code] !== 1) plain[code] = 1;
  }
  // Whether a character is Han is learnt as characters are met (hanKnown): no 65,536 tests before the first lint.
  const learn = (code: number): number => {
    let known = hanKnown[code] ?? 2;
    if (known === 0) known = learnHan(code);
    return SCAN_KNOWN | (scanned[code] === 1 ? SCAN_SUSPECT : 0) | (known === 1 ? SCAN_RUN : known === SURROGATE ? SCAN_ODD : 0);
  };
  flags = { plain, scanned, scan: scanTable, learn };
  byShare.set(nameShare, flags);
  return flags;
}

let typoWords: { words: Set<string>; maxLength: number } | undefined;

/**
 * Is `at` inside a word of the common-typo table, or a wrong or right form of the office's config
 * `terms`? Then common-typo reports it (with its own reason) or the office has settled the wording.
 */
function coveredByTerms(text: string, at: number, terms: Readonly<Record<string, TermEntry>>): boolean {
  for (const [wrong, term] of Object.entries(terms)) {
    for (const word of [wrong, term.to]) {
      // The last occurrence starting at or before `at` is the only one that can cover it.
      const from = word ? text.lastIndexOf(word, at) : -1;
      if (from >= 0 && from + word.length > at) return true;
    }
  }
  return coveredByTypoTable(text, at);
}

function coveredByTypoTable(text: string, at: number): boolean {
  if (!typoWords) {
    const words = new Set(builtinTypoEntries().map((e) => e.wrong));
    typoWords = { words, maxLength: Math.max(...[...words].map((w) => w.length)) };
  }
  for (let start = Math.max(0, at - typoWords.maxLength + 1); start <= at; start++) {
    for (let end = at + 1; end <= Math.min(text.length, start + typoWords.maxLength); end++) {
      if (typoWords.words.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

/** Extra evidence (nats) for a slip inside a 《》 title. */
const TITLE_MARGIN = 3;
/** Extra evidence (nats) for a slip in a member of a parallel series that shares its head (parallelSeries 'head'). */
const SERIES_MARGIN = 3;

/** Offsets of 《…》 titles: names of laws, documents and works are quoted as published. */
function titleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    spans.push([open, close]);
  }
  return spans;
}

/** A quoted name or slogan is at most this long (“才聚江西 智荟赣鄱”, “双招双引”); a longer quotation is running text. */
const SHORT_QUOTE = 12;

/**
 * Is `at` inside a short “…” quotation without a pause (a programme's name or slogan)? Like 《》 titles, these
 * are quoted as coined, new words and all (智荟, 智慧 and 荟萃 made one): a slip there needs more evidence.
 */
function insideShortQuote(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || at - open > SHORT_QUOTE) return false;
  const close = text.indexOf('”', at);
  if (close < 0 || close - open - 1 > SHORT_QUOTE) return false;
  return !/[，。；：！？”]/.test(text.slice(open + 1, close));
}

function countOccurrences(haystack: string, needle: string, limit: number): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n < limit; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

function countInDocument(paragraphs: readonly { text: string }[], needle: string): number {
  let n = 0;
  for (const paragraph of paragraphs) n += countOccurrences(paragraph.text, needle, Infinity);
  return n;
}

/**
 * May the recurrence of the written form in the document be the writer's own usage (the exemption of checkDocument)? Not
 * for the result complement 到 (Candidate.complement, round 38: 提高道80岁): its written form is one character, checked to
 * be in no word at the slip, and the document writes it inside its words elsewhere (道路, 渠道, 知道), which says nothing
 * of its use as a complement; counted so, the exemption held back every one in a report.
 */
function recurrenceIsUsage(best: Correction): boolean {
  return best.complement !== true;
}

/**
 * Does the document have the corrected word between the very neighbours of the suspect (民银行、
 * beside 民很行、 twice)? Then the writer knows the right form there, and the recurring written one is
 * a repeated (copied) slip, not a term of the writer's own.
 */
function writerUsesCorrection(countInDocument: (needle: string) => number, text: string, suspect: Suspect, best: Correction): boolean {
  return countInDocument(correctedInContext(text, suspect, best)) > 0;
}

/**
 * Is every occurrence of the written form in the document between the very neighbours of this one
 * (居住证神灵发 twice, 海药勿研 twice)? Then its recurrences are one phrase copied, not a term the
 * writer uses in sentences of their own (数智政府 … 数智赋能, 大理发展 … 大理加快): no evidence that
 * the form is meant.
 */
function copiedPhrase(countInDocument: (needle: string) => number, text: string, suspect: Suspect, writtenCount: number): boolean {
  return countInDocument(writtenInContext(text, suspect)) >= writtenCount;
}

/** The least length of the frame's tail seriesFrame() asks for (产业 of 级先进产业群、级特色产业群). */
const SERIES_FRAME_TAIL = 2;

/**
 * Are the copied-looking neighbours of a recurring written word the frame of a series (round 37, untouched-s37u 浙江 2023:
 * 4个万亿级先进产业群、15个千亿级特色产业群、一批百亿级新星产业群, twice, read as 新兴)? The character before the word and
 * the two after it also hold another dictionary word of the same length somewhere in the document (级先进产业, 级特色产业):
 * the writer fills a slot of a frame with their own terms, in both places, and the recurrence is a term, not one
 * phrase with a slip pasted twice (居住证神灵发 twice, 上海药勿研 twice: no other word between 证…发 or 海…研).
 */
function seriesFrame(paragraphs: readonly { text: string }[], text: string, suspect: Suspect, hasWord: (w: string) => boolean): boolean {
  const { wordStart, wordEnd } = suspect;
  const length = wordEnd - wordStart;
  if (wordStart < 1 || length < 2 || !isHanAt(text, wordStart - 1)) return false;
  for (let k = 0; k < SERIES_FRAME_TAIL; k++) if (!isHanAt(text, wordEnd + k)) return false;
  const before = text.charAt(wordStart - 1);
  const tail = text.slice(wordEnd, wordEnd + SERIES_FRAME_TAIL);
  const written = text.slice(wordStart, wordEnd);
  for (const { text: other } of paragraphs) {
    for (let k = other.indexOf(before); k >= 0; k = other.indexOf(before, k + 1)) {
      if (!other.startsWith(tail, k + 1 + length)) continue;
      const filler = other.slice(k + 1, k + 1 + length);
      let han = true;
      for (let i = k + 1; i < k + 1 + length && han; i++) han = isHanAt(other, i);
      if (han && filler !== written && hasWord(filler)) return true;
    }
  }
  return false;
}

/** The written word of `suspect` with one neighbour on each side (as far as the paragraph has them). */
function writtenInContext(text: string, suspect: Suspect): string {
  return text.slice(Math.max(0, suspect.wordStart - 1), Math.min(text.length, suspect.wordEnd + 1));
}

/** The corrected word of `suspect` with its neighbours, as writerUsesCorrection looks for it. */
function correctedInContext(text: string, suspect: Suspect, best: Correction): string {
  const from = Math.max(0, suspect.wordStart - 1);
  const to = Math.min(text.length, suspect.wordEnd + 1);
  return text.slice(from, suspect.at) + best.right + text.slice(suspect.at + best.wrong.length, to);
}

/** Below this many suspects, counting their words one by one (a fast native search each) is cheaper than one pass for all. */
const WORDS_PER_PASS = 8;
/** The words recurrenceNeedles() gives for one suspect. */
const NEEDLES_PER_SUSPECT = 4;

/**
 * The words checkDocument() may count for `suspect` (of a paragraph's `text`), appended to `needles`: the written word,
 * the corrected one, and each with the suspect's neighbours (writerUsesCorrection, copiedPhrase). None for a suspect
 * without a correction (suspectsOfRun keeps none such).
 */
function recurrenceNeedles(text: string, suspect: Suspect, needles: string[]): void {
  const best = suspect.corrections[0];
  if (!best) return;
  needles.push(text.slice(suspect.wordStart, suspect.wordEnd), best.word, correctedInContext(text, suspect, best), writtenInContext(text, suspect));
}

/** A paragraph's summary when it has no suspect (nearly all): shared, never modified. */
const NO_SUSPECTS: Suspect[] = Object.freeze([]) as unknown as Suspect[];

const rule = defineRule({
  meta: {
    id: 'wrong-character',
    name: { zh: '错别字', en: 'Wrong character' },
    description: {
      zh: '同音、形近字误输入（如“大数局”应为“大数据”、“技木”应为“技术”），或两个字一起打成同音词（“菜狗”应为“采购”），由词典和公文语料的统计模型判断，只在证据充分时提示。',
      en: 'A homophone or look-alike typed for the right character (大数局 for 大数据, 技木 for 技术), or two characters typed as a homophone word (菜狗 for 采购), judged by a statistical model of dictionary words and official-document language; reported only on strong evidence.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'document',
    // "Allow" the written word (wrongWord), not the one character the finding marks.
    editorActions: { allowPhrase: 'wrongWord' },
    // One messageId per kind of slip the model decides (its Correction's kind, and one or two characters), so a filter
    // on --format json or sarif can tell a homophone slip from a look-alike one (round 36; `wrongCharacter` before).
    messages: {
      homophone: {
        zh: '“{{wrongWord}}”疑为“{{rightWord}}”（同音别字：“{{wrong}}”应为“{{right}}”），请核对。',
        en: '"{{wrongWord}}" is probably "{{rightWord}}" (homophone slip: "{{wrong}}" for "{{right}}"); check it.',
      },
      nearHomophone: {
        zh: '“{{wrongWord}}”疑为“{{rightWord}}”（近音别字：“{{wrong}}”应为“{{right}}”），请核对。',
        en: '"{{wrongWord}}" is probably "{{rightWord}}" (near-homophone slip: "{{wrong}}" for "{{right}}"); check it.',
      },
      lookAlike: {
        zh: '“{{wrongWord}}”疑为“{{rightWord}}”（形近别字：“{{wrong}}”应为“{{right}}”），请核对。',
        en: '"{{wrongWord}}" is probably "{{rightWord}}" (look-alike slip: "{{wrong}}" for "{{right}}"); check it.',
      },
      homophoneWord: {
        zh: '“{{wrongWord}}”疑为“{{rightWord}}”（两字误打成同音词：“{{wrong}}”应为“{{right}}”），请核对。',
        en: '"{{wrongWord}}" is probably "{{rightWord}}" (two characters typed as a homophone word: "{{wrong}}" for "{{right}}"); check it.',
      },
      nearHomophoneWord: {
        zh: '“{{wrongWord}}”疑为“{{rightWord}}”（两字误打成近音词：“{{wrong}}”应为“{{right}}”），请核对。',
        en: '"{{wrongWord}}" is probably "{{rightWord}}" (two characters typed as a near-homophone word: "{{wrong}}" for "{{right}}"); check it.',
      },
    },
    options: {
      nameShare: {
        type: 'number',
        default: 1,
        description: {
          zh: '某字在地名、人名、机构名中出现的比例达到此值时不作判断（0–1，越小越保守；默认 1：只跳过专用于名称的字，其余字在名称中用得越多，要求的证据越多）',
          en: 'Characters used in names of places, people and organisations at least this share (0–1) are never corrected; lower is more cautious (default 1: only characters used in names alone are skipped; the others need more evidence the more they are used in names)',
        },
      },
    },
  },

  summarize(paragraph, ctx): Suspect[] {
    if (ctx.script !== 'zh-Hans' && ctx.script !== 'unknown') return NO_SUSPECTS;
    const text = paragraph.text;
    const model = wrongCharacterModel();
    const nameShare = typeof ctx.options.nameShare === 'number' ? ctx.options.nameShare : 1;
    const eligible = eligibleCharacters(model, nameShare);
    // The model's suspiciousAt() for the whole paragraph in one pass: it rejects almost every character, one
    // that sits beside a well-attested neighbour (a pair slip never has one either). Only the characters it
    // finds (about one in twelve) are visited. Its pairs are of Han characters, so a pair across the edge of a
    // Han run is never one: the offsets are those a pass over each run would find. Real-word slips
    // (realWordStarts) are found where a neighbour vouches for the character: not among those. The same pass
    // cuts the Han runs that hold any of them (scanParagraph).
    model.scanParagraph(text, eligible.scan, eligible.learn, scan);
    suspiciousFound = scan.suspicious;
    foundCount = scan.suspiciousCount;
    foundNext = 0;
    realWordFound = scan.realStarts;
    realCount = scan.realCount;
    realNext = 0;
    // Most paragraphs: the shared empty list, not one per paragraph for the language server's cache to keep.
    if (foundCount === 0 && realCount === 0) return NO_SUSPECTS;
    const suspects: Suspect[] = [];
    if (!scan.odd) {
      const runs = scan.runs;
      for (let at = 0, last = 6 * scan.runCount; at < last; at += 6) {
        suspectsOfCutRun(text, runs[at] ?? 0, runs[at + 1] ?? 0, runs[at + 2] ?? 0, runs[at + 3] ?? 0, runs[at + 4] ?? 0, runs[at + 5] ?? 0, model, eligible, ctx.terms, suspects);
      }
      return suspects;
    }
    // A surrogate in the paragraph (rare): the runs of Han characters cut here, in one pass (a character outside
    // the BMP is two code units). The loop stays inside the text (a code unit is then a small integer: no NaN past
    // the end in the hot loop).
    let start = -1;
    for (let i = 0, length = text.length; i < length; ) {
      const code = text.charCodeAt(i);
      let known = hanKnown[code] ?? 2;
      if (known === 0) known = learnHan(code);
      const step = known === 1 ? 1 : known === SURROGATE ? hanLength(text, i) : 0;
      if (step > 0) {
        if (start < 0) start = i;
        i += step;
        continue;
      }
      if (start >= 0) suspectsOfHanRun(text, start, i, model, eligible, ctx.terms, suspects);
      // Past the last suspicious character, the rest of the paragraph has nothing to look at.
      if (foundNext >= foundCount && realNext >= realCount) return suspects;
      start = -1;
      i++;
    }
    if (start >= 0) suspectsOfHanRun(text, start, text.length, model, eligible, ctx.terms, suspects);
    return suspects;
  },

  checkDocument(paragraphs, summaries, ctx) {
    if (!summaries.some((s) => s.length)) return;
    // Each word counted once per document: a long document repeats its suspects (a report pasted twice, a
    // recurring term), and every count is a pass over the whole text.
    const counts = new Map<string, number>();
    const count = (needle: string): number => {
      let n = counts.get(needle);
      if (n === undefined) counts.set(needle, (n = countInDocument(paragraphs, needle)));
      return n;
    };
    // With many suspects (a long document), every count the loop below may ask for is taken in one pass over the
    // document: the written words, the corrected ones, and both in context (recurrenceNeedles). Counts are exact
    // however they are taken, so the suspects' fate is the same; until round 35 these were three passes (the written
    // words, then the corrected ones where the written word recurs, then the contexts where it is also not much rarer),
    // each a read of the whole text: 16 ms of a 10 MB lint for 24 suspects (8 now). With few, each is searched for when asked.
    // Since round 36 the pass finds the words by their first two code units (countWordsInTexts), not the first alone: the
    // bench's 10 MB text has 357 suspects, whose 257 distinct words start with characters that start 30 % of the text.
    const needles: string[] = [];
    // Index loops over each paragraph's suspects (nearly always none): a for-of made an iterator per paragraph.
    paragraphs.forEach((paragraph, p) => {
      const found = summaries[p];
      for (let s = 0; found && s < found.length; s++) {
        const suspect = found[s];
        if (suspect) recurrenceNeedles(paragraph.text, suspect, needles);
      }
    });
    if (needles.length >= WORDS_PER_PASS * NEEDLES_PER_SUSPECT) countWordsInTexts(paragraphs, needles, counts);
    const pairedWithChina = (c: string): boolean => RELATION_WORDS.some((r) => count(`中${c}${r}`) > 0 || count(`${c}中${r}`) > 0);
    // Look-alike substitutions reported in this document (觉 → 党 of 民主觉派), by wrong and right character, with the characters
    // around each (主派); and the recurring written forms the exemption below held back.
    let reportedLookAlikes: Map<string, Set<string>> | undefined;
    let heldBack: { paragraph: (typeof paragraphs)[number]; suspect: Suspect; corrections: readonly Correction[]; written: string }[] | undefined;
    let shortNames: string[] | undefined;
    paragraphs.forEach((paragraph, p) => {
      const found = summaries[p];
      for (let s = 0; found && s < found.length; s++) {
        const suspect = found[s];
        if (!suspect) continue;
        // The writer's own term (数智化 … 数智赋能): the written form recurs in the document, and the
        // "corrected" form is not much more common there. A slip the writer repeats (管里 twice
        // beside 管理 twenty times, or 人民很行 twice beside 人民银行 once) is still reported.
        const written = paragraph.text.slice(suspect.wordStart, suspect.wordEnd);
        const best = suspect.corrections[0];
        // A short name the document defines (（以下简称渔沣公司）, round 38): the writer's name, whichever paragraph defines it.
        if (best && inDefinedShortName(paragraph.text, suspect.at, best.wrong.length, (shortNames ??= definedShortNames(paragraphs)))) continue;
        if (!best) continue; // suspectsOfRun keeps only suspects with a correction
        // Counted paragraph by paragraph: both words are Han characters, never across a paragraph break.
        const writtenCount = count(written);
        // Kept on the writer's own usage (ownUsageSlips): the document writes the corrected word between the same neighbours elsewhere, and the written one only here.
        let corrections = suspect.corrections;
        if (suspect.ownUsage) {
          if (OWN_USAGE.observe) {
            const { text } = paragraph;
            const { at, wordStart, wordEnd } = suspect;
            OWN_USAGE.observe({
              text, paragraphStart: paragraph.start, at, wordStart, wordEnd, best, writtenCount, count,
              correctedInContext: correctedInContext(text, suspect, best),
              kept: () => weighOwnUsage(text, suspect, ctx.terms)?.[0]?.right === best.right,
            });
          }
          if (writtenCount !== 1 || count(correctedInContext(paragraph.text, suspect, best)) === 0) continue;
          // Now through every margin and guard, as a suspect of summarize; the same correction must stay the best.
          const weighed = weighOwnUsage(paragraph.text, suspect, ctx.terms);
          if (!weighed || weighed[0]?.right !== best.right) continue;
          corrections = weighed;
        }
        if (
          !RECURRENCE.off &&
          writtenCount >= 2 &&
          recurrenceIsUsage(best) &&
          writtenCount * RECURRENCE_RATIO >= count(best.word) &&
          !writerUsesCorrection(count, paragraph.text, suspect, best) &&
          (RECURRENCE.copied || !copiedPhrase(count, paragraph.text, suspect, writtenCount) || seriesFrame(paragraphs, paragraph.text, suspect, (w) => wrongCharacterModel().hasWord(w)))
        ) {
          if (best.kind === 'shape' && best.wrong.length === 1) (heldBack ??= []).push({ paragraph, suspect, corrections, written });
          continue;
        }
        // 哥方, 赴乌: a country's short name the document pairs with 中 elsewhere (哥中关系, 中乌关系; -grammar).
        if (countryShortName(paragraph.text, suspect.at, best.wrong, pairedWithChina)) continue;
        if (best.kind === 'shape' && best.wrong.length === 1) {
          const key = best.wrong + best.right;
          reportedLookAlikes ??= new Map();
          const contexts = reportedLookAlikes.get(key) ?? new Set<string>();
          reportedLookAlikes.set(key, contexts.add(neighboursOf(paragraph.text, suspect.at)));
        }
        reportSuspect(paragraph, suspect, corrections, written);
      }
    });
    // A look-alike the writer seemed to repeat (单位觉组织 … 觉组（党委）: the written form twice, 党组 once) is a slip after all
    // where the document has the same character for the same one in another word, reported or held back the same way
    // (民主觉派 → 党派): the same substitution in different words is a misreading of a glyph (a scan read by OCR, a glance),
    // no term of the writer's, who repeats a word, not a character swap across words (round 37).
    if (heldBack) {
      // The characters around each substitution, by wrong and right character: 主派 (民主觉派), 位组 (单位觉组织).
      const around = (paragraph: (typeof paragraphs)[number], suspect: Suspect): string => neighboursOf(paragraph.text, suspect.at);
      const contextsOf = new Map<string, string[]>();
      for (const [key, contexts] of reportedLookAlikes ?? []) contextsOf.set(key, [...contexts]);
      for (const { paragraph, suspect, corrections } of heldBack) {
        const best = corrections[0];
        if (best) contextsOf.set(best.wrong + best.right, [...(contextsOf.get(best.wrong + best.right) ?? []), around(paragraph, suspect)]);
      }
      for (const { paragraph, suspect, corrections, written } of heldBack) {
        const best = corrections[0];
        const mine = around(paragraph, suspect);
        // Another word means other neighbours on both sides (史国 … 兴建史国: the same 史国 again, a name the writer repeats).
        if (!best || countryShortName(paragraph.text, suspect.at, best.wrong, pairedWithChina)) continue;
        if (contextsOf.get(best.wrong + best.right)?.some((c) => c.charAt(0) !== mine.charAt(0) && c.charAt(1) !== mine.charAt(1))) reportSuspect(paragraph, suspect, corrections, written);
      }
    }

    function reportSuspect(paragraph: (typeof paragraphs)[number], suspect: Suspect, corrections: readonly Correction[], written: string): void {
      const best = corrections[0];
      if (!best) return;
      const start = paragraph.start + suspect.at;
      const rightWord = best.word;
      const data = { wrong: best.wrong, right: best.right, wrongWord: written, rightWord };
      const runnerUp = corrections[1];
      const clear = !runnerUp || best.score - runnerUp.score >= CLEAR_WIN;
      const edits = corrections.slice(0, 4).map((c) => ({ start, end: start + c.wrong.length, text: c.right }));
      ctx.report({
        messageId: messageIdOf(best),
        data,
        start,
        end: start + best.wrong.length,
        fix: clear ? edits[0] : undefined,
        suggestions: clear ? edits.slice(1) : edits,
        detail: {
          zh: corrections
            .slice(0, 4)
            .map((c) => `“${c.right}”（${kindName(c).zh}，组成“${c.word}”）：词语证据 +${c.segGain.toFixed(1)}，搭配证据 +${c.charGain.toFixed(1)}`)
            .join('；'),
          en: corrections
            .slice(0, 4)
            .map((c) => `"${c.right}" (${kindName(c).en}, completes "${c.word}"): word evidence +${c.segGain.toFixed(1)}, context evidence +${c.charGain.toFixed(1)}`)
            .join('; '),
        },
      });
    }
  },
});

export default rule;
