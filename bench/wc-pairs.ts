// Developer aid (scratch): why adjacent two-character slips of ECSpell are missed.
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';
const model = wrongCharacterModel();
const fold = process.argv[2] ?? 'val';
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'val' : 'train' })).filter(({ cols, fold: f }) => cols.length === 3 && cols[1].length === cols[2].length && (fold === 'all' || f === fold));
const mm = model as any;
for (const { cols: [, wrong, right] } of rows) {
  for (let k = 0; k + 1 < wrong.length; k++) {
    if (wrong[k] === right[k] || wrong[k + 1] === right[k + 1]) continue;
    if (k > 0 && wrong[k - 1] !== right[k - 1]) continue;
    let a = k; while (a > 0 && /\p{Script=Han}/u.test(wrong[a - 1])) a--;
    let b = k; while (b < wrong.length && /\p{Script=Han}/u.test(wrong[b])) b++;
    const run = wrong.slice(a, b); const i = k - a;
    const w = wrong.slice(k, k + 2), r = right.slice(k, k + 2);
    const cands = model.pairCandidates(run, i, -Infinity, false);
    const c = cands.find((x) => x.right === r);
    const wc = model.officialPairCount(w.charCodeAt(0), w.charCodeAt(1));
    const rc = model.officialPairCount(r.charCodeAt(0), r.charCodeAt(1));
    const A = run.charCodeAt(i), B = run.charCodeAt(i + 1);
    const gate = `att${mm.bigrams.getPair(A, B)} pf${i > 0 && mm.familiar(run.charCodeAt(i - 1), A) ? 1 : 0} nf${i + 2 < run.length && mm.familiar(B, run.charCodeAt(i + 2)) ? 1 : 0} pw${i > 0 && mm.words2.getPair(run.charCodeAt(i - 1), A) >= 0 ? 1 : 0} nw${i + 2 < run.length && mm.words2.getPair(B, run.charCodeAt(i + 2)) >= 0 ? 1 : 0}`;
    const info = gate + ' ' + (c ? `seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} ph ${c.phraseGain} ev ${evidence(c, { ...DEFAULT_THRESHOLDS, report: -99 })?.toFixed(1)}` : `no cand (${cands.map((x) => x.right).join(',')})`);
    console.log(`${wrong.slice(Math.max(0, k - 5), k)}[${w}→${r}]${wrong.slice(k + 2, k + 6)}\tword:${model.hasWord(w) ? 'Y' : 'n'}/${model.hasWord(r) ? 'Y' : 'n'} off:${wc}/${rc} susp:${model.suspicious(run, i) ? 1 : 0}${model.suspicious(run, i + 1) ? 1 : 0}\t${info}`);
  }
}
