// Developer aid (issue 12): how often pairCandidates() and its lookups run on 1 MB of simplified text (rule alone), to
// compare builds by work done rather than by CPU time on a busy machine. Usage: node out/bench/hword-count.js
import { lintDocument } from '../server/src/engine';
import { configWith, MB, sourceTexts, textOfSize } from './lib';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const proto = Object.getPrototypeOf(wrongCharacterModel()) as Record<string, (...args: unknown[]) => unknown>;
const counts: Record<string, number> = {};
for (const name of ['pairCandidates', 'joinsNeighbours', 'pairPhraseWindows', 'isWord2', 'segmentCost']) {
  const original = proto[name];
  if (!original) continue;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    counts[name] = (counts[name] ?? 0) + 1;
    return original.apply(this, args);
  };
}
const text = textOfSize(sourceTexts('simplified').texts, MB);
lintDocument(text, { config: configWith('wrong-character') });
console.log(counts);
