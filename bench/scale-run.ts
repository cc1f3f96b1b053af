// Does a document cost more per character because it is large? Lints FILE as one document and the same
// text cut at line ends into PIECES (default 10) documents of about equal size, interleaved in one process,
// and prints CPU per run (median) of both, the collector's pauses during each (wall ms, V8's gc entries), and each
// piece's CPU (which part of the text the time goes to).
//   node out/bench/scale-run.js FILE [RUNS] [--pieces N] [--off RULE,…] [--only RULE]   (--only none: document model)
// Same text, same rules: any difference between the two figures is the document's size, not its content;
// differences between pieces are their content (README "Performance", round 29: held-out text costs more).
import { readFileSync } from 'node:fs';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { lintDocument } from '../server/src/engine';
import { configWith, median, warmUpRuns } from './lib';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** Cut `text` at line ends into `n` pieces of about equal length. */
function piecesOf(text: string, n: number): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (let i = 1; i <= n && at < text.length; i++) {
    let end = i === n ? text.length : Math.round((text.length * i) / n);
    const nl = text.indexOf('\n', end);
    end = i === n || nl < 0 ? text.length : nl + 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const [file, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 5);
  const text = readFileSync(file, 'utf8');
  const config = configWith(flag('--only'), flag('--off')?.split(',') ?? []);
  const ways = { whole: [text], pieces: piecesOf(text, Number(flag('--pieces') ?? 10)) };
  const findings = { whole: 0, pieces: 0 };
  const cpu: Record<keyof typeof ways, number[]> = { whole: [], pieces: [] };
  /** CPU ms of each piece, run by run: where in the text the time goes (content against size). */
  const perPiece: number[][] = ways.pieces.map(() => []);
  let timed = false;
  const lintAll = (way: keyof typeof ways) => {
    findings[way] = 0;
    ways[way].forEach((piece, i) => {
      const ms = cpuMs(() => (findings[way] += lintDocument(piece, { config }).findings.length));
      if (timed && way === 'pieces') perPiece[i].push(ms);
    });
  };
  for (let i = 0; i < warmUpRuns(text.length); i++) lintAll(i % 2 ? 'whole' : 'pieces');
  timed = true;
  // Garbage collection by way: V8's gc entries, attributed to the timed lint that was running.
  const gcEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const windows: { way: keyof typeof ways; start: number; end: number }[] = [];
  // Interleaved, so both ways see the same neighbours on a shared machine.
  for (let i = 0; i < runs; i++) {
    for (const way of ['whole', 'pieces'] as const) {
      const start = performance.now();
      cpu[way].push(cpuMs(() => lintAll(way)));
      windows.push({ way, start, end: performance.now() });
      // The gc entries reach the observer from the event loop.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  gcEntries.push(...observer.takeRecords());
  observer.disconnect();
  const gcMs = { whole: 0, pieces: 0 };
  for (const e of gcEntries) {
    const w = windows.find((x) => e.startTime >= x.start && e.startTime < x.end);
    if (w) gcMs[w.way] += e.duration / runs;
  }
  const report = (way: keyof typeof ways) => ({ documents: ways[way].length, findings: findings[way], cpuMs: Math.round(median(cpu[way])), gcMsPerRun: Math.round(gcMs[way]), runs: cpu[way].map(Math.round) });
  const pieceMs = perPiece.map((runs) => Math.round(median(runs)));
  process.stdout.write(JSON.stringify({ chars: text.length, whole: report('whole'), pieces: { ...report('pieces'), pieceMs } }) + '\n');
}

if (require.main === module) void main();
