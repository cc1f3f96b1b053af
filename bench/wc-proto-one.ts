import { lintDocument, resolveConfig } from '../server/src/engine';
const rules: Record<string, 'off' | 'warn'> = {};
for (const id of Object.keys(resolveConfig().rules)) rules[id] = id === 'wrong-character' ? 'warn' : 'off';
const config = resolveConfig({ rules });
for (const t of process.argv.slice(2)) for (const f of lintDocument(t, { config }).findings) console.log(t, f.start, f.message);
