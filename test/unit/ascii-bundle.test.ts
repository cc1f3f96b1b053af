// tools/ascii-bundle.mjs (round 33): the CLI bundle is rewritten to ASCII so that its starter can read it as Latin-1.
// The escaped bundle must behave exactly as before (strings, regular expressions with and without the u flag,
// supplementary-plane characters) and its source map must still point at the same code. (A pattern's `source`
// is now spelt with escapes: the bundle reads it only to make an equivalent RegExp, as this test does.)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { escapeBundleToAscii } from '../../tools/ascii-bundle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-ascii-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The generated columns of each line's segments in a source map's `mappings`. */
function generatedColumns(mappings: string): number[][] {
  return mappings.split(';').map((line) => {
    let column = 0;
    return line ? line.split(',').map((segment) => {
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = BASE64.indexOf(c);
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) shift += 5;
        else break; // the first number only
      }
      column += value & 1 ? -((value - 1) / 2) : value / 2;
      return column;
    }) : [];
  });
}

function vlq(n: number): string {
  let rest = n < 0 ? -n * 2 + 1 : n * 2;
  let out = '';
  do {
    let digit = rest % 32;
    rest = Math.floor(rest / 32);
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

// A bundle the way esbuild leaves it: strings escaped, regular expressions and kept comments not.
const LINES = [
  '/** 公文校对：规则 */',
  'var FULL_STOP = /[。！？!?]/;',
  'var HAN = /^[\\u4e00-\\u9fff𠀀-𪛟]+$/u;',
  'var SURROGATES = /𠮷/;',
  'var NAME = "\\u4E2D\\u6587";',
  'var WORD = /(?:近|约|約)(?:为|為)?$/; var AFTER = "end";',
  'exports.result = [FULL_STOP.test("完。"), FULL_STOP.test("完"), HAN.test("中文𠀀"), HAN.test("中a"), SURROGATES.test("吉𠮷"), new RegExp(SURROGATES.source).test("吉𠮷"), NAME, WORD.exec("约为")?.[0], AFTER];',
];

function bundleWithMap(lines: string[]): { js: string; map: string } {
  const js = join(dir, `b${Math.random().toString(36).slice(2)}.js`);
  // One segment per token of interest: at column 0 and at the first "var" or "exports" after a non-ASCII character.
  const mappings = lines.map((line) => {
    const columns = [0, ...[...line.matchAll(/\b(?:var|exports|end)\b/g)].map((m) => m.index)].filter((c, i, all) => all.indexOf(c) === i);
    return columns.map((c, i) => vlq(i === 0 ? c : c - columns[i - 1]) + 'AAA').join(',');
  }).join(';');
  writeFileSync(js, lines.join('\n'));
  writeFileSync(`${js}.map`, JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings }));
  return { js, map: `${js}.map` };
}

function run(code: string): unknown {
  const exports: Record<string, unknown> = {};
  runInNewContext(code, { exports });
  return JSON.parse(JSON.stringify(exports.result)) as unknown; // out of the other context's arrays
}

describe('escapeBundleToAscii', () => {
  it('leaves only ASCII, and the code does what it did', () => {
    const { js } = bundleWithMap(LINES);
    const before = run(readFileSync(js, 'utf8'));
    escapeBundleToAscii(js);
    const bytes = readFileSync(js);
    assert.ok(bytes.every((b) => b < 0x80));
    assert.deepEqual(run(bytes.toString('latin1')), before);
    assert.deepEqual(before, [true, false, true, false, true, true, '中文', '约为', 'end']);
  });

  it('moves the source map with the text: each segment still starts at the same token', () => {
    const { js, map } = bundleWithMap(LINES);
    const oldLines = readFileSync(js, 'utf8').split('\n');
    const oldColumns = generatedColumns(JSON.parse(readFileSync(map, 'utf8')).mappings as string);
    escapeBundleToAscii(js);
    const newLines = readFileSync(js, 'utf8').split('\n');
    const newColumns = generatedColumns(JSON.parse(readFileSync(map, 'utf8')).mappings as string);
    assert.equal(newColumns.length, oldColumns.length);
    oldColumns.forEach((columns, line) => {
      assert.equal(newColumns[line].length, columns.length);
      columns.forEach((column, k) => assert.equal(newLines[line].slice(newColumns[line][k], newColumns[line][k] + 3), oldLines[line].slice(column, column + 3), `line ${line + 1}, segment ${k}`));
    });
  });

  it('refuses what \\uXXXX would change: an escaped non-ASCII character, a line separator', () => {
    assert.throws(() => escapeBundleToAscii(bundleWithMap(['var A = /\\中/;']).js), /a backslash before U\+4e2d/);
    assert.throws(() => escapeBundleToAscii(bundleWithMap(['// a\u2028b']).js), /line or paragraph separator/);
  });

  for (const name of ['cli-main.js', 'cli-engine.js']) {
    it(`has made dist/${name} all ASCII (the build runs it)`, () => {
      const bundle = readFileSync(join(__dirname, '..', '..', '..', 'dist', name));
      assert.equal(bundle.findIndex((b) => b >= 0x80), -1);
    });
  }
});
