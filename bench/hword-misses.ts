// Developer aid (issue 12): the homophone-word slips ECSpell has (both characters of a pair replaced) that the rule
// misses, with what pairCandidates() says of the right word. Usage: node out/bench/hword-misses.js [--all]
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
const rows = readFileSync(process.argv[2] ?? '../shared/ecspell/odw.train', 'utf8').split('\n');
const loose = { ...DEFAULT_THRESHOLDS, report: -1e9, homophoneWordMinCharGain: -1e9, homophoneWordFlipMinCharGain: -1e9, strongFlipMinSegGain: -1e9 };
rows.forEach((line, i) => {
  const cols = line.split('\t');
  if (cols.length !== 3 || cols[1].length !== cols[2].length) return;
  const [, wrong, right] = cols;
  const fold = (i + 1) % 5 === 0 ? 'V' : 'T';
  for (let k = 0; k + 1 < wrong.length; k++) {
    if (wrong[k] === right[k] || wrong[k + 1] === right[k + 1]) continue;
    if (k > 0 && wrong[k - 1] !== right[k - 1]) continue;
    if (k + 2 < wrong.length && wrong[k + 2] !== right[k + 2]) continue;
    const re = /[\u4e00-\u9fff]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(wrong))) {
      if (m.index > k || m.index + m[0].length < k + 2) continue;
      const run = m[0];
      const at = k - m.index;
      const cands = model.pairCandidates(run, at);
      const c = cands.find((x) => x.right === right.slice(k, k + 2));
      const w = wrong.slice(k, k + 2), r = right.slice(k, k + 2);
      const info = c ? `char ${c.charGain.toFixed(1)} seg ${c.segGain.toFixed(1)} phrase ${c.phraseGain} flip ${c.contextFlip} score ${evidence(c, loose)?.toFixed(1)} real ${evidence(c, DEFAULT_THRESHOLDS)?.toFixed(1)}` : `none (${cands.map((x) => x.right).join(',')})`;
      const mm = model as unknown as { pairPhraseWindows(t: string, i: number): number; joinsNeighbours(r: string, i: number, p: string): boolean };
      const from = Math.max(0, at - 4), to = Math.min(run.length, at + 6);
      const fixedRun = run.slice(0, at) + r + run.slice(at + 2);
      const extra = `base ${mm.pairPhraseWindows(run.slice(from, to), at - from)} cand ${mm.pairPhraseWindows(fixedRun.slice(from, to), at - from)} joins ${mm.joinsNeighbours(run, at, r)}/${mm.joinsNeighbours(run, at, w)}`;
      console.log(`${extra} ${fold} ${i + 1} ${w}→${r} word ${model.hasWord(w)} off ${model.officialPairCount(w.charCodeAt(0), w.charCodeAt(1))}→${model.officialPairCount(r.charCodeAt(0), r.charCodeAt(1))} | ${run.slice(Math.max(0, at - 4), at + 6)} | ${info}`);
    }
  }
});
