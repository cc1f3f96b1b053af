// Open → first and complete diagnostics in fresh servers, side by side for several builds, with the server's
// main-thread CPU time (from /proc/PID/task/PID/schedstat, in ns: what a loaded machine's wall clock hides),
// its other threads' (V8's TurboFan and GC threads, libuv's, worker threads: the same files, threads alive
// when the diagnostics arrive), its whole CPU time (clock ticks of 10 ms, threads that ended included) and
// this client's. On two cores the wall time of a quiet machine is at least the larger of the main thread's
// and half of the main and other threads' together: the "2-core floor" printed. With progressive diagnostics
// (gongwen.progressiveDiagnostics, on by default) a large open publishes twice: "first" is the fast rules' set,
// "complete" the last publish of the version (lsp-run.ts: QUIET_MS of silence after it); a build or a setting
// that publishes once shows the same figures for both. CPU figures are read as each publish arrives.
//   node esbuild.mjs --bench && node out/bench/lsp-open.js [--runs N] [--size 100|10240 (KB)] [--kind simplified|traditional]
//        [--exec-argv "--max-semi-space-size=1"] [--single-phase] [DIST_DIR …]   (default: dist/ of this tree;
//        --single-phase: gongwen.progressiveDiagnostics false)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDocument, QUIET_MS, startServer } from './lsp-run';
import { fmt, KB, median, ROOT, sourceTexts, textOfSize, writeCorpus, type ScriptKind } from './lib';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** CPU time (ms) the thread `tid` of `pid` has run: schedstat's first field is nanoseconds on a CPU. */
function threadCpuMs(pid: number, tid = pid): number {
  return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/** CPU time (ms) of each thread of `pid` now alive, by thread id. */
function threadsCpuMs(pid: number): Map<string, number> {
  const times = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      times.set(tid, threadCpuMs(pid, Number(tid)));
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return times;
}

/** CPU time (ms) the threads of `pid` other than its main thread ran between two threadsCpuMs() readings (new threads from 0). */
function otherThreadsMs(pid: number, before: Map<string, number>, after: Map<string, number>): number {
  let sum = 0;
  for (const [tid, ms] of after) if (tid !== String(pid)) sum += ms - (before.get(tid) ?? 0);
  return sum;
}

/** CPU time (ms) of the whole process, all threads (GC helpers included). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 5);
  const sizeKB = Number(option('--size') ?? 100);
  const kinds: ScriptKind[] = option('--kind') ? [option('--kind') as ScriptKind] : ['simplified', 'traditional'];
  const execArgv = option('--exec-argv')?.split(' ').filter(Boolean) ?? [];
  const progressiveDiagnostics = !process.argv.includes('--single-phase');
  const flagged = new Set(['--runs', '--size', '--kind', '--exec-argv'].map((f) => process.argv.indexOf(f) + 1));
  const dists = process.argv.slice(2).filter((a, i) => !a.startsWith('--') && !flagged.has(i + 2));
  const servers = (dists.length ? dists : [join(ROOT, 'dist')]).map((d) => resolve(d, 'server.js'));
  const texts = new Map(kinds.map((kind) => {
    const text = textOfSize(sourceTexts(kind).texts, sizeKB * KB);
    return [kind, { text, path: writeCorpus(`open-${kind}-${sizeKB}k.txt`, text) }] as const;
  }));
  type Stage = { wall: number[]; main: number[]; others: number[]; cpu: number[]; diagnostics: number };
  type Row = { first: Stage; complete: Stage; client: number[]; startMain: number[]; rss: number[]; settled: number[]; publishes: number[] };
  const stage = (): Stage => ({ wall: [], main: [], others: [], cpu: [], diagnostics: 0 });
  const rows = new Map<string, Row>();
  for (let r = 0; r < runs; r++) {
    for (const kind of kinds) {
      // In turns: each build once per round, so a change in the machine's load hits all alike.
      for (const server of servers) {
        const key = `${server} ${kind}`;
        const row = rows.get(key) ?? { first: stage(), complete: stage(), client: [], startMain: [], rss: [], settled: [], publishes: [] };
        rows.set(key, row);
        const s = await startServer({ run: 'onType', progressiveDiagnostics }, execArgv, server);
        const pid = s.child.pid!;
        // didOpen right after `initialized`, as VS Code and bench.ts send it: nothing the server starts at
        // `initialize` (its data files' background reads) gets a head start it would not have there.
        const threads0 = threadsCpuMs(pid);
        const main0 = threads0.get(String(pid)) ?? threadCpuMs(pid);
        const cpu0 = processCpuMs(pid);
        const { text, path } = texts.get(kind)!;
        const client0 = process.cpuUsage();
        // Read as each publish arrives (the client's handler), before the quiet time openDocument waits.
        s.onPublish = () => ({ threads: threadsCpuMs(pid), cpu: processCpuMs(pid), client: process.cpuUsage(client0), rss: s.rssMB().rss });
        const open = await openDocument(s, path, text);
        type Reading = { threads: Map<string, number>; cpu: number; client: NodeJS.CpuUsage; rss: number };
        const record = (into: Stage, at: { extra: unknown }, wall: number, diagnostics: number) => {
          const reading = at.extra as Reading;
          into.main.push((reading.threads.get(String(pid)) ?? NaN) - main0);
          into.others.push(otherThreadsMs(pid, threads0, reading.threads));
          into.cpu.push(reading.cpu - cpu0);
          into.wall.push(wall);
          into.diagnostics = diagnostics;
        };
        const last = open.publishes[open.publishes.length - 1];
        record(row.first, open.publishes[0], open.ms, open.diagnostics);
        record(row.complete, last, open.completeMs, open.completeDiagnostics);
        const reading = last.extra as Reading;
        row.client.push((reading.client.user + reading.client.system) / 1000);
        row.startMain.push(main0);
        row.rss.push(reading.rss);
        row.publishes.push(open.publishes.length);
        await new Promise((done) => setTimeout(done, 1000 - QUIET_MS));
        row.settled.push(s.rssMB().rss);
        await s.stop();
      }
    }
  }
  const list = (values: number[]) => `[${values.map((m) => fmt(m, 0)).join(' ')}]`;
  const describe = (name: string, s: Stage) => {
    const floor = s.main.map((m, i) => Math.max(m, (m + s.others[i]) / 2));
    return `${name} diagnostics: wall ${fmt(median(s.wall))} ms ${list(s.wall)}, main-thread CPU ${fmt(median(s.main))} ms ${list(s.main)}, other threads ${fmt(median(s.others))} ms ${list(s.others)}, 2-core floor ${fmt(median(floor))} ms, process CPU ${fmt(median(s.cpu), 0)} ms, ${s.diagnostics} diagnostics`;
  };
  for (const [key, row] of rows) {
    console.log(`${key}${progressiveDiagnostics ? '' : ' (single phase)'}:\n  ${describe('first', row.first)}\n  ${describe('complete', row.complete)}\n  publishes ${list(row.publishes)}, client CPU ${fmt(median(row.client), 0)} ms, start-up main ${fmt(median(row.startMain))} ms, RSS at the complete set ${fmt(median(row.rss), 0)} MB ${list(row.rss)}, 1 s later ${fmt(median(row.settled), 0)} MB ${list(row.settled)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
