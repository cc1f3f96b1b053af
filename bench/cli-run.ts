// Whole-process CLI timing: spawn `node dist/cli.js --format json --jobs 1 FILE`, output to a file. A module of
// bench.ts (npm run bench), not run on its own.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, median, ROOT } from './lib';

export interface CliRun {
  ms: number;
  runs: number[];
  maxRssMB: number;
  exitCode: number | null;
  messages: number;
  args: string[];
  error?: string;
}

const CLI = join(ROOT, 'dist/cli.js');
const HOOK = join(__dirname, 'rss-hook.js');
let jobsSupported: boolean | undefined;

/** `preload`: with the RSS hook (rss-hook.ts) preloaded; without it the process is started exactly as a user starts it. */
function once(file: string, args: string[], script = CLI, preload = true): { ms: number; rssKB: number; code: number | null; stderr: string; outPath: string } {
  const outPath = join(benchDir(), 'cli-out.json');
  const rssPath = join(benchDir(), 'cli-rss.txt');
  rmSync(rssPath, { force: true });
  const fd = openSync(outPath, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...(preload ? ['--require', HOOK] : []), script, ...args, file], {
    cwd: ROOT,
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, GONGWEN_BENCH_RSS_FILE: rssPath },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  const rssKB = existsSync(rssPath) ? Number(readFileSync(rssPath, 'utf8')) : NaN;
  return { ms, rssKB, code: r.status, stderr: r.stderr?.toString() ?? '', outPath };
}

/**
 * Median wall time of `runs` CLI processes on `file` (exit 0 or 1 both count: 1 only means findings). `measureRss`
 * false: no RSS hook preloaded (maxRssMB is NaN), for a figure set beside a bare `node -e ""`, which has none.
 */
export function cliRun(file: string, runs: number, extraArgs: string[] = [], measureRss = true): CliRun {
  if (!existsSync(CLI)) return { ms: NaN, runs: [], maxRssMB: NaN, exitCode: null, messages: 0, args: [], error: 'dist/cli.js not built' };
  let args = ['--format', 'json', '--jobs', '1', ...extraArgs];
  if (jobsSupported === false) args = ['--format', 'json', ...extraArgs];
  let first = once(file, args, CLI, measureRss);
  if (first.code === 2 && jobsSupported === undefined && /jobs/i.test(first.stderr)) {
    jobsSupported = false;
    args = ['--format', 'json', ...extraArgs];
    first = once(file, args, CLI, measureRss);
  } else if (jobsSupported === undefined && first.code !== 2) jobsSupported = true;
  if (first.code !== 0 && first.code !== 1) {
    return { ms: NaN, runs: [], maxRssMB: NaN, exitCode: first.code, messages: 0, args, error: first.stderr.trim().split('\n')[0] || `exit ${first.code}` };
  }
  let messages = 0;
  try {
    const report = JSON.parse(readFileSync(first.outPath, 'utf8')) as { messages: unknown[] }[];
    messages = report.reduce((n, r) => n + r.messages.length, 0);
  } catch (error) {
    return { ms: NaN, runs: [], maxRssMB: NaN, exitCode: first.code, messages: 0, args, error: `output is not JSON: ${String(error).slice(0, 120)}` };
  }
  const times: number[] = [];
  const rss: number[] = [first.rssKB];
  for (let i = 0; i < runs; i++) {
    const r = once(file, args, CLI, measureRss);
    times.push(r.ms);
    rss.push(r.rssKB);
  }
  return { ms: median(times), runs: times, maxRssMB: Math.max(...rss) / 1024, exitCode: first.code, messages, args };
}

export interface PairRun {
  ours: CliRun;
  /** autocorrect-node as a whole process (out/bench/peer-run.js): read, lintFor, JSON to stdout. */
  peer: { ms: number; runs: number[]; error?: string };
}

/**
 * gongwen-lint (`--format json --jobs 1`, all default rules) and the peer as whole processes on the
 * same file, run by turns so that both see the same load on a shared machine; medians of `runs`.
 */
export function pairRun(file: string, runs: number, extraArgs: string[] = []): PairRun {
  const ours = cliRun(file, 0, extraArgs); // first run: checks the output, warms the disk cache
  const peerScript = join(__dirname, 'peer-run.js');
  const peerFirst = once(file, [], peerScript);
  if (ours.error || peerFirst.code !== 0) {
    return { ours, peer: { ms: NaN, runs: [], error: peerFirst.code !== 0 ? peerFirst.stderr.trim().split('\n')[0] || `exit ${peerFirst.code}` : undefined } };
  }
  const oursRuns: number[] = [];
  const peerRuns: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = once(file, ours.args);
    oursRuns.push(r.ms);
    rss.push(r.rssKB);
    peerRuns.push(once(file, [], peerScript).ms);
  }
  return {
    ours: { ...ours, ms: median(oursRuns), runs: oursRuns, maxRssMB: Math.max(ours.maxRssMB, ...rss.map((kb) => kb / 1024)) },
    peer: { ms: median(peerRuns), runs: peerRuns },
  };
}

/** Median wall time of a bare `node -e ""` (the floor every whole-process figure includes). */
export function bareNodeMs(runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
