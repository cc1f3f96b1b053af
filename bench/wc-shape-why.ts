// Developer aid (round 38, s38-wcshape): for 'RUN[C]REST' arguments, why wrong-character's model leaves the bracketed
// character: not suspicious (vouched for by a neighbour), no candidate, or each candidate's evidence and score with the
// report threshold lifted. Usage: node esbuild.mjs --bench && node out/bench/wc-shape-why.js 'RUN[C]REST'…
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
const loose = { ...DEFAULT_THRESHOLDS, report: -1e9 };
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('[');
  const run = arg.replace(/[[\]]/g, '');
  const suspicious = model.suspicious(run, at);
  const cands = model.candidates(run, at);
  const scored = model.corrections(run, at, loose, false, false, false);
  const show = cands.map((c) => {
    const s = scored.find((x) => x.right === c.right && x.index === at);
    return `${c.right}(${c.kind} ${c.word} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phr ${c.phraseGain} real ${c.realWord ? 1 : 0} score ${s ? s.score.toFixed(1) : '-'})`;
  });
  console.log(`${run} @${at} ${run[at]} suspicious=${suspicious}: ${show.join(' ; ') || 'no candidate'}`);
}
