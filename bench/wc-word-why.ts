// Developer aid (issue 12): every whole-word and real-word candidate of each two-character word of a Han run, with its
// evidence and flags. Usage: node out/bench/wc-word-why.js RUN [RUN…]
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
for (const run of process.argv.slice(2)) {
  const eligible = new Uint8Array(65536).fill(1);
  for (let i = 0; i + 1 < run.length; i++) {
    for (const c of [...model.realWordCandidates(run, i, eligible), ...model.pairCandidates(run, i, DEFAULT_THRESHOLDS.minCharGain)]) {
      const score = evidence(c, DEFAULT_THRESHOLDS);
      console.log(`${run} @${i} ${c.wrong}→${c.right} ${c.kind} char ${c.charGain.toFixed(2)} seg ${c.segGain.toFixed(2)} phrase ${c.phraseGain} flip ${c.contextFlip} long ${c.longWordFlip === true} coll ${c.collocated === true} rwflip ${c.realWordFlip === true} written ${model.officialPairCount(run.charCodeAt(i), run.charCodeAt(i + 1))} right ${model.officialPairCount(c.right.charCodeAt(0), c.right.charCodeAt(1))} wcost ${model.wordCostWith(run, i, i + 2, -1, 0).toFixed(2)} rcost ${model.wordCostWith(c.right, 0, 2, -1, 0).toFixed(2)} score ${score?.toFixed(2)}`);
    }
  }
}
