// Developer aid: the train fold's missed sentences of ECSpell odw.train by class of slip.
// Usage: node out/bench/nonword-misses.js [fold] [--show]
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { lintDocument } from '../server/src/engine';
import { onlyRuleConfig } from './only-rule';

const fold = process.argv[2] ?? 'train';
const show = process.argv.includes('--show');
const model = wrongCharacterModel();
const config = onlyRuleConfig();
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
  .filter(({ cols }) => cols.length === 3 && cols[1].length === cols[2].length);
const result = lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config });
const flagged = new Map<number, { s: number; e: number }[]>();
for (const f of result.findings) {
  const line = result.document.positionAt(f.start).line;
  const ls = result.document.offsetAt({ line, character: 0 });
  flagged.set(line, [...(flagged.get(line) ?? []), { s: f.start - ls, e: f.end - ls }]);
}
const reads = (c: string) => new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }));
const sameReading = (a: string, b: string) => [...reads(a)].some((r) => reads(b).has(r));
const classes = new Map<string, string[]>();
const note = (k: string, s: string) => classes.set(k, [...(classes.get(k) ?? []), s]);
const han = /\p{Script=Han}/u;
rows.forEach(({ cols: [, wrong, right], fold: f }, line) => {
  if (f !== fold && fold !== 'all') return;
  const errs = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
  if (!errs.length) return;
  const found = flagged.get(line) ?? [];
  if (found.some((x) => errs.some((k) => k >= x.s && k < x.e))) return;
  // classify the sentence by its first error
  const k = errs[0];
  const adj = errs.includes(k + 1);
  const ctx = `${wrong.slice(Math.max(0, k - 6), k)}[${wrong.slice(k, adj ? k + 2 : k + 1)}→${right.slice(k, adj ? k + 2 : k + 1)}]${wrong.slice(adj ? k + 2 : k + 1, k + 8)}`;
  if (adj) {
    const same = sameReading(wrong[k], right[k]) && sameReading(wrong[k + 1], right[k + 1]);
    const pairCount = model.officialPairCount(wrong.charCodeAt(k), wrong.charCodeAt(k + 1));
    const w = model.hasWord(wrong.slice(k, k + 2));
    const conf = model.confusable(wrong[k]).includes(right[k]) && model.confusable(wrong[k + 1]).includes(right[k + 1]);
    note(`pair ${same ? 'same-reading' : conf ? 'both-in-conf' : 'other'} ${w ? 'written-word' : pairCount >= 3 ? 'attested' : 'nonword'}`, ctx);
    return;
  }
  const c = wrong[k];
  const r = right[k];
  const inConf = model.confusable(c).includes(r);
  const left = k > 0 && han.test(wrong[k - 1]) ? model.officialPairCount(wrong.charCodeAt(k - 1), wrong.charCodeAt(k)) : -9;
  const rightPair = k + 1 < wrong.length && han.test(wrong[k + 1]) ? model.officialPairCount(wrong.charCodeAt(k), wrong.charCodeAt(k + 1)) : -9;
  const nonword = left < 1 && rightPair < 1;
  const kind = sameReading(c, r) ? 'same' : 'other';
  note(`single ${inConf ? 'in-conf' : 'NOT-in-conf'} ${kind} ${nonword ? 'nonword' : 'attested-neighbour'}`, `${ctx} L${left} R${rightPair}`);
});
for (const [k, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${k}: ${list.length}`);
  if (show) list.forEach((s) => console.log('   ' + s));
}
