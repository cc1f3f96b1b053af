// npm run generate: rewrite the files that restate rule meta (see generated-files.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/rules';
import { generatedFiles } from './generated-files';

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
try {
  for (const [path, text] of generatedFiles(RULES, read)) {
    if (read(path) !== text) {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
} catch (error) {
  console.error(`npm run generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
