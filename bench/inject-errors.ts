// Recall of the rules on errors put into clean text (docs/recall-bench.md): each generator of bench/inject-generators.ts
// puts one error of its class at a seeded-random plausible place of a clean paragraph, the engine lints the paragraph
// (with the script of the document it came from), and the error counts as detected when the rule of its class
// reports a finding over the place. Printed figures, not a test.
//
//   node esbuild.mjs --bench && node out/bench/inject-errors.js [--n 200] [--seed 1] [--fixtures-only]
//        [--misses CLASS|GENERATOR] [--others CLASS|GENERATOR] [--with-wrong-character] [--no-baseline] [--dir DIR]...
//        [--only CLASS|GENERATOR] [--dump FILE] [--misses-text FILE] [--in-document] [--own-usage N] [--own-log FILE]
//
// Clean text: test/fixtures/corpus (always), ../shared/corpus and the held-out folders /work/notes/heldout-s2*/ when
// present (not the seeds: they hold errors). --dir adds a folder. The baseline is the findings on the untouched
// texts, linted whole: a rule change that raises recall must leave it as it was. wrong-character is off but for its own
// generator (observed-slip: real slips of ECSpell's train fold), whose misses come with the model's reason.
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { lintDocument, resolveConfig, RULES, type Finding, type GongwenConfig, type ResolvedConfig, type Script } from '../server/src/engine';
import { convertText } from '../server/src/text/convert';
import { scriptCounts, scriptFromCounts, isTraditional } from '../server/src/text/script';
import { picker } from '../test/helpers/generate';
import { OWN_USAGE } from '../server/src/rules/wrong-character';
import { recordOwnUsage, stopRecordingOwnUsage } from './wc-own-usage-record';
import { GENERATORS, type ErrorClass, type Generator, type Injection } from './inject-generators';
import { ROOT, SHARED_CORPUS } from './lib';
import { slipMissReason, slipView } from './slip-miss-reason';
import { onlyRuleConfig } from './only-rule';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const perGenerator = Number(option('--n') ?? 200);
const seed = Number(option('--seed') ?? 1);
const showMisses = option('--misses');
const showOthers = option('--others');
/** --misses-text FILE: the injected paragraphs of the misses listed, one a line (to lint them with the CLI). */
const fullMisses = option('--misses-text');
const withWrongCharacter = args.includes('--with-wrong-character');
/** --in-document: lint each injected paragraph inside its whole document (rules that read the document, round 35), findings of that paragraph only. */
const inDocument = args.includes('--in-document');
/** --own-usage N: wrong-character's own-usage evidence (OWN_USAGE.bonus; 0 turns it off), for A/B runs. */
if (option('--own-usage') !== undefined) OWN_USAGE.bonus = Number(option('--own-usage'));
const fixturesOnly = args.includes('--fixtures-only');
/** --own-log FILE: wrong-character's own-usage suspects weighed in each injected document (wc-own-usage-record), as JSON lines. */
const ownLog = option('--own-log');
const extraDirs = args.flatMap((a, i) => (a === '--dir' ? [args[i + 1]] : []));

type KnownScript = Exclude<Script, 'unknown'>;

interface Source {
  file: string;
  text: string;
  script: KnownScript;
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** The clean folders: the fixtures, the shared corpus and the held-out sets (their raw copies and exclusions left out). */
function cleanDirs(): string[] {
  const dirs = ['simplified', 'traditional', 'hongkong'].map((d) => join(ROOT, 'test/fixtures/corpus', d));
  if (fixturesOnly) return dirs;
  for (const d of ['simplified', 'traditional']) if (existsSync(join(SHARED_CORPUS, d))) dirs.push(join(SHARED_CORPUS, d));
  const notes = resolve(ROOT, '../notes');
  if (existsSync(notes)) {
    for (const set of readdirSync(notes).filter((n) => /^heldout-s2/.test(n)).sort()) {
      for (const d of readdirSync(join(notes, set)).sort()) {
        const path = join(notes, set, d);
        if (statSync(path).isDirectory() && !/-raw$|^excluded$/.test(d)) dirs.push(path);
      }
    }
  }
  return [...dirs, ...extraDirs];
}

const sources: Source[] = [];
const dirsRead: string[] = [];
for (const dir of cleanDirs()) {
  if (!existsSync(dir)) continue;
  const files = textFiles(dir);
  if (files.length) dirsRead.push(relative(ROOT, dir));
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const script = scriptFromCounts(scriptCounts(text));
    if (script !== 'unknown') sources.push({ file: relative(ROOT, file), text, script });
  }
}

const configs = new Map<string, ResolvedConfig>();
/** The configuration for a script; wrong-character is on with --with-wrong-character, or for its own generator (`wc`). */
function configFor(script: KnownScript, wc: boolean): ResolvedConfig {
  let config = configs.get(`${script}${wc}`);
  if (!config) {
    const rules: GongwenConfig['rules'] = {};
    if (!wc) rules['wrong-character'] = 'off';
    config = resolveConfig({ script, rules });
    configs.set(`${script}${wc}`, config);
  }
  return config;
}

const lintMemo = new Map<string, Finding[]>();
function lintParagraph(text: string, script: KnownScript, wc: boolean): Finding[] {
  const key = `${script}${wc}\u0000${text}`;
  let findings = lintMemo.get(key);
  if (!findings) {
    findings = lintDocument(text, { config: configFor(script, wc) }).findings;
    lintMemo.set(key, findings);
  }
  return findings;
}

/** The findings of `text` put in place of `paragraph` (lintParagraph, or with --in-document inside its whole document), offsets in `text`. */
function lintPlaced(paragraph: Paragraph, text: string, script: KnownScript, wc: boolean): Finding[] {
  const off = inDocument && paragraph.source.text !== paragraph.text ? paragraph.source.text.indexOf(paragraph.text) : -1;
  if (off < 0) return lintParagraph(text, script, wc);
  const whole = paragraph.source.text.slice(0, off) + text + paragraph.source.text.slice(off + paragraph.text.length);
  return lintParagraph(whole, script, wc)
    .filter((f) => f.start >= off && f.end <= off + text.length)
    .map((f) => ({ ...f, start: f.start - off, end: f.end - off }));
}

interface Paragraph {
  source: Source;
  text: string;
}

const HAN_CHARS = /\p{Script=Han}/gu;
const paragraphs: Paragraph[] = sources.flatMap((source) =>
  source.text.split('\n').filter((t) => (t.match(HAN_CHARS)?.length ?? 0) >= 15).map((text) => ({ source, text })),
);
const simplified = paragraphs.filter((p) => p.source.script === 'zh-Hans');
const wholeTexts: Paragraph[] = sources.map((source) => ({ source, text: source.text }));
const traditional = paragraphs.filter((p) => isTraditional(p.source.script));

interface Outcome {
  generator: Generator;
  paragraph: Paragraph;
  injection: Injection;
  script: KnownScript;
  detected: boolean;
  /** Findings of the injected paragraph that its untouched text does not have, the detection left out. */
  others: Finding[];
  found: Finding[];
}

const overlaps = (f: Finding, start: number, end: number) => f.start < end && f.end > start;
/**
 * The rules whose finding over the place detects an error of the class: a character of the other script that is
 * also a character of the text's own (台南, 落后 in traditional text) is misconversion's, and 叶 for 葉 script-mixing's.
 */
const DETECTING_RULES: Record<ErrorClass, string[]> = {
  'repeated-word': ['repeated-word'],
  misconversion: ['misconversion', 'script-mixing'],
  'script-mixing': ['script-mixing', 'misconversion'],
  'respectively-mismatch': ['respectively-mismatch'],
  'rate-mismatch': ['rate-mismatch'],
  'percent-bounds': ['percent-bounds'],
  // common-typo reports the slips its word list holds, and wrong-character leaves those places to it.
  'wrong-character': ['wrong-character', 'common-typo'],
  'count-mismatch': ['count-mismatch'],
  'sequence-numbering': ['sequence-numbering'],
  'part-exceeds-whole': ['part-exceeds-whole'],
  'figure-consistency': ['figure-consistency'],
};
/** Whether a generator's paragraphs are linted with wrong-character on. */
const wcOn = (g: Generator) => withWrongCharacter || g.cls === 'wrong-character';
const findingKey = (text: string, f: Finding) => `${f.ruleId}\u0000${text.slice(f.start, f.end)}`;

function run(generator: Generator): Outcome[] {
  // The id's hash in 32 bits (Math.imul): a float hash of an id of 11 characters or more passed 2^53 and was rounded, and
  // from 13 on the seed's share was lost (double-2words, increase-flip, observed-slip… drew the same on every --seed).
  const { random } = picker(seed * 7919 + generator.id.length * 104729 + [...generator.id].reduce((a, c) => (Math.imul(a, 31) + c.charCodeAt(0)) >>> 0, 0));
  const paragraphPool = generator.on === 'simplified' || generator.on === 's2t' ? simplified : generator.on === 'traditional' ? traditional : paragraphs;
  // A document generator is given whole texts (headings, a figure stated twice); one injection per text.
  const pool = generator.scope === 'document' ? wholeTexts.filter((p) => generator.on === 'any' || (generator.on === 'traditional') === isTraditional(p.source.script)) : paragraphPool;
  const order = pool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const outcomes: Outcome[] = [];
  for (const k of order) {
    if (outcomes.length >= perGenerator) break;
    const paragraph = pool[k];
    const base = generator.on === 's2t' ? convertText(paragraph.text, 'zh-Hant') : paragraph.text;
    const script: KnownScript = generator.on === 's2t' ? 'zh-Hant' : paragraph.source.script;
    const injection = generator.inject(base, random);
    if (!injection) continue;
    const before = lintPlaced(paragraph, injection.base, script, wcOn(generator));
    // A place the rule already reports on in the clean text tells nothing about recall.
    if (before.some((f) => DETECTING_RULES[generator.cls].includes(f.ruleId) && f.start < injection.end + 10 && f.end > injection.start - 10)) continue;
    const ownRecords = ownLog ? recordOwnUsage() : undefined;
    const after = lintPlaced(paragraph, injection.text, script, wcOn(generator));
    if (ownLog && ownRecords) {
      stopRecordingOwnUsage();
      const off = paragraph.source.text.indexOf(paragraph.text);
      for (const e of ownRecords) appendFileSync(ownLog, JSON.stringify({ ...e, file: paragraph.source.file, atSlip: e['docAt'] === off + injection.start, detected: after.some((f) => DETECTING_RULES[generator.cls].includes(f.ruleId) && overlaps(f, injection.start, injection.end)) }) + '\n');
    }
    const found = after.filter((f) => DETECTING_RULES[generator.cls].includes(f.ruleId) && overlaps(f, injection.start, injection.end));
    const old = new Map<string, number>();
    for (const f of before) old.set(findingKey(injection.base, f), (old.get(findingKey(injection.base, f)) ?? 0) + 1);
    const others = after.filter((f) => {
      if (found.includes(f)) return false;
      const key = findingKey(injection.text, f);
      const left = old.get(key) ?? 0;
      if (left > 0) old.set(key, left - 1);
      return left === 0;
    });
    outcomes.push({ generator, paragraph, injection, script, detected: found.length > 0, others, found });
  }
  return outcomes;
}

const started = process.cpuUsage();
// --only GENERATOR|CLASS: run just those generators (the others' rows then read 0).
const only = option('--only');
const results = GENERATORS.filter((g) => !only || g.id === only || g.cls === only).map((g) => ({ generator: g, outcomes: run(g) }));

const chars = sources.reduce((n, s) => n + s.text.length, 0);
const simplifiedChars = sources.filter((s) => s.script === 'zh-Hans').reduce((n, s) => n + s.text.length, 0);
console.log(`Clean text: ${sources.length} texts, ${chars.toLocaleString('en')} characters (simplified ${simplifiedChars.toLocaleString('en')}, traditional ${(chars - simplifiedChars).toLocaleString('en')}), from ${dirsRead.length} folders${fixturesOnly ? ' (fixtures only)' : ''}`);
console.log(`Seed ${seed}, up to ${perGenerator} injections per generator, one per paragraph; rules: all defaults${withWrongCharacter ? '' : ' but wrong-character (on for its own generator)'}\n`);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const row = (name: string, injected: number, detected: number, others: number) =>
  `  ${name.padEnd(22)} ${String(injected).padStart(8)} ${String(detected).padStart(9)} ${String(injected - detected).padStart(7)} ${pct(detected, injected).padStart(8)} ${String(others).padStart(8)}`;
console.log(`  ${'class / generator'.padEnd(22)} ${'injected'.padStart(8)} ${'detected'.padStart(9)} ${'missed'.padStart(7)} ${'recall'.padStart(8)} ${'other+'.padStart(8)}`);
const classes = [...new Set(GENERATORS.map((g) => g.cls))] as ErrorClass[];
for (const cls of classes) {
  const mine = results.filter((r) => r.generator.cls === cls);
  const all = mine.flatMap((r) => r.outcomes);
  console.log(row(cls, all.length, all.filter((o) => o.detected).length, all.reduce((n, o) => n + o.others.length, 0)));
  for (const r of mine) {
    console.log(`${row(`  ${r.generator.id}`, r.outcomes.length, r.outcomes.filter((o) => o.detected).length, r.outcomes.reduce((n, o) => n + o.others.length, 0))}   ${r.generator.what}`);
    // Round 34: by the site's frame, and whether the rule's docs list it (known) or not (unseen).
    const framed = r.outcomes.filter((o) => o.injection.frame !== undefined);
    if (framed.length) {
      const frames = new Map<string, [number, number]>();
      for (const o of framed) {
        const key = `${o.injection.known ? '' : '*'}${o.injection.frame}`;
        const [d, n] = frames.get(key) ?? [0, 0];
        frames.set(key, [d + (o.detected ? 1 : 0), n + 1]);
      }
      const known = framed.filter((o) => o.injection.known);
      const unseen = framed.filter((o) => !o.injection.known);
      console.log(`      frames the docs list ${known.filter((o) => o.detected).length}/${known.length}, others ${unseen.filter((o) => o.detected).length}/${unseen.length}: ${[...frames].sort((a, b) => b[1][1] - a[1][1]).map(([f, [d, n]]) => `${f} ${d}/${n}`).join(', ')}`);
    }
  }
}
console.log('\n(detected: a finding of the class\'s rule over the injected place — misconversion and script-mixing stand in for each other —; other+: findings of any rule the untouched paragraph did not have)');
for (const r of results.filter((x) => x.generator.cls === 'wrong-character')) {
  const hits = r.outcomes.filter((o) => o.detected);
  const byRule = (id: string) => hits.filter((o) => o.found.some((f) => f.ruleId === id)).length;
  // The preferred fix puts the right character back: the fix over the finding's span equals the untouched text there.
  const fixRight = hits.filter((o) => o.found.some((f) => f.fix?.text === o.injection.base.slice(f.start, f.end))).length;
  console.log(`${r.generator.id}: detected by wrong-character ${byRule('wrong-character')}, by common-typo ${byRule('common-typo')}; preferred fix right ${fixRight} of ${hits.length} (${pct(fixRight, hits.length)})`);
  const folders = new Map<string, [number, number]>();
  for (const o of r.outcomes) {
    const folder = dirname(o.paragraph.source.file);
    const [d, n] = folders.get(folder) ?? [0, 0];
    folders.set(folder, [d + (o.detected ? 1 : 0), n + 1]);
  }
  console.log(`  by folder: ${[...folders].sort().map(([f, [d, n]]) => `${f} ${d}/${n}`).join(', ')}`);
  // Where in its Han run the slip stands: at an end the model sees one neighbour only.
  const places = new Map<string, [number, number]>();
  for (const o of r.outcomes) {
    const { text, start } = o.injection;
    const han = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
    const place = !han(text[start - 1]) ? 'first' : !han(text[start + 1]) ? 'last' : 'inner';
    const [d, n] = places.get(place) ?? [0, 0];
    places.set(place, [d + (o.detected ? 1 : 0), n + 1]);
  }
  console.log(`  by place in the Han run: ${['first', 'inner', 'last'].map((p) => `${p} ${places.get(p)?.[0] ?? 0}/${places.get(p)?.[1] ?? 0}`).join(', ')}`);
}

// --dump FILE: every observed-slip outcome as a JSON line (detected, folder, run, index, right, the model's candidate).
const dumpFile = option('--dump');
if (dumpFile) {
  const lines: string[] = [];
  for (const r of results.filter((x) => x.generator.cls === 'wrong-character')) {
    for (const o of r.outcomes) {
      const { text, start } = o.injection;
      lines.push(JSON.stringify({ detected: o.detected, folder: dirname(o.paragraph.source.file), file: o.paragraph.source.file, at: start, para: text, ...slipView(text, start, o.injection.base[start]) }));
    }
  }
  writeFileSync(dumpFile, lines.join('\n') + '\n');
}

/**
 * Round 38: whether a missed slip is caught when its sentence (between 。！？； or line ends) is linted alone: " [caught in
 * its sentence]" marks a miss the report's context suppresses (the paragraph, the document), " [missed in both]" one the
 * rule misses anyway. Only for wrong-character's generator.
 */
function sentenceTag(o: Outcome): string {
  const { text, start, end } = o.injection;
  const from = Math.max(...[...'。！？；\n'].map((c) => text.lastIndexOf(c, start - 1) + 1));
  const stops = [...'。！？；\n'].map((c) => text.indexOf(c, end)).filter((k) => k >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  const sentence = text.slice(from, to);
  const hit = lintParagraph(sentence, o.script, true).some((f) => DETECTING_RULES[o.generator.cls].includes(f.ruleId) && overlaps(f, start - from, end - from));
  return hit ? ' [caught in its sentence]' : ' [missed in both]';
}

if (showMisses) {
  for (const r of results.filter((x) => x.generator.cls === showMisses || x.generator.id === showMisses)) {
    console.log(`\nMisses of ${r.generator.cls} / ${r.generator.id}:`);
    for (const o of r.outcomes.filter((x) => !x.detected)) {
      const { text, start, end } = o.injection;
      const context = `${text.slice(Math.max(0, start - 30), start)}【${text.slice(start, end)}】${text.slice(end, end + 20)}`.replace(/\n/g, '⏎');
      const elsewhere = lintParagraph(text, o.script, wcOn(o.generator)).filter((f) => DETECTING_RULES[o.generator.cls].includes(f.ruleId)).slice(0, 5).map((f) => text.slice(f.start, f.end));
      // For a slipped character: why the model missed it (the right character is the untouched text's).
      const why = o.generator.cls === 'wrong-character' ? `\n    why: ${slipMissReason(text, start, o.injection.base[start])}${sentenceTag(o)}` : '';
      if (fullMisses && o.generator.scope !== 'document') appendFileSync(fullMisses, `${o.injection.text}\n`);
      console.log(`- ${o.paragraph.source.file} [${o.script}]${o.injection.frame ? ` {${o.injection.known ? '' : '*'}${o.injection.frame}}` : ''} ${o.injection.label.replace(/\n/g, '⏎')}\n    ${context}${elsewhere.length ? `   (the rule reports elsewhere: ${elsewhere.join(' | ')})` : ''}${why}`);
    }
  }
}

if (showOthers) {
  for (const r of results.filter((x) => x.generator.cls === showOthers || x.generator.id === showOthers)) {
    console.log(`\nOther new findings of ${r.generator.cls} / ${r.generator.id}:`);
    for (const o of r.outcomes.filter((x) => x.others.length > 0)) {
      const { text } = o.injection;
      console.log(`- ${o.paragraph.source.file} ${o.injection.label}`);
      for (const f of o.others) console.log(`    ${f.ruleId}: ${text.slice(Math.max(0, f.start - 12), f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, f.end + 8)}`);
    }
  }
}

if (!args.includes('--no-baseline')) {
  const byRule: Record<string, number> = {};
  let total = 0;
  for (const source of sources) {
    const config = resolveConfig(withWrongCharacter ? {} : { rules: { 'wrong-character': 'off' } });
    for (const f of lintDocument(source.text, { config }).findings) {
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
      total++;
    }
  }
  const ids = RULES.map((r) => r.meta.id).filter((id) => byRule[id]);
  console.log(`\nBaseline, findings on the untouched texts linted whole (script decided by the engine): ${total} — ${ids.map((id) => `${id} ${byRule[id]}`).join(', ')}`);
  if (!withWrongCharacter && GENERATORS.some((g) => g.cls === 'wrong-character')) {
    // wrong-character's own false-alarm baseline on the same texts (it checks simplified text only).
    const config = onlyRuleConfig();
    const simplifiedSources = sources.filter((s) => s.script === 'zh-Hans');
    const n = simplifiedSources.reduce((k, s) => k + lintDocument(s.text, { config }).findings.length, 0);
    console.log(`wrong-character alone on the simplified texts: ${n} findings (${((1e5 * n) / simplifiedChars).toFixed(1)} per 100 k characters)`);
  }
}
const cpu = process.cpuUsage(started);
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
