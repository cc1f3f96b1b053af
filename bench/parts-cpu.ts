// CPU time of the shared passes of a warm lint, each alone over a document's paragraphs, without a profiler's
// distortion: the document model, the number scan of every paragraph, a plain read of every code unit.
//   node esbuild.mjs --bench && node out/bench/parts-cpu.js [simplified|FILE] [ROUNDS] [--only PART]
import { readFileSync } from 'node:fs';
import { LintDocument } from '../server/src/engine/document';
import { scanNumbers } from '../server/src/text/numbers';
import { partsSumMismatches } from '../server/src/text/parts-sum';
import { median, MB, sourceTexts, textOfSize } from './lib';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const rounds = Number(process.argv[3] ?? 60);
  const text = what === 'simplified' ? textOfSize(sourceTexts('simplified').texts, MB) : readFileSync(what, 'utf8');
  const doc = new LintDocument(text);
  const paragraphs = doc.paragraphs;
  let sink = 0;
  const noToken = paragraphs.filter((p) => scanNumbers(p.text, p.anchors).length === 0);
  console.log(`${paragraphs.length} paragraphs, ${noToken.length} without a number`);
  const parts: Record<string, () => void> = {
    'document model': () => {
      sink += new LintDocument(text).paragraphs.length;
    },
    'number scan': () => {
      for (const p of paragraphs) sink += scanNumbers(p.text, p.anchors).length;
      scanNumbers('', undefined); // the memo forgets the last paragraph, so the next round scans again
    },
    'number scan, paragraphs with an ASCII digit': () => {
      for (const p of paragraphs) if (p.classes & 1) sink += scanNumbers(p.text, p.anchors).length;
      scanNumbers('', undefined);
    },
    'number scan, the others': () => {
      for (const p of paragraphs) if (!(p.classes & 1)) sink += scanNumbers(p.text, p.anchors).length;
      scanNumbers('', undefined);
    },
    'number scan, no token': () => {
      for (const p of noToken) sink += scanNumbers(p.text, p.anchors).length;
      scanNumbers('', undefined);
    },
    'parts sum (其中)': () => {
      for (const p of paragraphs) sink += partsSumMismatches(p.text, p.anchors).length;
    },
    'read every unit': () => {
      for (const p of paragraphs) {
        const t = p.text;
        for (let i = 0; i < t.length; i++) sink += t.charCodeAt(i) & 1;
      }
    },
  };
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  for (const name of Object.keys(parts)) if (only && name !== only) delete parts[name];
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(parts)) (times[name] ??= []).push(cpuMs(run));
  }
  for (const [name, t] of Object.entries(times)) console.log(`${name.padEnd(20)} ${median(t.slice(rounds >> 2)).toFixed(3)} ms`);
  if (sink === 0.5) console.log(sink);
}

main();
