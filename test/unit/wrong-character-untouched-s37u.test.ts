// wrong-character, round 37 after the untouched reading (s37-wcs37u, issue 12 precision): three false alarms of the
// lead's untouched set untouched-s37u (30 provincial government work reports), each fixed by its form — a recurring
// term in the slot of a series frame (百亿级新星产业群, 浙江 2023), a look-alike character official texts use only inside
// its own written word (迸发, 广西 2016), a set phrase repeating a character played on with an official pair (清上加亲,
// 湖北 2020) — with the slips of the same shapes that stay found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';
import { wrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { setPhrasePun } from '../../server/src/text/wrong-character-wordplay';

const found = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);

describe('wrong-character: the false alarms of untouched-s37u (round 37)', () => {
  const model = wrongCharacterModel();

  it('takes a recurring word in the slot of a series frame as the writer’s term (百亿级新星产业群)', () => {
    // 浙江 2023, lines 40 and 54 (the “415X” clusters): 新星 twice, each time between 级 and 产业群, where the document also
    // writes 级先进产业群 and 级特色产业群.
    const zhejiang =
      '打造新一代信息技术、高端装备、现代消费与健康、绿色石化与新材料等4个万亿级先进产业群，新能源汽车及零部件、智能光伏、智能电气等15个千亿级特色产业群，第三代半导体、基因工程、前沿新材料等一批具有技术领先性和国际竞争力的百亿级新星产业群，前瞻谋划布局引领发展的未来产业，基本建成全球先进制造业基地。\n' +
      '围绕建设制造强省，打造形成4个万亿级先进产业群、15个千亿级特色产业群、一批百亿级新星产业群。';
    assert.deepEqual(found(zhejiang), []);
    assert.deepEqual(found('打造形成4个万亿级先进产业群、一批百亿级新星产业群。\n一批百亿级新星产业群，前瞻谋划布局未来产业。'), []);
  });

  it('still reports a phrase with a slip pasted twice when no other word fills its frame', () => {
    // The same two lines without 级先进产业群: one phrase copied (round 31's copiedPhrase), reported at both places.
    assert.deepEqual(found('一批百亿级新星产业群。\n一批百亿级新星产业群，前瞻谋划布局未来产业。'), [
      [1, 7, '星'],
      [2, 7, '星'],
    ]);
  });

  it('leaves a look-alike character used only inside its own word alone (迸发)', () => {
    // 广西 2016, line 36.
    assert.deepEqual(found('积极推进“互联网+”行动，让传统产业迸发新活力，让新兴产业形成新动能，打造广西产业升级版。'), []);
    assert.deepEqual(found('让传统产业迸发新活力，让新兴产业形成新动能。'), []);
  });

  it('still reports look-alike and homophone slips of common characters', () => {
    // ECSpell (odw.train): 条列 is a dictionary word too, but 列 is used in many words, not only there.
    assert.deepEqual(found('本条列自发布之日起施行。'), [[1, 3, '列']]);
    assert.deepEqual(found('创新体质机制，完善制度。'), [[1, 4, '质']]);
  });

  it('leaves a set phrase played on with an official pair alone (清上加亲, 亲清)', () => {
    // 湖北 2020, line 53.
    assert.deepEqual(found('坚持“两个毫不动摇”，把国资国企“顶梁柱”做优做强，让民营企业“自己人”清上加亲。优化国有资本布局。'), []);
    const hubei = '让民营企业“自己人”清上加亲。';
    assert.equal(setPhrasePun(model, hubei, hubei.indexOf('清'), '清', '亲'), true);
  });

  it('still reports a slip in a set phrase repeating a character when the two make no pair (体质机制, 违纪微法)', () => {
    const system = '创新体质机制，完善制度。';
    assert.equal(setPhrasePun(model, system, system.indexOf('质'), '质', '制'), false);
    const law = '严肃查处违纪微法问题。';
    assert.equal(setPhrasePun(model, law, law.indexOf('微'), '微', '违'), false);
    assert.deepEqual(found('加强党风廉政建设，严肃查处违纪微法问题。'), [[1, 16, '微']]);
  });
});
