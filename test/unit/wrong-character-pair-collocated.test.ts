// wrong-character, round 38 (issue 12, recall on homophone slips). A homophone word typed whole whose context windows
// flip to it (Candidate.contextFlip) got no credit for the clause's words: the collocation flip counts them only for a
// homophone word whose windows do not flip. Now a flipped one short of the report threshold by no more than
// collocationBonus gets it where the homophone word is a collocation of four or more other words of its run (or of all of
// them, three or more) and the written word of none (WrongCharacterModel.flippedPairCollocated): 达到耳机甲等水平 → 二级
// (二级 goes with 中医医院, 达到, 甲等, 水平). The slips are from ECSpell's official-document split (odw.train, training
// fold, MIT — see data/SOURCES.md); the quiet sentences are report and news language where the written word is meant.
import { testRule } from '../helpers/ruleTester';

testRule('wrong-character', {
  valid: [
    { text: '90%县中医医院达到二级甲等水平，50%县级妇幼保健院设立中医科。', why: 'round 38: the ECSpell sentence of the test below, corrected' },
    { text: '科学编制“十四五”时期巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划。', why: 'round 38: the second ECSpell sentence, corrected' },
    { text: '他戴着耳机收听新闻，手机里的音乐也没有停。', why: 'round 38: 耳机 (earphones) meant; its clause has no words that go with 二级' },
    { text: '秋天的公园里桂花盛开，吸引了众多市民前来观赏。', why: 'round 38: 桂花 (osmanthus) meant' },
    { text: '小区绿化种植桂花、香樟等乡土树种，提升居住环境。', why: 'round 38: 桂花 in a list of trees' },
    { text: '全面推行河长制，强化水资源、水环境、水生态综合治理，确保水质达到二级标准。', why: 'round 38: the right word as written' },
  ],
  invalid: [
    {
      text: '90%县中医医院达到耳机甲等水平，50%县级妇幼保健院设立中医科，全部社区卫生服务中心、乡镇卫生院和70%村卫生室具备中医药服务能力。',
      why: 'round 38, ECSpell (training fold): the windows flip to 二级 (23.5 without the clause), and 二级 goes with 中医医院, 达到, 甲等, 水平, 耳机 with none (+12)',
      errors: [{ line: 1, column: 11, endColumn: 13, message: '“耳机”疑为“二级”（两字误打成同音词：“耳机”应为“二级”），请核对。' }],
      output: '90%县中医医院达到二级甲等水平，50%县级妇幼保健院设立中医科，全部社区卫生服务中心、乡镇卫生院和70%村卫生室具备中医药服务能力。',
    },
    {
      text: '科学编制“十四五”时期巩固拓展脱贫攻坚成果同乡村振兴有效衔接桂花。',
      why: 'round 38, ECSpell (training fold): at the clause end two windows flip to 规划, and 规划 goes with the clause (时期, 巩固, 衔接…), 桂花 with none',
      errors: [{ line: 1, column: 31, endColumn: 33, message: '“桂花”疑为“规划”（两字误打成同音词：“桂花”应为“规划”），请核对。' }],
      output: '科学编制“十四五”时期巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划。',
    },
  ],
});
