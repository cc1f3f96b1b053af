// Developer aid (issue 12, round 27): CPU cost of the word-collocation evidence (Candidate.collocated): the rule alone
// on 1 MB of simplified text with collocationBonus 0 (the check never runs) and at its default, interleaved in one
// process (A, B, A, B, …) so that a shared machine's load falls on both alike. Usage: node out/bench/colloc-cpu.js [ROUNDS] [RUNS]
import { lintDocument } from '../server/src/engine';
import { DEFAULT_THRESHOLDS, WrongCharacterModel } from '../server/src/text/wrong-character-model';
import { setThresholds } from '../server/src/text/wrong-character-tuning';
import { configWith, median, MB, sourceTexts, textOfSize } from './lib';

const rounds = Number(process.argv[2] ?? 8);
const runs = Number(process.argv[3] ?? 9);
const text = textOfSize(sourceTexts('simplified').texts, MB);
const config = configWith('wrong-character');
const bonus = DEFAULT_THRESHOLDS.collocationBonus;
const time = (b: number): number => {
  setThresholds({ collocationBonus: b });
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    lintDocument(text, { config });
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  }
  return median(cpu.slice(2));
};
// How often the check runs: count the calls of the model's private collocated() over one lint.
const proto = WrongCharacterModel.prototype as unknown as { collocated: (...args: unknown[]) => boolean };
const check = proto.collocated;
let calls = 0;
let yes = 0;
let spent = 0;
proto.collocated = function (this: unknown, ...args: unknown[]): boolean {
  calls++;
  const start = process.hrtime.bigint();
  const found = check.apply(this, args);
  spent += Number(process.hrtime.bigint() - start) / 1e6;
  if (found) yes++;
  return found;
};
lintDocument(text, { config });
const perRun: string[] = [];
for (let i = 0; i < 5; i++) {
  calls = yes = spent = 0;
  lintDocument(text, { config });
  perRun.push(spent.toFixed(2));
}
proto.collocated = check;
console.log(`${calls} collocation checks per MB, ${yes} found; ms in them (wall), warm runs: ${perRun.join(', ')}`);
time(0);
time(bonus);
const off: number[] = [];
const on: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < rounds; i++) {
  const a = time(0);
  const b = time(bonus);
  off.push(a);
  on.push(b);
  ratios.push(b / a);
}
setThresholds({ collocationBonus: bonus });
console.log(`off ${median(off).toFixed(1)} ms, on ${median(on).toFixed(1)} ms per MB (CPU medians of ${rounds} rounds); median ratio ${median(ratios).toFixed(3)}`);
