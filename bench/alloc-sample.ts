// Developer aid: what one rule's warm lint allocates, per function (V8's sampling heap profiler, objects collected by
// either collector included), on 1 MB of the bench text or a file.
// Usage: node out/bench/alloc-sample.js [simplified|FILE] [RUNS] [--only RULE]   (RULE: wrong-character unless given)
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { lintDocument } from '../server/src/engine';
import { configWith, MB, sourceTexts, textOfSize, warmUpRuns } from './lib';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--only' && all[i - 1] !== '--only');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : 'wrong-character';
  const [what = 'simplified', runsArg = '10'] = args;
  const runs = Number(runsArg);
  const text = what === 'simplified' ? textOfSize(sourceTexts('simplified').texts, MB) : readFileSync(what, 'utf8');
  const config = configWith(only);
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });

  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  await post(session, 'HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      for (let i = 0; i < runs; i++) lintDocument(text, { config });
      resolve();
    }),
  );
  const { profile } = await post<{ profile: { head: SamplingNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();

  const byFunction = new Map<string, number>();
  // A builtin's allocations (no script: Array.prototype.filter, an iterator's next) are named with its caller's.
  const named = (node: SamplingNode): string => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\//, '')}:${node.callFrame.lineNumber + 1}`;
  const walk = (node: SamplingNode, caller: string): void => {
    const key = node.callFrame.url === '' && caller !== '' ? `${named(node)} < ${caller}` : named(node);
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, named(node));
  };
  walk(profile.head, '');
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(`${only}, ${text.length} characters × ${runs} runs: ${(total / runs / 1e6).toFixed(2)} MB allocated per lint`);
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 15))) {
    console.log(`${(bytes / runs / 1e6).toFixed(3).padStart(8)} MB  ${name}`);
  }
}

void main();
