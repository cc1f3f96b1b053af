// Word documents: a generated 300-page report (300 × 1,500 characters of real report text from
// test/fixtures/corpus/simplified, each paragraph split over runs with different formatting, a
// table, a few slips) — time to read, lint, fix and annotate it.
//   npm run bench:docx
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { processDocx } from '../server/src/cli/lintDocx';
import { defaultConfig } from '../server/src/engine';
import { buildDocx, p, r } from '../test/helpers/docx';

const PAGES = 300;
const CHARS_PER_PAGE = 1500;
const ROOT = join(__dirname, '..', '..');

function reportParagraphs(): string[] {
  const dir = join(ROOT, 'test/fixtures/corpus/simplified');
  const lines = readdirSync(dir).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n')).map((l) => l.trim()).filter((l) => l.length > 40);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < PAGES * CHARS_PER_PAGE; i++) {
    let line = lines[i % lines.length];
    if (i % 50 === 7) line = line.replace('，', ','); // a half-width comma now and then
    out.push(line);
    total += line.length;
  }
  return out;
}

function body(paragraphs: string[]): string {
  const xml = paragraphs.map((text, i) => {
    // Three runs, the middle one bold, cut inside words.
    const a = Math.floor(text.length / 3);
    const b = Math.floor((2 * text.length) / 3);
    const para = p(r(text.slice(0, a)), r(text.slice(a, b), '<w:b/>'), r(text.slice(b)));
    return i % 40 === 20 ? `<w:tbl><w:tr><w:tc>${para}</w:tc></w:tr></w:tbl>` : para;
  });
  return xml.join('');
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const dir = mkdtempSync(join(tmpdir(), 'gongwen-docx-bench-'));
try {
  const paragraphs = reportParagraphs();
  const chars = paragraphs.reduce((n, t) => n + t.length, 0);
  const bytes = buildDocx({ body: body(paragraphs) });
  const file = join(dir, 'report.docx');
  const config = defaultConfig();
  const task = { path: file, configIndex: 0, explicit: true };
  const settings = (extra: object) => ({ configs: [config], locale: 'zh' as const, fix: 'off' as const, ...extra });
  writeFileSync(file, bytes);
  processDocx(task, settings({})); // warm up (dictionaries, JIT)
  const best = (fn: () => void) => Math.min(...[0, 1, 2].map(() => time(fn)[1]));
  const lintMs = best(() => processDocx(task, settings({})));
  const annotateMs = best(() => processDocx(task, settings({ annotate: true })));
  const fixMs = best(() => {
    writeFileSync(file, bytes);
    processDocx(task, settings({ fix: 'write' }));
  });
  writeFileSync(file, bytes);
  const result = processDocx(task, settings({ annotate: true }));
  const findings = result.kind === 'linted' ? result.result.messages.length : 0;
  console.log(`300-page report: ${paragraphs.length} paragraphs, ${chars} characters, ${(bytes.length / 1024).toFixed(0)} KB .docx, ${findings} findings`);
  console.log(`| lint (read + lint) | ${lintMs.toFixed(0)} ms |`);
  console.log(`| lint + annotate (write report.annotated.docx) | ${annotateMs.toFixed(0)} ms |`);
  console.log(`| lint + fix (write report.docx) | ${fixMs.toFixed(0)} ms |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
