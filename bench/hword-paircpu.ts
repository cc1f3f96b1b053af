// Developer aid (issue 12): CPU time of pairCandidates() alone, replaying the calls the rule makes on 1 MB of simplified
// text (median of 31 rounds), to compare two builds where the whole rule's time is too noisy. Usage: node out/bench/hword-paircpu.js
import { lintDocument } from '../server/src/engine';
import { configWith, MB, median, sourceTexts, textOfSize } from './lib';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
const calls: [string, number, number, boolean][] = [];
const original = model.pairCandidates.bind(model);
model.pairCandidates = (run: string, index: number, minCharGain = -Infinity, knownSuspicious = false) => {
  calls.push([run, index, minCharGain, knownSuspicious]);
  return original(run, index, minCharGain, knownSuspicious);
};
lintDocument(textOfSize(sourceTexts('simplified').texts, MB), { config: configWith('wrong-character') });
const times: number[] = [];
for (let round = 0; round < 31; round++) {
  const start = process.cpuUsage();
  for (const [run, index, minCharGain, knownSuspicious] of calls) original(run, index, minCharGain, knownSuspicious);
  const used = process.cpuUsage(start);
  times.push((used.user + used.system) / 1000);
}
console.log(`${calls.length} calls, median ${median(times).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms`);
