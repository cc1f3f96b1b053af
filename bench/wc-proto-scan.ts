import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, resolveConfig } from '../server/src/engine';
const rules: Record<string, 'off' | 'warn'> = {};
for (const id of Object.keys(resolveConfig().rules)) rules[id] = id === 'wrong-character' ? 'warn' : 'off';
const config = resolveConfig({ rules });
for (const dir of ['../shared/corpus/simplified', '../shared/corpus/traditional', 'test/fixtures/corpus/simplified', '/work/notes/heldout-s31p', '/work/notes/heldout-cities']) {
  for (const n of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const t = readFileSync(join(dir, n), 'utf8');
    for (const f of lintDocument(t, { config }).findings) console.log(`${dir.split('/').slice(-1)[0]}/${n}\t${f.start}\t${t.slice(Math.max(0, f.start - 8), f.start + 8).replace(/\s/g, ' ')}\t${f.message}`);
  }
}
