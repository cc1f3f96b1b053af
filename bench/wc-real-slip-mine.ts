// Developer aid (round 36, s36-realslips): real slips that editors missed in the clean folders. Counts every character
// pair of the given folders; a pair written at most MAX times whose one character, swapped for a confusable one
// (wrong-character's confusion set), gives a dictionary word the same folders write at least MIN times — and that is not
// itself a dictionary word nor an official pair — is printed with its lines, most lopsided first. Read them: most are
// word boundaries (…的|健康…) and names; the rest are slips the rule should have found.
//   node esbuild.mjs --bench && node out/bench/wc-real-slip-mine.js [--max 2] [--min 100] DIR... > FILE
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';

const args = process.argv.slice(2);
let max = 2;
let min = 100;
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--max') max = Number(args[++i]);
  else if (args[i] === '--min') min = Number(args[++i]);
  else dirs.push(args[i]);
}
function textFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...textFiles(path));
    else if (/\.(txt|md)$/.test(name)) files.push(path);
  }
  return files;
}
const model = wrongCharacterModel();
const han = /\p{Script=Han}/u;
const counts = new Map<string, number>();
const where = new Map<string, string[]>();
const files = dirs.flatMap(textFiles);
const texts = files.map((f) => readFileSync(f, 'utf8'));
for (const text of texts) {
  for (let i = 0; i + 1 < text.length; i++) {
    if (!han.test(text[i]) || !han.test(text[i + 1])) continue;
    const p = text.slice(i, i + 2);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
}
const rows: { pair: string; word: string; n: number; m: number }[] = [];
for (const [p, n] of counts) {
  if (n > max || model.hasWord(p) || model.officialPairCount(p.charCodeAt(0), p.charCodeAt(1)) >= 0) continue;
  for (const k of [0, 1]) {
    for (const c of model.confusable(p[k])) {
      const w = k === 0 ? c + p[1] : p[0] + c;
      const m = counts.get(w) ?? 0;
      if (m >= min && model.hasWord(w)) rows.push({ pair: p, word: w, n, m });
    }
  }
}
rows.sort((a, b) => b.m / b.n - a.m / a.n);
const wanted = new Set(rows.map((r) => r.pair));
texts.forEach((text, f) => {
  const lines = text.split('\n');
  lines.forEach((line, l) => {
    for (let at = 0; at + 1 < line.length; at++) {
      const p = line.slice(at, at + 2);
      if (!wanted.has(p)) continue;
      // A pair across a word boundary: either character makes a dictionary word with its outer neighbour (已|经计).
      if ((at > 0 && model.hasWord(line.slice(at - 1, at + 1))) || (at + 3 <= line.length && model.hasWord(line.slice(at + 1, at + 3)))) continue;
      const list = where.get(p) ?? [];
      list.push(`${files[f].replace(/^.*?(heldout-|untouched-|corpus\/)/, '$1')}:${l + 1}:${at + 1}\t${line.slice(Math.max(0, at - 12), at)}[${p}]${line.slice(at + 2, at + 14)}`);
      where.set(p, list);
    }
  });
});
// The corrected word in the same document: a slip in a document that writes the word elsewhere is the likeliest.
const byName = new Map(files.map((f, i) => [f.replace(/^.*?(heldout-|untouched-|corpus\/)/, '$1'), texts[i]]));
const inDoc = (text: string, word: string) => text.split(word).length - 1;
for (const r of rows) {
  for (const w of where.get(r.pair) ?? []) {
    const text = byName.get(w.slice(0, w.indexOf(':'))) ?? '';
    console.log(`${r.pair}→${r.word}\t${r.n}/${r.m}\tdoc ${inDoc(text, r.word)}\t${w}`);
  }
}
