// Developer aid: the checks pairCandidates() makes on one written pair. Usage: node out/bench/typo-pair-why.js RUN INDEX
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
const model = wrongCharacterModel();
const [run, at] = [process.argv[2] ?? '', Number(process.argv[3] ?? 0)];
const a = run.charCodeAt(at), b = run.charCodeAt(at + 1);
console.log('word', model.hasWord(run.slice(at, at + 2)), 'official', model.officialPairCount(a, b));
if (at > 0) console.log('prev pair', run.slice(at - 1, at + 1), model.officialPairCount(run.charCodeAt(at - 1), a), model.hasWord(run.slice(at - 1, at + 1)));
if (at + 2 < run.length) console.log('next pair', run.slice(at + 1, at + 3), model.officialPairCount(b, run.charCodeAt(at + 2)), model.hasWord(run.slice(at + 1, at + 3)));
console.log('suspicious', model.suspicious(run, at), model.suspicious(run, at + 1));
console.log(model.pairCandidates(run, at).map((c) => `${c.right} ${c.kind} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phrase ${c.phraseGain}`));
