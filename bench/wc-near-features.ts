// Developer aid (issue 12, round 26): the single-character findings the wrong-character rule would make with a
// lower report threshold, labelled — ECSpell slips at their position with the right fix (positive, by fold) or
// findings on clean text (negative) — with features the evidence does not yet use, to see which of them tell
// the "evidence just short" slips from clean text AS A CLASS (round 27: colC, colW — word collocations).
// Usage: node esbuild.mjs --bench && node out/bench/wc-near-features.js [REPORT] > features.tsv
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { setThresholds } from '../server/src/text/wrong-character-tuning';
import type { Candidate } from '../server/src/text/wrong-character-model';
import { convertText } from '../server/src/text/convert';
import { mostlyTraditional as isTraditional } from './lib';
import { readOdwRows } from './ecspell-rows';
import { segmentWords, wordHash } from '../server/src/text/wrong-character-collocations';
import { onlyRuleConfig } from './only-rule';

const report = Number(process.argv[2] ?? 14);
const model = wrongCharacterModel();
interface Table { getWith(text: string, start: number, end: number, at: number, code: number): number; getPair(a: number, b: number): number }
const inner = model as unknown as { trigrams: Table; bigrams: Table; unigrams: Table; collocations: { collocation(run: string, words: readonly (readonly [number, number])[], own: number, from: number, to: number): { collocates: number } } };
const config = onlyRuleConfig();

const txt = (dir: string) => (existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n)) : []);
const unseen = (set: string) => {
  const root = join('/work/notes', set);
  return existsSync(root) ? readdirSync(root).filter((d) => !d.endsWith('-raw')).flatMap((d) => txt(join(root, d))) : [];
};
const han = /\p{Script=Han}/u;
const tri = (s: string, a: number, at: number, code: number) => (a < 0 || a + 3 > s.length ? -1 : inner.trigrams.getWith(s, a, a + 3, at, code));
const bi = (a: number, b: number) => (a < 0 || b < 0 ? -1 : Math.max(0, inner.bigrams.getPair(a, b)));
/** Features of candidate c at run[index]. */
function features(run: string, index: number, c: Candidate): Record<string, number | string> {
  const w = run.charCodeAt(index);
  const d = c.right.charCodeAt(0);
  const prev = index > 0 ? run.charCodeAt(index - 1) : -1;
  const next = index + 1 < run.length ? run.charCodeAt(index + 1) : -1;
  // trigram windows over the position, and four-character windows made of two attested trigrams
  const triW: number[] = [];
  const triC: number[] = [];
  for (let a = index - 2; a <= index; a++) {
    triW.push(tri(run, a, index, w));
    triC.push(tri(run, a, index, d));
  }
  let quadW = 0;
  let quadC = 0;
  for (let a = index - 3; a <= index; a++) {
    if (a < 0 || a + 4 > run.length) continue;
    if (tri(run, a, index, w) >= 0 && tri(run, a + 1, index, w) >= 0) quadW++;
    if (tri(run, a, index, d) >= 0 && tri(run, a + 1, index, d) >= 0) quadC++;
  }
  // the corrected word's official count (two characters: its bigram; three: its trigram)
  const word = c.word ?? '';
  const wordCount = word.length === 2 ? bi(word.charCodeAt(0), word.charCodeAt(1)) : word.length === 3 ? Math.max(0, inner.trigrams.getWith(word, 0, 3, -1, 0)) : -1;
  // the longest dictionary word over the position, as written and with the candidate
  const longest = (code: number) => {
    let best = 0;
    for (let a = Math.max(0, index - 5); a <= index; a++) {
      for (let e = Math.max(index + 1, a + 2); e <= Math.min(run.length, a + 6); e++) if (e - a > best && model.wordCostWith(run, a, e, index, code) >= 0) best = e - a;
    }
    return best;
  };
  return {
    at: index,
    fromEnd: run.length - 1 - index,
    longW: longest(w),
    longC: longest(d),
    kind: c.kind,
    seg: c.segGain.toFixed(1),
    char: c.charGain.toFixed(1),
    phrase: c.phraseGain,
    realWord: c.realWord ? 1 : 0,
    name: c.nameShare.toFixed(2),
    word,
    wordCount,
    lW: bi(prev, w),
    rW: bi(w, next),
    lC: bi(prev, d),
    rC: bi(d, next),
    uniW: Math.max(0, inner.unigrams.getWith(run, index, index + 1, -1, 0)),
    uniC: Math.max(0, inner.unigrams.getWith(c.right, 0, 1, -1, 0)),
    triW: triW.map((x) => (x >= 0 ? 1 : 0)).join(''),
    triC: triC.map((x) => (x >= 0 ? 1 : 0)).join(''),
    quadW,
    quadC,
    end: index === run.length - 1 ? 1 : index === 0 ? -1 : 0,
    // word collocations of official text (round 27): of the candidate's word, and of the written word over the position
    colC: word ? inner.collocations.collocation(run, segmentWords(model, run), wordHash(run, c.wordStart, c.wordStart + word.length, index, d), c.wordStart, c.wordStart + word.length).collocates : -1,
    colW: collocatesAsWritten(run, index),
  };
}
function collocatesAsWritten(run: string, index: number): number {
  const w = segmentWords(model, run).find(([s, e]) => s <= index && index < e);
  return w ? inner.collocations.collocation(run, segmentWords(model, run), wordHash(run, w[0], w[1]), w[0], w[1]).collocates : -1;
}
function runAround(text: string, at: number): { run: string; index: number } {
  let a = at;
  while (a > 0 && han.test(text[a - 1] ?? '')) a--;
  let b = at;
  while (b < text.length && han.test(text[b] ?? '')) b++;
  return { run: text.slice(a, b), index: at - a };
}

const defaultReport = DEFAULT_THRESHOLDS.report;
const atDefault = new Set<string>();
const lintBoth = (key: string, text: string) => {
  setThresholds({ report: defaultReport });
  for (const f of lintDocument(text, { config }).findings) atDefault.add(`${key}@${f.start}`);
  setThresholds({ report });
  return lintDocument(text, { config });
};
const out: string[] = [];
let header = false;
function emit(label: string, text: string, start: number, right: string, context: string): void {
  const { run, index } = runAround(text, start);
  const c = model.candidates(run, index).find((x) => x.right === right);
  if (!c) return;
  const score = model.corrections(run, index, { ...DEFAULT_THRESHOLDS, report: -100 }).find((x) => x.right === right && x.wrong.length === 1)?.score;
  if (score === undefined || score >= 25) return;
  const f = features(run, index, c);
  // Round 31: does the paragraph write the corrected form elsewhere (the candidate's word with a neighbour, or the word of 3+ characters)?
  const ls = text.lastIndexOf('\n', start) + 1;
  const le = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const para = text.slice(ls, start) + '\u0000' + text.slice(start + 1, le);
  const fixedRun = run.slice(0, index) + right + run.slice(index + 1);
  const word = c.word ?? '';
  const ws = c.wordStart;
  const forms = [word.length >= 3 ? word : '', ws > 0 ? fixedRun.slice(ws - 1, ws + word.length) : '', ws + word.length < run.length ? fixedRun.slice(ws, ws + word.length + 1) : ''].filter((x) => x.length >= 3);
  f.echo = forms.some((x) => para.includes(x)) ? 1 : 0;
  f.echoW = word.length >= 2 && para.includes(word) ? 1 : 0;
  if (!header) {
    out.push(['label', 'score', ...Object.keys(f), 'context'].join('\t'));
    header = true;
  }
  out.push([label, score.toFixed(1), ...Object.values(f), context].join('\t'));
}
// ECSpell: findings at a slip with the right fix
const rows = readOdwRows('../shared/ecspell/odw.train');
const odwText = rows.map(({ cols }) => cols[1]).join('\n');
const result = lintBoth('odw', odwText);
for (const f of result.findings) {
  if (f.end - f.start !== 1) continue;
  const line = result.document.positionAt(f.start).line;
  const ls = result.document.offsetAt({ line, character: 0 });
  const [, wrong, right] = rows[line].cols as [string, string, string];
  const k = f.start - ls;
  const fix = f.fix?.text ?? f.suggestions?.[0]?.text;
  if (atDefault.has(`odw@${f.start}`)) continue;
  if (wrong[k] === right[k]) emit(`${rows[line].fold}-fp`, wrong, k, fix ?? '', wrong);
  else if (fix === right[k]) emit(rows[line].fold, wrong, k, right[k], `${wrong.slice(Math.max(0, k - 8), k)}[${wrong[k]}→${right[k]}]${wrong.slice(k + 1, k + 8)}`);
}
const sets: [string, string[], (t: string) => string][] = [
  ['fixture', txt('test/fixtures/corpus/simplified'), (t) => t],
  ['2026', txt('../shared/corpus/simplified').filter((n) => n.includes('2026-gov-work-report')), (t) => t],
  ['TW→s', txt('../shared/corpus/traditional'), (t) => convertText(t, 'zh-Hans')],
  ['shared', txt('../shared/corpus/simplified').filter((n) => !n.includes('2026-gov-work-report')), (t) => t],
  ...['heldout-s31p', 'heldout-cities'].map((s): [string, string[], (t: string) => string] => [s, txt(join('/work/notes', s)), (t) => t]),
  ...['heldout-s23', 'heldout-s24', 'heldout-s25', 'heldout-s25b'].map((s): [string, string[], (t: string) => string] => [s, unseen(s), (t) => (isTraditional(t) ? convertText(t, 'zh-Hans') : t)]),
];
for (const [name, files, transform] of sets) {
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const text = transform(raw);
    const tag = name === 'TW→s' || isTraditional(raw) ? `${name}-trad` : name;
    for (const f of lintBoth(file, text).findings) {
      if (f.end - f.start !== 1 || atDefault.has(`${file}@${f.start}`)) continue;
      const fix = f.fix?.text ?? f.suggestions?.[0]?.text ?? '';
      emit(`clean:${tag}`, text, f.start, fix, `${file.split('/').slice(-1)[0]} ${text.slice(Math.max(0, f.start - 8), f.start)}[${text[f.start]}→${fix}]${text.slice(f.start + 1, f.start + 8)}`.replace(/\s/g, ' '));
    }
  }
}
// Round 32: slips injected into report text (bench/inject-errors.ts --dump FILE; WC_INJECT_DUMPS=FILE,FILE…), the misses.
for (const dump of (process.env.WC_INJECT_DUMPS ?? '').split(',').filter(Boolean)) {
  for (const line of readFileSync(dump, 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { detected: boolean; folder: string; at: number; para: string; right: string };
    if (o.detected) continue;
    const tag = o.folder.includes('heldout') ? 'inject-heldout' : 'inject-default';
    emit(tag, o.para, o.at, o.right, `${o.para.slice(Math.max(0, o.at - 8), o.at)}[${o.para[o.at]}→${o.right}]${o.para.slice(o.at + 1, o.at + 8)}`.replace(/\s/g, ' '));
  }
}
console.log(out.join('\n'));
