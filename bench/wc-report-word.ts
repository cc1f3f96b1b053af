// Developer aid (round 32): is each pair report language (WrongCharacterModel.reportWord)? Usage: node out/bench/wc-report-word.js PAIR…
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
for (const pair of process.argv.slice(2)) console.log(pair, model.reportWord(pair, 0));
