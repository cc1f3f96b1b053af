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
import { Prefetch } from './prefetch';

const DATA_FILE = 'wrong-character.data.bin';

let model: WrongCharacterModel | undefined;
let words: WordDictionary | undefined;
let prefetch: Prefetch | undefined;

/** The data file beside the bundle (dist/), or in a dist/ folder above it (tests run from out/). */
export function findDataFile(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, DATA_FILE), join(dir, 'dist', DATA_FILE)]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Start reading the data file in the background (node/prefetch.ts): the language server does when it
 * answers `initialize`. The first model or dictionary load takes the bytes if they have arrived.
 */
export function prefetchLanguageData(): void {
  const file = findDataFile();
  if (!file) return; // reported by the first load, as without a prefetch
  prefetch = new Prefetch(file);
  prefetch.start();
}

/** The prefetched bytes of `file`, if they have arrived; the prefetch is over either way. */
function takePrefetched(file: string): Buffer | undefined {
  const started = prefetch;
  prefetch = undefined;
  return started?.file === file ? started.take() : undefined;
}

/** The model read from `file` (or made from its `bytes`, read already); throws with a one-line reason when the file is not usable. */
export function loadWrongCharacterModel(file: string, bytes?: Uint8Array): WrongCharacterModel {
  try {
    return new WrongCharacterModel(readPackedTables(bytes ?? readFileSync(file)));
  } catch (error) {
    throw new Error(`wrong-character: cannot read language data ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function wrongCharacterModel(): WrongCharacterModel {
  if (model) return model;
  const file = findDataFile();
  if (!file) throw new Error(`wrong-character: language data ${DATA_FILE} not found beside the program; rebuild with "npm run build"`);
  model = loadWrongCharacterModel(file, takePrefetched(file));
  return model;
}

/**
 * The word dictionary alone, read from `file` (its three tables, ≈ 5 of the 11 MB), or copied out of
 * the whole file's `bytes` read already (so that the rest can go); throws with a one-line reason.
 */
export function loadWordDictionary(file: string, bytes?: Uint8Array): WordDictionary {
  if (bytes) {
    try {
      return new PackedWordDictionary(readPackedCountTables((position, length) => ownCopy(bytes.subarray(position, position + length)), WORD_TABLES));
    } catch (error) {
      throw new Error(`word dictionary: cannot read language data ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
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
function wordDictionary(): WordDictionary {
  if (model) {
    words = undefined; // the model holds the same tables
    return model;
  }
  if (words) return words;
  const file = findDataFile();
  if (!file) throw new Error(`word dictionary: language data ${DATA_FILE} not found beside the program; rebuild with "npm run build"`);
  words = loadWordDictionary(file, takePrefetched(file));
  return words;
}

/** Give the rules these file loaders (text/wrong-character-provider.ts, text/word-dictionary.ts); the program's entries call it first. */
export function registerNodeLanguageData(): void {
  registerWrongCharacterLoader(wrongCharacterModel);
  registerWordDictionaryLoader(wordDictionary);
}

/** A copy in a buffer of its own: aligned for typed-array views, not a slice of the pool. */
function ownCopy(bytes: Uint8Array): Uint8Array {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  copy.set(bytes);
  return copy;
}
