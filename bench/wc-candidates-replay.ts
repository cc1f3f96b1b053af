// The single-character candidate path of wrong-character alone: the corrections() calls one lint of 1 MB makes,
// recorded once, then replayed without pair slips (pairs = false) in rounds, CPU time per round (median). What the
// rule's other stages cost does not blur it, so a change of a few percent of this path shows.
//   node esbuild.mjs --bench && node out/bench/wc-candidates-replay.js [simplified|FILE] [ROUNDS]
// Each round replays the calls in the order the rule made them; the model's own memo is per run (text), as in a lint.
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { WrongCharacterModel, type Thresholds } from '../server/src/text/wrong-character-model';
import { configWith, MB, median, sourceTexts, textOfSize, warmUpRuns } from './lib';

interface Call {
  run: string;
  index: number;
  thresholds: Thresholds;
  endsItem: boolean;
}

type Corrections = (this: WrongCharacterModel, run: string, index: number, thresholds?: Thresholds, pairs?: boolean, knownSuspicious?: boolean, endsItem?: boolean) => readonly unknown[];

function recorded(text: string): Call[] {
  const proto = WrongCharacterModel.prototype as unknown as { corrections: Corrections };
  const original = proto.corrections;
  const calls: Call[] = [];
  proto.corrections = function (run, index, thresholds, pairs, knownSuspicious, endsItem) {
    if (thresholds) calls.push({ run, index, thresholds, endsItem: endsItem === true });
    return original.call(this, run, index, thresholds, pairs, knownSuspicious, endsItem);
  };
  try {
    lintDocument(text, { config: configWith('wrong-character') });
  } finally {
    proto.corrections = original;
  }
  return calls;
}

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const rounds = Number(process.argv[3] ?? 21);
  const text = what === 'simplified' ? textOfSize(sourceTexts('simplified').texts, MB) : readFileSync(what, 'utf8');
  const model = wrongCharacterModel();
  const config = configWith('wrong-character');
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  const calls = recorded(text);
  let found = 0;
  const replay = (): void => {
    found = 0;
    for (const call of calls) found += model.corrections(call.run, call.index, call.thresholds, false, true, call.endsItem).length;
  };
  for (let i = 0; i < 5; i++) replay();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    replay();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  const perMb = MB / Buffer.byteLength(text);
  console.log(`${what}: ${calls.length} corrections() calls, ${found} corrections; CPU ms per MB, median ${(median(times) * perMb).toFixed(2)}, min ${(Math.min(...times) * perMb).toFixed(2)} (${rounds} rounds)`);
}

main();
