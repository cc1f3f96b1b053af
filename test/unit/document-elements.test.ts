import { testRule } from '../helpers/ruleTester';

// The head of a real notice (corpus: 2022 Baotou), as published.
const HEAD = '包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知\n包府办发〔2022〕43号\n各旗、县、区人民政府，稀土高新区管委会，市直有关部门：\n按照市政府2022年第4次常务会议要求，现将考评办法印发给你们，请认真贯彻执行。\n2022年4月14日';

testRule('document-elements', {
  valid: [
    {
      text: '中华人民共和国2000年国民经济和社会发展统计公报\n中华人民共和国国家统计局\n2001年2月28日\n2000年，各地区、各部门认真贯彻落实扩大内需的方针。\n注：1、本公报为初步统计数。\n2、香港和澳门特别行政区统计数据未包括在本公报中。',
      why: 'held-out s30 (NBS communiqué 2000, fresh sample c): title, issuer, date — the date under the issuer under the title is the release date; the notes 1、 2、 are no headings',
    },
    {
      text: '中华人民共和国国家统计局关于1996年国民经济和社会发展的统计公报\n1997年4月4日\n1996年，社会主义物质文明建设取得新的成就。\n各种运输方式完成的客货运输周转量如下：\n各类价格比上年上涨幅度(％)\n1、商品零售价格 6．1\n其中：城市 5．8\n2、居民消费价格 8．3',
      why: 'held-out s30 (NBS communiqués 1991–1996): the date under the title is the release date, not a 成文日期, and 各…如下： leads in to a table, it is no addressee: the text is no formal document, its numbered table rows are not headings',
    },
    { text: HEAD, why: 'corpus 2022 Baotou: a well-formed head' },
    { text: '安徽省推进“三地一区”建设领导小组改革开放新高地执行办公室\n（皖开放办〔2022〕6号）\n省有关单位：\n2022年3月23日', why: 'corpus 2022 Anhui: number in round brackets around the whole' },
    { text: '阿府办发〔2021〕21号\n各县（市）人民政府、州级各部门：\n阿坝州人民政府办公室\n2021年10月11日', why: 'corpus 2021 Aba: the signature line is not an addressee' },
    { text: '一、总体要求\n1、坚持问题导向。\n2024年03月08日召开会议。', why: 'not a formal document: no document number, addressee or date line' },
    {
      text: '各位代表：\n现在，我代表市人民政府向大会作工作报告，请予审议。\n一、2022年工作回顾\n1、“4567”现代产业体系：省第十三次党代会提出的产业体系。\n1.“六大提升行动”：核酸检测、流调溯源。',
      why: 'held-out s29 (七台河, 博尔塔拉 2023 reports): 各位代表： greets the deputies of a speech, no addressee; a work report is not a formal document',
    },
    { text: '各位委员：\n一、总体情况\n1、提案办理。', why: 'another salutation (各位委员) is no addressee either' },
    {
      text: '成都市政府工作报告\n2022年1月23日\n各位代表：\n一、今年工作安排\n1.推进城市轨道交通加速成网。',
      why: 'held-out s29 (成都 2022 report): a speech prints its date under its title; that line is no 成文日期 of a formal document',
    },
    { text: `${HEAD}\n一、考评对象\n（一）考评范围\n1.旗县区人民政府。\n（1）政务服务。\n二、考评内容\n（一）数据共享\n1.共享目录。`, why: 'every level in order: 一、（一）1.（1）' },
    {
      text: `${HEAD}\n二、重点任务\n（一）大力发展货物贸易\n1.扩大优势产品出口。\n21.加强法律咨询援助。\n三、保障措施\n22.加强组织领导。\n23.加强培训指导。`,
      why: 'corpus 2022 Anhui: 22. under 三、 continues one numbering through the document',
    },
    { text: `${HEAD}\n一、申报条件\n申报单位应当具备以下条件：\n1.具有独立法人资格。\n2.近三年无不良记录。`, why: 'a list introduced by a sentence ending in a colon belongs to that sentence' },
    { text: `${HEAD}\n一、考评对象\n1.旗县区人民政府。`, config: { rules: { 'document-elements': ['warn', { levelSkips: false }] } }, why: 'levelSkips: false where skipping a level is house style' },
    { text: `${HEAD}\n附件1\n1.考评细则`, why: 'an attachment page starts its own heading levels' },
    { text: `${HEAD}\n附件：1.考评细则\n2.评分标准\n附件1\n考评细则\n附件2\n评分标准`, why: 'each page titled as the list names it' },
    { text: `${HEAD}\n附件：1.考评细则\n2.评分标准\n附件1\n包头市数字政府建设考评细则`, why: 'a longer title than the list gives is not judged' },
    { text: `${HEAD}\n附件：1.考评细则\n2.评分标准\n附件2`, why: 'attachments numbered 1., 2. and 附件2 in the list' },
  ],
  invalid: [
    {
      text: '一、总体要求\n1、坚持问题导向。\n全年工作取得成效。\n某某市人民政府\n2024年3月8日',
      why: 'a date under a signature (not under a title) is a 成文日期: the text is formal and its headings are checked (the boundary of underTitle)',
      errors: [
        { line: 2, column: 1, endColumn: 3, messageId: 'arabicComma' },
        { line: 2, column: 1, endColumn: 3, messageId: 'levelSkipped' },
      ],
      output: '一、总体要求\n1.坚持问题导向。\n全年工作取得成效。\n某某市人民政府\n2024年3月8日',
    },
    {
      text: '各区人民政府、市政府各部门：\n一、总体要求\n1、坚持问题导向。',
      why: 'an addressee line naming bodies still makes the text formal (the boundary of the lead-in reading)',
      errors: [
        { line: 3, column: 1, endColumn: 3, messageId: 'arabicComma' },
        { line: 3, column: 1, endColumn: 3, messageId: 'levelSkipped' },
      ],
      output: '各区人民政府、市政府各部门：\n一、总体要求\n1.坚持问题导向。',
    },
    {
      text: '市政办（2024）第5号\n各位代表：\n2024年03月08日',
      why: 'a salutation does not make a text formal, but a document number still does, and then its date line is checked (the boundary of the salutation reading)',
      errors: [
        { line: 1, column: 4, endColumn: 13, messageId: 'docNumber' },
        { line: 3, column: 1, endColumn: 12, messageId: 'date' },
      ],
      output: '市政办〔2024〕5号\n各位代表：\n2024年3月8日',
    },
    {
      text: '包府办发[2022]043号\n各旗、县、区人民政府：',
      errors: [{ line: 1, column: 5, endColumn: 15, messageId: 'docNumber', text: '[2022]043号', message: '发文字号“[2022]043号”不规范：年份用六角括号〔〕，序号不编虚位、不加“第”（GB/T 9704-2012 7.2.4），应为“〔2022〕43号”。' }],
      output: '包府办发〔2022〕43号\n各旗、县、区人民政府：',
    },
    { text: '市政办（2024）第5号', errors: [{ line: 1, column: 4, endColumn: 13, messageId: 'docNumber' }], output: '市政办〔2024〕5号' },
    {
      text: '　　（包府办发[2022]043号）\n各旗、县、区人民政府：\n　　(1)材料报送。',
      why: 'each pattern is tried by the first character after the indent: an opening bracket still starts a document number',
      errors: [{ line: 1, column: 8, endColumn: 18, messageId: 'docNumber', text: '[2022]043号' }],
      output: '　　（包府办发〔2022〕43号）\n各旗、县、区人民政府：\n　　(1)材料报送。',
    },
    {
      text: '各旗、县、区人民政府：\n2022年04月14日',
      errors: [{ line: 2, column: 1, endColumn: 12, messageId: 'date', message: '成文日期“2022年04月14日”应用阿拉伯数字标全年、月、日，月、日不编虚位（GB/T 9704-2012 7.3.5.1），应为“2022年4月14日”。' }],
      output: '各旗、县、区人民政府：\n2022年4月14日',
    },
    { text: '包府办发〔2022〕43号\n二〇二二年四月十四日', errors: [{ line: 2, column: 1, endColumn: 11, messageId: 'date' }], output: '包府办发〔2022〕43号\n2022年4月14日' },
    // An addressee line of several bodies that does not start with 各, by each of its closing words (the ends are checked before the pattern).
    ...['区政府、市人民政府', '市直各部门、有关单位', '市委办公厅、市政府办公厅', '市教育局，市发展和改革委员会', '县直属机构、有关部门', '区政府、区政府办公室'].map((addressee) => ({
      text: `包府办发〔2022〕43号\n${addressee}\n现将考评办法印发给你们。`,
      errors: [{ line: 2, column: addressee.length + 1, endColumn: addressee.length + 1, messageId: 'addresseeColon' }],
      output: `包府办发〔2022〕43号\n${addressee}：\n现将考评办法印发给你们。`,
    })),
    {
      text: '包府办发〔2022〕43号\n各旗、县、区人民政府，稀土高新区管委会，市直有关部门\n现将考评办法印发给你们。',
      errors: [{ line: 2, column: 27, endColumn: 27, messageId: 'addresseeColon' }],
      output: '包府办发〔2022〕43号\n各旗、县、区人民政府，稀土高新区管委会，市直有关部门：\n现将考评办法印发给你们。',
    },
    {
      text: `${HEAD}\n一、考评对象\n（一）考评范围\n1、旗县区人民政府。`,
      errors: [{ line: 8, column: 1, endColumn: 3, messageId: 'arabicComma', text: '1、', message: '第三层标题序号“1、”应为“1.”（GB/T 9704-2012 7.3.3）。' }],
      output: `${HEAD}\n一、考评对象\n（一）考评范围\n1.旗县区人民政府。`,
    },
    {
      text: `${HEAD}\n一、考评对象\n1.旗县区人民政府。\n2.市直有关部门。`,
      why: 'on by default: 1. right under 一、, reported once per section',
      errors: [{
        line: 7, column: 1, endColumn: 3, messageId: 'levelSkipped', severity: 'info', text: '1.',
        message: '标题层次跳级：“1.”是第3层，但上一级“（一）”层未出现（GB/T 9704-2012 7.3.3：一、→（一）→1.→（1））。请补上“（一）”层标题，或把这一层改用“（一）”式序号。',
      }],
    },
    {
      text: `${HEAD}\n一、考评对象\n（一）考评范围\n1.旗县区人民政府。\n二、考评内容\n1.数据共享。\n三、考评方式\n（一）自评\n（1）材料报送。`,
      why: 'a skip among sections that use every level: 1. under 二、, （1） under （一）',
      errors: [{ line: 10, column: 1, endColumn: 3, messageId: 'levelSkipped' }, { line: 13, column: 1, endColumn: 4, messageId: 'levelSkipped', text: '（1）' }],
    },
    { text: `${HEAD}\n附件：2.考评细则\n3.评分标准`, errors: [{ line: 6, column: 4, endColumn: 5, messageId: 'attachmentNumber' }] },
    { text: `${HEAD}\n附件：1.考评细则\n2.评分标准\n附件3`, errors: [{ line: 8, column: 1, endColumn: 4, messageId: 'attachmentPage', message: '“附件3”在附件说明中没有对应的附件（附件说明只列了2个）。请在附件说明中补列，或核对附件序号。' }] },
    {
      text: `${HEAD}\n附件：1.考评细则\n2.评分标准\n附件1\n评分标准\n附件2\n考评细则`,
      why: 'the pages are numbered the other way round from the list',
      errors: [
        { line: 8, column: 1, endColumn: 4, messageId: 'attachmentTitle', message: '“附件1”的标题“评分标准”在附件说明中是附件2，序号不一致（GB/T 9704-2012 7.3.4）。请统一附件说明与附件页的序号。' },
        { line: 10, column: 1, endColumn: 4, messageId: 'attachmentTitle' },
      ],
    },
  ],
});
