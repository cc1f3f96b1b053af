// Round 38 (s38-wcprec): the false-alarm classes of a genre the rules were never tuned on — the guiding cases of the
// Supreme People's Court (heldout-s38c) and of the Supreme People's Procuratorate (heldout-s38c2), the first court and
// procuratorate texts read. Each class is fixed by its form (a legal term family, a party's name after its role, an
// anonymised name, a case title, a short name the text defines, a placeholder party, the 自…之日起 frame, 因未 + a duty,
// the 以…为 frame, 标的的, the sentencing forms, a bracket split by a line break), with real sentences of the set that must
// stay quiet and slips of the same shape that must stay found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';

const found = (rule: string, text: string) => findingsOf(rule, text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);
const quiet = (rule: string, text: string) => assert.deepEqual(found(rule, text), [], text);

describe('wrong-character: court and procuratorate writing (round 38, heldout-s38c/-s38c2)', () => {
  it('leaves the terms of criminal law alone (实刑, 最高刑, 财产刑, 刑侦)', () => {
    quiet('wrong-character', '罪犯王某某审前未被羁押但被判处实刑，交付执行过程中，罪犯王某某及其家属以其身体有病为由申请暂予监外执行。');
    quiet('wrong-character', '依照刑法第一百五十条规定，应当适用的法定量刑幅度的最高刑为死刑。');
    quiet('wrong-character', '社区矫正机构对刘某某进行了社会调查评估，执行期间足额履行财产刑；社区矫正机构认定其不具有再犯罪危险。');
    quiet('wrong-character', '海口市院刑事检察部门与公安机关刑侦部门经研究，认为现有证据不能认定该倾废行为构成犯罪。');
  });

  it('still finds 实行 typed 实刑 and 试点 typed 时点 outside the legal frames', () => {
    assert.deepEqual(found('wrong-character', '全面实刑党风廉政建设责任制，落实管党治党政治责任。'), [[1, 4, '刑']]);
    assert.deepEqual(found('wrong-character', '扎实开展时点工作，总结推广经验。'), [[1, 5, '时']]);
    assert.deepEqual(found('wrong-character', '坚持和完善民族区域自洽制度。'), [[1, 11, '洽']]);
  });

  it('leaves the wording of the rulings alone (依约, 易致人, 交易时点, 无法自洽, 矿企)', () => {
    quiet('wrong-character', '相当于在抵押财产价值范围内华丰盛公司未清偿债务数额部分，并可依约直接请求陈志华等三人进行赔偿。');
    quiet('wrong-character', '国家严格监督管理的氰化钠等剧毒化学品，易致人中毒或者死亡，对人体、环境具有极大的毒害性和危险性。');
    quiet('wrong-character', '掌握了博时精选股票证券投资基金交易的标的股票、交易时点和交易数量等未公开信息。');
    quiet('wrong-character', '东方置业公司出具的《项目工程检验报告》虚假，逻辑上无法自洽。');
    quiet('wrong-character', 'B煤业公司等其他矿企也分别长期存在越界开采煤炭资源，违反矿山开发利用方案多采区同时开采的问题。');
    quiet('wrong-character', '针对兴义市部分安置区雨污未分流污水直排问题，2020年5月21日，兴义市检察院向有关部门发出检察建议。');
  });

  it('leaves names alone: after a party’s role, anonymised, in a case title, defined as a short name', () => {
    quiet('wrong-character', '要求印制了“T优705”种子小包装袋，王敏予以签字确认。证人闵生如的证言，证明王敏明知印制小包装袋用于包装假种子。');
    quiet('wrong-character', '在论证过程中有意见提出，刘某仅使用刀面击打于海明，犯罪故意的具体内容不确定，不宜认定为“行凶”。');
    quiet('wrong-character', '柏万清诉成都难寻物品营销服务中心等侵害实用新型专利权纠纷案');
    quiet('wrong-character', '北海市渔沣海水养殖有限公司(以下简称渔沣公司)。\n其公司使用自有铲车、勾机等机械，从外运来泥土和建筑废料对渔沣公司吹填形成的沙堆进行平整。');
    quiet('wrong-character', '某某先后担任甲国有公司期货部经理、高级经理及副总监，参与制定甲国有公司期货交易策略。');
  });

  it('leaves the frames of the rulings alone (自…之日起, 因未 + a duty, 人因, 即本案)', () => {
    quiet('wrong-character', '第六十六条规定“本章程由全体股东共同认可，自公司设立之日起生效”。');
    quiet('wrong-character', '拓恒公司因未进行年检，2008年12月25日被工商部门吊销营业执照。');
    quiet('wrong-character', '行为人劝阻不要离开碰撞现场且没有超过合理限度的，属于合法行为。被劝阻人因自身疾病发生猝死，其近亲属请求行为人承担侵权责任的，人民法院不予支持。');
    quiet('wrong-character', '上述商标转让给深圳歌力思服饰股份有限公司（以下简称歌力思公司，即本案一审被告人）。');
  });

  it('still finds a slip of a date frame that is no slip of 自', () => {
    assert.deepEqual(found('wrong-character', '本条例自发布之目起施行。'), [[1, 8, '目']]);
  });
});

describe('other rules on court and procuratorate writing (round 38)', () => {
  it('repeated-word: 标的的, 以以物抵债, 认定为为他人谋取利益, 以…行为为标准 are no doubled words', () => {
    quiet('repeated-word', '《中华人民共和国保险法》第六十条第一款规定的“第三者对保险标的的损害”的情形。');
    quiet('repeated-word', '最高人民法院认为，赵五军以以物抵债裁定损害查封顺位在先的其他债权人利益提出异议的问题。');
    quiet('repeated-word', '客观上使非国家工作人员任意处理其经手的钱款成为可能，应认定为为他人谋取利益，国家工作人员构成受贿罪。');
    quiet('repeated-word', '行人是否“正在通过人行横道”应当以特定时间段内行人一系列连续行为为标准，而不能以某个时间点行人的某个特定动作为标准。');
    // A real doubled word of the set (a quoted regulation): still found.
    assert.deepEqual(found('repeated-word', '（四）基本丧失劳动能力、生活生活难以自理，假释后生活确有着落的老年罪犯。'), [[1, 13, '生活生活']]);
    assert.deepEqual(found('repeated-word', '这是所有的的问题。'), [[1, 5, '的的']]);
  });

  it('common-typo: 答辩认为 is 答辩 + 认为; 辩认 as a kind of record is still 辨认', () => {
    quiet('common-typo', '法庭审理过程中，拖市镇政府答辩认为：只有县级以上政府及其环保部门才是具有环境保护职责的行政机关。');
    quiet('common-typo', '某庐蜂业公司抗辩认为，涉案图片水印右上角为商标注册标记。');
    assert.deepEqual(found('common-typo', '（七）勘验、检查、辩认、侦查实验等笔录；（八）视听资料、电子数据。'), [[1, 10, '辩认']]);
  });

  it('count-mismatch: a list of crimes’ verbs and a list that is the clause’s subject are not the counted things', () => {
    quiet('count-mismatch', '本案被告人王某胁迫儿童吸毒、贩毒，殴打、虐待、残害两名儿童并致一人死亡，犯罪对象特殊。');
    quiet('count-mismatch', '在案证据显示彭旭峰、贾斯语将受贿所得转移至4个国家，用于购买房产。');
    quiet('count-mismatch', '检察机关对彭旭峰、贾斯语在上述4个国家的境外财产均提出没收申请。');
    // A list of persons before the count is still counted (a person left out or added).
    assert.deepEqual(found('count-mismatch', '解救张某、王某、李某两名儿童并送回家中。'), [[1, 11, '两名']]);
    assert.deepEqual(found('count-mismatch', '检察机关对彭旭峰、贾斯语、王某4名被告人提起公诉。'), [[1, 16, '4名']]);
  });

  it('part-exceeds-whole: a figure after a superlative (最长一次) is no total', () => {
    quiet('part-exceeds-whole', '孙某某在假释考验期间擅自外出二十余次，最长一次达十九天，其中违法出境两次、累计十一天。');
    assert.deepEqual(found('part-exceeds-whole', '擅自外出一次，其中违法出境两次。').length, 1);
  });

  it('respectively-mismatch: the persons named again after 分别判处, and dates after 分别于', () => {
    quiet('respectively-mismatch', '上饶市中级人民法院作出刑事判决，认定张某某、毛某某、张某犯故意损毁名胜古迹罪，分别判处张某某、毛某某有期徒刑一年、六个月，处罚金人民币十万元、五万元，张某免于刑事处罚。');
    quiet('respectively-mismatch', '乌某某、陈某某、倪某、杜某某分别于2018年11月22日、23日至公安机关投案，均如实供述犯罪事实。');
    assert.equal(found('respectively-mismatch', '张某某、毛某某、张某分别被判处有期徒刑一年、六个月。').length, 1);
  });

  it('sequence-numbering: 第二，三被告… is item 第二 followed by a word that starts with a numeral', () => {
    quiet('sequence-numbering', '第一，根据环境保护法第二条的规定，自然遗迹是环境的组成部分。第二，三被告在明知法律禁止的情况下实施了行为。第三，此次评估所采用的方法经认可。');
    assert.equal(found('sequence-numbering', '第一，根据规定认定。第三，此次评估所采用的方法经认可。').length, 1);
  });

  it('figure-consistency: figures of things named by different quoted names are different quantities', () => {
    quiet('figure-consistency', '南海救助局所属“南海救116”轮总吨为3681，总功率为9000千瓦。\n南海救助局所属“南海救101”轮总吨为4091，总功率为13860千瓦。');
    assert.equal(found('figure-consistency', '“南海救116”轮总吨为3681，总功率为9000千瓦。\n“南海救116”轮总吨为3681，总功率为13860千瓦。').length, 1);
  });

  it('number-style: a term of sentence in Chinese numerals beside Arabic counts', () => {
    quiet('number-style', '认定被告人董某某犯抢劫罪，判处有期徒刑六个月，缓刑一年，并处罚金人民币1000元。同时禁止董某某在36个月内进入网吧等场所。');
    assert.equal(found('number-style', '该工程历时六个月完成，另一工程历时36个月完成。').length, 1);
  });

  it('paired-punctuation: a bracket or title set over two lines is one pair', () => {
    quiet('paired-punctuation', '指导案例69号\n\n（最高人民法院审判委员会讨论通过\n\n2016年9月19日发布）\n\n关键词');
    quiet('paired-punctuation', '相关法律规定\n\n《最高人民法院\n\n最高人民检察院关于民事执行活动法律监督若干问题的规定》第一条、第二十一条');
    assert.equal(found('paired-punctuation', '（最高人民法院审判委员会讨论通过\n\n2016年9月19日发布。').length, 1);
    // Joint issuers one a line between the halves (short lines with no problem of their own).
    quiet('paired-punctuation', '《最高人民法院\n\n最高人民检察院\n\n公安部\n\n司法部社区矫正实施办法》（司发通〔2012〕12号）第二十八条');
    // A long line of prose between them: an open title and a stray close, both still reported.
    assert.equal(found('paired-punctuation', '《最高人民法院\n\n关于加强社区矫正工作的意见，现印发给你们，请认真贯彻执行。\n\n司法部社区矫正实施办法》').length, 2);
  });
});
