// wrong-character on one large text, warm, its two phases timed apart (issue 15's 10 MB row):
//   node esbuild.mjs --bench && node out/bench/wc-doc-time.js FILE [RUNS]
// Wraps the rule's summarize (per paragraph) and checkDocument (once per document) with CPU timers and prints,
// per lint, the rule's whole CPU time, the two phases' wall time and the lint's wall time; medians over RUNS lints
// after the warm-up (lib.ts warmUpRuns). The rule alone with the document model, as rule-cpu.js measures it.
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import rule from '../server/src/rules/wrong-character';
import { configWith, median, warmUpRuns } from './lib';

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: wc-doc-time.js FILE [RUNS]');
  const runs = Number(process.argv[3] ?? 5);
  const text = readFileSync(file, 'utf8');
  const config = configWith('wrong-character');
  const r = rule as unknown as Record<string, (...args: unknown[]) => unknown>;
  const summarize = r.summarize;
  const checkDocument = r.checkDocument;
  let summarizeMs = 0;
  let checkMs = 0;
  r.summarize = function (...args: unknown[]) {
    const t = performance.now();
    const result = summarize.apply(this, args);
    summarizeMs += performance.now() - t;
    return result;
  };
  r.checkDocument = function (...args: unknown[]) {
    const t = performance.now();
    const result = checkDocument.apply(this, args);
    checkMs += performance.now() - t;
    return result;
  };
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });
  const whole: number[] = [];
  const sums: number[] = [];
  const checks: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    summarizeMs = 0;
    checkMs = 0;
    const t = performance.now();
    findings = lintDocument(text, { config }).findings.length;
    whole.push(performance.now() - t);
    sums.push(summarizeMs);
    checks.push(checkMs);
  }
  console.log(
    JSON.stringify({ chars: text.length, findings, lintMs: +median(whole).toFixed(1), summarizeMs: +median(sums).toFixed(1), checkDocumentMs: +median(checks).toFixed(1), runs: whole.map((x) => +x.toFixed(1)) }),
  );
}

main();
