// Developer aid: ECSpell odw.train with every sentence linted as a document of its own. eval-typos lints the
// sentences as one document, where the rule's document scope (a written form that recurs is the writer's
// term) hides a slip that ECSpell repeats in two sentences (独到委员会, 神灵发放, 弹侧). Prints, per fold,
// [erroneous, detected, clean, clean flagged]; --list prints the detected sentences (to diff two builds).
// Usage: node out/bench/typo-isolated.js [--list]
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { onlyRuleConfig } from './only-rule';

const list = process.argv.includes('--list');
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8')
  .split('\n')
  .map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
  .filter(({ cols }) => cols.length === 3 && cols[1].length === cols[2].length);
const config = onlyRuleConfig();
const tally: Record<string, number[]> = {};
for (const { cols: [, wrong, right], fold } of rows) {
  const t = (tally[fold] ??= [0, 0, 0, 0]);
  const errors = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
  const found = lintDocument(wrong, { config }).findings;
  if (!errors.length) {
    t[2]++;
    if (found.length) t[3]++;
    continue;
  }
  t[0]++;
  if (found.some((f) => errors.some((k) => k >= f.start && k < f.end))) {
    t[1]++;
    if (list) console.log(`${fold}\t${wrong}`);
  }
}
console.log(JSON.stringify(tally));
