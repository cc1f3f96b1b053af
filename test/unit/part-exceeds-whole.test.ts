import { testRule } from '../helpers/ruleTester';

testRule('part-exceeds-whole', {
  valid: [
    // Round 34 (eval:inject's part-over-whole): the real sentences before their figures were changed.
    { text: '积极推进保障性安居工程，农村住房开工109.4万户，其中建成56.3万户；城镇住房开工7.2万户，其中建成1.2万户。', why: '四川 2008 report: each 其中 within its whole' },
    { text: '全年新增规模以上加工企业20家，总量达到450家，其中国家和自治区级龙头企业180家。', why: '宁夏 2011 report: 180 of 450' },
    { text: '完成51个乡镇区划调整的审核上报，29个获得省政府批准，其中完成12个乡镇撤并工作。', why: 'held-out cities (黔东南 2014): 12 of 29' },
    { text: '全国338个市（地）级以上城市，除10个经批准可以不建以外，其他都建立了有形建筑市场，其中220个已经与行政主管部门脱钩。', why: 'round 32 heldout-s32n (lawtext/cpc, 中央纪委 2002 report): the count set aside by 除…以外 is no whole of 其中' },
    { text: '县域经济实力继续增强，地方财政收入过10亿元的县（市、区）达到81个，其中过20亿元的40个，过30亿元的21个，龙口、邹平、寿光、滕州、诸城5个县（市）超过40亿元。', why: 'held-out s31f (山东 2012 report): 过20亿元的 after 其中 is a bar naming a class of counties, not a part of 10亿元' },
    { text: '全市规模以上工业企业达到1200家，其中主营业务收入超过100亿元的8家、50亿元以上的15家。', why: 'bars after 其中 (超过…的, …以上的) name classes of the units counted' },
    { text: '一、同意转用、征收集体所有农用地99.2669公顷（其中耕地86.9394公顷），征收集体所有建设用地1.3360公顷，转用国有农用地0.2816公顷（其中耕地0.1638公顷）、未利用地1.0666公顷。', why: 'ECSpell odw (a land-use approval): the parts of a 其中 in brackets end at the closing bracket; 未利用地 is another item' },
    { text: '经市人大常委会批准，市级政府债务限额78.2亿元（其中：开发区6.4亿元），其中：一般债务50.3亿元，专项债务27.9亿元。', why: 'held-out s31k (驻马店 2018 budget report): a figure in brackets closed before 其中 is a note on the limit, not the whole' },
    { text: '2020年市级需要还本付息25.9亿元（还本14.8亿元，付息11.1亿元），其中：一般债券还本付息16.1亿元（还本10.2亿元，付息5.9亿元）。', why: 'held-out s31k (周口 2019 budget report): the brackets after the whole break down the whole; 其中 divides 25.9亿元' },
    { text: '（1）全州地方一般公共预算收入完成148.2亿元，为预算数的103.6%，同比增长5.6%，增收8.2亿元，其中：税收收入完成90.5亿元，同比增长5.2%。全州支出预算数为297亿元，同比增长2%，增支5.9亿元，其中：保基本民生支出预算数为103亿元。', why: 'held-out s31k (红河 2025 budget report): 增收 and 增支 are changes like 增加, not the whole' },
    { text: '2025年市级预算单位对55个新增项目开展事前绩效评估；对所有项目支出和部门整体支出编制绩效目标并开展绩效自评价，财政部门对其中219个项目组织开展再评价和重点评价。', why: 'held-out s31k (苏州 2025 budget report): 对其中 is among what the clause just named (所有项目), not the count beyond the semicolon' },
    { text: '城市低保月保障标准提高到348.53元，农村低保年保障标准提高到1810元，其中农村鳏寡孤独和无劳动能力人群年保障标准提高到2300元，农村房屋灾害保险提高到2万元以上。', why: 'held-out s30c (黔东南 2014 report): a whole that is a standard (a rate per person) is no total; a group after 其中 may have a higher one' },
    { text: '五年内，国家拨付的近一四·四亿元的社会救济费，其中有一〇·六亿元将用于救济受自然灾害侵袭而在生产上生活上发生困难的农民。', why: 'held-out s30 (一五计划 1953): numbers written digit by digit with · as decimal point (一〇·六亿元 is 10.6亿元): 六亿元 is no number of its own' },
    { text: '五年内，将新建干线和支线约四、〇八四公里，其中干线约三、二八四公里，主要的有以下八条：', why: 'held-out s30 (一五计划 1953): 、 as thousands separator (三、二八四公里 is 3,284 km): 二八四公里 is no number of its own' },
    { text: '新开工第四期项目44公里，推进TOD综合开发，力争城市轨道交通运营和在建里程实现“850＋”、其中运营里程突破500公里。', why: 'held-out (2022 city report): 其中 divides the quoted target 850+, whose unit is left to the reader, not 44公里' },
    {
      text: '今年上半年，全国纪检监察系统共接收涉及纪检监察干部问题线索或反映2.02万余件次，处置涉及纪检监察干部问题线索1.87万余件，谈话函询纪检监察干部6647人次，立案纪检监察干部2482人，处分1647人，移送司法机关73人，其中，处分厅局级干部54人、县处级285人。',
      why: 'held-out s28c (新闻联播 2023): the parts begin with 处分, the word of an earlier count (处分1647人): their whole, not the nearest 73人',
    },
    {
      text: '首次移師啟德體育園主場館舉行的香港國際七人欖球賽，三日賽事共有超過11萬名本地及海外觀眾參加，其中周日賽事有38352人入場。',
      why: 'held-out s25 (RTHK 2025): the whole is 超過11萬名 (名 and 人 count the same people), not 七人 in the match\'s name',
    },
    {
      text: '从警情构成看，灭火和抢险救援占出警的一半以上。其中，火灾扑救83.7万起、占总数的34.3%，抢险救援44.2万起、占总数的18.1%；另外，参与社会救助85.8万起、安保勤务14.3万起；其中全年共处置虚假警16.4万起。',
      why: 'held-out 2026 fire-service release: 其中 after a 、 list of like counts takes in the list (85.8万 + 14.3万), not its last item alone',
    },
    { text: '我們看到宏都拉斯15位大法官中，女性就佔了8位，下一站薩爾瓦多我們也特別去拜訪，其中15位大法官中，女性佔了3分之1，一共有5位之多。', why: 'held-out Presidential Office 2007: 其中15位大法官中 opens a new whole' },
    { text: '他與自行車可謂結下不解之緣，曾參觀3個展覽，其中16歲時曾騎自行車繞北部海岸一周花了12個小時。', why: 'held-out Presidential Office 2009 (shortened): 其中16歲時 is a moment, not a part' },
    {
      text: '2021年,全市治安部门共抓获黄赌违法犯罪嫌疑人3323人,同比上升7%;其中刑事拘留612人、逮捕386人,分别同比上升31%、60%。',
      why: 'seed 000 line 29',
    },
    { text: '共抓获320人，其中涉案金额350万元。', why: 'different units' },
    { text: '共抓获300余人，其中刑事拘留320人。', why: 'an approximate whole' },
    { text: '从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。', why: 'clean corpus (2007): an average is not a total' },
    { text: '就业人数比上年增加120万人，其中城镇新增就业1300万人。', why: 'a change is not a total' },
    { text: '共打掉团伙20个，其中黑社会性质组织2个，抓获嫌疑人300人。', why: 'the part clause ends at the comma' },
    { text: '投入资金5亿元，其中财政资金8000万元。', why: '万 and 亿 compared in base units' },
    { text: '本年度共有3 000名學生，其中2 500名為本地學生。', why: 'digit groups separated by spaces (Hong Kong, GB/T 15835) are one number, not 000 (issue 13)' },
    { text: '全港人口約7 503 100人，其中約2 358人受影響。', why: 'spaced groups on both sides' },
    { text: '全港有長者1 235 000人，其中獨居長者158 000人。', why: 'Hong Kong digit groups (GB/T 15835 spacing): 1 235 000 is one number, not 000' },
    { text: '全市常住人口12 345 678人，其中城镇人口8 765 432人。', why: 'space-grouped digits in simplified text' },
    {
      text: '全年全县财政总收入222827万元，同比增长9.6%，一般公共预算收入97092万元，增长0.9%，其中税收收入190268万元，增长10.5%，财政收入32559万元。',
      why: 'held-out (2019 county communiqué): the parts after 其中 make 222827万元, the total named first in the sentence',
    },
    { text: '今年1月至7月刑事案件發生數有2萬3551件，其中以違反公共危險罪有4408件最多，竊盜3218件居次。', why: 'held-out (Taipei statistics): 2萬3551件 is 23551件' },
    {
      text: '有1636宗貪污投訴屬可追查，去年共檢控207人，包括16名公務員，其中有119人被定罪。',
      why: 'held-out s26 (RTHK 2025-03-03, ICAC figures): 16名 is a subset named with 包括; 其中 reaches back to the 207人 charged',
    },
  ],
  invalid: [
    { text: '积极推进保障性安居工程，农村住房开工109.4万户，其中建成56.3万户；城镇住房开工7.2万户，其中建成9.2万户。', why: 'round 34, 四川 2008 with its last figure changed: 建成 names no earlier whole here — the earlier 建成56.3万户 is itself a part after 其中', errors: [{ line: 1, column: 54, messageId: 'exceeds', text: '9.2万户' }] },
    { text: '全年新增规模以上加工企业20家，总量达到450家，其中国家和自治区级龙头企业880家。', why: 'round 34, 宁夏 2011 with its part changed: a total reached (达到) is a whole, not a change', errors: [{ line: 1, column: 39, messageId: 'exceeds', text: '880家' }] },
    { text: '两年新增4万亿元投资，其中中央财政投资5.26万亿元。', why: 'round 34: a count of new things (新增) is a whole; the part is beyond what rounding 4万亿 allows', errors: [{ line: 1, column: 20, messageId: 'exceeds', text: '5.26万亿元' }] },
    { text: '全国138个城市，除10个经批准可以不建以外，其他都建立了有形建筑市场，其中220个已经与行政主管部门脱钩。', why: 'round 32: past the count set aside, the whole before it is still checked', errors: [{ line: 1, column: 39, messageId: 'exceeds', text: '220个' }] },
    { text: '全市建成10个市场，其中220个已经脱钩。', why: 'round 32: a count not set aside by 除…以外 is the whole', errors: [{ line: 1, column: 13, messageId: 'exceeds', text: '220个' }] },
    { text: '县域经济实力继续增强，地方财政收入过10亿元的县（市、区）有81个，其中过20亿元的90个。', why: 'the count of the class (90个) still may not exceed the count of units (81个)', errors: [{ line: 1, column: 43, messageId: 'exceeds', text: '90个' }] },
    { text: '全市投入资金10亿元，其中过去的项目资金20亿元。', why: 'a figure after 其中 that is no bar (过去…) is still a part', errors: [{ line: 1, column: 21, messageId: 'exceeds', text: '20亿元' }] },
    { text: '转用国有农用地0.2816公顷（其中耕地0.3638公顷）、未利用地1.0666公顷。', why: 'a part inside the brackets that exceeds the whole: still found', errors: [{ line: 1, column: 21, messageId: 'exceeds', text: '0.3638公顷' }] },
    { text: '市级政府债务限额78.2亿元（其中：开发区6.4亿元），其中：一般债务80.3亿元。', why: 'the whole outside the brackets is still checked', errors: [{ line: 1, column: 36, messageId: 'exceeds', text: '80.3亿元' }] },
    { text: '全州地方一般公共预算收入完成48.2亿元，同比增长5.6%，其中：税收收入完成90.5亿元。', why: 'a budget total without a change before 其中 is still the whole', errors: [{ line: 1, column: 40, messageId: 'exceeds', text: '90.5亿元' }] },
    { text: '市级预算单位对55个新增项目开展事前绩效评估，财政部门对其中219个项目组织开展再评价。', why: 'a prepositional 其中 in the clause of its whole (no semicolon between) is still checked', errors: [{ line: 1, column: 31, messageId: 'exceeds', text: '219个' }] },
    {
      text: '全年发放救助资金1810万元，其中农村低保资金2300万元。',
      why: 'a total of money, no standard: still reported (the boundary of the standard whole)',
      errors: [{ line: 1, column: 24, endColumn: 30, messageId: 'exceeds' }],
    },
    {
      text: '全年完成投资四亿元，其中基础设施六亿元。',
      why: 'Chinese numerals with no separator before them are numbers still: 六亿 > 四亿 is reported (the boundary of the digit-by-digit reading)',
      errors: [{ line: 1, column: 17, endColumn: 20, messageId: 'exceeds' }],
    },
    {
      text: '参加培训的有二、三千人，其中技术人员四千人。',
      why: 'after 、 only a group of three digits is a thousands group: 二、三千人 is a range, and 四千 > 三千 is still reported',
      errors: [{ line: 1, column: 19, endColumn: 22, messageId: 'exceeds' }],
    },
    {
      text: '力争运营里程实现“850＋”，今年新开工项目44公里，其中地铁线路50公里。',
      why: 'a quoted target before the whole is not what 其中 divides: 50 > 44 is still reported',
      errors: [{ line: 1, column: 34, endColumn: 38, messageId: 'exceeds' }],
    },
    {
      text: '处分1647人，移送司法机关73人，其中，移送厅局级干部85人。',
      why: 'the parts name the nearest count (移送): 85 > 73 is still reported',
      errors: [{ line: 1, column: 29, endColumn: 32, messageId: 'exceeds' }],
    },
    {
      text: '去年共檢控207人，包括16名公務員，其中有219人被定罪。',
      why: 'a subset named with 包括 lets 其中 reach back, but 219人 exceeds the 207人 before it too',
      errors: [{ line: 1, column: 23, messageId: 'exceeds', text: '219人' }],
    },
    {
      text: '全年共抓获犯罪嫌疑人320名，其中刑事拘留350人。',
      why: '名 and 人 are one kind of count: the part above its whole is still found',
      errors: [{ line: 1, column: 22, endColumn: 26, messageId: 'exceeds', text: '350人' }],
    },
    {
      text: '参与社会救助5.8万起、安保勤务4.3万起；其中全年共处置虚假警16.4万起。',
      why: 'the part exceeds the whole list too (5.8万 + 4.3万)',
      errors: [{ line: 1, column: 33, messageId: 'exceeds', text: '16.4万起' }],
    },
    { text: '今年1月至7月刑事案件發生數有2萬3551件，其中竊盜案有24408件。', why: '24408 > 23551', errors: [{ line: 1, column: 30, messageId: 'exceeds', message: '分项超过总数：“其中”后的“24408件”大于总数“2萬3551件”。请核对分项或总数。' }] },
    {
      text: '全年受理案件500起，破获案件320起，其中盗窃案件350起，同比增长5%。',
      why: 'one part: no list adds up to the earlier 500起, so the nearest whole holds',
      errors: [{ line: 1, column: 27, endColumn: 31, messageId: 'exceeds', text: '350起' }],
    },
    {
      text: '全年财政总收入222827万元，一般公共预算收入97092万元，其中税收收入190268万元，非税收入30000万元。',
      why: 'the parts (220268万元) make no total of the sentence: still a part above its whole',
      errors: [{ line: 1, column: 39, messageId: 'exceeds', text: '190268万元' }],
    },
    {
      text: '共抓获320人，其中刑事拘留350人。',
      errors: [{
        line: 1, column: 15, endColumn: 19, messageId: 'exceeds', text: '350人',
        message: '分项超过总数：“其中”后的“350人”大于总数“320人”。请核对分项或总数。',
      }],
    },
    {
      text: '全市共抓获黄赌违法犯罪嫌疑人323人;其中刑事拘留612人、逮捕386人。',
      errors: [{ line: 1, column: 26, endColumn: 30, text: '612人' }, { line: 1, column: 33, endColumn: 37, text: '386人' }],
    },
    { text: '本年度共有3 000名學生，其中3 500名為本地學生。', why: 'spaced groups compared as whole numbers', errors: [{ line: 1, column: 17, endColumn: 23, text: '3 500名' }] },
    {
      text: '投入资金5000万元，其中财政资金0.8亿元。',
      why: 'figures in different scales: the part is also given in the whole\'s (round 35: no raw 80000000 > 50000000)',
      errors: [{ line: 1, column: 18, endColumn: 23, text: '0.8亿元', message: '分项超过总数：“其中”后的“0.8亿元”（即8000万元）大于总数“5000万元”。请核对分项或总数。' }],
    },
    {
      text: '项目总投资161万元，其中5亿元用于基础设施建设。',
      errors: [{ line: 1, column: 14, text: '5亿元', message: '分项超过总数：“其中”后的“5亿元”（即50000万元）大于总数“161万元”。请核对分项或总数。' }],
    },
    {
      text: '全年一般公共预算支出1.2亿元，其中民生支出15000万元。',
      errors: [{ line: 1, column: 23, text: '15000万元', message: '分项超过总数：“其中”后的“15000万元”（即1.5亿元）大于总数“1.2亿元”。请核对分项或总数。' }],
    },
    {
      text: '全市共有志愿者3000人，其中青年志愿者5万人。',
      errors: [{ line: 1, column: 21, text: '5万人', message: '分项超过总数：“其中”后的“5万人”（即50000人）大于总数“3000人”。请核对分项或总数。' }],
    },
    {
      text: '全區共有長者2 358人，其中獨居長者3 000人。',
      why: 'space-grouped digits are read whole: 3 000 > 2 358',
      errors: [{ line: 1, column: 20, endColumn: 26, text: '3 000人' }],
    },
    { text: '全年立案1365宗,其中破案1707宗。', why: 'traditional-style punctuation', errors: [{ line: 1, column: 15, endColumn: 20, text: '1707宗' }] },
  ],
});
