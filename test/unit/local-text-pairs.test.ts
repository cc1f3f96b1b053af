// tools/local-text-pairs.mjs (round 30): the plain text it counts pairs in, and the derived file the data build reads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { reportText } from '../../tools/local-text-pairs.mjs';

describe('local-text pairs (wrong-character data from city government work reports)', () => {
  it('counts only the prose of a report: front matter, images, tables, markup and footnote markers dropped', () => {
    const markdown = ['---', 'title: 2024年政府工作报告', 'source: http://example.gov.cn', '---', '# 政府工作报告', '', '![图](a.png)', '| 指标 | 数值 |', '|---|---|', '**一、2023年工作回顾**', '全市地区生产总值增长6.1%[1]，<span>雨污分流</span>改造全面完成。'].join('\n');
    assert.equal(reportText(markdown), '政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长6.1%，雨污分流改造全面完成。');
  });

  it('ships pairs attested in several reports of several cities, none of a held-out city list left empty', () => {
    const lines = readFileSync('data/local-text/pairs.tsv', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    assert.ok(lines.length > 30000, `${lines.length} pairs`);
    for (const line of lines) {
      const [pair, count, reports, cities] = line.split('\t');
      assert.match(pair, /^\p{Script=Han}{2}$/u, line);
      assert.ok(Number(reports) >= 8 && Number(cities) >= 6 && Number(count) >= Number(reports) && Number(reports) >= Number(cities), line);
    }
    const list = (file: string) => readFileSync(`data/local-text/${file}`, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const excluded = list('excluded-cities.txt');
    const heldOut = list('heldout-cities.txt');
    assert.equal(excluded.length, 119);
    assert.equal(heldOut.length, 40);
    assert.deepEqual(heldOut.filter((city) => excluded.includes(city)), []);
  });
});
