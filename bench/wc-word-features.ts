// Developer aid (issue 12): the whole-word findings of wrong-character (a two-character span) on ECSpell (both folds),
// the probe sets and held-out folders, with the written word's features, to compare real slips with false alarms.
// Usage: node out/bench/wc-word-features.js [DIR…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { segmentWords, wordHash } from '../server/src/text/wrong-character-collocations';
import { lintDocument } from '../server/src/engine';
import { onlyRuleConfig } from './only-rule';

const model = wrongCharacterModel();
const eligible = new Uint8Array(65536).fill(1);
const config = onlyRuleConfig();

function report(source: string, text: string, gold?: (line: number) => string | undefined): void {
  const result = lintDocument(text, { config });
  for (const f of result.findings) {
    if (f.end - f.start !== 2) continue;
    const pos = result.document.positionAt(f.start);
    const written = text.slice(f.start, f.end);
    const right = /疑为“(..)”/.exec(f.message)?.[1] ?? '??';
    const line = text.split('\n')[pos.line] ?? '';
    const g = gold?.(pos.line);
    const label = g === undefined ? 'heldout' : g.slice(pos.character, pos.character + 2) === written ? 'FP' : g.slice(pos.character, pos.character + 2) === right ? 'REAL' : 'real-other';
    const a = written.charCodeAt(0), b = written.charCodeAt(1);
    let s0 = pos.character; while (s0 > 0 && /\p{Script=Han}/u.test(line[s0 - 1] ?? '')) s0--;
    let e0 = pos.character; while (e0 < line.length && /\p{Script=Han}/u.test(line[e0] ?? '')) e0++;
    const run = line.slice(s0, e0), at = pos.character - s0;
    const c = [...model.realWordCandidates(run, at, eligible), ...model.pairCandidates(run, at, DEFAULT_THRESHOLDS.minCharGain)].find((x) => x.index === at && x.right === right);
    const feats = c ? `${c.kind} c${c.charGain.toFixed(1)} s${c.segGain.toFixed(1)} p${c.phraseGain} f${c.contextFlip ? 1 : 0} l${c.longWordFlip === true ? 1 : 0} k${c.collocated === true ? 1 : 0} end${run.length - at - 2} st${at}` : 'nocand';
    const words = segmentWords(model, run);
    const coll = (model as unknown as { collocations: { collocation(r: string, w: unknown, h: number, f: number, t: number): { collocates: number; others: number } } }).collocations;
    const cw = coll.collocation(run, words, wordHash(run, at, at + 2), at, at + 2);
    const cr = coll.collocation(run, words, wordHash(right, 0, 2), at, at + 2);
    console.log([label, `${feats} cw${cw.collocates}/${cw.others} cr${cr.collocates}/${cr.others}`, source, written, right, model.officialPairCount(a, b), model.wordCostWith(written, 0, 2, -1, 0).toFixed(2), model.wordCostWith(right, 0, 2, -1, 0).toFixed(2), model.officialPairCount(right.charCodeAt(0), right.charCodeAt(1)), line.slice(Math.max(0, pos.character - 10), pos.character + 12)].join('\t'));
  }
}

const ecspell = readFileSync('../shared/ecspell/odw.train', 'utf8').split('\n').map((l, i) => ({ cols: l.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' })).filter(({ cols }) => cols.length === 3 && cols[1].length === cols[2].length);
for (const fold of ['validation', 'train']) {
  const rows = ecspell.filter((r) => r.fold === fold);
  report(fold, rows.map((r) => r.cols[1]).join('\n'), (l) => rows[l]?.cols[2]);
}
for (const probe of ['/work/notes/typos.tsv', '/work/notes/typos2.tsv']) {
  const rows = readFileSync(probe, 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c.length >= 2);
  report(probe.replace(/.*\//, ''), rows.map((c) => c[0]).join('\n'), (l) => rows[l]?.[1]);
}
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : p.endsWith('.txt') ? [p] : []; });
}
for (const dir of process.argv.slice(2)) for (const f of files(dir)) report(f.replace('/work/notes/', ''), readFileSync(f, 'utf8'));
