// Developer aid: the wrong-character findings (rule alone) on folders of clean text, one line each, to diff two
// builds. Usage: node out/bench/heldout-scan.js [--hans] [--thresholds JSON] DIR... (--hans: each text converted to
// simplified first; --thresholds '{"report":27}' tries other decision thresholds, merged over DEFAULT_THRESHOLDS)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine';
import { convertText } from '../server/src/text/convert';
import { setThresholds } from '../server/src/text/wrong-character-tuning';
import { onlyRuleConfig } from './only-rule';

const config = onlyRuleConfig();
let chars = 0;
let count = 0;
const args = process.argv.slice(2);
const hans = args.includes('--hans');
const at = args.indexOf('--thresholds');
if (at >= 0) setThresholds(JSON.parse(args.splice(at, 2)[1] ?? '{}') as Record<string, unknown>);
for (const dir of args.filter((a) => a !== '--hans')) {
  const files = statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n)) : [dir];
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const text = hans ? convertText(raw, 'zh-Hans') : raw;
    chars += text.length;
    const r = lintDocument(text, { config });
    for (const f of r.findings) {
      count++;
      console.log(`${file}\t${text.slice(Math.max(0, f.start - 8), f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 8)}\t${f.message}`.replace(/\n/g, ' '));
    }
  }
}
console.log(`total ${count} findings in ${chars} chars`);
