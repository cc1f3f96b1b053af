// Development aid: collects every candidate of the wrong-character model on ECSpell odw.train and on
// clean official text not used to build the model, then prints detection / false-alarm figures for a
// grid of thresholds. Usage: node out/tools/tune-wrong-character.js ../shared/ecspell/odw.train CLEAN_DIR...
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS, evidence, WrongCharacterModel, type Candidate, type Thresholds } from '../server/src/text/wrong-character-model';

const [odwPath, ...cleanDirs] = process.argv.slice(2);
const model = new WrongCharacterModel(JSON.parse(readFileSync('dist/wrong-character.data.json', 'utf8')));
const HAN_RUN = /\p{Script=Han}+/gu;

function candidatesOf(text: string): { at: number; cands: Candidate[] }[] {
  const out: { at: number; cands: Candidate[] }[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const cands = model.candidates(run, i);
      if (cands.length) out.push({ at: m.index! + i, cands });
    }
  }
  return out;
}

interface Sent { wrong: string; right: string; errs: Set<number>; fold: number; cands: { at: number; cands: Candidate[] }[] }
const t0 = Date.now();
const sents: Sent[] = [];
readFileSync(odwPath, 'utf8').split('\n').forEach((line, n) => {
  const r = line.split('\t');
  if (r.length !== 3 || r[1].length !== r[2].length) return;
  const errs = new Set<number>();
  for (let k = 0; k < r[1].length; k++) if (r[1][k] !== r[2][k]) errs.add(k);
  sents.push({ wrong: r[1], right: r[2], errs, fold: (n + 1) % 5 === 0 ? 1 : 0, cands: candidatesOf(r[1]) });
});
let cleanChars = 0;
const clean: { at: number; cands: Candidate[]; text: string }[] = [];
for (const dir of cleanDirs) for (const f of readdirSync(dir)) {
  const text = readFileSync(join(dir, f), 'utf8');
  cleanChars += text.length;
  for (const c of candidatesOf(text)) clean.push({ ...c, text });
}
console.log(`candidates collected in ${Date.now() - t0} ms; clean chars ${cleanChars}`);

const NAME_SHARE = Number(process.env.NAME_SHARE ?? 1);
function best(cands: Candidate[], th: Thresholds) {
  if (cands.length && model.nameShare(cands[0].wrong) >= NAME_SHARE) return undefined;
  let top: Candidate | undefined; let score = -Infinity;
  for (const c of cands) { const s = evidence(c, th); if (s !== undefined && s > score) { score = s; top = c; } }
  return top;
}

function evaluate(th: Thresholds, show = 0) {
  const kinds: Record<string, number> = { same: 0, near: 0, shape: 0 };
  const res = [0, 1].map(() => ({ err: 0, det: 0, fixRight: 0, clean: 0, flagged: 0 }));
  const alarms: string[] = []; const misses: string[] = [];
  for (const s of sents) {
    const r = res[s.fold];
    const flagged = s.cands.map((c) => ({ at: c.at, top: best(c.cands, th) })).filter((x) => x.top);
    if (s.errs.size === 0) { r.clean++; if (flagged.length) { r.flagged++; if (alarms.length < show) alarms.push(flagged.map((f) => `${f.top!.wrong}→${f.top!.right}(${f.top!.word})`).join(' ') + ' « ' + s.wrong.slice(0, 50)); } continue; }
    r.err++;
    const hit = flagged.filter((f) => s.errs.has(f.at));
    if (hit.length) { r.det++; kinds[hit[0].top!.kind]++; if (hit.some((f) => s.right[f.at] === f.top!.right)) r.fixRight++; }
    else if (misses.length < show) misses.push(s.wrong.slice(0, 40) + ' → ' + [...s.errs].map((k) => s.wrong[k] + s.right[k]).join(','));
  }
  let corpusFindings = 0; const corpusShow: string[] = [];
  const recurring = (c: { text: string }, top: Candidate, at: number) => {
    const span = c.text.slice(at - (top.index - top.wordStart), at - (top.index - top.wordStart) + top.word.length);
    const first = c.text.indexOf(span);
    return first >= 0 && c.text.indexOf(span, first + 1) >= 0;
  };
  for (const c of clean) { const top = best(c.cands, th); if (top && !(process.env.RECUR && recurring(c, top, c.at))) { corpusFindings++; if (corpusShow.length < show) corpusShow.push(`${top.wrong}→${top.right} (${top.word}) ${top.kind} seg=${top.segGain.toFixed(1)} ch=${top.charGain.toFixed(1)} « ${c.text.slice(Math.max(0, c.at - 10), c.at + 10)}`); } }
  const pct = (a: number, b: number) => (100 * a / Math.max(1, b)).toFixed(1);
  const line = res.map((r, i) => `${i ? 'val' : 'trn'} det ${pct(r.det, r.err)}% fix ${pct(r.fixRight, r.det)}% clean ${pct(r.flagged, r.clean)}%`).join(' | ');
  return { line: `${JSON.stringify(kinds)} ${line} | corpus ${(corpusFindings * 1e5 / cleanChars).toFixed(1)}/100k`, alarms, misses, corpusShow };
}

const show = Number(process.env.SHOW ?? 0);
if (process.env.GRID) {
  for (const report of [11, 13, 15]) for (const near of [2, 5, 99]) for (const shape of [1, 3]) for (const minSegGain of [7, 9]) {
    const th = { ...DEFAULT_THRESHOLDS, report, minSegGain, kindPenalty: { same: 0, near, shape } };
    console.log(`report ${report} near ${near} shape ${shape} seg ${minSegGain}: ${evaluate(th).line}`);
  }
} else {
  const r = evaluate(DEFAULT_THRESHOLDS, show);
  console.log(r.line);
  if (show) { console.log('-- clean alarms'); r.alarms.forEach((a) => console.log('  ' + a)); console.log('-- misses'); r.misses.forEach((a) => console.log('  ' + a)); console.log('-- corpus'); r.corpusShow.forEach((a) => console.log('  ' + a)); }
}
