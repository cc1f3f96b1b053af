// Developer aid: dictionary cost and official trigram support of words. Usage: node out/bench/wc-word-cost.js WORD...
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
const model = wrongCharacterModel();
for (const w of process.argv.slice(2)) {
  const tri: boolean[] = [];
  for (let k = 0; k + 3 <= w.length; k++) tri.push(model.officialTrigramWith(w, k, -1, 0));
  console.log(w, 'cost', model.wordCostWith(w, 0, w.length, -1, 0), 'trigrams', tri.join(','));
}
