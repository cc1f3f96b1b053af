// Shared helpers for the bench: paths, corpus building, timing, formatting.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig, RULES, type GongwenConfig, type ResolvedConfig } from '../server/src/engine';
import { traditionalOnlySet } from '../server/src/text/script-chars';
import { readTexts } from '../test/helpers/generate';

/** Repository root (this file runs from out/bench/). */
export const ROOT = resolve(__dirname, '../..');
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');

export type ScriptKind = 'simplified' | 'traditional';
export const KB = 1024;
export const MB = 1024 * 1024;

/** The seed drafts by script (001 and 003 are traditional), plus the shared corpus when present (or only one of the two). */
export function sourceTexts(kind: ScriptKind, only?: 'seeds' | 'shared'): { texts: string[]; from: string[] } {
  const seedsDir = join(ROOT, 'seeds');
  const seeds = only === 'shared' ? [] : readTexts(seedsDir);
  const isTraditional = (t: string) => (t.match(/[們這個說為國發會來時後對過學實經點]/g)?.length ?? 0) > (t.match(/[们这个说为国发会来时后对过学实经点]/g)?.length ?? 0);
  const texts = seeds.filter((t) => isTraditional(t) === (kind === 'traditional'));
  const from = only === 'shared' ? [] : ['seeds/'];
  const shared = join(SHARED_CORPUS, kind);
  if (only !== 'seeds' && existsSync(shared)) {
    texts.push(...readTexts(shared));
    from.push(`../shared/corpus/${kind}/`);
  }
  return { texts, from };
}

/**
 * Concatenate the texts to `bytes` of UTF-8, cut at a line end. When the texts run out they are used again, every
 * non-empty line of the second pass tagged （第2遍）, of the third （第3遍）, …: a repeated paragraph would otherwise
 * be linted once (the engine shares a document rule's work between identical paragraphs, round 37), and a bench
 * that measures distinct text must not be helped by its own repetition.
 */
export function textOfSize(texts: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0, pass = 1; size < bytes; i = (i + 1) % texts.length, pass += i === 0 ? 1 : 0) {
    const whole = texts[i].endsWith('\n') ? texts[i] : texts[i] + '\n';
    // Before the line break, CR LF included: after a CR the tag would be a line of its own, the same on every line.
    const t = pass === 1 ? whole : whole.replace(/([^\r\n])(\r?\n)/g, `$1（第${pass}遍）$2`);
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  let text = parts.join('');
  // Trim back to the last line break at or under the target, so sizes are comparable.
  const buf = Buffer.from(text);
  if (buf.length > bytes) {
    const cut = buf.lastIndexOf(0x0a, bytes - 1);
    text = buf.subarray(0, cut > 0 ? cut + 1 : bytes).toString('utf8');
  }
  return text;
}

let workDir: string | undefined;
export function benchDir(): string {
  workDir ??= mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  return workDir;
}

/** Write a corpus file to the temp dir and return its path. */
export function writeCorpus(name: string, text: string): string {
  const path = join(benchDir(), name);
  writeFileSync(path, text);
  return path;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Characters of text to lint before a figure counts as "warm": V8 moves a function to its optimising
 * compiler only after enough calls and loop iterations, and the rules' functions are called per
 * paragraph, so how many runs that takes depends on the text's size, not on the run count. Measured
 * here (1 MB simplified, every rule but wrong-character): runs 2–8 take 2–3× the later ones, and from
 * about 8 M characters linted the runs stay level.
 */
export const WARM_UP_CHARS = 10_000_000;

/** Warm-up runs for a text of `chars` characters: enough to lint WARM_UP_CHARS, at least 3. */
export function warmUpRuns(chars: number): number {
  return Math.max(3, Math.ceil(WARM_UP_CHARS / Math.max(1, chars)));
}

export function sizeLabel(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Millions of characters per second. */
export function mchars(chars: number, ms: number): number {
  return chars / ms / 1000;
}

/** MB per second. */
export function mbps(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    model = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? model;
  } catch {
    /* not Linux */
  }
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  return `${model}, ${cpus().length} cores, Node ${process.version}, ${process.platform}-${process.arch}${commit ? `, commit ${commit} (+ working tree)` : ''}`;
}

/** Every rule on (rules off by default run at "info") but those in `off`, or only the given one. */
export function configWith(only?: string, off: readonly string[] = []): ResolvedConfig {
  const rules: GongwenConfig['rules'] = {};
  for (const rule of RULES) {
    const on = (only === undefined || rule.meta.id === only) && !off.includes(rule.meta.id);
    rules[rule.meta.id] = !on ? 'off' : rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity;
  }
  return resolveConfig({ rules });
}

/** Name of the document model alone (every rule off) in per-rule timings. */
export const DOCUMENT_MODEL = '(document)';

/** Traditional text: more than 2 % of its Han characters are traditional-only (wrong-character leaves those alone). */
export function mostlyTraditional(text: string): boolean {
  const traditional = traditionalOnlySet();
  let han = 0;
  let traditionalOnly = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      if (traditional.has(code)) traditionalOnly++;
    }
  }
  return traditionalOnly > 0.02 * han;
}
