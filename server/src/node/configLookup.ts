// Where `.gongwenrc.json` is: the nearest one above a folder. Apart from configFile.ts (which reads and checks it
// against the rules' schema) so that the CLI finds out there is none without loading the engine (cli/engine.ts).
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** The nearest `.gongwenrc.json` in `startDir` or one of its ancestors. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      // No exception for the usual answer, "not here" (an ENOENT error and its stack for every folder up to the root).
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // not readable here (EACCES, ENOTDIR); keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
