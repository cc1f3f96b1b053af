// Properties every rule together must keep on any text, checked over generated documents:
// no throw and no internal error, ranges inside the text and on character boundaries,
// one pass of fixes is sorted and disjoint and leaves the rest of the text alone, fixAll is idempotent.
// Reproduce one document: GONGWEN_SEED=<seed printed in the failure> node --test out/test/unit/property.test.js
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  applyFixes, fixAll, lintDocument, resolveConfig, RULES, type Finding, type GongwenConfig, type LanguageId, type TextEdit,
} from '../../server/src/engine';
import { picker, randomDocument, readTexts, splicedSeeds } from '../helpers/generate';

const SEEDS = readTexts(resolve(__dirname, '../../../seeds'));
/** Every rule on (rules that are off by default run at "info"), so every rule is exercised. */
const ALL_ON = (() => {
  const rules: GongwenConfig['rules'] = {};
  for (const rule of RULES) rules[rule.meta.id] = rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity;
  return resolveConfig({ rules });
})();

const BASE_SEED = Number(process.env.GONGWEN_SEED ?? 20240601);
const ONLY_ONE = process.env.GONGWEN_SEED !== undefined;
const DOCUMENTS = ONLY_ONE ? 1 : 300;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets must be integers`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: [${start}, ${end}) outside [0, ${text.length}]`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: [${start}, ${end}) splits a surrogate pair`);
}

function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const what = `${f.ruleId} "${text.slice(f.start, f.end)}"`;
    checkRange(text, f.start, f.end, what);
    if (f.fix) checkRange(text, f.fix.start, f.fix.end, `${what} fix`);
    for (const s of f.suggestions ?? []) checkRange(text, s.start, s.end, `${what} suggestion`);
  }
}

/** Sorted, disjoint, and the output is exactly the untouched text between the edits plus the edits. */
function checkOnePass(text: string, applied: readonly TextEdit[], output: string): void {
  let cursor = 0;
  let rebuilt = '';
  for (const edit of applied) {
    assert.ok(edit.start >= cursor, `fix [${edit.start}, ${edit.end}) overlaps or precedes the previous one ending at ${cursor}`);
    rebuilt += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  rebuilt += text.slice(cursor);
  assert.equal(output, rebuilt, 'text outside the fix ranges changed');
}

function checkDocument(text: string, languageId: LanguageId): void {
  const options = { config: ALL_ON, languageId };
  const result = lintDocument(text, options);
  assert.deepEqual(result.internalErrors, [], 'a rule threw');
  checkFindings(text, result.findings);

  const pass = applyFixes(text, result.findings);
  checkOnePass(text, pass.applied, pass.text);

  const fixed = fixAll(text, options);
  const again = fixAll(fixed.text, options);
  assert.equal(again.text, fixed.text, 'fixAll is not idempotent: fixing the fixed text changed it');
  // The fixed text must itself lint cleanly (no throw, sane ranges).
  const relinted = lintDocument(fixed.text, options);
  assert.deepEqual(relinted.internalErrors, [], 'a rule threw on fixed text');
  checkFindings(fixed.text, relinted.findings);
}

/** Document number `i` of the run: mostly random mixes, some spliced seeds, some both. */
function documentFor(seed: number): { text: string; languageId: LanguageId } {
  const p = picker(seed);
  const languageId: LanguageId = p.random() < 0.3 ? 'markdown' : 'plaintext';
  const kind = p.int(3);
  let text: string;
  if (kind === 0) text = randomDocument(p, { markdown: languageId === 'markdown' });
  else if (kind === 1) text = splicedSeeds(p, SEEDS);
  else text = randomDocument(p, { markdown: languageId === 'markdown', seeds: SEEDS });
  return { text, languageId };
}

describe('properties over generated documents', () => {
  let ran = 0;
  let characters = 0;
  after(() => {
    console.log(`property test: ${ran} generated documents (${characters} characters), base seed ${BASE_SEED}`);
  });

  it(`hold on ${DOCUMENTS} generated documents (plaintext and markdown)`, () => {
    for (let i = 0; i < DOCUMENTS; i++) {
      const seed = BASE_SEED + i;
      const { text, languageId } = documentFor(seed);
      try {
        checkDocument(text, languageId);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        assert.fail(`seed ${seed} (${languageId}, ${text.length} chars; rerun with GONGWEN_SEED=${seed}): ${message}\ntext: ${JSON.stringify(text.slice(0, 400))}`);
      }
      ran++;
      characters += text.length;
    }
  });

  it('hold on every seed draft, whole, as plaintext and as markdown', () => {
    for (const text of SEEDS) {
      checkDocument(text, 'plaintext');
      checkDocument(text, 'markdown');
    }
  });

  it('the generator reaches surrogate pairs, CR line breaks and full-width percent signs', () => {
    // Guards the generator itself: if it stopped producing these, the properties above would test less.
    let joined = '';
    for (let i = 0; i < 50; i++) joined += documentFor(BASE_SEED + i).text;
    assert.match(joined, /[\ud800-\udbff][\udc00-\udfff]/);
    assert.match(joined, /\r(?!\n)/);
    assert.match(joined, /％/);
  });
});
