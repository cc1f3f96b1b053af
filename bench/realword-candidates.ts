// Developer aid: the real-word candidates (realWordCandidates) on ECSpell (errors: POS/ERR/neg) and on folders of clean text.
// Usage: node out/bench/realword-candidates.js train|validation|DIR...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
const eligible = new Uint8Array(65536).fill(1);
const args = process.argv.slice(2);
const items: { text: string; right?: string; name: string }[] = [];
if (args[0] === 'train' || args[0] === 'validation') {
  readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').forEach((l, i) => {
    const c = l.split('\t');
    if (c.length === 3 && c[1].length === c[2].length && ((i + 1) % 5 === 0 ? 'validation' : 'train') === args[0]) items.push({ text: c[1], right: c[2], name: 'odw' });
  });
} else for (const dir of args) for (const n of readdirSync(dir).filter((f) => f.endsWith('.txt'))) items.push({ text: readFileSync(join(dir, n), 'utf8'), name: n });
const found = new Int32Array(1 << 20);
for (const { text, right, name } of items) {
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    const n = model.realWordStarts(run, 0, run.length, found);
    for (let j = 0; j < n; j++) {
      for (const c of model.realWordCandidates(run, found[j], eligible)) {
        const k = m.index + c.index;
        const label = right === undefined ? 'neg' : right[k] === c.right ? 'POS' : right[k] !== text[k] ? 'ERR' : 'neg';
        const sc = model.realWordCorrections(run, found[j], eligible).find((x) => x.index === c.index && x.right === c.right)?.score;
        console.log([label, name, sc === undefined ? '-' : sc.toFixed(1), `${run.slice(Math.max(0, c.index - 6), c.index)}[${c.wrong}→${c.right}]${run.slice(c.index + 1, c.index + 7)}`, c.word, `seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phrase ${c.phraseGain}`].join('\t'));
      }
    }
  }
}
