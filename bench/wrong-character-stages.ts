// Where wrong-character's warm time goes, stage by stage, on 1 MB (for whoever next tries to make it faster):
//   node esbuild.mjs --bench && node out/bench/wrong-character-stages.js [simplified|FILE] [ROUNDS]
// Counts: how many positions (per MB of the text) reach each of the model's entry points, through wrappers on the
// model's prototype (one counted run). Time: CPU ms of the rule alone (minus the document model) with each stage
// switched off in turn — the model's pair slips, then every correction — in interleaved blocks in one process
// (the machine is shared: separate processes see different neighbours), medians over the rounds. A stage's cost is
// the difference between two rows; the findings of the switched-off rows are of course wrong.
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { WrongCharacterModel, type ParagraphScan } from '../server/src/text/wrong-character-model';
import { configWith, MB, median, sourceTexts, textOfSize, warmUpRuns } from './lib';

type Method = (...args: unknown[]) => unknown;
const proto = WrongCharacterModel.prototype as unknown as Record<string, Method>;

/** Entry points counted: calls, and for those that return offsets or candidates, how many they return. */
const COUNTED = ['scanParagraph', 'corrections', 'candidates', 'pairCandidates', 'realWordCandidates', 'insideWord', 'insideLongWord', 'wordAround', 'segmentRange'];

function counted(text: string): Map<string, { calls: number; returned: number }> {
  const counts = new Map<string, { calls: number; returned: number }>();
  const realStarts = { calls: 0, returned: 0 };
  const originals = new Map<string, Method>();
  for (const name of COUNTED) {
    const original = proto[name];
    if (!original) throw new Error(`the model has no method ${name} (renamed?): update bench/wrong-character-stages.ts`);
    originals.set(name, original);
    const entry = { calls: 0, returned: 0 };
    counts.set(name, entry);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      entry.calls++;
      // scanParagraph: the suspicious characters it finds (and, on a second line, the real words' starts).
      if (name === 'scanParagraph') {
        const scan = args[3] as ParagraphScan;
        entry.returned += scan.suspiciousCount;
        realStarts.returned += scan.realCount;
        realStarts.calls++;
      } else if (Array.isArray(result)) entry.returned += result.length;
      return result;
    };
  }
  try {
    lintDocument(text, { config: configWith('wrong-character') });
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  counts.set('(real-word starts)', realStarts);
  return counts;
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The variants timed: each switches off what the one before kept. */
const VARIANTS: { name: string; off: string[] }[] = [
  { name: 'whole rule', off: [] },
  { name: 'without pair slips (pairCandidates)', off: ['pairCandidates'] },
  { name: 'without single-character candidates too', off: ['pairCandidates', 'candidates'] },
  { name: 'scan and guards only (no corrections)', off: ['corrections', 'realWordCorrections'] },
];

function main(): void {
  const what = process.argv[2] ?? 'simplified';
  const rounds = Number(process.argv[3] ?? 9);
  const text = what === 'simplified' ? textOfSize(sourceTexts('simplified').texts, MB) : readFileSync(what, 'utf8');
  const perMb = (n: number) => Math.round((n * MB) / Buffer.byteLength(text));
  wrongCharacterModel();
  const config = configWith('wrong-character');
  const none = configWith('(none)');
  for (let i = 0; i < warmUpRuns(text.length); i++) lintDocument(text, { config });

  console.log(`${what}: ${text.length} characters (${Buffer.byteLength(text)} bytes); per MB:`);
  for (const [name, { calls, returned }] of counted(text)) console.log(`  ${name.padEnd(20)} ${String(perMb(calls)).padStart(8)} calls ${returned ? `${String(perMb(returned)).padStart(8)} returned` : ''}`);

  const empty = (): Method => () => [];
  const times = VARIANTS.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    VARIANTS.forEach((variant, v) => {
      const saved = variant.off.map((name) => [name, proto[name]] as const);
      for (const name of variant.off) proto[name] = empty();
      try {
        const withRule: number[] = [];
        const alone: number[] = [];
        for (let i = 0; i < 3; i++) {
          withRule.push(cpuMs(() => lintDocument(text, { config })));
          alone.push(cpuMs(() => lintDocument(text, { config: none })));
        }
        times[v]?.push(median(withRule) - median(alone));
      } finally {
        for (const [name, original] of saved) if (original) proto[name] = original;
      }
    });
  }
  console.log(`CPU ms of the rule alone (minus the document model), median of ${rounds} rounds of 3 runs:`);
  VARIANTS.forEach((variant, v) => console.log(`  ${variant.name.padEnd(42)} ${median(times[v] ?? []).toFixed(2).padStart(7)}`));
}

main();
