// Developer aid (round 37): for each argument, whether it is a dictionary word (hasWord), how often official texts use each
// character, and each pair (officialPairCount). Usage: node out/bench/wc-has-word.js WORD…
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
for (const word of process.argv.slice(2)) {
  const chars = [...word].map((c) => `${c}:${model.officialCharUses(c)}`).join(' ');
  const pairs = [...word].slice(1).map((c, i) => `${word.charAt(i)}${c}:${model.officialPairCount(word.charCodeAt(i), c.charCodeAt(0))}`).join(' ');
  console.log(word, model.hasWord(word), chars, pairs);
}
