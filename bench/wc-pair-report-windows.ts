// Developer aid (round 35, second precision pass, issue 12): for every wrong-character finding whose written text is two
// characters (a whole-word swap), the windows of report phrasing (city work reports' three-character windows,
// Candidate.reportPhraseGain's filter) and of official set phrasing over the written pair and over the correction.
// Usage: node esbuild.mjs --bench && node out/bench/wc-pair-report-windows.js [--odw] [FILE…]
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { configWith } from './lib';
import { readOdwRows } from './ecspell-rows';

interface Internals {
  trigrams: { get(t: string, s: number, e: number): number };
  reportPhrases: { has(t: string, s: number): boolean };
}
const model = wrongCharacterModel() as unknown as Internals;
const config = configWith('wrong-character');

function windows(text: string, index: number, width: number): { official: number; report: number; possible: number } {
  let official = 0;
  let report = 0;
  let possible = 0;
  for (let start = Math.max(0, index - 2); start <= index + width - 1 && start + 3 <= text.length; start++) {
    possible++;
    if (model.trigrams.get(text, start, start + 3) >= 0) official++;
    else if (model.reportPhrases.has(text, start)) report++;
  }
  return { official, report, possible };
}
const HAN = /^[\u4e00-\u9fff]$/u;
function runAround(text: string, start: number, end: number): { run: string; at: number } {
  let s = start;
  let e = end;
  while (s > 0 && HAN.test(text.charAt(s - 1))) s--;
  while (e < text.length && HAN.test(text.charAt(e))) e++;
  return { run: text.slice(s, e), at: start - s };
}

function rows(source: string, text: string, truth?: (line: number, col: number) => string): void {
  const result = lintDocument(text, { config });
  for (const m of result.findings) {
    if (m.ruleId !== 'wrong-character' || m.end - m.start !== 2) continue;
    const right = /疑为“(.+?)”/u.exec(m.message)?.[1] ?? '';
    if (right.length !== 2) continue;
    const { run, at } = runAround(text, m.start, m.end);
    const as = windows(run, at, 2);
    const fixed = run.slice(0, at) + right + run.slice(at + 2);
    const to = windows(fixed, at, 2);
    const line = text.slice(0, m.start).split('\n').length;
    const ctx = text.slice(Math.max(0, m.start - 8), m.start) + '[' + text.slice(m.start, m.end) + ']' + text.slice(m.end, m.end + 8);
    console.log([source, truth ? truth(line, m.start - text.lastIndexOf('\n', m.start - 1) - 1) : '-', ctx.replace(/\s/gu, ' '), right, `as ${as.official}/${as.report}`, `fix ${to.official}/${to.report} of ${to.possible}`].join('\t'));
  }
}

const args = process.argv.slice(2);
if (args.includes('--odw')) {
  const odw = readOdwRows('../shared/ecspell/odw.train').filter(({ cols }) => cols[1] !== cols[2]);
  rows('odw', odw.map(({ cols }) => cols[1]).join('\n'), (line, col) => {
    const r = odw[line - 1];
    return `${r.fold}:${r.cols[1][col] !== r.cols[2][col] ? 'ok' : 'off'}`;
  });
}
for (const file of args.filter((a) => a !== '--odw')) rows(file.replace(/^.*\/(heldout|untouched)/u, '$1'), readFileSync(file, 'utf8'));
