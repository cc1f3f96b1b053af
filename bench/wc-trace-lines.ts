// Developer aid (round 37, s37-wcfunc): for each line of the files given, wrong-character's findings and every guard or
// margin (GUARD_TRACE) that kept a best correction quiet. Usage: node esbuild.mjs --bench && node out/bench/wc-trace-lines.js FILE…
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { GUARD_TRACE } from '../server/src/rules/wrong-character';
import { onlyRuleConfig } from './only-rule';

const config = onlyRuleConfig();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const quiet: string[] = [];
    GUARD_TRACE.observe = (guard, text, at, best) => quiet.push(`${guard}: ${text.slice(at, at + best.wrong.length)}→${best.right} ${best.score.toFixed(1)}`);
    const found = lintDocument(line, { config }).findings.map((f) => `${line.slice(f.start, f.end)}→${f.fix?.text ?? '?'}`);
    GUARD_TRACE.observe = undefined;
    console.log(`${line}\n  found: ${found.join(', ') || '-'}${quiet.length ? '\n  quiet: ' + quiet.join(' | ') : ''}`);
  }
}
