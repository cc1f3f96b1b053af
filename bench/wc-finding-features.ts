// Developer aid (round 34, issue 12 precision): one TSV row per wrong-character finding with the best correction's
// evidence, so that a class of false alarms on clean text can be set against every detection on ECSpell odw.train.
// Usage: node esbuild.mjs --bench && node out/bench/wc-finding-features.js [--odw] [FILE…]
//   --odw: the erroneous sentences of ../shared/ecspell/odw.train, one document as eval:typos lints them; a row says
//   whether the finding's span covers a real error (ok) or not (off).
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { WrongCharacterModel, type Correction } from '../server/src/text/wrong-character-model';
import { configWith } from './lib';
import { readOdwRows } from './ecspell-rows';

type Method = (...args: unknown[]) => unknown;
const proto = WrongCharacterModel.prototype as unknown as Record<string, Method>;
const seen: { run: string; c: Correction }[] = [];
for (const name of ['corrections', 'realWordCorrections']) {
  const original = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const out = original.apply(this, args) as readonly Correction[];
    for (const c of out) seen.push({ run: args[0] as string, c });
    return out;
  };
}
const FLAGS = ['realWord', 'setPhrase', 'contextFlip', 'realWordFlip', 'longWordFlip', 'institution', 'rareOpening', 'edgePair', 'collocated', 'collocatedFew', 'repairsWord', 'loneWord'] as const;
const config = configWith('wrong-character');
const model = wrongCharacterModel();

function rows(source: string, text: string, truth?: (line: number, col: number) => string): void {
  seen.length = 0;
  const result = lintDocument(text, { config });
  for (const m of result.findings) {
    if (m.ruleId !== 'wrong-character') continue;
    const wrong = text.slice(m.start, m.end);
    const hit = [...seen].reverse().find((s) => s.c.wrong === wrong && m.message.includes(`“${s.c.right}”`) && text.includes(s.run.slice(Math.max(0, s.c.index - 2), s.c.index + wrong.length + 2)));
    const c = hit?.c;
    const ctx = text.slice(Math.max(0, m.start - 10), m.start) + '[' + wrong + ']' + text.slice(m.end, m.end + 10);
    const flags = c ? FLAGS.filter((f) => (c as unknown as Record<string, unknown>)[f] === true).join(',') : '?';
    const uses = [...wrong].map((ch) => model.officialCharUses(ch)).join('/');
    const line = text.slice(0, m.start).split('\n').length;
    console.log([source, truth ? truth(line, m.start - text.lastIndexOf('\n', m.start - 1) - 1) : '-', ctx.replace(/\s/g, ' '), wrong, c?.right ?? '?', c?.kind ?? '?', c?.score.toFixed(1), c?.charGain.toFixed(1), c?.segGain.toFixed(1), c?.phraseGain, c?.reportPhraseGain ?? 0, c?.nameShare.toFixed(2), c?.word, flags, uses].join('\t'));
  }
}

const args = process.argv.slice(2);
if (args.includes('--odw')) {
  const odw = readOdwRows('../shared/ecspell/odw.train').filter(({ cols }) => cols[1] !== cols[2]);
  const text = odw.map(({ cols }) => cols[1]).join('\n');
  rows('odw', text, (line, col) => {
    const r = odw[line - 1];
    return `${r.fold}:${r.cols[1][col] !== r.cols[2][col] ? 'ok' : 'off'}`;
  });
}
for (const file of args.filter((a) => a !== '--odw')) rows(file.replace(/^.*\/(heldout|untouched)/, '$1'), readFileSync(file, 'utf8'));
