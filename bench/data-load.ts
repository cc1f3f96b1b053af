// The wrong-character data's load, one process per run (the load happens once per process): reading the
// file, its tables (text/packed-tables.ts) and the model built on them, in CPU and wall milliseconds, and
// the resident memory it adds once the file's bytes are gone (with --expose-gc: after a full collection).
// Prints one JSON line; run it many times, in turns with another build's (the machine is shared).
//   node --expose-gc out/bench/data-load.js [DATA_FILE] [--words]   (--words: the word dictionary alone, as for traditional text)
import { readFileSync } from 'node:fs';
import { findDataFile, loadWordDictionary } from '../server/src/node/wrongCharacterData';
import { readPackedTables } from '../server/src/text/packed-tables';
import { WrongCharacterModel } from '../server/src/text/wrong-character-model';

const args = process.argv.slice(2);
const wordsOnly = args.includes('--words');
const file = args.find((a) => !a.startsWith('--')) ?? findDataFile();
if (!file) throw new Error('no data file');
const rss0 = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let bytes = 0;
/** CPU milliseconds of reading the file, of building its tables, of the model built on them. */
const phases = { read: 0, tables: 0, model: 0 };
const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
/** Loads, and returns what a server keeps: the model (or dictionary), not the file's bytes. */
function load(): { hasWord(word: string): boolean } {
  if (wordsOnly) return loadWordDictionary(file!);
  // As loadWrongCharacterModel (node/wrongCharacterData.ts), timed by phase.
  let at = process.cpuUsage();
  const data = readFileSync(file!);
  bytes = data.length;
  phases.read = cpuSince(at);
  at = process.cpuUsage();
  const tables = readPackedTables(data);
  phases.tables = cpuSince(at);
  at = process.cpuUsage();
  const model = new WrongCharacterModel(tables);
  phases.model = cpuSince(at);
  return model;
}
const kept = load();
if (!kept.hasWord('数据')) throw new Error('the data lacks 数据');
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peakMB = process.memoryUsage().rss - rss0;
(globalThis as { gc?: () => void }).gc?.();
const rssMB = process.memoryUsage().rss - rss0;
const mem = process.memoryUsage();
console.log(JSON.stringify({ arrayBuffersMB: +(mem.arrayBuffers / 1e6).toFixed(1), heapMB: +(mem.heapUsed / 1e6).toFixed(1), file, bytes, wall: +wall.toFixed(2), cpu: +((cpu.user + cpu.system) / 1000).toFixed(2), ...Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +v.toFixed(2)])), peakMB: +(peakMB / 1e6).toFixed(1), rssMB: +(rssMB / 1e6).toFixed(1), kept: kept.hasWord('数据') }));
