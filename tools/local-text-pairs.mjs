// Derives data/local-text/pairs.tsv, the character pairs of city government work reports that the wrong-character
// data build (tools/build-wrong-character-data.mjs, addLocalTextPairs) lets vouch for their characters. Run by hand,
// from a snapshot of the public GitHub repository lawtext/gov (folders 政府工作报告-其他地市 and 政府工作报告-主要城市);
// the build reads only the derived file, so a clone without the snapshot builds the same data.
//
// Held out by city (the rule is judged on unseen text): every city of data/local-text/excluded-cities.txt (those of
// the held-out sets heldout-s29 and heldout-s29w), and a further HELDOUT_SHARE of the remaining cities drawn with a
// fixed seed (written to data/local-text/heldout-cities.txt: the held-out set heldout-s30c is sampled from them), are
// left out whole, every year. Reports of 2026 are left out too (the eval's 2026 provincial reports stay unseen in kind).
// The repository's README says garbled characters were corrected only in part: a pair counts only when it occurs in
// MIN_REPORTS distinct reports of MIN_CITIES distinct cities, so that a slip of one report never vouches.
//
// Round 33: it also writes data/local-text/trigrams.tsv, the three-character windows that MIN_TRIGRAM_REPORTS reports of
// MIN_TRIGRAM_CITIES cities use (report phrasing: the build keeps those official texts lack, as a small Bloom filter).
//
// Usage: node tools/local-text-pairs.mjs GIT_DIR_OF_SNAPSHOT
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { seededRandom } from './seeded-random.mjs';

const FOLDERS = ['政府工作报告-其他地市', '政府工作报告-主要城市'];
/** Share of the cities not already held out that is held out for heldout-s30c. */
const HELDOUT_SHARE = 0.2;
const SEED = 30;
/** A pair is written when this many distinct reports… */
const MIN_REPORTS = 8;
/** …of this many distinct cities use it… */
const MIN_CITIES = 6;
/** …and it is used this often, or this many times more often than chance (the official pairs' test). */
const FREQUENT = 30;
const ASSOCIATION = 10;
const DIR = 'data/local-text';
/** A three-character window is written to trigrams.tsv when this many distinct reports… */
const MIN_TRIGRAM_REPORTS = 70;
/** …of this many distinct cities use it: the set phrasing of many cities' reports, not of one city's. */
const MIN_TRIGRAM_CITIES = 25;

/**
 * Counts the n-gram `g` of report `report` (of `city`) in `map`: occurrences, distinct reports, distinct cities. The
 * reports come sorted by city, so a city's reports are counted one after another. Also tools/held-pairs.mjs.
 */
export function countNgram(map, g, report, city) {
  let entry = map.get(g);
  if (!entry) map.set(g, (entry = { n: 0, reports: 0, cities: 0, lastReport: -1, lastCity: '' }));
  entry.n++;
  if (entry.lastReport !== report) {
    entry.lastReport = report;
    entry.reports++;
  }
  if (entry.lastCity !== city) {
    entry.lastCity = city;
    entry.cities++;
  }
}

/** Plain text of a report: front matter, images, tables, markup and footnote markers dropped (as heldout-s29's prep_lawtext.py). */
export function reportText(markdown) {
  let raw = markdown;
  if (raw.startsWith('---')) raw = raw.slice(raw.indexOf('\n---', 3) + 4);
  const lines = [];
  for (const line of raw.split('\n')) {
    const s = line.trim();
    if (!s || s.startsWith('![') || s.startsWith('|') || s === '---') continue;
    lines.push(s.replace(/^#+\s*/, '').replaceAll('**', '').replace(/\[\d{1,2}\]/g, '').replace(/<[^>]+>/g, ''));
  }
  return lines.filter(Boolean).join('\n');
}

export function listReports(gitDir) {
  const out = execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=false', 'ls-tree', '-r', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const reports = [];
  for (const line of out.split('\n')) {
    const [meta, path] = line.split('\t');
    if (!path) continue;
    const [folder, city, file] = path.split('/');
    if (!FOLDERS.includes(folder) || !file?.endsWith('.md') || file.startsWith('2026')) continue;
    reports.push({ path, city, object: meta.split(' ')[2] });
  }
  return reports;
}

export function readBlobs(gitDir, objects) {
  const buffer = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: objects.join('\n') + '\n', maxBuffer: 1 << 30 });
  const texts = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const header = buffer.toString('latin1', at, buffer.indexOf(10, at));
    const size = Number(header.split(' ')[2]);
    const start = buffer.indexOf(10, at) + 1;
    texts.push(buffer.toString('utf8', start, start + size));
    at = start + size + 1;
  }
  return texts;
}

function main() {
  const gitDir = process.argv[2];
  if (!gitDir) {
    console.error('usage: node tools/local-text-pairs.mjs GIT_DIR_OF_LAWTEXT_GOV_SNAPSHOT');
    process.exit(2);
  }
  const excluded = new Set(readFileSync(`${DIR}/excluded-cities.txt`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  const reports = listReports(gitDir);
  const cities = [...new Set(reports.map((r) => r.city))].filter((c) => !excluded.has(c)).sort();
  const random = seededRandom(SEED);
  const shuffled = [...cities];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const heldOut = new Set(shuffled.slice(0, Math.round(cities.length * HELDOUT_SHARE)));
  const used = reports.filter((r) => !excluded.has(r.city) && !heldOut.has(r.city)).sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : a.path < b.path ? -1 : 1));
  const texts = readBlobs(gitDir, used.map((r) => r.object));

  const unigrams = new Map();
  const pairs = new Map();
  const trigrams = new Map();
  const note = (map, g, i) => countNgram(map, g, i, used[i].city);
  let chars = 0;
  let reportsCounted = 0;
  const seen = new Set();
  for (let i = 0; i < used.length; i++) {
    const text = reportText(texts[i]);
    // The same report is filed under both folders for some cities: count it once.
    const hash = createHash('sha1').update(text).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    reportsCounted++;
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      chars += run.length;
      for (let k = 0; k < run.length; k++) {
        unigrams.set(run[k], (unigrams.get(run[k]) ?? 0) + 1);
        if (k + 1 >= run.length) continue;
        note(pairs, run.slice(k, k + 2), i);
        if (k + 2 < run.length) note(trigrams, run.slice(k, k + 3), i);
      }
    }
  }
  const kept = [...pairs]
    .filter(([g, e]) => !/[\ud800-\udfff]/.test(g) && e.reports >= MIN_REPORTS && e.cities >= MIN_CITIES)
    .filter(([g, e]) => e.n >= FREQUENT || e.n * chars >= ASSOCIATION * unigrams.get(g[0]) * unigrams.get(g[1]))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  mkdirSync(DIR, { recursive: true });

  writeFileSync(`${DIR}/heldout-cities.txt`, `# Cities held out of pairs.tsv (seed ${SEED}, ${HELDOUT_SHARE * 100} % of those not in excluded-cities.txt); heldout-s30c is sampled from them\n${[...heldOut].sort().join('\n')}\n`);
  const header = [
    `# Character pairs of city government work reports (lawtext/gov snapshot ${execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim().slice(0, 12)}), made by tools/local-text-pairs.mjs`,
    `# ${reportsCounted} reports of ${new Set(used.map((r) => r.city)).size} cities, ${chars} Han characters; a pair in >= ${MIN_REPORTS} reports of >= ${MIN_CITIES} cities, seen >= ${FREQUENT} times or >= ${ASSOCIATION}x chance`,
    '# pair<TAB>count<TAB>reports<TAB>cities',
  ];
  writeFileSync(`${DIR}/pairs.tsv`, header.join('\n') + '\n' + kept.map(([g, e]) => `${g}\t${e.n}\t${e.reports}\t${e.cities}`).join('\n') + '\n');
  const phrases = [...trigrams]
    .filter(([g, e]) => !/[\ud800-\udfff]/.test(g) && e.reports >= MIN_TRIGRAM_REPORTS && e.cities >= MIN_TRIGRAM_CITIES)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const trigramHeader = [
    header[0].replace('Character pairs', 'Three-character windows'),
    `# ${reportsCounted} reports of ${new Set(used.map((r) => r.city)).size} cities, ${chars} Han characters; a window in >= ${MIN_TRIGRAM_REPORTS} reports of >= ${MIN_TRIGRAM_CITIES} cities`,
    '# trigram<TAB>count<TAB>reports<TAB>cities',
  ];
  writeFileSync(`${DIR}/trigrams.tsv`, trigramHeader.join('\n') + '\n' + phrases.map(([g, e]) => `${g}\t${e.n}\t${e.reports}\t${e.cities}`).join('\n') + '\n');
  console.log(`local-text trigrams: ${phrases.length} of ${trigrams.size}`);
  console.log(`local-text pairs: ${kept.length} of ${pairs.size}; ${reportsCounted} reports, ${chars} chars; held out ${heldOut.size} of ${cities.length} cities (${excluded.size} excluded before)`);
}

// Run as a program only (the unit test imports reportText).
// Run as a script (node tools/local-text-pairs.mjs), not when a test imports reportText: by name, since the test bundle
// is CommonJS and has no import.meta.
if (process.argv[1]?.endsWith('local-text-pairs.mjs')) main();
