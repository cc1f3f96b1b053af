import { findDataFile, loadWrongCharacterModel } from '../server/src/node/wrongCharacterData';
const model = loadWrongCharacterModel(findDataFile(__dirname)!);
for (const w of process.argv.slice(2)) console.log(w, model.hasWord(w));
