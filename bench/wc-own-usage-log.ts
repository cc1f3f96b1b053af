// wrong-character's own-usage suspects (ownUsageSlips) weighed on clean text, one JSON line each (wc-own-usage-record):
// the near misses the writer's own usage may carry, with the document's counts of the corrected word and its contexts.
//   node esbuild.mjs --bench && node out/bench/wc-own-usage-log.js OUT DIR...
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { recordOwnUsage, stopRecordingOwnUsage } from './wc-own-usage-record';
import { onlyRuleConfig } from './only-rule';

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
const config = onlyRuleConfig();
const lines: string[] = [];
let findings = 0;
for (const dir of dirs) {
  for (const file of textFiles(dir)) {
    const records = recordOwnUsage();
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    findings += lintDocument(text, { config }).findings.length;
    stopRecordingOwnUsage();
    for (const e of records) lines.push(JSON.stringify({ ...e, file }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} own-usage suspects weighed, ${findings} findings`);
