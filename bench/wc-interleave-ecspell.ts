// Developer aid (round 37, s37-wcwords): ECSpell slips that interleaved-quartet would quiet, asked on the sentence as
// written and with only that slip left in it. Usage: node esbuild.mjs --bench && node out/bench/wc-interleave-ecspell.js ../shared/ecspell/odw.train
import { readFileSync } from 'node:fs';
import { findDataFile, loadWrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { inInterleavedQuartet } from '../server/src/text/wrong-character-phrasing';
const model = loadWrongCharacterModel(findDataFile(__dirname)!);
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const [flag, w, r] = line.split('\t');
  if (flag !== '1' || !r || w.length !== r.length) continue;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === r[i]) continue;
    const one = r.slice(0, i) + w[i] + r.slice(i + 1);
    if (inInterleavedQuartet(model, w, i, w[i], r[i]) || inInterleavedQuartet(model, one, i, w[i], r[i])) console.log(w.slice(Math.max(0, i - 6), i + 6), w[i], '->', r[i]);
  }
}
