import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('stray-space', {
  valid: [
    { text: '卷烟\t265万箱\t470万箱\t177', why: 'held-out s30 (一五计划 1953, a table row as text): a tab separates the cells, it is no stray space beside a number' },
    { text: '一九五三年\t七〇〇人；\t一九五七年\t一、二〇〇人；', why: 'held-out s30: tabs between table cells of Han text' },
    { text: '第一条　为了加强绿色建筑管理，推动本市“资源节约型，环境友好型”社会建设，根据有关法律、法规，结合本市实际，制定本办法。', why: 'held-out s25 (新余市 2012 办法): the space after an article number (《立法技术规范》)' },
    { text: '第二十九条　本办法自2012年2月1日至2017年1月31日施行。', why: 'held-out s25: a longer article number' },
    { text: '第三章 监督管理\n第十二条 建设单位不得擅自修改已通过施工图设计审查的建设工程设计文件。', why: 'an ASCII space after the chapter and article numbers' },
    { text: '欣聞　貴會第十九屆年會在西班牙馬德里隆重舉行，歐洲各地僑胞齊聚一堂。', why: 'held-out Presidential Office 1993: 挪抬 before 貴會 in a letter' },
    { text: '中華民國國父　孫中山先生曾經說過︰「人生以服務為目的」。', why: 'held-out Presidential Office 1994: 挪抬 before 孫中山先生' },
    { text: '今天澄枝奉　示到總統府國父紀念月會提出專題報告，深感榮幸。', why: 'held-out Presidential Office 1998: 奉　示, the space of respect before the president\'s instruction' },
    { text: '而中華民國遂與美、英、蘇同列世界四強。　蔣公於當日日記中記述了這件事。', why: 'held-out Presidential Office 1998: 挪抬 after a full stop' },
    { text: '自民國三十八年中央政府播遷台灣以來，實踐　中山先生的治國理想，締造出自由、民主、均富的台灣經驗。', why: 'held-out Presidential Office 1998: 挪抬 before 中山先生' },
    { text: '民國六十年代，復在　蔣故總統經國先生的領導下，毅然以最大的魄力推動十大建設。', why: 'held-out Presidential Office 1993: 挪抬 before 蔣故總統' },
    { text: '两艘移民船在地中海沉没 24人死亡', why: 'held-out s28 (新闻联播 2024): a headline joins two clauses with a space; the second opens with a count of people' },
    { text: '伊拉克国际联盟驻地附近遭袭 1死多伤', why: 'held-out s28 (新闻联播 2021): the casualty clause of a headline' },
    { text: '2025年批准上市76款创新药 30款已纳入医保', why: 'held-out s28c (新闻联播 2026): the second clause, opened by a count, has its own predicate (已纳入)' },
    { text: '三体计算星座加速建设 2032年实现千颗卫星规模', why: 'held-out s28c (新闻联播 2026): a year opening a clause with its predicate (实现)' },
    { text: '客货双旺 7月民航运输规模创月度历史新高', why: 'held-out s28c (新闻联播 2024): a month opening a clause with its predicate (创)' },
    { text: '我国社会组织评比表彰新规出台 8月1日起施行', why: 'held-out s28 (新闻联播 2026): the clause giving the day a rule takes effect' },
    { text: '晨曦‧高雄　2020總統府音樂會　用臺灣的聲音為世界帶來鼓舞', why: 'held-out Presidential Office 2020: an ideographic space separates the parts of a headline' },
    { text: '總統出席在高雄衛武營國家藝術文化中心舉辦的「晨曦‧高雄　2020總統府音樂會」，與民眾共同欣賞。', why: 'held-out 2020: the concert is named with the ideographic space' },
    { text: '今天很榮幸奉 蔡總統指派，回來中研院擔任院長交接的監交人。', why: 'held-out Presidential Office 2016: the space of respect (挪抬) before the president' },
    { text: '在此謹代表 蔡總統表達深深的敬佩與感謝。', why: 'held-out Presidential Office 2016: 挪抬 before 蔡總統' },
    { text: '　　全市公安机关坚持以人民为中心。', why: 'full-width indentation' },
    { text: '  在葉帥故裏·大美梅縣，清晨上班路上交警有序的指揮。', why: 'seed 003: ASCII spaces as indentation' },
    { text: '來源:梅州日報  時間:2024-01-09 10:48:52  瀏覽:-', why: 'seed 003 line 4: two spaces separate fields' },
    {
      text: '梅縣區公安分局相關負責人表示。(記者 吳麗伶  特約記者 馮森達 王雅 曾勇  通訊員 李廣鋒  圖片均由梅縣公安提供)',
      why: 'seed 003 line 60: byline names in brackets',
    },
    { text: '审核丨苏波 韦凤冰', why: 'seed 002: names in a byline' },
    { text: '嚴防死守安全底線 防控能力穩固提升', why: 'seed 001: the two halves of a heading' },
    { text: '守萬家燈火 護一方平安', why: 'seed 003 heading' },
    { text: '聚焦打擊犯罪 群眾安全有保障', why: 'seed 003 heading' },
    { text: '上海市市长 龚 正', why: 'clean corpus: a two-character name spaced in a dateline' },
    { text: '举办用技术技能大赛、“鹭引五洲 才聚八闽”2025全球创新创业大赛。', why: 'clean corpus (Fujian): a slogan in quotes' },
    {
      text: '出席紐約僑宴　總統：臺灣會和所有民主夥伴攜手合作　繼續堅定走在民主、自由的道路上',
      why: 'clean corpus (Taiwan): a headline has pause marks but no sentence end',
    },
    { text: '留言与评论（共有 0 条评论）', why: 'a number spaced on both sides is a deliberate convention' },
    { text: '該論壇自 2017 年創辦，宗旨非常明確。', why: 'a number spaced on both sides' },
    { text: '國防預算達到GDP 3% 以上的目標。', why: 'next to Latin text' },
    { text: 'PM2.5 浓度持续下降。', why: 'the number belongs to a Latin term' },
    { text: '时间：2024-10-15 10:44:40', why: 'between digits' },
    { text: '——渭南市公安夏季治安打击整治行动工作综述', why: 'a dash, no space' },
    { text: '新华社北京3月5日电 受国务院委托，财政部3月5日提请十三届全国人大二次会议审查预算报告。', why: 'a news dateline ends with a space' },
    { text: '中新社北京1月8日电 （记者 郭超凯）中国公安部新闻发言人张明8日在北京表示，2025年全国公安机关共立刑事案件数同比下降12.8%。', why: 'held-out (MPS press release): dateline space, and the space after 记者 in the byline' },
    { text: '星报讯 2月2日，省公安厅召开全省公安局处长会议。', why: 'held-out: 星报讯, a newspaper dateline' },
    { text: '中国甘肃网1月10日讯 据兰州日报报道 1月9日，省政府新闻办召开甘肃公安“向人民报告”主题新闻发布会。', why: 'held-out: a dateline and its 据…报道' },
    { text: '中新社 北京8月16日电 （记者 刘亮）记者16日从国务院新闻办公室召开的新闻发布会上获悉，今年以来共查办案件31.5万件。', why: 'held-out (SAMR press release): a space between agency and place is part of the dateline' },
    { text: '本报讯 （记者 李旻） 昨日，省公安厅召开新闻通气会，对专项行动阶段性战果进行通报。', why: 'held-out: a byline in brackets after the dateline, then a space' },
    { text: '南都讯 记者蒋小天 发自北京 3月1日，公安部召开线上新闻发布会。', why: 'held-out: 讯, reporter and 发自 place, each followed by a space' },
    { text: '会议指出（一是 抓落实）要加强管理。', why: 'a bracketed aside with no sentence mark is not a sentence: its space may be a separator' },
    { text: '新华社北京1月22日电　近日，中共中央、国务院印发了《乡村全面振兴规划（2024—2027年）》，并发出通知。', why: 'round 32 heldout-s32n (lawtext/cpc, 乡村全面振兴规划 2025): Xinhua puts an ideographic space after its dateline' },
    { text: '新华社北京11月13日电　新华社13日受权全文播发《中共中央办公厅国务院办公厅关于加强农村基层党风廉政建设的意见》。', why: 'round 32 heldout-s32n (lawtext/cpc): the same with a two-digit month' },
    { text: '关于进一步加强人民政协提案办理工作的意见\n（中办发〔2012〕13号　2012年4月5日）', why: 'round 32 heldout-s32n (lawtext/cpc): the bracketed number-and-date line under a title, parted by an ideographic space' },
    { text: '（中发〔65〕715号 1965年12月24日）', why: 'round 32 heldout-s32n (lawtext/cpc, 关于党内同志之间的称呼问题的通知): an ASCII space there' },
    { text: '（中国共产党中央委员会办公厅 2012年6月4日）', why: 'round 32 heldout-s32n (lawtext/cpc): the issuer and the date in the line under the title' },
    { text: '中国共产党纪律处分条例\n（2003年12月23日中共中央政治局会议审议批准 2003年12月31日中共中央发布 2023年12月8日中共中央政治局会议第三次修订 2023年12月19日中共中央发布）', why: 'round 33 heldout-s33t (lawtext/cpc, Party regulations): the issuance record under the title parts its dated stages by a space (128 such spaces in the set)' },
    { text: '（2019年4月2日中共中央组织部制定 2019年4月24日发布）', why: 'round 33 heldout-s33t: a stage made and a stage published' },
    { text: '（2009年5月22日中共中央政治局会议审议批准　2009年7月1日中共中央办公厅、国务院办公厅发布）', why: 'round 33 heldout-s33t (国有企业领导人员廉洁从业规定): an ideographic space between the stages' },
    { text: '（中共中央纪律检查委员会办公厅 1991年6月13日印发）', why: 'round 33 heldout-s33t: the issuer before its dated stage' },
    { text: '（中办发〔1997〕16号　经中共中央批准，中共中央办公厅1997年2月4日转发）', why: 'round 33 heldout-s33t: the space after the document number' },
    { text: '附件1 案件档案卷内排列顺序', why: 'round 33 (heldout-s33w, 纪检监察机关案件档案管理办法): an attachment\'s label and its title' },
    { text: '同日　中国空间站天和核心舱发射成功，标志着我国空间站建造进入全面实施阶段。', why: 'round 33 heldout-s33t (中国共产党一百年大事记): a chronology entry labelled 同日, then an ideographic space (43 such labels)' },
    { text: '秋－翌年底　根据全国土地会议关于整党工作的部署，各解放区普遍开展整党运动。', why: 'round 33 heldout-s33t: a season-to-season label' },
    { text: '年底－翌年3月　在周恩来、朱德指挥下，中央革命根据地取得第四次反“围剿”的胜利。', why: 'round 33 heldout-s33t: a label running to a month of the next year' },
  ],
  invalid: [
    {
      text: '粮食\t30000万吨\t5.0\n全年粮食产量30000万吨。全市 公安机关排查梳理各类矛盾纠纷。',
      why: 'a tab makes its own clause a table row, not the paragraph: a stray space in a sentence after it is still reported (the boundary of the tab reading)',
      errors: [{ line: 2, column: 17, endColumn: 18, messageId: 'betweenHan' }],
      output: '粮食\t30000万吨\t5.0\n全年粮食产量30000万吨。全市公安机关排查梳理各类矛盾纠纷。',
    },
    {
      text: '第一条　为了加强绿色建筑管理，推动本市 社会建设，制定本办法。',
      why: 'after the article number the text is prose again: a space inside it is still stray',
      errors: [{ line: 1, column: 20, endColumn: 21, messageId: 'betweenHan' }],
      output: '第一条　为了加强绿色建筑管理，推动本市社会建设，制定本办法。',
    },
    {
      text: '依照本办法第十二条 规定办理。',
      why: 'an article number inside a sentence is no paragraph head: the space is stray',
      errors: [{ line: 1, column: 10, endColumn: 11, messageId: 'betweenHan' }],
      output: '依照本办法第十二条规定办理。',
    },
    { text: '会议指出，全市 公安机关排查梳理各类矛盾纠纷。', why: 'no dateline: a stray space after a clause is still reported', errors: [{ line: 1, column: 8, messageId: 'betweenHan' }], output: '会议指出，全市公安机关排查梳理各类矛盾纠纷。' },
    { text: '總統今天接見來訪的美國 總統特使一行。', why: 'a space after a country name is no mark of respect', errors: [{ line: 1, column: 12, messageId: 'betweenHan' }], output: '總統今天接見來訪的美國總統特使一行。' },
    { text: '）会议指出 要加强管理。', why: 'a closing bracket with no opening one does not end the paragraph\'s unit', errors: [{ line: 1, column: 6, messageId: 'betweenHan' }], output: '）会议指出要加强管理。' },
    { text: '会议指出（一是抓落实，二是 抓整改）要加强管理。', why: 'inside brackets, a clause with a sentence mark is a sentence', errors: [{ line: 1, column: 14, messageId: 'betweenHan' }], output: '会议指出（一是抓落实，二是抓整改）要加强管理。' },
    { text: '副總統午宴致詞表示，桃園地區三黨　立委都到場。', why: 'held-out 2003: a space before 立委 (no head of state) is still stray', errors: [{ line: 1, column: 17, messageId: 'betweenHan' }], output: '副總統午宴致詞表示，桃園地區三黨立委都到場。' },
    {
      text: '全年出动警力 5000人次，检查行业场所1121家次。',
      errors: [{ line: 1, column: 7, endColumn: 8, messageId: 'hanNumber' }],
      output: '全年出动警力5000人次，检查行业场所1121家次。',
    },
    {
      text: '文件于 2012年4月5日印发。',
      why: 'round 32: a space before a date inside a sentence is still a slip (only a whole bracketed line under a title is spared)',
      errors: [{ line: 1, column: 4, messageId: 'hanNumber' }],
      output: '文件于2012年4月5日印发。',
    },
    {
      text: '（中办发〔2012〕13号，于 2012年4月5日印发）',
      why: 'round 32: a bracket holding a clause mark is no number-and-date line',
      errors: [{ line: 1, column: 16, messageId: 'hanNumber' }],
      output: '（中办发〔2012〕13号，于2012年4月5日印发）',
    },
    {
      text: '（2019年 4月2日中共中央组织部制定 2019年4月24日发布）',
      why: 'round 33: a space inside a stage\'s date in the issuance record is still a slip (the one between the stages is not)',
      errors: [{ line: 1, column: 7, messageId: 'hanNumber' }],
      output: '（2019年4月2日中共中央组织部制定 2019年4月24日发布）',
    },
    {
      text: '该规定于2019年4月2日制定 2019年4月24日发布。',
      why: 'round 33: the same space in a sentence, not a bracketed record, is still reported',
      errors: [{ line: 1, column: 16, messageId: 'hanNumber' }],
      output: '该规定于2019年4月2日制定2019年4月24日发布。',
    },
    {
      text: '同日中国空间站　天和核心舱发射成功，标志着我国空间站建造进入全面实施阶段。',
      why: 'round 33: a space further on in a chronology entry is still a slip (only the one right after the time label is spared)',
      errors: [{ line: 1, column: 8, messageId: 'betweenHan' }],
      output: '同日中国空间站天和核心舱发射成功，标志着我国空间站建造进入全面实施阶段。',
    },
    {
      text: '附件 1案件档案卷内排列顺序',
      why: 'round 33: near 附件1 案件档案…: a space between 附件 and its number is still a slip',
      errors: [{ line: 1, column: 3, messageId: 'hanNumber' }],
      output: '附件1案件档案卷内排列顺序',
    },
    {
      text: '本年 中国国内生产总值超过40万亿元，成为世界第二大经济体。',
      why: 'round 33: an ASCII space after the label is not the chronology layout (which uses the ideographic space): still reported',
      errors: [{ line: 1, column: 3, messageId: 'betweenHan' }],
      output: '本年中国国内生产总值超过40万亿元，成为世界第二大经济体。',
    },
    {
      text: '需要保留少量超过离休退　休年龄界限的老革命家。',
      why: 'round 32 heldout-s32n (lawtext/cpc, 关于建立老干部退休制度的决定): a real stray space in the transcription is still found',
      errors: [{ line: 1, column: 12, messageId: 'betweenHan' }],
      output: '需要保留少量超过离休退休年龄界限的老革命家。',
    },
    {
      text: '全市 公安机关排查梳理各类矛盾纠纷3070人。',
      errors: [{ line: 1, column: 3, messageId: 'betweenHan', message: '汉字之间多了一个空格，公文正文中应删除。' }],
      output: '全市公安机关排查梳理各类矛盾纠纷3070人。',
    },
    {
      text: '全市　公安机关排查梳理各类矛盾纠纷。',
      why: 'an ideographic space inside prose',
      errors: [{ line: 1, column: 3, messageId: 'betweenHan' }],
      output: '全市公安机关排查梳理各类矛盾纠纷。',
    },
    {
      text: '全县开展 2024年春季攻势',
      why: 'an ASCII space before a number in a headline is still a slip',
      errors: [{ line: 1, column: 5, messageId: 'hanNumber' }],
      output: '全县开展2024年春季攻势',
    },
    {
      text: '全年出动警力 7006人次',
      why: 'a headline, but the number ends the phrase (人次), no clause of its own: still a slip',
      errors: [{ line: 1, column: 7, messageId: 'hanNumber' }],
      output: '全年出动警力7006人次',
    },
    {
      text: '全市警力达 300人参与巡逻',
      why: 'a headline whose clause ends in a word taking a number (达): still a slip',
      errors: [{ line: 1, column: 6, messageId: 'hanNumber' }],
      output: '全市警力达300人参与巡逻',
    },
    {
      text: '印度首都一火车站发生踩踏 18人死亡。',
      why: 'the same words as a sentence: the space is a slip inside prose',
      errors: [{ line: 1, column: 13, messageId: 'hanNumber' }],
      output: '印度首都一火车站发生踩踏18人死亡。',
    },
    {
      text: '2024年 1月，全市开展集中行动。',
      errors: [{ line: 1, column: 6, messageId: 'hanNumber' }],
      output: '2024年1月，全市开展集中行动。',
    },
    {
      text: '並恭喜第 29屆廖紫岑會長眾望所歸。',
      why: 'clean corpus (Taiwan 39906): spaced on one side only',
      errors: [{ line: 1, column: 5, messageId: 'hanNumber' }],
      output: '並恭喜第29屆廖紫岑會長眾望所歸。',
    },
    {
      text: '在交流合作方面， 從《台灣旅行法》開始。',
      why: 'clean corpus (Taiwan 27419): after a full-width comma',
      errors: [{ line: 1, column: 9, messageId: 'punctuation' }],
      output: '在交流合作方面，從《台灣旅行法》開始。',
    },
    {
      text: '全市公安机关 ，扎实推进各项工作。',
      errors: [{ line: 1, column: 7, messageId: 'punctuation' }],
      output: '全市公安机关，扎实推进各项工作。',
    },
    {
      text: '𠮷野家 开业了，生意很好。',
      why: 'after an Extension B character (two UTF-16 code units)',
      errors: [{ line: 1, column: 5, messageId: 'betweenHan' }],
      output: '𠮷野家开业了，生意很好。',
    },
    {
      text: '全市 公安机关 扎实推进工作。',
      errors: [{ line: 1, column: 3 }, { line: 1, column: 8 }],
      output: '全市公安机关扎实推进工作。',
    },
    {
      text: 'A stray space: 全市 公安机关排查纠纷。',
      locale: 'en',
      errors: [{ line: 1, column: 18, message: 'Stray space between Chinese characters: official prose has none, delete it.' }],
      output: 'A stray space: 全市公安机关排查纠纷。',
    },
  ],
});

describe('stray-space on the seeds', () => {
  it('finds exactly seed 001 line 7 (全年出動警力 7006人次)', () => {
    const found: string[] = [];
    for (const file of ['000_29043b7b8c76f442', '001_2d3a257640d335f2', '002_cd310873741f28c2', '003_667e9abcbbb289a2', '004_ad60cba661282f96']) {
      const text = readFileSync(`seeds/${file}.txt`, 'utf8');
      for (const f of findingsOf('stray-space', text)) found.push(`${file.slice(0, 3)}:${f.line}:${f.column} ${text.slice(f.start - 6, f.end + 4)}`);
    }
    assert.deepEqual(found, ['001:7:128 全年出動警力 7006']);
  });
});
