// Whole-process CLI timing: spawn `node dist/cli.js --format json --jobs 1 FILE`, output to a file.
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

function once(file: string, args: string[]): { ms: number; rssKB: number; code: number | null; stderr: string; outPath: string } {
  const outPath = join(benchDir(), 'cli-out.json');
  const rssPath = join(benchDir(), 'cli-rss.txt');
  rmSync(rssPath, { force: true });
  const fd = openSync(outPath, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, CLI, ...args, file], {
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

/** Median wall time of `runs` CLI processes on `file` (exit 0 or 1 both count: 1 only means findings). */
export function cliRun(file: string, runs: number): CliRun {
  if (!existsSync(CLI)) return { ms: NaN, runs: [], maxRssMB: NaN, exitCode: null, messages: 0, args: [], error: 'dist/cli.js not built' };
  let args = ['--format', 'json', '--jobs', '1'];
  if (jobsSupported === false) args = ['--format', 'json'];
  let first = once(file, args);
  if (first.code === 2 && jobsSupported === undefined && /jobs/i.test(first.stderr)) {
    jobsSupported = false;
    args = ['--format', 'json'];
    first = once(file, args);
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
    const r = once(file, args);
    times.push(r.ms);
    rss.push(r.rssKB);
  }
  return { ms: median(times), runs: times, maxRssMB: Math.max(...rss) / 1024, exitCode: first.code, messages, args };
}
