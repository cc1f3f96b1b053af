// npm run generate, first step: server/src/rules/index.ts from the rule files (see registry-file.ts).
// A step of its own because the second step (generate.ts) imports the registry it writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { registryFile, registryOrder } from './registry-file';

const PATH = 'server/src/rules/index.ts';
const current = readFileSync(PATH, 'utf8');
const text = registryFile(registryOrder(current, readdirSync('server/src/rules')));
if (text !== current) {
  writeFileSync(PATH, text);
  console.log(`wrote ${PATH}`);
}
