// One engine measurement in a fresh process, so peak RSS belongs to this size alone:
//   node out/bench/engine-run.js FILE RUNS [--per-rule] [--autocorrect] [--off RULE,…]
// Prints one JSON line: engine ms (median), per-rule ms, autocorrect-node ms, memory.
import { readFileSync } from 'node:fs';
import { lintDocument, resolveConfig, RULES, type LintResult, type ResolvedConfig } from '../server/src/engine';
import { configWith, median, time, warmUpRuns } from './lib';

export interface EngineRun {
  chars: number;
  bytes: number;
  findings: number;
  internalErrors: string[];
  /** First run, including lazy work (OpenCC dictionaries) and JIT warm-up. */
  firstMs: number;
  /** Median of the RUNS runs right after the first: what the figure was before warmUpRuns (the JIT still tiering up). */
  earlyMs: number;
  /** Runs before the timed ones (the first and the early ones included): lib.ts warmUpRuns. */
  warmUpRuns: number;
  /** Median of RUNS runs after the warm-up. */
  engineMs: number;
  engineRuns: number[];
  /** CPU time (user + system) of the same runs, median: steadier than wall time on a shared machine. */
  engineCpuMs: number;
  /** Document model only (every rule off): lines, masking, paragraphs. */
  documentMs: number;
  perRuleMs?: Record<string, number>;
  autocorrect?: { ms: number; runs: number[]; findings: number; mode: 'whole' | 'chunked'; error?: string };
  rssMB: number;
  maxRssMB: number;
  heapUsedMB: number;
}

/** autocorrect-node's lintFor; a whole large text can fail with "call limit reached", then lint it in ≤ 64 KB line-aligned chunks. */
function autocorrectRun(text: string, runs: number): EngineRun['autocorrect'] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this engine is measured
  const { lintFor } = require('autocorrect-node') as typeof import('autocorrect-node');
  const chunks: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + 64 * 1024);
    const nl = text.lastIndexOf('\n', end);
    if (end < text.length && nl > at) end = nl + 1;
    chunks.push(text.slice(at, end));
    at = end;
  }
  let mode: 'whole' | 'chunked' = 'whole';
  let error: string | undefined;
  const lintAll = (): number => {
    if (mode === 'whole') {
      const r = lintFor(text, 'file.txt');
      if (!r.error) return r.lines.length;
      mode = 'chunked';
      error = r.error.split('\n').pop()?.replace(/^[\s=]+/, '') || 'error';
    }
    let n = 0;
    for (const chunk of chunks) {
      const r = lintFor(chunk, 'file.txt');
      if (r.error) throw new Error(`autocorrect-node failed on a chunk: ${r.error}`);
      n += r.lines.length;
    }
    return n;
  };
  lintAll(); // warm-up
  lintAll(); // a second call decides the mode: whole-text calls fail after the first on large texts
  let findings = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(() => (findings = lintAll())));
  return { ms: median(times), runs: times, findings, mode, error };
}

function main(): void {
  const [file, runsArg, ...flags] = process.argv.slice(2);
  const runs = Number(runsArg ?? 3);
  const text = readFileSync(file, 'utf8');
  // --off: rules left out of the all-rules figure (e.g. wrong-character, whose speed is measured apart).
  const off = flags.includes('--off') ? flags[flags.indexOf('--off') + 1].split(',') : [];
  const all = configWith(undefined, off);

  let result!: LintResult;
  const firstMs = time(() => (result = lintDocument(text, { config: all })));
  // The runs right after the first, reported apart; then the rest of the warm-up (lib.ts warmUpRuns).
  const earlyRuns = Array.from({ length: runs }, () => time(() => lintDocument(text, { config: all })));
  const warmUp = Math.max(warmUpRuns(text.length), 1 + runs);
  for (let i = 1 + runs; i < warmUp; i++) lintDocument(text, { config: all });
  const engineRuns: number[] = [];
  const cpuRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    engineRuns.push(time(() => (result = lintDocument(text, { config: all }))));
    const used = process.cpuUsage(cpu);
    cpuRuns.push((used.user + used.system) / 1000);
  }

  const none: ResolvedConfig = resolveConfig({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) });
  const documentMs = median(Array.from({ length: runs }, () => time(() => lintDocument(text, { config: none }))));

  const out: EngineRun = {
    chars: text.length,
    bytes: Buffer.byteLength(text),
    findings: result.findings.length,
    internalErrors: [...new Set(result.internalErrors.map((e) => `${e.ruleId}: ${e.message}`))].slice(0, 10),
    firstMs,
    earlyMs: median(earlyRuns),
    warmUpRuns: warmUp,
    engineMs: median(engineRuns),
    engineRuns,
    engineCpuMs: median(cpuRuns),
    documentMs,
    rssMB: 0,
    maxRssMB: 0,
    heapUsedMB: 0,
  };

  if (flags.includes('--per-rule')) {
    out.perRuleMs = {};
    for (const rule of RULES) {
      const config = configWith(rule.meta.id);
      // Warm-up (and lazy dictionaries): the rule alone runs other paths of shared code than all rules together.
      for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
      const ms = median(Array.from({ length: runs }, () => time(() => lintDocument(text, { config }))));
      // Time spent in the rule itself: subtract the document model, which every run pays.
      out.perRuleMs[rule.meta.id] = Math.max(0, ms - documentMs);
    }
  }
  const mem = process.memoryUsage();
  out.rssMB = mem.rss / 1024 / 1024;
  out.heapUsedMB = mem.heapUsed / 1024 / 1024;
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  // autocorrect-node last, so its native memory does not count toward our peak.
  if (flags.includes('--autocorrect')) out.autocorrect = autocorrectRun(text, runs);
  process.stdout.write(JSON.stringify(out) + '\n');
}

if (require.main === module) main();
