// Derives data/local-text/held-pairs.tsv (round 35): the character pairs of city government work reports that the
// wrong-character data build (tools/build-wrong-character-data.mjs, heldPairs) lets hold a character as written where
// official text has not seen the pair: the model's heldByOfficialPairs() takes a character whose two pairs are both
// seen as written and looks up no candidates for it. Run by hand, from the same snapshot of GitHub lawtext/gov as
// tools/local-text-pairs.mjs (folders 政府工作报告-其他地市 and 政府工作报告-主要城市); the build reads only the derived file.
//
// The same reports as pairs.tsv: every city of data/local-text/excluded-cities.txt and data/local-text/heldout-cities.txt
// left out whole, every report of 2026 left out; further, any report that shares OVERLAP_SHARE or more of its
// 40-character windows with a held-out or untouched text folder given on the command line (the same document filed
// twice: heldout-s33w2 took 2012–2013 reports of major cities from this snapshot) is left out too. A pair is written
// when MIN_REPORTS distinct reports of MIN_CITIES distinct cities use it (a slip of one report holds nothing), whatever
// its association: pairs.tsv keeps only the associated ones, which vouch alone; a held character needs both its pairs.
//
// Usage: node tools/held-pairs.mjs GIT_DIR_OF_SNAPSHOT [HELDOUT_DIR…]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countNgram, listReports, readBlobs, reportText } from './local-text-pairs.mjs';

const DIR = 'data/local-text';
/** A pair is written when this many distinct reports… */
const MIN_REPORTS = 8;
/** …of this many distinct cities use it. */
const MIN_CITIES = 6;
/** Window length of the overlap check, and the step at which the held-out texts' windows are sampled. */
const WINDOW = 40;
const STEP = 10;
/** A report sharing this share of its windows with the held-out texts is the same document: left out. */
const OVERLAP_SHARE = 0.2;

const lines = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

/** Every text file under the folders, recursively. */
function textFiles(dirs) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) files.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

/** Han characters only (the windows compare the characters, not the layout). */
const hanOnly = (text) => (text.match(/\p{Script=Han}+/gu) ?? []).join('');

function main() {
  const [gitDir, ...heldoutDirs] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: node tools/held-pairs.mjs GIT_DIR_OF_LAWTEXT_GOV_SNAPSHOT [HELDOUT_DIR…]');
    process.exit(2);
  }
  const excluded = new Set([...lines(`${DIR}/excluded-cities.txt`), ...lines(`${DIR}/heldout-cities.txt`)]);
  const used = listReports(gitDir).filter((r) => !excluded.has(r.city)).sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : a.path < b.path ? -1 : 1));
  const texts = readBlobs(gitDir, used.map((r) => r.object));

  const heldWindows = new Set();
  let heldChars = 0;
  for (const file of textFiles(heldoutDirs)) {
    const han = hanOnly(readFileSync(file, 'utf8'));
    heldChars += han.length;
    for (let i = 0; i + WINDOW <= han.length; i += STEP) heldWindows.add(han.slice(i, i + WINDOW));
  }

  const pairs = new Map();
  let chars = 0;
  let counted = 0;
  const overlapping = [];
  let sharedMost = 0;
  const seen = new Set();
  for (let i = 0; i < used.length; i++) {
    const text = reportText(texts[i]);
    const hash = createHash('sha1').update(text).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const han = hanOnly(text);
    let shared = 0;
    let windows = 0;
    for (let k = 0; k + WINDOW <= han.length; k++, windows++) if (heldWindows.has(han.slice(k, k + WINDOW))) shared++;
    // Each held-out window sampled every STEP characters: a document shared whole matches about 1/STEP of its windows.
    const share = windows ? (shared * STEP) / windows : 0;
    if (share >= OVERLAP_SHARE) {
      overlapping.push(`${used[i].path} ${share.toFixed(2)}`);
      continue;
    }
    sharedMost = Math.max(sharedMost, share);
    counted++;
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      chars += run.length;
      for (let k = 0; k + 1 < run.length; k++) countNgram(pairs, run.slice(k, k + 2), i, used[i].city);
    }
  }
  const kept = [...pairs]
    .filter(([g, e]) => !/[\ud800-\udfff]/.test(g) && e.reports >= MIN_REPORTS && e.cities >= MIN_CITIES)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const snapshot = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim().slice(0, 12);
  const header = [
    `# Character pairs of city government work reports (lawtext/gov snapshot ${snapshot}), made by tools/held-pairs.mjs: every pair in >= ${MIN_REPORTS} reports of >= ${MIN_CITIES} cities`,
    `# ${counted} reports of ${new Set(used.map((r) => r.city)).size} cities, ${chars} Han characters; ${overlapping.length} reports left out for sharing >= ${OVERLAP_SHARE} of their ${WINDOW}-character windows with ${heldoutDirs.length} held-out folders (${heldChars} characters); the most any kept report shares: ${sharedMost.toFixed(3)}`,
    '# pair<TAB>count<TAB>reports<TAB>cities',
  ];
  writeFileSync(`${DIR}/held-pairs.tsv`, header.join('\n') + '\n' + kept.map(([g, e]) => `${g}\t${e.n}\t${e.reports}\t${e.cities}`).join('\n') + '\n');
  console.log(header.slice(0, 2).join('\n'));
  console.log(`held pairs: ${kept.length} of ${pairs.size}`);
  for (const line of overlapping) console.log(`left out: ${line}`);
}

main();
