// Developer aid (issue 12 precision, round 32): for every wrong-character finding on the clean folders (the shared
// corpus, the fixtures and /work/notes/heldout-*, never the untouched set) and on ECSpell odw.train (both folds), how
// many words of the clause the written word and the correction are collocations of (the word-collocation filter of
// round 27): is the written word's own collocation evidence against the correction?
// Usage: node out/bench/written-colloc.js [--odw FILE] [--dir DIR ...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { segmentWords, wordHash, type CollocationFilter } from '../server/src/text/wrong-character-collocations';
import { findingsByLine, readOdwRows } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const model = wrongCharacterModel();
const filter = (model as unknown as { collocations: CollocationFilter }).collocations;
const config = onlyRuleConfig();

/** Collocations of the written span and of its fix, each in its own clause's segmentation; the segmented written word too. */
function counts(line: string, start: number, end: number, fix: string): string {
  const han = /[\u3400-\u9fff]+/g;
  let m: RegExpExecArray | null;
  while ((m = han.exec(line))) {
    if (m.index > start || m.index + m[0].length < end) continue;
    const run = m[0];
    const from = start - m.index, to = end - m.index;
    const words = segmentWords(model, run);
    const fixed = run.slice(0, from) + fix + run.slice(to);
    const fwords = segmentWords(model, fixed);
    const w = filter.collocation(run, words, wordHash(run, from, to), from, to);
    const r = filter.collocation(fixed, fwords, wordHash(fixed, from, to), from, to);
    let diff = from;
    while (diff < to && run[diff] === fixed[diff]) diff++;
    const seg = words.find(([s, e]) => s <= diff && diff < e) ?? [diff, diff + 1];
    const sw = filter.collocation(run, words, wordHash(run, seg[0], seg[1]), seg[0], seg[1]);
    const fseg = fwords.find(([s, e]) => s <= diff && diff < e) ?? [diff, diff + 1];
    const sr = filter.collocation(fixed, fwords, wordHash(fixed, fseg[0], fseg[1]), fseg[0], fseg[1]);
    return `W ${w.collocates}/${w.others} R ${r.collocates}/${r.others} segW ${run.slice(seg[0], seg[1])} ${sw.collocates}/${sw.others} segR ${fixed.slice(fseg[0], fseg[1])} ${sr.collocates}/${sr.others}\t${run}`;
  }
  return 'no run';
}

const odw = args.includes('--odw') ? args[args.indexOf('--odw') + 1] : '../shared/ecspell/odw.train';
const rows = readOdwRows(odw);
const result = lintDocument(rows.map(({ cols }) => cols[1]).join('\n'), { config });
for (const [line, found] of findingsByLine(result)) {
  const row = rows[line];
  if (!row) continue;
  const [, wrong, right] = row.cols;
  for (const f of found) {
    const real = f.fix !== undefined && right.slice(f.start, f.end) === f.fix;
    const slip = wrong.slice(f.start, f.end) !== right.slice(f.start, f.end);
    console.log(`${row.fold === 'validation' ? 'V' : 'T'}${real ? '+' : slip ? '~' : '-'}\t${wrong.slice(f.start, f.end)}→${f.fix ?? ''}\t${counts(wrong, f.start, f.end, f.fix ?? wrong.slice(f.start, f.end))}`);
  }
}

const dirs: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--dir') dirs.push(args[++i]);
if (dirs.length === 0) {
  dirs.push('/work/shared/corpus', 'test/fixtures/corpus');
  for (const d of readdirSync('/work/notes')) if (d.startsWith('heldout-') && statSync(join('/work/notes', d)).isDirectory()) dirs.push(join('/work/notes', d));
}
function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(txt|md)$/.test(name)) yield path;
  }
}
for (const dir of dirs) {
  for (const path of files(dir)) {
    const text = readFileSync(path, 'utf8');
    const r = lintDocument(text, { config });
    for (const f of r.findings) {
      const pos = r.document.positionAt(f.start);
      const lineStart = r.document.offsetAt({ line: pos.line, character: 0 });
      const line = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart));
      console.log(`C\t${text.slice(f.start, f.end)}→${f.fix?.text ?? ''}\t${counts(line, f.start - lineStart, f.end - lineStart, f.fix?.text ?? text.slice(f.start, f.end))}\t${path.replace(/^.*\/(heldout-|corpus\/)/, '$1')}:${pos.line + 1}`);
    }
  }
}
