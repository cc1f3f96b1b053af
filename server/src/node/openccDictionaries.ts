// Reads OpenCC's dictionaries file (dist/opencc-dicts.bin, UTF-16LE text that esbuild.mjs writes from
// opencc-js) for the rules (text/opencc.ts): the platform-free core gets its text, never the file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { registerOpenCCDictionaries } from '../text/opencc';

export const DICTIONARIES_FILE = 'opencc-dicts.bin';

/** The file beside the bundle (dist/), or in a dist/ folder above it (tests run from out/). */
function findDictionariesFile(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, DICTIONARIES_FILE), join(dir, 'dist', DICTIONARIES_FILE)]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The file's text, or undefined when it is missing or unreadable (the rules then require opencc-js). */
export function readDictionariesText(file = findDictionariesFile()): string | undefined {
  try {
    return file ? readFileSync(file).toString('utf16le') : undefined;
  } catch {
    return undefined;
  }
}

/** Give the rules this reader; the program's entries call it first (read on first use only). */
export function registerNodeOpenCCDictionaries(): void {
  registerOpenCCDictionaries(() => readDictionariesText());
}
