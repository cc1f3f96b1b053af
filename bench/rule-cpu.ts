// Developer aid: CPU time of the wrong-character rule alone on ≈1 MB of simplified text (the fixture corpus and the
// 2026 provincial reports of ../shared/corpus), warm, median of N runs; to compare two builds on a shared machine.
// Usage: node out/bench/rule-cpu.js [N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig } from '../server/src/engine';

const runs = Number(process.argv[2] ?? '9');
const rules: Record<string, 'off' | 'warn'> = {};
for (const id of Object.keys(resolveConfig().rules)) rules[id] = id === 'wrong-character' ? 'warn' : 'off';
const config = resolveConfig({ rules });
const dirs = ['test/fixtures/corpus/simplified', '../shared/corpus/simplified'].filter((d) => existsSync(d));
let text = dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(d, n), 'utf8'))).join('\n');
text = text.slice(0, 350_000);
for (let i = 0; i < 2; i++) lintDocument(text, { config });
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = process.cpuUsage();
  lintDocument(text, { config });
  const used = process.cpuUsage(start);
  cpu.push((used.user + used.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(`wrong-character alone, ${text.length} chars: CPU median ${cpu[Math.floor(runs / 2)].toFixed(1)} ms (min ${cpu[0].toFixed(1)})`);
