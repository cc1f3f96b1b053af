// Loads the wrong-character rule's language data (dist/wrong-character.data.bin, packed tables built
// by tools/build-wrong-character-data.mjs) on first use: nothing is read at start-up or extension
// activation, and a document that never reaches the rule never pays for it. The file is read in one
// piece and viewed as typed arrays (text/packed-tables.ts): no JSON or string parsing.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPackedCountTables, readPackedTables } from '../text/packed-tables';
import { PackedWordDictionary, registerWordDictionaryLoader, WORD_TABLES, type WordDictionary } from '../text/word-dictionary';
import { registerWrongCharacterLoader } from '../text/wrong-character-provider';
import { WrongCharacterModel } from '../text/wrong-character-model';

export const DATA_FILE = 'wrong-character.data.bin';

let model: WrongCharacterModel | undefined;
let words: WordDictionary | undefined;

/** The data file beside the bundle (dist/), or in a dist/ folder above it (tests run from out/). */
export function findDataFile(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, DATA_FILE), join(dir, 'dist', DATA_FILE)]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The model read from `file`; throws with a one-line reason when the file is not usable. */
export function loadWrongCharacterModel(file: string): WrongCharacterModel {
  try {
    return new WrongCharacterModel(readPackedTables(readFileSync(file)));
  } catch (error) {
    throw new Error(`wrong-character: cannot read language data ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function wrongCharacterModel(): WrongCharacterModel {
  if (model) return model;
  const file = findDataFile();
  if (!file) throw new Error(`wrong-character: language data ${DATA_FILE} not found beside the program; rebuild with "npm run build"`);
  model = loadWrongCharacterModel(file);
  return model;
}

/** The word dictionary alone, read from `file` (its three tables, ≈ 5 of the 11 MB); throws with a one-line reason. */
export function loadWordDictionary(file: string): WordDictionary {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const descriptor = fd;
    const read = (position: number, length: number): Uint8Array => {
      const bytes = Buffer.allocUnsafeSlow(length); // a buffer of its own: aligned, not a slice of the pool
      return bytes.subarray(0, readSync(descriptor, bytes, 0, length, position));
    };
    return new PackedWordDictionary(readPackedCountTables(read, WORD_TABLES));
  } catch (error) {
    throw new Error(`word dictionary: cannot read language data ${file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The word dictionary: the model's own when it is loaded (simplified text), else its tables read
 * alone (traditional text, where the wrong-character rule never runs, needs no more).
 */
export function wordDictionary(): WordDictionary {
  if (model) {
    words = undefined; // the model holds the same tables
    return model;
  }
  if (words) return words;
  const file = findDataFile();
  if (!file) throw new Error(`word dictionary: language data ${DATA_FILE} not found beside the program; rebuild with "npm run build"`);
  words = loadWordDictionary(file);
  return words;
}

/** Give the rules these file loaders (text/wrong-character-provider.ts, text/word-dictionary.ts); the program's entries call it first. */
export function registerNodeLanguageData(): void {
  registerWrongCharacterLoader(wrongCharacterModel);
  registerWordDictionaryLoader(wordDictionary);
}
