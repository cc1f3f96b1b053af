// The word dictionary behind the wrong-character model (jieba's words and idioms, phrases recurring in
// official texts), for rules that only ask whether a word is in it (repeated-word). Its tables are part
// of the wrong-character data file: the platform (node/wrongCharacterData.ts) registers a loader that
// reads just those tables when the model itself is not loaded — traditional text, which the
// wrong-character rule never examines, then costs a few megabytes read instead of the whole model.
import { ABSENT, type CountTable } from './packed-tables';

export interface WordDictionary {
  /** Whether `word` (3 to 6 simplified characters) is in the dictionary. */
  hasWord(word: string): boolean;
  /** How often official texts use the (simplified) character `c` (0 when never). */
  officialCharUses(c: string): number;
}

/** The tables a PackedWordDictionary reads from the data file (unigrams: the characters' counts, a small table). */
export const WORD_TABLES = ['wordStarts', 'words3', 'wordsLong', 'unigrams'] as const;

/** The unigrams table's mark for a character official texts never use (the model's ABSENT_COUNT). */
const NEVER_USED = 0xffff;

const MAX_WORD = 6;

/**
 * The dictionary from the data file's tables, answering as the model's own hasWord does for words of
 * 2–6 characters: wordStarts says which lengths of word start with a character pair (bit 2: the pair
 * is a word), words3 and wordsLong hold the longer words.
 */
export class PackedWordDictionary implements WordDictionary {
  constructor(private readonly tables: ReadonlyMap<string, CountTable>) {
    for (const name of WORD_TABLES) if (!tables.has(name)) throw new Error(`word dictionary lacks the table ${name}`);
  }

  hasWord(word: string): boolean {
    const length = word.length;
    if (length < 2 || length > MAX_WORD) return false;
    const starts = this.tables.get('wordStarts')!.getPair(word.charCodeAt(0), word.charCodeAt(1));
    if (starts < 0 || ((starts >>> length) & 1) === 0) return false;
    if (length === 2) return true; // bit 2: the pair itself is a word
    return this.tables.get(length === 3 ? 'words3' : 'wordsLong')!.get(word, 0, length) !== ABSENT;
  }

  officialCharUses(c: string): number {
    if (c.length !== 1) return 0;
    const count = this.tables.get('unigrams')!.getCode(c.charCodeAt(0));
    return count < 0 || count === NEVER_USED ? 0 : count;
  }
}

let loader: (() => WordDictionary) | undefined;

/** Set the function that returns the dictionary (loaded on its first call; the loader caches it). */
export function registerWordDictionaryLoader(load: () => WordDictionary): void {
  loader = load;
}

/** The dictionary; throws with a one-line reason (reported as the rule's internal error) when none is registered. */
export function wordDictionary(): WordDictionary {
  if (!loader) throw new Error('word dictionary: no loader registered (the CLI and the language server register one)');
  return loader();
}
