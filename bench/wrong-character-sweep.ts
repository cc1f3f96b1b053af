// Developer aid (issue 12): sweeps the wrong-character rule's decision thresholds and prints, for each setting, what
// the operating point buys and costs on every set at hand:
//   - ECSpell odw.train: validation fold (every 5th sentence, kept out of the data: the truth) and train fold —
//     sentences detected at the right position, detections whose preferred fix is right, clean sentences flagged;
//   - findings per 100 k characters of clean text: the fixture corpus, the 2026 provincial reports (held out of the
//     data), the shared Taiwan press releases converted to simplified, and, when present, the unseen sets of rounds
//     23 and 24 (/work/notes/heldout-s23: its simplified files, and its traditional ones — Taiwan and Hong Kong —
//     converted to simplified; /work/notes/heldout-s24; /work/notes/heldout-s25 and heldout-s25b, simplified and
//     traditional likewise) — "held-out" in the table is 2026 + s23 + s24 + s25 together (simplified published text
//     never used to build the data), the budget a new point must keep.
// The model is loaded once; each setting is merged over DEFAULT_THRESHOLDS (the object the rule reads at each call)
// and restored afterwards, so no run-time option is needed.
// Usage: node esbuild.mjs --bench && node out/bench/wrong-character-sweep.js [--grid NAME|all] [--set JSON]... [--show]
//   --grid: one of the named grids below (one or two thresholds at a time around the defaults), or all of them;
//   --set '{"report":24,"kindPenalty.near":7}': one setting (dotted names reach into kindPenalty), may repeat;
//   --show: list, per setting, the ECSpell sentences it gains or loses (both folds) and every clean-text finding it adds or drops;
//   --heldout DIR: the round-23 / round-24 sets (default /work/notes);
//   --base JSON: sweep around another point (merged over DEFAULT_THRESHOLDS before each setting; the first row is it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../server/src/text/wrong-character-model';
import { resetThresholds, setThresholds } from '../server/src/text/wrong-character-tuning';
import { convertText } from '../server/src/text/convert';
import { mostlyTraditional as isTraditional } from './lib';
import { findingsByLine, readOdwRows } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((a, i) => (a === name && i + 1 < args.length ? [args[i + 1]] : []));
const notes = values('--heldout')[0] ?? '/work/notes';
const show = args.includes('--show');

const config = onlyRuleConfig();

// --- settings ---
type Setting = Record<string, number>;
const around = (name: string, steps: number[]): Setting[] => steps.map((v) => ({ [name]: v }));
const cross = (a: string, as: number[], b: string, bs: number[]): Setting[] => as.flatMap((x) => bs.map((y) => ({ [a]: x, [b]: y })));
const GRIDS: Record<string, Setting[]> = {
  report: around('report', [21, 22, 23, 24, 26, 27]),
  near: around('kindPenalty.near', [3, 5, 6, 7, 8, 11, 13]),
  shape: around('kindPenalty.shape', [0, 1, 2, 4, 6]),
  realWord: around('realWordPenalty', [0, 1, 2, 3, 6, 8]),
  pair: around('pairPenalty', [7, 8, 9, 10, 12, 13]),
  nearPair: around('nearPairPenalty', [5, 7, 11]),
  name: around('namePenalty', [5, 7, 11, 13]),
  setPhrase: around('setPhraseBonus', [8, 10, 14, 16, 20]),
  contextFlip: around('contextFlipBonus', [6, 8, 10, 11, 14, 16]),
  phraseWeight: around('phraseWeight', [2, 2.5, 3.5, 4]),
  charWeight: around('charWeight', [0.8, 0.9, 1.1, 1.2]),
  institution: around('institutionBonus', [8, 10, 14, 16]),
  realWordFlip: around('realWordFlipBonus', [6, 8, 12, 14]),
  homophoneWord: around('homophoneWordMinCharGain', [14, 16, 18, 22]),
  minCharGain: around('minCharGain', [2, 2.5, 4]),
  reportNear: cross('report', [23, 24], 'kindPenalty.near', [5, 7, 11]),
  reportShape: cross('report', [23, 24], 'kindPenalty.shape', [2, 4]),
  reportRealWord: cross('report', [23, 24], 'realWordPenalty', [2, 6]),
  reportName: cross('report', [23, 24], 'namePenalty', [11, 13]),
  repair: around('repairBonus', [0, 6, 8, 10, 16]),
};
const chosen = values('--grid');
const settings: Setting[] = [{}];
for (const g of chosen.includes('all') ? Object.keys(GRIDS) : chosen) {
  if (!GRIDS[g]) {
    console.error(`unknown grid ${g}; one of: all, ${Object.keys(GRIDS).join(', ')}`);
    process.exit(2);
  }
  settings.push(...GRIDS[g]);
}
for (const json of values('--set')) settings.push(JSON.parse(json) as Setting);

const defaults = structuredClone(DEFAULT_THRESHOLDS);
const base = JSON.parse(values('--base')[0] ?? '{}') as Setting;
/** Sets DEFAULT_THRESHOLDS to the defaults with the base point and then `setting` merged over them. */
function apply(setting: Setting): void {
  // Names the defaults lack are let through (an experimental threshold read in a work tree) and removed again.
  resetThresholds(defaults);
  setThresholds({ ...base, ...setting });
}
const label = (s: Setting) => Object.entries(s).map(([k, v]) => `${k.replace('kindPenalty.', '')}=${v}`).join(' ') || (Object.keys(base).length ? 'base' : 'default');

// --- sets ---
const txt = (dir: string, keep: (name: string) => boolean = () => true) =>
  existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => n.endsWith('.txt') && keep(n)).sort().map((n) => join(dir, n)) : [];
interface CleanSet {
  name: string;
  /** Counts toward the held-out budget (clean published text never used to build the data). */
  heldOut: boolean;
  files: { name: string; text: string }[];
  chars: number;
}
function cleanSet(name: string, heldOut: boolean, files: string[], transform: (text: string) => string = (t) => t, keep: (text: string) => boolean = () => true): CleanSet {
  const texts = files.map((f) => ({ name: f.split('/').slice(-2).join('/'), text: transform(readFileSync(f, 'utf8')) })).filter((f) => keep(f.text));
  return { name, heldOut, files: texts, chars: texts.reduce((n, f) => n + [...f.text].length, 0) };
}
/** The text files of an unseen set's folders (its -raw copies left out). */
const unseen = (set: string) => {
  const root = join(notes, set);
  return existsSync(root) ? readdirSync(root).filter((d) => !d.endsWith('-raw')).flatMap((d) => txt(join(root, d))) : [];
};
const simplifiedOnly = (t: string) => !isTraditional(t);
const traditionalConverted = (t: string) => (isTraditional(t) ? convertText(t, 'zh-Hans') : '');
const nonEmpty = (t: string) => t.length > 0;
const sets: CleanSet[] = [
  cleanSet('fixture', false, txt('test/fixtures/corpus/simplified')),
  cleanSet('2026', true, txt('../shared/corpus/simplified', (n) => n.startsWith('2026-gov-work-report'))),
  cleanSet('TW→s', false, txt('../shared/corpus/traditional'), (t) => convertText(t, 'zh-Hans')),
  cleanSet('s23', true, unseen('heldout-s23'), (t) => t, simplifiedOnly),
  cleanSet('s23 trad→s', false, unseen('heldout-s23'), traditionalConverted, nonEmpty),
  cleanSet('s24', true, unseen('heldout-s24'), (t) => t, simplifiedOnly),
  cleanSet('s25', true, [...unseen('heldout-s25'), ...unseen('heldout-s25b')], (t) => t, simplifiedOnly),
  cleanSet('s25 trad→s', false, [...unseen('heldout-s25'), ...unseen('heldout-s25b')], traditionalConverted, nonEmpty),
].filter((s) => s.files.length > 0);

const odwPath = existsSync('../shared/ecspell/odw.train') ? '../shared/ecspell/odw.train' : 'test/fixtures/ecspell/odw.sample.tsv';
const rows = readOdwRows(odwPath);
const odwText = rows.map(({ cols }) => cols[1]).join('\n');

// --- one setting ---
interface Outcome {
  fold: Record<string, { errors: number; detected: number; fixRight: number; clean: number; flagged: number }>;
  /** Sentence numbers (lines of odw.train) detected, both folds. */
  hitLines: Set<number>;
  /** Per clean set: finding keys (file, offset, text around it, message). */
  findings: Map<string, Map<string, string>>;
}
function evaluate(setting: Setting): Outcome {
  apply(setting);
  const result = lintDocument(odwText, { config });
  const byLine = findingsByLine(result);
  const fold: Outcome['fold'] = {};
  const hitLines = new Set<number>();
  rows.forEach(({ cols: [, wrong, right], fold: name }, line) => {
    const t = (fold[name] ??= { errors: 0, detected: 0, fixRight: 0, clean: 0, flagged: 0 });
    const found = byLine.get(line) ?? [];
    const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
    if (errorAt.length === 0) {
      t.clean++;
      if (found.length) t.flagged++;
      return;
    }
    t.errors++;
    const hits = found.filter((f) => errorAt.some((k) => k >= f.start && k < f.end));
    if (hits.length) {
      t.detected++;
      hitLines.add(line);
      if (hits.some((f) => f.fix === right.slice(f.start, f.end))) t.fixRight++;
    }
  });
  const findings = new Map<string, Map<string, string>>();
  for (const set of sets) {
    const keyed = new Map<string, string>();
    for (const file of set.files) {
      for (const f of lintDocument(file.text, { config }).findings) {
        const context = `${file.text.slice(Math.max(0, f.start - 8), f.start)}[${file.text.slice(f.start, f.end)}]${file.text.slice(f.end, f.end + 8)}`.replace(/\s/g, ' ');
        keyed.set(`${file.name}@${f.start}`, `${file.name}  ${context}  ${f.message.split(/[。？]/)[0]}`);
      }
    }
    findings.set(set.name, keyed);
  }
  return { fold, hitLines, findings };
}

// --- run ---
wrongCharacterModel();
const per100k = (n: number, chars: number) => ((n * 1e5) / Math.max(1, chars)).toFixed(1);
const heldChars = sets.filter((s) => s.heldOut).reduce((n, s) => n + s.chars, 0);
console.log(`ECSpell ${odwPath}; clean sets: ${sets.map((s) => `${s.name} ${s.files.length} files ${(s.chars / 1e3).toFixed(0)} k chars`).join('; ')}; held-out = ${sets.filter((s) => s.heldOut).map((s) => s.name).join(' + ')} (${(heldChars / 1e3).toFixed(0)} k chars)\n`);
console.log(`| setting | validation detected | fix right | train detected | clean flagged | ${sets.map((s) => `${s.name} (/100k)`).join(' | ')} | held-out (/100k) |`);
console.log(`|---|---|---|---|---|${sets.map(() => '---|').join('')}---|`);
let first: Outcome | undefined;
const notesOut: string[] = [];
for (const setting of settings) {
  const cpu = process.cpuUsage();
  const o = evaluate(setting);
  first ??= o;
  const v = o.fold.validation ?? { errors: 0, detected: 0, fixRight: 0, clean: 0, flagged: 0 };
  const t = o.fold.train ?? { errors: 0, detected: 0, fixRight: 0, clean: 0, flagged: 0 };
  const clean = sets.map((s) => `${o.findings.get(s.name)!.size} (${per100k(o.findings.get(s.name)!.size, s.chars)})`);
  const held = sets.filter((s) => s.heldOut).reduce((n, s) => n + o.findings.get(s.name)!.size, 0);
  console.log(`| ${label(setting)} | ${v.detected}/${v.errors} | ${((100 * v.fixRight) / Math.max(1, v.detected)).toFixed(1)} % | ${t.detected}/${t.errors} | ${v.flagged + t.flagged}/${v.clean + t.clean} | ${clean.join(' | ')} | ${held} (${per100k(held, heldChars)}) |`);
  if (show && o !== first) {
    const gained = [...o.hitLines].filter((l) => !first!.hitLines.has(l));
    const lost = [...first.hitLines].filter((l) => !o.hitLines.has(l));
    const lines: string[] = [];
    const diff = (l: number) => [...rows[l].cols[1]].flatMap((c, k) => (c === rows[l].cols[2][k] ? [] : [`${c}→${rows[l].cols[2][k]}`])).join(' ');
    for (const l of gained) lines.push(`  ${rows[l].fold} +  ${rows[l].cols[1].slice(0, 50)}  (${diff(l)})`);
    for (const l of lost) lines.push(`  ${rows[l].fold} −  ${rows[l].cols[1].slice(0, 50)}  (${diff(l)})`);
    for (const s of sets) {
      const now = o.findings.get(s.name)!;
      const before = first.findings.get(s.name)!;
      for (const [k, m] of now) if (!before.has(k)) lines.push(`  ${s.name} +  ${m}`);
      for (const [k, m] of before) if (!now.has(k)) lines.push(`  ${s.name} −  ${m}`);
    }
    if (lines.length) notesOut.push(`${label(setting)} (CPU ${((process.cpuUsage(cpu).user / 1e6)).toFixed(1)} s)`, ...lines);
  }
}
if (show) {
  console.log('\nChanges against the first setting:');
  notesOut.forEach((l) => console.log(l));
  if (first) {
    console.log('\nFindings of the first setting on held-out text:');
    for (const s of sets.filter((x) => x.heldOut)) for (const m of first.findings.get(s.name)!.values()) console.log(`  ${s.name}  ${m}`);
  }
}
