// The statistical model behind the wrong-character rule (错别字): for one character of a run of Han
// text, is there a character that is read the same (or nearly) or looks alike, and that makes the
// text around it much more probable? Two independent views must agree:
//   - words: the best segmentation of a short window with word costs from a dictionary (jieba's,
//     plus phrases recurring in official texts): 大数局 is 大/数/局, 大数据 one frequent word;
//   - characters: a bigram model of official-document language (which characters follow which).
// The data is built by tools/build-wrong-character-data.mjs and handed in as plain strings.

export type ConfusionKind = 'same' | 'near' | 'shape';

/** Keys of one fixed width concatenated, and one value (a UTF-16 code unit) per key. */
export interface PackedTable {
  keys: string;
  values: string;
}

export interface WrongCharacterData {
  version: 2;
  /** Han characters of official text behind the counts. */
  officialChars: number;
  /** Word costs (−ln p × 100) of two-character, three-character and longer words ("\n"-separated keys). */
  words2: PackedTable;
  words3: PackedTable;
  wordsLong: PackedTable;
  /** Cost of a character standing as a word. */
  chars: PackedTable;
  /** Percent of a character's use inside names of places, people and organisations. */
  names: PackedTable;
  /** Character and character-pair counts of official text. */
  unigrams: PackedTable;
  bigrams: PackedTable;
  /** "char<TAB>same reading<TAB>near reading<TAB>similar shape" lines, candidates most frequent first. */
  confusions: string;
  /** "char<TAB>reading reading" lines (toneless pinyin) of every confusable character. */
  readings: string;
  /** "reading reading<TAB>words" lines: common two-character words by their toneless reading, concatenated. */
  readingPairs: string;
}

export interface Candidate {
  /** Offset of the (first) character in the run. */
  index: number;
  /** The written character, or the two written characters of a pair slip (平谷 for 评估). */
  wrong: string;
  right: string;
  kind: ConfusionKind;
  /** How much cheaper (in nats) the best segmentation of the window is with `right`. */
  segGain: number;
  /** How much more probable (in nats) `right` is beside its neighbours in official text. */
  charGain: number;
  /** The written character already sits inside a dictionary word. */
  realWord: boolean;
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
  /** A pair of characters seen this often in official texts is evidence enough that the text is fine. */
  attested: number;
  /** Extra evidence needed when two adjacent characters are both replaced (two chances to be wrong). */
  pairPenalty: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  report: 20,
  kindPenalty: { same: 0, near: 9, shape: 3 },
  realWordPenalty: 2,
  minCharGain: 3,
  minSegGain: 6,
  charWeight: 1,
  pairPenalty: 10,
  attested: 3,
};

/** Characters of the window each side of the position. */
const WINDOW = 4;
const MAX_WORD = 6;
/** Cost of a character the dictionary does not know at all. */
const UNKNOWN_CHAR_COST = 20;
/** Extra cost of a character standing alone: Chinese text is mostly words. */
const SINGLE_PENALTY = 2;
/** Pair slips: how many of the readings' words, best by the character model, the word model weighs. */
const PAIR_SEGMENTED = 3;

/** Fills `map` from a packed table whose keys are `width` code units, keyed by their codes (a × 65536 + b …). */
function unpackNumeric(table: PackedTable, width: 1 | 2 | 3, map: Map<number, number>): Map<number, number> {
  const { keys, values } = table;
  for (let i = 0, k = 0; i < values.length; i++, k += width) {
    let key = keys.charCodeAt(k);
    for (let j = 1; j < width; j++) key = key * 65536 + keys.charCodeAt(k + j);
    map.set(key, values.charCodeAt(i));
  }
  return map;
}

/** Numeric key of `text[at, at + width)`, as unpackNumeric builds it. */
function keyAt(text: string, at: number, width: number): number {
  let key = text.charCodeAt(at);
  for (let j = 1; j < width; j++) key = key * 65536 + text.charCodeAt(at + j);
  return key;
}

interface Confusions {
  same: string;
  near: string;
  shape: string;
}

export class WrongCharacterModel {
  /** Words of 4–6 characters by text; shorter ones by numeric key (see keyAt). */
  private readonly words = new Map<string, number>();
  private readonly words3 = new Map<number, number>();
  private readonly chars = new Map<number, number>();
  private readonly names = new Map<number, number>();
  /** Confusion lines by character, parsed on first use. */
  private readonly confusionLines = new Map<string, string>();
  private readonly confusions = new Map<string, Confusions>();
  private readonly unigrams = new Map<number, number>();
  /** Official-text bigram counts keyed by the two UTF-16 codes (a × 65536 + b): no string building per lookup. */
  private readonly bigrams = new Map<number, number>();
  /** Two-character words keyed the same way: most lookups of the segmentation are for them. */
  private readonly words2 = new Map<number, number>();
  private readonly total: number;
  private readonly vocabulary: number;
  /** Pairs of adjacent characters inside some dictionary word: a cheap filter before any lookup. */
  private readonly pairs = new Set<number>();
  /** Toneless readings of confusable characters, and common two-character words by reading pair. */
  private readonly readings = new Map<string, string[]>();
  private readonly wordsByReading = new Map<string, string>();

  constructor(data: WrongCharacterData) {
    unpackNumeric(data.words2, 2, this.words2);
    unpackNumeric(data.words3, 3, this.words3);
    unpackNumeric(data.chars, 1, this.chars);
    unpackNumeric(data.names, 1, this.names);
    unpackNumeric(data.unigrams, 1, this.unigrams);
    unpackNumeric(data.bigrams, 2, this.bigrams);
    const long = data.wordsLong.keys.split('\n');
    long.forEach((word, i) => this.words.set(word, data.wordsLong.values.charCodeAt(i)));
    this.total = data.officialChars;
    this.vocabulary = this.unigrams.size + 1;
    for (const line of data.confusions.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.confusionLines.set(line.slice(0, tab), line);
    }
    for (const line of data.readings.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.readings.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
    }
    for (const line of data.readingPairs.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.wordsByReading.set(line.slice(0, tab), line.slice(tab + 1));
    }
    // Pairs inside words, for the cheap first test of a candidate.
    for (const key of this.words2.keys()) this.pairs.add(key);
    for (const key of this.words3.keys()) {
      this.pairs.add(Math.floor(key / 65536));
      this.pairs.add(key % 4294967296);
    }
    for (const word of long) for (let i = 0; i + 1 < word.length; i++) this.pairs.add(word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1));
  }

  /** Whether `word` (of 2–6 simplified characters) is in the dictionary (jieba's words and idioms, official phrases). */
  hasWord(word: string): boolean {
    if (word.length === 2) return this.words2.has(keyAt(word, 0, 2));
    if (word.length === 3) return this.words3.has(keyAt(word, 0, 3));
    return this.words.has(word);
  }

  private confusionsOf(c: string): Confusions | undefined {
    let conf = this.confusions.get(c);
    if (conf) return conf;
    const line = this.confusionLines.get(c);
    if (!line) return undefined;
    const [, same = '', near = '', shape = ''] = line.split('\t');
    conf = { same, near, shape };
    this.confusions.set(c, conf);
    return conf;
  }

  /** Share (0–1) of the character's use inside names and abbreviations of places, people and organisations. */
  nameShare(c: string): number {
    return (this.names.get(c.charCodeAt(0)) ?? 0) / 100;
  }

  hasConfusions(c: string): boolean {
    return this.confusionLines.has(c);
  }


  private charCost(c: string): number {
    const cost = this.chars.get(c.charCodeAt(0));
    return (cost === undefined ? UNKNOWN_CHAR_COST : cost / 100) + SINGLE_PENALTY;
  }

  /** Cost of the best segmentation of `text` into dictionary words and single characters. */
  segmentCost(text: string): number {
    const n = text.length;
    const best = new Float64Array(n + 1).fill(Infinity);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      const single = best[i] + this.charCost(text[i]);
      if (single < best[i + 1]) best[i + 1] = single;
      if (i + 2 <= n) {
        const cost = this.words2.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
        if (cost !== undefined && best[i] + cost / 100 < best[i + 2]) best[i + 2] = best[i] + cost / 100;
      }
      if (i + 3 <= n) {
        const cost = this.words3.get(keyAt(text, i, 3));
        if (cost !== undefined && best[i] + cost / 100 < best[i + 3]) best[i + 3] = best[i] + cost / 100;
      }
      for (let len = 4; len <= MAX_WORD && i + len <= n; len++) {
        const cost = this.words.get(text.slice(i, i + len));
        if (cost !== undefined && best[i] + cost / 100 < best[i + len]) best[i + len] = best[i] + cost / 100;
      }
    }
    return best[n];
  }

  /** ln P(b | a) in official text, interpolated with the unigram probability of b. */
  private charLogProb(a: string | undefined, b: string): number {
    const ub = ((this.unigrams.get(b.charCodeAt(0)) ?? 0) + 0.5) / (this.total + this.vocabulary);
    if (a === undefined) return Math.log(ub);
    const ua = this.unigrams.get(a.charCodeAt(0)) ?? 0;
    const ab = this.bigrams.get(a.charCodeAt(0) * 65536 + b.charCodeAt(0)) ?? 0;
    const alpha = 3;
    return Math.log((ab + alpha * ub) / (ua + alpha));
  }

  /**
   * A pair around `index` occurs at least `atLeast` times in the official texts: the character is at
   * home beside a neighbour. A slip seldom is (数局, 染物); real-word slips are out of reach anyway.
   */
  private attested(run: string, index: number, atLeast: number): boolean {
    const code = run.charCodeAt(index);
    if (index > 0 && (this.bigrams.get(run.charCodeAt(index - 1) * 65536 + code) ?? 0) >= atLeast) return true;
    return index + 1 < run.length && (this.bigrams.get(code * 65536 + run.charCodeAt(index + 1)) ?? 0) >= atLeast;
  }

  /** Does the character at `index` sit inside a dictionary word of 3–6 characters (勠力同心, 慢阻肺)? Written on purpose. */
  private insideLongWord(run: string, index: number): boolean {
    for (let start = Math.max(0, index - MAX_WORD + 1); start <= index; start++) {
      for (let end = Math.max(index + 1, start + 3); end <= Math.min(run.length, start + MAX_WORD); end++) {
        if (this.hasWord(run.slice(start, end))) return true;
      }
    }
    return false;
  }

  /** Does `c` at `index` of `run` sit inside a dictionary word (of 2+ characters)? */
  private insideWord(run: string, index: number): boolean {
    for (let start = Math.max(0, index - 3); start <= index; start++) {
      for (let end = Math.max(index + 1, start + 2); end <= Math.min(run.length, start + 4); end++) {
        if (this.hasWord(run.slice(start, end))) return true;
      }
    }
    return false;
  }

  /** The shortest dictionary word of `run` (with `c` at `index`) that covers `index`, if any. */
  private wordAround(run: string, index: number, c: string): { word: string; start: number } | undefined {
    const prev = index > 0 ? run.charCodeAt(index - 1) : -1;
    const next = index + 1 < run.length ? run.charCodeAt(index + 1) : -1;
    const code = c.charCodeAt(0);
    if (!(prev >= 0 && this.pairs.has(prev * 65536 + code)) && !(next >= 0 && this.pairs.has(code * 65536 + next))) return undefined;
    for (let len = 2; len <= 4; len++) {
      for (let start = Math.max(0, index - len + 1); start <= index && start + len <= run.length; start++) {
        const word = run.slice(start, index) + c + run.slice(index + 1, start + len);
        if (this.hasWord(word)) return { word, start };
      }
    }
    return undefined;
  }

  /** Every confusable character that completes a dictionary word here, with the evidence for it. */
  candidates(run: string, index: number, minCharGain = -Infinity, attested = DEFAULT_THRESHOLDS.attested): Candidate[] {
    const c = run[index];
    const conf = this.confusionsOf(c);
    if (!conf) return [];
    // Well-attested text: the character is common beside both neighbours in official documents.
    if (this.attested(run, index, attested)) return [];
    const from = Math.max(0, index - WINDOW);
    const to = Math.min(run.length, index + WINDOW + 1);
    let baseSeg: number | undefined;
    let realWord: boolean | undefined;
    const prev = index > 0 ? run[index - 1] : undefined;
    const next = index + 1 < run.length ? run[index + 1] : undefined;
    const baseChar = this.charLogProb(prev, c) + (next === undefined ? 0 : this.charLogProb(c, next));
    const prevCode = index > 0 ? run.charCodeAt(index - 1) : -1;
    const nextCode = index + 1 < run.length ? run.charCodeAt(index + 1) : -1;
    const found: Candidate[] = [];
    const consider = (candidates: string, kind: ConfusionKind) => {
      for (const d of candidates) {
        // Cheapest tests first: most candidates pair with neither neighbour inside any dictionary word,
        // most of the rest fail the character model, and few reach the segmentation.
        const code = d.charCodeAt(0);
        if (!(prevCode >= 0 && this.pairs.has(prevCode * 65536 + code)) && !(nextCode >= 0 && this.pairs.has(code * 65536 + nextCode))) continue;
        const charGain = this.charLogProb(prev, d) + (next === undefined ? 0 : this.charLogProb(d, next)) - baseChar;
        if (charGain < minCharGain) continue;
        const around = this.wordAround(run, index, d);
        if (!around) continue;
        // Inside an idiom or set phrase of the dictionary (勠力同心, 慢阻肺) the character is on purpose.
        if (baseSeg === undefined && this.insideLongWord(run, index)) return [];
        baseSeg ??= this.segmentCost(run.slice(from, to));
        realWord ??= this.insideWord(run, index);
        const window = run.slice(from, index) + d + run.slice(index + 1, to);
        const segGain = baseSeg - this.segmentCost(window);
        found.push({ index, wrong: c, right: d, kind, segGain, charGain, realWord, word: around.word, wordStart: around.start });
      }
    };
    consider(conf.same, 'same');
    consider(conf.near, 'near');
    consider(conf.shape, 'shape');
    return found;
  }

  /** Does `pair`, put in place at `index`, make a dictionary word of 4 characters with its neighbours (联席会议; 管理者 is too easily made)? */
  private joinsNeighbours(run: string, index: number, pair: string): boolean {
    for (let start = Math.max(0, index - 2); start <= index; start++) {
      for (let end = Math.min(run.length, index + 4); end >= index + 2; end--) {
        if (end - start >= 4 && this.hasWord(run.slice(start, index) + pair + run.slice(index + 2, end))) return true;
      }
    }
    return false;
  }

  /** A pair (numeric key) that is a dictionary word or attested in official texts. */
  private familiar(key: number, attested: number): boolean {
    return this.words2.has(key) || (this.bigrams.get(key) ?? 0) >= attested;
  }

  /**
   * Both characters at `index` and `index + 1` typed for others of the same reading (平谷机制 for
   * 评估机制, 菜狗法律 for 采购法律): common two-character words read like the written pair. Only where
   * the written pair is neither a word nor a pair official texts use.
   */
  pairCandidates(run: string, index: number, minCharGain = -Infinity, attested = DEFAULT_THRESHOLDS.attested): Candidate[] {
    if (index + 1 >= run.length) return [];
    const pairKey = run.charCodeAt(index) * 65536 + run.charCodeAt(index + 1);
    if ((this.bigrams.get(pairKey) ?? 0) >= attested) return [];
    // A written pair that is itself a word (悔意 in 联席悔意办公室) is a slip only when the replacement
    // joins its neighbours into a longer dictionary word (联席会议).
    const writtenWord = this.words2.has(pairKey);
    // Each written character must be a stranger to its outer neighbour too: at a word boundary of
    // clean text (…构|平|谷|机…) one of them usually belongs to the word beside it.
    if (index > 0 && this.familiar(run.charCodeAt(index - 1) * 65536 + run.charCodeAt(index), attested)) return [];
    if (index + 2 < run.length && this.familiar(run.charCodeAt(index + 1) * 65536 + run.charCodeAt(index + 2), attested)) return [];
    const a = run[index];
    const b = run[index + 1];
    const ra = this.readings.get(a);
    const rb = this.readings.get(b);
    if (!ra || !rb) return [];
    const prev = index > 0 ? run[index - 1] : undefined;
    const next = index + 2 < run.length ? run[index + 2] : undefined;
    const triple = (x: string, y: string) => this.charLogProb(prev, x) + this.charLogProb(x, y) + (next === undefined ? 0 : this.charLogProb(y, next));
    let baseChar: number | undefined;
    let baseSeg: number | undefined;
    const from = Math.max(0, index - WINDOW);
    const to = Math.min(run.length, index + 2 + WINDOW);
    // The character model is cheap: the word model only sees the few pairs it likes best.
    const liked: { x: string; y: string; charGain: number }[] = [];
    for (const pa of ra) {
      for (const pb of rb) {
        const words = this.wordsByReading.get(pa + ' ' + pb);
        if (!words) continue;
        for (let k = 0; k < words.length; k += 2) {
          const x = words[k];
          const y = words[k + 1];
          if (x === a || y === b) continue;
          baseChar ??= triple(a, b);
          const charGain = triple(x, y) - baseChar;
          if (charGain >= minCharGain) liked.push({ x, y, charGain });
        }
      }
    }
    const found: Candidate[] = [];
    for (const { x, y, charGain } of liked.sort((p, q) => q.charGain - p.charGain).slice(0, PAIR_SEGMENTED)) {
      if (writtenWord && !this.joinsNeighbours(run, index, x + y)) continue;
      baseSeg ??= this.segmentCost(run.slice(from, to));
      const segGain = baseSeg - this.segmentCost(run.slice(from, index) + x + y + run.slice(index + 2, to));
      found.push({ index, wrong: a + b, right: x + y, kind: 'same', segGain, charGain, realWord: writtenWord, word: x + y, wordStart: index });
    }
    return found;
  }

  /**
   * The likely corrections of the character at `index` of a run of Han characters, best first;
   * empty when the text as written is fine or the evidence is weak.
   */
  corrections(run: string, index: number, thresholds: Thresholds = DEFAULT_THRESHOLDS, pairs = false): Correction[] {
    const found: Correction[] = [];
    const candidates = this.candidates(run, index, thresholds.minCharGain, thresholds.attested);
    if (pairs) candidates.push(...this.pairCandidates(run, index, thresholds.minCharGain, thresholds.attested));
    for (const candidate of candidates) {
      const score = evidence(candidate, thresholds);
      if (score !== undefined) found.push({ ...candidate, score });
    }
    return found.sort((a, b) => b.score - a.score);
  }
}

/** The combined evidence for a candidate, or undefined when it does not reach the thresholds. */
export function evidence(candidate: Candidate, thresholds: Thresholds): number | undefined {
  if (candidate.charGain < thresholds.minCharGain || candidate.segGain < thresholds.minSegGain) return undefined;
  const score =
    candidate.segGain +
    thresholds.charWeight * candidate.charGain -
    thresholds.kindPenalty[candidate.kind] -
    (candidate.realWord ? thresholds.realWordPenalty : 0) -
    (candidate.wrong.length > 1 ? thresholds.pairPenalty : 0);
  return score >= thresholds.report ? score : undefined;
}
