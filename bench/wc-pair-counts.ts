// Developer aid (round 37, s37-wcfunc): official-text counts (−1: fewer than twice) and report-language status of pairs.
// Usage: node out/bench/wc-pair-counts.js PAIR…
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
for (const p of process.argv.slice(2)) console.log(`${p}\tofficial ${model.officialPairCount(p.charCodeAt(0), p.charCodeAt(1))}\treport ${model.reportWord(p, 0)}\tword ${model.hasWord(p)}`);
