// Where wrong-character's fruitless work ends, by path (round 29, issues 12 and 15: why unseen text costs twice as much):
//   node esbuild.mjs --bench && node out/bench/wrong-character-paths.js [simplified|FILE]…
// Each call of candidates() and pairCandidates() during one lint (rule alone) is classed by the last stage it reached,
// through wrappers on the model's prototype (no change to the model; the wrappers slow it, so no timing here).
// candidates(): no neighbour rows; no candidate joins a neighbour inside a word (joinedCandidates: 0); none passes the
// character model (or, doubted, finds no set phrase); none makes a word (wordAround); inside a longer word
// (insideLongWord); the word model rejects all (segmented, none left); found. pairCandidates(): stopped before the
// reading loop (written pair attested, no readings, no same-reading word, an edge held, phrasing), the loop liked no word,
// segmented but none left, found. Figures per MB of UTF-8, as wrong-character-stages.js prints them.
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { WrongCharacterModel } from '../server/src/text/wrong-character-model';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { configWith, MB, sourceTexts, textOfSize } from './lib';

type Method = (...args: unknown[]) => unknown;
const proto = WrongCharacterModel.prototype as unknown as Record<string, Method>;

interface Frame {
  kind: 'single' | 'pair';
  joined: number;
  around: number;
  aroundFound: number;
  long: number;
  segmented: number;
  readingTest: boolean;
  edgeHeld: boolean;
  phrasing: boolean;
  loop: boolean;
}

const stack: Frame[] = [];
const outcomes = new Map<string, number>();
const tally = (key: string, n = 1) => outcomes.set(key, (outcomes.get(key) ?? 0) + n);

function frame(kind: Frame['kind']): Frame {
  return { kind, joined: -1, around: 0, aroundFound: 0, long: 0, segmented: 0, readingTest: false, edgeHeld: false, phrasing: false, loop: false };
}

function singleOutcome(f: Frame, found: number): string {
  if (found > 0) return 'found';
  if (f.joined < 0) return 'no neighbour rows';
  if (f.joined === 0) return 'no candidate joins a neighbour';
  if (f.around === 0) return 'none passes the character model';
  if (f.aroundFound === 0) return 'none makes a word (wordAround)';
  if (f.segmented === 0) return 'inside a longer word';
  return 'segmented, none left';
}

function pairOutcome(f: Frame, found: number): string {
  if (found > 0) return 'found';
  if (f.loop) return f.segmented > 0 ? 'segmented, none left' : 'the loop liked no word';
  if (f.edgeHeld) return 'stopped: an edge holds';
  if (f.phrasing) return 'stopped: written word is phrasing';
  if (f.readingTest) return 'stopped: no same-reading word';
  return 'stopped: pair attested / no readings';
}

/** Wraps `name` on the prototype; `inside(frame, result)` notes what a call inside the current frame returned. */
function wrap(name: string, inside: (f: Frame, result: unknown) => void): () => void {
  const original = proto[name];
  if (!original) throw new Error(`the model has no method ${name} (renamed?): update bench/wrong-character-paths.ts`);
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    const top = stack[stack.length - 1];
    if (top) inside(top, result);
    return result;
  };
  return () => {
    proto[name] = original;
  };
}

function entry(name: 'candidates' | 'pairCandidates'): () => void {
  const original = proto[name];
  if (!original) throw new Error(`the model has no method ${name} (renamed?): update bench/wrong-character-paths.ts`);
  const kind = name === 'candidates' ? 'single' : 'pair';
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const f = frame(kind);
    stack.push(f);
    try {
      const result = original.apply(this, args) as readonly unknown[];
      tally(`${name}: ${kind === 'single' ? singleOutcome(f, result.length) : pairOutcome(f, result.length)}`);
      tally(`${name}: (calls)`);
      if (kind === 'single' && f.joined > 0) tally(`${name}: (candidates joining a neighbour)`, f.joined);
      return result;
    } finally {
      stack.pop();
    }
  };
  return () => {
    proto[name] = original;
  };
}

function count(text: string): void {
  const undo = [
    entry('candidates'),
    entry('pairCandidates'),
    wrap('joinedCandidates', (f, r) => {
      if (f.kind === 'single') f.joined = r as number;
    }),
    wrap('wordAround', (f, r) => {
      f.around++;
      if (r) f.aroundFound++;
    }),
    wrap('insideLongWord', (f) => f.long++),
    wrap('segmentRange', (f) => f.segmented++),
    wrap('hasReadingPairWords', (f) => (f.readingTest = true)),
    wrap('edgeHeld', (f, r) => {
      if (r) f.edgeHeld = true;
    }),
    wrap('pairPhraseWindows', (f, r) => {
      if (!f.loop && (r as number) > 0) f.phrasing = true;
    }),
    wrap('fillPairReadings', (f) => (f.loop = true)),
  ];
  try {
    lintDocument(text, { config: configWith('wrong-character') });
  } finally {
    for (const u of undo.reverse()) u();
  }
}

wrongCharacterModel();
for (const what of process.argv.slice(2).length ? process.argv.slice(2) : ['simplified']) {
  const text = what === 'simplified' ? textOfSize(sourceTexts('simplified').texts, MB) : readFileSync(what, 'utf8');
  outcomes.clear();
  count(text);
  const perMb = (n: number) => Math.round((n * MB) / Buffer.byteLength(text));
  console.log(`${what}: ${text.length} characters (${Buffer.byteLength(text)} bytes); calls per MB by the last stage reached:`);
  for (const [key, n] of [...outcomes].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(60)} ${String(perMb(n)).padStart(8)}`);
}
