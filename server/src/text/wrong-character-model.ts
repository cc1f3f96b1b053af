// The statistical model behind the wrong-character rule (错别字): for one character of a run of Han
// text, is there a character that is read the same (or nearly) or looks alike, and that makes the
// text around it much more probable? Two independent views must agree:
//   - words: the best segmentation of a short window with word costs from a dictionary (jieba's,
//     plus phrases recurring in official texts): 大数局 is 大/数/局, 大数据 one frequent word;
//   - characters: a bigram model of official-document language (which characters follow which).
// The data is built by tools/build-wrong-character-data.mjs and handed in as plain strings.

export type ConfusionKind = 'same' | 'near' | 'shape';

export interface WrongCharacterData {
  version: number;
  officialChars: number;
  /** "word<TAB>cost" lines; cost = −ln(p) × 100. */
  words: string;
  /** "char<TAB>cost" lines. */
  chars: string;
  /** "char<TAB>percent of its use inside names of places, people and organisations" lines. */
  names: string;
  /** "char<TAB>same reading<TAB>near reading<TAB>similar shape" lines, candidates most frequent first. */
  confusions: string;
  /** "char<TAB>count" lines of official text. */
  unigrams: string;
  /** "two chars<TAB>count" lines of official text. */
  bigrams: string;
}

export interface Candidate {
  /** Offset of the character in the run. */
  index: number;
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
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  report: 15,
  kindPenalty: { same: 0, near: 9, shape: 3 },
  realWordPenalty: 4,
  minCharGain: 3,
  minSegGain: 9,
  charWeight: 1,
};

/** Characters of the window each side of the position. */
const WINDOW = 4;
const MAX_WORD = 6;
/** Cost of a character the dictionary does not know at all. */
const UNKNOWN_CHAR_COST = 20;
/** Extra cost of a character standing alone: Chinese text is mostly words. */
const SINGLE_PENALTY = 2;

function parseCosts(lines: string): Map<string, number> {
  const map = new Map<string, number>();
  let at = 0;
  while (at < lines.length) {
    let end = lines.indexOf('\n', at);
    if (end < 0) end = lines.length;
    const tab = lines.indexOf('\t', at);
    map.set(lines.slice(at, tab), Number(lines.slice(tab + 1, end)));
    at = end + 1;
  }
  return map;
}

interface Confusions {
  same: string;
  near: string;
  shape: string;
}

export class WrongCharacterModel {
  private readonly words: Map<string, number>;
  private readonly chars: Map<string, number>;
  private readonly names: Map<string, number>;
  private readonly confusions = new Map<string, Confusions>();
  private readonly unigrams: Map<string, number>;
  private readonly bigrams: Map<string, number>;
  private readonly total: number;
  private readonly vocabulary: number;
  /** Pairs of adjacent characters inside some dictionary word: a cheap filter before any lookup. */
  private readonly pairs = new Set<number>();

  constructor(data: WrongCharacterData) {
    this.words = parseCosts(data.words);
    this.chars = parseCosts(data.chars);
    this.names = parseCosts(data.names);
    this.unigrams = parseCosts(data.unigrams);
    this.bigrams = parseCosts(data.bigrams);
    this.total = data.officialChars;
    this.vocabulary = this.unigrams.size + 1;
    for (const line of data.confusions.split('\n')) {
      const [c, same = '', near = '', shape = ''] = line.split('\t');
      if (c) this.confusions.set(c, { same, near, shape });
    }
    for (const word of this.words.keys()) {
      for (let i = 0; i + 1 < word.length; i++) this.pairs.add(word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1));
    }
  }

  /** Share (0–1) of the character's use inside names and abbreviations of places, people and organisations. */
  nameShare(c: string): number {
    return (this.names.get(c) ?? 0) / 100;
  }

  hasConfusions(c: string): boolean {
    return this.confusions.has(c);
  }

  wordCost(word: string): number | undefined {
    const cost = this.words.get(word);
    return cost === undefined ? undefined : cost / 100;
  }

  private charCost(c: string): number {
    const cost = this.chars.get(c);
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
      for (let len = 2; len <= MAX_WORD && i + len <= n; len++) {
        const cost = this.words.get(text.slice(i, i + len));
        if (cost !== undefined && best[i] + cost / 100 < best[i + len]) best[i + len] = best[i] + cost / 100;
      }
    }
    return best[n];
  }

  /** ln P(b | a) in official text, interpolated with the unigram probability of b. */
  private charLogProb(a: string | undefined, b: string): number {
    const ub = ((this.unigrams.get(b) ?? 0) + 0.5) / (this.total + this.vocabulary);
    if (a === undefined) return Math.log(ub);
    const ua = this.unigrams.get(a) ?? 0;
    const ab = this.bigrams.get(a + b) ?? 0;
    const alpha = 3;
    return Math.log((ab + alpha * ub) / (ua + alpha));
  }

  /** Does `c` at `index` of `run` sit inside a dictionary word (of 2+ characters)? */
  private insideWord(run: string, index: number): boolean {
    for (let start = Math.max(0, index - 3); start <= index; start++) {
      for (let end = Math.max(index + 1, start + 2); end <= Math.min(run.length, start + 4); end++) {
        if (this.words.has(run.slice(start, end))) return true;
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
        if (this.words.has(word)) return { word, start };
      }
    }
    return undefined;
  }

  /** Every confusable character that completes a dictionary word here, with the evidence for it. */
  candidates(run: string, index: number): Candidate[] {
    const c = run[index];
    const conf = this.confusions.get(c);
    if (!conf) return [];
    const from = Math.max(0, index - WINDOW);
    const to = Math.min(run.length, index + WINDOW + 1);
    let baseSeg: number | undefined;
    let realWord: boolean | undefined;
    const prev = index > 0 ? run[index - 1] : undefined;
    const next = index + 1 < run.length ? run[index + 1] : undefined;
    const baseChar = this.charLogProb(prev, c) + (next === undefined ? 0 : this.charLogProb(c, next));
    const found: Candidate[] = [];
    const consider = (candidates: string, kind: ConfusionKind) => {
      for (const d of candidates) {
        const around = this.wordAround(run, index, d);
        if (!around) continue;
        baseSeg ??= this.segmentCost(run.slice(from, to));
        realWord ??= this.insideWord(run, index);
        const window = run.slice(from, index) + d + run.slice(index + 1, to);
        const segGain = baseSeg - this.segmentCost(window);
        const charGain = this.charLogProb(prev, d) + (next === undefined ? 0 : this.charLogProb(d, next)) - baseChar;
        found.push({ index, wrong: c, right: d, kind, segGain, charGain, realWord, word: around.word, wordStart: around.start });
      }
    };
    consider(conf.same, 'same');
    consider(conf.near, 'near');
    consider(conf.shape, 'shape');
    return found;
  }

  /**
   * The likely corrections of the character at `index` of a run of Han characters, best first;
   * empty when the text as written is fine or the evidence is weak.
   */
  corrections(run: string, index: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Correction[] {
    const found: Correction[] = [];
    for (const candidate of this.candidates(run, index)) {
      const score = evidence(candidate, thresholds);
      if (score !== undefined) found.push({ ...candidate, score });
    }
    return found.sort((a, b) => b.score - a.score);
  }
}

/** The combined evidence for a candidate, or undefined when it does not reach the thresholds. */
export function evidence(candidate: Candidate, thresholds: Thresholds): number | undefined {
  if (candidate.charGain < thresholds.minCharGain || candidate.segGain < thresholds.minSegGain) return undefined;
  const score = candidate.segGain + thresholds.charWeight * candidate.charGain - thresholds.kindPenalty[candidate.kind] - (candidate.realWord ? thresholds.realWordPenalty : 0);
  return score >= thresholds.report ? score : undefined;
}
