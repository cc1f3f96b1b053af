// Where engine time goes: profiles in-process linting of ~1 MB with every rule on and prints the
// top self-time functions.   node esbuild.mjs --bench && node out/bench/profile.js [simplified|traditional|FILE] [RUNS] [--off RULE,…] [--only RULE]
// Uses the inspector's CPU profiler (the same data `node --cpu-prof` writes), so no file juggling.
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { benchDir, configWith, MB, sourceTexts, textOfSize, warmUpRuns, type ScriptKind } from './lib';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function main(): Promise<void> {
  // A kind of text (1 MB of the bench corpus) or a file of your own; --off RULE,… leaves rules out.
  const what = process.argv[2] ?? 'simplified';
  const kind: ScriptKind = what === 'traditional' ? 'traditional' : 'simplified';
  const runs = Number(process.argv[3] ?? 3);
  const text = what === 'simplified' || what === 'traditional' ? textOfSize(sourceTexts(kind).texts, MB) : readFileSync(what, 'utf8');
  const off = process.argv.includes('--off') ? process.argv[process.argv.indexOf('--off') + 1].split(',') : [];
  // --only RULE: that rule alone (and the document model), as rule-cpu.js times it.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const config = configWith(only, off);
  // Warm-up: lazy dictionaries and the JIT's tiering are not what we look for (lib.ts warmUpRuns).
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });

  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  // Lint from a fresh macrotask, not inside the inspector's dispatch of the start reply.
  const wall = await new Promise<number>((resolve) =>
    setImmediate(() => {
      const t = performance.now();
      for (let i = 0; i < runs; i++) lintDocument(text, { config });
      resolve(performance.now() - t);
    }),
  );
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const file = join(benchDir(), `engine-${kind}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));

  // Self time per node from the sample deltas, then summed per function (name + location).
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i + 1] is the time sample i stood for (as DevTools counts it).
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? 0));
  const byFunction = new Map<string, number>();
  const original = sourceLocator();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = url ? original(url, lineNumber, columnNumber) : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfUs.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(`${kind}, ${text.length} characters × ${runs} runs: ${(wall / runs).toFixed(1)} ms per run (${(text.length / (wall / runs) / 1000).toFixed(2)} M chars/s)`);
  console.log('Top 25 functions by self time:');
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
  // The same self time summed per source file: where a rule's time goes, helpers included.
  const byFile = new Map<string, number>();
  for (const [name, us] of byFunction) {
    const where = name.slice(name.lastIndexOf(' ') + 1).replace(/:\d+$/, '');
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  }
  console.log('Top 25 files by self time (per run):');
  for (const [name, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${(us / 1000 / runs).toFixed(2).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
  console.log(`profile: ${file} (open in Chrome DevTools → Performance, or VS Code)`);
}

/** Maps a location in this bundle back to its TypeScript source through the inline source map. */
function sourceLocator(): (url: string, line: number, column: number) => string {
  let map: SourceMap | undefined;
  try {
    const bundle = readFileSync(__filename, 'utf8');
    const inline = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(bundle);
    if (inline) map = new SourceMap(JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')));
  } catch {
    /* fall back to bundle locations */
  }
  return (url, line, column) => {
    const short = url.replace(/^.*\/(out|dist|node_modules)\//, '$1/');
    if (!map || !url.endsWith(__filename.replace(/^.*\//, ''))) return `${short}:${line + 1}`;
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    return entry.originalSource ? `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${(entry.originalLine ?? 0) + 1}` : `${short}:${line + 1}`;
  };
}

void main();
