import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('paired-punctuation', {
  valid: [
    { text: '以“‘四个强化’解决校园专职保安员配备‘四大难题’”为主题作经验交流发言。', why: 'seed 000: single quotes inside double quotes' },
    { text: '依据《〈治安管理处罚法〉释义》开展培训。', why: '〈〉 inside 《》' },
    { text: '“第一段引文。\n“第二段引文。\n“第三段引文，到此结束。”', why: 'a quotation over several paragraphs opens each one and closes once' },
    { text: '「第一段引文。\n「第二段引文。」', why: 'the same with corner brackets' },
    { text: 'APEC Leaders’ Meeting 在秘鲁举行。', why: 'an apostrophe, not a closing quote' },
    { text: '改善国民营养水平和健康素质。办好“中国’99昆明世界园艺博览会”。', why: 'held-out s26 (State Council 1999): ’ before a two-digit year is an apostrophe' },
    { text: '1）加强组织领导；2）压实工作责任。', why: 'list numbers with a single closing bracket' },
    { text: '留言与评论(共有 0 条评论) “”', why: 'seed 002: an empty pair' },
    { text: '取得好成效（其中，破案数上升)。', why: 'mixed widths pair up; the width is fullwidth-punctuation’s business' },
    { text: '他说："这是ASCII引号"，仍然成对。', why: 'ASCII quotes in pairs are not this rule’s business' },
    { text: '六、将第十五条修改为：“巡视组对巡视对象执行《中国共产党章程》和其他党内法规，落实全面从严治党主体责任和监督责任等情况进行监督，着力发现以下问题：\n（一）违反政治纪律和政治规矩的；\n（二）违反廉洁纪律，以权谋私的；\n（三）派出巡视组的党组织要求了解的其他问题。”\n本决定自2017年7月10日起施行。', why: 'round 33 heldout-s33t (中国共产党巡视工作条例 2017年修改): the amended article quoted over several paragraphs, opened after the colon and closed at its end' },
    {
      text: '　　第九条修改为：“申请办理中药品种保护的程序：\n　　“（一）中药生产企业对其生产的符合本条例规定的中药品种，可以提出申请。\n　　“（二）国务院药品监督管理部门组织审评。\n　　“国务院药品监督管理部门负责组织国家中药品种保护审评委员会。”',
      why: 'round 35 heldout-s35w (People\'s Daily 2019-02-02, 国务院关于修改部分行政法规的决定): an amended article quoted after a colon, each later paragraph reopening the quote',
    },
    {
      text: '　　难道乌蒙山人注定就走不出这大山？\n　　“小小马儿修雄鬃，\n　　心想带妹路不通。\n　　哪天哪日路通了，\n　　把妹带着耍昭通……”\n　　云南昭通，大山包红旗梁子。',
      why: 'round 35 heldout-s35w (People\'s Daily 2019-02-01): a folk song quoted line by line, the quote opening the first verse line and closing the last',
    },
  ],
  invalid: [
    {
      text: '六、将第十五条修改为：“巡视组对巡视对象执行《中国共产党章程》和其他党内法规的情况进行监督。\n（一）违反政治纪律和政治规矩的；\n（二）违反廉洁纪律”，以权谋私的；\n本决定自2017年7月10日起施行。',
      why: 'round 33: near the amending quotation: a ” inside a later paragraph, not at its end, closes nothing of it; both are still reported',
      errors: [{ line: 1, column: 12, messageId: 'unmatchedOpen' }, { line: 3, column: 10, messageId: 'unmatchedClose' }],
    },
    {
      text: '　　“小小马儿修雄鬃，\n　　心想带妹路不通。当地群众世世代代盼着修一条通往山外的公路，盼了很多很多年。\n　　把妹带着耍昭通……”',
      why: 'round 35: near the quoted verse: a long prose paragraph between the lines ends the verse, both marks still reported',
      errors: [{ line: 1, column: 3, messageId: 'unmatchedOpen' }, { line: 3, column: 12, messageId: 'unmatchedClose' }],
    },
    {
      text: '　　第九条修改为：“申请办理中药品种保护的程序：\n　　（一）中药生产企业提出申请。',
      why: 'round 35: near the amended article: the next paragraph does not reopen the quote and none closes it, still reported',
      errors: [{ line: 1, column: 10, messageId: 'unmatchedOpen' }],
    },
    {
      text: '办好中国99昆明世界园艺博览会’的筹备工作。',
      why: 'a ’ after the year, not before it, still closes nothing',
      errors: [{ line: 1, column: 16, messageId: 'unmatchedClose' }],
    },
    {
      text: '他说：‘办好’99世博会’。',
      why: 'with a ‘ waiting, the ’ before the year still closes it; the last ’ has no opener',
      errors: [{ line: 1, column: 13, messageId: 'unmatchedClose' }],
    },
    {
      text: '开展“净网2023专项行动，成效明显。',
      errors: [{ line: 1, column: 3, endColumn: 4, messageId: 'unmatchedOpen', message: '「“」在本段没有对应的「”」，请补上或删去。' }],
    },
    {
      text: '依据《治安管理处罚法规定处理。',
      errors: [{ line: 1, column: 3, messageId: 'unmatchedOpen' }],
    },
    {
      text: '破案数上升）的良好成效。',
      errors: [{ line: 1, column: 6, messageId: 'unmatchedClose' }],
    },
    {
      text: '“第一段引文。\n第二段没有引号。',
      why: 'the next paragraph does not continue the quotation',
      errors: [{ line: 1, column: 1, messageId: 'unmatchedOpen' }],
    },
    {
      text: '“只有一段的引文没有收尾。',
      why: 'the last paragraph of a document',
      errors: [{ line: 1, column: 1, messageId: 'unmatchedOpen' }],
    },
    {
      text: '整合政府网站、“蒙速办"、城市大脑等平台。',
      why: 'clean corpus (Baotou, pkulaw export): a full-width quote closed by an ASCII one',
      errors: [{ line: 1, column: 12, endColumn: 13, messageId: 'asciiClose' }],
      output: '整合政府网站、“蒙速办”、城市大脑等平台。',
    },
    {
      text: '推出相关应用的“关怀模式"“长辈模式"，让老年人充分享受。',
      errors: [{ line: 1, column: 13, messageId: 'asciiClose' }, { line: 1, column: 19, messageId: 'asciiClose' }],
      output: '推出相关应用的“关怀模式”“长辈模式”，让老年人充分享受。',
    },
    {
      text: '开展“甲《乙”丙》活动。',
      why: 'crossed pairs: the inner mark is left open and the outer one unopened',
      errors: [{ line: 1, column: 5, messageId: 'unmatchedOpen' }, { line: 1, column: 9, messageId: 'unmatchedClose' }],
    },
    {
      text: '开展“净网2023专项行动。',
      locale: 'en',
      errors: [{ line: 1, column: 3, message: '「“」 has no matching 「”」 in this paragraph: add it or delete this one.' }],
    },
  ],
});

describe('paired-punctuation on the seeds', () => {
  it('finds nothing: every pair in the seeds is closed', () => {
    const found: string[] = [];
    for (const file of ['000_29043b7b8c76f442', '001_2d3a257640d335f2', '002_cd310873741f28c2', '003_667e9abcbbb289a2', '004_ad60cba661282f96']) {
      for (const f of findingsOf('paired-punctuation', readFileSync(`seeds/${file}.txt`, 'utf8'))) found.push(`${file}:${f.line}:${f.column}`);
    }
    assert.deepEqual(found, []);
  });
});

// Round 37 (s37-newtext): Hong Kong news quoting government documents over several paragraphs with corner quotes (heldout-s37a).
testRule('paired-punctuation', {
  valid: [
    {
      text: '文件底部有一附註列明：「前任行政長官在離職後三年內須接受離職工作規管。\n（1） 中央機構或香港特別行政區政府的委任；\n（2） 慈善、學術或其他非牟利機構的委任；以及\n（3） 屬非商業性質的地區或國際組織的委任。\n在三年管制期內，前任行政長官如接受上述任何委任，不論受薪與否，都必須通知政府。」',
      why: 'heldout-s37a: the amended-article form with 「」: opened after a colon, items bare, closed at the end of the last paragraph',
    },
    {
      text: '「互聯護照是在舊護照和新護照上作出一項批註，以連繫兩本護照。\n（一） 在印製互聯的批註當日，你的現有護照仍然有效；\n（二） 你的現有護照有一個有效簽證；以及\n（三） 你的現有護照最少有一頁空白頁，可用作互聯護照批註。」',
      why: 'heldout-s37a: a notice quoted whole: 「 opens a paragraph whose only problem it is, enumerated items follow, the last closes it',
    },
  ],
  invalid: [
    {
      text: '「六點半下飛機，發現無數通香港和台灣的媒體來電。\n我是以私人身份受邀參加四城文化會議。\n還是很期待看到台港間有更多自由而正常的交流。」',
      why: 'heldout-s37a (reported by design): a quotation over prose paragraphs that do not open with 「 — no enumerated items follow',
      errors: [{ line: 1, column: 1, messageId: 'unmatchedOpen' }, { line: 3, column: 23, messageId: 'unmatchedClose' }],
    },
  ],
});
