// Developer aid (round 37, s37-wcfunc): the corrections wrong-character's model returns at one position of a Han run at the
// default thresholds, with the rescue path that reached it. Usage: node out/bench/wc-corrections-at.js 'RUN[C]REST'…
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const model = wrongCharacterModel();
const PATHS = ['collocated', 'collocatedFew', 'institution', 'completesLongWord', 'loneWord', 'contextFlip', 'realWordFlip', 'setPhrase'] as const;
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('[');
  const run = arg.replace(/[[\]]/g, '');
  const found = model.corrections(run, Math.max(0, at), undefined, true);
  const text = found.map((c) => `${c.wrong}→${c.right} ${c.score.toFixed(1)} ${PATHS.filter((p) => c[p] === true).join(',')}`).join(' ; ');
  console.log(`${run} @${at}: ${text || 'none'}`);
}
