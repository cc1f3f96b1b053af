// Library entry for bench/wc-tree-ab.ts: the engine and the bench texts of this tree, as one bundle that another
// process can require beside another tree's (nothing runs on load).
export { lintDocument } from '../server/src/engine';
export { configWith, MB, sourceTexts, textOfSize } from './lib';
export { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
