// Where the wrong-character model comes from. Its data is a file the platform reads (the Node layer:
// node/wrongCharacterData.ts), so the rules that use it ask here, and the program registers the loader
// once at start-up (the CLI, its workers, the language server; tests and benchmarks through their build).
import type { WrongCharacterModel } from './wrong-character-model';

let loader: (() => WrongCharacterModel) | undefined;

/** Set the function that returns the model (loaded on its first call; the loader caches it). */
export function registerWrongCharacterLoader(load: () => WrongCharacterModel): void {
  loader = load;
}

/** The model; throws with a one-line reason (reported as the rule's internal error) when none is registered. */
export function wrongCharacterModel(): WrongCharacterModel {
  if (!loader) throw new Error('wrong-character: no language data loader registered (the CLI and the language server register one)');
  return loader();
}
