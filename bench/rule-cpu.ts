// CPU time per rule on 1 MB, warm, for before/after comparisons on a shared machine (wall time there
// measures the neighbours): node esbuild.mjs --bench && node out/bench/rule-cpu.js [simplified|traditional|FILE] [RUNS] [--rules a,b]
// Prints, per rule (alone, minus the document model every run pays) and for all rules but
// wrong-character, the median CPU time (process.cpuUsage, user + system) of RUNS runs after warm-up.
import { readFileSync } from 'node:fs';
import { lintDocument, RULES, type ResolvedConfig } from '../server/src/engine';
import { configWith, median, MB, sourceTexts, textOfSize, warmUpRuns, type ScriptKind } from './lib';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function timed(text: string, config: ResolvedConfig, runs: number): number {
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  return median(Array.from({ length: runs }, () => cpuMs(() => lintDocument(text, { config }))));
}

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const runs = Number(process.argv[3] ?? 15);
  const kind: ScriptKind = what === 'traditional' ? 'traditional' : 'simplified';
  const text = what === 'simplified' || what === 'traditional' ? textOfSize(sourceTexts(kind).texts, MB) : readFileSync(what, 'utf8');
  const only = process.argv.includes('--rules') ? process.argv[process.argv.indexOf('--rules') + 1].split(',') : undefined;
  const documentMs = timed(text, configWith('(none)'), runs);
  console.log(`${what}: ${text.length} characters, median CPU ms of ${runs} runs`);
  console.log(`${'(document model)'.padEnd(24)} ${documentMs.toFixed(2).padStart(7)}`);
  let sum = 0;
  for (const rule of RULES) {
    if (rule.meta.id === 'wrong-character' || (only && !only.includes(rule.meta.id))) continue;
    const ms = Math.max(0, timed(text, configWith(rule.meta.id), runs) - documentMs);
    sum += ms;
    console.log(`${rule.meta.id.padEnd(24)} ${ms.toFixed(2).padStart(7)}`);
  }
  if (!only) {
    console.log(`${'(sum of the rules)'.padEnd(24)} ${sum.toFixed(2).padStart(7)}`);
    console.log(`${'all but wrong-character'.padEnd(24)} ${timed(text, configWith(undefined, ['wrong-character']), runs).toFixed(2).padStart(7)}`);
  }
}

main();
