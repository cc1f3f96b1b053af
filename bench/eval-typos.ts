// npm run eval:typos — how well the wrong-character rule does, in figures:
//   - ECSpell odw.train (official-document sentences with their corrections): sentences whose wrong
//     character is flagged, detections whose preferred fix is the right character, sentences that the
//     preferred fixes correct completely, clean sentences flagged; the "validation" fold (every 5th sentence) was kept out of the rule's statistics.
//   - findings per 100 k characters on clean published text: the project's fixture corpus and, when the
//     shared corpus is beside the project, its 2026 provincial reports (never used to build the data)
//     and its traditional texts (the rule must stay quiet there);
//   - data size, load time and memory, and throughput on 1 MB of simplified text.
// Usage: npm run eval:typos [-- --odw FILE] [--show N] [--thresholds JSON] [--own-usage N] [--no-speed]
//   --thresholds '{"report":14}' tries other decision thresholds (merged over DEFAULT_THRESHOLDS)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { findDataFile, wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { setThresholds } from '../server/src/text/wrong-character-tuning';
import { convertText } from '../server/src/text/convert';
import { findingsByLine, readOdwRows, type LineFinding } from './ecspell-rows';
import { OWN_USAGE } from '../server/src/rules/wrong-character';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const odwPath = option('--odw', existsSync('../shared/ecspell/odw.train') ? '../shared/ecspell/odw.train' : 'test/fixtures/ecspell/odw.sample.tsv');
const show = Number(option('--show', '0'));
// --own-usage N: wrong-character's own-usage evidence (round 35; 0 turns it off).
if (args.includes('--own-usage')) OWN_USAGE.bonus = Number(option('--own-usage', '6'));
if (args.includes('--thresholds')) setThresholds(JSON.parse(option('--thresholds', '{}')) as Record<string, unknown>);

// Only this rule, at its default severity.
const config = onlyRuleConfig();

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)} %` : '–';
}

// --- data ---
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
wrongCharacterModel();
const loadMs = performance.now() - t0;
const rssAfter = process.memoryUsage().rss;
const dataFile = findDataFile()!;
console.log(`data: ${dataFile} ${(statSync(dataFile).size / 1e6).toFixed(1)} MB; load ${loadMs.toFixed(0)} ms; +${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB resident`);

// --- ECSpell ---
/** The sentence with every preferred fix applied (offsets within the sentence), last first. */
function applyFixes(sentence: string, found: LineFinding[]): string {
  let fixed = sentence;
  for (const f of [...found].sort((a, b) => b.start - a.start)) if (f.fix !== undefined) fixed = fixed.slice(0, f.start) + f.fix + fixed.slice(f.end);
  return fixed;
}
const rows = readOdwRows(odwPath);
const text = rows.map(({ cols }) => cols[1]).join('\n');
const result = lintDocument(text, { config });
const byLine = findingsByLine(result);
const folds = new Map<string, { errors: number; detected: number; fixRight: number; corrected: number; clean: number; flagged: number }>();
const misses: string[] = [];
const alarms: string[] = [];
rows.forEach(({ cols: [, wrong, right], fold }, line) => {
  const tally = folds.get(fold) ?? { errors: 0, detected: 0, fixRight: 0, corrected: 0, clean: 0, flagged: 0 };
  folds.set(fold, tally);
  const found = byLine.get(line) ?? [];
  const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
  if (errorAt.length === 0) {
    tally.clean++;
    if (found.length) {
      tally.flagged++;
      alarms.push(`${wrong.slice(0, 60)}  ⟵ ${found.map((f) => wrong.slice(f.start, f.end)).join(',')}`);
    }
    return;
  }
  tally.errors++;
  const hits = found.filter((f) => errorAt.some((k) => k >= f.start && k < f.end));
  if (hits.length) {
    tally.detected++;
    if (hits.some((f) => f.fix === right.slice(f.start, f.end))) tally.fixRight++;
  }
  if (applyFixes(wrong, found) === right) tally.corrected++;
  if (!hits.length) misses.push(`${wrong.slice(0, 60)}  (${errorAt.map((k) => `${wrong[k]}→${right[k]}`).join(', ')})`);
});
console.log(`\nECSpell ${odwPath}: ${rows.length} sentences`);
console.log('| fold | erroneous | detected | preferred fix right | fully corrected | clean | clean flagged |');
console.log('|---|---|---|---|---|---|---|');
for (const [fold, t] of [...folds].sort()) {
  console.log(`| ${fold} | ${t.errors} | ${t.detected} (${pct(t.detected, t.errors)}) | ${t.fixRight} (${pct(t.fixRight, t.detected)} of detections) | ${t.corrected} (${pct(t.corrected, t.errors)}) | ${t.clean} | ${t.flagged} (${pct(t.flagged, t.clean)}) |`);
}
if (show) {
  console.log('-- missed'); misses.slice(0, show).forEach((m) => console.log('  ' + m));
  console.log('-- clean sentences flagged'); alarms.slice(0, show).forEach((m) => console.log('  ' + m));
}

// --- clean published text ---
function scan(label: string, files: string[], transform: (text: string) => string = (text) => text): void {
  let chars = 0;
  let count = 0;
  const listed: string[] = [];
  for (const file of files) {
    const body = transform(readFileSync(file, 'utf8'));
    chars += [...body].length;
    const r = lintDocument(body, { config });
    for (const f of r.findings) {
      count++;
      listed.push(`  ${file.split('/').slice(-1)[0]}:${r.document.positionAt(f.start).line + 1}  ${f.message}`);
    }
  }
  console.log(`${label}: ${files.length} files, ${chars.toLocaleString('en')} chars, ${count} findings = ${((count * 1e5) / Math.max(1, chars)).toFixed(1)} per 100 k chars`);
  if (show) listed.slice(0, show).forEach((l) => console.log(l));
}
const txt = (dir: string, keep: (name: string) => boolean = () => true) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt') && keep(n)).sort().map((n) => join(dir, n)) : [];
console.log('\nClean published text:');
scan('fixture corpus, simplified', txt('test/fixtures/corpus/simplified'));
scan('fixture corpus, traditional', txt('test/fixtures/corpus/traditional'));
const heldOut = txt('../shared/corpus/simplified', (n) => n.startsWith('2026-gov-work-report'));
if (heldOut.length) scan('shared corpus, 2026 provincial reports (held out of the data)', heldOut);
const sharedTraditional = txt('../shared/corpus/traditional');
if (sharedTraditional.length) {
  scan('shared corpus, traditional', sharedTraditional);
  // The same texts converted to simplified (OpenCC): unseen clean text in another register (Taiwan
  // press releases), which the rule does check.
  scan('shared corpus, traditional converted to simplified', sharedTraditional, (text) => convertText(text, 'zh-Hans'));
}

// --- throughput ---
if (args.includes('--no-speed')) process.exit(0);
const sample = txt('test/fixtures/corpus/simplified').map((f) => readFileSync(f, 'utf8')).join('\n');
let mb = sample;
while (Buffer.byteLength(mb) < 1e6) mb += '\n' + sample;
mb = mb.slice(0, 350_000);
lintDocument(mb, { config });
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  lintDocument(mb, { config });
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
// CPU time as well: on a shared machine the wall clock mostly measures the neighbours.
console.log(
  `\nthroughput, wrong-character alone, warm, ${mb.length.toLocaleString('en')} chars (≈1 MB): median ${times[2].toFixed(0)} ms = ${(mb.length / times[2] / 1000).toFixed(2)} M chars/s; ` +
    `CPU ${cpuTimes[2].toFixed(0)} ms = ${(mb.length / cpuTimes[2] / 1000).toFixed(2)} M chars/s of CPU`,
);
