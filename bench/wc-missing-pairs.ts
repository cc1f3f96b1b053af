// Developer aid (round 35, s35-confusion): the ECSpell slips wrong-character misses because the correct character is
// not in the written one's confusion set (bench/ecspell-classes.ts's 'single: not in confusion set'), one line each:
// fold, written, correct, official uses of both, whether the correct one is a candidate of any line, the context.
// tools/confusion-miss-reasons.mjs reads these lines and says why the builder leaves each pair out.
// Usage: node esbuild.mjs --bench && node out/bench/wc-missing-pairs.js > pairs.tsv
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { lintDocument } from '../server/src/engine';
import { findingsByLine, readOdwRows } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const model = wrongCharacterModel();
const rows = readOdwRows('../shared/ecspell/odw.train');
const byLine = findingsByLine(lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config: onlyRuleConfig() }));
const universe = new Set<string>();
for (let u = 0x3400; u <= 0x9fff; u++) for (const c of model.confusable(String.fromCharCode(u))) universe.add(c);
const HAN = /\p{Script=Han}/u;
rows.forEach(({ cols: [, wrong, right], fold }, line) => {
  const found = byLine.get(line) ?? [];
  for (let k = 0; k < wrong.length; k++) {
    if (wrong[k] === right[k] || !HAN.test(wrong[k]) || !HAN.test(right[k])) continue;
    if (k > 0 && wrong[k - 1] !== right[k - 1]) continue; // a pair is classed with its first character
    if (k + 1 < wrong.length && wrong[k + 1] !== right[k + 1]) continue; // pairs: not this class
    if (found.some((h) => k >= h.start && k < h.end)) continue;
    const w = wrong[k];
    const r = right[k];
    if (model.confusable(w).includes(r)) continue;
    const ctx = `${wrong.slice(Math.max(0, k - 6), k)}[${w}→${r}]${wrong.slice(k + 1, k + 7)}`;
    console.log([fold, w, r, model.officialCharUses(w), model.officialCharUses(r), universe.has(r) ? 1 : 0, model.confusable(w).length, ctx].join('\t'));
  }
});
