// The statistical model behind the wrong-character rule (错别字): for one character of a run of Han
// text, is there a character that is read the same (or nearly) or looks alike, and that makes the
// text around it much more probable? Three views add up (the first must not disagree):
//   - words: the best segmentation of a short window with word costs from a dictionary (jieba's,
//     plus phrases recurring in official texts): 大数局 is 大/数/局, 大数据 one frequent word;
//   - characters: a bigram model of official-document language (which characters follow which);
//   - set phrasing: the three-character windows over the position that official texts use (日常工).
// The data is built by tools/build-wrong-character-data.mjs and handed in as plain strings.

import { PairBits, pairsOf, type CountTable, type PackedTables, type StringList } from './packed-tables';
import { MAX_PHRASE_COST, SetPhraseFilter, setPhraseAround, type PhraseLookup } from './wrong-character-idioms';
import { institutionAround, postAround } from './wrong-character-institutions';
import { CollocationFilter, segmentWords, wordHash } from './wrong-character-collocations';
import { ReportPhraseFilter } from './wrong-character-report-phrases';
import { acceptedVariants, collocationFlips, contextFlips, flipTakesNeighbour, longWordFlips, nearWordFlips, outerWindowsAsk, pairContextFlips, vouchedPairFlips, vouchedWordFlips, WHOLE_WORD, type ContextLookup } from './wrong-character-realword';

export type ConfusionKind = 'same' | 'near' | 'shape';

/**
 * The data as tools/build-wrong-character-data.mjs writes it (a packed table file, read by
 * text/packed-tables.ts). Its meta: `version` (DATA_VERSION) and `officialChars` (Han characters of
 * official text behind the counts). Its tables:
 *   counts  words2, words3 (width 2, 3), wordsLong (4–6 characters): word costs (−ln p × 100);
 *   counts  chars: cost of a character standing as a word; names: percent of a character's use
 *           inside names of places, people and organisations; unigrams, bigrams: character and
 *           character-pair counts of official text; runEnds: how often a character ends a run of Han
 *           text there (the end of a clause, mostly);
 *   set     trigrams: three characters in a row seen at least twice in official text;
 *   strings vouches: a pair list (text/packed-tables.ts: pairsOf; read whole into a bit matrix) of the pairs that show a character at home beside its neighbour — seen at least 3 times
 *           in official text and either 30 times, or 10 times more often than chance (义制 of
 *           社会主义制度, 16 times, is frequent only because 义 and 制 are: it vouches for neither); and
 *           the adjacent pairs of common dictionary words (2–4 characters, jieba count ≥ 200: 现场, 巡逻 of
 *           draft text) that no confusion of one character, and no same-reading word, turns into another
 *           common pair (警力/精力 and 嫌疑/现已 stay out: the build's addCommonWordPairs);
 *   strings heldPairs: a pair list (read into a bit matrix) of pairs of city government work reports (round 35, the build's
 *           heldPairsOf: used in ≥ 10 reports of ≥ 8 cities, not in `bigrams` or `vouches`, not one confusion or reading
 *           away from a pair used ten times as often) that hold a character but at a run's start (heldByOfficialPairs);
 *   counts  wordStarts: per two-character start, bit L (2–6) set when a word of L characters of the
 *           word tables starts with it (derived by the build; saves the lookups of absent words);
 *   strings wordFollowers, wordLeaders: per character, the candidates (characters of the confusion lines) that follow it
 *           (lead to it) inside some word of the three word tables: the character first, then the candidates' numbers
 *           in wordNeighbourColumns (item 0 for the followers, 1 for the leaders: the candidates by number),
 *           ascending, each as its difference from the one before (derived by the build; the first, cheap test of a
 *           candidate: NeighbourBits);
 *   strings confusions: "char<TAB>same reading<TAB>near reading<TAB>similar shape", candidates most
 *           frequent first (one BMP character each);
 *   strings readings: per character, the character, then the numbers (1 … meta.syllables) of its
 *           toneless readings; readingPairs: two reading numbers, then the common two-character
 *           words read so, concatenated (for pair slips: 菜狗 for 采购); nearReadings: per reading
 *           number, the number, then the numbers of its near readings (z/zh, c/ch, s/sh, n/l, -n/-ng);
 *           officialReadingPairs: as readingPairs, only words official texts use 30 times or more (the
 *           words offered for a near reading: 尘缘 for 成员);
 *   strings phraseFilter: one item, the bits of SetPhraseFilter (text/wrong-character-idioms.ts): which windows of four
 *           characters, one of them left out, a set phrase may fill;
 *   counts  realWords: two-character words of the vouching pairs that one same-reading character turns
 *           into another word official texts use (检测 → 监测), bit 0 set when the first character may be
 *           replaced, bit 1 the second (text/wrong-character-realword.ts); bit 2 (WHOLE_WORD), for these and
 *           for words official texts use 3 times or more, when the word is read like another two-character
 *           word, both characters other, that official texts use at least as often (自愿 → 资源, 政权 → 证券:
 *           vouchedPairFlips);
 *   set     reportWords: pairs of city government work reports that do not vouch and that the reports use at least as
 *           often as general text (round 32; reportWord(): the rule asks more evidence of a correction replacing one);
 *   strings wordCollocations: one item, a Bloom filter of 2^20 bits (16-bit units) of the pairs of words (2+ characters)
 *           official texts use in one clause ten times more often than chance (wrong-character-collocations.ts);
 *   strings reportPhrases: one item, a Bloom filter of 2^16 bits of the three-character windows many city government work
 *           reports use (data/local-text/trigrams.tsv) that are not in `trigrams` (round 33, wrong-character-report-phrases.ts).
 */
export type WrongCharacterData = PackedTables;

/** The layout of tables this model reads; the build writes it into meta.version. */
const DATA_VERSION = 13;

export interface Candidate {
  /** Offset of the (first) character in the run. */
  index: number;
  /** The written character, or the two written characters of a pair slip (菜狗 for 采购). */
  wrong: string;
  right: string;
  kind: ConfusionKind;
  /** How much cheaper (in nats) the best segmentation of the window is with `right`. */
  segGain: number;
  /** How much more probable (in nats) `right` is beside its neighbours in official text. */
  charGain: number;
  /**
   * How many more of the three-character windows over the position (or the pair) are set phrasing
   * of official text (seen twice or more) with `right` than as written (−3 … 3; −4 … 4 for a pair).
   */
  phraseGain: number;
  /** The written character already sits inside a dictionary word. */
  realWord: boolean;
  /**
   * `right` is a function character that is a word of its own (和, 与, 以: LONE_WORD_CODES), standing between two
   * dictionary words where the written character sits in none (人民群众盒新闻舆论): loneCandidates().
   */
  loneWord?: boolean;
  /** Share (0–1) of the written character's use inside names (the larger of a pair's two). */
  nameShare: number;
  /**
   * `right` completes a set phrase of four characters (全力以赴, 因地制宜) — where the character model doubts
   * it, or where it forms no shorter word — and the written character sits in no dictionary word
   * (text/wrong-character-idioms.ts).
   */
  setPhrase: boolean;
  /**
   * Official set phrasing flips from none of the windows over the character to all of them, toward a far
   * more frequent word; for a homophone word (two characters), from none of the four windows over the pair
   * to two or more, the written word absent from official texts (text/wrong-character-realword.ts).
   */
  contextFlip: boolean;
  /**
   * A same-reading real-word slip whose context flips both ways (text/wrong-character-realword.ts): none of the
   * windows over the character is set phrasing as written, all are with the candidate. Where a neighbour vouches for
   * the character, realWordCandidates finds it (远程检测诊断 → 监测); where none does, candidates() marks a
   * contextFlip of a written dictionary word so (发汗回复 → 发函), unless the two are accepted spellings (作出/做出).
   */
  realWordFlip?: boolean;
  /**
   * A homophone word that completes a longer dictionary word with its neighbours where the written pair makes none, the
   * context flipping to it (longWordFlips of text/wrong-character-realword.ts: 湖北省富有保健院 → 妇幼保健院).
   */
  longWordFlip?: boolean;
  /**
   * `right` completes the name of an institution that official texts use (柴政部 → 财政部, 水务总局 →
   * 税务总局), or the title of a post that ends the run (书籍 → 书记, 副交长 → 副校长;
   * text/wrong-character-institutions.ts). Set only by corrections(), for a candidate that falls short
   * of the thresholds without it.
   */
  institution?: boolean;
  /**
   * The character opens its run (no left neighbour: the character model and the windows of set phrasing see one
   * side only), official texts hardly ever use it (RARE_OPENING_USES), and the candidate, read the same or looking
   * alike, is a frequent official pair with the next character (RARE_OPENING_PAIR): 玩善 → 完善, 偾务 → 债务 at a clause's start.
   */
  rareOpening?: boolean;
  /**
   * At the first or last character of a run, the candidate reads the same, the written character is in no dictionary word,
   * and the candidate's pair with the one neighbour is seen at least EDGE_PAIR times in official text where the written
   * character's is never seen (家快 → 加快 after a comma, 治里 → 治理 before one). Counts (edgePairBonus) only where the
   * run's edge is a clause mark (corrections()' `clauseEdges`): a run cut by a number or a quotation mark (增加至12,
   * “菏法护企”) is not a clause's edge.
   */
  edgePair?: boolean;
  /**
   * The word `right` completes is a collocation of official text (wrong-character-collocations.ts) with collocationMin
   * or more other words of the clause, or with every other word of it, collocationAllMin or more (分阶段组织实施前妻准备
   * → 前期 goes with 分阶段, 组织, 实施, 准备), where the written character makes no word that is one of any. Set only by
   * corrections(), for a candidate that falls short of the threshold without it.
   */
  collocated?: boolean;
  /**
   * Round 32: a same-reading candidate whose two-character word is a collocation of collocationFewMin or more other
   * words of the clause (fewer than `collocated` asks), the written character making no word that is one of any
   * and the written character is one official texts use more than RARE_OPENING_USES times (县级以上政府及不门预决算:
   * 部门 goes with 政府 and 预决算; 担任监誓人 is not this: 誓 is hardly used) or, round 34, one of the most common
   * characters of general text (COLLOCATED_FEW_COMMON_COST: 加快构剑文旅融合 → 构建). Report text has its own phrasing,
   * seldom the set phrasing of official texts that ECSpell's sentences share with the data, so the windows of
   * phraseGain stay empty there and the clause's words are the evidence left (collocationFewBonus). Set only by
   * corrections(), for a candidate that falls short of the threshold without it.
   */
  collocatedFew?: boolean;
  /**
   * Windows of report phrasing the candidate gains (round 33, issue 12): three-character windows over it, not official
   * set phrasing, that many city government work reports use (data/local-text/trigrams.tsv), as the candidate writes
   * them minus as written, weighted as phraseGain (edgeWeight). Only for a same-reading candidate of a written character
   * in no dictionary word (带动意药业 → 医药, 市政偕对政府工作 → 政协) that official texts use or, round 34, general text
   * commonly (REPORT_PHRASE_COMMON_COST: 保齿定力 → 保持), set only by corrections() for one that falls short of the
   * threshold without it (reportPhraseWeight each).
   */
  reportPhraseGain?: number;
  /**
   * Round 35 (issue 12): a same-reading candidate of a written character that sits in a two-character dictionary word
   * (影业, 海阳, 主人) and in no longer one, where the candidate's two-character word makes a dictionary word of four to
   * six characters with its neighbours that the written pair does not (影业执照 → 营业执照, 国家海阳局 → 国家海洋局,
   * 主人医师 → 主任医师): the single-character form of longWordFlip (富有保健院 → 妇幼保健院). Set only by corrections(), for
   * a candidate that falls short of the threshold without it (longWordSingleBonus).
   */
  completesLongWord?: boolean;
  /**
   * Round 37 (issue 12): a same-reading candidate that makes, in the very place of a written two-character dictionary
   * word, another two-character one (前头 → 牵头, 保送 → 报送, 刚要 → 纲要): a swap of one dictionary word for its homophone,
   * where the word model's small preference for the written word (no more than realWordTieSegGain) is a tie, not
   * evidence (singleMinSegGain). Not set for a candidate whose word takes a character of the next word (命案全部 → 安全).
   */
  wordSwap?: boolean;
  /**
   * The written character sits in a three-character dictionary word that official texts never use and jieba hardly
   * knows (坐谈会, 强直性: its misspellings listed as words), and `right` makes of it a word ten times as frequent that
   * official texts use (座谈会, 强制性): the written word is no evidence of intent, the repaired one is evidence of the slip.
   */
  repairsWord?: boolean;
  /** The dictionary word that `right` completes, and where it starts in the run. */
  word: string;
  wordStart: number;
}

export interface Correction extends Candidate {
  /** Combined evidence, in nats, after the penalties. */
  score: number;
}

/** Decision thresholds, in nats; chosen on ECSpell odw.train for precision (see docs/rules/wrong-character.md). */
export interface Thresholds {
  /** Combined evidence needed to report. */
  report: number;
  /** Extra evidence needed per kind of confusion (near readings are weaker evidence than same readings). */
  kindPenalty: Record<ConfusionKind, number>;
  /** Extra evidence needed when the written character already sits inside a dictionary word. */
  realWordPenalty: number;
  /** The character model must agree at least this much. */
  minCharGain: number;
  /** The word model must agree at least this much. */
  minSegGain: number;
  /** Weight of the character model in the combined evidence. */
  charWeight: number;
  /** Evidence per window of set phrasing the candidate gains (phraseGain). */
  phraseWeight: number;
  /** Extra evidence needed when two adjacent characters are both replaced (two chances to be wrong). */
  pairPenalty: number;
  /** Extra evidence needed when one character of a pair slip is read near, not the same (尘缘 for 成员). */
  nearPairPenalty: number;
  /**
   * A written pair that is itself a word (智齿 for 支持, 暴涨 for 保障) replaced by a homophone word that
   * official texts use often: the word model barely tells two words apart, so the character model
   * must agree at least this much instead (and no real-word penalty applies).
   */
  homophoneWordMinCharGain: number;
  /**
   * …or this much, for a homophone word that official texts do not use often but whose context flips to
   * it (Candidate.contextFlip: 练习会议 → 联席会议, 作出绝顶 → 决定; text/wrong-character-realword.ts).
   */
  homophoneWordFlipMinCharGain: number;
  /** Extra evidence needed, times the written character's share of use in names (旭, 康, 刘 are names more often than slips). */
  namePenalty: number;
  /**
   * A same-reading or look-alike candidate that completes a set phrase (Candidate.setPhrase) needs only
   * this much of the character model (−1: it may be a little less likely beside its neighbours than the
   * written character, as 赴 beside 以; −8 found nothing more and cost a tenth of the rule's time)…
   */
  setPhraseMinCharGain: number;
  /** …and the phrase counts as this much evidence. */
  setPhraseBonus: number;
  /** Evidence of a context that flips to the candidate (Candidate.contextFlip). */
  contextFlipBonus: number;
  /** Evidence of an institution name or a post title that the candidate completes (Candidate.institution). */
  institutionBonus: number;
  /** A homophone word whose context flips to it in this many windows or more (of four)… */
  strongFlipPhrase: number;
  /** …may be a little less likely to the word model than the written word: this much (homophoneWordMinSegGain()). */
  strongFlipMinSegGain: number;
  /**
   * Round 37: a same-reading candidate for one character of a written two-character dictionary word may be this much less
   * likely to the word model (a tie of two dictionary words, 前头/牵头, 保送/报送: singleWordMinSegGain()).
   */
  realWordTieSegGain: number;
  /**
   * A real-word slip in vouched text (Candidate.vouchedWord) needs this much of the character model (0: it must
   * not prefer the written character; the word model, which barely tells two words apart, strongFlipMinSegGain)…
   */
  realWordFlipMinCharGain: number;
  /** …and its two-way flip of the context counts as this much evidence besides contextFlipBonus. */
  realWordFlipBonus: number;
  /**
   * A homophone word's long-word flip (Candidate.longWordFlip) needs this much of the character model in place of
   * homophoneWordFlipMinCharGain (the dictionary word it completes is evidence the character bigrams do not see)…
   */
  longWordFlipMinCharGain: number;
  /** …and counts as this much evidence besides contextFlipBonus. */
  longWordFlipBonus: number;
  /** Evidence of a rare character opening a run where the candidate makes a frequent official pair (Candidate.rareOpening). */
  rareOpeningBonus: number;
  /**
   * Evidence of a same-reading candidate at the edge of a run beside a clause mark whose pair with its one neighbour is
   * frequent where the written one is never seen (Candidate.edgePair; corrections()' `clauseEdges`).
   */
  edgePairBonus: number;
  /** Words of the clause the candidate's word must be a collocation of (Candidate.collocated)… */
  collocationMin: number;
  /** …or this many, where they are all the other words of the clause… */
  collocationAllMin: number;
  /** …for this much evidence. */
  collocationBonus: number;
  /** Words of the clause a same-reading candidate's two-character word is a collocation of (Candidate.collocatedFew)… */
  collocationFewMin: number;
  /** …for this much evidence. */
  collocationFewBonus: number;
  /** Evidence per window of report phrasing (Candidate.reportPhraseGain; round 33). */
  reportPhraseWeight: number;
  /** Evidence of a rare three-character dictionary word that the candidate repairs into a common official one (Candidate.repairsWord). */
  repairBonus: number;
  /** Evidence of a long dictionary word a same-reading candidate of a written word completes (Candidate.completesLongWord; round 35). */
  longWordSingleBonus: number;
  /**
   * How far short of the report threshold a single-character candidate may fall and still be tried with a slip beside it
   * (corrections()' `near`; the rule's neighbouring slips, round 31): two slips a few characters apart each drag the
   * other's evidence down (国家卫申建康委: 卫生 18.0 with 建康 beside it, 39.8 with 健康).
   */
  neighbourNear: number;
}

/**
 * Chosen on the train fold of ECSpell odw.train and on the 2026 provincial reports (held out of the
 * data) for at most ~3 findings per 100 k characters of clean text; re-chosen in round 25 on 2.4 M characters
 * of unseen text besides (bench/wrong-character-sweep.ts): a context that flips to a homophone word counts more
 * (contextFlipBonus 8 → 12: more detections on both folds, 2 more findings on 1.1 M characters of unseen reports)
 * and a look-alike needs a little more evidence (kindPenalty.shape 2 → 3: the same detections, 3 fewer findings on
 * Taiwan text converted to simplified). The validation fold (kept out of the data) decides, the train fold agrees.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  report: 25,
  kindPenalty: { same: 0, near: 9, shape: 3 },
  realWordPenalty: 4,
  minCharGain: 3,
  minSegGain: 0,
  charWeight: 1,
  phraseWeight: 3,
  pairPenalty: 11,
  nearPairPenalty: 9,
  homophoneWordMinCharGain: 20,
  homophoneWordFlipMinCharGain: 10,
  namePenalty: 9,
  setPhraseMinCharGain: -1,
  setPhraseBonus: 12,
  contextFlipBonus: 12,
  institutionBonus: 12,
  strongFlipPhrase: 3,
  strongFlipMinSegGain: -4,
  realWordTieSegGain: -4,
  realWordFlipMinCharGain: 0,
  realWordFlipBonus: 10,
  longWordFlipMinCharGain: 10,
  longWordFlipBonus: 6,
  rareOpeningBonus: 8,
  edgePairBonus: 5,
  collocationMin: 4,
  collocationAllMin: 3,
  collocationBonus: 12,
  collocationFewMin: 2,
  collocationFewBonus: 7,
  reportPhraseWeight: 3,
  repairBonus: 12,
  longWordSingleBonus: 6,
  neighbourNear: 12,
};

/** Characters of the window each side of the position. */
const WINDOW = 4;
const MAX_WORD = 6;
/** A memo entry not looked up yet (lookups return −1 or more). */
const UNKNOWN = -2;
/** Cost of a character the dictionary does not know at all. */
const UNKNOWN_CHAR_COST = 20;
/** Extra cost of a character standing alone: Chinese text is mostly words. */
const SINGLE_PENALTY = 2;
/** A written pair seen this often in official texts is no pair slip (the build's vouches use it too). */
const ATTESTED = 3;
/** At a run's end, the one pair seen this often in official text holds the character (heldByOfficialPairs(); round 34). */
const END_HELD = 5;
/**
 * Slack (nats) of candidates()' first test of the character model: it compares a product of ratios,
 * the exact gain is a sum of logarithms; rounding differs by ~1e-14, so a candidate within this of the
 * limit is always computed exactly.
 */
const BOUND_MARGIN = 1e-6;

/** exp(gain − BOUND_MARGIN) for the last gain asked for: a threshold changes rarely, and exp per candidate costs. */
class GainFactor {
  private gain = NaN;
  private value = 0;

  of(gain: number): number {
    if (gain !== this.gain) {
      this.gain = gain;
      this.value = Math.exp(gain - BOUND_MARGIN);
    }
    return this.value;
  }
}
/**
 * The most a candidate between two neighbours can gain in the character model (nats) when neither
 * pair it makes is in the table `bigrams`: both of its terms are then smoothing, and
 *   gain ≤ ln[(n_d + ½)(n_c + α) / ((n_d + α)(n_c + ½))] < ln((n_c + α)/(n_c + ½)) ≤ ln 6
 * for α = BIGRAM_ALPHA = 3 (n_c, n_d: counts of the written character and the candidate; the written
 * pairs' own counts only lower the gain). With minCharGain above it, such candidates are not tried.
 */
const NO_BIGRAM_GAIN = Math.log(6);
/** Weight of the unigram probability in the interpolated bigram probability (charLogProb). */
const BIGRAM_ALPHA = 3;
/** The field separator of the confusion lines. */
const TAB = 9;
/** What a per-character counts table holds for a character it lacks (CountTable.codeValues). */
const ABSENT_COUNT = 0xffff;
/** Does one of `found` replace its character with `d`? (A function, not a closure over the caller's loop variable: no context per step.) */
function offers(found: readonly Candidate[], d: number): boolean {
  for (let i = 0; i < found.length; i++) if (found[i]?.right.charCodeAt(0) === d) return true;
  return false;
}

/** What candidates() and pairCandidates() return when there is nothing (never added to). */
const NONE: readonly Candidate[] = Object.freeze([]);
/**
 * Function characters that are a word of their own (conjunctions and prepositions of report text): a slip of one
 * (人民群众盒新闻舆论, 控制货币发行合物价) completes no two-character word, so the word path never offers it
 * (loneCandidates). 的/地/得 are left out (their own rule, later).
 */
const LONE_WORD_CODES = new Uint8Array(65536);
for (const c of '和与及并或以在') LONE_WORD_CODES[c.charCodeAt(0)] = 1;
/** Aspect particles: never the written character of Candidate.completesLongWord (completesLongWordSingle). */
const ASPECT_PARTICLES = '着了过';
/** Extra evidence (nats) for a lone function character that fits between two dictionary words (Candidate.loneWord). */
const LONE_WORD_BONUS = { value: 12 };
/** The least cost (nats, the dictionary's characters) of a written character for loneCandidates(): a rare one (盒, 禾 10.9). */
const LONE_WRITTEN_MIN_COST = 10;
/**
 * Rare characters that are formal conjunctions of their own and stand between two names on purpose (海丝博览会暨海交会,
 * 表彰大会暨经验交流会): never a slip for a lone 及/和 (round 31, held-out provincial reports).
 */
const FORMAL_CONJUNCTION_CODES = new Uint8Array(65536);
for (const c of '暨偕') FORMAL_CONJUNCTION_CODES[c.charCodeAt(0)] = 1;
/** What corrections() returns for almost every character it is asked about: one frozen array, no garbage. */
const NO_CORRECTIONS: readonly Correction[] = Object.freeze([]);
/** The Bloom filter of realWords has 2^this bits (16 KB; its ~300 keys let fewer than 1 % of other pairs through). */
const REAL_WORD_BLOOM_BITS = 17;

/** The bit of the pair (a, b) in the Bloom filter of realWords (Fibonacci hashing of the pair's 32 bits). */
function realWordBloomBit(a: number, b: number): number {
  return Math.imul(((a << 16) | b) >>> 0, 0x9e3779b1) >>> (32 - REAL_WORD_BLOOM_BITS);
}

// Bits of the table by code unit that WrongCharacterModel.scanParagraph reads (0: not known yet, ask).
/** The character may be suspicious: it has confusions and the caller considers it (suspiciousRun's `among`). */
export const SCAN_SUSPECT = 1;
/** The character belongs to a run (for the rule, a Han character). */
export const SCAN_RUN = 2;
/** Half of a surrogate pair: whether it belongs to a run depends on its partner (scanParagraph gives no runs then). */
export const SCAN_ODD = 4;
/** Set in every entry that is known (so that an entry of no other bit is not 0). */
export const SCAN_KNOWN = 8;

/**
 * What WrongCharacterModel.scanParagraph finds in a paragraph: the suspicious offsets (suspicious[0, suspiciousCount),
 * ascending), the starts of real words (realStarts[0, realCount)), and the runs that hold any of them, six numbers each
 * in `runs`: start, end, the range of their suspicious offsets' indices, the range of their real starts' indices.
 * Scratch reused from one paragraph to the next.
 */
export class ParagraphScan {
  suspicious = new Int32Array(256);
  suspiciousCount = 0;
  realStarts = new Int32Array(256);
  realCount = 0;
  runs = new Int32Array(6 * 128);
  runCount = 0;
  /** The paragraph has a code unit marked SCAN_ODD: runCount is 0, the caller cuts the runs itself. */
  odd = false;

  /** Room for the offsets of a paragraph of `length` code units (the runs grow as they are found: growRuns). */
  reserve(length: number): void {
    if (this.suspicious.length < length) {
      const size = Math.max(length, 2 * this.suspicious.length);
      this.suspicious = new Int32Array(size);
      this.realStarts = new Int32Array(size);
    }
  }

  /** `runs`, twice as long, what it holds kept. */
  growRuns(): Int32Array {
    const grown = new Int32Array(2 * this.runs.length);
    grown.set(this.runs);
    return (this.runs = grown);
  }
}

/** Most readings (own and near) looked at for one character of a pair slip. */
const MAX_PAIR_READINGS = 24;
/** Pair slips: how many of the readings' words, best by the character model, the word model weighs. */
const PAIR_SEGMENTED = 3;
/** A two-character word seen this often in the official texts is one of their common words (支持, 规划, 保障). */
const COMMON_OFFICIAL_WORD = 30;
/**
 * Candidate.rareOpening: the written character is used at most this often in the official texts (1.1 M characters)…
 * (a slip's character: 玩 5, 偾 0, 讳 0; an opening word of clean text is common: 使, 以, 具)
 */
const RARE_OPENING_USES = 5;
/**
 * Round 34: Candidate.reportPhraseGain's written character may also be one official texts hardly use (RARE_OPENING_USES)
 * where general text uses it commonly: a single-character cost (jieba's count with official usage, see charCost) of at most
 * this, about the 3,500 most common characters (those of 现代汉语常用字表: 齿 12.8, 壳, 味, 敏, 佣 13.1, 画). An input
 * method offers the common characters of a reading first, and official texts lack many a common character (保齿定力 for
 * 保持, 重点专壳 for 专科); a character rare everywhere (锬 16.7, rank 7,317; 喆, 镱) is a name's, chosen on purpose.
 */
const REPORT_PHRASE_COMMON_COST = 14;
/**
 * …and Candidate.collocatedFew's, on its weaker evidence (two collocations of the clause), one of about the 2,000 most
 * common (剑 10.5, 乘, 斩 12.1: 构剑, 现乘, 斩开): at REPORT_PHRASE_COMMON_COST 担任监誓人 (誓 12.96, rank 2,385) turns 监事.
 */
const COLLOCATED_FEW_COMMON_COST = 12.5;
/**
 * Candidate.edgePair: at a run's edge, the candidate makes a pair with its one neighbour seen at least this often in the
 * official texts (as RARE_OPENING_PAIR), where the written character's pair with it is never seen.
 */
const EDGE_PAIR = 10;
/** …and the candidate with the next character is an official pair seen at least this often (完善 745, 违反 15; 钛材 → 钢材 4). */
const RARE_OPENING_PAIR = 10;
/**
 * Candidate.repairsWord: a three-character dictionary word this costly (nats; jieba's count about 5 or less: 坐谈会 16.8,
 * 强直性 15.6, 互连网 16.8) that official texts never use…
 */
const RARE_WORD_COST = 15;
/** …and with the candidate a word at least this much cheaper (ln 10: ten times as frequent; 座谈会 10.9, 强制性 12.6). */
const REPAIR_GAIN = Math.log(10);
/** …and the candidate gains at least this many windows of set phrasing: the repaired word's own, and one beyond it. */
const REPAIR_PHRASE = 2;

/**
 * "Does `other` follow (lead to) `c` inside some word?" for the candidates of the confusion sets.
 * The lists (lines of a strings table: the character, then the candidates beside it as column numbers; in code order of the character,
 * so that its line is found by binary search, not indexed at load) are turned into one bit row
 * per character over the candidate characters, on first use of that character: the ~20 tests of one
 * position are then bit tests in one row of a few hundred bytes instead of searches or hash probes
 * scattered over a table of 270 k pairs.
 */
class NeighbourBits {
  /** Offset of each character's bit row in `bits`: −1 not built yet, −2 no list. */
  private readonly rowAt = new Int32Array(65536).fill(-1);
  private bits: Uint32Array;
  private used = 0;
  private readonly words: number;
  /** The universe index of each column number of the lines (−1: a column that is no candidate). */
  private readonly columnIndex: Int32Array;

  constructor(
    /** Per character a line: the character, then the numbers of the candidates beside it, ascending, as differences (the build's neighbourLines). */
    private readonly list: StringList,
    /** The candidate character of each number. */
    columns: Uint16Array,
    /** Index of each candidate character (−1: not a candidate). */
    private readonly universe: Int32Array,
    universeSize: number,
  ) {
    this.words = Math.max(1, Math.ceil(universeSize / 32));
    this.bits = new Uint32Array(this.words * 256);
    this.columnIndex = Int32Array.from(columns, (c) => universe[c] ?? -1);
  }

  /** Is the candidate of universe index `index` in the list of `c`? */
  has(c: number, index: number): boolean {
    return this.test(this.row(c), index);
  }

  /**
   * Whether `other` (a code unit) may follow (lead to) `c` inside some word: false proves it does not
   * (`other` is a candidate, and not in the list of `c`); for a character that is no candidate the
   * rows cannot tell, and the answer is true.
   */
  mayPair(c: number, other: number): boolean {
    const index = this.universe[other] ?? -1;
    return index < 0 || this.test(this.row(c), index);
  }

  /** Where the bit row of `c` starts (−2: `c` has no list); build rows of all characters before testing any. */
  row(c: number): number {
    const at = this.rowAt[c] ?? -2; // c is a code unit (< 65536, the table's length)
    return at === -1 ? this.build(c) : at;
  }

  /** Is the candidate of universe index `index` in the row that starts at `at` (from row())? */
  test(at: number, index: number): boolean {
    return at >= 0 && ((this.bits[at + (index >>> 5)] ?? 0) & (1 << (index & 31))) !== 0;
  }

  /** The 32 bits of universe indices 32·w … 32·w + 31 in the row that starts at `at` (from row(); 0 for a character without a list). */
  word(at: number, w: number): number {
    return at >= 0 ? (this.bits[at + w] ?? 0) : 0;
  }

  /** The line of `c` (the last, if several), found by binary search: the build writes the lines in code order of their first unit; −1: none. */
  private lineOf(c: number): number {
    const { offsets, units } = this.list;
    let low = 0;
    let high = this.list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const from = offsets[middle] ?? 0;
      // An empty line sorts first (the build writes none).
      const first = (offsets[middle + 1] ?? 0) > from ? (units[from] ?? 0) : -1;
      if (first <= c) low = middle + 1;
      else high = middle;
    }
    const line = low - 1;
    const from = offsets[line] ?? 0;
    return line >= 0 && (offsets[line + 1] ?? 0) > from && units[from] === c ? line : -1;
  }

  private build(c: number): number {
    const line = this.lineOf(c);
    if (line < 0) return (this.rowAt[c] = -2);
    if (this.used + this.words > this.bits.length) {
      const grown = new Uint32Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    const at = this.used;
    this.used += this.words;
    const { offsets, units } = this.list;
    for (let k = (offsets[line] ?? 0) + 1, end = offsets[line + 1] ?? 0, column = 0; k < end; k++) {
      column += units[k] ?? 0;
      const index = this.columnIndex[column] ?? -1;
      if (index < 0) continue;
      const word = at + (index >>> 5);
      this.bits[word] = (this.bits[word] ?? 0) | (1 << (index & 31));
    }
    return (this.rowAt[c] = at);
  }
}

/**
 * Reads the confusion lines ("char<TAB>same<TAB>near<TAB>shape"; a later line for the same character
 * wins) through the index the build writes beside them (`fields`: per line the lengths of its three
 * fields; `candidates`: the candidate characters in order of first appearance): marks each key's row in
 * `rowOf` and 1 in `flags`, and numbers the candidates (universe), for the bit rows of the word-pair
 * test. One turn per line, not per code unit: this runs once, cold, before the JIT has seen it.
 */
function readConfusionLines(
  confusions: StringList,
  fields: Uint16Array,
  candidates: Uint16Array,
  rowOf: Int32Array,
  flags: Uint8Array,
): { bounds: Int32Array; universe: Int32Array; candidatesInOrder: number[]; longest: number } {
  const { offsets, units } = confusions;
  const rows = confusions.length;
  if (fields.length !== rows * 3) throw new Error('wrong-character data has a confusion index of another length; rebuild with "npm run build"');
  /** Per row, same-reading candidates from bounds[6r] to bounds[6r + 1], near-reading ones from bounds[6r + 2] to bounds[6r + 3], similar shapes to bounds[6r + 5]. */
  const bounds = new Int32Array(rows * 6);
  const universe = new Int32Array(65536).fill(-1);
  /** The candidate characters by universe index. */
  const candidatesInOrder = Array.from(candidates);
  for (let i = 0, n = candidates.length; i < n; i++) universe[candidates[i] ?? 0] = i;
  /** The most candidates of one character (the size of joinedCandidates' scratch). */
  let longest = 0;
  for (let row = 0; row < rows; row++) {
    const from = offsets[row] ?? 0;
    const to = offsets[row + 1] ?? 0;
    // Only a one-unit key can match a character of the text; an empty key matches nothing.
    if (from + 1 >= to || units[from] === TAB || units[from + 1] !== TAB) continue;
    const key = units[from] ?? 0;
    rowOf[key] = row;
    flags[key] = 1;
    // Fields 1–3 (same, near, shape), each after its tab; a field the line lacks starts and ends at its end.
    const at = row * 6;
    const sameEnd = from + 2 + (fields[row * 3] ?? 0);
    const nearStart = Math.min(sameEnd + 1, to);
    const nearEnd = Math.min(nearStart + (fields[row * 3 + 1] ?? 0), to);
    const shapeStart = Math.min(nearEnd + 1, to);
    const end = shapeStart + (fields[row * 3 + 2] ?? 0);
    if (end > to) throw new Error('wrong-character data has a confusion index that does not fit its lines; rebuild with "npm run build"');
    bounds[at] = from + 2;
    bounds[at + 1] = sameEnd;
    bounds[at + 2] = nearStart;
    bounds[at + 3] = nearEnd;
    bounds[at + 4] = shapeStart;
    bounds[at + 5] = end;
    longest = Math.max(longest, end - from - 2);
  }
  return { bounds, universe, candidatesInOrder, longest };
}

/** Row of each line of `list` by its first two units, a pair of reading numbers (index a × syllables + b; −1: none); a later line wins. */
function rowsByReadingPair(list: StringList, syllables: number): Int32Array {
  const rows = new Int32Array(syllables * syllables).fill(-1);
  const { offsets, units } = list;
  for (let row = 0, n = list.length; row < n; row++) {
    const at = offsets[row] ?? 0;
    rows[(units[at] ?? 0) * syllables + (units[at + 1] ?? 0)] = row;
  }
  return rows;
}

const KINDS: ConfusionKind[] = ['same', 'near', 'shape'];

export class WrongCharacterModel implements PhraseLookup, ContextLookup {
  private readonly words2: CountTable;
  private readonly words3: CountTable;
  /** Words of 4–6 characters. */
  private readonly wordsLong: CountTable;
  private readonly chars: CountTable;
  private readonly names: CountTable;
  private readonly unigrams: CountTable;
  private readonly runEnds: CountTable;
  /** Share of official text's characters that end a run (the prior of endRatio). */
  private readonly endShare: number;
  private readonly bigrams: CountTable;
  private readonly trigrams: CountTable;
  /** The vouching pairs (table `vouches`) as a bit matrix. */
  private readonly vouches: PairBits;
  private readonly confusionList: StringList;
  /** Row of each character's confusion line by code unit (−1: none). */
  private readonly confusionRow = new Int32Array(65536).fill(-1);
  /** 1 for each code unit that has confusions (confusionRow ≥ 0), for suspiciousRun. */
  private readonly confusableFlags = new Uint8Array(65536);
  /**
   * Per row, where its candidates lie in confusionList.units: same-reading ones from bounds[6r] to
   * bounds[6r + 1], near-reading ones from bounds[6r + 2] to bounds[6r + 3], similar shapes after.
   */
  private readonly confusionBounds: Int32Array;
  private readonly total: number;
  private readonly vocabulary: number;
  /** Pairs of adjacent characters inside some dictionary word: a cheap filter before any lookup. */
  private readonly followers: NeighbourBits;
  private readonly leaders: NeighbourBits;
  /**
   * The pairs of the table `bigrams` (seen twice or more in official text) by first and by second
   * character, numbered like the candidates (universe index i is number i): rows that line up with
   * the bit rows of `followers` and `leaders` (see NO_BIGRAM_GAIN).
   */
  private readonly bigramFollowers: PairBits;
  private readonly bigramLeaders: PairBits;
  /** Pairs of city reports official text has not seen twice that hold a character with its other pair (table `heldPairs`; round 35). */
  private readonly heldPairs: PairBits;
  /** Per two-character start, bit L set when some word of L characters starts with it. */
  private readonly wordStarts: CountTable;
  /**
   * How many single-character candidates the last corrections() call weighed (reported or not): the rule's neighbouring
   * slips look only at characters that had some (a character with none has no word to complete).
   */
  singleCandidates = 0;
  /** Written words that may stand for another by a same-reading slip (table realWords). */
  private readonly realWords: CountTable;
  /** Pairs of report language (reportWord()): city reports use them, at least as often as general text. */
  private readonly reportWords: CountTable;
  /** Pairs of words official texts use in one clause (wrong-character-collocations.ts). */
  private readonly collocations: CollocationFilter;
  private readonly reportPhrases: ReportPhraseFilter;
  /** A one-hash Bloom filter of the keys of realWords (realWordBloomBit): realWordStarts' first, cheap test. */
  private readonly realWordBloom = new Uint32Array(1 << (REAL_WORD_BLOOM_BITS - 5));
  /** Universe index of each candidate by code unit (−1: not a candidate). */
  private readonly universe: Int32Array;
  /** Universe index of each candidate in confusionList.units (−1 for tabs), written for a row by buildGroups (numberRow). */
  private readonly candidateIndex: Int32Array;
  /** Each confusion row's candidates grouped by word of the universe (buildGroups), built on first use; −1: not yet. */
  private readonly groupAt: Int32Array;
  private groups = new Int32Array(4096);
  private groupsUsed = 0;
  /**
   * Scratch of joinedCandidates(): the candidates that join a neighbour, each as its offset in
   * confusionList.units times universeSpan plus its universe index (the order of the offsets).
   */
  private readonly joined: Int32Array;
  /** A power of two above every universe index (see joined), and its logarithm. */
  private readonly universeSpan: number;
  private readonly universeShift: number;
  /**
   * Per universe index: the candidate's code unit, unigram probability and bigram denominator: what
   * the first test of a candidate reads, in arrays of a few kilobytes that stay in the cache (the
   * same values by code unit lie scattered over tables of 65,536 entries).
   */
  private readonly universeCode: Uint16Array;
  private readonly universeProb: Float64Array;
  private readonly universeDenominator: Float64Array;
  /** Readings of each character: the row of readings (−1: none); words by reading pair: the row of readingPairs. */
  private readonly readings: StringList;
  private readonly readingRow = new Int32Array(65536).fill(-1);
  private readonly readingPairs: StringList;
  private readonly readingPairRow: Int32Array;
  private readonly syllables: number;
  /** Row of officialReadingPairs by reading pair, as readingPairRow. */
  private readonly officialReadingPairRow: Int32Array;
  private readonly officialReadingPairs: StringList;
  /** Row of nearReadings by reading number (−1: none). */
  private readonly nearReadingRow: Int32Array;
  private readonly nearReadings: StringList;
  /** Scratch of pairCandidates(): the reading numbers of each character, its own readings first, then near ones. */
  private readonly pairReadingsA = new Int32Array(MAX_PAIR_READINGS);
  private readonly pairReadingsB = new Int32Array(MAX_PAIR_READINGS);
  /** exp(gain − BOUND_MARGIN) of the last minCharGain and setPhraseMinCharGain candidates() was given. */
  private readonly strictFactor = new GainFactor();
  private readonly looseFactor = new GainFactor();
  /** The same of pairCandidates()' floor for a written pair that is a word (wordMinCharGain). */
  private readonly wordFactor = new GainFactor();
  /** The last pair attested() looked up (a << 16 | b), and its answer. */
  private lastPair = 0;
  private lastPairAttested = false;
  /** charRatio of each word of readingPairs, by the index of its first unit (NaN: not computed yet). */
  private readonly readingPairWordRatio: Float64Array;
  /** Per code unit: its smoothed unigram probability, and its count + BIGRAM_ALPHA (charLogProb's parts). */
  private readonly unigramProb = new Float64Array(65536);
  private readonly bigramDenominator = new Float64Array(65536);
  /**
   * The memo of memoFor(): the run, and per position its wordStartsAt and per position × length its
   * word cost as written (UNKNOWN: not looked up yet).
   */
  private memoRun = '';
  private memoStarts = new Int32Array(64);
  private memoCosts = new Int32Array(64 * (MAX_WORD + 1));
  /** Scratch of wordAround(): the word lengths of each start. */
  private readonly aroundStarts = new Int32Array(4);
  /** Scratch array of the segmentation (windows are short). */
  private scratch = new Float64Array(16);
  /** Which windows a set phrase may cover (setPhrasePossible). */
  private readonly phraseFilter: SetPhraseFilter;

  constructor(data: WrongCharacterData) {
    if (data.meta.version !== DATA_VERSION) throw new Error(`wrong-character data has layout ${String(data.meta.version)}, this program reads ${DATA_VERSION}; rebuild with "npm run build"`);
    const counts = (name: string): CountTable => {
      const table = data.counts.get(name);
      if (!table) throw new Error(`wrong-character data lacks the table ${name}; rebuild with "npm run build"`);
      return table;
    };
    this.words2 = counts('words2');
    this.words3 = counts('words3');
    this.wordsLong = counts('wordsLong');
    this.chars = counts('chars');
    this.names = counts('names');
    this.unigrams = counts('unigrams');
    this.runEnds = counts('runEnds');
    this.bigrams = counts('bigrams');
    this.trigrams = counts('trigrams');
    const strings = (name: string): StringList => {
      const list = data.strings.get(name);
      if (!list) throw new Error(`wrong-character data lacks the table ${name}; rebuild with "npm run build"`);
      return list;
    };
    this.vouches = new PairBits(pairsOf(strings('vouches')));
    this.heldPairs = new PairBits(pairsOf(strings('heldPairs')));
    const confusions = strings('confusions');
    this.confusionList = confusions;
    this.total = Number(data.meta.officialChars);
    this.vocabulary = this.unigrams.size + 1;
    // One pass over the two per-character tables, read in place (this runs once, cold: no calls per character).
    const endCounts = this.runEnds.codeValues();
    const unigramCounts = this.unigrams.codeValues();
    /** The characters of official text (those of its pairs among them: the build counts both over the same runs). */
    const officialChars: number[] = [];
    const unigramProb = this.unigramProb;
    const bigramDenominator = this.bigramDenominator;
    const probDenominator = this.total + this.vocabulary;
    unigramProb.fill(0.5 / probDenominator);
    bigramDenominator.fill(BIGRAM_ALPHA);
    let ends = 0;
    for (let c = 0; c < 65536; c++) {
      const end = endCounts[c] ?? ABSENT_COUNT;
      if (end !== ABSENT_COUNT) ends += end;
      const count = unigramCounts[c] ?? ABSENT_COUNT;
      if (count === ABSENT_COUNT || count === 0) continue;
      officialChars.push(c);
      unigramProb[c] = (count + 0.5) / probDenominator;
      bigramDenominator[c] = count + BIGRAM_ALPHA;
    }
    this.endShare = ends / Math.max(1, this.total);

    const oneItem = (name: string): Uint16Array => {
      const list = strings(name);
      return list.units.subarray(list.offsets[0] ?? 0, list.offsets[1] ?? 0);
    };
    this.phraseFilter = new SetPhraseFilter(oneItem('phraseFilter'));
    const { bounds, universe, candidatesInOrder, longest } = readConfusionLines(confusions, oneItem('confusionFields'), oneItem('confusionUniverse'), this.confusionRow, this.confusableFlags);
    this.confusionBounds = bounds;
    this.universe = universe;
    this.candidateIndex = new Int32Array(confusions.units.length);
    const universeSize = candidatesInOrder.length;

    this.wordStarts = counts('wordStarts');
    this.realWords = counts('realWords');
    this.reportWords = counts('reportWords');
    this.collocations = new CollocationFilter(oneItem('wordCollocations'));
    this.reportPhrases = new ReportPhraseFilter(data.strings.has('reportPhrases') ? oneItem('reportPhrases') : new Uint16Array(0));
    {
      const { slots, stride } = this.realWords.pairSlots();
      const bloom = this.realWordBloom;
      for (let base = 0; base < slots.length; base += stride) {
        if (slots[base] === 0) continue;
        const bit = realWordBloomBit(slots[base] ?? 0, slots[base + 1] ?? 0);
        bloom[bit >>> 5] = (bloom[bit >>> 5] ?? 0) | (1 << (bit & 31));
      }
    }
    this.groupAt = new Int32Array(confusions.length).fill(-1);
    this.joined = new Int32Array(longest);
    this.universeShift = Math.max(5, Math.ceil(Math.log2(Math.max(1, universeSize))));
    this.universeSpan = 2 ** this.universeShift;
    if (confusions.units.length * this.universeSpan > 0x7fffffff) throw new Error('wrong-character data has too many confusions for this program; rebuild with "npm run build"');
    this.universeCode = Uint16Array.from(candidatesInOrder);
    this.universeProb = Float64Array.from(candidatesInOrder, (c) => unigramProb[c] ?? 0);
    this.universeDenominator = Float64Array.from(candidatesInOrder, (c) => bigramDenominator[c] ?? BIGRAM_ALPHA);
    const columns = strings('wordNeighbourColumns');
    if (columns.length !== 2) throw new Error('wrong-character data has word-neighbour columns of another layout; rebuild with "npm run build"');
    this.followers = new NeighbourBits(strings('wordFollowers'), columns.units.subarray(columns.offsets[0], columns.offsets[1]), universe, universeSize);
    this.leaders = new NeighbourBits(strings('wordLeaders'), columns.units.subarray(columns.offsets[1], columns.offsets[2]), universe, universeSize);
    // Numbered like the candidates, then the other characters of official text.
    const numbering = [...candidatesInOrder];
    for (const c of officialChars) if ((universe[c] ?? -1) < 0) numbering.push(c);
    this.bigramFollowers = new PairBits(this.bigrams, { first: numbering, complete: true });
    this.bigramLeaders = new PairBits(this.bigrams, { transposed: true, numberedAs: this.bigramFollowers });

    this.readings = strings('readings');
    {
      const { offsets: readingOffsets, units: readingUnits } = this.readings;
      const readingRow = this.readingRow;
      for (let row = 0, n = this.readings.length; row < n; row++) readingRow[readingUnits[readingOffsets[row] ?? 0] ?? 0] = row;
    }
    this.readingPairs = strings('readingPairs');
    this.readingPairWordRatio = new Float64Array(this.readingPairs.units.length).fill(NaN);
    this.syllables = Number(data.meta.syllables) + 1;
    this.readingPairRow = rowsByReadingPair(this.readingPairs, this.syllables);
    this.officialReadingPairs = strings('officialReadingPairs');
    this.officialReadingPairRow = rowsByReadingPair(this.officialReadingPairs, this.syllables);
    this.nearReadings = strings('nearReadings');
    this.nearReadingRow = new Int32Array(this.syllables).fill(-1);
    for (let row = 0; row < this.nearReadings.length; row++) {
      const id = this.nearReadings.units[this.nearReadings.offsets[row] ?? 0] ?? 0;
      if (id < this.syllables) this.nearReadingRow[id] = row;
    }
  }

  /** Cost of the word text[start, end) (2–6 characters), with text[at] read as `code`; −1: not a word. */
  private wordCost(text: string, start: number, end: number, at = -1, code = 0): number {
    const length = end - start;
    if (length < 2 || length > MAX_WORD) return -1;
    // Most ranges start no word of their length: one lookup in a small table says so (once per run
    // for the starts as written of the run being examined: memoFor).
    if (start !== at && start + 1 !== at && text === this.memoRun) return this.wordCostFrom(this.startsAsWritten(text, start), text, start, end, at, code);
    // Its starts are not memoized: a probe of the hash table. Most windows of set phrases (setPhraseAround) fail one
    // of their inner pairs (wordCostFrom's test, made first here: bit tests, no probe).
    for (let i = start + 1; i + 1 < end; i++) {
      if (!this.followers.mayPair(i === at ? code : text.charCodeAt(i), i + 1 === at ? code : text.charCodeAt(i + 1))) return -1;
    }
    return this.wordCostFrom(this.wordStartsAt(text, start, at, code), text, start, end, at, code);
  }

  /** The lengths of the words that start at text[start] (bit L; −1: none), with text[at] read as `code`; start + 1 must be in the text. */
  private wordStartsAt(text: string, start: number, at: number, code: number): number {
    return this.startsOf(start === at ? code : text.charCodeAt(start), start + 1 === at ? code : text.charCodeAt(start + 1));
  }

  /**
   * The lengths of the words that start with the pair (a, b) (bit L; −1: none). A word's first two
   * characters follow each other inside it: the bit rows of `followers` rule most pairs out before
   * the hash table is probed.
   */
  private startsOf(a: number, b: number): number {
    return this.followers.mayPair(a, b) ? this.wordStarts.getPair(a, b) : -1;
  }

  /** Whether words2 has the pair (a, b), probed only when `followers` does not rule it out. */
  private isWord2(a: number, b: number): boolean {
    return this.followers.mayPair(a, b) && this.words2.getPair(a, b) >= 0;
  }

  /**
   * Starts the memo of word lookups as written for `run` (the run candidates() examines): the
   * segmentations of its candidates and of its neighbouring positions share them. Kept for one run
   * only, the one being examined: nothing is reused from one text to another.
   */
  private memoFor(run: string): void {
    if (run === this.memoRun) return;
    this.memoRun = run;
    if (this.memoStarts.length < run.length) {
      this.memoStarts = new Int32Array(2 * run.length);
      this.memoCosts = new Int32Array(2 * run.length * (MAX_WORD + 1));
    }
    this.memoStarts.fill(UNKNOWN, 0, run.length);
    this.memoCosts.fill(UNKNOWN, 0, run.length * (MAX_WORD + 1));
  }

  /** wordStartsAt(run, start, −1, 0) of the memo's run (start + 1 inside it), looked up once. */
  private startsAsWritten(run: string, start: number): number {
    let starts = this.memoStarts[start] ?? UNKNOWN;
    if (starts === UNKNOWN) starts = this.memoStarts[start] = this.wordStartsAt(run, start, -1, 0);
    return starts;
  }

  /** wordCostFrom(starts, run, start, end, −1, 0) of the memo's run, looked up once; `starts` from startsAsWritten. */
  private costAsWritten(run: string, start: number, end: number, starts: number): number {
    const slot = start * (MAX_WORD + 1) + (end - start);
    let cost = this.memoCosts[slot] ?? UNKNOWN;
    if (cost === UNKNOWN) cost = this.memoCosts[slot] = this.wordCostFrom(starts, run, start, end, -1, 0);
    return cost;
  }

  /** wordCost of text[start, end) (2–6 characters), given wordStartsAt(text, start, at, code): callers that try several ends look it up once. */
  private wordCostFrom(starts: number, text: string, start: number, end: number, at: number, code: number): number {
    const length = end - start;
    if (starts < 0 || ((starts >>> length) & 1) === 0) return -1;
    if (length === 2) return this.words2.getWith(text, start, end, at, code);
    // Every pair of adjacent characters of a word follows inside it: most windows fail one of them.
    for (let i = start + 1; i + 1 < end; i++) {
      if (!this.followers.mayPair(i === at ? code : text.charCodeAt(i), i + 1 === at ? code : text.charCodeAt(i + 1))) return -1;
    }
    if (length === 3) return this.words3.getWith(text, start, end, at, code);
    return length >= 4 ? this.wordsLong.getWith(text, start, end, at, code) : -1;
  }

  /**
   * Whether official text holds the character text[at] beside each of its neighbours in the run text[start, end)
   * (round 34): every pair it makes there is one of the table `bigrams` (seen twice or more), and at the run's end,
   * where its one pair is all the evidence, seen END_HELD times or more. Such a character is taken as written,
   * although neither pair vouches for it (the table `vouches` asks far more of one pair alone). A pair of the table
   * `heldPairs` counts as seen too, the run's last pair included (round 35: pairs of ten city reports of eight cities that
   * look like no slip for a commoner pair); at the run's start official text alone holds (、水务总局 for 税务总局).
   */
  heldByOfficialPairs(text: string, start: number, end: number, at: number): boolean {
    const code = text.charCodeAt(at);
    if (at + 1 >= end) return at > start && ((this.bigramFollowers.has(text.charCodeAt(at - 1), code) && this.bigrams.getPair(text.charCodeAt(at - 1), code) >= END_HELD) || this.heldPairs.has(text.charCodeAt(at - 1), code));
    const next = text.charCodeAt(at + 1);
    if (at === start) return this.bigramFollowers.has(code, next);
    const prev = text.charCodeAt(at - 1);
    return (this.bigramFollowers.has(prev, code) || this.heldPairs.has(prev, code)) && (this.bigramFollowers.has(code, next) || this.heldPairs.has(code, next));
  }

  /** How often the pair (a, b) occurs in official text (−1: fewer than twice). */
  officialPairCount(a: number, b: number): number {
    return this.bigrams.getPair(a, b);
  }

  /**
   * Whether text[at, at + 2) is a pair of report language (round 32): a pair that does not vouch, used in at least 8 city
   * government work reports of 6 cities (data/local-text/pairs.tsv) and, there, at least as often as in general text
   * (a fifth of jieba's count, or jieba lacks it: 痼疾, 魅力, 计提, 愿景, 勠力; the build's reportLanguagePairs).
   */
  reportWord(text: string, at: number): boolean {
    return at >= 0 && at + 1 < text.length && this.reportWords.getPair(text.charCodeAt(at), text.charCodeAt(at + 1)) >= 0;
  }

  /** How often official texts use the (simplified) character `c` (0 when never). */
  officialCharUses(c: string): number {
    return c.length === 1 ? this.officialUses(c.charCodeAt(0)) : 0;
  }

  officialTrigramWith(text: string, start: number, at: number, code: number): boolean {
    return this.trigrams.getWith(text, start, start + 3, at, code) >= 0;
  }

  /** Cost (nats) of the word text[start, end), with text[at] read as `code`; −1: not a word. */
  wordCostWith(text: string, start: number, end: number, at: number, code: number): number {
    const cost = this.wordCost(text, start, end, at, code);
    return cost < 0 ? -1 : cost / 100;
  }

  /** Whether `word` (of 2–6 simplified characters) is in the dictionary (jieba's words and idioms, official phrases). */
  hasWord(word: string): boolean {
    return this.wordCost(word, 0, word.length) >= 0;
  }

  /** Share (0–1) of the character's use inside names and abbreviations of places, people and organisations. */
  nameShare(c: string): number {
    return this.nameShareCode(c.charCodeAt(0));
  }

  private nameShareCode(code: number): number {
    const share = this.names.getCode(code);
    return (share < 0 ? 0 : share) / 100;
  }

  hasConfusions(c: string): boolean {
    return c.length === 1 && (this.confusionRow[c.charCodeAt(0)] ?? -1) >= 0;
  }

  /** Every character offered for `c` (same reading, near reading, similar shape), for diagnostics. */
  confusable(c: string): string {
    const row = c.length === 1 ? (this.confusionRow[c.charCodeAt(0)] ?? -1) : -1;
    if (row < 0) return '';
    return String.fromCharCode(...this.confusionList.units.subarray(this.confusionBounds[row * 6] ?? 0, this.confusionBounds[row * 6 + 5] ?? 0)).replace(/\t/g, '');
  }

  /** Same as hasConfusions, by code unit. */
  hasConfusionsCode(code: number): boolean {
    return (this.confusionRow[code] ?? -1) >= 0;
  }

  /** How often the official texts use the character (0 when never). */
  private officialUses(code: number): number {
    const count = this.unigrams.getCode(code);
    return count < 0 || count === ABSENT_COUNT ? 0 : count;
  }

  /**
   * Whether the character at `code` is a common one, as a slip's written character is (Candidate.reportPhraseGain,
   * collocatedFew): used in official texts more than RARE_OPENING_USES times, or in general text commonly (a
   * single-character cost of at most `maxCost`: REPORT_PHRASE_COMMON_COST, COLLOCATED_FEW_COMMON_COST; round 34).
   */
  private commonCharacter(code: number, maxCost: number): boolean {
    return this.officialUses(code) > RARE_OPENING_USES || this.charCost(code) <= maxCost;
  }

  private charCost(code: number): number {
    const cost = this.chars.getCode(code);
    return (cost < 0 ? UNKNOWN_CHAR_COST : cost / 100) + SINGLE_PENALTY;
  }

  /** Cost of the best segmentation of `text` into dictionary words and single characters. */
  segmentCost(text: string): number {
    return this.segmentRange(text, 0, text.length, -1, 0);
  }

  /** segmentCost of text[from, to) with text[at] read as `code` (at −1: as written). */
  private segmentRange(text: string, from: number, to: number, at: number, code: number): number {
    const n = to - from;
    const memo = text === this.memoRun;
    if (this.scratch.length < n + 1) this.scratch = new Float64Array(n + 1);
    const best = this.scratch;
    best.fill(Infinity, 0, n + 1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      // best has n + 1 entries and i + len <= n below: every read is in range (Infinity: unreachable).
      const before = best[i] ?? Infinity;
      if (before === Infinity) continue;
      const p = from + i;
      const here = p === at ? code : text.charCodeAt(p);
      const single = before + this.charCost(here);
      if (single < (best[i + 1] ?? Infinity)) best[i + 1] = single;
      if (i + 2 <= n) {
        const second = p + 1 === at ? code : text.charCodeAt(p + 1);
        // Which lengths of word start here (bit L): most positions start none, or only a short one.
        // Words as written (not over `at`) of the memo's run are looked up once per run (lookups.memo).
        const starts = memo && p !== at && p + 1 !== at ? this.startsAsWritten(text, p) : this.startsOf(here, second);
        if (starts > 0) {
          if ((starts & 4) !== 0) {
            const cost = memo && p !== at && p + 1 !== at ? this.costAsWritten(text, p, p + 2, starts) : this.words2.getPair(here, second);
            if (cost >= 0 && before + cost / 100 < (best[i + 2] ?? Infinity)) best[i + 2] = before + cost / 100;
          }
          for (let len = 3; len <= MAX_WORD && i + len <= n; len++) {
            if (((starts >>> len) & 1) === 0) continue;
            const cost = memo && (at < p || at >= p + len) ? this.costAsWritten(text, p, p + len, starts) : (len === 3 ? this.words3 : this.wordsLong).getWith(text, p, p + len, at, code);
            if (cost >= 0 && before + cost / 100 < (best[i + len] ?? Infinity)) best[i + len] = before + cost / 100;
          }
        }
      }
    }
    return best[n] ?? Infinity;
  }

  /** ln P(b | a) in official text (a −1: none), interpolated with the unigram probability of b. */
  private charLogProb(a: number, b: number): number {
    return Math.log(this.charRatio(a, b));
  }

  /** P(b | a) of charLogProb, before the logarithm. */
  private charRatio(a: number, b: number): number {
    // a and b are code units (< 65536, the tables' length).
    const ub = this.unigramProb[b] ?? 0;
    if (a < 0) return ub;
    // Most pairs are absent: the bit matrix says so without probing the hash table.
    return this.ratioOf(this.bigramFollowers.has(a, b), a, b);
  }

  /** charRatio(a, b) for a ≥ 0, given whether (a, b) is a pair of the table `bigrams` (`seen`). */
  private ratioOf(seen: boolean, a: number, b: number): number {
    const ab = seen ? Math.max(0, this.bigrams.getPair(a, b)) : 0;
    return (ab + BIGRAM_ALPHA * (this.unigramProb[b] ?? 0)) / (this.bigramDenominator[a] ?? BIGRAM_ALPHA);
  }

  /**
   * P(the run ends | it ends with c) in official text, smoothed toward the share of run ends: a slip at
   * the end of a clause (形成闭环管里。, 营造良好创新生太。) has no right neighbour, but the end itself tells
   * something (生态 ends clauses, 生太 never).
   */
  private endRatio(c: number): number {
    return (Math.max(0, this.runEnds.getCode(c)) + BIGRAM_ALPHA * this.endShare) / (this.bigramDenominator[c] ?? BIGRAM_ALPHA);
  }

  /**
   * A pair around `at` (inside text[start, end)) is attested and associated in the official texts
   * (pairAttested): the character is at home beside a neighbour. A slip seldom is (数局, 染物);
   * real-word slips are out of reach anyway. The right pair's answer is kept: it is the left pair of
   * the next position.
   */
  private attested(text: string, start: number, end: number, at: number): boolean {
    const code = text.charCodeAt(at);
    if (at > start) {
      const prev = text.charCodeAt(at - 1);
      const key = ((prev << 16) | code) >>> 0;
      if (key === this.lastPair ? this.lastPairAttested : this.pairAttested(prev, code)) return true;
    }
    if (at + 1 >= end) return false;
    const next = text.charCodeAt(at + 1);
    this.lastPair = ((code << 16) | next) >>> 0;
    this.lastPairAttested = this.pairAttested(code, next);
    return this.lastPairAttested;
  }

  /** The pair (a, b) vouches for its characters (a set the build derives: see the table `vouches`). */
  private pairAttested(a: number, b: number): boolean {
    return this.vouches.has(a, b);
  }

  /** How many of the three-character windows over `index` are set phrasing, with `code` there. */
  private phraseWindows(run: string, index: number, code: number): number {
    let n = 0;
    for (let start = Math.max(0, index - 2); start <= index && start + 3 <= run.length; start++) {
      if (this.trigrams.getWith(run, start, start + 3, index, code) >= 0) n++;
    }
    return n;
  }

  /** Is any of the three-character windows over run[index] set phrasing, as written? (phraseWindows > 0, stopping at the first.) */
  private anyPhraseWindow(run: string, index: number): boolean {
    for (let start = Math.max(0, index - 2); start <= index && start + 3 <= run.length; start++) if (this.trigrams.get(run, start, start + 3) >= 0) return true;
    return false;
  }

  /** How many of the three-character windows over text[index] or text[index + 1] are set phrasing. */
  private pairPhraseWindows(text: string, index: number): number {
    let n = 0;
    for (let start = Math.max(0, index - 2); start <= index + 1 && start + 3 <= text.length; start++) {
      if (this.trigrams.get(text, start, start + 3) >= 0) n++;
    }
    return n;
  }

  /**
   * How many of the two outer three-character windows over text[index], text[index + 1] (each holding one
   * character of the pair and two of its context: 作出决 of 作出决定) are set phrasing. The inner two hold the whole
   * pair, so a common word (政治) makes them phrasing almost anywhere: these say whether the context asks for it.
   */
  pairOuterPhraseWindows(text: string, index: number): number {
    let n = 0;
    if (index >= 2 && this.trigrams.get(text, index - 2, index + 1) >= 0) n++;
    if (index + 4 <= text.length && this.trigrams.get(text, index + 1, index + 4) >= 0) n++;
    return n;
  }

  /** Does the character at `index` sit inside a dictionary word of 3–6 characters (勠力同心, 慢阻肺)? Written on purpose. */
  private insideLongWord(run: string, index: number): boolean {
    this.memoFor(run);
    for (let start = Math.max(0, index - MAX_WORD + 1); start <= index; start++) {
      const last = Math.min(run.length, start + MAX_WORD);
      let end = Math.max(index + 1, start + 3);
      if (end > last) continue;
      const starts = this.startsAsWritten(run, start);
      for (; end <= last; end++) {
        if (this.costAsWritten(run, start, end, starts) >= 0) return true;
      }
    }
    return false;
  }

  /**
   * Whether every dictionary word of 3–6 characters over `index` (insideLongWord) is a rare three-character one that official
   * texts never use (RARE_WORD_COST), and with `code` at `index` one of them is a word REPAIR_GAIN cheaper that they do use,
   * holding the candidate's two-character word at `pairStart`: 企业坐谈会 → 座谈会, 强直性国家标准 → 强制性 (Candidate.repairsWord).
   */
  private repairsRareWord(run: string, index: number, code: number, pairStart: number): boolean {
    let repaired = false;
    for (let start = Math.max(0, index - MAX_WORD + 1); start <= index; start++) {
      const starts = this.startsAsWritten(run, start);
      for (let end = Math.max(index + 1, start + 3); end <= Math.min(run.length, start + MAX_WORD); end++) {
        const cost = this.costAsWritten(run, start, end, starts);
        if (cost < 0) continue;
        if (end - start !== 3 || cost < RARE_WORD_COST * 100 || this.trigrams.get(run, start, end) >= 0) return false;
        const repairedCost = this.wordCostWith(run, start, end, index, code);
        // The candidate's two-character word lies inside the repaired one (座谈 of 座谈会): a repaired stem, not a last
        // character that only starts another word (工作坊 → 工作方, of 工作方案).
        const stem = pairStart >= start && pairStart + 2 <= end;
        if (stem && repairedCost >= 0 && repairedCost <= cost / 100 - REPAIR_GAIN && this.officialTrigramWith(run, start, index, code)) repaired = true;
      }
    }
    return repaired;
  }

  /** Does the character at `index` of `run` sit inside a dictionary word (of 2+ characters)? */
  private insideWord(run: string, index: number): boolean {
    this.memoFor(run);
    for (let start = Math.max(0, index - 3); start <= index; start++) {
      const last = Math.min(run.length, start + 4);
      let end = Math.max(index + 1, start + 2);
      if (end > last) continue;
      const starts = this.startsAsWritten(run, start);
      for (; end <= last; end++) {
        if (this.costAsWritten(run, start, end, starts) >= 0) return true;
      }
    }
    return false;
  }

  /**
   * The shortest dictionary word of `run` (with `code` at `index`) that covers `index`, if any.
   * `joinsPrev`/`joinsNext`: whether (previous character, code) and (code, next character) are pairs
   * inside some word — a word that reaches across a pair that is in none cannot exist, so those
   * ranges are not looked up.
   */
  private wordAround(run: string, index: number, code: number, joinsPrev = true, joinsNext = true): { word: string; start: number } | undefined {
    this.memoFor(run);
    // The word lengths of each start (index − 3 … index), looked up once: as written (the memo) when
    // the first two characters are, with `code` otherwise.
    const startsOf = this.aroundStarts.fill(UNKNOWN);
    for (let len = 2; len <= 4; len++) {
      for (let start = Math.max(0, index - len + 1); start <= index && start + len <= run.length; start++) {
        if ((start < index && !joinsPrev) || (start + len - 1 > index && !joinsNext)) continue;
        const slot = start - index + 3;
        let starts = startsOf[slot] ?? UNKNOWN;
        if (starts === UNKNOWN) starts = startsOf[slot] = start + 1 < index ? this.startsAsWritten(run, start) : this.wordStartsAt(run, start, index, code);
        const cost = this.wordCostFrom(starts, run, start, start + len, index, code);
        // A four-character word must be a common one (the rarest of jieba's are names and variants: 救焚拯弱).
        if (cost >= 0 && (len < 4 || cost <= MAX_PHRASE_COST * 100)) {
          return { word: run.slice(start, index) + String.fromCharCode(code) + run.slice(index + 1, start + len), start };
        }
      }
    }
    return undefined;
  }

  /**
   * Whether the character at `index` of `run` is worth the candidates: it has confusions and no
   * well-attested neighbour (the first tests of candidates(), without allocating anything).
   */
  suspicious(run: string, index: number): boolean {
    return this.suspiciousAt(run, 0, run.length, index);
  }

  /** suspicious() for the position `at` of a run text[start, end), without cutting the run out. */
  suspiciousAt(text: string, start: number, end: number, at: number): boolean {
    const code = text.charCodeAt(at);
    return code >= 0 && (this.confusionRow[code] ?? -1) >= 0 && !this.attested(text, start, end, at);
  }

  /**
   * suspiciousAt() for every position of the run text[start, end) at once: the offsets of the
   * characters worth the candidates, ascending, in `found` (room for end − start entries); returns
   * how many. One pass over the run, each neighbour pair looked up once. `among`: flags by code unit
   * (1: consider it), for a caller that considers only some of the characters with confusions
   * (default: all of them).
   */
  suspiciousRun(text: string, start: number, end: number, found: Int32Array, among: Uint8Array = this.confusableFlags): number {
    // A position is suspicious when it has confusions and neither of its pairs vouches for it.
    return this.vouches.lonelyOffsets(text, start, end, among, found);
  }

  /**
   * Every confusable character that completes a dictionary word here, with the evidence for it.
   * `reportable` (corrections(), its thresholds): leave out the candidates that evidenceScore() rejects whatever their
   * other evidence — those only a set phrase could vouch for (below minCharGain) where the written character sits in a
   * dictionary word (Candidate.setPhrase needs it in none; see the loop), and those the word model disagrees with more
   * than these thresholds allow (segGain: minSegGain, or strongFlipMinSegGain for a possible real-word flip), before
   * their set phrasing and context are looked up.
   */
  candidates(run: string, index: number, minCharGain = -Infinity, knownSuspicious = false, setPhraseMinCharGain = minCharGain, reportable?: Thresholds): readonly Candidate[] {
    const code = run.charCodeAt(index);
    const row = code >= 0 ? (this.confusionRow[code] ?? -1) : -1;
    if (row < 0) return NONE;
    // Well-attested text: the character is common beside both neighbours in official documents
    // (`knownSuspicious`: the caller's suspicious() said it is not, no need to look again).
    if (!knownSuspicious && this.attested(run, 0, run.length, index)) return NONE;
    const from = Math.max(0, index - WINDOW);
    const to = Math.min(run.length, index + WINDOW + 1);
    // The figures below are computed at their first use; NaN: not yet. (A local that is a number or undefined holds
    // its number boxed, one heap allocation per assignment: these are doubles throughout.)
    let baseSeg = NaN;
    let realWord: boolean | undefined;
    let insideLong: boolean | undefined;
    let basePhrase: number | undefined;
    const prev = index > 0 ? run.charCodeAt(index - 1) : -1;
    const next = index + 1 < run.length ? run.charCodeAt(index + 1) : -1;
    let baseChar = NaN;
    /**
     * exp(minCharGain + baseChar), less the margin: what a candidate's product of ratios must reach;
     * computed as a product of the written pairs' ratios, so that no logarithm is taken until a
     * candidate passes (the margin covers the rounding of products against sums of logarithms).
     */
    let gainLimit = NaN;
    /** The same for candidates that a set phrase may vouch for (setPhraseMinCharGain). */
    let looseGainLimit = NaN;
    /** The written character's ratios with its neighbours (charRatio, endRatio at a run's end), and their product. */
    let basePrev = NaN;
    let baseNext = NaN;
    let baseProduct = NaN;
    const bounds = this.confusionBounds;
    // The neighbours' bit rows, built (if new) before any test reads them.
    const prevRow = prev >= 0 ? this.followers.row(prev) : -2;
    const nextRow = next >= 0 ? this.leaders.row(next) : -2;
    if (prevRow < 0 && nextRow < 0) return NONE;
    // Cheapest tests first: most candidates pair with neither neighbour inside any dictionary word,
    // most of the rest fail the character model, and few reach the segmentation. The first test
    // takes 32 candidates at a time (joinedCandidates); the others are taken in the lists' order.
    // Between two neighbours, a candidate seen beside neither of them cannot win the character model
    // (NO_BIGRAM_GAIN): those rows take part in the first test too.
    // Same-reading and look-alike candidates that complete a set phrase are held to setPhraseMinCharGain.
    // Where no candidate of the character can complete a set phrase (most positions: setPhrasePossible), none is
    // held to less than minCharGain: those that would be are dropped below anyway, for want of a phrase.
    let looseAllowed = setPhraseMinCharGain < minCharGain && this.setPhrasePossible(run, index);
    const lowestGain = looseAllowed ? setPhraseMinCharGain : minCharGain;
    const bigramOnly = prev >= 0 && next >= 0 && lowestGain > NO_BIGRAM_GAIN + BOUND_MARGIN;
    // The rows of the neighbours' bigrams: a candidate's universe index is its column there.
    const prevSeenRow = this.bigramFollowers.rowAt(prev);
    const nextSeenRow = this.bigramLeaders.rowAt(next);
    const joined = this.joinedCandidates(row, prevRow, nextRow, bigramOnly ? prevSeenRow : -3, bigramOnly ? nextSeenRow : -3);
    let found: Candidate[] | undefined;
    const sameEnd = bounds[row * 6 + 1] ?? 0;
    const nearEnd = bounds[row * 6 + 3] ?? 0;
    const span = this.universeSpan;
    const shift = this.universeShift;
    // The neighbours' parts of ratioOf(), the same for every candidate.
    const prevDenominator = prev < 0 ? 0 : (this.bigramDenominator[prev] ?? BIGRAM_ALPHA);
    const nextProb = next < 0 ? 0 : (this.unigramProb[next] ?? 0);
    for (let j = 0; j < joined; j++) {
      const member = this.joined[j] ?? 0;
      const k = member >>> shift;
      const kind = k < sameEnd ? 0 : k < nearEnd ? 1 : 2;
      const bit = member & (span - 1);
      const d = this.universeCode[bit] ?? 0;
      const dProb = this.universeProb[bit] ?? 0;
      // Most candidates fail the character model: it is tested on the product of the ratios first,
      // without a logarithm (absent pairs, most of them, cost no hash probe either). At a clause's
      // end the right pair is how often official text ends a clause with the character (endRatio).
      // charRatio(prev, d) and charRatio(d, next) as ratioOf() computes them, the bigram bits read
      // from the rows at hand, the candidate's own figures by universe index.
      const leftCount = this.bigramFollowers.test(prevSeenRow, bit) ? Math.max(0, this.bigrams.getPair(prev, d)) : 0;
      const left = prev < 0 ? dProb : (leftCount + BIGRAM_ALPHA * dProb) / prevDenominator;
      const rightCount = next >= 0 && this.bigramLeaders.test(nextSeenRow, bit) ? Math.max(0, this.bigrams.getPair(d, next)) : 0;
      const right = next < 0 ? this.endRatio(d) : (rightCount + BIGRAM_ALPHA * nextProb) / (this.universeDenominator[bit] ?? BIGRAM_ALPHA);
      if (Number.isNaN(baseProduct)) {
        basePrev = this.charRatio(prev, code);
        baseNext = next < 0 ? this.endRatio(code) : this.charRatio(code, next);
        baseProduct = basePrev * baseNext;
      }
      // A set phrase (全力以赴) may vouch for a same-reading or look-alike candidate the character model doubts
      // (a near reading's penalty leaves it too little to win, and near readings are the most numerous).
      const loose = looseAllowed && kind !== 1;
      if (loose && Number.isNaN(looseGainLimit)) looseGainLimit = this.looseFactor.of(setPhraseMinCharGain) * baseProduct;
      if (!loose && Number.isNaN(gainLimit)) gainLimit = this.strictFactor.of(minCharGain) * baseProduct;
      if (left * right < (loose ? looseGainLimit : gainLimit)) continue;
      if (Number.isNaN(baseChar)) baseChar = Math.log(basePrev) + Math.log(baseNext);
      const charGain = Math.log(left) + Math.log(right) - baseChar;
      const doubted = charGain < minCharGain;
      if (doubted && (!loose || charGain < setPhraseMinCharGain)) continue;
      // A doubted candidate has only its set phrase to count on, and a phrase counts only for a written character in
      // no dictionary word (Candidate.setPhrase); a phrase (MIN_PHRASE characters) is no two-character word, so no
      // contextFlip either. With the written character in a word none is reportable: the search for phrases (most
      // of the doubted candidates, hardly any found) ends here, the rest of the position under minCharGain alone.
      if (doubted && reportable && (realWord ??= this.insideWord(run, index))) {
        looseAllowed = false;
        continue;
      }
      const joinsPrev = this.followers.test(prevRow, bit);
      const joinsNext = this.leaders.test(nextRow, bit);
      // Only then is a set phrase looked for, and named in the message (its windows' starts as written memoized).
      if (doubted) this.memoFor(run);
      const phrase = doubted ? setPhraseAround(this, run, index, d, joinsPrev, joinsNext) : undefined;
      if (doubted && !phrase) continue;
      const around = phrase ?? this.wordAround(run, index, d, joinsPrev, joinsNext);
      if (!around) continue;
      // A set phrase is evidence too where the candidate forms no shorter word in it (因地制宜: no 因地 in the dictionary).
      const completesPhrase = phrase !== undefined || around.word.length >= 4;
      // Inside an idiom or set phrase of the dictionary (勠力同心, 慢阻肺) the character is on purpose.
      this.memoFor(run);
      // …unless it is a rare word official texts never use that the candidate (same reading or look-alike) repairs (坐谈会 → 座谈会).
      insideLong ??= this.insideLongWord(run, index);
      const repairsWord = insideLong && kind !== 1 && around.word.length === 2 && this.repairsRareWord(run, index, d, around.start);
      if (insideLong && !repairsWord) continue;
      if (Number.isNaN(baseSeg)) baseSeg = this.segmentRange(run, from, to, -1, 0);
      realWord ??= this.insideWord(run, index);
      basePhrase ??= this.phraseWindows(run, index, code);
      const segGain = baseSeg - this.segmentRange(run, from, to, index, d);
      // Short of the word model's demand: only a real-word flip (a written word, a same-reading candidate) asks less of it.
      if (reportable && segGain < reportable.minSegGain && (segGain < reportable.strongFlipMinSegGain || !(realWord && kind === 0))) continue;
      const candidatePhrase = this.phraseWindows(run, index, d);
      const phraseGain = (candidatePhrase - basePhrase) * edgeWeight(run.length, index);
      // A repaired word must fit its context too: a window reaching beyond it is set phrasing (强直性国家标准 → 制性国), which a
      // term in its own right is not (强直性脊柱炎: only the window 强制性 itself).
      if (repairsWord && phraseGain < REPAIR_PHRASE) continue;
      const contextFlip = contextFlips(this, run, index, d, basePhrase, candidatePhrase, around.word, around.start, realWord);
      // A flip from a written dictionary word (contextFlips checks it is one) to a same-reading one flips both ways.
      const realWordFlip = contextFlip && realWord && kind === 0 && !acceptedVariants(run.slice(around.start, around.start + 2), around.word);
      // At a run's start the left half of the evidence is missing for every candidate; a character official text hardly
      // uses, where the candidate makes a frequent official pair with the next one, stands for it (not a near reading:
      // the most numerous and the weakest, 勠力 → 努力).
      // At a run's edge the one neighbour's pair speaks for a same-reading candidate: the candidate's frequent in official
      // text, the written character's never seen there, and the written character in no dictionary word (家快 → 加快, 治里 → 治理).
      const edgePair = kind === 0 && !realWord && (index === 0 ? rightCount >= EDGE_PAIR && this.bigrams.getPair(code, next) <= 0 : index === run.length - 1 && leftCount >= EDGE_PAIR && this.bigrams.getPair(prev, code) <= 0);
      const rareOpening = index === 0 && kind !== 1 && rightCount >= RARE_OPENING_PAIR && this.officialUses(code) <= RARE_OPENING_USES;
      const candidate: Candidate = { index, wrong: run.charAt(index), right: String.fromCharCode(d), kind: KINDS[kind] ?? 'shape', segGain, charGain, phraseGain, realWord, nameShare: this.nameShareCode(code), setPhrase: completesPhrase && !realWord, contextFlip, realWordFlip, rareOpening, edgePair, repairsWord, word: around.word, wordStart: around.start };
      // Round 37: a homophone word in the place of a written dictionary word that the word model barely prefers (a tie).
      if (segGain < 0 && realWord && kind === 0 && around.word.length === 2 && this.hasWord(run.slice(around.start, around.start + 2)) && !acceptedVariants(run.slice(around.start, around.start + 2), around.word)) candidate.wordSwap = true;
      (found ??= []).push(candidate);
    }
    if (prev >= 0 && next >= 0 && this.lonePossible(code, row)) found = this.loneCandidates(run, index, row, minCharGain, found);
    return found ?? NONE;
  }

  /** By code unit: 0 not known yet, 1 no lone candidates (lonePossible), 2 some. */
  private readonly loneFlags = new Uint8Array(65536);
  /**
   * Whether loneCandidates() may offer anything for the written character `code` (confusion row `row`): it is a rare
   * one on its own (a one-character word stands alone on purpose: 获, 或, 再, 已) and its row has a lone function
   * character. One array read per suspicious position once known.
   */
  private lonePossible(code: number, row: number): boolean {
    let flag = this.loneFlags[code] ?? 1;
    if (flag === 0) flag = this.loneFlags[code] = FORMAL_CONJUNCTION_CODES[code] !== 1 && this.chars.getCode(code) >= LONE_WRITTEN_MIN_COST * 100 && this.loneRow(row) > 0 ? 2 : 1;
    return flag === 2;
  }

  /** Per confusion row, its lone function characters (LONE_WORD_CODES), each as code × 4 + kind (built on first use). */
  private readonly loneRows = new Map<number, Int32Array>();
  private loneRow(row: number): number {
    let codes = this.loneRows.get(row);
    if (!codes) {
      const list: number[] = [];
      const b = this.confusionBounds;
      const units = this.confusionList.units;
      for (let k = b[row * 6] ?? 0, end = b[row * 6 + 5] ?? 0; k < end; k++) {
        const d = units[k] ?? 9;
        if (LONE_WORD_CODES[d] === 1) list.push(d * 4 + (k < (b[row * 6 + 1] ?? 0) ? 0 : k < (b[row * 6 + 3] ?? 0) ? 1 : 2));
      }
      codes = Int32Array.from(list);
      this.loneRows.set(row, codes);
    }
    return codes.length;
  }

  /**
   * A lone function character for run[index] (between two characters of the run): 和 in 人民群众盒新闻舆论. It completes
   * no word, so candidates() never offers it; it is offered where the written character is a rare one on its own
   * (lonePossible) and sits in no dictionary word,
   * a dictionary word ends just before it and another starts just after it (群众|和|新闻), and the character model
   * passes it (minCharGain). Its word evidence is the segmentation's, as any candidate's (segGain: the lone character
   * against the written one).
   */
  private loneCandidates(run: string, index: number, row: number, minCharGain: number, found: Candidate[] | undefined): Candidate[] | undefined {
    const codes = this.loneRows.get(row);
    const code = run.charCodeAt(index);
    if (!codes) return found;
    const prev = run.charCodeAt(index - 1);
    const next = run.charCodeAt(index + 1);
    let checked = false;
    for (const entry of codes) {
      const d = entry >>> 2;
      const kind = entry & 3;
      if (found && offers(found, d)) continue;
      const charGain = Math.log(this.charRatio(prev, d)) + Math.log(this.charRatio(d, next)) - Math.log(this.charRatio(prev, code)) - Math.log(this.charRatio(code, next));
      if (!(charGain >= minCharGain)) continue;
      if (!checked) {
        if (this.insideWord(run, index) || !this.betweenWords(run, index)) return found;
        checked = true;
      }
      const from = Math.max(0, index - WINDOW);
      const to = Math.min(run.length, index + WINDOW + 1);
      const segGain = this.segmentRange(run, from, to, -1, 0) - this.segmentRange(run, from, to, index, d);
      const right = String.fromCharCode(d);
      (found ??= []).push({ index, wrong: run.charAt(index), right, kind: KINDS[kind] ?? 'shape', segGain, charGain, phraseGain: 0, realWord: false, loneWord: true, nameShare: this.nameShareCode(code), setPhrase: false, contextFlip: false, realWordFlip: false, word: right, wordStart: index });
    }
    return found;
  }

  /** A dictionary word (two characters or more, as written) ends just before run[index] and another starts just after it. */
  private betweenWords(run: string, index: number): boolean {
    this.memoFor(run);
    let before = false;
    for (let start = Math.max(0, index - MAX_WORD); start + 2 <= index && !before; start++) before = this.costAsWritten(run, start, index, this.startsAsWritten(run, start)) >= 0;
    if (!before) return false;
    const starts = this.startsAsWritten(run, index + 1);
    for (let end = index + 3; end <= Math.min(run.length, index + 1 + MAX_WORD); end++) if (this.costAsWritten(run, index + 1, end, starts) >= 0) return true;
    return false;
  }

  /**
   * Whether a set phrase may cover the character at `index` of `run` (SetPhraseFilter): false proves that
   * setPhraseAround() finds none there, whatever the candidate. A few filter bits, against the phrase lookups of every
   * doubted candidate.
   */
  private setPhrasePossible(run: string, index: number): boolean {
    if (run.length < 4) return false;
    for (let start = Math.max(0, index - 3); start <= index && start + 4 <= run.length; start++) if (this.phraseFilter.mayCover(run, start, index)) return true;
    return false;
  }

  /**
   * The candidates of confusion row `row` that follow the previous character (bit row `prevRow` of
   * `followers`) or lead to the next one (`nextRow` of `leaders`) inside some dictionary word, and
   * unless `prevSeenRow` is −3, that also follow the previous one (that row of `bigramFollowers`) or
   * lead to the next one (`nextSeenRow` of `bigramLeaders`) in the bigrams of official text: their
   * entries as `joined` describes them, in list order (same reading, near reading, shape), in `joined`;
   * returns how many. The candidates are grouped by word of 32 universe indices (candidateGroups), so
   * one AND tests a whole group against both rows.
   */
  private joinedCandidates(row: number, prevRow: number, nextRow: number, prevSeenRow: number, nextSeenRow: number): number {
    let at = this.groupAt[row] ?? -1;
    if (at < 0) at = this.buildGroups(row);
    const groups = this.groups;
    let n = 0;
    for (let g = groups[at] ?? 0, p = at + 1; g > 0; g--) {
      const w = groups[p] ?? 0;
      const count = groups[p + 2] ?? 0;
      let hit = (groups[p + 1] ?? 0) & (this.followers.word(prevRow, w) | this.leaders.word(nextRow, w));
      if (hit !== 0 && prevSeenRow !== -3) hit &= this.bigramFollowers.word(prevSeenRow, w) | this.bigramLeaders.word(nextSeenRow, w);
      if (hit !== 0) {
        for (let e = p + 3; e < p + 3 + count; e++) {
          const member = groups[e] ?? 0;
          // universeSpan is a multiple of 32: the low five bits are those of the universe index.
          if (((hit >>> (member & 31)) & 1) !== 0) this.joined[n++] = member;
        }
      }
      p += 3 + count;
    }
    // Back to list order (a few entries; offsets are the high part): the order in which candidates are found is the order of ties.
    const joined = this.joined;
    for (let i = 1; i < n; i++) {
      const member = joined[i] ?? 0;
      let j = i - 1;
      for (; j >= 0 && (joined[j] ?? 0) > member; j--) joined[j + 1] = joined[j] ?? 0;
      joined[j + 1] = member;
    }
    return n;
  }

  /**
   * Groups the candidates of confusion row `row` by word of the universe, appended to `groups` as:
   * the number of groups, then per group its word, the mask of its candidates' bits, how many
   * candidates, and each as joined holds it (offset × universeSpan + universe index). Returns where they start.
   */
  private buildGroups(row: number): number {
    this.numberRow(row);
    const ks: number[] = [];
    for (let k = this.confusionBounds[row * 6] ?? 0, end = this.confusionBounds[row * 6 + 5] ?? 0; k < end; k++) if ((this.candidateIndex[k] ?? -1) >= 0) ks.push(k);
    ks.sort((a, b) => (this.candidateIndex[a] ?? 0) - (this.candidateIndex[b] ?? 0) || a - b);
    const record: number[] = [0];
    for (let i = 0; i < ks.length; ) {
      const w = (this.candidateIndex[ks[i] ?? 0] ?? 0) >>> 5;
      let mask = 0;
      const members: number[] = [];
      for (; i < ks.length && (this.candidateIndex[ks[i] ?? 0] ?? 0) >>> 5 === w; i++) {
        mask |= 1 << ((this.candidateIndex[ks[i] ?? 0] ?? 0) & 31);
        members.push((ks[i] ?? 0) * this.universeSpan + (this.candidateIndex[ks[i] ?? 0] ?? 0));
      }
      record[0] = (record[0] ?? 0) + 1;
      record.push(w, mask, members.length, ...members);
    }
    if (this.groupsUsed + record.length > this.groups.length) {
      const grown = new Int32Array(Math.max(this.groups.length * 2, this.groupsUsed + record.length));
      grown.set(this.groups);
      this.groups = grown;
    }
    const at = this.groupsUsed;
    this.groups.set(record, at);
    this.groupsUsed += record.length;
    return (this.groupAt[row] = at);
  }

  /** Writes the universe index of each candidate of confusion row `row` into candidateIndex (−1 for its tabs); once per row, at its first use. */
  private numberRow(row: number): void {
    const units = this.confusionList.units;
    for (let k = this.confusionBounds[row * 6] ?? 0, end = this.confusionBounds[row * 6 + 5] ?? 0; k < end; k++) {
      const unit = units[k] ?? TAB;
      this.candidateIndex[k] = unit === TAB ? -1 : (this.universe[unit] ?? -1);
    }
  }

  /**
   * Does `pair`, put in place at `index`, make a dictionary word of 4 characters with its neighbours (联席会议; 管理者 is too
   * easily made to be evidence for a slip: `least` 3 only where it is evidence against written-on-purpose, 党支部, 强制性)?
   */
  /**
   * Candidate.completesLongWord (round 35): `candidate`, a same-reading one for a single written character inside a
   * two-character dictionary word (realWord; candidates() leaves out one inside a longer word), makes a two-character
   * word that completes a dictionary word of four to six characters with its neighbours (营业执照), where the written
   * pair completes none. Asked only of candidates short of the threshold by no more than longWordSingleBonus.
   */
  private completesLongWordSingle(run: string, candidate: Candidate): boolean {
    if (candidate.kind !== 'same' || !candidate.realWord || candidate.wrong.length !== 1 || candidate.word.length !== 2) return false;
    // An aspect particle (着, 了, 过) is grammar, a word of its own after any verb: 按着国家…的模式 (a quoted speaker,
    // 人民日报 2020) is no slip for 按照国家, whatever phrase the dictionary lists.
    if (ASPECT_PARTICLES.includes(candidate.wrong)) return false;
    const index = candidate.wordStart;
    const written = run.slice(index, index + 2);
    if (this.joinsNeighbours(run, index, written)) return false;
    // The long word goes on after the candidate's word (营业|执照, 国家|海洋|局, 主任|医师): the characters written after it
    // are the rest of the term. One that ends with it (略有|结余, 企业|实行, 农药|使用, 实心|实意: a phrase the dictionary lists,
    // of which the written word is as good an end) is no evidence: on clean text those were all written on purpose.
    for (let start = Math.max(0, index - 2); start <= index; start++) {
      for (let end = Math.min(run.length, index + 4); end > index + 2; end--) {
        if (end - start < 4) continue;
        const before = run.slice(start, index);
        const after = run.slice(index + 2, end);
        if (this.hasWord(before + candidate.word + after) && !this.hasWord(before + written + after)) return true;
      }
    }
    return false;
  }

  private joinsNeighbours(run: string, index: number, pair: string, least = 4): boolean {
    for (let start = Math.max(0, index - 2); start <= index; start++) {
      for (let end = Math.min(run.length, index + 4); end >= index + 2; end--) {
        if (end - start >= least && this.hasWord(run.slice(start, index) + pair + run.slice(index + 2, end))) return true;
      }
    }
    return false;
  }

  /**
   * Whether the outer pair (x, y) across a written pair's edge holds one of its characters in place: a pair
   * official texts attest, or (`knownSuspicious`: only this test is left) a dictionary word. Not a dictionary
   * word official texts never use (证法 in 法律、兴证法规, 分截 in 分截断组织实施): the slip made it.
   */
  private edgeHeld(x: number, y: number, knownSuspicious: boolean): boolean {
    if (!knownSuspicious && this.pairAttested(x, y)) return true;
    return this.isWord2(x, y) && this.bigrams.getPair(x, y) >= 0;
  }

  /** Whether some common two-character word is read like the characters of reading rows `rowA` and `rowB`. */
  private hasReadingPairWords(rowA: number, rowB: number): boolean {
    const { offsets, units } = this.readings;
    for (let i = (offsets[rowA] ?? 0) + 1, endA = offsets[rowA + 1] ?? 0; i < endA; i++) {
      for (let j = (offsets[rowB] ?? 0) + 1, endB = offsets[rowB + 1] ?? 0; j < endB; j++) {
        if ((this.readingPairRow[(units[i] ?? 0) * this.syllables + (units[j] ?? 0)] ?? -1) >= 0) return true;
      }
    }
    return false;
  }

  /**
   * Fills `into` with the reading numbers of readings row `row`: its own readings, then (`withNear`)
   * the near readings of those that are not among them. Returns (own << 16) | all.
   */
  private fillPairReadings(row: number, into: Int32Array, withNear: boolean): number {
    const { offsets, units } = this.readings;
    let n = 0;
    for (let i = (offsets[row] ?? 0) + 1, end = offsets[row + 1] ?? 0; i < end && n < into.length; i++) into[n++] = units[i] ?? 0;
    const own = n;
    if (!withNear) return (own << 16) | n;
    const near = this.nearReadings;
    for (let r = 0; r < own; r++) {
      const line = this.nearReadingRow[into[r] ?? 0] ?? -1;
      if (line < 0) continue;
      for (let k = (near.offsets[line] ?? 0) + 1, end = near.offsets[line + 1] ?? 0; k < end && n < into.length; k++) {
        const id = near.units[k] ?? 0;
        let seen = false;
        for (let m = 0; m < n && !seen; m++) seen = into[m] === id;
        if (!seen) into[n++] = id;
      }
    }
    return (own << 16) | n;
  }

  /**
   * Both characters at `index` and `index + 1` typed for others of the same reading (平谷机制 for
   * 评估机制, 菜狗法律 for 采购法律): common two-character words read like the written pair. Only where
   * the written pair is not one official texts use, and each character is a stranger to its outer
   * neighbour too; a written pair that is itself a word (悔意 in 联席悔意办公室, 智齿 in 建立稳定智齿)
   * only when the replacement joins its neighbours into a longer dictionary word (联席会议), is a
   * common word of official texts (支持), or its context asks for it (pairContextFlips: 练习会议; longWordFlips,
   * where official texts use the written pair once or twice: 湖北省富有保健院 → 妇幼保健院): a
   * pinyin input method offers the whole homophone word. A written word may also stand for a common
   * word of official texts with a near reading of one of its characters (临到 for 领导: kind 'near'), where that word
   * completes a longer one with its neighbours (领导干部: longWordFlips).
   * `wordMinCharGain`: where the written pair is a dictionary word, the candidates must reach this much of the character
   * model too (corrections() passes the least evidence() asks of a homophone word, minWordCharGain(): no other could be
   * reported, and those below it are not segmented). `thresholds`: the collocation counts a written word's collocation
   * flip asks (pairCollocated), those in use by the caller.
   */
  pairCandidates(run: string, index: number, minCharGain = -Infinity, knownSuspicious = false, vouched = false, wordMinCharGain = minCharGain, thresholds: Thresholds = DEFAULT_THRESHOLDS): readonly Candidate[] {
    if (index + 1 >= run.length) return NONE;
    const a = run.charCodeAt(index);
    const b = run.charCodeAt(index + 1);
    // Cheapest tests first (all of them end the search alike): the written pair is not one official
    // texts use (this rules out half of the pairs asked about), both characters have readings, and
    // some common word is read like the pair — or the pair is a word, whose near readings may give one.
    // A written word official texts use (`vouched`: one that vouches for itself, asked by wholeWordCandidates, which
    // tested its edges; or one whose characters stay suspicious, 政权 of 推广政权期货) is replaced only where the
    // context flips to the homophone word both ways (vouchedPairFlips), and only a word the build lists (WHOLE_WORD).
    let bothWays = vouched;
    let attestedBound = false;
    if (!vouched && this.bigramFollowers.has(a, b) && this.bigrams.getPair(a, b) >= ATTESTED) {
      const listed = this.realWords.getPair(a, b);
      // Round 36: an unlisted one only as a same-reading word completing a long word the written pair does not (适合子市 →
      // 石河子市), as at an edge an outer pair holds (edgeBound below).
      if (listed < 0 || (listed & WHOLE_WORD) === 0) attestedBound = true;
      else bothWays = true;
    }
    const rowA = this.readingRow[a] ?? -1;
    const rowB = this.readingRow[b] ?? -1;
    if (rowA < 0 || rowB < 0) return NONE;
    let writtenWord: boolean | undefined;
    if (!this.hasReadingPairWords(rowA, rowB) && !(writtenWord = this.isWord2(a, b))) return NONE;
    writtenWord ??= this.isWord2(a, b);
    // At a word boundary of clean text (…构|平|谷|机…) one of them usually belongs to the word beside it.
    // (`knownSuspicious`: both characters are suspicious(), so neither outer pair vouches: only the word test is left; edgeHeld().)
    // Round 36: …unless the homophone word completes a dictionary word of four characters or more with its neighbours,
    // which the written pair does not (各地要同酬规划 → 统筹规划, 人力资源社会报账部 → 保障部: `edgeBound`, likedPairCandidates).
    const edgeBound = !vouched && ((index > 0 && this.edgeHeld(run.charCodeAt(index - 1), a, knownSuspicious)) || (index + 2 < run.length && this.edgeHeld(b, run.charCodeAt(index + 2), knownSuspicious)));
    // Set phrasing over the written word (a cheap test that stops most): written on purpose.
    if (bothWays && this.pairPhraseWindows(run, index) > 0) return NONE;
    const prev = index > 0 ? run.charCodeAt(index - 1) : -1;
    const next = index + 2 < run.length ? run.charCodeAt(index + 2) : -1;
    const words = this.readingPairs;
    const inner = this.readingPairWordRatio;
    // NaN: not computed yet (doubles throughout, unboxed: see candidates()).
    let baseChar = NaN;
    /** As in candidates(): exp(minCharGain + baseChar) less the margin, as a product of the written pairs' ratios. */
    let gainLimit = NaN;
    // The character model is cheap: the word model only sees the few pairs it likes best.
    let liked: { x: number; y: number; charGain: number; near: boolean }[] | undefined;
    // Filtering by a higher floor only drops the least liked (the best PAIR_SEGMENTED of the others stay the same).
    const floor = writtenWord ? Math.max(minCharGain, wordMinCharGain) : minCharGain;
    // Own readings of both, or, for a written pair that is a word, a near reading of one of them (临到
    // for 领导, 侦测 for 政策: fuzzy pinyin picks a whole word; not of both).
    const readingsA = this.pairReadingsA;
    const readingsB = this.pairReadingsB;
    const countA = this.fillPairReadings(rowA, readingsA, writtenWord);
    const countB = this.fillPairReadings(rowB, readingsB, writtenWord);
    for (let i = 0, allA = countA & 0xffff, ownA = countA >>> 16; i < allA; i++) {
      for (let j = 0, allB = countB & 0xffff, ownB = countB >>> 16; j < allB; j++) {
        const near = i >= ownA || j >= ownB;
        if ((i >= ownA && j >= ownB) || (near && bothWays)) continue;
        // A near reading offers only words official texts use often (a separate, shorter table).
        const list = near ? this.officialReadingPairs : words;
        const row = (near ? this.officialReadingPairRow : this.readingPairRow)[(readingsA[i] ?? 0) * this.syllables + (readingsB[j] ?? 0)] ?? -1;
        if (row < 0) continue;
        for (let k = (list.offsets[row] ?? 0) + 2, end = list.offsets[row + 1] ?? 0; k + 1 < end; k += 2) {
          const x = list.units[k] ?? 0;
          const y = list.units[k + 1] ?? 0;
          if (x === a || y === b) continue;
          // The word's own bigram does not depend on the text: computed once per word of readingPairs, on first use.
          let xy = near ? NaN : (inner[k] ?? NaN);
          if (xy !== xy) {
            xy = this.charRatio(x, y);
            if (!near) inner[k] = xy;
          }
          // The character model on products of ratios first: no logarithm for the many words it rejects.
          const left = this.charRatio(prev, x);
          const right = next < 0 ? this.endRatio(y) : this.charRatio(y, next);
          if (Number.isNaN(gainLimit)) gainLimit = (floor === minCharGain ? this.strictFactor : this.wordFactor).of(floor) * this.charRatio(prev, a) * this.charRatio(a, b) * (next < 0 ? this.endRatio(b) : this.charRatio(b, next));
          if (left * xy * right < gainLimit) continue;
          if (Number.isNaN(baseChar)) baseChar = this.charLogProb(prev, a) + this.charLogProb(a, b) + (next < 0 ? Math.log(this.endRatio(b)) : this.charLogProb(b, next));
          const charGain = Math.log(left) + Math.log(xy) + Math.log(right) - baseChar;
          if (charGain >= floor) (liked ??= []).push({ x, y, charGain, near });
        }
      }
    }
    return liked ? this.likedPairCandidates(run, index, liked, writtenWord, bothWays, thresholds, edgeBound || attestedBound) : NONE;
  }

  /**
   * pairCandidates()' word-model tests of the pairs the character model `liked` at run[index, index + 2) (`edgeBound`: an
   * outer pair holds one of the written characters, round 36; only a same-reading word completing a long word is kept) (a method of
   * its own: the closures it passes capture its arguments, and a context for them is allocated when it is called,
   * not at each of the thousands of calls of pairCandidates() that return before).
   */
  private likedPairCandidates(run: string, index: number, liked: { x: number; y: number; charGain: number; near: boolean }[], writtenWord: boolean, bothWays: boolean, thresholds: Thresholds, edgeBound = false): readonly Candidate[] {
    const a = run.charCodeAt(index);
    const b = run.charCodeAt(index + 1);
    const from = Math.max(0, index - WINDOW);
    const to = Math.min(run.length, index + 2 + WINDOW);
    this.memoFor(run);
    const baseSeg = this.segmentRange(run, from, to, -1, 0);
    let basePhrase: number | undefined;
    const found: Candidate[] = [];
    for (const { x, y, charGain, near } of liked.sort((p, q) => q.charGain - p.charGain).slice(0, PAIR_SEGMENTED)) {
      const right = String.fromCharCode(x, y);
      // A pair held at an edge (edgeBound) only as a same-reading word that completes a long word the written pair does not.
      if (edgeBound && (near || !this.joinsNeighbours(run, index, right) || this.joinsNeighbours(run, index, run.slice(index, index + 2)))) continue;
      const replaced = run.slice(from, index) + right + run.slice(index + 2, to);
      basePhrase ??= this.pairPhraseWindows(run.slice(from, to), index - from);
      const candidatePhrase = this.pairPhraseWindows(replaced, index - from);
      // A homophone word whose context asks for it (练习会议 → 联席会议) is evidence, and needs not be a common word;
      // so is one that completes a longer word with its neighbours (富有保健院 → 妇幼保健院: longWordFlips).
      const longWord = writtenWord && longWordFlips(this, x, y, basePhrase, candidatePhrase, () => this.joinsNeighbours(run, index, right) && !this.joinsNeighbours(run, index, run.slice(index, index + 2)));
      // A near reading of a written word (fuzzy pinyin: 致辞 zhìcí for 支持 zhīchí, 刑侦 for 行政) is evidence only where the
      // replacement completes a longer word with its neighbours (临到干部 → 领导干部): on unseen news, all the others were
      // dictionary words written on purpose (round 28).
      // Round 33: …or where the context flips to it in three windows or more, none as written (nearWordFlips: 用水孝女 → 效率).
      if (near && !longWord && !nearWordFlips(this, a, b, x, y, basePhrase, candidatePhrase)) continue;
      if (bothWays && !(longWord || vouchedPairFlips(this, x, y, basePhrase, candidatePhrase, () => outerWindowsAsk(this, replaced, index - from, x, y)))) continue;
      const flips = longWord || bothWays || (writtenWord && pairContextFlips(this, a, b, x, y, basePhrase, candidatePhrase) && outerWindowsAsk(this, replaced, index - from, x, y));
      // Where the windows say too little, the clause's words may: they go with the homophone word, none with the written one (了解合适工作 → 核实).
      const collocated = writtenWord && !flips && collocationFlips(this, x, y, near, basePhrase, candidatePhrase, () => this.pairCollocated(run, index, right, thresholds));
      if (writtenWord && !flips && !collocated && this.bigrams.getPair(x, y) < COMMON_OFFICIAL_WORD && !this.joinsNeighbours(run, index, right)) continue;
      // The converse (round 28): the clause's words go with the written word and none with the homophone word (全国闻名 →
      // 文明: 闻名 goes with 荔枝): written on purpose, unless the homophone word makes a word of three or more characters
      // with a neighbour (党止步 → 党支部, 枪支性 → 强制性).
      if (writtenWord && !longWord && candidatePhrase < thresholds.strongFlipPhrase && this.writtenCollocated(run, index, right) && !this.joinsNeighbours(run, index, right, 3)) continue;
      const segGain = baseSeg - this.segmentCost(replaced);
      const phraseGain = candidatePhrase - basePhrase;
      const nameShare = Math.max(this.nameShareCode(a), this.nameShareCode(b));
      found.push({ index, wrong: run.slice(index, index + 2), right, kind: near ? 'near' : 'same', segGain, charGain, phraseGain, realWord: writtenWord, nameShare, setPhrase: false, contextFlip: flips || collocated, longWordFlip: longWord, word: right, wordStart: index, ...(collocated ? { collocated: true } : {}) });
    }
    return found;
  }

  /**
   * The offsets i of text[start, end) where a word of the table realWords starts (检测 of 远程检测诊断), ascending,
   * in `found` (room for end − start entries); returns how many. One pass of one bit read per character: the
   * table is probed only where the Bloom filter lets the pair through (most words of the text are not in it).
   */
  realWordStarts(text: string, start: number, end: number, found: Int32Array): number {
    const bloom = this.realWordBloom;
    let n = 0;
    let here = text.charCodeAt(start);
    for (let i = start; i + 1 < end; i++) {
      const next = text.charCodeAt(i + 1);
      const bit = realWordBloomBit(here, next);
      if ((((bloom[bit >>> 5] ?? 0) >>> (bit & 31)) & 1) !== 0 && this.realWords.getPair(here, next) > 0) found[n++] = i;
      here = next;
    }
    return n;
  }

  /**
   * suspiciousRun() and realWordStarts() over a whole paragraph `text` in one pass, and the runs it falls into: the
   * maximal ranges of characters whose entry in `flags` has SCAN_RUN (for the rule, Han characters) that hold any of
   * those offsets, with where their offsets lie (ParagraphScan). `flags`: the caller's table by code unit (SCAN_*); an
   * entry 0 is not known yet: the answer of `learn` is stored there. A character marked SCAN_ODD (half of a
   * surrogate pair, whose run membership depends on its partner) sets `out.odd`: the runs are then not given, only the
   * offsets. Reading each character once, instead of once per pass, is most of what the three passes cost.
   */
  scanParagraph(text: string, flags: Uint8Array, learn: (code: number) => number, out: ParagraphScan): void {
    // A character not known yet stops the scan; all of the paragraph's are learnt, and it starts again. The loop
    // calls nothing (with the call to `learn` in it, V8 compiled it to run at two speeds, 3.9 or 5.5 ms per MB).
    while (!this.scanKnown(text, flags, out)) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (flags[code] === 0) flags[code] = learn(code) | SCAN_KNOWN;
      }
    }
  }

  /** scanParagraph() while every character of `text` is known in `flags`; false (and `out` unfinished) at one that is not. */
  private scanKnown(text: string, flags: Uint8Array, out: ParagraphScan): boolean {
    const end = text.length;
    out.reserve(end);
    const { numberOf, bits, stride } = this.vouches;
    const bloom = this.realWordBloom;
    const realWords = this.realWords;
    const suspicious = out.suspicious;
    const realStarts = out.realStarts;
    let runs: Int32Array = out.runs;
    let n = 0;
    let m = 0;
    let runCount = 0;
    let odd = false;
    /** Where the run being read starts (−1: none), and the counts of offsets before it. */
    let runStart = -1;
    let runN = 0;
    let runM = 0;
    // NaN for an empty paragraph: the loop ends at once.
    let code = text.charCodeAt(0);
    let row = end > 0 ? (numberOf[code] ?? 0) : 0;
    /** Whether (text[i − 1], text[i]) vouches (suspiciousRun's left pair). */
    let left = 0;
    // One turn past the end (no run there) closes the last run inside the loop: no code after it that the
    // JIT rarely sees run (a paragraph mostly ends with a mark, not inside a run).
    for (let i = 0; ; i++) {
      const inside = i < end;
      const f = inside ? (flags[code] ?? 0) : SCAN_KNOWN;
      if (f === 0) return false;
      if ((f & SCAN_RUN) !== 0) {
        if (runStart < 0) {
          runStart = i;
          runN = n;
          runM = m;
        }
      } else if (runStart >= 0) {
        if (n > runN || m > runM) {
          const at = 6 * runCount++;
          if (at + 6 > runs.length) runs = out.growRuns();
          runs[at] = runStart;
          runs[at + 1] = i;
          runs[at + 2] = runN;
          runs[at + 3] = n;
          runs[at + 4] = runM;
          runs[at + 5] = m;
        }
        runStart = -1;
      }
      if (!inside) break;
      if ((f & SCAN_ODD) !== 0) odd = true;
      // Past the end: no right pair (column 0), no real word.
      const more = i + 1 < end;
      const nextCode = more ? text.charCodeAt(i + 1) : 0;
      const column = more ? (numberOf[nextCode] ?? 0) : 0;
      const right = row !== 0 && column !== 0 ? ((bits[(row - 1) * stride + ((column - 1) >>> 5)] ?? 0) >>> ((column - 1) & 31)) & 1 : 0;
      if ((left | right) === 0 && (f & SCAN_SUSPECT) !== 0) suspicious[n++] = i;
      const bit = realWordBloomBit(code, nextCode);
      if ((((bloom[bit >>> 5] ?? 0) >>> (bit & 31)) & 1) !== 0 && more && realWords.getPair(code, nextCode) > 0) realStarts[m++] = i;
      left = right;
      code = nextCode;
      row = column;
    }
    out.suspiciousCount = n;
    out.realCount = m;
    out.runCount = odd ? 0 : runCount;
    out.odd = odd;
    return true;
  }

  /**
   * Real-word slips of the word run[wordStart, wordStart + 2) of the table realWords that vouches for its character
   * (so candidates() never looks at it), the character's other neighbour not: the same-reading replacements of either character that the
   * context flips to (vouchedWordFlips: 远程检测诊断 → 监测), with their evidence. `eligible`: flags by code unit of the
   * characters that may be corrected.
   */
  realWordCandidates(run: string, wordStart: number, eligible: Uint8Array, thresholds: Thresholds = DEFAULT_THRESHOLDS): readonly Candidate[] {
    const mask = this.realWords.getPair(run.charCodeAt(wordStart), run.charCodeAt(wordStart + 1));
    if (mask <= 0) return NONE;
    let found: Candidate[] | undefined;
    if ((mask & WHOLE_WORD) !== 0) found = this.wholeWordCandidates(run, wordStart, eligible, thresholds);
    for (let p = 0; p < 2; p++) {
      if (((mask >>> p) & 1) === 0) continue;
      const at = wordStart + p;
      const code = run.charCodeAt(at);
      const row = this.confusionRow[code] ?? -1;
      if (row < 0 || eligible[code] !== 1) continue;
      // Vouched for by its word alone (the table has only words that vouch): a character its other neighbour vouches
      // for too is at home on both sides.
      const outer = p === 0 ? at - 1 : at + 1;
      if (outer >= 0 && outer < run.length && (p === 0 ? this.pairAttested(run.charCodeAt(outer), code) : this.pairAttested(code, run.charCodeAt(outer)))) continue;
      const windows = Math.min(at, 2) + 1 - Math.max(0, at + 3 - run.length);
      // The written collocation is set phrasing of official text: written on purpose (cheapest test, most words stop here).
      if (windows < 2 || this.anyPhraseWindow(run, at)) continue;
      const other = run.charCodeAt(p === 0 ? wordStart + 1 : wordStart);
      for (let k = this.confusionBounds[row * 6] ?? 0, end = this.confusionBounds[row * 6 + 1] ?? 0; k < end; k++) {
        const d = this.confusionList.units[k] ?? 0;
        const x = p === 0 ? d : other;
        const y = p === 0 ? other : d;
        if (!this.isWord2(x, y) || this.bigrams.getPair(x, y) < 2 || acceptedVariants(run.slice(wordStart, wordStart + 2), String.fromCharCode(x, y))) continue;
        const candidatePhrase = this.phraseWindows(run, at, d);
        if (candidatePhrase !== windows) continue;
        const long = this.longWordWith(run, wordStart, at, d);
        if (!vouchedWordFlips(windows, 0, candidatePhrase, long !== undefined) || flipTakesNeighbour(this, run, at, d, p === 0)) continue;
        this.memoFor(run);
        const from = Math.max(0, at - WINDOW);
        const to = Math.min(run.length, at + WINDOW + 1);
        const segGain = this.segmentRange(run, from, to, -1, 0) - this.segmentRange(run, from, to, at, d);
        const prev = at > 0 ? run.charCodeAt(at - 1) : -1;
        const next = at + 1 < run.length ? run.charCodeAt(at + 1) : -1;
        const charGain = this.charLogProb(prev, d) - this.charLogProb(prev, code) + (next < 0 ? Math.log(this.endRatio(d) / this.endRatio(code)) : this.charLogProb(d, next) - this.charLogProb(code, next));
        const word = long ?? { word: String.fromCharCode(x, y), start: wordStart };
        (found ??= []).push({ index: at, wrong: run.charAt(at), right: String.fromCharCode(d), kind: 'same', segGain, charGain, phraseGain: candidatePhrase * edgeWeight(run.length, at), realWord: true, nameShare: this.nameShareCode(code), setPhrase: false, contextFlip: true, realWordFlip: true, word: word.word, wordStart: word.start });
      }
    }
    return found ?? NONE;
  }

  /**
   * A homophone word typed whole in vouched text (开展公共自愿交易平台 for 资源): the word at `wordStart` (bit WHOLE_WORD of
   * realWords) held by neither outer neighbour and in no set phrasing of official text as written; pairCandidates
   * offers the homophone words its context flips to (vouchedPairFlips).
   */
  private wholeWordCandidates(run: string, wordStart: number, eligible: Uint8Array, thresholds: Thresholds): Candidate[] | undefined {
    const a = run.charCodeAt(wordStart);
    const b = run.charCodeAt(wordStart + 1);
    // A word that leaves its characters suspicious is the pair search's (pairCandidates).
    if (eligible[a] !== 1 || eligible[b] !== 1 || !this.pairAttested(a, b)) return undefined;
    // Held in place by a neighbour (a pair official texts attest, or a dictionary word they use): at home there.
    if (wordStart > 0 && this.edgeHeld(run.charCodeAt(wordStart - 1), a, false)) return undefined;
    if (wordStart + 2 < run.length && this.edgeHeld(b, run.charCodeAt(wordStart + 2), false)) return undefined;
    // Only words the character model likes enough to pass evidence() are worth the word model (most are not).
    const found = this.pairCandidates(run, wordStart, Math.min(thresholds.homophoneWordFlipMinCharGain, thresholds.longWordFlipMinCharGain), true, true, undefined, thresholds);
    return found.length > 0 ? [...found] : undefined;
  }

  /** The real-word slips of the word at `wordStart` (realWordCandidates) that reach the thresholds, best first. */
  realWordCorrections(run: string, wordStart: number, eligible: Uint8Array, thresholds: Thresholds = DEFAULT_THRESHOLDS): readonly Correction[] {
    const candidates = this.realWordCandidates(run, wordStart, eligible, thresholds);
    // Nearly every word has none (6,717 calls per MB of the bench text, no candidate): no iterator made for them
    // (a for-of over the frozen NONE allocated one each call, 0.6 MB per lint; round 34).
    if (candidates.length === 0) return NO_CORRECTIONS;
    let found: Correction[] | undefined;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (candidate === undefined) continue;
      const score = evidence(candidate, thresholds);
      if (score !== undefined) (found ??= []).push({ ...candidate, score });
    }
    return found ? found.sort((a, b) => b.score - a.score) : NO_CORRECTIONS;
  }

  /**
   * The dictionary word of 3–6 characters, if any, that run[wordStart, wordStart + 2) makes with a neighbour when
   * run[at] reads `code` (防治法 of 传染病防止法, 联席会议 of 联系会议), and where it starts.
   */
  private longWordWith(run: string, wordStart: number, at: number, code: number): { word: string; start: number } | undefined {
    for (let start = Math.max(0, wordStart - MAX_WORD + 2); start <= wordStart; start++) {
      for (let end = Math.max(wordStart + 2, start + 3); end <= Math.min(run.length, start + MAX_WORD); end++) {
        if (this.wordCost(run, start, end, at, code) >= 0) return { word: run.slice(start, at) + String.fromCharCode(code) + run.slice(at + 1, end), start };
      }
    }
    return undefined;
  }

  /**
   * The likely corrections of the character at `index` of a run of Han characters, best first;
   * empty when the text as written is fine or the evidence is weak. `knownSuspicious`: suspicious(run,
   * index) is already known to be true, and so is suspicious(run, index + 1) when `pairs` (saves lookups).
   */
  /** The candidate with its institution name or post title marked (Candidate.institution), or undefined when it completes none. */
  private asInstitution(run: string, index: number, candidate: Candidate, endsItem: boolean): Candidate | undefined {
    if (candidate.wrong.length !== 1) return undefined;
    const code = candidate.right.charCodeAt(0);
    const name = institutionAround(this, run, index, code) ?? (endsItem ? postAround(run, index, code) : undefined);
    return name === undefined ? undefined : { ...candidate, institution: true };
  }

  /** Cost (nats) of the character `code` standing alone (the segmentation's, for wrong-character-collocations.ts). */
  singleCost(code: number): number {
    return this.charCost(code);
  }

  /**
   * Round 38: a homophone word typed whole whose context flips to it (Candidate.contextFlip) short of the report threshold
   * by no more than collocationBonus, where the clause's words go with it too: it is a collocation of collocationMin or
   * more other words of the run (or of all of them, collocationAllMin or more) and the written word of none
   * (pairCollocated, as collocated() asks of a single character's word: 打造急剧创新资源 → 集聚, 集聚 goes with 南京市,
   * 打造, 创新, 资源; 达到耳机甲等水平 → 二级). The collocation flip (collocationFlips) already counts the clause's words for a
   * homophone word whose windows do not flip; one whose windows flip was given no credit for them. Same readings only
   * (a near reading is the weakest evidence: round 28). The correction with collocationBonus added, or undefined.
   */
  private flippedPairCollocated(run: string, index: number, candidate: Candidate, thresholds: Thresholds): Correction | undefined {
    if (candidate.kind !== 'same' || !candidate.contextFlip || candidate.collocated === true || !candidate.realWord) return undefined;
    const raw = evidenceScore(candidate, thresholds);
    if (raw === undefined || raw + thresholds.collocationBonus < thresholds.report) return undefined;
    if (!this.pairCollocated(run, index, candidate.right, thresholds)) return undefined;
    return { ...candidate, collocated: true, score: raw + thresholds.collocationBonus };
  }

  /**
   * Whether the homophone word `right` for the written word run[index, index + 2) is a collocation of enough words of
   * the run and the written word of none (collocatedInstead, as collocated() asks of a single character).
   */
  private pairCollocated(run: string, index: number, right: string, thresholds: Thresholds): boolean {
    const words = segmentWords(this, run);
    return this.collocatedInstead(run, words, wordHash(right, 0, 2), index, index + 2, [index, index + 2], thresholds);
  }

  /**
   * How many other words of the clause the correction `right` written over run[from, from + right.length) is a collocation
   * of: the most of the span itself and of the word the corrected run's segmentation puts over it (实施 in 史诗保护,
   * 建立健全 in 简历健全), for the rule's unsupported word swaps (round 32).
   */
  correctedWordCollocates(run: string, from: number, right: string): number {
    const to = from + right.length;
    const fixed = run.slice(0, from) + right + run.slice(to);
    const words = segmentWords(this, fixed);
    const span = this.collocations.collocation(fixed, words, wordHash(fixed, from, to), from, to).collocates;
    const word = words.find(([start, end]) => start <= from && from < end);
    if (word === undefined || (word[0] === from && word[1] === to)) return span;
    return Math.max(span, this.collocations.collocation(fixed, words, wordHash(fixed, word[0], word[1]), word[0], word[1]).collocates);
  }

  /**
   * Whether the written word run[index, index + 2) is a collocation of some other word of the run and its homophone
   * word `right` of none (the converse of pairCollocated: the clause is about the word as written).
   */
  private writtenCollocated(run: string, index: number, right: string): boolean {
    const words = segmentWords(this, run);
    return this.collocations.collocation(run, words, wordHash(run, index, index + 2), index, index + 2).collocates > 0 &&
      this.collocations.collocation(run, words, wordHash(right, 0, 2), index, index + 2).collocates === 0;
  }

  /**
   * Windows of report phrasing over run[index] (Candidate.reportPhraseGain): those the candidate `code` makes minus those
   * the written character makes, each not official set phrasing, weighted as phraseGain (a run's first or last character
   * lies under one window).
   */
  private reportPhraseGainOf(run: string, index: number, code: number): number {
    let gain = 0;
    for (let start = Math.max(0, index - 2); start <= index && start + 3 <= run.length; start++) {
      if (this.trigrams.getWith(run, start, start + 3, index, code) < 0 && this.reportPhrases.has(run, start, index, code)) gain++;
      if (this.trigrams.get(run, start, start + 3) < 0 && this.reportPhrases.has(run, start)) gain--;
    }
    return gain * edgeWeight(run.length, index);
  }

  /**
   * Whether the word a single-character candidate completes is a collocation of enough words of the run ('many':
   * Candidate.collocated, as collocatedInstead asks; 'few': Candidate.collocatedFew, collocationFewMin or more for a
   * same-reading candidate's two-character word that `raw` evidence plus collocationFewBonus takes to the threshold),
   * where the written character makes a word that is a collocation of none, or no word.
   */
  private collocated(run: string, index: number, candidate: Candidate, thresholds: Thresholds, raw: number): 'many' | 'few' | undefined {
    if (candidate.word.length < 2) return undefined;
    const from = candidate.wordStart;
    const to = from + candidate.word.length;
    const words = segmentWords(this, run);
    const { collocates, others } = this.collocations.collocation(run, words, wordHash(run, from, to, index, candidate.right.charCodeAt(0)), from, to);
    const many = collocates >= thresholds.collocationMin || (collocates >= thresholds.collocationAllMin && collocates >= others);
    // Round 32 (Candidate.collocatedFew): fewer collocations do, for a same-reading candidate's two-character word, where
    // the written character is one official texts use (more than RARE_OPENING_USES times) or, round 34, general text
    // commonly (COLLOCATED_FEW_COMMON_COST): an input method offers a common character for a reading, and a rare one is
    // mostly chosen (担任监誓人 is no 监事).
    const few = !many && collocates >= thresholds.collocationFewMin && this.commonCharacter(run.charCodeAt(index), COLLOCATED_FEW_COMMON_COST) && fewCollocationsKind(candidate) && candidate.word.length === 2 && raw + thresholds.collocationFewBonus >= thresholds.report;
    if (!many && !few) return undefined;
    const written = words.find(([start, end]) => start <= index && index < end);
    if (written !== undefined && this.collocations.collocation(run, words, wordHash(run, written[0], written[1]), written[0], written[1]).collocates > 0) return undefined;
    return many ? 'many' : 'few';
  }

  /**
   * Whether the word of hash `own` over [from, to) is a collocation of collocationMin or more other words of `words`
   * (the run's segmentation as written, memoized lookups), or of all of them (collocationAllMin or more), and the
   * written word over `written` (none: the written character makes no word) a collocation of none.
   */
  private collocatedInstead(run: string, words: readonly (readonly [number, number])[], own: number, from: number, to: number, written: readonly [number, number] | undefined, thresholds: Thresholds): boolean {
    const { collocates, others } = this.collocations.collocation(run, words, own, from, to);
    if (collocates < thresholds.collocationMin && (collocates < thresholds.collocationAllMin || collocates < others)) return false;
    return written === undefined || this.collocations.collocation(run, words, wordHash(run, written[0], written[1]), written[0], written[1]).collocates === 0;
  }

  /**
   * The candidates for run[index] that reach the thresholds, best first. `endsItem`: the run ends an item of a
   * list, a signature or a line (the text goes on with 、 or a line break, or ends), where a post title may end it.
   * `near`: receives the single-character candidates that fall short of the report threshold by no more than
   * neighbourNear, for the rule's look at slips a few characters apart, which drag each other's evidence down;
   * singleCandidates then tells how many single-character candidates there were at all. `clauseEdges`: run[index] is
   * the run's first character (1) or last (2) beside a clause mark, where Candidate.edgePair counts (edgePairBonus).
   */
  corrections(run: string, index: number, thresholds: Thresholds = DEFAULT_THRESHOLDS, pairs = false, knownSuspicious = false, endsItem = false, near?: Correction[], clauseEdges = 0): readonly Correction[] {
    let found: Correction[] | undefined;
    const single = this.candidates(run, index, thresholds.minCharGain, knownSuspicious, thresholds.setPhraseMinCharGain, thresholds);
    this.singleCandidates = single.length;
    // A run's first or last character beside a clause mark has its evidence from one side only (Candidate.edgePair).
    const edge = (index === 0 && (clauseEdges & 1) !== 0) || (index === run.length - 1 && (clauseEdges & 2) !== 0);
    // Indexed loops, not for…of: the lists are of several kinds (NONE, frozen, or a fresh array), and over those V8 keeps
    // the iterator protocol, an iterator and a result object per step (≈ 2 MB per MB of text).
    for (let i = 0; i < single.length; i++) {
      const candidate = single[i];
      if (!candidate) continue;
      let raw = evidenceScore(candidate, thresholds);
      if (raw === undefined) continue;
      if (edge && candidate.edgePair === true) raw += thresholds.edgePairBonus;
      if (raw >= thresholds.report) (found ??= []).push({ ...candidate, score: raw });
      else {
        // Short of the threshold by no more than an institution name or post title gives: is it one? Or do the clause's words go with it?
        const named = raw + thresholds.institutionBonus >= thresholds.report ? this.asInstitution(run, index, candidate, endsItem) : undefined;
        if (named) (found ??= []).push({ ...named, score: raw + thresholds.institutionBonus });
        else if (raw + thresholds.collocationBonus >= thresholds.report) {
          const collocates = this.collocated(run, index, candidate, thresholds, raw);
          if (collocates === 'many') (found ??= []).push({ ...candidate, collocated: true, score: raw + thresholds.collocationBonus });
          else if (collocates === 'few') (found ??= []).push({ ...candidate, collocatedFew: true, score: raw + thresholds.collocationFewBonus });
          else {
            // Round 33: or does report phrasing, that official texts lack, confirm a same-reading candidate of a non-word?
            const reportPhraseGain = candidate.kind === 'same' && !candidate.realWord && candidate.wrong.length === 1 && this.commonCharacter(run.charCodeAt(index), REPORT_PHRASE_COMMON_COST) ? this.reportPhraseGainOf(run, index, candidate.right.charCodeAt(0)) : 0;
            if (reportPhraseGain > 0 && raw + thresholds.reportPhraseWeight * reportPhraseGain >= thresholds.report) (found ??= []).push({ ...candidate, reportPhraseGain, score: raw + thresholds.reportPhraseWeight * reportPhraseGain });
            // Round 35: or does a same-reading candidate of a written word complete a long dictionary word (影业执照 → 营业执照)?
            else if (raw + thresholds.longWordSingleBonus >= thresholds.report && this.completesLongWordSingle(run, candidate)) (found ??= []).push({ ...candidate, completesLongWord: true, score: raw + thresholds.longWordSingleBonus });
            else if (near && candidate.wrong.length === 1 && raw + thresholds.neighbourNear >= thresholds.report) near.push({ ...candidate, score: raw });
          }
        } else if (near && candidate.wrong.length === 1 && raw + thresholds.neighbourNear >= thresholds.report) near.push({ ...candidate, score: raw });
      }
    }
    if (pairs) {
      const paired = this.pairCandidates(run, index, thresholds.minCharGain, knownSuspicious, false, minWordCharGain(thresholds), thresholds);
      for (let i = 0; i < paired.length; i++) {
        const candidate = paired[i];
        if (!candidate) continue;
        const score = evidence(candidate, thresholds);
        if (score !== undefined) (found ??= []).push({ ...candidate, score });
        else {
          const collocated = this.flippedPairCollocated(run, index, candidate, thresholds);
          if (collocated) (found ??= []).push(collocated);
        }
      }
    }
    // Sorted stably, single characters before pairs at equal scores, as they always were.
    return found ? found.sort((a, b) => b.score - a.score) : NO_CORRECTIONS;
  }
}

/**
 * Set phrasing windows (Candidate.phraseGain) a look-alike candidate must gain for collocated()'s 'few' (round 38).
 */
const LOOKALIKE_FEW_PHRASE = 2;

/**
 * Whether a single-character candidate's kind may take the few collocations of collocated() (Candidate.collocatedFew): a
 * same-reading one, as since round 32 (an input method offers the common character of a reading); and, round 38
 * (s38-wcshape), a look-alike whose three-character windows gain at least LOOKALIKE_FEW_PHRASE of official set phrasing
 * (明确行政应诉工作联责分工 → 职责, 人大、政办的专门委员会 → 政协, 加强觉外代表人士队伍建设 → 党外: two each), and whose
 * written character is in no dictionary word (Candidate.realWord: 网格化 is no 网络化, two windows though it gains). A look-alike
 * is no choice of an input method, and the two words alone said 创新 for 抢新机, 学生 for 毕业学年, 且 for 并呈波浪式上升, 先进
 * for 率先开行, 建设 for 中能建投 in clean text (no window, or one, each).
 */
function fewCollocationsKind(candidate: Candidate): boolean {
  return candidate.kind === 'same' || (candidate.kind === 'shape' && !candidate.realWord && candidate.phraseGain >= LOOKALIKE_FEW_PHRASE);
}

/** The combined evidence for a candidate, or undefined when it does not reach the thresholds. */
/**
 * Weight of the set-phrasing evidence at `index`: a character in the middle of a Han run lies under three
 * three-character windows, the first or last of a run under one (the others would cross the punctuation),
 * so a slip ending a clause (形成闭环管里。) could show a third of the evidence one in mid-clause shows. Its one
 * window counts double; measured on ECSpell's train fold and held-out reports: +3 detections and no
 * new false alarm, where weighting every window by 3/(windows) found more but flagged 网格化 and 增加至.
 */
function edgeWeight(length: number, index: number): number {
  return length >= 3 && (index === 0 || index === length - 1) ? 2 : 1;
}

/**
 * The least charGain evidence() accepts of a homophone word (a pair slip whose written pair is a word, Candidate.realWord),
 * whatever its flips: the loosest of the three minimums evidenceScore() chooses from.
 */
export function minWordCharGain(thresholds: Thresholds): number {
  return Math.min(thresholds.homophoneWordMinCharGain, thresholds.homophoneWordFlipMinCharGain, thresholds.longWordFlipMinCharGain);
}

export function evidence(candidate: Candidate, thresholds: Thresholds): number | undefined {
  const score = evidenceScore(candidate, thresholds);
  return score !== undefined && score >= thresholds.report ? score : undefined;
}

/**
 * How far the word model may prefer a written homophone word (独到 for 督导, 神灵 for 申领) over its
 * replacement: not at all, unless the context flips to the replacement in most of the windows over the pair
 * (Candidate.contextFlip, phraseGain ≥ strongFlipPhrase): then the word model, which barely tells two
 * dictionary words apart, may lean a little the other way (教育独到委员会: the phrasing says 督导委员会).
 */
function homophoneWordMinSegGain(candidate: Candidate, thresholds: Thresholds): number {
  return (candidate.contextFlip && candidate.phraseGain >= thresholds.strongFlipPhrase) || candidate.collocated === true ? thresholds.strongFlipMinSegGain : 0;
}

/**
 * How far the word model may prefer the written character of a single-character candidate: not at all, except for a
 * same-reading candidate that swaps a written two-character dictionary word for another in the same place
 * (Candidate.wordSwap), where two dictionary words of about the same cost are a tie the word model cannot break (联网保送 →
 * 报送: −0.3; 环境保护部前头 → 牵头: −0.4): realWordTieSegGain. The other evidence (the character model, the phrasing, the
 * rescue paths of corrections()) decides, at the threshold as always.
 */
function singleMinSegGain(candidate: Candidate, thresholds: Thresholds): number {
  return candidate.wordSwap === true ? Math.min(thresholds.minSegGain, thresholds.realWordTieSegGain) : thresholds.minSegGain;
}

/** The combined evidence for a candidate whatever the report threshold, or undefined when a model disagrees too much. */
function evidenceScore(candidate: Candidate, thresholds: Thresholds): number | undefined {
  const homophoneWord = candidate.wrong.length > 1 && candidate.realWord;
  const homophoneMin = candidate.longWordFlip === true ? thresholds.longWordFlipMinCharGain : candidate.contextFlip || candidate.collocated === true ? thresholds.homophoneWordFlipMinCharGain : thresholds.homophoneWordMinCharGain;
  const minCharGain = candidate.setPhrase ? Math.min(thresholds.minCharGain, thresholds.setPhraseMinCharGain) : thresholds.minCharGain;
  if (candidate.realWordFlip) {
    if (candidate.charGain < thresholds.realWordFlipMinCharGain || candidate.segGain < thresholds.strongFlipMinSegGain) return undefined;
  } else if (homophoneWord ? candidate.charGain < homophoneMin || candidate.segGain < homophoneWordMinSegGain(candidate, thresholds) : candidate.charGain < minCharGain || candidate.segGain < singleMinSegGain(candidate, thresholds)) return undefined;
  const score =
    candidate.segGain +
    thresholds.charWeight * candidate.charGain +
    thresholds.phraseWeight * candidate.phraseGain -
    (candidate.wrong.length > 1 ? (candidate.kind === 'same' ? 0 : thresholds.nearPairPenalty) : thresholds.kindPenalty[candidate.kind]) -
    // A homophone word has passed its own, stricter test of the character model instead.
    (candidate.realWord && !homophoneWord ? thresholds.realWordPenalty : 0) -
    (candidate.wrong.length > 1 ? thresholds.pairPenalty : 0) -
    thresholds.namePenalty * candidate.nameShare +
    (candidate.setPhrase ? thresholds.setPhraseBonus : 0) +
    (candidate.contextFlip ? thresholds.contextFlipBonus : 0) +
    (candidate.realWordFlip ? thresholds.realWordFlipBonus : 0) +
    (candidate.longWordFlip === true ? thresholds.longWordFlipBonus : 0) +
    (candidate.institution ? thresholds.institutionBonus : 0) +
    (candidate.rareOpening === true ? thresholds.rareOpeningBonus : 0) +
    (candidate.collocated === true ? thresholds.collocationBonus : 0) +
    (candidate.collocatedFew === true ? thresholds.collocationFewBonus : 0) +
    thresholds.reportPhraseWeight * (candidate.reportPhraseGain ?? 0) +
    (candidate.repairsWord === true ? thresholds.repairBonus : 0) +
    (candidate.completesLongWord === true ? thresholds.longWordSingleBonus : 0) +
    (candidate.loneWord === true ? LONE_WORD_BONUS.value : 0);
  return score;
}
