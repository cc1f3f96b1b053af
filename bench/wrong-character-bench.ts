// The wrong-character data and rule, in figures (issue 12's speed and size targets):
//   node esbuild.mjs --bench && node out/bench/wrong-character-bench.js [--runs N]
//   - data file size, per table raw and deflated (as in the VSIX); cold load in fresh processes (wall and CPU time, resident memory added);
//   - 1 MB of simplified and of traditional text: this rule alone, the document model alone, all
//     default rules, and every rule on (as `npm run bench`), warm, in-process, one core; the rule
//     alone on the 2026 provincial reports of ../shared/corpus (text the data was not built from).
// The machine may be shared: every figure is a median of N runs (default 7), and CPU time is given
// beside wall time (on a busy machine the process waits for a core; CPU time is what it used).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { lintDocument, resolveConfig, type ResolvedConfig } from '../server/src/engine';
import { findDataFile, wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { configWith, fmt, machine, MB, median, SHARED_CORPUS, sourceTexts, textOfSize, type ScriptKind } from './lib';

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 7;

interface Load {
  wallMs: number;
  cpuMs: number;
  rssMB: number;
}

/** In a child: load the model once and report. */
function loadOnce(): Load {
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const start = performance.now();
  wrongCharacterModel();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, rssMB: (process.memoryUsage().rss - rss) / MB };
}

/** Median wall and CPU milliseconds of linting `text` RUNS times (after one warm-up). */
function timeLint(text: string, config: ResolvedConfig | undefined): { wallMs: number; cpuMs: number; findings: number } {
  const options = config ? { config } : {};
  let findings = lintDocument(text, options).findings.length;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    findings = lintDocument(text, options).findings.length;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus), findings };
}

function main(): void {
  if (args.includes('--load-once')) {
    process.stdout.write(JSON.stringify(loadOnce()) + '\n');
    return;
  }
  const file = findDataFile()!;
  console.log(`Machine: ${machine()}; medians of ${RUNS} runs.`);
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', __filename, '--load-once'], { encoding: 'utf8' })) as Load);
  const load = (key: keyof Load) => median(loads.map((l) => l[key]));
  console.log(`\ndata: ${file.replace(/^.*\/dist\//, 'dist/')} ${fmt(statSync(file).size / 1e6)} MB; cold load ${fmt(load('wallMs'))} ms wall, ${fmt(load('cpuMs'))} ms CPU (runs: ${loads.map((l) => l.wallMs.toFixed(0)).join(', ')} ms); +${fmt(load('rssMB'))} MB resident`);

  // What each table costs in the file and, deflated as in the VSIX (a zip), in the download.
  const bytes = readFileSync(file);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4))) as { tables: { name: string; kind: string; offset: number }[] };
  console.log('\n| table | kind | bytes | deflated |\n|---|---|---|---|');
  header.tables.forEach((t, i) => {
    const section = bytes.subarray(t.offset, header.tables[i + 1]?.offset ?? bytes.length);
    console.log(`| ${t.name} | ${t.kind} | ${fmt(section.length / 1e6, 2)} MB | ${fmt(deflateRawSync(section).length / 1e6, 2)} MB |`);
  });

  const off = Object.fromEntries(Object.keys(resolveConfig().rules).map((id) => [id, 'off' as const]));
  const configs: [string, ResolvedConfig | undefined][] = [
    ['wrong-character alone', resolveConfig({ rules: { ...off, 'wrong-character': 'warn' } })],
    ['document model alone (every rule off)', resolveConfig({ rules: off })],
    ['all default rules', undefined],
    ['every rule on (as npm run bench)', configWith()],
  ];
  console.log('\n| 1 MB text | configuration | wall ms | M chars/s (wall) | CPU ms | M chars/s (CPU) | findings |');
  console.log('|---|---|---|---|---|---|---|');
  for (const kind of ['simplified', 'traditional'] as ScriptKind[]) {
    const text = textOfSize(sourceTexts(kind).texts, MB);
    for (const [label, config] of configs) {
      const t = timeLint(text, config);
      console.log(`| ${kind}, ${text.length.toLocaleString('en')} chars | ${label} | ${fmt(t.wallMs)} | ${fmt(text.length / t.wallMs / 1000, 2)} | ${fmt(t.cpuMs)} | ${fmt(text.length / t.cpuMs / 1000, 2)} | ${t.findings} |`);
    }
  }
  // Most of the bench text built the data, so nearly every character there has a neighbour that vouches
  // for it; text the data has never seen (the 2026 provincial reports) has far more suspects per character.
  const unseenDir = join(SHARED_CORPUS, 'simplified');
  const unseen = existsSync(unseenDir) ? readdirSync(unseenDir).filter((name) => name.startsWith('2026-')) : [];
  if (unseen.length) {
    const text = unseen.map((name) => readFileSync(join(unseenDir, name), 'utf8')).join('\n');
    for (const [label, config] of configs.slice(0, 2)) {
      const t = timeLint(text, config);
      console.log(`| 2026 provincial reports (never used to build the data), ${text.length.toLocaleString('en')} chars | ${label} | ${fmt(t.wallMs)} | ${fmt(text.length / t.wallMs / 1000, 2)} | ${fmt(t.cpuMs)} | ${fmt(text.length / t.cpuMs / 1000, 2)} | ${t.findings} |`);
    }
  }
}

main();
