// Developer aid (round 33, issue 12): the sentences of one ECSpell fold sorted into classes by why wrong-character misses
// them, and the detected ones by why the preferred fixes do not correct them fully (a slip left, a fix wrong, a finding
// without an autofix, a finding off the slips). Each slip left is classed by the model's view of it (bench/typo-diagnose.ts),
// and also scored with the sentence's other slips corrected (a neighbouring slip that drags its evidence down).
// Usage: node esbuild.mjs --bench && node out/bench/ecspell-classes.js [train|validation] [--show N] [--class PREFIX] [--homophone]
// --homophone (round 36): only the slips whose written and right characters share a reading (tones dropped, every reading
// pinyin-pro knows; a two-character slip when both do), and only the sentences that have one: the 同音、近音 misses by class.
import { pinyin } from 'pinyin-pro';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { lintDocument } from '../server/src/engine';
import { findingsByLine, readOdwRows, type LineFinding } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const fold = args[0] && !args[0].startsWith('--') ? args[0] : 'train';
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? fallback : fallback);
const show = Number(option('--show', '0'));
const only = option('--class', '');
const model = wrongCharacterModel();
const config = onlyRuleConfig();
const rows = readOdwRows('../shared/ecspell/odw.train');
const result = lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config });
const byLine = findingsByLine(result);
const HAN = /\p{Script=Han}/u;
const detail = args.includes('--detail');
const details = new Map<string, string>();
const loose = { ...DEFAULT_THRESHOLDS, report: -1e9 };
const homophonesOnly = args.includes('--homophone');
const readingsOf = (c: string) => new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }));
/** Whether the slip starting at k (one character, or a run of adjacent ones) is a homophone one: each of its characters shares a reading with the right one. */
function homophoneSlip(wrong: string, right: string, k: number): boolean {
  for (let j = k; j < wrong.length && wrong[j] !== right[j]; j++) {
    const own = readingsOf(wrong[j]);
    if (![...readingsOf(right[j])].some((r) => own.has(r))) return false;
  }
  return true;
}

function applyFixes(sentence: string, found: LineFinding[]): string {
  let fixed = sentence;
  for (const f of [...found].sort((a, b) => b.start - a.start)) if (f.fix !== undefined) fixed = fixed.slice(0, f.start) + f.fix + fixed.slice(f.end);
  return fixed;
}

/** The model's best score for `right` at run[i] (undefined: no candidate or a model disagrees), and the best overall. */
function scoreOf(run: string, i: number, right: string, pair: boolean): { score?: number; best?: string; cand: boolean } {
  const all = model.corrections(run, i, loose, pair, false, false);
  const mine = all.find((c) => c.right === right);
  const cands = pair ? model.pairCandidates(run, i) : model.candidates(run, i);
  return { score: mine?.score, best: all[0]?.right, cand: cands.some((c) => c.right === right) };
}

/** Why the slip at k (wrong → right) is not found; `others`: the sentence with every other slip corrected. */
function slipClass(wrong: string, right: string, k: number): string {
  let a = k;
  while (a > 0 && HAN.test(wrong[a - 1])) a--;
  let b = k;
  while (b < wrong.length && HAN.test(wrong[b])) b++;
  const pairHere = k + 1 < b && wrong[k + 1] !== right[k + 1];
  const pairBefore = k > a && wrong[k - 1] !== right[k - 1];
  if (pairBefore) return ''; // classed with its first character
  const width = pairHere ? (k + 2 < b && wrong[k + 2] !== right[k + 2] ? 3 : 2) : 1;
  if (width === 3) return 'three or more slips side by side';
  const run = wrong.slice(a, b);
  const want = right.slice(k, k + width);
  // The run with the sentence's other slips corrected (what a neighbouring slip costs).
  const fixedRun = [...run].map((c, j) => (j + a >= k && j + a < k + width ? c : right[j + a])).join('');
  const otherSlips = fixedRun !== run;
  const tag = (s: string) => s;
  if (width === 2) {
    const { score, cand } = scoreOf(run, k - a, want, true);
    const alone = otherSlips ? scoreOf(fixedRun, k - a, want, true).score : undefined;
    const word = model.hasWord(wrong.slice(k, k + 2)) ? 'written pair a word' : 'written pair no word';
    if (!cand && detail) {
      const cnt = (w: string) => model.officialPairCount(w.charCodeAt(0), w.charCodeAt(1));
      const w2 = wrong.slice(k, k + 2);
      details.set(k + ':' + wrong, `${w2}→${want} off ${cnt(w2)}/${cnt(want)} susp ${model.suspicious(run, k - a) ? 1 : 0}${model.suspicious(run, k - a + 1) ? 1 : 0} vouchedCall ${model.pairCandidates(run, k - a, -Infinity, true, true).some((c) => c.right === want) ? 1 : 0}`);
    }
    if (!cand) {
      const singles = [0, 1].map((d) => model.confusable(wrong[k + d]).includes(right[k + d]));
      return tag(`pair: no candidate (${word}${singles.every(Boolean) ? '' : ', not in confusion set'})`);
    }
    if (detail) {
      const c = model.pairCandidates(run, k - a).find((x) => x.right === want);
      if (c) details.set(k + ':' + wrong, `${c.wrong}→${c.right} ${c.kind} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phr ${c.phraseGain} flip ${c.contextFlip} long ${c.longWordFlip === true} coll ${c.collocated === true} score ${score?.toFixed(1)} off ${model.officialPairCount(c.wrong.charCodeAt(0), c.wrong.charCodeAt(1))}/${model.officialPairCount(c.right.charCodeAt(0), c.right.charCodeAt(1))}`);
    }
    if (score === undefined) return tag(`pair: a model disagrees (${word})`);
    if (score >= DEFAULT_THRESHOLDS.report) return tag(`pair: model finds it, rule drops it (${word})`);
    if (alone !== undefined && alone >= DEFAULT_THRESHOLDS.report) return tag('pair: found once the other slips are corrected');
    return tag(`pair: below threshold (${word}, ${score < 15 ? '<15' : score < 20 ? '15-20' : '20-25'})`);
  }
  const i = k - a;
  if (!model.confusable(wrong[k]).includes(right[k])) return 'single: not in confusion set';
  const { score, best, cand } = scoreOf(run, i, want, false);
  const alone = otherSlips ? scoreOf(fixedRun, i, want, false) : undefined;
  if (otherSlips && model.corrections(fixedRun, i, DEFAULT_THRESHOLDS, true, false, false)[0]?.right === want && model.corrections(run, i, DEFAULT_THRESHOLDS, true, false, false)[0]?.right !== want) return 'single: found (default thresholds) once the other slips are corrected';
  if (alone?.score !== undefined && alone.score >= DEFAULT_THRESHOLDS.report && (score === undefined || score < DEFAULT_THRESHOLDS.report)) return 'single: found once the other slips are corrected';
  if (!cand && !model.suspicious(run, i) && detail) {
    const all = new Uint8Array(65536).fill(1);
    const rw = [i - 1, i].filter((s) => s >= 0).flatMap((s) => model.realWordCorrections(run, s, all)).filter((c) => c.index === i);
    details.set(k + ':' + wrong, rw.map((c) => `${c.wrong}→${c.right} ${c.word} ${c.score.toFixed(1)}`).join(' ') || 'no real-word correction');
  }
  if (!cand) return model.suspicious(run, i) ? 'single: no word completed' : 'single: vouched by a neighbour (attested)';
  const c = model.candidates(run, i).find((x) => x.right === want);
  const kind = `${c?.kind ?? '?'}${c?.realWord ? ', real word' : ''}`;
  if (c && detail) {
    const ws = c.wordStart;
    const written = run.slice(ws, ws + c.word.length);
    const count = (w: string) => (w.length === 2 ? model.officialPairCount(w.charCodeAt(0), w.charCodeAt(1)) : -1);
    details.set(k + ':' + wrong, `${written}→${c.word} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phr ${c.phraseGain} score ${score?.toFixed(1)} off ${count(written)}/${count(c.word)} name ${c.nameShare.toFixed(2)}`);
  }
  // Round 35: 'char silent' — the character model knows neither the written character nor the candidate beside either
  // neighbour in official text (all four pairs unseen: its gain is the smoothing, ≈ 0), as against 'char' (it prefers the written one).
  const unseen = (x: number, y: number) => x < 0 || y < 0 || model.officialPairCount(x, y) < 1;
  const prevCode = i > 0 ? run.charCodeAt(i - 1) : -1;
  const nextCode = i + 1 < run.length ? run.charCodeAt(i + 1) : -1;
  const silent = [run.charCodeAt(i), want.charCodeAt(0)].every((x) => unseen(prevCode, x) && unseen(x, nextCode));
  if (score === undefined) return `single: a model disagrees (${kind}; ${c && c.charGain < DEFAULT_THRESHOLDS.minCharGain ? (silent ? 'char silent' : 'char') : 'seg'})`;
  if (score >= DEFAULT_THRESHOLDS.report) return best === want ? 'single: model finds it, rule drops it' : 'single: other candidate preferred';
  return `single: below threshold (${kind}, ${score < 15 ? '<15' : score < 20 ? '15-20' : '20-25'})`;
}

const classes = new Map<string, string[]>();
const note = (k: string, s: string) => classes.set(k, [...(classes.get(k) ?? []), s]);
const slipTotals = new Map<string, number>();
let sentences = 0;
const bySlips = new Map<number, { sentences: number; detected: number; full: number; slips: number; slipsFound: number }>();
rows.forEach(({ cols: [, wrong, right], fold: f }, line) => {
  if (f !== fold) return;
  const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
  if (errorAt.length === 0) return;
  if (homophonesOnly && !errorAt.some((k, j) => (j === 0 || errorAt[j - 1] !== k - 1) && homophoneSlip(wrong, right, k))) return;
  sentences++;
  const found = byLine.get(line) ?? [];
  const groups = errorAt.filter((k, j) => j === 0 || errorAt[j - 1] !== k - 1);
  const g = Math.min(groups.length, 3);
  const row = bySlips.get(g) ?? { sentences: 0, detected: 0, full: 0, slips: 0, slipsFound: 0 };
  bySlips.set(g, row);
  row.sentences++;
  row.slips += groups.length;
  row.slipsFound += groups.filter((k) => found.some((h) => k >= h.start && k < h.end)).length;
  if (found.some((h) => errorAt.some((k) => k >= h.start && k < h.end))) row.detected++;
  if (applyFixes(wrong, found) === right) row.full++;
  const hits = found.filter((h) => errorAt.some((k) => k >= h.start && k < h.end));
  const place = (k: number) => `${wrong.slice(Math.max(0, k - 8), k)}[${wrong[k]}${wrong[k + 1] !== right[k + 1] ? wrong[k + 1] : ''}→${right[k]}${wrong[k + 1] !== right[k + 1] ? right[k + 1] : ''}]${wrong.slice(k + 1, k + 8)}${details.has(k + ':' + wrong) ? ' {' + details.get(k + ':' + wrong) + '}' : ''}`;
  if (applyFixes(wrong, found) === right) return note('fully corrected', wrong.slice(0, 50));
  const uncovered = errorAt.filter((k) => !found.some((h) => k >= h.start && k < h.end) && (!homophonesOnly || homophoneSlip(wrong, right, errorAt.includes(k - 1) ? errorAt.filter((x) => x <= k && !errorAt.includes(x - 1)).pop()! : k)));
  const slipReasons = uncovered.map((k) => ({ k, why: slipClass(wrong, right, k) })).filter((r) => r.why);
  for (const r of slipReasons) slipTotals.set(r.why, (slipTotals.get(r.why) ?? 0) + 1);
  const why = [...new Set(slipReasons.map((r) => r.why))].join(' + ');
  const detail = slipReasons.map((r) => place(r.k)).join('  ');
  if (!hits.length) return note(`MISSED ${errorAt.length > 1 ? '(several slips) ' : ''}${why}`, detail);
  const parts: string[] = [];
  if (hits.some((h) => h.fix === undefined)) parts.push('a hit without autofix');
  if (hits.some((h) => h.fix !== undefined && h.fix !== right.slice(h.start, h.end))) parts.push('a hit with the wrong fix');
  if (found.some((h) => !errorAt.some((k) => k >= h.start && k < h.end))) parts.push('a finding off the slips');
  if (slipReasons.length) parts.push(`slip left: ${why}`);
  const info = found.map((h) => `${wrong.slice(h.start, h.end)}→${h.fix ?? '?'}${h.fix === right.slice(h.start, h.end) ? '' : `(${right.slice(h.start, h.end)})`}`).join(',');
  note(`PARTIAL ${parts.join(' + ')}`, `${info}  ${detail || wrong.slice(0, 50)}`);
});
console.log(`${fold}: ${sentences} erroneous sentences${homophonesOnly ? ' with a homophone slip (only those slips classed)' : ''}`);
for (const [k, list] of [...classes].sort((x, y) => y[1].length - x[1].length)) {
  if (only && !k.includes(only)) continue;
  console.log(`${list.length}\t${k}`);
  for (const s of list.slice(0, k === 'fully corrected' ? 0 : show)) console.log(`\t\t${s}`);
}
console.log('\nby slips per sentence (a run of adjacent wrong characters is one slip):');
for (const [g, r] of [...bySlips].sort((x, y) => x[0] - y[0])) console.log(`${g === 3 ? '3+' : g}\t${r.sentences} sentences\tdetected ${r.detected}\tfully corrected ${r.full}\tslips found ${r.slipsFound}/${r.slips}`);
console.log('\nslips left (missed sentences and partial ones), by class:');
for (const [k, n] of [...slipTotals].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
