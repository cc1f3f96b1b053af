// Developer aid (round 37, s37-realslips): which guard or margin of wrong-character kept each missed injected slip
// quiet. Reads bench/inject-errors.ts --dump files (the misses), lints each injected paragraph alone and prints, for a
// miss the model finds, the guard (QUIETING_GUARDS row) or 'margins' (keepSuspect's evidence margins) that dropped it.
// Usage: node esbuild.mjs --bench && node out/bench/wc-guard-trace.js DUMP.jsonl…
import { readFileSync } from 'node:fs';
import { lintDocument } from '../server/src/engine';
import { GUARD_TRACE } from '../server/src/rules/wrong-character';
import { onlyRuleConfig } from './only-rule';

const config = onlyRuleConfig();
const counts = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { detected: boolean; para: string; at: number; right: string; reason: string };
    if (o.detected) continue;
    const seen: string[] = [];
    GUARD_TRACE.observe = (guard, _text, at, best) => {
      if (at <= o.at && o.at < at + best.wrong.length) seen.push(`${guard} (${best.right}, ${best.score.toFixed(1)})`);
    };
    lintDocument(o.para, { config });
    GUARD_TRACE.observe = undefined;
    const key = seen[0]?.split(' ')[0] ?? (o.reason.startsWith('model finds') ? 'other checks (series, quotes and titles, recurrence)' : 'model: ' + o.reason.split(' (')[0]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (seen.length) console.log(`${seen.join(' | ')}\t${o.para.slice(Math.max(0, o.at - 12), o.at)}【${o.para[o.at]}→${o.right}】${o.para.slice(o.at + 1, o.at + 10)}`);
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n'));
