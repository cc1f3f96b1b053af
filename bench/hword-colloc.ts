// Developer aid (issue 12, round 28): homophone words typed whole that ECSpell has (both characters of a pair
// replaced) where the written pair is a word official texts use: is the pair listed (WHOLE_WORD), and how many words
// of the clause does the collocation filter pair with the right word and with the written one?
// Usage: node out/bench/hword-colloc.js [file] [--all]
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { segmentWords, wordHash, type CollocationFilter } from '../server/src/text/wrong-character-collocations';

const model = wrongCharacterModel();
const m = model as unknown as { collocations: CollocationFilter; realWords: { getPair(a: number, b: number): number }; bigrams: { getPair(a: number, b: number): number } };
const all = process.argv.includes('--all');
const rows = readFileSync(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/ecspell/odw.train', 'utf8').split('\n');
rows.forEach((line, i) => {
  const cols = line.split('\t');
  if (cols.length !== 3 || cols[1].length !== cols[2].length) return;
  const [, wrong, right] = cols;
  const fold = (i + 1) % 5 === 0 ? 'V' : 'T';
  if (!all && fold !== 'V') return;
  for (let k = 0; k + 1 < wrong.length; k++) {
    if (wrong[k] === right[k] && wrong[k + 1] === right[k + 1]) continue;
    if (wrong[k] === right[k] || wrong[k + 1] === right[k + 1]) continue;
    const re = /[\u4e00-\u9fff]+/g;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(wrong))) {
      if (mm.index > k || mm.index + mm[0].length < k + 2) continue;
      const run = mm[0];
      const at = k - mm.index;
      const w = wrong.slice(k, k + 2), r = right.slice(k, k + 2);
      const count = m.bigrams.getPair(w.charCodeAt(0), w.charCodeAt(1));
      const words = segmentWords(model, run);
      const fixed = run.slice(0, at) + r + run.slice(at + 2);
      const rwords = segmentWords(model, fixed);
      const cv = m.collocations.collocation(fixed, rwords, wordHash(r, 0, 2), at, at + 2);
      const cw = m.collocations.collocation(run, words, wordHash(w, 0, 2), at, at + 2);
      const listed = m.realWords.getPair(w.charCodeAt(0), w.charCodeAt(1));
      console.log(`${fold} ${w}→${r} wcount ${count} rcount ${m.bigrams.getPair(r.charCodeAt(0), r.charCodeAt(1))} listed ${listed} V ${cv.collocates}/${cv.others} W ${cw.collocates}/${cw.others}  ${run}`);
    }
  }
});
