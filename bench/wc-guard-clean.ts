// Developer aid (round 37, s37-realslips): the guards of wrong-character (QUIETING_GUARDS rows and keepSuspect's
// margins) as they fire on clean text — every firing is a finding the guard keeps quiet — with the written character's
// count in official text, to weigh a change of a guard against the injected slips it drops (bench/wc-guard-trace.ts).
// Usage: node esbuild.mjs --bench && node out/bench/wc-guard-clean.js DIR…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { GUARD_TRACE } from '../server/src/rules/wrong-character';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { onlyRuleConfig } from './only-rule';

const config = onlyRuleConfig();
const model = wrongCharacterModel() as unknown as { unigrams: { getWith(t: string, s: number, e: number, at: number, c: number): number } };
const files = (dir: string): string[] => readdirSync(dir).sort().flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? (/-raw$|^excluded$/.test(n) ? [] : files(p)) : n.endsWith('.txt') ? [p] : [];
});
for (const dir of process.argv.slice(2)) {
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    GUARD_TRACE.observe = (guard, t, at, best) => {
      const uni = model.unigrams.getWith(t, at, at + 1, -1, 0);
      console.log(`${guard}\t${uni}\t${best.score.toFixed(1)}\t${file.replace(/^.*\/(heldout-|untouched-|corpus\/)/, '$1')}\t${t.slice(Math.max(0, at - 10), at)}【${t.slice(at, at + best.wrong.length)}→${best.right}】${t.slice(at + best.wrong.length, at + best.wrong.length + 8)}`.replace(/\n/g, '⏎'));
    };
    lintDocument(text, { config });
  }
}
