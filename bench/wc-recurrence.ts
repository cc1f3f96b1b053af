// What wrong-character's "writer's own term" exemption (checkDocument: a written form that recurs in the
// document, its correction not much more common and not used between the same neighbours) suppresses:
// Each run compares three lints: no exemption, the exemption as before round 31 (copied phrases exempt too),
// and as it stands.
//   - ECSpell odw.train linted as one file (as the shared scorer and eval:typos do): the erroneous sentences
//     whose only hit it suppresses, per fold, and the clean ones it keeps quiet;
//   - clean published text (folders given, default: the shared corpus, the fixture corpus, /work/notes/heldout-*):
//     every finding it suppresses, with the evidence;
//   - with --per-sentence: every sentence whose result (any rule, the scorer's configuration) differs between
//     one file and one sentence per file, and the rules that make the difference.
// Usage: node esbuild.mjs --bench && node out/bench/wc-recurrence.js [--per-sentence] [--odw FILE] [DIR ...]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig, type LintResult } from '../server/src/engine';
import { RECURRENCE } from '../server/src/rules/wrong-character';
import { readOdwRows } from './ecspell-rows';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const odwPath = option('--odw', '../shared/ecspell/odw.train');
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--odw');

const wcConfig = onlyRuleConfig();
// The shared scorer's configuration: every rule at its default, less these two.
const scorerConfig = resolveConfig({ rules: { 'fullwidth-punctuation': 'off', 'stray-space': 'off' } });

/** mode: 'off' no exemption, 'old' copied phrases exempt too (before round 31), 'now' as the rule stands. */
function lint(text: string, mode: 'off' | 'old' | 'now', config = wcConfig): LintResult {
  RECURRENCE.off = mode === 'off';
  RECURRENCE.copied = mode === 'old';
  try {
    return lintDocument(text, { config });
  } finally {
    RECURRENCE.off = false;
    RECURRENCE.copied = false;
  }
}

type Found = { line: number; col: number; end: number; rule: string; message: string; detail: string };
function findings(r: LintResult): Found[] {
  return r.findings.map((f) => {
    const p = r.document.positionAt(f.start);
    return { line: p.line, col: p.character, end: p.character + (f.end - f.start), rule: f.ruleId, message: f.message, detail: f.detail ?? '' };
  });
}
/** Characters from the finding to the nearest other occurrence of its written word (the word quoted first in the message). */
function nearest(text: string, lineStarts: number[], f: Found): string {
  const word = /“([^”]+)”/.exec(f.message)?.[1] ?? '';
  const here = lineStarts[f.line] + f.col;
  let best = Infinity;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at + word.length <= here - 2 || at >= here + 2) best = Math.min(best, Math.abs(at - here));
  }
  return `nearest other 「${word}」 ${best} chars away`;
}
function starts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}
const key = (f: Found) => `${f.rule}@${f.line}:${f.col}-${f.end}`;

// --- ECSpell, one file ---
const rows = existsSync(odwPath) ? readOdwRows(odwPath) : [];
if (rows.length) {
  const text = rows.map(({ cols }) => cols[1]).join('\n');
  const on = findings(lint(text, 'old'));
  const off = findings(lint(text, 'off'));
  const now = new Set(findings(lint(text, 'now')).map(key));
  const kept = new Set(on.map(key));
  const suppressed = off.filter((f) => !kept.has(key(f)));
  const odwStarts = starts(text);
  const tally = { train: { lost: 0, also: 0, cleanQuiet: 0, offTarget: 0, reportedNow: 0 }, validation: { lost: 0, also: 0, cleanQuiet: 0, offTarget: 0, reportedNow: 0 } };
  console.log(`ECSpell ${odwPath} as one file: ${suppressed.length} findings suppressed by the exemption`);
  for (const f of suppressed) {
    const { cols, fold } = rows[f.line];
    const [, wrong, right] = cols;
    const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
    const t = tally[fold];
    let what: string;
    if (!errorAt.length) {
      t.cleanQuiet++;
      what = 'clean sentence kept quiet';
    } else if (!errorAt.some((k) => k >= f.col && k < f.end)) {
      t.offTarget++;
      what = 'off the error';
    } else {
      const hitAnyway = on.some((g) => g.line === f.line && errorAt.some((k) => k >= g.col && k < g.end));
      if (hitAnyway) t.also++;
      else t.lost++;
      what = hitAnyway ? 'error hit by another finding' : 'erroneous sentence LOST';
    }
    if (now.has(key(f))) {
      t.reportedNow++;
      what += ', REPORTED NOW';
    }
    console.log(`  [${fold}] line ${f.line + 1}:${f.col + 1} ${what}: ${f.message}\n      ${f.detail}; ${nearest(text, odwStarts, f)}\n      «${wrong.slice(Math.max(0, f.col - 12), f.end + 12)}»`);
  }
  console.log(`  per fold: ${JSON.stringify(tally)}`);

  if (args.includes('--per-sentence')) {
    // Every rule, one file against one sentence per file.
    const whole = findings(lintDocument(text, { config: scorerConfig }));
    const byLine = new Map<number, Found[]>();
    for (const f of whole) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
    const diff = { detectedOnlyAlone: 0, detectedOnlyWhole: 0, cleanFlaggedOnlyAlone: 0, cleanFlaggedOnlyWhole: 0 };
    const byRule = new Map<string, number>();
    rows.forEach(({ cols: [, wrong, right], fold }, line) => {
      const alone = findings(lintDocument(wrong, { config: scorerConfig }));
      const inWhole = byLine.get(line) ?? [];
      const errorAt = [...wrong].map((c, k) => (c === right[k] ? -1 : k)).filter((k) => k >= 0);
      const hit = (fs: Found[]) => (errorAt.length ? fs.some((f) => errorAt.some((k) => k >= f.col && k < f.end)) : fs.length > 0);
      const a = hit(alone);
      const w = hit(inWhole);
      const aKeys = new Set(alone.map(key).map((k) => k.replace(/@\d+:/, '@:')));
      const wKeys = new Set(inWhole.map(key).map((k) => k.replace(/@\d+:/, '@:')));
      const onlyAlone = alone.filter((f) => !wKeys.has(key(f).replace(/@\d+:/, '@:')));
      const onlyWhole = inWhole.filter((f) => !aKeys.has(key(f).replace(/@\d+:/, '@:')));
      for (const f of [...onlyAlone, ...onlyWhole]) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      if (a === w) return;
      if (errorAt.length) diff[a ? 'detectedOnlyAlone' : 'detectedOnlyWhole']++;
      else diff[a ? 'cleanFlaggedOnlyAlone' : 'cleanFlaggedOnlyWhole']++;
      const show = (fs: Found[]) => fs.map((f) => `${f.rule} ${f.message}`).join(' | ') || '–';
      console.log(`  [${fold}] line ${line + 1} ${errorAt.length ? 'erroneous' : 'clean'}: alone ${a ? 'hit' : 'no'}, in one file ${w ? 'hit' : 'no'}\n      alone only: ${show(onlyAlone)}\n      one file only: ${show(onlyWhole)}\n      «${wrong.slice(0, 70)}»`);
    });
    console.log(`  one sentence per file vs one file: ${JSON.stringify(diff)}; findings that differ, by rule: ${JSON.stringify(Object.fromEntries(byRule))}`);
  }
}

// --- clean published text ---
const defaults = ['../shared/corpus', 'test/fixtures/corpus', ...(existsSync('/work/notes') ? readdirSync('/work/notes').filter((n) => n.startsWith('heldout-')).map((n) => join('/work/notes', n)) : [])];
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(txt|md)$/.test(n) ? [p] : [];
    });
}
let total = 0;
let reportedNow = 0;
for (const dir of dirs.length ? dirs : defaults) {
  for (const file of files(dir)) {
    if (file.includes('/traditional/')) continue;
    const body = readFileSync(file, 'utf8');
    const on = findings(lint(body, 'old'));
    const kept = new Set(on.map(key));
    const now = new Set(findings(lint(body, 'now')).map(key));
    const lines = body.split('\n');
    const bodyStarts = starts(body);
    for (const f of findings(lint(body, 'off')).filter((g) => !kept.has(key(g)))) {
      total++;
      if (now.has(key(f))) reportedNow++;
      console.log(`${file}:${f.line + 1}:${f.col + 1} ${now.has(key(f)) ? 'REPORTED NOW ' : ''}${f.message}\n      ${f.detail}; ${nearest(body, bodyStarts, f)}\n      «${(lines[f.line] ?? '').slice(Math.max(0, f.col - 15), f.end + 15)}»`);
    }
  }
}
console.log(`clean text: ${total} findings suppressed by the exemption before round 31, ${reportedNow} of them reported now`);
