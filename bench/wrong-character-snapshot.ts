// Everything the wrong-character data decides, written to one JSON file, so two builds can be shown
// to decide exactly alike (a change of storage, loading or lookups must not move a single finding):
//   node esbuild.mjs --bench && node out/bench/wrong-character-snapshot.js FILE   (writes FILE)
//   node out/bench/wrong-character-snapshot.js FILE --compare BEFORE             (also compares)
//   node out/bench/wrong-character-snapshot.js FILE --own-usage 0                 (without round 35's own-usage evidence)
//   … --text DRAFT.txt (more texts: draft-like text, whose suspicious positions are three times as dense)
//   … --pairs (the model corrections with pair slips too: corrections(run, i, …, pairs = true); off by default, so
//   that the digest stays comparable with earlier rounds')
// Texts: the ECSpell sample fixture (both sides), the corpus fixtures and, when beside the project,
// ../shared/ecspell/odw.train and ../shared/corpus/. Recorded: the findings of wrong-character and
// repeated-word (the other user of the data), every model correction with its exact scores, and the
// model's answers to hasWord / hasConfusions / nameShare / segmentCost.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { ROOT } from './lib';
import { OWN_USAGE } from '../server/src/rules/wrong-character';

const [out, ...rest] = process.argv.slice(2);
const before = rest.includes('--compare') ? rest[rest.indexOf('--compare') + 1] : undefined;
// --own-usage N: the rule's own-usage evidence (round 35; 0 turns it off), for a before/after on one build.
if (rest.includes('--own-usage')) OWN_USAGE.bonus = Number(rest[rest.indexOf('--own-usage') + 1]);
const extraTexts = rest.flatMap((arg, i) => (arg === '--text' && rest[i + 1] ? [rest[i + 1]] : []));
const withPairs = rest.includes('--pairs');
if (!out) {
  console.error('usage: wrong-character-snapshot.js FILE [--compare BEFORE]');
  process.exit(2);
}

function texts(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const tsv = (file: string) => {
    const rows = readFileSync(file, 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c.length === 3);
    found.push({ name: `${file} (as written)`, text: rows.map((c) => c[1]).join('\n') });
    found.push({ name: `${file} (corrected)`, text: rows.map((c) => c[2]).join('\n') });
  };
  const dir = (path: string) => {
    if (!existsSync(path)) return;
    for (const sub of readdirSync(path).sort()) {
      const folder = join(path, sub);
      if (!existsSync(folder) || sub.endsWith('.md') || sub.endsWith('.txt')) continue;
      for (const name of readdirSync(folder).sort()) if (name.endsWith('.txt')) found.push({ name: join(folder, name), text: readFileSync(join(folder, name), 'utf8') });
    }
  };
  tsv(join(ROOT, 'test/fixtures/ecspell/odw.sample.tsv'));
  if (existsSync(join(ROOT, '../shared/ecspell/odw.train'))) tsv(join(ROOT, '../shared/ecspell/odw.train'));
  dir(join(ROOT, 'test/fixtures/corpus'));
  dir(join(ROOT, '../shared/corpus'));
  for (const file of extraTexts) found.push({ name: file, text: readFileSync(file, 'utf8') });
  return found;
}

const rules = Object.fromEntries(Object.keys(resolveConfig().rules).map((id) => [id, id === 'wrong-character' || id === 'repeated-word' ? 'warn' : 'off'])) as Record<string, 'warn' | 'off'>;
const config = resolveConfig({ rules });
const model = wrongCharacterModel();
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const snapshot: Record<string, { findings: unknown[]; corrections: unknown[]; lookups: string }> = {};
let findingCount = 0;
let correctionCount = 0;
for (const { name, text } of texts()) {
  const result = lintDocument(text, { config });
  const findings = result.findings.map((f) => [f.ruleId, f.start, f.end, f.message, f.fix?.text, f.suggestions?.map((s) => s.text), f.detail]);
  findingCount += findings.length;
  const corrections: unknown[] = [];
  const lookups: unknown[] = [];
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const c = run[i];
      lookups.push(model.hasConfusions(c), model.nameShare(c));
      for (let len = 2; len <= 7 && i + len <= run.length; len++) lookups.push(model.hasWord(run.slice(i, i + len)));
      if (i % 7 === 0) lookups.push(model.segmentCost(run.slice(i, i + 9)));
      for (const k of model.corrections(run, i, undefined, withPairs)) corrections.push([m.index + i, k.right, k.kind, k.word, k.wordStart, k.realWord, k.segGain, k.charGain, k.score]);
    }
  }
  correctionCount += corrections.length;
  snapshot[name.replace(ROOT + '/', '')] = { findings, corrections, lookups: digest(lookups) };
}
writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${Object.keys(snapshot).length} texts: ${findingCount} findings, ${correctionCount} model corrections; digest ${digest(snapshot)}`);

if (before) {
  // The shared texts by their path under shared/: a copy of main built elsewhere (/tmp/…) reads them through ../shared too.
  const canonical = (texts: typeof snapshot): typeof snapshot => Object.fromEntries(Object.entries(texts).map(([name, value]) => [name.replace(/^.*\/shared\//, 'shared/'), value]));
  const old = canonical(JSON.parse(readFileSync(before, 'utf8')) as typeof snapshot);
  const now = canonical(snapshot);
  const names = new Set([...Object.keys(old), ...Object.keys(now)]);
  let differ = 0;
  for (const name of names) {
    for (const part of ['findings', 'corrections', 'lookups'] as const) {
      if (JSON.stringify(old[name]?.[part]) !== JSON.stringify(now[name]?.[part])) {
        differ++;
        console.log(`DIFFERENT: ${name} ${part}`);
      }
    }
  }
  console.log(differ ? `${differ} differences from ${before}` : `identical to ${before}`);
  process.exitCode = differ ? 1 : 0;
}
