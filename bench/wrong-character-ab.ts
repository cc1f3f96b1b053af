// Developer aid: CPU time of the wrong-character model over the 2026 provincial reports with two data files,
// interleaved in one process (A, B, A, B, …) so that a shared machine's load falls on both alike.
// Usage: node out/bench/wrong-character-ab.js A.bin B.bin [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWrongCharacterModel } from '../server/src/node/wrongCharacterData';
import type { WrongCharacterModel } from '../server/src/text/wrong-character-model';

const [a, b, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? '15');
const dir = '../shared/corpus/simplified';
const text = readdirSync(dir).filter((n) => n.startsWith('2026-')).map((n) => readFileSync(join(dir, n), 'utf8')).join('\n');
const runs = text.match(/\p{Script=Han}+/gu) ?? [];
function pass(model: WrongCharacterModel): number {
  let found = 0;
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      if (!model.suspicious(run, i)) continue;
      found += model.corrections(run, i, undefined, i + 1 < run.length && model.suspicious(run, i + 1), true).length;
    }
  }
  return found;
}
const models = [loadWrongCharacterModel(a), loadWrongCharacterModel(b)];
const times: number[][] = [[], []];
for (let r = 0; r < rounds + 3; r++) {
  for (let m = 0; m < 2; m++) {
    const start = process.cpuUsage();
    pass(models[m]);
    const used = process.cpuUsage(start);
    if (r >= 3) times[m].push((used.user + used.system) / 1000);
  }
}
for (let m = 0; m < 2; m++) {
  const t = times[m].sort((x, y) => x - y);
  console.log(`${m ? 'B' : 'A'} ${[a, b][m]}: CPU median ${t[t.length >> 1].toFixed(1)} ms, min ${t[0].toFixed(1)} ms (${rounds} rounds)`);
}
