// Reads OpenCC's dictionaries file (dist/opencc-dicts.bin, UTF-16LE text that esbuild.mjs writes from
// opencc-js) for the rules (text/opencc.ts): the platform-free core gets its text, never the file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { registerOpenCCDictionaries } from '../text/opencc';
import { Prefetch } from './prefetch';

export const DICTIONARIES_FILE = 'opencc-dicts.bin';

/** The file beside the bundle (dist/), or in a dist/ folder above it (tests run from out/). */
function findDictionariesFile(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, DICTIONARIES_FILE), join(dir, 'dist', DICTIONARIES_FILE)]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

let prefetch: Prefetch | undefined;

/** Start reading the file in the background (node/prefetch.ts); the language server does when it answers `initialize`. */
export function prefetchOpenCCDictionaries(): void {
  const file = findDictionariesFile();
  if (!file) return;
  prefetch = new Prefetch(file);
  prefetch.start();
}

/** The file's text, or undefined when it is missing or unreadable (the rules then require opencc-js). */
export function readDictionariesText(file = findDictionariesFile()): string | undefined {
  const started = prefetch;
  prefetch = undefined;
  try {
    if (!file) return undefined;
    return ((started?.file === file ? started.take() : undefined) ?? readFileSync(file)).toString('utf16le');
  } catch {
    return undefined;
  }
}

/** Give the rules this reader; the program's entries call it first (read on first use only). */
export function registerNodeOpenCCDictionaries(): void {
  registerOpenCCDictionaries(() => readDictionariesText());
}
