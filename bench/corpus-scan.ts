// Prints every finding of the given rules on a folder of texts, with context, so a person
// can read them all:  node esbuild.mjs --bench && node out/bench/corpus-scan.js [--dir D] [rule-id ...]
// Default folders: ../shared/corpus (when present) and seeds/. --thresholds JSON tries other wrong-character
// thresholds (merged over DEFAULT_THRESHOLDS), as in eval-typos.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintDocument, resolveConfig, RULES, type GongwenConfig } from '../server/src/engine';
import { setThresholds } from '../server/src/text/wrong-character-tuning';

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (/\.(txt|md)$/.test(name) && name !== 'SOURCES.md') out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const dirs: string[] = [];
const wanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir') dirs.push(args[++i]);
  else if (args[i] === '--thresholds') setThresholds(JSON.parse(args[++i]) as Record<string, unknown>);
  else wanted.push(args[i]);
}
if (dirs.length === 0) {
  const shared = resolve(__dirname, '../../../shared/corpus');
  if (existsSync(shared)) dirs.push(shared);
  dirs.push(resolve(__dirname, '../../seeds'));
}
const ids = wanted.length ? wanted : RULES.map((r) => r.meta.id);
const rules: GongwenConfig['rules'] = {};
for (const rule of RULES) rules[rule.meta.id] = ids.includes(rule.meta.id) ? (rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity) : 'off';
const config = resolveConfig({ rules });

const counts: Record<string, number> = {};
let chars = 0;
for (const dir of dirs) {
  for (const file of textFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    chars += text.length;
    const result = lintDocument(text, { config, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext' });
    for (const e of result.internalErrors) console.log(`${file}: INTERNAL ERROR ${e.ruleId}: ${e.message}`);
    for (const f of result.findings) {
      counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
      const pos = result.document.positionAt(f.start);
      const context = `${text.slice(Math.max(0, f.start - 8), f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, f.end + 8)}`.replace(/\s+/g, ' ');
      console.log(`${file.replace(/^.*\/(simplified|traditional|seeds)\//, '$1/')}:${pos.line + 1}:${pos.character + 1} ${f.severity} ${f.ruleId} ${context} — ${f.message}`);
    }
  }
}
console.log(`\n${chars} characters; findings by rule: ${JSON.stringify(counts)}`);
