// Developer aid: why does the wrong-character model miss the errors of ECSpell odw.train (validation or
// train fold)? Classifies every erroneous position. Usage: node out/bench/typo-diagnose.js [fold] [--show]
import { readFileSync } from 'node:fs';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';
import { lintDocument } from '../server/src/engine';
import { onlyRuleConfig } from './only-rule';

const fold = process.argv[2] ?? 'validation';
const showAll = process.argv.includes('--show');
const model = wrongCharacterModel();
const rows = readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
  .filter(({ cols, fold: f }) => cols.length === 3 && cols[1].length === cols[2].length && (fold === 'all' || f === fold));
const reasons = new Map<string, string[]>();
const note = (r: string, s: string) => { if (!reasons.has(r)) reasons.set(r, []); reasons.get(r)!.push(s); };
for (const { cols: [, wrong, right] } of rows) {
  for (let k = 0; k < wrong.length; k++) {
    if (wrong[k] === right[k]) continue;
    // the Han run around k
    let a = k; while (a > 0 && /\p{Script=Han}/u.test(wrong[a - 1])) a--;
    let b = k; while (b < wrong.length && /\p{Script=Han}/u.test(wrong[b])) b++;
    const run = wrong.slice(a, b); const i = k - a;
    const ctx = `${wrong.slice(Math.max(0, k - 6), k)}[${wrong[k]}→${right[k]}]${wrong.slice(k + 1, k + 7)}`;
    const adjacent = (k > 0 && wrong[k - 1] !== right[k - 1]) || (k + 1 < wrong.length && wrong[k + 1] !== right[k + 1]);
    const all = model.candidates(run, i);
    const cand = all.find((c) => c.right === right[k]);
    if (!cand) {
      const inConf = model.confusable(wrong[k]).includes(right[k]);
      const attested = !model.suspicious(run, i);
      note(!inConf ? 'not in confusion set' : adjacent ? 'adjacent error' : attested ? 'attested' : 'no word completed', ctx);
      continue;
    }
    // corrections() adds the evidence that only it looks for (institution names, post titles at an item's end).
    const reported = model.corrections(run, i, DEFAULT_THRESHOLDS, false, false, b === wrong.length || '、\n）)'.includes(wrong[b]));
    const score = reported.find((c) => c.right === right[k])?.score ?? evidence(cand, DEFAULT_THRESHOLDS);
    const best = reported[0];
    if (score === undefined) note(`below threshold (${cand.kind}${cand.realWord ? ', real word' : ''})`, `${ctx} seg ${cand.segGain.toFixed(1)} char ${cand.charGain.toFixed(1)} phrase ${cand.phraseGain}`);
    else if (best && best.right !== right[k]) note('other candidate preferred', ctx);
    else note('model finds it', ctx);
  }
}
for (const [r, list] of [...reasons].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${r}: ${list.length}`);
  if (showAll) list.slice(0, 60).forEach((s) => console.log('   ' + s));
}

// Sentences whose error the model alone finds but the rule does not report (lost to the rule's guards).
if (process.argv.includes('--guards')) {
  const config = onlyRuleConfig();
  const result = lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config });
  const flagged = new Set(result.findings.map((f) => result.document.positionAt(f.start).line));
  rows.forEach(({ cols: [, wrong, right] }, line) => {
    if (flagged.has(line)) return;
    for (let k = 0; k < wrong.length; k++) {
      if (wrong[k] === right[k]) continue;
      let a = k; while (a > 0 && /\p{Script=Han}/u.test(wrong[a - 1])) a--;
      let b = k; while (b < wrong.length && /\p{Script=Han}/u.test(wrong[b])) b++;
      const best = model.corrections(wrong.slice(a, b), k - a, DEFAULT_THRESHOLDS, true)[0];
      if (best && best.right === right.slice(k, k + best.right.length)) { console.log(`guarded: ${wrong.slice(Math.max(0, k - 8), k)}[${wrong[k]}→${right[k]}]${wrong.slice(k + 1, k + 8)}`); break; }
    }
  });
}
