// Developer aid (round 33): wrong-character's model path — the corrections() calls one lint makes, pair slips included —
// recorded once in tree A, then replayed in two source trees loaded in one process, in turns, and that in several
// fresh processes with the trees' order swapped every other time. What the rule's other stages cost (the document model,
// the paragraph scan, the guards) does not blur it, and neither does the order in which the trees run in a process.
//   node esbuild.mjs --bench    (in both trees: builds out/bench/wc-tree-entry.js; copy bench/wc-tree-entry.ts into an older tree)
//   node out/bench/wc-replay-ab.js TREE_A TREE_B [simplified|FILE] [--rounds N] [--processes P] [--only single|pairs]
// Prints, per process, the median CPU ms of a replay in each tree and the median of the per-round ratios B/A, then the
// median and range of those ratios over the processes. On the shared two-core machine of round 33, run it at real-time
// priority (`chrt -f 10 node …`): one process's ratios then vary by ±2–3 %; across processes, and with the order swapped,
// by as much again (two copies of one tree: B/A 0.96–1.03 over four processes) — a difference under ≈ 3 % is noise.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Thresholds {
  minCharGain: number;
}
interface Model {
  corrections: (this: Model, run: string, index: number, thresholds: Thresholds, pairs: boolean, knownSuspicious: boolean, endsItem: boolean, near: undefined, clauseEdges: number) => readonly unknown[];
  pairCandidates: (this: Model, run: string, index: number, minCharGain: number, knownSuspicious: boolean, vouched: boolean, wordMinCharGain: number, thresholds: Thresholds) => readonly unknown[];
}
interface Tree {
  lintDocument: (text: string, options: { config: unknown }) => unknown;
  configWith: (only?: string) => unknown;
  MB: number;
  sourceTexts: (kind: 'simplified') => { texts: string[] };
  textOfSize: (texts: readonly string[], bytes: number) => string;
  wrongCharacterModel: () => Model;
}
type Call = [run: string, index: number, thresholds: Thresholds, pairs: boolean, knownSuspicious: boolean, endsItem: boolean, clauseEdges: number];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? (s[s.length >> 1] ?? NaN) : ((s[s.length / 2 - 1] ?? NaN) + (s[s.length / 2] ?? NaN)) / 2;
};

/** One process: both trees, `rounds` rounds in turns; prints a JSON line { a, b, ratio } (ms, ms, B/A) when `child`. */
function runHere(dirs: readonly string[], what: string, rounds: number, only: string, child: boolean): { a: number; b: number; ratio: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each tree's own bundle, chosen at run time
  const trees = dirs.map((dir) => require(join(resolve(dir), 'out/bench/wc-tree-entry.js')) as Tree);
  const first = trees[0];
  if (!first) throw new Error('no tree');
  const text = what === 'simplified' ? first.textOfSize(first.sourceTexts('simplified').texts, first.MB) : readFileSync(what, 'utf8');
  const models = trees.map((tree) => tree.wrongCharacterModel());
  // Warm-up of both trees, then the calls of one lint recorded through tree A's model.
  for (let i = 0; i < 6; i++) for (const tree of trees) tree.lintDocument(text, { config: tree.configWith('wrong-character') });
  const proto = Object.getPrototypeOf(models[0]) as Model;
  const original = proto.corrections;
  const calls: Call[] = [];
  proto.corrections = function (run, index, thresholds, pairs, knownSuspicious, endsItem, near, clauseEdges) {
    calls.push([run, index, thresholds, pairs, knownSuspicious, endsItem, clauseEdges]);
    return original.call(this, run, index, thresholds, pairs, knownSuspicious, endsItem, near, clauseEdges);
  };
  try {
    first.lintDocument(text, { config: first.configWith('wrong-character') });
  } finally {
    proto.corrections = original;
  }
  const replay = (model: Model): number => {
    const before = process.cpuUsage();
    for (const [run, index, thresholds, pairs, knownSuspicious, endsItem, clauseEdges] of calls) {
      if (only === 'pairs') {
        if (pairs) model.pairCandidates(run, index, thresholds.minCharGain, knownSuspicious, false, 0, thresholds);
      } else model.corrections(run, index, thresholds, only === 'single' ? false : pairs, knownSuspicious, endsItem, undefined, clauseEdges);
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i < 6; i++) for (const model of models) replay(model);
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) times[k as 0 | 1].push(median([0, 1, 2].map(() => replay(models[k]))));
  }
  const result = { a: median(times[0]), b: median(times[1]), ratio: median(times[1].map((t, r) => t / (times[0][r] ?? NaN))) };
  if (child) console.log(JSON.stringify({ ...result, calls: calls.length, characters: text.length }));
  return result;
}

function main(): void {
  const [a, b, what = 'simplified'] = positional;
  if (!a || !b) throw new Error('usage: wc-replay-ab.js TREE_A TREE_B [simplified|FILE] [--rounds N] [--processes P] [--only single|pairs]');
  const rounds = Number(option('--rounds', '12'));
  const only = option('--only', 'all');
  if (process.argv.includes('--child')) {
    runHere([a, b], what, rounds, only, true);
    return;
  }
  const processes = Number(option('--processes', '4'));
  const ratios: number[] = [];
  for (let p = 0; p < processes; p++) {
    // Every other process loads B first: the ratio is always B/A.
    const swapped = p % 2 === 1;
    const args = [process.argv[1] ?? '', swapped ? b : a, swapped ? a : b, what, '--rounds', String(rounds), '--only', only, '--child'];
    const line = execFileSync(process.execPath, [...process.execArgv, ...args], { encoding: 'utf8' }).trim().split('\n').pop() ?? '{}';
    const got = JSON.parse(line) as { a: number; b: number; ratio: number; calls: number; characters: number };
    const ratio = swapped ? 1 / got.ratio : got.ratio;
    ratios.push(ratio);
    const [msA, msB] = swapped ? [got.b, got.a] : [got.a, got.b];
    console.log(`process ${p + 1}${swapped ? ' (B loaded first)' : ''}: ${got.characters} characters, ${got.calls} calls (${only}); A ${msA.toFixed(2)} ms, B ${msB.toFixed(2)} ms, B/A ${ratio.toFixed(3)}`);
  }
  console.log(`B/A over ${processes} processes: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`);
}

main();
