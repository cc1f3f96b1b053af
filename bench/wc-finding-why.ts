// Developer aid (round 32, issue 12 precision): every wrong-character finding of the files given, with the best
// correction's evidence and flags (score, char/seg/phrase gains, which paths it took). Usage:
//   node esbuild.mjs --bench && node out/bench/wc-finding-why.js [--hans] FILE…  (--hans: convert to simplified first)
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { WrongCharacterModel, type Correction } from '../server/src/text/wrong-character-model';
import { convertText } from '../server/src/text/convert';
import { configWith } from './lib';

type Method = (...args: unknown[]) => unknown;
const proto = WrongCharacterModel.prototype as unknown as Record<string, Method>;
const seen: { run: string; index: number; c: Correction }[] = [];
for (const name of ['corrections', 'realWordCorrections']) {
  const original = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const out = original.apply(this, args) as readonly Correction[];
    for (const c of out) seen.push({ run: args[0] as string, index: args[1] as number, c });
    return out;
  };
}
const FLAGS = ['realWord', 'setPhrase', 'contextFlip', 'realWordFlip', 'longWordFlip', 'institution', 'rareOpening', 'edgePair', 'collocated', 'collocatedFew', 'repairsWord', 'loneWord'] as const;
const config = configWith('wrong-character');
const hans = process.argv.includes('--hans');
for (const file of process.argv.slice(2).filter((a) => a !== '--hans')) {
  const raw = readFileSync(file, 'utf8');
  const text = hans ? convertText(raw, 'zh-Hans') : raw;
  seen.length = 0;
  const result = lintDocument(text, { config });
  for (const m of result.findings) {
    const ctx = text.slice(Math.max(0, m.start - 12), m.start) + '[' + text.slice(m.start, m.end) + ']' + text.slice(m.end, m.end + 12);
    const around = text.slice(Math.max(0, m.start - 3), m.end + 3);
    // the corrections asked at this place
    const hits = seen.filter((s) => around.includes(s.run.slice(Math.max(0, s.c.index - 1), s.c.index + s.c.wrong.length + 1)) && s.c.wrong === text.slice(m.start, m.end) && m.message.includes(`“${s.c.right}”`));
    const c = hits[hits.length - 1]?.c;
    const flags = c ? FLAGS.filter((f) => (c as unknown as Record<string, unknown>)[f] === true).join(',') : '?';
    console.log(`${file.replace(/^.*\//, '')}:${m.start} ${ctx.replace(/\n/g, ' ')} ${m.message}\n   ${c ? `${c.kind} score ${c.score.toFixed(1)} char ${c.charGain.toFixed(1)} seg ${c.segGain.toFixed(1)} phrase ${c.phraseGain}${c.reportPhraseGain ? ` report phrase ${c.reportPhraseGain}` : ''} name ${c.nameShare.toFixed(2)} word ${c.word} [${flags}]` : 'no correction record'}`);
  }
}
