import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toFileResult } from '../../server/src/cli/results';
import { lintDocument } from '../../server/src/engine';
import json from '../../server/src/formatters/json';
import sarif from '../../server/src/formatters/sarif';
import { onlyRule } from '../helpers/ruleTester';
import { testRule } from '../helpers/ruleTester';

const REPORT = [
  '一、总体情况',
  '2023年，全市公安机关深入推进平安建设，全年共立案408起，破案率51.8%。',
  '二、主要工作',
  '打击电信网络诈骗犯罪成效明显，全年立案418起，破案率52.8%。',
].join('\n');

testRule('figure-consistency', {
  valid: [
    // Round 36 (heldout-s36b, People's Daily 2020-05-31, the 2020 budget report): a period after 与 that its clause compares with.
    { text: '（一）2019年一般公共预算收支情况。\n全国一般公共预算收入190382.23亿元，为预算的98.9%，比2018年增长3.8%。\n二、2020年中央和地方预算草案\n（四）2020年一般公共预算收入预计和支出安排。\n中央预备费500亿元，与2019年预算持平。\n汇总中央和地方预算，全国一般公共预算收入180270亿元，下降5.3%。', why: 'round 36 heldout-s36b (2020 budget report): 与2019年预算持平 is a comparison base, the 2020 section goes on' },
    { text: '2020年安排资金600亿元。\n全国一般公共预算支出247850亿元，同2019年相比有所增加。\n2019年，全国一般公共预算支出238874.02亿元。', why: 'a period after 同 that 相比 closes: base of the comparison, not the period of the next figure' },
    // Round 34: figures in 公里, 平方米, 美元… are compared too; another period is still another figure.
    { text: '2023年，全市改造雨污分流管网149公里，全面完成工作任务。\n2024年，全市改造雨污分流管网180公里。', why: 'the same measure in km in two years: two figures' },
    { text: '全市改造雨污分流管网149公里，全面完成“两个清零、一个提标”工作任务。\n全市改造雨污分流管网149公里。', why: 'held-out cities (菏泽 2024): one figure in km said twice alike' },
    { text: '（一）一般公共预算\n全市地方一般公共预算收入预计完成（以下简称完成）192.68亿元，比2024年增长0.31%；加上上级补助等转移性收入561.86亿元，收入合计754.54亿元。一般公共预算支出602.56亿元，加上上解上级等转移性支出74.77亿元、结转下年77.21亿元，支出合计754.54亿元，当年收支平衡（详见附件1）。\n市级地方一般公共预算收入完成76.39亿元，比2024年下降5.09%；加上上级补助等转移性收入183.03亿元，收入合计259.42亿元。一般公共预算支出119.72亿元，加上上解上级等转移性支出110.79亿元、结转下年28.91亿元，支出合计259.42亿元，当年收支平衡（详见附件2）。', why: 'held-out s31k (常德 2025 budget report): 一般公共预算支出…加上…支出合计 of the city level, named in the sentence before (市级), once 当年 no longer separates the two' },
    { text: '支持全域提升城市生活品质。全市共投入19.38亿元，用于城镇污水处理服务，促进污水处理提质增效。全市共投入14.01亿元，用于公交运营服务补贴。\n全市投入2.3亿元，加大助学力度。\n连同中央、省级资金，全市投入3.63亿元，全面落实育儿补贴政策。', why: 'held-out s31k2 (东莞 2025 budget report): money put in (投入/安排) by a bare scope names its object in the purpose after it' },
    { text: '一、2025年预算执行情况\n全市一般公共预算收入51亿元，当年收支平衡。\n全市政府性基金预算收入134839万元，为预算的98%。\n二、2026年预算草案\n全市一般公共预算收入53亿元，当年收支平衡。\n全市政府性基金预算收入380831万元，上级补助收入723万元。', why: "held-out s31k2 (朝阳 2025 budget report): 当年收支平衡 names no period; the 2026 draft's figure is 2026's, not the execution's" },
    { text: '（三）全市收支预算草案\n4.社会保险基金预算\n社会保险基金预算收入拟安排92.15亿元，上年结转67.20亿元，收入总计159.35亿元；社会保险基金预算支出拟安排86.35亿元，滚存结余73亿元，支出总计159.35亿元。\n（四）市本级收支预算草案\n4.社会保险基金预算\n社会保险基金预算收入拟安排43.60亿元，加上年结转23.04亿元，收入总计66.64亿元；社会保险基金预算支出拟安排42.95亿元，滚存结余23.69亿元，支出总计66.64亿元。', why: 'held-out s31k2 (安康 2025 budget report): 支出总计 under (三)全市 and (四)市本级: the whole heading path, not only 4.社会保险基金预算' },
    { text: '（四）国有资本经营预算收支情况。全市国有资本经营预算收入440万元，加上转移支付、上年结余等收入总量为499万元。支出总量为499万元。市本级国有资本经营预算收入320万元，加上转移支付、上年结余等收入总量为326万元。支出总量为326万元。', why: 'held-out s31k2 (固原 2025 budget report): 支出总量为… opening its sentence totals what the sentence before named (全市 / 市本级)' },
    { text: '1.全市一般公共预算。2025年，全市一般公共预算支出完成212.71亿元。\n五年来，全市一般公共预算收入从2021年的28.6亿元增长到2025年的31.99亿元，全市一般公共预算支出累计完成1007.41亿元，年均增长3.7%。', why: 'held-out s31k2 (中卫 2025 budget report): 累计完成… with 年均增长 after it is a five-year total' },
    { text: '开展市重点项目资金专项检查；完成对全市63家行政事业单位及国有企业会计信息质量检查；完成对全市5563家一级、二级预算单位预决算公开检查，持续打造“阳光财政”。', why: 'round 31 post-fix check (郑州 2025 budget report): 对全市 + a count of what follows the number, two checks' },
    { text: '1.一般公共预算。2025年全市一般公共预算收入1296.87亿元，加上上级补助等转移性收入495.67亿元，收入合计1792.54亿元。\n市级一般公共预算收入76.39亿元，比2024年下降5.09%；加上上级补助等转移性收入183.03亿元，收入合计259.42亿元。', why: 'held-out s31k (常德 2025 budget report): a sum after 加上… totals the budget its chain started from (全市 vs 市级)' },
    { text: '全市国有资本经营预算收入34.3亿元，同比增长167.4%。加上上级补助收入0.2亿元，上年结余1.5亿元，收入总计为36.0亿元。\n市本级国有资本经营预算收入8.4亿元，同比增长74.7倍。加上上级补助收入0.2亿元，上年结余0.4亿元，收入总计为9.0亿元。', why: 'held-out s31k (盘锦 2025 budget report): the 加上 sentence belongs to the sentence before it' },
    { text: '1.一般公共预算。全市收入完成220.6亿元，增长3.3%，支出完成520.5亿元。\n2.政府性基金预算。全市收入完成87.9亿元，增长10.5%，支出完成202.9亿元。', why: 'held-out s31k (周口 2025 budget report): a bare 收入/支出 counts what the paragraph\'s own heading names' },
    { text: '2025年，全市一般公共预算收入总计815.6亿元。\n2025年，全市一般公共预算收入215.1亿元，可比增长6.9%。', why: 'held-out s31k (湛江 2025 budget report): 收入总计 adds transfers to 收入: two figures' },
    { text: '拥有普通高等学校8所，全年招生4.83万人，在校生15.09万人。中等职业技术学校57所，全年招生3.37万人，在校生9.56万人。', why: 'held-out s31k (南阳 2025 communiqué): each school type\'s 全年招生 after its count of schools' },
    { text: '共有城市低保对象20646人，全年累计发放资金8419.2万元；共有农村低保对象61694人，全年累计发放资金19630.2万元。', why: 'held-out s31k (许昌 2025 communiqué): city and rural 低保 each have their own 全年累计发放资金' },
    { text: '全年累计批复预算评审项目58个，节约5.4亿元，核减率达13.6%。累计完成工程结算评审项目51个，节约6.3亿元，核减率达16.7%。', why: 'held-out s31k (海口 2025 budget report): a rate after a figure that is no whole (节约5.4亿元) is that figure\'s rate' },
    { text: '全市筹措资金1.2亿元，落实公益性岗位等就业创业补贴政策。\n全市筹措资金23.2亿元，支持高标农田、粮食安全等项目建设。', why: 'held-out s31k (盘锦 2025 budget report): money raised for a purpose named after it' },
    { text: '2025年，全市一般公共预算收入完成38.9亿元。\n“十四五”时期，全市一般公共预算收入累计完成169.7亿元，比“十三五”时期增长25.6％。', why: 'held-out s31k (张掖 2025 budget report): a five-year plan\'s period is not the year\'s' },
    { text: '二、2026年预算草案\n全市一般公共预算收入8670亿元，比2025年执行数增长2%。全市一般公共预算支出10300亿元，增长3.2%。\n一、2025年预算执行情况\n2025年，全市一般公共预算支出9976亿元。', why: 'held-out s31k (上海 2025 budget report): 比2025年执行数 is the base of a comparison, not the period of the budget' },
    {
      text: '认真办理人大议案，办理人大代表建议797件，办结率100%，满意和基本满意率99.7%；办理代表走访选民建议311件，办结率100%，满意和基本满意率100%；办理政协提案1663件，办结率100%，满意和基本满意率99.3%。',
      why: 'held-out s30c (十堰 2016 report): each rate belongs to the count of its sentence, however many rates stand between: three quantities',
    },
    {
      text: '其中，超长期特别国债，20年期500亿元，利率为1.98%；30年期710亿元，利率为1.88%；资金用于支持“两重”“两新”。中央金融机构注资特别国债，5年期1650亿元，利率为1.45%，用于支持国有大型商业银行补充核心一级资本。',
      why: 'held-out s28c (新闻联播 2025): each rate belongs to its bond, named with a number (20年期, 30年期, 5年期): three quantities',
    },
    { text: '全年共立案408起，破案率51.8%。\n全年立案408起，破案率51.8%。', why: 'the same figures twice agree' },
    {
      text: '全市1372个市、县、乡、村公共文化场馆全部免费开放。\n全市6个省级开发区实现产值230亿元。',
      why: 'held-out s29 (亳州 2016 report): 全市 alone names nothing; what is counted follows the number (场馆, 开发区): two things',
    },
    {
      text: '城镇居民人均可支配收入才到全国的76.5%、全省的88.8%。\n农村居民人均可支配收入才到全国的86.5%、全省的91.2%。',
      why: 'held-out s29 (滁州 2016 report): 全省的91.2% is a share of the province\'s figure, each of its own indicator',
    },
    {
      text: 'GDP增速高于全国3.7个百分点、全省2.4个百分点，规模以上工业增加值增长14.6%。\n常住人口城镇化率仅为46.83%，低于全国18.39个、全省4.89个百分点。',
      why: 'held-out s29 (楚雄 2023 report): gaps in percentage points (全省2.4个百分点, 全省4.89个百分点) are differences of two indicators, not figures of 全省',
    },
    {
      text: '全年GDP增长11.6％，排名全省第一；总量1912.4亿元，排名全省第五。一般公共预算收入增长38.6％，排名全省第一；总量201.3亿元，6个县（市、区）中4个进入全省前十。',
      why: 'held-out s29 (晋城 2022 report): 总量 right after a semicolon totals the indicator named before it (GDP, the budget revenue): two totals',
    },
    {
      text: '恒基地產公布，去年盈利約8.1億元，按年跌20%。派末期息每股0.36元，全年派息0.51元，按年減少15%。\n長江基建公布，去年盈利約80億元，按年升2.3%。派末期息每股1.86元，全年派息1.4元。',
      why: 'held-out s25 (RTHK 2025 results news): figures per share (每股) are each company\'s own, not one total stated twice',
    },
    { text: '2022年，全年立案400起。\n2023年，全年立案418起。', why: 'another year is another quantity' },
    { text: '全年共立案408起。\n上年全年立案418起。', why: 'last year is another quantity' },
    { text: '全年共立案408起。\n全年立案同比减少418起。', why: 'a clause with 同比 compares: not a restatement' },
    { text: '全年共立案408起，其中，全年立案418起的……', why: 'a part after 其中 is another quantity' },
    { text: '全市共立案408起。\n全区共立案418起。', why: 'another place is another quantity' },
    { text: '全年共立案408起。\n全年共立案418人。', why: 'another unit is another quantity' },
    { text: '破案率51.8%。\n力争破案率达到60%。', why: 'a target' },
    { text: '全年共立案408起。\n全年共立案400余起。', why: 'an estimate' },
    {
      text: '2022年上半年，全市共立案400起。\n2022年下半年，十月份工作推进中，前一个阶段，全市共立案418起。',
      why: 'another half-year: the period is the last one named before the figure, past runs of period characters that name none (十月, 前一个)',
    },
    { text: '2022年第一季度，全市共立案400起。\n第二季度，全市共立案418起。', why: 'another quarter' },
    {
      text: '2022年上半年，全市共立案400起，2022年下半年，全市共立案418起。',
      why: 'a period named between two figures of one paragraph holds for the second (the period found for the first is not reused)',
    },
    { text: '固定资产投资增长4%、高于全国0.8个百分点，社会消费品零售总额增长4.3%、高于全国0.6个百分点。', why: 'corpus: differences from the national figure' },
    {
      text: '一季度农村地区共发生火灾7.5万起，占总数的42.2%，仍是火灾多发地区；其次为县城集镇，共发生火灾5.5万起，占总数的30.8%；城市火灾相对较少，共发生火灾3.8万起，占总数的21.3%。',
      why: 'held-out (fire statistics): each 共发生火灾 totals the place its sentence names, and 占总数的 is a share of that place',
    },
    {
      text: '税务部门完成13,866万元，占一般公共预算收入的48.51%；财政部门完成14,717万元，占一般公共预算收入的51.49%。',
      why: 'held-out (county budget report): shares of two parts; 公共 holds no 共 (total)',
    },
    {
      text: '1.全国一般公共预算。\n全国一般公共预算收入183351.84亿元。加上补充中央预算稳定调节基金1018.54亿元，支出总量为221924.61亿元。\n2.中央一般公共预算。\n中央一般公共预算收入85447.34亿元。加上补充中央预算稳定调节基金1018.54亿元，支出总量为103400.34亿元。',
      why: 'held-out (2019 budget report): 支出总量 alone is the total of its numbered section (全国, then 中央)',
    },
    {
      text: '（一）反映停气、停电较多。本周共办理此类工单25件，满意率90%。\n（二）重复投诉工单较多。本周共办理此类工单99件，满意率75.86%。',
      why: 'held-out (12345 hotline report): 此类 is the kind its paragraph named, and each 满意率 is that kind\'s',
    },
    {
      text: '（一）基础建设方面本月共办理疏通水沟、修建村道路等类工单534件、满意率92%。\n（二）咨询政策方面本月共办理群众咨询医疗报销等类工单289件、满意率93%。',
      why: 'held-out (12345 hotline report): a rate right after a count is the rate of that count',
    },
  ],
  invalid: [
    { text: '（一）2019年一般公共预算收支情况。\n全国一般公共预算收入190382.23亿元，为预算的98.9%。\n中央预备费500亿元，与农业农村部门共同安排。\n全国一般公共预算收入190328.23亿元，增长3.8%。', why: 'round 36: near 与2019年预算持平: 与 before no period of comparison, the 2019 figure said twice differently is still found', errors: [{ line: 4, column: 1, endColumn: 22, text: '全国一般公共预算收入190328.23亿元' }] },
    { text: '全市改造雨污分流管网149公里，全面完成“两个清零、一个提标”工作任务。\n全市改造雨污分流管网849公里。', why: 'round 34, held-out cities (菏泽 2024) said again with a digit changed: a figure in 公里 (the unit was not read before)', errors: [{ line: 2, column: 1, endColumn: 16, text: '全市改造雨污分流管网849公里' }] },
    { text: '五年来，实际利用外商直接投资累计2740.8亿美元。\n五年来，实际利用外商直接投资累计2749.8亿美元。', why: 'round 34: a figure in 亿美元 (2006 report, a digit changed)', errors: [{ line: 2, column: 5, endColumn: 26, text: '实际利用外商直接投资累计2749.8亿美元' }] },
    { text: '全市地方一般公共预算收入预计完成（以下简称完成）192.68亿元，比2024年增长0.31%；加上上级补助等转移性收入561.86亿元，收入合计754.54亿元。一般公共预算支出602.56亿元，加上上解上级等转移性支出74.77亿元、结转下年77.21亿元，支出合计754.54亿元，当年收支平衡（详见附件1）。\n全市地方一般公共预算收入预计完成（以下简称完成）192.68亿元，比2024年增长0.31%；加上上级补助等转移性收入561.86亿元，收入合计754.54亿元。一般公共预算支出602.56亿元，加上上解上级等转移性支出74.77亿元、结转下年77.21亿元，支出合计745.54亿元，当年收支平衡（详见附件1）。', why: 'near 常德: the city’s 支出合计 restated with digits swapped; found now that 当年 at the end of the first line no longer starts a period', errors: [{ line: 2, column: 131, endColumn: 143, text: '支出合计745.54亿元' }] },
    { text: '全市共投入19.38亿元，用于城镇污水处理服务。\n全市共投入19.83亿元，用于城镇污水处理服务。', why: 'near 东莞: the same purpose with another amount is still one figure', errors: [{ line: 2, column: 1, endColumn: 13, text: '全市共投入19.83亿元' }] },
    { text: '一、2025年预算执行情况\n全市政府性基金预算收入134839万元，为预算的98%。当年收支平衡。\n全市政府性基金预算收入134893万元，上级补助收入723万元。', why: 'near 朝阳: two figures of the 2025 section (当年 does not start another period)', errors: [{ line: 3, column: 1, endColumn: 20, text: '全市政府性基金预算收入134893万元' }] },
    { text: '（三）全市收支预算草案\n4.社会保险基金预算\n社会保险基金预算支出拟安排86.35亿元，滚存结余73亿元，支出总计159.35亿元。\n社会保险基金预算支出拟安排86.35亿元，滚存结余73亿元，支出总计159.53亿元。', why: 'near 安康: the same heading path twice', errors: [{ line: 4, column: 31, endColumn: 43, text: '支出总计159.53亿元' }] },
    { text: '全市国有资本经营预算收入440万元，加上转移支付、上年结余等收入总量为499万元。支出总量为499万元。\n全市国有资本经营预算收入440万元，加上转移支付、上年结余等收入总量为499万元。支出总量为494万元。', why: 'near 固原: the sentence before names the same budget', errors: [{ line: 2, column: 42, endColumn: 52, text: '支出总量为494万元' }] },
    { text: '2025年，全市一般公共预算支出完成212.71亿元。\n五年来，全市一般公共预算收入从2021年的28.6亿元增长到2025年的31.99亿元，全市一般公共预算支出累计完成212.17亿元。', why: "near 中卫: a 累计 figure without 年均 is the year's", errors: [{ line: 2, column: 45, endColumn: 67, text: '全市一般公共预算支出累计完成212.17亿元' }] },
    { text: '全市共检查行政事业单位63家。\n全市共检查行政事业单位65家。', why: 'the counted thing before the number: still compared', errors: [{ line: 2, column: 1, messageId: 'differs', text: '全市共检查行政事业单位65家' }] },
    { text: '市级一般公共预算收入76.39亿元；加上上级补助等转移性收入183.03亿元，收入合计259.42亿元。\n市级一般公共预算收入76.39亿元；加上上级补助等转移性收入183.03亿元，收入合计295.42亿元。', why: 'the same chain twice with another sum: still found', errors: [{ line: 2, column: 40, messageId: 'differs', text: '收入合计295.42亿元' }] },
    { text: '1.一般公共预算。全市收入完成220.6亿元。\n1.一般公共预算。全市收入完成202.6亿元。', why: 'the same heading and a bare 收入 twice: still found', errors: [{ line: 2, column: 10, messageId: 'differs', text: '全市收入完成202.6亿元' }] },
    { text: '全年累计批复预算评审项目58个，节约5.4亿元，核减率达13.6%。全年累计批复预算评审项目58个，节约5.4亿元，核减率达16.7%。', why: 'the same figure with two rates: still found', errors: [{ line: 1, column: 59, messageId: 'differs', text: '核减率达16.7%' }] },
    { text: '2025年，全市一般公共预算收入完成38.9亿元。\n2025年，全市一般公共预算收入累计完成39.8亿元。', why: 'the same year: 累计 is still filler', errors: [{ line: 2, column: 7, messageId: 'differs', text: '全市一般公共预算收入累计完成39.8亿元' }] },
    { text: '中等职业技术学校57所，全年招生3.37万人。中等职业技术学校57所，全年招生3.73万人。', why: 'the same school type twice: still found', errors: [{ line: 1, column: 36, messageId: 'differs', text: '全年招生3.73万人' }] },
    {
      text: '全年办理人大代表建议797件，办结率100%，满意率99.7%。\n\n全年办理人大代表建议797件，办结率100%，满意率99%。',
      why: 'the same count and its rates stated twice: the second rate after another rate still differs (the boundary of the rate-after-rate lead)',
      errors: [{ line: 3, column: 24, messageId: 'differs' }],
    },
    {
      text: '全市共有省级开发区6个。\n全市共有省级开发区7个。',
      why: 'the thing counted named before the number: still one quantity (the boundary of the bare scope reading)',
      errors: [{ line: 2, column: 1, endColumn: 12, messageId: 'differs', text: '全市共有省级开发区7个' }],
    },
    {
      text: '一般公共预算收入增长38.6％；总量201.3亿元。\n一般公共预算收入增长38.6％；总量210.3亿元。',
      why: '总量 after a semicolon with the same indicator before it, twice with two values: still reported (the boundary of the semicolon reading)',
      errors: [{ line: 2, column: 17, endColumn: 26, messageId: 'differs', text: '总量210.3亿元' }],
    },
    {
      text: '全年共建成社区服务中心12个。\n全年共建成社区服务中心15个，覆盖率提高3个百分点。',
      why: 'a count in 个 that is no gap in percentage points is still a figure (the boundary of the 百分点 reading)',
      errors: [{ line: 2, column: 1, endColumn: 15, messageId: 'differs', text: '全年共建成社区服务中心15个' }],
    },
    {
      text: '其中，20年期500亿元，利率为1.98%；30年期710亿元，利率为1.88%。后续发行的30年期710亿元，利率为1.98%。',
      why: 'the same bond (30年期) with another rate is still reported',
      errors: [{ line: 1, column: 57, endColumn: 65, messageId: 'differs', text: '利率为1.98%' }],
    },
    { text: '公司去年盈利约8.1亿元，全年派息0.51亿元。\n董事会建议，全年派息0.55亿元。', why: 'a total (not per share) stated twice with two values', errors: [{ line: 2, column: 7, endColumn: 17, text: '全年派息0.55亿元' }] },
    { text: '全年共立案408起，破案率51.8%。\n打击犯罪成效明显，全年立案418起，破案率52.8%。', why: 'the rate after the same total is the same rate', errors: [{ line: 2, column: 10, messageId: 'differs' }, { line: 2, column: 19, messageId: 'differs', text: '破案率52.8%' }] },
    { text: '共立案408起，破案率51.8%。\n共立案418起，破案率51.8%。', why: 'a sum word opening its sentence: the document\'s own total, stated twice', errors: [{ line: 2, column: 1, endColumn: 8, text: '共立案418起' }] },
    {
      text: '1.一般公共预算\n加上上级补助，收入总量为32.39亿元。\n加上上级补助，收入总量为32.93亿元。',
      why: 'the same sum-word total, under the same heading after the same words, with another value',
      errors: [{ line: 3, column: 8, messageId: 'differs', text: '收入总量为32.93亿元' }],
    },
    {
      text: REPORT,
      why: 'the summary and the body give different totals and rates',
      errors: [
        { line: 4, column: 16, endColumn: 24, messageId: 'differs', text: '全年立案418起', message: '前后数据不一致：此处“全年立案418起”，前文第2行为“全年共立案408起”。请核对原始数据，统一为正确的数值。' },
        { line: 4, column: 25, endColumn: 33, messageId: 'differs', text: '破案率52.8%' },
      ],
    },
    { text: '全年共立案408起……全年立案418起。', errors: [{ line: 1, column: 12, endColumn: 20, text: '全年立案418起' }] },
    {
      text: '2022年上半年，全市共立案400起。\n2022年上半年，十月份工作推进中，前一个阶段，全市共立案418起。',
      why: 'the same half-year, named before runs of period characters that name none',
      errors: [{ line: 2, column: 25, endColumn: 34, text: '全市共立案418起' }],
    },
    {
      text: '2022年上半年，全市共立案400起，十月份工作推进中，前一个阶段，全市共立案418起。',
      why: 'in one paragraph too: the period found for the first figure holds past runs that name none',
      errors: [{ line: 1, column: 35, endColumn: 44, text: '全市共立案418起' }],
    },
    {
      text: '2023年以来，全市共立案400起；全市共立案418起。',
      why: 'one period for both',
      errors: [{ line: 1, column: 19, endColumn: 28, text: '全市共立案418起' }],
    },
    { text: '全年共立案408起。\n全年立案418起，同比上升2.5%。', why: 'the figure compared with last year is still this year\'s figure', errors: [{ line: 2, column: 1, endColumn: 9 }] },
  ],
});

describe('figure-consistency: related location', () => {
  it('points at the first statement, in the engine and in the CLI JSON', () => {
    const result = lintDocument(REPORT, { config: onlyRule('figure-consistency') });
    const [total] = result.findings;
    assert.equal(REPORT.slice(total.related![0].start, total.related![0].end), '全年共立案408起');
    assert.equal(total.related![0].message, '前文：“全年共立案408起”');
    assert.match(total.detail!, /第2行：全年共立案408起\n第4行：全年立案418起/);
    const file = toFileResult('report.txt', result.document, result.findings, []);
    const out = JSON.parse(json([file], {} as never))[0].messages[0];
    assert.deepEqual(out.relatedLocations, [{ line: 2, column: 22, endLine: 2, endColumn: 31, message: '前文：“全年共立案408起”' }]);
    const context = { cwd: process.cwd(), locale: 'zh' as const, color: false, skipped: [], rules: [] };
    const [sarifResult] = (JSON.parse(sarif([file], context)) as { runs: { results: { relatedLocations?: { physicalLocation: { region: unknown } }[] }[] }[] }).runs[0].results;
    assert.deepEqual(sarifResult.relatedLocations?.[0].physicalLocation.region, { startLine: 2, startColumn: 22, endLine: 2, endColumn: 31 });
  });
});

// Totals against their parts: 共…其中…, when the list names every part.
const CASES = '全年共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件16起。';

testRule('figure-consistency', {
  valid: [
    { text: '地方一般公共预算收入460亿元，增长9.7%，为近年最高增速；全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。', why: 'held-out s31 (宁夏 2022): 其中 splits an average (人均) into the averages of its groups; the total before it is not what it splits' },
    { text: '（3）蒙自经开区地方一般公共预算收入拟安排3.5亿元，同比增长3.7%，增收0.1亿元，其中：税收收入拟安排3.4亿元，同比增长3.8%；非税收入拟安排0.1亿元，同比增长1%。', why: 'held-out s31k (红河 2025 budget report): 增收0.1亿元 is a change, not the whole the parts make (3.5亿元)' },
    { text: '市本级一般公共预算收入28.7亿元（不含辽滨经开区36.4亿元），可比口径同比增长5.2%。其中：税收收入14.3亿元，同比下降1.1%；非税收入14.4亿元，同比增长13.4%。', why: 'held-out s31k (盘锦 2025 budget report): the figure in brackets is a note, the whole is 28.7亿元 = 14.3 + 14.4' },
    { text: '全年共破获案件110起，其中盗窃案56起、诈骗案38起、其他案件16起。', why: 'the parts add up' },
    { text: '全年共破获案件120起，其中盗窃案56起、诈骗案38起、抢劫案16起。', why: 'without 其他 the list need not name every kind of case' },
    { text: '全年共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件16起等。', why: '等: an open list' },
    { text: '全年共破获案件约120起，其中盗窃案56起、诈骗案38起、其他案件16起。', why: '约: the total is an estimate' },
    { text: '全年共破获案件120余起，其中盗窃案56起、诈骗案38起、其他案件16起。', why: '余: the total is an estimate' },
    { text: '全年共破获案件120起，其中盗窃案近60起、诈骗案38起、其他案件16起。', why: '近: a part is an estimate' },
    { text: '全年共破获案件120起，挽回经济损失300万元，其中盗窃案56起、诈骗案38起、其他案件16起。', why: 'a figure in another unit comes between: unclear what 其中 refers to' },
    { text: '全年共破获案件120起，比上年增加10起，其中盗窃案56起、诈骗案38起、其他案件26起。', why: 'the change (增加10起) is not the total; 56+38+26 = 120' },
    { text: '全年共抓获违法犯罪嫌疑人3323人，同比上升7%；其中刑事拘留612人、逮捕386人，分别同比上升31%、60%。', why: 'seed: two kinds of measures, not all of the arrested' },
    { text: '各项贷款新增1.91万亿元，其中制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元。', why: 'corpus (Shaanxi 2026): two kinds of loans named, not all' },
    { text: '财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元。', why: 'corpus (2023): 中央 + 地方 = 2.38万亿元' },
    { text: '财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。其中，中央财政赤字1.4万亿元，地方财政赤字7800亿元。', why: 'corpus (2016): the total is in the sentence before 其中, after the change and the rate' },
    { text: '今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字8500亿元，代地方发债3500亿元。', why: 'corpus (2012): the change 4000亿元 is passed over' },
    { text: '以上共计28项指标，其中预期性指标19项、约束性指标9项。', why: 'corpus (Shaanxi 2026): 预期性 + 约束性 = 28' },
    { text: '财政赤字2.18万亿元。其中，中央财政赤字1.4万亿元，地方财政赤字7700亿元。', why: '1.4万亿元 may stand for 1.35–1.45万亿元: rounding explains the gap' },
    { text: '共受理投诉320件，其中涉及质量问题的占45%、涉及价格问题的占30%、其他占25%。', why: 'the shares make 100%' },
    { text: '共受理投诉320件，其中质量问题占33.3%、价格问题占33.3%、其他占33.3%。', why: 'rounded shares: 99.9% is 100%' },
    { text: '共有干部120人，其中汉族80人、少数民族30人、其他10人。', why: '少数民族30人 is a part, not 少 (fewer) 30人' },
    { text: '港口货物吞吐量1.2亿吨，其中外贸出口3000万吨、进口5000万吨。', why: 'exports and imports are not all of a port\'s throughput' },
    { text: '全年接待游客1200万人次，其中国内游客1150万人次、境外游客47万人次。', why: 'zeros before 万 need not be significant: 1200万 may be rounded to the million' },
    { text: '全年共破获案件120起，其中盗窃案56起，其他案件中诈骗案38起。', why: '其他案件中…: a part of the rest, not the rest' },
    { text: '全年共破获案件120起，其中盗窃案56起（其中入室盗窃20起、其他盗窃36起），诈骗案38起、其他案件26起。', why: 'a list inside brackets is the parts of its own whole; both add up' },
    { text: '全年共破获刑事案件110起。\n其中，盗窃案件56起，诈骗案件38起，其他案件16起。', why: 'across paragraphs, the parts add up' },
    { text: '全年共破获刑事案件120起，其中：\n盗窃案件56起；\n诈骗案件38起；\n抢劫案件16起。', why: 'a list on lines without 其他 need not name every kind' },
    { text: '共抓获120人，其中男性80人、女性40人。\n其中，刑事拘留60人，其余60人取保候审。', why: 'the paragraph before lists parts itself: unclear what the second 其中 refers to' },
    { text: CASES, config: { rules: { 'figure-consistency': ['warn', { partsSum: false }] } }, why: 'the option turns the check off' },
    { text: '4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2354万元，下降12.5%。', why: 'held-out (county budget execution): 60999万元 is the base of 40.4%, the total is 24627万元 = 8103 + 16524' },
  ],
  invalid: [
    { text: '全体居民人均可支配收入27904元、增长8.4%；全年居民消费支出共计5000元，其中城镇3000元、农村1000元。', why: 'near 宁夏 2022: a total (共计) after the average', errors: [{ line: 1, column: 36 }] },
    { text: '市本级一般公共预算收入28.7亿元（不含辽滨经开区36.4亿元），可比口径同比增长5.2%。其中：税收收入14.3亿元，同比下降1.1%；非税收入15.4亿元，同比增长13.4%。', why: 'the same with parts that miss the whole outside the brackets: still found', errors: [{ line: 1, column: 12, messageId: 'partsSum', text: '28.7亿元' }] },
    {
      text: '一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%。其中：税收收入8103万元，非税收入16000万元。',
      why: 'the base of the ratio is passed over: the parts are checked against 24627万元',
      errors: [{ line: 1, column: 13, endColumn: 20, messageId: 'partsSum', text: '24627万元' }],
    },
    {
      text: CASES,
      why: 'the example of the issue: 56+38+16 = 110, not 120',
      errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'partsSum', text: '120起', message: '分项之和与总数不符：“其中”所列各分项合计110起（56起 + 38起 + 16起），不等于总数120起。请核对总数或各分项。' }],
    },
    {
      text: CASES,
      locale: 'en',
      errors: [{ line: 1, column: 8, message: 'The parts do not add up to the total: the parts listed after 其中 make 110起 (56起 + 38起 + 16起), not 120起. Check the total or the parts.' }],
    },
    { text: '全年共破获案件120起。其中，盗窃案56起，诈骗案38起，其他案件16起。', why: 'the total in the sentence that introduces 其中', errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'partsSum' }] },
    { text: '全年共破获案件120起，其中盗窃、诈骗和其他案件分别为56起、38起和16起。', why: '分别: labels, then figures', errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'partsSum' }] },
    { text: '共抓获120人，其中男性80人、女性30人。', why: '男 and 女 are all of them', errors: [{ line: 1, column: 4, endColumn: 8, text: '120人' }] },
    { text: '共抓获120人，其中刑事拘留80人（含网上逃犯12人），其余30人取保候审。', why: '其余 closes the list; the note in brackets is not a part', errors: [{ line: 1, column: 4, endColumn: 8 }] },
    {
      text: '财政赤字1.62万亿元，比去年增加2700亿元。其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字6000亿元，增加1000亿元。',
      why: 'across ；: 中央 + 地方 with changes after each part; amounts in 万亿元 and 亿元',
      errors: [{ line: 1, column: 5, endColumn: 12, text: '1.62万亿元', message: /合计1\.72万亿元（1\.12万亿元 \+ 6000亿元），不等于总数1\.62万亿元/ }],
    },
    { text: '以上共计28项指标，其中预期性指标19项、约束性指标8项。', errors: [{ line: 1, column: 5, endColumn: 8, text: '28项' }] },
    {
      text: '全年共破获案件120起，其中盗窃案56起（其中入室盗窃20起、其他盗窃26起），诈骗案38起、其他案件26起。',
      why: 'the list in brackets ends at its bracket: 20+26 ≠ 56, while the outer list adds up',
      errors: [{ line: 1, column: 18, endColumn: 21, text: '56起', message: /合计46起（20起 \+ 26起），不等于总数56起/ }],
    },
    { text: '全年共破获刑事案件120起。\n其中，盗窃案件56起，诈骗案件38起，其他案件16起。', why: 'the total ends one paragraph, the next opens with 其中', errors: [{ line: 1, column: 10, endColumn: 14, text: '120起' }] },
    { text: '全年共破获刑事案件120起，其中：\n盗窃案件56起；\n诈骗案件38起；\n其他案件16起。', why: 'one part a line under 其中：', errors: [{ line: 1, column: 10, endColumn: 14, text: '120起' }] },
    { text: '全年共破获刑事案件120起，其中：\n\n- 盗窃案件56起；\n- 诈骗案件38起；\n- 其他案件16起。', languageId: 'markdown', why: 'a Markdown list under 其中：', errors: [{ line: 1, column: 10, endColumn: 14 }] },
    { text: '一般公共预算收入126亿元，其中税收收入83亿元、非税收入33亿元。', why: 'X and 非X', errors: [{ line: 1, column: 9, endColumn: 14, text: '126亿元' }] },
    { text: '进出口总额4743亿美元，其中出口2492亿美元，进口2351亿美元。', why: 'exports and imports are all of a trade total', errors: [{ line: 1, column: 6, endColumn: 13, text: '4743亿美元' }] },
    { text: '全市有商场30家，超市共120家，其中连锁超市80家、其他超市30家。', why: 'the whole is the nearest figure in the unit (超 in 超市 is no comparison)', errors: [{ line: 1, column: 13, endColumn: 17, text: '120家' }] },
    { text: '全年共破获案件120起，其中盗窃案56起，比上年多6起，诈骗案38起，其他案件16起。', why: 'a change between the parts is passed over', errors: [{ line: 1, column: 8, endColumn: 12 }] },
    {
      text: '共受理投诉320件，其中涉及质量问题的占45%、涉及价格问题的占30%、其他占15%。',
      why: 'shares of every part must make 100%',
      errors: [{ line: 1, column: 6, endColumn: 10, messageId: 'sharesSum', message: '各分项比例之和不是100%：“其中”所列已是全部分项，合计却为90%（45% + 30% + 15%）。请核对各分项比例。' }],
    },
  ],
});

describe('figure-consistency: parts against their total', () => {
  it('points at each part (related locations) and shows the sum in the hover', () => {
    const result = lintDocument(CASES, { config: onlyRule('figure-consistency') });
    const [finding] = result.findings;
    assert.deepEqual(finding.related!.map((r) => [CASES.slice(r.start, r.end), r.message]), [
      ['56起', '分项：“56起”'],
      ['38起', '分项：“38起”'],
      ['16起', '分项：“16起”'],
    ]);
    assert.equal(finding.detail, '分项：56起 + 38起 + 16起 = 110起\n总数：120起\n110起 ≠ 120起');
    assert.equal(finding.fix, undefined);
  });

  it('points at parts on the lines below 其中：', () => {
    const text = '全年共破获刑事案件120起，其中：\n盗窃案件56起；\n诈骗案件38起；\n其他案件16起。';
    const [finding] = lintDocument(text, { config: onlyRule('figure-consistency') }).findings;
    assert.deepEqual(finding.related!.map((r) => text.slice(r.start, r.end)), ['56起', '38起', '16起']);
    assert.deepEqual(finding.related!.map((r) => text.slice(0, r.start).split('\n').length), [2, 3, 4]);
  });
});

// Round 35: a holiday's day and the days so far are periods (People's Daily 2020, heldout-s34p2).
testRule('figure-consistency', {
  valid: [
    {
      text: '文化和旅游部3日发布的数据显示：“五一”假期第三天，全国接待国内游客总人数3094.4万人次，实现国内旅游收入约124.3亿元。假期前三天，全国接待国内游客总人数8499.7万人次。',
      why: 'one measure for two periods (第三天, 前三天)',
    },
  ],
  invalid: [
    {
      text: '“五一”假期前三天，全国接待国内游客总人数8499.7万人次。\n\n文化和旅游部数据显示，假期前三天，全国接待国内游客总人数8459.7万人次。',
      why: 'the same period said twice with two values',
      errors: [{ line: 3, column: 18, messageId: 'differs' }],
    },
  ],
});

// Round 37 (s37-numbers, heldout-s35w2: People's Daily 2020, two false alarms): a rate right after a clause whose figure the
// rule does not read (得票817万余张) is that figure's, when the clause names what the rate is of (得票 of 得票率).
testRule('figure-consistency', {
  valid: [
    {
      text: '当晚出炉的计票结果显示，民进党候选人蔡英文、赖清德当选台湾地区正、副领导人，得票817万余张，得票率为57.1%。\n另两组候选人中，中国国民党候选人韩国瑜、张善政得票552万余张，得票率为38.6%；亲民党候选人宋楚瑜、余湘得票60万余张，得票率为4.3%。',
      why: 'three candidates, each rate after its own votes',
    },
  ],
  invalid: [
    {
      text: '计票结果显示，得票817万余张，得票率为57.1%。\n据统计，得票817万余张，得票率为57.2%。',
      why: 'the same votes with two rates',
      errors: [{ line: 2, column: 14, endColumn: 23, text: '得票率为57.2%' }],
    },
    {
      text: '2023年，全市城镇化率为58.1%。\n全市细颗粒物平均浓度28微克，全市城镇化率为58.3%。',
      why: 'a clause of another measure before the rate does not make it another figure',
      errors: [{ line: 2, column: 16, endColumn: 28, text: '全市城镇化率为58.3%' }],
    },
  ],
});

// Round 37 (s37-s37ufix): after the untouched reading. 浙江 2022: a verb and a bare scope before the number (完成全省), the thing
// counted after the unit.
testRule('figure-consistency', {
  valid: [
    {
      text: '完成全省520公里国省道起伏不平等病害点段、100座桥头整治，完成全省460公里城市道路起伏不平等病害点段、260座“桥头跳车”城市桥梁整治。',
      why: '浙江 2022: 国省道 and 城市道路 are two things',
    },
  ],
  invalid: [
    {
      text: '全年完成全省公路520公里。\n据统计，全年完成全省公路460公里。',
      why: 'the thing counted before the number: still the same quantity',
      errors: [{ line: 2, column: 5, text: '全年完成全省公路460公里' }],
    },
  ],
});

// Round 38 (s38-numbers): eval:inject's figure-said-again, 37/69 (seed 1). A figure said again as a sentence of its own names
// nothing but its measure; it restates the paragraph's one earlier figure of that measure, unit and period. 比率 is a rate's
// name, not a comparison (比); 占有率 is a rate, not a share (占).
testRule('figure-consistency', {
  valid: [
    {
      text: '统筹治水治气治土，全面落实河长制，累计建成美丽河湖30条、幸福河湖69条。累计建成美丽河湖30条。',
      why: 'the same figure said again alike',
    },
    {
      text: '办理人大代表建议797件，办结率100%，满意率99.7%；办理政协提案1663件，办结率100%，满意率99.3%。满意率98%。',
      why: 'two earlier figures of 满意率: which one a bare sentence restates cannot be told',
    },
    {
      text: '（四）国有资本经营预算收支情况。全市国有资本经营预算收入440万元，加上转移支付、上年结余等收入总量为499万元。支出总量为499万元。市本级国有资本经营预算收入320万元，加上转移支付、上年结余等收入总量为326万元。支出总量为326万元。',
      why: 'held-out s31k2 (固原 2025): a level the sentence before names (市本级) is not the earlier figure\'s',
    },
    {
      text: '2024年，全市累计建成高标准农田400万亩。2025年，全市新增高标准农田20万亩。累计建成高标准农田420万亩。',
      why: 'another period named between the two: another figure',
    },
    {
      text: '空气质量优良天数比率96.1%，PM2.5平均浓度25.9微克。\n空气质量优良天数比率96.1%。',
      why: '比率 read as a rate: the same figure said alike',
    },
  ],
  invalid: [
    {
      text: '——这五年高质量发展稳步推进。一批国家级创新平台获批落地，累计培育创新型企业1714家、专精特新企业814家。累计培育创新型企业1754家。',
      why: '2026 Inner Mongolia report: a 累计 figure said again as its own sentence, one digit changed',
      errors: [{ line: 1, column: 56, text: '累计培育创新型企业1754家' }],
    },
    {
      text: '实施促进高质量充分就业“一揽子”政策，帮助失业、困难人员就业16.8万人，城镇调查失业率5.3％。普惠性学前教育资源覆盖率达92％。城镇调查失业率5.5％。',
      why: '2026 Shaanxi report: a rate after a count, said again alone',
      errors: [{ line: 1, column: 67, text: '城镇调查失业率5.5％' }],
    },
    {
      text: '第三轮中央生态环境保护督察交办的群众举报件办结率99.1%。城市空气质量优良天数比率98.9%、居全国第1位。城市空气质量优良天数比率98.0%。',
      why: '2026 Yunnan report: 比率 is a rate\'s name',
      errors: [{ line: 1, column: 56, text: '城市空气质量优良天数比率98.0%' }],
    },
    {
      text: '巩固提升“禁塑”成效，重点行业场所替代品占有率达84%，农贸市场“禁塑”达标率达90%。\n重点行业场所替代品占有率达86%。',
      why: '2026 Hainan report: 占有率 is a rate, not a share',
      errors: [{ line: 2, column: 1, text: '重点行业场所替代品占有率达86%' }],
    },
  ],
});
