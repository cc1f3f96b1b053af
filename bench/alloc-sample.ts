// Where a warm lint allocates: V8's sampling heap profiler over RUNS lints, bytes per function (source-mapped names).
//   node esbuild.mjs --bench && node out/bench/alloc-sample.js [simplified|traditional|FILE] [RUNS] [--off RULE,…| --only RULE]
// --off: every rule but those (default: all but wrong-character); --only: that rule alone.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { lintDocument } from '../server/src/engine';
import { configWith, MB, sourceTexts, textOfSize, warmUpRuns, type ScriptKind } from './lib';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function main(): Promise<void> {
  const flagValue = (flag: string): string | undefined => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
  const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const what = positional[0] ?? 'simplified';
  const runs = Number(positional[1] ?? 5);
  const kind: ScriptKind = what === 'traditional' ? 'traditional' : 'simplified';
  const text = what === 'simplified' || what === 'traditional' ? textOfSize(sourceTexts(kind).texts, MB) : readFileSync(what, 'utf8');
  const only = flagValue('--only');
  const off = (flagValue('--off') ?? 'wrong-character').split(',');
  const config = only ? configWith(only) : configWith(undefined, off);
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  await post(session, 'HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < runs; i++) lintDocument(text, { config });
  const { profile } = await post<{ profile: { head: SamplingNode } }>(session, 'HeapProfiler.stopSampling');
  const byFunction = new Map<string, number>();
  const walk = (node: SamplingNode): void => {
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*\//, '')}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(`${what}: ${(total / runs / 1e6).toFixed(2)} MB allocated per lint (sampled)`);
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(bytes / runs / 1e3).toFixed(0).padStart(8)} KB  ${name}`);
}

void main();
