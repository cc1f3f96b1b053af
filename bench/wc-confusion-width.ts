// Developer aid (round 35, s35-confusion): how wide the confusion sets are where a text's characters stand — the
// candidates per Han character (every position) and per suspicious position (the ones the model looks at: scanParagraph's
// suspects), for comparing two builds of the data (each new look-alike costs where its character stands).
// Usage: node esbuild.mjs --bench && node out/bench/wc-confusion-width.js FILE…
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
const HAN = /\p{Script=Han}/u;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  let han = 0;
  let all = 0;
  let suspects = 0;
  let atSuspects = 0;
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i < run.length; i++) {
      if (!HAN.test(run[i])) continue;
      const n = model.confusable(run[i]).length;
      han++;
      all += n;
      if (run.length > 1 && model.suspicious(run, i)) {
        suspects++;
        atSuspects += n;
      }
    }
  }
  console.log(`${file}: ${han} Han characters, ${(all / han).toFixed(3)} candidates each; ${suspects} suspicious, ${(atSuspects / Math.max(1, suspects)).toFixed(3)} candidates each`);
}
