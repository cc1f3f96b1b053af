import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toFileResult } from '../../server/src/cli/results';
import { lintDocument } from '../../server/src/engine';
import json from '../../server/src/formatters/json';
import sarif from '../../server/src/formatters/sarif';
import { onlyRule } from '../helpers/ruleTester';
import { testRule } from '../helpers/ruleTester';

const REPORT = [
  '一、总体情况',
  '2023年，全市公安机关深入推进平安建设，全年共立案408起，破案率51.8%。',
  '二、主要工作',
  '打击电信网络诈骗犯罪成效明显，全年立案418起，破案率52.8%。',
].join('\n');

testRule('figure-consistency', {
  valid: [
    { text: '全年共立案408起，破案率51.8%。\n全年立案408起，破案率51.8%。', why: 'the same figures twice agree' },
    { text: '2022年，全年立案400起。\n2023年，全年立案418起。', why: 'another year is another quantity' },
    { text: '全年共立案408起。\n上年全年立案418起。', why: 'last year is another quantity' },
    { text: '全年共立案408起。\n全年立案同比减少418起。', why: 'a clause with 同比 compares: not a restatement' },
    { text: '全年共立案408起，其中，全年立案418起的……', why: 'a part after 其中 is another quantity' },
    { text: '全市共立案408起。\n全区共立案418起。', why: 'another place is another quantity' },
    { text: '全年共立案408起。\n全年共立案418人。', why: 'another unit is another quantity' },
    { text: '破案率51.8%。\n力争破案率达到60%。', why: 'a target' },
    { text: '全年共立案408起。\n全年共立案400余起。', why: 'an estimate' },
    { text: '固定资产投资增长4%、高于全国0.8个百分点，社会消费品零售总额增长4.3%、高于全国0.6个百分点。', why: 'corpus: differences from the national figure' },
  ],
  invalid: [
    {
      text: REPORT,
      why: 'the summary and the body give different totals and rates',
      errors: [
        { line: 4, column: 16, endColumn: 24, messageId: 'differs', text: '全年立案418起', message: '前后数据不一致：此处“全年立案418起”，前文第2行为“全年共立案408起”。请核对原始数据，统一为正确的数值。' },
        { line: 4, column: 25, endColumn: 33, messageId: 'differs', text: '破案率52.8%' },
      ],
    },
    { text: '全年共立案408起……全年立案418起。', errors: [{ line: 1, column: 12, endColumn: 20, text: '全年立案418起' }] },
    { text: '全年共立案408起。\n全年立案418起，同比上升2.5%。', why: 'the figure compared with last year is still this year\'s figure', errors: [{ line: 2, column: 1, endColumn: 9 }] },
  ],
});

describe('figure-consistency: related location', () => {
  it('points at the first statement, in the engine and in the CLI JSON', () => {
    const result = lintDocument(REPORT, { config: onlyRule('figure-consistency') });
    const [total] = result.findings;
    assert.equal(REPORT.slice(total.related![0].start, total.related![0].end), '全年共立案408起');
    assert.equal(total.related![0].message, '前文：“全年共立案408起”');
    assert.match(total.detail!, /第2行：全年共立案408起\n第4行：全年立案418起/);
    const file = toFileResult('report.txt', result.document, result.findings, []);
    const out = JSON.parse(json([file], {} as never))[0].messages[0];
    assert.deepEqual(out.relatedLocations, [{ line: 2, column: 22, endLine: 2, endColumn: 31, message: '前文：“全年共立案408起”' }]);
    const context = { cwd: process.cwd(), locale: 'zh' as const, color: false, skipped: [], rules: [] };
    const [sarifResult] = (JSON.parse(sarif([file], context)) as { runs: { results: { relatedLocations?: { physicalLocation: { region: unknown } }[] }[] }[] }).runs[0].results;
    assert.deepEqual(sarifResult.relatedLocations?.[0].physicalLocation.region, { startLine: 2, startColumn: 22, endLine: 2, endColumn: 31 });
  });
});
