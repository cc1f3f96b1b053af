// Developer aid (round 35, issue 12): the single-character candidates the character model is silent about — neither the
// written character nor the candidate is seen beside either neighbour in official text (all four bigrams absent), so
// charGain is only the unigram smoothing (≈ 0) and the candidate fails minCharGain — where a neighbour pair of the
// candidate vouches (the vouching table: official pairs, common dictionary words, city reports). Prints each such
// candidate's word evidence on ECSpell slips (by fold) and on clean text, to see whether the vouching pair tells them
// apart AS A CLASS. Usage: node esbuild.mjs --bench && node out/bench/wc-silent-char.js [--min-seg N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { readOdwRows } from './ecspell-rows';

const model = wrongCharacterModel();
const inner = model as unknown as { vouches: { has(a: number, b: number): boolean } };
const args = process.argv.slice(2);
const minSeg = Number(args.includes('--min-seg') ? args[args.indexOf('--min-seg') + 1] : 0);
const han = /\p{Script=Han}/u;
const absent = (a: number, b: number) => a < 0 || b < 0 || model.officialPairCount(a, b) < 1;

/** The silent candidates at run[index] (all of them, or only `want`). */
function silent(run: string, index: number, want?: string): string[] {
  const w = run.charCodeAt(index);
  const prev = index > 0 ? run.charCodeAt(index - 1) : -1;
  const next = index + 1 < run.length ? run.charCodeAt(index + 1) : -1;
  if (!absent(prev, w) || !absent(w, next)) return [];
  if (!model.suspicious(run, index)) return [];
  const out: string[] = [];
  for (const c of model.candidates(run, index, -100, false, -100)) {
    if (c.wrong.length !== 1 || (want !== undefined && c.right !== want) || c.kind === 'near') continue;
    const d = c.right.charCodeAt(0);
    if (!absent(prev, d) || !absent(d, next)) continue;
    const vouchL = prev >= 0 && inner.vouches.has(prev, d);
    const vouchR = next >= 0 && inner.vouches.has(d, next);
    if (!vouchL && !vouchR && !args.includes('--any')) continue;
    if (c.segGain < minSeg) continue;
    const score = c.segGain + 3 * c.phraseGain - (c.kind === 'shape' ? 3 : 0) - (c.realWord ? 4 : 0) - 9 * c.nameShare;
    out.push(`${c.wrong}→${c.right} ${c.kind} word=${c.word} seg ${c.segGain.toFixed(1)} char ${c.charGain.toFixed(1)} phr ${c.phraseGain} real ${c.realWord ? 1 : 0} name ${c.nameShare.toFixed(2)} vouch ${vouchL ? 'L' : ''}${vouchR ? 'R' : ''} base ${score.toFixed(1)}\t${run.slice(Math.max(0, index - 8), index)}[${run[index]}]${run.slice(index + 1, index + 8)}`);
  }
  return out;
}

function runs(text: string): { run: string; start: number }[] {
  const found: { run: string; start: number }[] = [];
  let a = -1;
  for (let i = 0; i <= text.length; i++) {
    const h = i < text.length && han.test(text[i] ?? '');
    if (h && a < 0) a = i;
    if (!h && a >= 0) {
      if (i - a >= 4) found.push({ run: text.slice(a, i), start: a });
      a = -1;
    }
  }
  return found;
}

for (const { cols, fold } of readOdwRows('../shared/ecspell/odw.train')) {
  const [, wrong, right] = cols as [string, string, string];
  for (let k = 0; k < wrong.length; k++) {
    if (wrong[k] === right[k]) continue;
    for (const { run, start } of runs(wrong)) {
      if (k < start || k >= start + run.length) continue;
      for (const line of silent(run, k - start, right[k])) console.log(`${fold}\t${line}`);
    }
  }
}
const txt = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n)) : []);
const clean: [string, string[]][] = [
  ['2026', txt('../shared/corpus/simplified').filter((n) => n.includes('2026-gov-work-report'))],
  ['shared', txt('../shared/corpus/simplified').filter((n) => !n.includes('2026-gov-work-report'))],
  ['s31p', txt('/work/notes/heldout-s31p')],
  ['cities', txt('/work/notes/heldout-cities')],
];
for (const [name, files] of clean) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const { run } of runs(text)) for (let i = 0; i < run.length; i++) for (const line of silent(run, i)) console.log(`clean:${name}\t${line}`);
  }
}
