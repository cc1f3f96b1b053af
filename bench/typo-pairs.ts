// Developer aid: the two-character slips of ECSpell odw.train (both characters wrong, 练习会议 for 联席会议)
// and what the wrong-character model makes of each: whether the written and the right pair are words,
// how often official texts use them, whether both characters are suspicious, and the right word's
// evidence (or "no candidate"). Usage: node out/bench/typo-pairs.js [validation|train|all]
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';

const model = wrongCharacterModel();
const fold = process.argv[2] ?? 'validation';
const HAN = /\p{Script=Han}/u;
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8')
  .split('\n')
  .map((line, i) => ({ cols: line.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
  .filter(({ cols, fold: f }) => cols.length === 3 && cols[1].length === cols[2].length && (fold === 'all' || f === fold));
const count = (pair: string) => model.officialPairCount(pair.charCodeAt(0), pair.charCodeAt(1));
for (const { cols: [, wrong, right] } of rows) {
  for (let k = 0; k + 1 < wrong.length; k++) {
    // The first two wrong characters in a row.
    if (wrong[k] === right[k] || wrong[k + 1] === right[k + 1] || (k > 0 && wrong[k - 1] !== right[k - 1])) continue;
    let start = k;
    while (start > 0 && HAN.test(wrong[start - 1])) start--;
    let end = k;
    while (end < wrong.length && HAN.test(wrong[end])) end++;
    const run = wrong.slice(start, end);
    const written = wrong.slice(k, k + 2);
    const fixed = right.slice(k, k + 2);
    const candidates = model.pairCandidates(run, k - start);
    const found = candidates.find((c) => c.right === fixed);
    const score = found ? evidence(found, { ...DEFAULT_THRESHOLDS, report: -Infinity }) : undefined;
    const verdict = found
      ? `${found.kind} seg ${found.segGain.toFixed(1)} char ${found.charGain.toFixed(1)} phrase ${found.phraseGain}${found.contextFlip ? ' flip' : ''} evidence ${score === undefined ? 'below the minimum' : score.toFixed(1)}`
      : `no candidate (${candidates.map((c) => c.right).join(',')})`;
    const suspicious = `${model.suspicious(run, k - start) ? 1 : 0}${model.suspicious(run, k - start + 1) ? 1 : 0}`;
    console.log(`${wrong.slice(Math.max(0, k - 5), k)}[${written}→${fixed}]${wrong.slice(k + 2, k + 6)}\twords ${model.hasWord(written) ? 'Y' : 'n'}/${model.hasWord(fixed) ? 'Y' : 'n'} official ${count(written)}/${count(fixed)} suspicious ${suspicious}\t${verdict}`);
  }
}
