// Developer aid: CPU time of the wrong-character rule alone over the 2026 provincial reports (text the data was
// not built from) and the fixture corpus, warm, median of N runs; to compare two data files or two builds
// on a shared machine. Usage: node out/bench/wrong-character-cpu.js [runs]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const runs = Number(process.argv[2] ?? '9');
const rules: Record<string, 'off' | 'warn'> = {};
for (const id of Object.keys(resolveConfig().rules)) rules[id] = id === 'wrong-character' ? 'warn' : 'off';
const config = resolveConfig({ rules });
const dir = '../shared/corpus/simplified';
const text = readdirSync(dir).filter((n) => n.startsWith('2026-')).map((n) => readFileSync(join(dir, n), 'utf8')).join('\n');
wrongCharacterModel();
for (let i = 0; i < 3; i++) lintDocument(text, { config });
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = process.cpuUsage();
  lintDocument(text, { config });
  const used = process.cpuUsage(start);
  cpu.push((used.user + used.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(`${text.length} chars: CPU median ${cpu[runs >> 1].toFixed(1)} ms (min ${cpu[0].toFixed(1)}, max ${cpu[runs - 1].toFixed(1)})`);
