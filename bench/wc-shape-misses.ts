// Developer aid (round 36, s36-wcshape): the look-alike slips (形近别字) of both ECSpell folds that wrong-character leaves
// (missed sentences and partly corrected ones), each with the model's view: no pair in the confusion set, no candidate
// (vouched for by a neighbour, or no word completed), a candidate the models doubt, one under the threshold (with its
// evidence), or one the model reports and the rule drops. Single slips only (a slip with a wrong neighbour is a pair).
// Usage: node esbuild.mjs --bench && node out/bench/wc-shape-misses.js [--all-kinds]
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { lintDocument } from '../server/src/engine';
import { findingsByLine, readOdwRows } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const allKinds = process.argv.includes('--all-kinds');
const model = wrongCharacterModel();
const config = onlyRuleConfig();
const rows = readOdwRows('../shared/ecspell/odw.train');
const result = lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config });
const byLine = findingsByLine(result);
const HAN = /\p{Script=Han}/u;
const loose = { ...DEFAULT_THRESHOLDS, report: -1e9 };
const m = model as any;

/** 'same', 'near', 'shape' or '' (not in the set): which section of the written character's row holds `right`. */
function relation(wrong: string, right: string): string {
  const row = m.confusionRow[wrong.charCodeAt(0)] ?? -1;
  if (row < 0) return '';
  const b = m.confusionBounds as Int32Array;
  const units = m.confusionList.units as Uint16Array;
  const at = (from: number, to: number) => String.fromCharCode(...units.subarray(from, to)).includes(right);
  if (at(b[row * 6], b[row * 6 + 1])) return 'same';
  if (at(b[row * 6 + 1], b[row * 6 + 3])) return 'near';
  if (at(b[row * 6 + 3], b[row * 6 + 5])) return 'shape';
  return '';
}

const counts = new Map<string, number>();
const lines: string[] = [];
rows.forEach(({ cols: [, wrong, right], fold }, line) => {
  const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
  if (errorAt.length === 0) return;
  const found = byLine.get(line) ?? [];
  for (const k of errorAt) {
    if (found.some((h) => k >= h.start && k < h.end)) continue;
    if (errorAt.includes(k - 1) || errorAt.includes(k + 1)) continue;
    let a = k;
    while (a > 0 && HAN.test(wrong[a - 1])) a--;
    let b = k;
    while (b < wrong.length && HAN.test(wrong[b])) b++;
    const run = wrong.slice(a, b);
    const i = k - a;
    const rel = relation(wrong[k], right[k]);
    if (!allKinds && rel !== 'shape') continue;
    let why: string;
    let info = '';
    if (!rel) why = 'no pair';
    else {
      const cand = model.candidates(run, i).find((c) => c.right === right[k]);
      if (!cand) why = model.suspicious(run, i) ? 'no candidate: no word completed' : 'no candidate: vouched';
      else {
        const all = model.corrections(run, i, loose, false, false, false);
        const mine = all.find((c) => c.right === right[k]);
        info = ` {${cand.word} seg ${cand.segGain.toFixed(1)} char ${cand.charGain.toFixed(1)} phr ${cand.phraseGain} real ${cand.realWord ? 1 : 0} name ${cand.nameShare.toFixed(2)} score ${mine?.score?.toFixed(1) ?? '-'} best ${all[0]?.right ?? '-'}}`;
        if (!mine) why = cand.charGain < DEFAULT_THRESHOLDS.minCharGain ? 'models doubt: char' : 'models doubt: seg';
        else if (mine.score >= DEFAULT_THRESHOLDS.report) why = all[0]?.right === right[k] ? 'reported by the model, dropped by the rule' : 'another candidate preferred';
        else why = `under threshold (${mine.score < 15 ? '<15' : mine.score < 20 ? '15-20' : '20-25'})`;
      }
    }
    const key = `${rel || 'none'}: ${why}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const part = found.some((h) => errorAt.some((e) => e >= h.start && e < h.end)) ? 'partial' : 'missed';
    lines.push(`${key}\t${fold}\t${part}\t${wrong.slice(Math.max(0, k - 8), k)}[${wrong[k]}→${right[k]}]${wrong.slice(k + 1, k + 8)}${info}`);
  }
});
for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
console.log('');
for (const l of lines.sort()) console.log(l);
