// Speed of the script rules on ~1 M characters of simplified and of traditional text, built by
// repeating the corpus (each repetition tags its paragraphs so no per-paragraph cache helps).
//   node esbuild.mjs --bench && node out/bench/script-bench.js [--dir CORPUS]
// Simplified text runs first, in a fresh process: it must not load any OpenCC dictionary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintDocument, resolveConfig, RULES, type GongwenConfig } from '../server/src/engine';
import { convertText } from '../server/src/text/convert';
import { converterLoaded, stPhrasesLoaded } from '../server/src/text/opencc';

const TARGET = 1_000_000;
const at = process.argv.indexOf('--dir');
const corpus = at > 0 ? process.argv[at + 1] : resolve(__dirname, '../../../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (pass --dir)`);
  process.exit(2);
}

function megabyte(dir: string): string {
  const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const parts: string[] = [];
  let length = 0;
  for (let round = 1; length < TARGET; round++) {
    const tagged = base.split('\n').map((line) => (line ? `${line}${round}` : line)).join('\n');
    parts.push(tagged);
    length += tagged.length;
  }
  return parts.join('\n').slice(0, TARGET);
}

function only(id: string | undefined): GongwenConfig {
  const rules: GongwenConfig['rules'] = {};
  for (const rule of RULES) rules[rule.meta.id] = rule.meta.id === id ? 'warn' : 'off';
  return { rules };
}

function time(label: string, text: string, id: string | undefined): void {
  const config = resolveConfig(only(id));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = lintDocument(text, { config });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rate = Math.round(text.length / (ms / 1000));
  console.log(`${label.padEnd(12)} ${(id ?? 'script only').padEnd(14)} ${String(Math.round(ms)).padStart(6)} ms (cpu ${Math.round(cpuMs)} ms)  ${rate.toLocaleString('en').padStart(11)} chars/s  script=${result.script}  findings=${result.findings.length}`);
}

const simplified = megabyte(join(corpus, 'simplified'));
const traditional = megabyte(join(corpus, 'traditional'));
console.log(`simplified ${simplified.length} chars, traditional ${traditional.length} chars`);

time('simplified', simplified, undefined);
time('simplified', simplified, 'script-mixing');
time('simplified', simplified, 'misconversion');
console.log(`  OpenCC loaded after simplified text: converters=${converterLoaded('tw2s') || converterLoaded('s2tw')} phrases=${stPhrasesLoaded()}`);

time('traditional', traditional, undefined);
time('traditional', traditional, 'misconversion'); // first run pays the dictionary load
time('traditional', traditional + '\n', 'misconversion');
time('traditional', traditional, 'script-mixing');

for (const [label, text, target] of [['simplified', simplified, 'zh-TW'], ['traditional', traditional, 'zh-Hans']] as const) {
  const t0 = performance.now();
  convertText(text, target);
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(12)} convertText → ${target.padEnd(7)} ${String(Math.round(ms)).padStart(6)} ms  ${Math.round(text.length / (ms / 1000)).toLocaleString('en').padStart(11)} chars/s`);
}
