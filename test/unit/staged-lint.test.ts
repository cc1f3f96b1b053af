// lintInStages() (engine/lint.ts): the language server's progressive diagnostics run every rule but
// wrong-character first, then wrong-character over the same document model and cache. The first stage
// must be a subset of the whole, the whole exactly lintDocument()'s, and the cache must tell how much
// text wrong-character has not read yet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LintCache, lintDocument, lintInStages, resolveConfig } from '../../server/src/engine';

const SLIP = '内蒙古自治区乌兰察布市大力培育发展大数局产业。';
/** Seed 004 (a repeated word, half-width commas), a published report, and a wrong character at the end. */
const TEXT = `${readFileSync('seeds/004_ad60cba661282f96.txt', 'utf8')}\n${readFileSync('test/fixtures/corpus/simplified/2003-gov-work-report-state-council.txt', 'utf8')}\n${SLIP}\n`;
const LATER = new Set(['wrong-character']);
const SLIP_AT = TEXT.indexOf('大数局') + 2;

describe('lintInStages', () => {
  it('first(): every finding but wrong-character\'s; complete(): exactly lintDocument()\'s, without a cache', () => {
    const whole = lintDocument(TEXT);
    const staged = lintInStages(TEXT, {}, LATER);
    const first = staged.first();
    assert.deepEqual(first.findings, whole.findings.filter((f) => f.ruleId !== 'wrong-character'));
    assert.deepEqual(first.annotations, whole.annotations.filter((a) => a.ruleId !== 'wrong-character'));
    const complete = staged.complete();
    assert.deepEqual(complete.findings, whole.findings);
    assert.deepEqual(complete.annotations, whole.annotations);
    assert.equal(complete.script, 'zh-Hans');
    // The slip 大数局 (局 → 据) is only in the complete set; the other rules' findings are the same objects.
    const slip = complete.findings.filter((f) => f.ruleId === 'wrong-character');
    assert.deepEqual(slip.map((f) => [f.start, f.end, f.fix?.text]), [[SLIP_AT, SLIP_AT + 1, '据']]);
    assert.ok(first.findings.every((f) => complete.findings.includes(f)), 'the first stage\'s findings are in the complete set as they are');
    assert.ok(first.findings.some((f) => f.ruleId === 'repeated-word') && first.findings.some((f) => f.ruleId === 'fullwidth-punctuation'));
    assert.equal(staged.complete(), complete, 'complete() runs the later rules once');
  });

  it('with a cache: pendingUnits is the text wrong-character has not summarized; the results equal lintDocument()\'s', () => {
    const cache = new LintCache();
    const opened = lintInStages(TEXT, { cache }, LATER);
    const paragraphUnits = lintDocument(TEXT).document.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
    assert.equal(opened.pendingUnits, paragraphUnits, 'on open: every paragraph');
    assert.deepEqual(opened.complete().findings, lintDocument(TEXT).findings);
    // Nothing new: nothing pending.
    const again = lintInStages(TEXT, { cache }, LATER);
    assert.equal(again.pendingUnits, 0);
    assert.deepEqual(again.first().findings, lintDocument(TEXT).findings.filter((f) => f.ruleId !== 'wrong-character'));
    assert.deepEqual(again.complete().findings, lintDocument(TEXT).findings);
    // One paragraph edited: that paragraph only.
    const edited = TEXT.replace(SLIP, `${SLIP.slice(0, -1)}，推动产业升级。`);
    const newParagraph = `${SLIP.slice(0, -1)}，推动产业升级。`;
    const afterEdit = lintInStages(edited, { cache }, LATER);
    assert.equal(afterEdit.pendingUnits, newParagraph.length);
    assert.deepEqual(afterEdit.complete().findings, lintDocument(edited).findings);
  });

  it('a lint left at its first stage leaves the cache sound: the next lint fills in wrong-character\'s summaries', () => {
    const cache = new LintCache();
    const abandoned = lintInStages(TEXT, { cache }, LATER);
    abandoned.first();
    const next = lintInStages(TEXT, { cache }, LATER);
    assert.ok(next.pendingUnits > 0, 'the abandoned lint summarized nothing for wrong-character');
    assert.deepEqual(next.complete().findings, lintDocument(TEXT).findings);
    assert.throws(() => abandoned.complete(), /newer lint/, 'a stage whose cache moved on refuses to run');
  });

  it('wrong-character off: nothing is left for later', () => {
    const config = resolveConfig({ rules: { 'wrong-character': 'off' } });
    const staged = lintInStages(TEXT, { config, cache: new LintCache() }, LATER);
    assert.equal(staged.pendingUnits, 0);
    assert.deepEqual(staged.first().findings, staged.complete().findings);
    assert.deepEqual(staged.complete().findings, lintDocument(TEXT, { config }).findings);
  });

  it('a paragraph rule named as later runs in the first stage', () => {
    const staged = lintInStages(TEXT, {}, new Set(['repeated-word']));
    assert.equal(staged.pendingUnits, 0);
    assert.ok(staged.first().findings.some((f) => f.ruleId === 'repeated-word'));
  });
});
