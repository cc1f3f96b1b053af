// Developer aid (round 34): the confusion set, official uses and single-character cost of each character given
// (node out/bench/wc-confusable.js 犮柤彧).
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
for (const c of [...(process.argv[2] ?? '')]) console.log(`${c}\tU+${c.codePointAt(0)?.toString(16).toUpperCase()}\tofficial ${model.officialCharUses(c)}\tcost ${model.singleCost(c.charCodeAt(0)).toFixed(2)}\tconfusable ${process.argv.includes('--set') ? model.confusable(c) || '-' : model.confusable(c).length}`);
