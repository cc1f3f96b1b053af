// Loads the wrong-character rule's language data (dist/wrong-character.data.bin, packed tables built
// by tools/build-wrong-character-data.mjs) on first use: nothing is read at start-up or extension
// activation, and a document that never reaches the rule never pays for it. The file is read in one
// piece and viewed as typed arrays (text/packed-tables.ts): no JSON or string parsing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPackedTables } from '../text/packed-tables';
import { registerWrongCharacterLoader } from '../text/wrong-character-provider';
import { WrongCharacterModel } from '../text/wrong-character-model';

export const DATA_FILE = 'wrong-character.data.bin';

let model: WrongCharacterModel | undefined;

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

/** Give the rules this file loader (text/wrong-character-provider.ts); the program's entries call it first. */
export function registerNodeLanguageData(): void {
  registerWrongCharacterLoader(wrongCharacterModel);
}
