// Developer aid (round 31): every single-character candidate at one position of a Han run, with its evidence parts
// and score (report threshold lowered so nothing is dropped). Usage: node out/bench/wc-near-why.js 'RUN@INDEX'…
// (INDEX: the position in RUN, or the character written after RUN as RUN[ch] … use a bracket: 多式联[云]公共)
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('[');
  const run = arg.replace(/[[\]]/g, '');
  const index = at >= 0 ? at : 0;
  console.log(`${run} @${index} ${run[index]} suspicious=${model.suspicious(run, index)}`);
  const scored = new Map(model.corrections(run, index, { ...DEFAULT_THRESHOLDS, report: -100 }).map((c) => [c.right + c.wrong, c.score]));
  for (const c of model.candidates(run, index, -100, false, -100)) {
    console.log(`  ${c.wrong}→${c.right} ${c.kind} word=${c.word ?? ''} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phrase ${c.phraseGain} realWord ${c.realWord ? 1 : 0} name ${c.nameShare.toFixed(2)} score ${scored.get(c.right + c.wrong)?.toFixed(1) ?? '-'}${c.setPhrase ? ' setPhrase' : ''}${c.contextFlip ? ' flip' : ''}`);
  }
}
