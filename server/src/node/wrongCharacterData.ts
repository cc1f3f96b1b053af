// Loads the wrong-character rule's language data (dist/wrong-character.data.json, built by
// tools/build-wrong-character-data.mjs) on first use: nothing is read at start-up or extension
// activation, and a document that never reaches the rule never pays for it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WrongCharacterModel, type WrongCharacterData } from '../text/wrong-character-model';

export const DATA_FILE = 'wrong-character.data.json';

let model: WrongCharacterModel | undefined;

/** The data file beside the bundle (dist/), or in a dist/ folder above it (tests run from out/). */
export function findDataFile(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, DATA_FILE), join(dir, 'dist', DATA_FILE)]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function wrongCharacterModel(): WrongCharacterModel {
  if (model) return model;
  const file = findDataFile();
  if (!file) throw new Error(`wrong-character: language data ${DATA_FILE} not found beside the program; rebuild with "npm run build"`);
  model = new WrongCharacterModel(JSON.parse(readFileSync(file, 'utf8')) as WrongCharacterData);
  return model;
}
