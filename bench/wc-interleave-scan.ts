// Developer aid (round 37, s37-wcwords): how often the forms of two quieting guards occur in clean text.
//   - interleaved quartets (`interleaved-quartet`): first and third characters a word, second and fourth another
//     (强边固防 = 强固 + 边防), halves and middle pair no words; counted where the guard would hold for the third character;
//   - a one-character predicate after 全/均/都/皆 at a run's end (`total-adverb-predicate`, 费用全免).
// Usage: node esbuild.mjs --bench && node out/bench/wc-interleave-scan.js FILE…
import { readFileSync } from 'node:fs';
import { findDataFile, loadWrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { inInterleavedQuartet, totalAdverbPredicate } from '../server/src/text/wrong-character-phrasing';

const model = loadWrongCharacterModel(findDataFile(__dirname)!);
const quartets = new Map<string, number>();
const predicates = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const HAN = /^\p{Script=Han}{4}$/u;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i + 4 <= text.length; i++) {
    const q = text.slice(i, i + 4);
    // The window starting at i alone: the guard asked for its last character with that character kept as written.
    if (HAN.test(q) && inInterleavedQuartet(model, text.slice(0, i + 4) + '。', i + 3, q.charAt(3), q.charAt(3)) && !inInterleavedQuartet(model, text.slice(0, i + 3) + '。', i + 2, q.charAt(2), q.charAt(2))) bump(quartets, q);
  }
  for (let i = 2; i < text.length; i++) if (totalAdverbPredicate(model, text, i, text.charAt(i), i - 1) && !model.hasWord(text.slice(i - 1, i + 1))) bump(predicates, text.slice(i - 1, i + 1));
}
const show = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`interleaved quartets: ${[...quartets.values()].reduce((a, b) => a + b, 0)} (${quartets.size} distinct): ${show(quartets)}`);
console.log(`total-adverb predicates: ${[...predicates.values()].reduce((a, b) => a + b, 0)} (${predicates.size} distinct): ${show(predicates)}`);
