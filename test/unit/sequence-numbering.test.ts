import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('sequence-numbering', {
  valid: [
    // Round 35 heldout-s35w (People's Daily 2019-02-01, -18, -20, -21, -25, pages 4–20): column series numbers of several series in one day's paper.
    {
      text: '——回答好媒体融合发展的时代课题④\n正文。\n从历史中汲取治理营养（新论·学历史用历史③）\n正文。\n追求匠心需要精益求精(中国道路中国梦·在奋斗者身边⑦)\n正文。',
      why: 'round 35 heldout-s35w (2019-02-01): a circled number ending a headline or subtitle, alone or in the closing bracket, numbers an article of a series',
    },
    { text: '必须坚持全面从严治党（新论·解读“九个必须坚持”⑧）\n正文。\n秸秆变废为宝 蔬菜长得更好（经济聚焦·回乡看变化⑤）\n正文。', why: 'round 35 heldout-s35w (2019-02-18): two series on one day' },
    { text: '　　图①、图④：1月17日，缅甸民众在内比都街头热烈欢迎。\n　　图②：专家在埃羌达村工作。\n　　图⑤：公益捐赠活动在仰光举行。', why: 'round 35 heldout-s35w2 (People\'s Daily 2020-01-18, read after the fixes): captions name pictures by 图 + a circled number' },
    { text: '　　铃（图⑦）形体通常较小。\n　　铙（图⑨）是商晚期的一种青铜乐器。\n　　钟（图④）体两侧尖锐。', why: 'round 35 heldout-s35w2 (2020-01-28): figures cited in the text, in any order' },
    { text: '数字经济推动灵活就业实现了四大转变：一是规模爆发式增长，实现转变。“如今灵活就业人数快速增加。”二是范围快速扩张。三是质量不断提升。四是竞争力大幅跃升。', why: 'round 35 heldout-s35w2 (2020-01-07): 二是 right after a quotation that ends a sentence' },
    // Round 34: 一要/二要/三要 is read like 一是 (eval:inject's renumberings of it were all missed).
    { text: '发展农业，一要靠执行稳定的农村政策和深化改革，二要靠推广和发展先进的农业科学技术，三要靠增加农业投入，增强农业发展后劲。', why: '1989 report: 一要, 二要, 三要 in order' },
    { text: '在城区，一要加强巡逻，二要强化管控；在农村，一要加强走访，二要化解纠纷。', why: 'a list of 一要 may restart at 1, like 一是' },
    { text: '这是统一要求，也是唯一要件。', why: '统一要, 唯一要: 一要 inside a word, after no boundary, is no marker' },
    { text: '一、加强党的执政能力建设的重要性和紧迫性\n正文。\n二、五十五年来党执政的主要经验\n正文。\n三、加强党的执政能力建设的指导思想、总体目标和主要任务\n正文。', why: 'round 32 heldout-s32n (lawtext/cpc, 2004 关于加强党的执政能力建设的决定): 二、 before 五十五年来, a whole number with 十 and a units digit, is a heading' },
    {
      text: '七是坚持民生至上，更大力度增进群众福祉\n多措并举促就业。持续深化“援企稳岗·服务”行动。\n解决群众身边的大事小情，始终是政府工作的不懈追求。今年，将继续办好10件实事。一是继续实施中小学“强县中增学位”工程。二是继续支持1万名未就业普通高校毕业生到基层就业。三是改造建设100个乡镇综合养老服务中心。四是继续对困难家庭子女给予资助。五是继续实施万名老年人白内障复明工程。六是完成5000户无障碍改造。七是实施乡村全民健身提升工程。八是开展新就业形态劳动者关心关爱行动。九是对10万名适龄女童进行HPV疫苗补助接种。十是继续实施农村水利惠民工程。\n八是深化主动创安创稳，以高水平安全保障高质量发展',
      why: 'held-out s31f (甘肃 2025 report): a whole list 一是…十是 inside a paragraph under the outer 七是 is nested; the outer list goes on at 八是',
    },
    {
      text: '今年重点抓好以下工作：一是加强领导；二是压实责任。\n三是强化督导，确保落实。',
      why: 'a list begun inside a paragraph still goes on in the next one',
    },
    { text: '1.一般公共预算\n全市收支情况。\n2.政府性基金预算\n全市收支情况。\n３.国有资本经营预算\n全市收支情况。\n4.社会保险基金预算\n全市收支情况。', why: 'held-out s31k (南阳 2019 budget report): a full-width ３. is the third item' },
    { text: '一、市级主要项目支出情况\n正文。\n二、省提前告知专项转移支付市级留用项目支出情况\n正文。\n三、上年结余结转项目支出情况\n正文。\n四、一般债券还本支出情况\n正文。\n五、上解上级支出项目情况\n正文。', why: 'held-out s31k (周口 2019 budget report): 四、一般… is a heading whose text opens with 一般, not a list 四、一' },
    { text: '一、二年级学生正常上课。三、四线城市房价平稳。', why: 'lists of numerals stay no headings' },
    {
      text: '(三)業務計畫之執行欠妥。\n本處於民國94年度總決算審核報告所列重要審核意見計3項，其中：(二)應收未收行政罰鍰未能積極催繳及清理；(三)待售國宅戶數仍多，未積極研謀促銷；(五)基金資本支出預算編列欠當，經追蹤查核結果，仍待繼續改善。',
      why: 'held-out s30t (高雄市 2006 audit report): last year\'s item (二) cited by its number after 其中： is no heading after (三)',
    },
    {
      text: '本處於民國94年度總決算審核報告之重要審核意見計5項，其中(二)行政罰鍰案件之裁罰及收繳未能檢討妥謀善策；(三)公共汽車管理處虧損嚴重，宜積極推動實施民營化等2項，經追蹤查核結果，仍待繼續改善，業再綜合研提審核意見詳「四、重要審核意見(一)、(二)」通知檢討改進外，其餘(一)列管計畫未能切實控管執行進度；(四)分隸成立輪船公司未能提昇經營績效；(五)應收帳款未提列備抵呆帳。',
      why: 'held-out s30t (高雄市 2006 audit report): last year\'s items cited by their own numbers ((二)(三), then 其餘(一)…(四)(五)); (一)、(二)」 inside the quote cite items',
    },
    {
      text: '本室於民國94年度總決算審核報告所列重要審核意見計7項，其中(一)非公用財產積欠之租金未能積極有效處理；(二)獎勵民間投資基金業務計畫執行成效欠彰等2項，仍待繼續改善，其餘(一)政府未償債務居高不下，實質財政負擔仍然沉重；(二)財政政策之執行成效未見提昇；(三)巨額欠稅清理方式未臻妥適。',
      why: 'held-out s30t (臺北市 2006 audit report): 其餘(一) starts a second list in the paragraph',
    },
    {
      text: '（七）遊艇之停靠收費標準有待檢討等缺失，經函請檢討改善。據復：（一）將加強宣導遊艇多利用漁港現有設施，進入停泊；（二）考量國內遊艇活動尚在起步，適時增設周邊支援設施；\n（三）當檢討各漁港及其所屬碼頭之功能與定位，以符漁業使用；',
      why: 'held-out s30t (2011 special budget audit report): a list run into a paragraph (據復：（一）…；（二）…) goes on in the next paragraph at （三）',
    },
    {
      text: '（1）未對該基金之運用情形進行全面性督導考核；（2）部分學校未依規定辦理教育儲蓄戶業務，主管機關亦未積極督導；\n（3）部分學校教師非屬特教班專任教師，仍支領特教津貼等情事。',
      why: 'held-out s30t (苗栗縣 2010 audit report): （2） inside the paragraph of （1）, then （3） opening the next',
    },
    {
      text: '5.稅前淨利2,049,050,073元64分，扣除免稅出售土地所得等項目後，無課稅所得及應繳納所得稅。\n註：1.本期其他綜合損益5,274,524,003元39分，包括國外營運機構財務報表換算之兌換差額31,034,012元39分。\n2.經營績效獎金927,873,062元係依行政院彙編本年度中央政府總決算附屬單位決算及綜計表（營業部分）所列查核意見及暫列數暫列。\n3.該公司本期淨利2,054,470,991元67分，除以加權平均流通在外普通股股數5,636,749,865股後，基本每股盈餘0.36元。',
      why: 'held-out s30t (audit report 2013, notes under a table): 註：1. starts a list of its own, so 2. and 3. follow it',
    },
    {
      text: '(二)營業基金：本年度附屬單位決算營業部分計列1個單位。\n市政府主管包括(一)作業基金：公共造產基金、國民住宅社區管理維護基金、實施平均地權基金；(二)特別收入基金：公益彩券盈餘分配基金。\n(三)債務基金：本年度無。',
      why: 'held-out s30t (基隆市 2011 audit report): (二) of a list inside a paragraph whose (一) follows 包括 is no heading; the next heading (三) follows (二)',
    },
    {
      text: '(一)財務管理：核有：(一)部分計畫執行進度落後，允應檢討改善；(二)委託技術服務案件預算編列未臻嚴謹。\n(二)財產管理：核有欠妥。',
      why: 'held-out s30t: a list run into a heading\'s paragraph, from (一) after 核有：, does not move the headings on',
    },
    { text: '（14）建设改造城市快速路及主要道路300万平方米，完成24座城市危桥加固和重建。七是大气污染治理工程。（15）20万千瓦及以上燃煤发电机组要全部建成脱硫设施。（16）工业企业烟粉尘排放达标率达到90%以上。', why: 'held-out s30 (吉林 2014 report): an item that opens with a figure, （15）20万千瓦, is item 15, not an area code (an area code opens with 0)' },
    { text: '聯絡人：陳小姐，聯絡電話：（02）27747392，傳真電話：（02）87734134。', why: 'held-out s25 (FSC 2020 decision): a bracketed area code before the number is no list marker' },
    { text: '（一）帳戶監控：有①未監控；②未確實覆核；③未申報。\n（二）交易監控：有①未敘明現金交易之必要性；②未留存紀錄。', why: 'held-out s25 (FSC 2019, shortened): a circled ① right after 有 restarts the circled list' },
    { text: '◆ 賴盈吟老師簡介\n1.  畫家出生於台南新營。2.  5歲學琴\n3.  21歲完成台灣音樂教育學程\n4.  28歲取得奧地利維也納音樂學院音樂碩士文憑', why: 'held-out s25 (Tainan 2023): item 2. run into item 1.\'s line after spaces still counts' },
    {
      text: '第九条 申请从事水路运输的，应当具备下列条件：\n（一）有与经营范围相适应的船舶；\n（二）有必要的资金；\n（三）有相应的管理机构；\n（四）有符合规定的船员；\n（五）法律、法规规定的其他条件。\n开设水路货物运输或者旅客运输个体工商户，应当具备前款（一）、（三）、（四）、（五）项的条件。',
      why: 'held-out s25 (上海市水路运输管理条例): （一）、（三）… cite items of the list above, they are no items',
    },
    { text: '有前款第（一）、（四）、（五）、（六）、（十一）、（十二）项所列行为且情节严重的，可以责令停业整顿；其中有第（一）、（四）项和前款第（二）项所列行为的，依法处理。', why: 'held-out s25: cited items in a sentence' },
    {
      text: '19.“1+N”常态化帮扶政策体系：……\n20.2026年10件民生实事：加大重点群体就业创业支持力度……\n21.5+2就业之家：覆盖省、市、县、街道……\n22.“百羽争锋”：以全省100个县（市、区）为基础……',
      why: 'held-out 2026 Jiangxi report notes: 20. and 21. are glued to the figures their notes begin with',
    },
    { text: '1.5万名干部下沉一线。\n3.强化督导', why: 'a paragraph opening with a decimal starts no list' },
    {
      text: '9、藏区“三大民生工程”：即牧民定居行动、帐篷新生活行动和扶贫综合开发。\n10、2010年“十项民生工程”：即教育助学、劳动就业。\n11、两免一补：即在农村义务教育阶段免教科书费、免杂费。',
      why: 'round 36 untouched set (四川 2010 notes): 10、 glued to the year its note begins with keeps the count',
    },
    { text: '１、２月份，全市接报警情同比下降。\n３、强化督导', why: 'a paragraph opening with 1、2月 (January and February) starts no list' },
    { text: '一要压实责任，二要完善机制。构建目标、平台、项目、政策、改革、机制、督查考核“七要件”闭环运作体系。', why: 'round 36 untouched set (海南 2024): 七要件 is a noun (seven elements), not the seventh duty' },
    {
      text: '4.入室盗窃。本月环比上升6.52%，同比下降38.75%。5.盗窃电动车。本月环比下降11.63%，同比下降9.52%。\n6.盗窃车内财物。本月环比下降24.42%，同比下降23.53%。',
      why: 'held-out 2025 Xiamen police bulletin: item 5. is run into the paragraph of item 4., so 6. follows it',
    },
    { text: '一是加强领导；二是压实责任；三是强化督导。' },
    { text: '一是加强领导。\n二是压实责任。\n三是强化督导。', why: 'one item per paragraph' },
    {
      text: '首先，一条主线统领。\n其次，“一办九组”统筹。\n另外，“两个清单”统揽。同时，“三路督导”统管。',
      why: 'seed 004: 首先/其次/另外 across paragraphs',
    },
    { text: '首先，点线面结合。其次，全覆盖开展清查。另外，广泛动员。', why: 'seed 004 line 21' },
    { text: '这是全省第一次，也是第一批试点。', why: '第一次, 第一批 are not enumerations' },
    { text: '不断夯实社会稳定“第一道防线”。', why: 'seed 001: 第一道防线' },
    { text: '说一是一，说二是二。', why: 'an idiom, not an enumeration' },
    { text: '坚持统一是前提，唯一是要求。', why: '统一是, 唯一是' },
    { text: '一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（一）加强组织领导', why: 'GB/T 9704 levels: a new 一、 restarts （一）' },
    {
      text: '一、“十三五”和2020年工作回顾\n二、二〇三五年远景目标和“十四五”主要目标任务\n三、全力做好2021年工作',
      why: 'held-out s30e (黔东南 2021 report): 二、 before a year in Chinese digits (二〇三五年) is the heading 二、',
    },
    { text: '一、过去五年工作回顾\n二、2018年经济社会发展总体要求\n三、对2018年政府工作的建议', why: 'clean corpus (2018 State Council report): a digit after 、' },
    { text: '一、二年级学生全部参加。', why: '一、二年级 is not a heading' },
    { text: '在城区，一是加强巡逻，二是强化管控；在农村，一是加强走访，二是化解纠纷。', why: 'two lists in one paragraph, each from 一是' },
    { text: '第一，坚持党的领导。\n第二，坚持人民至上。' },
    { text: '（二）中途开始的节选\n（三）继续', why: 'the first number seen sets the scope' },
    { text: '1.加强组织\n2.压实责任\n（1）细化任务\n（2）明确时限\n3.强化督导', why: '（1） under 2. does not disturb 3.' },
    { text: '1. 第一项\n1. 第二项\n1. 第三项', why: 'Markdown lazy numbering restarts at 1', languageId: 'markdown' },
    { text: '具体包括：（1）加强领导；（2）压实责任；（3）强化督导。', why: 'an enumeration inside a paragraph' },
    { text: '第一、二季度经济平稳。', why: '第一、二季度' },
    { text: '全年共化解矛盾纠纷2784起，第一部曲是用1,000亿元。', why: '第一部曲' },
    { text: '第十六条　　新录用公务员有下列情形之一的，应当取消录用：\n（一）不履行或者不正确履行工作职责的；\n（二）在参加公务员录用考试中弄虚作假的；\n（三）在参加国家法定考试中有严重违纪违规行为的；\n（四）应当给予降级以上处分的；\n（五）受到刑事处罚的；\n（六）有公务员法规定的应予以辞退情形的；\n（七）法律、法规规定的其他情形。\n第十七条　　新录用公务员有公务员法第八十一条第（二）（三）（四）（五）款规定情形的，不得提出取消录用申请。', why: 'round 33 heldout-s33t (新录用公务员试用期管理办法): items cited run on, 第（二）（三）（四）（五）款, are no items after （七）' },
  ],
  invalid: [
    { text: '一是规模增长。“如今人数快速增加。”三是范围快速扩张。', why: 'round 35: after a quotation that ends a sentence, a skipped 二是 is still found', errors: [{ line: 1, column: 19, messageId: 'gap' }] },
    { text: '主要问题有：①资金拨付滞后；③项目管理不规范。', why: 'round 35: near the series numbers: circled items inside a sentence still run on', errors: [{ line: 1, column: 15, messageId: 'gap' }] },
    { text: '①加强资金管理。\n③规范项目建设（含续建项目）。', why: 'round 35: near the series numbers: a circled number opening a paragraph is an item, even when a bracket closes the paragraph', errors: [{ line: 2, column: 1, messageId: 'gap' }] },
    { text: '发展农业，一要靠执行稳定的农村政策和深化改革，二要靠推广和发展先进的农业科学技术，四要靠增加农业投入，增强农业发展后劲。', why: 'round 34, the 1989 report with 三要 renumbered: a skip in a 一要 list', errors: [{ line: 1, column: 42, messageId: 'gap' }] },
    { text: '发展农业，一要靠执行稳定的农村政策和深化改革，二要靠推广和发展先进的农业科学技术，二要靠增加农业投入，增强农业发展后劲。', why: 'round 34: a repeat in a 一要 list', errors: [{ line: 1, column: 42, messageId: 'repeat' }] },
    { text: '第十六条　　新录用公务员有下列情形之一的，应当取消录用：\n（一）不履行或者不正确履行工作职责的；\n（二）在参加公务员录用考试中弄虚作假的；\n（三）在参加国家法定考试中有严重违纪违规行为的；\n（四）应当给予降级以上处分的；\n（五）受到刑事处罚的；\n（六）有公务员法规定的应予以辞退情形的；\n（七）法律、法规规定的其他情形；（三）受到党纪处分的。', why: 'round 33: near 第（二）（三）…款: an item with text of its own after （七） is still a step back', errors: [{ line: 8, column: 17, messageId: 'repeat' }] },
    { text: '一、总体要求\n正文。\n二、五十五年来的经验\n正文。\n四、主要任务\n正文。', why: 'round 32: after the heading 二、五十五年来…, a skipped 三、 is still found', errors: [{ line: 5, column: 1, messageId: 'gap' }] },
    { text: '1.一般公共预算\n正文。\n３.国有资本经营预算\n正文。', why: 'a full-width digit after 1. that skips 2: found', errors: [{ line: 3, column: 1, messageId: 'gap' }] },
    { text: '一、市级收入情况\n正文。\n二、一般债券还本支出情况\n正文。\n四、上解上级支出项目情况\n正文。', why: 'a heading opening with 一般 counts, so 四、 after it is a gap', errors: [{ line: 5, column: 1, messageId: 'gap' }] },
    {
      text: '一、“十三五”和2020年工作回顾\n二、二〇三五年远景目标和“十四五”主要目标任务\n四、全力做好2021年工作',
      why: 'held-out s30e shape: after the heading 二、二〇三五年…, a skipped 三、 is still found',
      errors: [{ line: 3, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '(三)業務計畫之執行欠妥。\n(二)應收未收行政罰鍰未能積極催繳及清理。',
      why: 'without 其中 before it, (二) after the heading (三) is still a repeat',
      errors: [{ line: 2, column: 1, endColumn: 4, messageId: 'repeat' }],
    },
    {
      text: '仍待繼續改善，其餘(一)政府未償債務居高不下；(二)財政政策之執行成效未見提昇；(四)巨額欠稅清理方式未臻妥適。',
      why: 'the list after 其餘(一) is still checked from its second item on: (三) is missing',
      errors: [{ line: 1, column: 41, endColumn: 44, messageId: 'gap' }],
    },
    {
      text: '（七）遊艇之停靠收費標準有待檢討。據復：（一）將加強宣導；（二）適時增設周邊支援設施；\n（四）當檢討各漁港之功能與定位。',
      why: 'a paragraph that does not go on with the run-in list (（四） after （二）) is checked against the headings: （七） before it',
      errors: [{ line: 2, column: 1, endColumn: 4, messageId: 'repeat' }],
    },
    {
      text: '核有：(一)部分計畫執行進度落後；(三)委託技術服務案件預算編列未臻嚴謹。',
      why: 'a list inside a paragraph is still checked within the paragraph: (二) is missing',
      errors: [{ line: 1, column: 18, endColumn: 21, messageId: 'gap' }],
    },
    {
      text: '註：1.表列數據係依預算採合併報表編造。\n3.本表係採現金基礎。',
      why: 'notes after 註：1. are still checked: 2. is missing',
      errors: [{ line: 2, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '（1）做好统筹。（2）20万千瓦机组改造。（4）加快建设。',
      why: 'an item opening with a figure counts in the sequence: the gap after it is reported',
      errors: [{ line: 1, column: 22, endColumn: 25, messageId: 'gap' }],
    },
    {
      text: '甲、辦理匯款作業，有①未監控資金情形；③未確實覆核匯款委託書。',
      why: 'a circled list that starts after 有 is still checked: ② is missing',
      errors: [{ line: 1, column: 20, endColumn: 21, messageId: 'gap' }],
    },
    {
      text: '第九条 申请从事水路运输的，应当具备下列条件：\n（一）有与经营范围相适应的船舶；\n（三）有必要的资金。',
      why: 'items that open their paragraphs are still checked in a statute: （二） is missing',
      errors: [{ line: 3, column: 1, messageId: 'gap' }],
    },
    {
      text: '4.入室盗窃。本月环比上升6.52%，同比下降38.75%。\n6.盗窃车内财物。本月环比下降24.42%。',
      why: 'no 5. anywhere: still a gap',
      errors: [{ line: 2, column: 1, messageId: 'gap' }],
    },
    {
      text: '4.入室盗窃。本月环比上升6.52%。7.盗窃电动车。\n6.盗窃车内财物。',
      why: 'a run-in 7. that does not follow 4. keeps no count',
      errors: [{ line: 2, column: 1, messageId: 'gap' }],
    },
    {
      text: '一是加强领导；二是压实责任；四是强化督导。',
      errors: [{ line: 1, column: 15, endColumn: 17, messageId: 'gap', message: '序号跳号：缺“三是”（漏了一项，或“四是”应为“三是”）。' }],
    },
    {
      text: '一是加强领导；二是压实责任；二是强化督导。',
      errors: [{ line: 1, column: 15, messageId: 'repeat', message: '序号重复或倒退：上一项已是“二是”，此处“二是”应为“三是”。' }],
    },
    {
      text: '一是加强领导。\n三是压实责任。',
      why: 'the list goes on into the next paragraph',
      errors: [{ line: 2, column: 1, messageId: 'gap' }],
    },
    {
      text: '一、总体要求\n二、主要任务\n四、保障措施',
      errors: [{ line: 3, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '（一）指导思想\n（二）基本原则\n（二）工作目标',
      errors: [{ line: 3, column: 1, endColumn: 4, messageId: 'repeat', message: '序号重复或倒退：上一项已是“（二）”，此处“（二）”应为“（三）”。' }],
    },
    {
      text: '19.“1+N”帮扶政策体系\n20.2026年10件民生实事\n22.“百羽争锋”行动',
      why: 'a glued number keeps the count, so a real gap after it is still found',
      errors: [{ line: 3, column: 1, endColumn: 4, messageId: 'gap' }],
    },
    {
      text: '9、藏区工程。\n10、2010年工程。\n12、两免一补。',
      why: 'round 36: a number glued by 、 keeps the count, so a real gap after it is still found',
      errors: [{ line: 3, column: 1, endColumn: 4, messageId: 'gap' }],
    },
    {
      text: '1.加强组织\n2.压实责任\n4.强化督导',
      errors: [{ line: 3, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '（1）加强组织\n（3）压实责任',
      errors: [{ line: 2, column: 1, messageId: 'gap' }],
    },
    {
      text: '七是坚持民生至上\n多措并举促就业。\n将继续办好5件实事。一是实施学位工程。二是支持就业。三是建设养老中心。四是资助困难学生。五是实施复明工程。\n九是深化主动创安创稳',
      errors: [{ line: 4, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '七是坚持民生至上\n将继续办好3件实事。一是实施学位工程。二是支持就业。三是建设养老中心。\n五是推进农村改革',
      errors: [{ line: 3, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '首先，统一思想。其次，压实责任。其次，强化督导。',
      errors: [{ line: 1, column: 17, endColumn: 19, messageId: 'repeat' }],
    },
    {
      text: '第一，坚持党的领导。\n第三，坚持人民至上。',
      errors: [{ line: 2, column: 1, endColumn: 3, messageId: 'gap' }],
    },
    {
      text: '具体包括：（1）加强领导；（2）压实责任；（4）强化督导。',
      errors: [{ line: 1, column: 22, messageId: 'gap' }],
    },
    {
      text: '一是加强领导；二是压实责任；四是强化督导。',
      locale: 'en',
      errors: [{ line: 1, column: 15, message: 'Numbering skips "三是" (an item is missing, or "四是" should be "三是").' }],
    },
  ],
});

describe('sequence-numbering on the seeds', () => {
  it('finds nothing: 004’s 首先/其次/另外 and 001’s 第一道防线 are fine', () => {
    const found: string[] = [];
    for (const file of ['000_29043b7b8c76f442', '001_2d3a257640d335f2', '002_cd310873741f28c2', '003_667e9abcbbb289a2', '004_ad60cba661282f96']) {
      for (const f of findingsOf('sequence-numbering', readFileSync(`seeds/${file}.txt`, 'utf8'))) found.push(`${file}:${f.line}:${f.column}`);
    }
    assert.deepEqual(found, []);
  });
});

// Round 37 (s37-newtext): a chronology in Hong Kong news (heldout-s37a).
testRule('sequence-numbering', {
  valid: [
    {
      text: '5.2016年3月，全國政協委員提出方案。\n6.2016年4月13日，深港就此召開會議。\n換言之，一地兩檢是在多次研究後提出。\n1.2015年12月14日：時任律政司司長回應質詢。\n2.2016年1月8日：律政司發表聲明。\n3.2016年2月26日：時任運輸及房屋局局長回應。\n4.2016年6月27日：時任副局長回應。\n5. 政府以往原來曾多次在立法會說過有關安排。',
      why: 'heldout-s37a: a glued 1. before a year restarts the list after a paragraph of prose; 5. follows 4.',
    },
  ],
  invalid: [
    {
      text: '1.2015年12月14日：時任律政司司長回應質詢。\n2.2016年1月8日：律政司發表聲明。\n3. 政府提出方案。\n換言之，如此。\n1.2017年3月：甲。\n2.2018年1月：乙。\n3. 丙。\n5. 庚。',
      why: 'after the restart a gap is still found',
      errors: [{ line: 8, column: 1, messageId: 'gap' }],
    },
  ],
});

// Round 37 (s37-s37ufix): after the untouched reading. 云南 2009: (五) and (九) lost their opening bracket.
testRule('sequence-numbering', {
  valid: [
    {
      text: '（四）加快发展现代服务业。\n五)注重统筹兼顾，全面推进城镇化进程。\n努力完善城镇体系。\n（六）加强科技基础建设，提高自主创新能力。',
      why: '云南 2009: 五) keeps the count going, so （六） is no skip',
    },
    {
      text: '（八）重视社会事业，着力保障和改善民生。\n九）认真落实责任，切实抓好节能减排。\n（十）坚持与时俱进，大力加强精神文明和民主法制建设。',
      why: 'the same with a full-width closing bracket',
    },
  ],
  invalid: [
    {
      text: '（四）加快发展现代服务业。\n五)注重统筹兼顾。\n（七）加强科技基础建设。',
      why: 'after 五) the next heading must be （六）',
      errors: [{ line: 3, column: 1, messageId: 'gap' }],
    },
    {
      text: '（四）加快发展现代服务业。\n六)注重统筹兼顾。\n（六）加强科技基础建设。',
      why: 'a damaged marker that is not the next number is no item: （六） after （四） is still a skip',
      errors: [{ line: 3, column: 1, messageId: 'gap' }],
    },
  ],
});
