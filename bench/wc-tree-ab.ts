// Developer aid: CPU time of wrong-character alone (document model included) in two source trees, loaded in one
// process and run in turns (A, B, A, B, …), so that a shared machine's load falls on both alike. Each tree needs
// `node esbuild.mjs --bench` (which builds out/bench/wc-tree-entry.js; copy bench/wc-tree-entry.ts into an older tree).
// Usage: node out/bench/wc-tree-ab.js TREE_A TREE_B [simplified|FILE] [ROUNDS] [--rules a,b]
// Prints per tree the median CPU ms per lint, and the median of the per-round ratios B/A.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Tree {
  lintDocument: (text: string, options: { config: unknown }) => unknown;
  configWith: (only?: string, off?: readonly string[]) => unknown;
  MB: number;
  sourceTexts: (kind: 'simplified') => { texts: string[] };
  textOfSize: (texts: readonly string[], bytes: number) => string;
}

const args = process.argv.slice(2).filter((a, i, all) => a !== '--rules' && all[i - 1] !== '--rules');
const rulesAt = process.argv.indexOf('--rules');
const rule = rulesAt > 0 ? process.argv[rulesAt + 1] : 'wrong-character';
const [a, b, what = 'simplified', roundsArg = '20'] = args;
const rounds = Number(roundsArg);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const trees = [a, b].map((dir) => require(join(resolve(dir ?? '.'), 'out/bench/wc-tree-entry.js')) as Tree);
const first = trees[0];
const text = what === 'simplified' ? first.textOfSize(first.sourceTexts('simplified').texts, first.MB) : readFileSync(what, 'utf8');
const configs = trees.map((t) => t.configWith(rule));

function cpuMs(tree: Tree, config: unknown): number {
  const before = process.cpuUsage();
  tree.lintDocument(text, { config });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? (s[s.length >> 1] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

for (let i = 0; i < 6; i++) for (let t = 0; t < 2; t++) cpuMs(trees[t], configs[t]);
const times: number[][] = [[], []];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which tree goes first, so neither always follows the other's garbage.
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  const got = [0, 0];
  for (const t of order) got[t] = median([0, 1, 2].map(() => cpuMs(trees[t], configs[t])));
  (times[0]).push(got[0] ?? 0);
  (times[1]).push(got[1] ?? 0);
  ratios.push((got[1] ?? 0) / (got[0] ?? 1));
}
console.log(`${text.length} characters, ${rule}, ${rounds} rounds of 3 lints per tree (CPU ms, medians)`);
console.log(`A ${a}: ${median(times[0]).toFixed(2)}  B ${b}: ${median(times[1]).toFixed(2)}  B/A per round: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
