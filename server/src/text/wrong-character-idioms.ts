// Set phrases for the wrong-character model (错别字): idioms and fixed phrases of four characters
// (全力以赴, 刻不容缓, 因地制宜, 扶贫开发). A slip inside one (全力以附, 应地制宜) often leaves the
// character model unconvinced — the right character is rare in running official text, so the pair it
// makes with its neighbour looks no likelier than the slip's — while the phrase itself says clearly
// what belongs there. The test here: the candidate completes a dictionary word of four characters
// (jieba's idioms and set phrases, and the phrases that recur in official texts) that is common or
// used in official texts, and the written character sits in no dictionary word at all (so the written
// window is no word or phrase either). The model looks for such a phrase where its character
// statistics doubt the candidate, and counts one as evidence also where the candidate forms no
// shorter word (因地制宜); it then asks less of the character statistics and adds the phrase's
// evidence (Thresholds.setPhrase*). The phrases are the model's word tables; the data adds only a filter of their
// windows (SetPhraseFilter), so that most positions are known to have none before any candidate is tried.

/** The word lookups this needs from the model (WrongCharacterModel implements them). */
export interface PhraseLookup {
  /** Cost (−ln p, nats) of the dictionary word text[start, end) with text[at] read as `code`; −1: not a word. */
  wordCostWith(text: string, start: number, end: number, at: number, code: number): number;
  /** Is text[start, start + 3) set phrasing of official text (seen twice or more), with text[at] read as `code`? */
  officialTrigramWith(text: string, start: number, at: number, code: number): boolean;
}

/**
 * The shortest and longest set phrases looked for: four characters, the idioms' length (five and six
 * found nothing more on ECSpell or the probes, and cost lookups for every doubted candidate).
 */
export const MIN_PHRASE = 4;
export const MAX_PHRASE = 4;
/**
 * Only phrases at least this common (−ln p, nats: about five uses in jieba's counts, or four in the
 * official texts), or used in official texts (phraseInOfficialText): the rarest entries of jieba's
 * dictionary include variants and names of idioms (救火拯溺, 救焚拯弱 beside 救焚拯溺), which would
 * "correct" an idiom the dictionary lacks.
 */
export const MAX_PHRASE_COST = 16.3;

/** Every three characters in a row of the phrase text[start, end) (text[at] read as `code`) are set phrasing of official text (稳中有进). */
function phraseInOfficialText(model: PhraseLookup, text: string, start: number, end: number, at: number, code: number): boolean {
  for (let k = start; k + 3 <= end; k++) if (!model.officialTrigramWith(text, k, at, code)) return false;
  return true;
}

/**
 * The set phrase (MIN_PHRASE–MAX_PHRASE characters) of `run` that covers `index` once the character there is `code`,
 * or undefined. `joinsPrev`/`joinsNext`: whether `code` pairs with the previous (next) character inside
 * some word; a phrase reaching across a pair that is in no word cannot exist, so it is not looked up.
 */
export function setPhraseAround(model: PhraseLookup, run: string, index: number, code: number, joinsPrev: boolean, joinsNext: boolean): { word: string; start: number } | undefined {
  for (let len = MIN_PHRASE; len <= MAX_PHRASE; len++) {
    for (let start = Math.max(0, index - len + 1); start <= index && start + len <= run.length; start++) {
      if ((start < index && !joinsPrev) || (start + len - 1 > index && !joinsNext)) continue;
      const cost = model.wordCostWith(run, start, start + len, index, code);
      if (cost >= 0 && (cost <= MAX_PHRASE_COST || phraseInOfficialText(model, run, start, start + len, index, code))) {
        return { word: run.slice(start, index) + String.fromCharCode(code) + run.slice(index + 1, start + len), start };
      }
    }
  }
  return undefined;
}

/** SetPhraseFilter has 2^this bits (128 KB; with its ~70,000 keys about one window in fifteen without a key gets through). */
const SET_PHRASE_FILTER_BITS = 20;

/**
 * Whether a set phrase can cover a position at all, asked before any candidate is tried: a Bloom filter (one hash)
 * of the keys "three characters of a phrase in order, and the position k (0–3) of the fourth", for every
 * four-character word that setPhraseAround() may find — common (MAX_PHRASE_COST) or phrasing of official texts
 * (phraseInOfficialText), a test of the word alone. A position none of whose windows (run[s, s + 4) for
 * s = index − 3 … index, its own character left out) has a key gets no set phrase, whatever the candidate; a window
 * without a key may get through (about one in fifteen), one with a key never fails. Of ~25,800 suspicious
 * positions per MB of official text, ~4,100 have a key, 45 a candidate that completes a phrase. The data build
 * computes the bits (phraseFilter in tools/build-wrong-character-data.mjs, with the same phraseKey). It knows phrases
 * of four characters only (MIN_PHRASE = MAX_PHRASE = 4): other lengths would need their own windows.
 */
export class SetPhraseFilter {
  /** `bits`: 2^SET_PHRASE_FILTER_BITS bits, bit i in unit i >> 4 (the data's one item phraseFilter). */
  constructor(private readonly bits: Uint16Array) {
    if (bits.length !== 2 ** (SET_PHRASE_FILTER_BITS - 4)) throw new Error('wrong-character data has a set-phrase filter of another size; rebuild with "npm run build"');
  }

  /** May some set phrase cover text[start, start + 4) with a character of its own at `index` (inside it)? false: none can. */
  mayCover(text: string, start: number, index: number): boolean {
    const k = index - start;
    // The other three characters in order: those before k, then those after it.
    const bit = phraseKey(text.charCodeAt(start + (k === 0 ? 1 : 0)), text.charCodeAt(start + (k <= 1 ? 2 : 1)), text.charCodeAt(start + (k <= 2 ? 3 : 2)), k);
    return ((this.bits[bit >>> 4] ?? 0) & (1 << (bit & 15))) !== 0;
  }
}

/** The filter bit of the key (a, b, c: the three other characters of a four-character window in order; k: the position of the fourth), by Fibonacci hashing. */
function phraseKey(a: number, b: number, c: number, k: number): number {
  const high = (a << 16) | b;
  return Math.imul(high ^ Math.imul((c << 2) ^ k ^ (high >>> 16), 0x85ebca6b), 0x9e3779b1) >>> (32 - SET_PHRASE_FILTER_BITS);
}
