// Two trees' engines in one process, linted in turns: the same moments of a shared machine for both,
// which separate processes run one after the other do not get. Each tree must have `node esbuild.mjs --bench` run.
//   node out/bench/ab-run.js TREE_A TREE_B [simplified|traditional|FILE] [ROUNDS] [--off RULE,…]
// Every round lints once with A and once with B (which goes first alternates); prints the CPU medians (process.cpuUsage,
// user + system) and the median of B/A over the rounds, with its quartiles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as AbLib from './ab-lib';
import { median } from './lib';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function main(): void {
  const [treeA, treeB] = [process.argv[2], process.argv[3]];
  if (!treeA || !treeB) throw new Error('usage: ab-run.js TREE_A TREE_B [simplified|traditional|FILE] [ROUNDS] [--off RULE,…]');
  const what = process.argv[4] ?? 'simplified';
  const rounds = Number(process.argv[5] ?? 100);
  const off = process.argv.includes('--off') ? (process.argv[process.argv.indexOf('--off') + 1] ?? '').split(',') : ['wrong-character'];
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each tree's own bundle, chosen at run time
  const libs = [treeA, treeB].map((tree) => require(resolve(tree, 'out/bench/ab-lib.js')) as typeof AbLib);
  const a = libs[0];
  const text = what === 'simplified' || what === 'traditional' ? a.textOfSize(a.sourceTexts(what).texts, a.MB) : readFileSync(what, 'utf8');
  const configs = libs.map((lib) => lib.configWith(undefined, off));
  for (const [k, lib] of libs.entries()) for (let i = 0; i < lib.warmUpRuns(text.length); i++) lib.lintDocument(text, { config: configs[k] });
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) times[k as 0 | 1].push(cpuMs(() => libs[k]?.lintDocument(text, { config: configs[k] })));
  }
  const ratios = times[0].map((t, r) => (times[1][r] ?? NaN) / t);
  console.log(`${what}, ${text.length} characters, ${rounds} rounds, off: ${off.join(',') || '(none)'}`);
  console.log(`A ${median(times[0]).toFixed(2)} ms  B ${median(times[1]).toFixed(2)} ms  B/A median ${median(ratios).toFixed(3)} [${quantile(ratios, 0.25).toFixed(3)}, ${quantile(ratios, 0.75).toFixed(3)}]`);
}

main();
