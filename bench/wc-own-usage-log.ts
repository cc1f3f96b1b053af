// wrong-character's own-usage suspects (ownUsageSlips) weighed on clean text, one JSON line each (OWN_USAGE.log):
// the near misses the writer's own usage may carry, with the document's counts of the corrected word and its contexts.
//   node esbuild.mjs --bench && node out/bench/wc-own-usage-log.js OUT DIR...
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig, RULES } from '../server/src/engine';
import { OWN_USAGE } from '../server/src/rules/wrong-character';

const [out = '/dev/stdout', ...dirs] = process.argv.slice(2);
function textFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...textFiles(path));
    else if (/\.(txt|md)$/.test(name)) files.push(path);
  }
  return files;
}
const config = resolveConfig({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'wrong-character' ? 'warn' : 'off'])) });
const lines: string[] = [];
let findings = 0;
for (const dir of dirs) {
  for (const file of textFiles(dir)) {
    OWN_USAGE.log = [];
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    findings += lintDocument(text, { config }).findings.length;
    for (const e of OWN_USAGE.log) lines.push(JSON.stringify({ ...e, file }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} own-usage suspects weighed, ${findings} findings`);
