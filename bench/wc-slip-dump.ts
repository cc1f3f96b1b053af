// Developer aid (round 32): the model's view of every single-character slip of an ECSpell odw.train fold as JSON lines,
// in the format of bench/inject-errors.ts --dump, to compare the evidence of the same kind of slip in ECSpell
// sentences and in report text. Usage: node out/bench/wc-slip-dump.js [validation|train] > FILE
import { readFileSync } from 'node:fs';
import { slipView } from './slip-miss-reason';

const fold = process.argv[2] ?? 'validation';
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
  .filter(({ cols, fold: f }) => cols.length === 3 && cols[1].length === cols[2].length && f === fold);
for (const { cols: [, wrong, right] } of rows) {
  for (let k = 0; k < wrong.length; k++) {
    if (wrong[k] === right[k]) continue;
    // Single slips only (the injected ones are single): skip a slip with a slipped neighbour.
    if ((k > 0 && wrong[k - 1] !== right[k - 1]) || (k + 1 < wrong.length && wrong[k + 1] !== right[k + 1])) continue;
    // The text the model sees: the wrong sentence with the other slips corrected.
    const text = [...right].map((c, j) => (j === k ? wrong[k] : c)).join('');
    const view = slipView(text, k, right[k]);
    console.log(JSON.stringify({ detected: String(view.reason).startsWith('model finds') || String(view.reason).startsWith('other'), folder: `ecspell-${fold}`, ...view }));
  }
}
