// Instructions one warm lint takes, counted by valgrind (cachegrind, no cache simulation): a figure that does not
// depend on what else the machine is doing, for before/after comparisons of small speed changes on a shared machine,
// where CPU time varies by ±10% from one run to the next (two cores, six agents) and a 3% change cannot be seen.
//   node esbuild.mjs --bench && node out/bench/instructions.js [--rules a,b] [--chars N] [--runs N] [--file FILE]
// Needs valgrind (Debian: apt-get install valgrind). V8 runs single-threaded with fixed seeds, so that two processes
// compile and collect garbage alike: the same build gives the same count to within ~0.5% on some texts, but to
// within only 2–4% on others (round 28, draft-like pages: 276.6 and 285.7 M for one build): run each build two or three times. The figure is the
// difference between a process that lints WARM + RUNS times and one that lints WARM times, per run, so start-up, data
// loading and the JIT's warm-up cancel out. Run it on two builds (for instance a copy of main's out/ and dist/ and
// yours) and compare: no need to interleave. It counts instructions, not cache misses: a change of data layout can
// save time without changing it (or cost some while saving instructions); and V8's code under valgrind spends its
// instructions differently from native code in places (wrong-character's vouch scan: 13% of the rule's instructions,
// 5% of its native CPU time). It says whether a change does less work; confirm the time with CPU time.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { lintDocument, RULES } from '../server/src/engine';
import { configWith, MB, sourceTexts, textOfSize } from './lib';

const WARM = 10;
const V8_FLAGS = ['--single-threaded', '--hash-seed=1', '--random-seed=1'];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** The text linted: the first `chars` characters of 1 MB of the bench's simplified text, or of FILE. */
function textToLint(): string {
  const file = option('--file', '');
  const text = file ? readFileSync(file, 'utf8') : textOfSize(sourceTexts('simplified').texts, MB);
  return text.slice(0, Number(option('--chars', '120000')));
}

/** Child: lint `runs` times after WARM runs, with the rules asked for (a list, or `all`; default wrong-character). */
function child(runs: number): void {
  const rules = option('--rules', 'wrong-character').split(',');
  const text = textToLint();
  const config = rules.includes('all') ? configWith() : configWith(undefined, RULES.map((rule) => rule.meta.id).filter((id) => !rules.includes(id)));
  for (let i = 0; i < WARM + runs; i++) lintDocument(text, { config });
}

/** Instructions of a child process that lints WARM + `runs` times. */
function instructions(runs: number): number {
  // The options but --runs (the child is told its runs first).
  const args = process.argv.slice(2).filter((_, i, all) => all[i] !== '--runs' && all[i - 1] !== '--runs');
  const result = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...V8_FLAGS, __filename, '--child', String(runs), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const match = /I\s+refs:\s+([\d,]+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || !match?.[1]) throw new Error(`valgrind failed (${result.status ?? 'signal'}): ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`);
  return Number(match[1].replace(/,/g, ''));
}

function main(): void {
  if (process.argv[2] === '--child') {
    child(Number(process.argv[3]));
    return;
  }
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('instructions: valgrind not found (Debian: apt-get install valgrind)');
    process.exit(2);
  }
  const runs = Number(option('--runs', '6'));
  const text = textToLint();
  const warm = instructions(0);
  const all = instructions(runs);
  const perRun = (all - warm) / runs;
  console.log(`${text.length} characters, rules ${option('--rules', 'wrong-character')}: ${(perRun / 1e6).toFixed(1)} M instructions per warm run (${((perRun * MB) / Buffer.byteLength(text) / 1e6).toFixed(0)} M per MB; ${WARM} runs of warm-up, ${runs} counted)`);
}

main();
