// CPU time of every rule but wrong-character (document model included) on one text, warm, for A/B runs
// of two trees in turns on a shared machine:
//   node esbuild.mjs --bench && node out/bench/all-cpu.js [simplified|traditional|FILE] [RUNS] [--off RULE,…]
// Prints the median CPU ms (process.cpuUsage, user + system) of RUNS runs after the bench's warm-up.
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { configWith, median, MB, sourceTexts, textOfSize, warmUpRuns, type ScriptKind } from './lib';

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const runs = Number(process.argv[3] ?? 30);
  const kind: ScriptKind = what === 'traditional' ? 'traditional' : 'simplified';
  const text = what === 'simplified' || what === 'traditional' ? textOfSize(sourceTexts(kind).texts, MB) : readFileSync(what, 'utf8');
  const off = process.argv.includes('--off') ? process.argv[process.argv.indexOf('--off') + 1].split(',') : ['wrong-character'];
  const config = configWith(undefined, off);
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    lintDocument(text, { config });
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`${what} ${median(cpu).toFixed(2)}`);
}

main();
