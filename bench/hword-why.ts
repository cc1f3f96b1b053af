// Developer aid (issue 12): what pairCandidates() says of the homophone word at INDEX of RUN, with the evidence it
// gets and whether it reaches the report threshold. Usage: node out/bench/hword-why.js RUN INDEX
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
const [run, at] = [process.argv[2] ?? '', Number(process.argv[3] ?? 0)];
const loose = { ...DEFAULT_THRESHOLDS, report: -1e9, homophoneWordMinCharGain: -1e9, homophoneWordFlipMinCharGain: -1e9, strongFlipMinSegGain: -1e9, minSegGain: -1e9 };
for (const c of model.pairCandidates(run, at)) {
  console.log(`${c.wrong}→${c.right} ${c.kind} char ${c.charGain.toFixed(1)} seg ${c.segGain.toFixed(1)} phrase ${c.phraseGain} flip ${c.contextFlip} long ${c.longWordFlip === true} evidence ${evidence(c, loose)?.toFixed(1)} reported ${evidence(c, DEFAULT_THRESHOLDS) !== undefined}`);
}
