// wrong-character, round 38 after the untouched reading (s38-wcs38u, issue 12 precision): the false alarms of the lead's
// untouched set untouched-s38u (30 provincial government work reports) fixed by their form — 超 + a round numeral before a
// measure word (超千列, 湖南 2025), the verb after the adverbial 地 of a 一X一X地 frame (一环一环地抠, 宁夏 2014), the name of
// a service after its 12xxx hotline number (12316资讯服务中心, 江西 2017) and report terms other clean texts use too
// (种子企业, 从严治吏, 建管机制, 黄河善谷) — with the slips of the same shapes that keep their check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';
import { afterReduplicatedAdverbialDi, exceedsRoundNumber } from '../../server/src/text/wrong-character-phrasing';
import { hotlineName, policyJargon } from '../../server/src/text/wrong-character-jargon';

const found = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);
const at = (text: string, part: string, offset = 0) => text.indexOf(part) + offset;

describe('wrong-character: the false alarms of untouched-s38u (round 38)', () => {
  it('leaves a round numeral after 超 before a measure word alone (超千列, not 超前)', () => {
    // 湖南 2025, line 17.
    assert.deepEqual(found('中欧班列、湘粤非铁海联运、怀化东盟班列开行量均超千列，岳阳城陵矶港外贸集装箱吞吐量增长26.6%。'), []);
    for (const text of ['开行量均超千列', '营业收入超千亿元', '游客超百万人次', '参展企业超万家', '产量超亿吨']) {
      assert.equal(exceedsRoundNumber(text, text.indexOf('超') + 1, text.charAt(text.indexOf('超') + 1)), true, text);
    }
  });

  it('keeps checking 超 + a numeral that counts nothing (超千发展 for 超前发展)', () => {
    const text = '坚持适度超千发展';
    assert.equal(exceedsRoundNumber(text, at(text, '千'), '千'), false);
    assert.equal(exceedsRoundNumber('完成投资超千', 5, '千'), false);
  });

  it('leaves the verb after the adverbial 地 of a reduplicated frame alone (一环一环地抠, not 地区)', () => {
    // 宁夏 2014, line 16.
    assert.deepEqual(found('务实、高效、节俭和安全办好首届中阿博览会，对精心梳理出的41项活动，一条一条地捋，一环一环地抠，67个国家、地区和1200多家大型企业、金融机构参会参展，签约项目158个，合同投资1059亿元。'), []);
    const frames = ['一环一环地抠', '一件一件地办', '一步步地走'];
    for (const text of frames) assert.equal(afterReduplicatedAdverbialDi(text, text.length - 1, text.charAt(text.length - 1)), true, text);
  });

  it('keeps checking the character after a 地 that no reduplicated frame makes adverbial (西部地抠)', () => {
    for (const text of ['加快西部地抠', '一环地抠', '一一地抠']) {
      assert.equal(afterReduplicatedAdverbialDi(text, text.indexOf('抠'), '抠'), false, text);
    }
  });

  it('leaves the name of a service after its hotline number alone (12316资讯服务中心)', () => {
    // 江西 2017, line 86.
    assert.deepEqual(found('15、“123+N”江西智慧农业：指建设“1个数据云”即江西农业数据云；“2个中心”即农业指挥调度中心、12316资讯服务中心；“3个平台”即农业物联网平台、农产品质量安全监管追溯平台、农产品电子商务平台。'), []);
    const name = '即12316资讯服务中心；';
    assert.equal(hotlineName(name, at(name, '资讯'), 2), true);
  });

  it('keeps checking a word after a number that names no service, or after an amount', () => {
    const release = '依托12316资讯发布，为农民提供服务';
    assert.equal(hotlineName(release, at(release, '资讯'), 2), false);
    const amount = '投入123160资讯服务中心';
    assert.equal(hotlineName(amount, at(amount, '资讯'), 2), false);
    const money = '投入32316资讯服务中心';
    assert.equal(hotlineName(money, at(money, '资讯'), 2), false);
  });

  it('leaves report terms alone (种子企业, 从严治吏, 建管机制, 黄河善谷)', () => {
    // 福建 2018 line 45, 贵州 2015 line 33, 山西 2016 lines 6 and 43, 四川 2011 line 59, 宁夏 2014 line 56.
    assert.deepEqual(found('大力培育“独角兽”“单项冠军”“专精特新”企业，推动种子企业快速成长。'), []);
    assert.deepEqual(found('重点培育20家创新型领军企业、400家科技小巨人企业和科技型种子企业。'), []);
    assert.deepEqual(found('从严治吏，全面加强干部管理监督，树立正确用人导向，积极稳妥推进“三个一批”，初步实现选人用人风清气正，弘扬了正气，凝聚了人心，为全省经济社会发展营造了良好的环境！'), []);
    assert.deepEqual(found('切实把新村建设放在更加突出的位置，加快完成以县为单位的新村建设规划，在同步谋划产业培育与发展的基础上，实施新村建设整体性安排，合理确定新村（聚居点）的发展规模、空间布局、聚集度，建立完善建管机制。'), []);
    assert.deepEqual(found('继续抓好黄河善谷建设，发挥慈善事业扶贫济困的重要作用。'), []);
  });

  it('keeps checking the same characters outside the terms (社会治吏, 建管力度, 种子企页)', () => {
    const governance = '加强基层社会治吏';
    assert.equal(policyJargon(governance, at(governance, '吏'), 1), false);
    assert.equal(policyJargon('全面从严治吏', 5, 1), true);
    const force = '加大建管力度';
    assert.equal(policyJargon(force, at(force, '建'), 1), false);
    assert.equal(policyJargon('坚持建管并重', 2, 1), true);
    assert.deepEqual(found('大力培育“独角兽”企业，推动种子企页快速成长。'), [[1, 18, '页']]);
  });

  it('still reports the false alarms no form covers (惠顾, 洁水, 文而化之: left, one use each)', () => {
    // 湖北 2015 lines 55 and 69, 湖南 2024 line 84: no other clean text has them; a guard would name one word.
    assert.deepEqual(found('推进洁水和净土工程。'), [[1, 3, '洁']]);
  });
});
