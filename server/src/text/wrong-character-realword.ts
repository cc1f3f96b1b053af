// Real-word slips for the wrong-character model (错别字): the written character makes a word, only the
// wrong one (施行互相监督 for 实行, 发汗回复 for 发函). Words say nothing here; the context does. The signal
// kept is one that official texts give in both directions: none of the three-character windows over the
// character is set phrasing of official text as written, every one of them is with the candidate, and
// official texts use the candidate's word far more often than the written one, which they hardly use at
// all. Only characters the model already suspects are looked at (no neighbour vouches for them), so
// this costs nothing where text is ordinary.

/** The counts this needs from the model (WrongCharacterModel implements them). */
export interface ContextLookup {
  /** How often the pair (a, b) occurs in official text (−1: fewer than twice). */
  officialPairCount(a: number, b: number): number;
  /** Cost of the dictionary word text[start, end) with text[at] read as `code`; −1: not a word. */
  wordCostWith(text: string, start: number, end: number, at: number, code: number): number;
  /** How many of the two outer three-character windows over text[index], text[index + 1] are set phrasing. */
  pairOuterPhraseWindows(text: string, index: number): number;
}

/** The candidate's word must be this many times more frequent in official text than the written one… */
const RATIO = 10;
/**
 * …and the written pair nearly absent from it (at most this often in 1.1 M characters): a word official
 * texts do use is there on purpose more often than not (稳步试行…股份制 beside the far commoner 实行).
 */
const WRITTEN_MAX = 5;

/**
 * Does the context flip for the candidate `code` at `index` of `run`: the three windows over it (it
 * must lie in mid-run) are none set phrasing as written (`basePhrase` 0) and all with the candidate
 * (`candidatePhrase` 3), and the two-character word it completes (`word`, starting at `wordStart`)
 * is far more frequent in official text than the written pair? `writtenInWord`: the written character sits
 * in a dictionary word (Candidate.realWord).
 */
export function contextFlips(model: ContextLookup, run: string, index: number, code: number, basePhrase: number, candidatePhrase: number, word: string, wordStart: number, writtenInWord: boolean): boolean {
  if (basePhrase !== 0 || candidatePhrase !== 3 || word.length !== 2) return false;
  // The candidate's word must replace the written character's own word (兼管 → 监管), or a character in no word at
  // all; not cut across the word it is in (不断迸发: 迸 belongs to 迸发, and 断开 would cut it off).
  if (writtenInWord && model.wordCostWith(run, wordStart, wordStart + 2, -1, 0) < 0) return false;
  if (takesFromWord(model, run, index, code, wordStart)) return false;
  const written = Math.max(0, model.officialPairCount(run.charCodeAt(wordStart), run.charCodeAt(wordStart + 1)));
  const right = model.officialPairCount(wordStart === index ? code : run.charCodeAt(wordStart), wordStart === index ? run.charCodeAt(wordStart + 1) : code);
  return right > 0 && written <= WRITTEN_MAX && written * RATIO <= right;
}

/** A dictionary word at most this costly (nats; 落实 10.2, 城区 10.6, 批发 11.9, 导体 12.2) is a common one. */
const COMMON_WORD_COST = 13;

/**
 * Where the common dictionary word starts that the other character of a two-character candidate word
 * (starting at `wordStart`, replacing run[index]) makes as written with the character beyond it — 落实 for
 * 实行 in 落实省, 城区 for 区域 in 城区雨 —, or −1 when it makes none.
 */
export function neighbourWordStart(model: Pick<ContextLookup, 'wordCostWith'>, run: string, index: number, wordStart: number): number {
  const other = wordStart < index ? index - 2 : index + 1;
  if (other < 0 || other + 2 > run.length) return -1;
  const cost = model.wordCostWith(run, other, other + 2, -1, 0);
  return cost >= 0 && cost <= COMMON_WORD_COST ? other : -1;
}

/**
 * Does the candidate's word take its other character from a common word that character makes, as written,
 * with the one beyond it (铺排落实省重点项目: 实行 would take 实 from 落实)? Then the windows over it are set
 * phrasing because of that word (落实行动), not because the context asks for the candidate.
 */
function takesFromWord(model: ContextLookup, run: string, index: number, code: number, wordStart: number): boolean {
  const other = neighbourWordStart(model, run, index, wordStart);
  if (other < 0) return false;
  // Only a word official texts use more than the candidate's (落实 over 实行; not 实行 over 落实 in 洛实行政).
  const candidate = wordStart < index ? model.officialPairCount(run.charCodeAt(index - 1), code) : model.officialPairCount(code, run.charCodeAt(index + 1));
  return model.officialPairCount(run.charCodeAt(other), run.charCodeAt(other + 1)) > candidate;
}

/**
 * Does a real-word flip of run[index] to `code` (realWordCandidates: 职权 → 治权 in 下放行政职权) owe its windows to
 * the word the candidate makes with the character outside the written word (政治), a character that, as written, ends
 * or starts a common word official texts use more (行政)? Then 行政治, 政治权 are set phrasing because of 政治, not
 * because the context asks for 治权: the written text is two common words side by side (行政 职权). `outerBefore`: the
 * character outside the written word lies before `index` (the written word starts at `index`) or after it.
 */
export function flipTakesNeighbour(model: ContextLookup, run: string, index: number, code: number, outerBefore: boolean): boolean {
  const pairStart = outerBefore ? index - 1 : index;
  if (pairStart < 0 || pairStart + 2 > run.length || model.wordCostWith(run, pairStart, pairStart + 2, index, code) < 0) return false;
  return takesFromWord(model, run, index, code, pairStart);
}

/** A near-reading word's context must give it at least this many of the four windows over the pair (none as written)… */
const NEAR_WORD_WINDOWS = 3;
/** …and official texts must use it at least this often (a common word of theirs, COMMON_OFFICIAL_WORD of the model). */
const NEAR_WORD_COMMON = 30;

/**
 * A written dictionary word typed for a common official word that reads near it (fuzzy pinyin, round 33: 农业用水孝女 for
 * 效率, n/l; 党卒子范围 for 组织, z/zh; 车用急促地图 for 基础, c/ch), where the replacement completes no longer word
 * (round 28 asks that of a near reading: 致辞 for 支持, 刑侦 for 行政 were words written on purpose). The context decides
 * as it does nowhere else this plainly: none of the four three-character windows over the pair is set phrasing as written,
 * NEAR_WORD_WINDOWS or more are with the replacement, official texts never use the written word (fewer than twice) and use
 * the replacement NEAR_WORD_COMMON times or more. 发表重要致辞 (two windows for 支持) stays quiet.
 */
export function nearWordFlips(model: Pick<ContextLookup, 'officialPairCount'>, a: number, b: number, x: number, y: number, basePhrase: number, candidatePhrase: number): boolean {
  return basePhrase === 0 && candidatePhrase >= NEAR_WORD_WINDOWS && model.officialPairCount(a, b) < 0 && model.officialPairCount(x, y) >= NEAR_WORD_COMMON;
}

/** A homophone word's context must give it at least this many of the four windows over the pair (none as written). */
const PAIR_WINDOWS = 2;

/**
 * Homophone words (练习会议 for 联席会议, 作出绝顶 for 作出决定, 市场只许 for 市场秩序): the written pair
 * (a, b) is a dictionary word, so words cannot tell, and the model's usual test for homophone words
 * (pairCandidates: the replacement is a common word of official texts or joins its neighbours into a
 * longer word) lets through only some. The context decides: none of the four three-character windows
 * over the pair is set phrasing of official text as written, at least PAIR_WINDOWS are with (x, y),
 * official texts never use the written word (seen fewer than twice: 亟需 of 产业亟需改造, used twice, is
 * written on purpose beside the far commoner 继续) and use (x, y) at least twice. Such a flip lets an
 * uncommon replacement through, and counts as evidence (Thresholds.contextFlipBonus, with
 * homophoneWordFlipMinCharGain in place of homophoneWordMinCharGain).
 */
export function pairContextFlips(model: ContextLookup, a: number, b: number, x: number, y: number, basePhrase: number, candidatePhrase: number): boolean {
  return basePhrase === 0 && candidatePhrase >= PAIR_WINDOWS && model.officialPairCount(a, b) < 0 && model.officialPairCount(x, y) >= 2;
}

/** A long-word flip needs at least this many of the four windows over the pair with the replacement (none as written). */
const LONG_WORD_WINDOWS = 3;

/**
 * Homophone words that complete a set term with their neighbours (湖北省富有保健院 for 妇幼保健院, 县疾病预防空置中心 for
 * 疾病预防控制中心): the replacement (x, y) joins the characters beside it into a dictionary word of four or more
 * characters that the written pair does not make (`joinsOnlyAsReplaced`, asked last: it costs a few dictionary
 * lookups), official texts use it at least twice, and the context flips to it in at least LONG_WORD_WINDOWS of the
 * four three-character windows over the pair and in none as written. The written word may be one official texts use
 * once or twice (富有, where pairContextFlips asks for never; pairCandidates looks at no pair they use more): a word
 * written on purpose rarely sits where the phrasing of a longer term asks for its homophone. Counts as a context flip
 * (Candidate.contextFlip) and as evidence of its own (Thresholds.longWordFlipBonus, longWordFlipMinCharGain).
 */
export function longWordFlips(model: Pick<ContextLookup, 'officialPairCount'>, x: number, y: number, basePhrase: number, candidatePhrase: number, joinsOnlyAsReplaced: () => boolean): boolean {
  return basePhrase === 0 && candidatePhrase >= LONG_WORD_WINDOWS && model.officialPairCount(x, y) >= 2 && joinsOnlyAsReplaced();
}

/** See outerWindowsAsk: from this many uses in official text a word's inner windows prove little. */
const OUTER_COMMON = 100;

/**
 * A flip to a common word of official texts (政治, 达到: at least OUTER_COMMON times) must also show in an outer
 * window (作出决 of 作出决定, 市场秩 of 市场秩序), one holding a single character of the word: the inner two
 * hold it whole, and so are set phrasing almost anywhere (人口现在正值生育高峰 → 在政治, 政治生; 从基本上打倒了吗
 * → 上达到, 达到了), saying no more than how common the word is. `text` holds (x, y) at `index`.
 */
export function outerWindowsAsk(model: ContextLookup, text: string, index: number, x: number, y: number): boolean {
  return model.officialPairCount(x, y) < OUTER_COMMON || model.pairOuterPhraseWindows(text, index) > 0;
}

/**
 * Real-word slips in vouched text (远程检测诊断 for 监测诊断, 自贸实验区 for 试验区, 传染病防止法 for 防治法): the
 * written character makes a common word with its neighbour (检测), so that pair vouches for it and the model's
 * usual search never looks at it. The build lists the words that one same-reading character turns into another
 * word of official texts (table realWords: 检测 → 监测), leaving out accepted spellings of one word (作出/做出);
 * for those only, the context decides, and only both ways at once: none of the three-character windows over the
 * character is set phrasing of official text as written (the written collocation is not theirs: 开展检测,
 * 检测机构 leave it alone), and every one is with the candidate (程监测, 监测诊: the texts use that collocation).
 * In mid-run that is three windows each way; where the character is the second or second-last of its run only
 * two lie inside it, too little alone (新兴工业 → 新型工, 修改和制订): the candidate must also complete a longer
 * dictionary word with its neighbour there (防治法, 联席会议).
 */
export function vouchedWordFlips(windows: number, basePhrase: number, candidatePhrase: number, completesLongWord: boolean): boolean {
  return basePhrase === 0 && windows >= 2 && candidatePhrase === windows && (windows === 3 || completesLongWord);
}

/**
 * Accepted spellings of one word (作出/做出, 其他/其它) and near-synonyms that official texts use side by side (制定/
 * 制订, 拟定/拟订, 精简/精减): choosing between them is house style, not a slip (要制订鼓励缩短工期的办法, 停止对其它国家的侵略,
 * 大力精减会议和文件: round 33, three held-out provincial and city reports).
 */
const ACCEPTED_VARIANTS = ['作出', '做出', '其他', '其它', '制定', '制订', '拟定', '拟订', '精简', '精减'];
/**
 * Spellings accepted one way only: the written word is the current official one, its replacement the older (法治 for
 * 法制 since the 2014 decision on 全面推进依法治国: 法治观念, 法治意识, 法治宣传 — 法治观念 read as 法制观念 four times on the
 * clean folders: heldout-s33t ×2, untouched-s34u, heldout-s36a; round 36). The other way stays a slip or a dated word worth a note (法制政府 in a 2008 report, ECSpell's
 * 法制化 → 法治化).
 */
const ONE_WAY_VARIANTS = ['法治法制'];
const VARIANT_PAIRS = new Set([...ACCEPTED_VARIANTS.flatMap((word, i) => (i % 2 === 0 ? [word + ACCEPTED_VARIANTS[i + 1], ACCEPTED_VARIANTS[i + 1] + word] : [])), ...ONE_WAY_VARIANTS]);

/** Are the written word and its replacement two accepted spellings of one word (ACCEPTED_VARIANTS, ONE_WAY_VARIANTS)? */
export function acceptedVariants(written: string, replacement: string): boolean {
  return VARIANT_PAIRS.has(written + replacement);
}

/** The bit of a word's value in the table realWords that marks a homophone word typed whole (see vouchedPairFlips). */
export const WHOLE_WORD = 4;

/** A vouched homophone word's context must give the replacement this many of the four windows over the pair (none as written). */
const VOUCHED_PAIR_WINDOWS = 3;

/**
 * Homophone words typed whole where the written word is one official texts use (开展公共自愿交易平台 for 资源, 推广政权
 * 期货 for 证券): words cannot tell, and the pair search's usual tests (pairContextFlips asks
 * for a written word official texts never use) leave it alone. The build lists the words official texts use three
 * times or more that are read like another two-character word they use at least as often (bit WHOLE_WORD of
 * realWords); of those, a word that vouches for its characters, which the pair search never sees, is asked about by
 * WrongCharacterModel.wholeWordCandidates, one that leaves them suspicious by pairCandidates. The context decides, both ways: neither outer neighbour holds the word, none
 * of the four three-character windows over the pair is set phrasing as written, at least VOUCHED_PAIR_WINDOWS are with
 * (x, y), official texts use (x, y) at least twice, and a common replacement also shows in an outer window (`outerAsk`:
 * outerWindowsAsk). A word written on purpose nearly always sits in some phrasing official texts share (温室气体自愿减排:
 * 自愿减; 历代中央政权: 中央政).
 */
export function vouchedPairFlips(model: Pick<ContextLookup, 'officialPairCount'>, x: number, y: number, basePhrase: number, candidatePhrase: number, outerAsk: () => boolean): boolean {
  return basePhrase === 0 && candidatePhrase >= VOUCHED_PAIR_WINDOWS && model.officialPairCount(x, y) >= 2 && outerAsk();
}

/** A homophone word the clause's words go with must still have at least this many of the four windows over the pair (none as written). */
const COLLOCATION_WINDOWS = 1;

/**
 * Homophone words typed whole that the windows say too little of (配合做好了解合适工作 for 核实, 入学联控连报工作机制 for
 * 联保: one window each, where pairContextFlips asks for two): the clause's words (the collocation filter of
 * wrong-character-collocations.ts) go with the replacement (x, y), collocationMin or more of them or all of them,
 * and none with the written word (`collocated`, asked last: it segments the run). Besides, none of the four
 * three-character windows over the pair is set phrasing as written, at least COLLOCATION_WINDOWS are with (x, y),
 * official texts use (x, y) at least twice, and it is no near reading. Counts as a context flip and as collocation
 * evidence (Candidate.contextFlip and Candidate.collocated), and the word model may lean a little the other way
 * (strongFlipMinSegGain: 合适 and 核实 are both words).
 */
export function collocationFlips(model: Pick<ContextLookup, 'officialPairCount'>, x: number, y: number, near: boolean, basePhrase: number, candidatePhrase: number, collocated: () => boolean): boolean {
  return !near && basePhrase === 0 && candidatePhrase >= COLLOCATION_WINDOWS && model.officialPairCount(x, y) >= 2 && collocated();
}
