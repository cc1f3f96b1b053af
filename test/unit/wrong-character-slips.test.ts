import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OdwRow } from '../../bench/ecspell-rows';
import { slipsByRight, slipTable } from '../../bench/wrong-character-slips';

// The slip table eval:inject's wrong-character generator draws from (bench/wrong-character-slips.ts).
const rows: OdwRow[] = [
  { cols: ['1', '内蒙古自治区乌兰察布市大力培育发展大数局产业。', '内蒙古自治区乌兰察布市大力培育发展大数据产业。'], fold: 'train' },
  { cols: ['1', '加快大数局中心建设。', '加快大数据中心建设。'], fold: 'train' },
  { cols: ['2', '加快健设生态农业强省，人民很行。', '加快建设生态农业强省，人民银行。'], fold: 'train' },
  { cols: ['1', '全年增长1.5%，完成市场主体登记。', '全年增长2.5%，完成市场主体登记。'], fold: 'train' },
  { cols: ['1', '发挥审计监督作同。', '发挥审计监督作用。'], fold: 'validation' },
  { cols: ['0', '公共法律服务体系建设部际联席会议制度', '公共法律服务体系建设部际联席会议制度'], fold: 'train' },
];

describe('wrong-character slip table', () => {
  it('counts the wrong → right pairs of the train fold, most frequent first', () => {
    assert.deepEqual(slipTable(rows), [
      { wrong: '局', right: '据', count: 2 },
      { wrong: '健', right: '建', count: 1 },
      { wrong: '很', right: '银', count: 1 },
    ]);
  });

  it('never reads the validation fold', () => {
    assert.ok(!slipTable(rows).some((s) => s.wrong === '同' || s.right === '用'));
  });

  it('leaves out pairs that are not two Han characters (a digit typed wrong)', () => {
    assert.ok(!slipTable(rows).some((s) => /\d/.test(s.wrong + s.right)));
  });

  it('groups the slips by their right character', () => {
    const byRight = slipsByRight(slipTable(rows));
    assert.deepEqual([...byRight.keys()].sort(), ['建', '据', '银']);
    assert.deepEqual(byRight.get('据'), [{ wrong: '局', right: '据', count: 2 }]);
  });
});
