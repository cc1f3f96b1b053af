// Developer aid (issue 12, round 27): the word collocations (text/wrong-character-collocations.ts) of a candidate
// and of the written word at a position. Usage: node out/bench/colloc-why.js RUN INDEX RIGHT [RUN INDEX RIGHT …]
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { segmentWords, wordHash } from '../server/src/text/wrong-character-collocations';

const model = wrongCharacterModel();
type Words = readonly (readonly [number, number])[];
const inner = model as unknown as { collocations: { collocation(run: string, words: Words, own: number, from: number, to: number): { collocates: number; others: number } } };
/** As the model counts them (WrongCharacterModel.collocated): among the words of the run as written, beside run[from, to) with run[at] read as code. */
const count = (run: string, words: Words, from: number, to: number, at = -1, code = 0) => {
  const { collocates, others } = inner.collocations.collocation(run, words, wordHash(run, from, to, at, code), from, to);
  return `${collocates} of ${others}`;
};
const args = process.argv.slice(2);
for (let i = 0; i + 2 < args.length; i += 3) {
  const run = args[i] ?? '';
  const index = Number(args[i + 1]);
  const right = args[i + 2] ?? '';
  const code = right.charCodeAt(0);
  const c = model.candidates(run, index).find((x) => x.right === right);
  const score = model.corrections(run, index, { ...DEFAULT_THRESHOLDS, report: -100, collocationBonus: 0 }).find((x) => x.right === right && x.wrong.length === 1)?.score;
  const words = segmentWords(model, run);
  const written = words.find(([s, e]) => s <= index && index < e);
  console.log(`${run} @${index} → ${right}: score ${score?.toFixed(1) ?? '—'} word ${c?.word ?? '—'}`);
  console.log(`  words as written: ${words.map(([s, e]) => run.slice(s, e)).join(' ')}`);
  console.log(`  collocates of ${c?.word ?? '—'}: ${c ? count(run, words, c.wordStart, c.wordStart + c.word.length, index, code) : '—'}; of the written word: ${written ? count(run, words, written[0], written[1]) : '—'}`);
}
