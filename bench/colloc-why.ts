// Developer aid (issue 12, round 27): the word collocations (text/wrong-character-collocations.ts) of a candidate
// and of the written word at a position. Usage: node out/bench/colloc-why.js RUN INDEX RIGHT [RUN INDEX RIGHT …]
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { segmentWords } from '../server/src/text/wrong-character-collocations';

const model = wrongCharacterModel();
const inner = model as unknown as { collocations: { collocates(m: unknown, run: string, from: number, to: number, at?: number, code?: number): number } };
const args = process.argv.slice(2);
for (let i = 0; i + 2 < args.length; i += 3) {
  const run = args[i] ?? '';
  const index = Number(args[i + 1]);
  const right = args[i + 2] ?? '';
  const code = right.charCodeAt(0);
  const c = model.candidates(run, index).find((x) => x.right === right);
  const score = model.corrections(run, index, { ...DEFAULT_THRESHOLDS, report: -100, collocationBonus: 0 }).find((x) => x.right === right && x.wrong.length === 1)?.score;
  const words = (at: number) => segmentWords(model, run, at, code).map(([s, e]) => (at >= s && at < e ? `[${run.slice(s, at)}${right}${run.slice(at + 1, e)}]` : run.slice(s, e))).join(' ');
  const written = segmentWords(model, run).find(([s, e]) => s <= index && index < e);
  console.log(`${run} @${index} → ${right}: score ${score?.toFixed(1) ?? '—'} word ${c?.word ?? '—'}`);
  console.log(`  with: ${words(index)}  collocates ${c ? inner.collocations.collocates(model, run, c.wordStart, c.wordStart + c.word.length, index, code) : '—'}`);
  console.log(`  written: ${segmentWords(model, run).map(([s, e]) => run.slice(s, e)).join(' ')}  collocates ${written ? inner.collocations.collocates(model, run, written[0], written[1]) : '—'}`);
}
