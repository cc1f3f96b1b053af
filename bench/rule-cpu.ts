// CPU time per rule on 1 MB, warm, for before/after comparisons on a shared machine (wall time there
// measures the neighbours): node esbuild.mjs --bench && node out/bench/rule-cpu.js [simplified|traditional|FILE] [RUNS] [--rules a,b]
// For each rule alone (wrong-character only when named in --rules), and for all rules but wrong-character, BLOCKS blocks of RUNS runs alternate with as
// many of the document model alone (every rule off), so that both see the same neighbours; each block gives
// a median of CPU time (process.cpuUsage, user + system), and the figure is the median over the blocks.
import { readFileSync } from 'node:fs';
import { lintDocument, RULES, type ResolvedConfig } from '../server/src/engine';
import { configWith, median, MB, sourceTexts, textOfSize, warmUpRuns, type ScriptKind } from './lib';

const BLOCKS = 5;

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function block(text: string, config: ResolvedConfig, runs: number): number {
  return median(Array.from({ length: runs }, () => cpuMs(() => lintDocument(text, { config }))));
}

/** Median CPU ms of `config` and of the document model alone, in alternating blocks after warm-up. */
function timed(text: string, config: ResolvedConfig, none: ResolvedConfig, runs: number): { ms: number; documentMs: number } {
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  const withRule: number[] = [];
  const alone: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    withRule.push(block(text, config, runs));
    alone.push(block(text, none, runs));
  }
  return { ms: median(withRule), documentMs: median(alone) };
}

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const runs = Number(process.argv[3] ?? 15);
  const kind: ScriptKind = what === 'traditional' ? 'traditional' : 'simplified';
  const text = what === 'simplified' || what === 'traditional' ? textOfSize(sourceTexts(kind).texts, MB) : readFileSync(what, 'utf8');
  const only = process.argv.includes('--rules') ? process.argv[process.argv.indexOf('--rules') + 1].split(',') : undefined;
  const none = configWith('(none)');
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config: none });
  console.log(`${what}: ${text.length} characters, CPU ms, median of ${BLOCKS} blocks of ${runs} runs (rule alone minus the document model)`);
  for (const rule of RULES) {
    // wrong-character only when asked for by name (--rules wrong-character): it alone takes longer than the rest.
    if (only ? !only.includes(rule.meta.id) : rule.meta.id === 'wrong-character') continue;
    const { ms, documentMs } = timed(text, configWith(rule.meta.id), none, runs);
    console.log(`${rule.meta.id.padEnd(24)} ${Math.max(0, ms - documentMs).toFixed(2).padStart(7)}  (document model ${documentMs.toFixed(2)})`);
  }
  if (!only) {
    const { ms, documentMs } = timed(text, configWith(undefined, ['wrong-character']), none, runs);
    console.log(`${'all but wrong-character'.padEnd(24)} ${ms.toFixed(2).padStart(7)}  (document model ${documentMs.toFixed(2)})`);
  }
}

main();
