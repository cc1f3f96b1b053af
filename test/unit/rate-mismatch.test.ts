import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lintDocument, ruleById } from '../../server/src/engine';
import { onlyRule, testRule } from '../helpers/ruleTester';

testRule('rate-mismatch', {
  valid: [
    { text: '全年办结率95%（受理群众来信120件，办结114件）。', why: 'counts in brackets after the rate: 114 ÷ 120 = 95%' },
    { text: '群众来信办结率90%（受理120件，办结114件）。', why: 'other words before the table name (as in the forward reading): not the table kind' },
    { text: '结案率为98.5%（共受理200件，其中办结197件）。', why: 'bracketed counts, 共 and 其中 opening the clauses: 197 ÷ 200 = 98.5%' },
    { text: '办结率90%（受理120件，办结114件，按期办结110件）。', why: 'a third count in the brackets: which is the numerator is not read' },
    { text: '按期办结率90%（受理120件，办结114件）。', why: 'a rate of a part (按期) with the plain count: not its numerator' },
    { text: '办结率90%（办结114件，受理120件）。', why: 'the numerator before the total in the brackets: not read' },
    { text: '群众满意率90%（受理120件，满意114件）。', why: 'not a table kind: bracketed counts are read for the table kinds only' },
    { text: '办结率90%（平均受理120件，办结114件）。', why: 'an average is another base' },
    {
      text: '全年共排查矛盾糾紛18161起,化解17918起,化解率98.66%,其中一般類化解率99.12﹪;關注類化解率90.98%;重點類化解率87.75%;回訪關注類、重點類矛盾糾紛1087次,回訪率達100%。',
      why: 'seed 001 line 19: 17918 ÷ 18161 = 98.66%; the sub-category rates have no counts here',
    },
    { text: '2021年,全區派出所律師駐所調解室就受理矛盾糾紛464起,化解矛盾糾紛425起,化解率達91.59%。', why: 'seed 001 line 20: 425 ÷ 464 = 91.59%' },
    { text: '2023年,梅縣區立刑事案件1365宗,破案707宗,破案率51.8%、同比上升37.82%。', why: 'seed 003 line 34: 707 ÷ 1365 = 51.79…, rounded 51.8%' },
    { text: '排查矛盾纠纷3起，化解2起，化解率66.6%。', why: 'truncation is accepted: 66.66… → 66.6' },
    { text: '排查矛盾纠纷3起，化解2起，化解率66.7%。', why: 'rounding is accepted: 66.66… → 66.7' },
    { text: '共接收群眾來信115件,辦結率100%。', why: 'seed 003 line 48: only one count' },
    { text: '組建510個最小應急單元,完成率100%。', why: 'seed 003 line 56: only one count' },
    { text: '排查矛盾纠纷2.9万余起，化解2.8万起，化解率96.5%。', why: 'approximate counts: no exact check' },
    { text: '排查矛盾纠纷200起，化解180人，化解率95%。', why: 'different units: pairing unreliable' },
    { text: '排查矛盾纠纷200起，化解180起，化解率95%以上。', why: 'an approximate rate' },
    { text: '化解180起，排查矛盾纠纷200起，化解率95%。', why: 'the numerator is not right before the rate: ambiguous' },
    {
      text: '在2021年度省级预算执行和其他财政收支审计工作报告中，共反映1263个问题，截至2022年10月中旬，已整改1153个，整改率91.29%。',
      why: 'held-out s24 (Jiangxi audit rectification report): 1153 ÷ 1263 = 91.29%; the date clause between the counts is skipped',
    },
    { text: '全年共发现问题120个，截至10月底，已整改96个，整改率80%。', why: '96 ÷ 120 = 80%' },
    { text: '全年共发现问题120个，10月底前已整改96个，整改率95%。', why: 'no clause of time: the date is in the numerator clause and the pairing is left alone' },
    { text: '全年共受理群众来信115件，按期办结110件，办结率100%。', why: 'the count is of a part (按期): the plain rate is not its quotient' },
    { text: '全年共受理群众来信115件，办结115件，按期办结率90%。', why: 'a rate of a part (按期): the count before it is all that were settled, not those on time' },
    { text: '派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率99%。', why: 'held-out s24 (a county hotline notice): 597 + 4 of 601 settled, 597 on time (99.3%)' },
    { text: '今年1月至7月刑事案件發生數為23188件，破獲數為22817件，破獲率98.4%。', why: 'Taiwan wording (破獲率, 發生數): 22817 ÷ 23188 = 98.40%' },
    // Rates named after the count's own verb (not in the table), other joins and other bases: must stay quiet.
    { text: '全市117个省市重点项目（产业项目83个，基础设施项目34个），开复工115个，开复工率98.3%，总投资339.6亿元。', why: 'held-out s29 (七台河市 2023): 115 ÷ 117 = 98.3%, the bracketed breakdown is not the total' },
    { text: '全市共有行政村300个，建成5G基站1200个，覆盖285个，覆盖率95%。', why: 'two totals of the unit before the count: which one is covered is not said' },
    { text: '计划实施项目100个，已完成80个，投资完成率75%。', why: 'a rate of money (投资完成率), not of the counted projects' },
    { text: '2019年有企业120家，2020年增加到150家，增加30家，增加率25%。', why: 'a rate of change whose base (120) is not the count before the increase' },
    { text: '全市共有企业120家，比上年增加20家，增长率20%。', why: 'the base (last year) is not written: 120 is this year’s total' },
    { text: '受理案件200件，其中刑事案件120件，办结110件，办结率55%。', why: 'the count before the numerator is a part (其中): the total is unclear' },
    { text: '全年新建学校12所，改扩建8所，新建率50%。', why: 'the count before the rate is not of its verb' },
    { text: '受理群众来信200件，办结180余件，办结率90%。', why: 'an approximate numerator' },
    { text: '累计脱贫1000户，今年脱贫200户，脱贫率20%。', why: 'cumulative and yearly counts of the same verb' },
    { text: '全市有学生5000人，体检4800人，体检率96%，合格4500人，合格率80%。', why: 'a rate stands between: 合格率 may be of those examined' },
    { text: '全市117个省市重点项目，开复工115个，企业开复工率98.4%。', why: 'the rate names a subject (企业) the total does not count' },
    { text: '全市共有行政村300个，建成5G基站1200个，覆盖行政村285个，覆盖率90%。', why: 'the count names its thing (行政村) and the nearest total counts another (基站)' },
  ],
  invalid: [
    {
      text: '全年办结率96%（受理群众来信120件，办结114件）。',
      why: 'a rate written before its counts: 114 ÷ 120 = 95%',
      errors: [{ line: 1, column: 6, endColumn: 9, messageId: 'mismatch', text: '96%', message: '办结率与计数不符：114 ÷ 120 = 95%，文中为 96%。请核对计数或比率。' }],
      suggestionOutput: '全年办结率95%（受理群众来信120件，办结114件）。',
    },
    {
      text: '2023年，结案率为99.5%（共受理200件，办结197件）。',
      why: 'bracketed counts after 为: 197 ÷ 200 = 98.5%',
      errors: [{ line: 1, column: 11, endColumn: 16, messageId: 'mismatch', text: '99.5%' }],
      suggestionOutput: '2023年，结案率为98.5%（共受理200件，办结197件）。',
    },
    {
      text: '全年共排查矛盾纠纷18161起，化解17918起，化解率97.66%。',
      errors: [{
        line: 1, column: 29, endColumn: 35, messageId: 'mismatch', text: '97.66%',
        message: '化解率与计数不符：17918 ÷ 18161 = 98.66%，文中为 97.66%。请核对计数或比率。',
      }],
      suggestionOutput: '全年共排查矛盾纠纷18161起，化解17918起，化解率98.66%。',
    },
    {
      text: '排查矛盾纠纷200起，化解180起，化解率95%。',
      errors: [{ line: 1, column: 22, endColumn: 25, text: '95%' }],
      suggestionOutput: '排查矛盾纠纷200起，化解180起，化解率90%。',
    },
    {
      text: '2023年,梅縣區立刑事案件1365宗,破案707宗,破案率61.8%。',
      why: 'traditional script',
      errors: [{ line: 1, column: 31, endColumn: 36, text: '61.8%' }],
      suggestionOutput: '2023年,梅縣區立刑事案件1365宗,破案707宗,破案率51.8%。',
    },
    {
      text: '受理群众来信１２０件，办结９０件，办结率８０％。',
      why: 'full-width digits: the suggestion keeps them full-width',
      errors: [{ line: 1, column: 21, endColumn: 24, message: '办结率与计数不符：90 ÷ 120 = 75%，文中为 ８０％。请核对计数或比率。' }],
      suggestionOutput: '受理群众来信１２０件，办结９０件，办结率７５％。',
    },
    {
      text: '共反映1263个问题，截至2022年10月中旬，已整改1153个，整改率95.29%。',
      why: 'a rectification report with a clause of time between the counts (bench/inject-errors.ts, rate-mismatch)',
      errors: [{ line: 1, column: 37, endColumn: 43, text: '95.29%' }],
      suggestionOutput: '共反映1263个问题，截至2022年10月中旬，已整改1153个，整改率91.29%。',
    },
    {
      text: '全年共发现问题120个，截至10月底，已整改96个，整改率90%。',
      errors: [{ line: 1, column: 30, endColumn: 33, text: '90%' }],
      suggestionOutput: '全年共发现问题120个，截至10月底，已整改96个，整改率80%。',
    },
    {
      text: '全年共受理群众来信115件，按期办结110件，按期办结率100%。',
      why: 'the numerator clause says 按期 too',
      errors: [{ line: 1, column: 29, endColumn: 33, text: '100%' }],
      suggestionOutput: '全年共受理群众来信115件，按期办结110件，按期办结率96%。',
    },
    {
      text: '今年1月至7月刑事案件發生數為23188件，破獲數為22817件，破獲率99.4%。',
      why: 'Taiwan wording (破獲率, 發生數), a slip in the rate (bench/inject-errors.ts, rate-mismatch)',
      errors: [{ line: 1, column: 37, endColumn: 42, text: '99.4%' }],
      suggestionOutput: '今年1月至7月刑事案件發生數為23188件，破獲數為22817件，破獲率98.4%。',
    },
    {
      text: '排查安全隐患40处，完成整改18处，整改率50%。',
      errors: [{ line: 1, column: 22, endColumn: 25 }],
      suggestionOutput: '排查安全隐患40处，完成整改18处，整改率45%。',
    },
    {
      text: '截至今年6月底，督察整改方案明确的2164项整改任务已完成1398项，完成率为61%，一大批重大生态环境问题得到有效解决。',
      why: 'held-out s28d (xwlb 2023-10-10), one digit of the rate changed: the total is a counted noun phrase, the count says 已完成',
      errors: [{ line: 1, column: 40, endColumn: 43, text: '61%', message: '完成率与计数不符：1398 ÷ 2164 = 65%，文中为 61%。请核对计数或比率。' }],
      suggestionOutput: '截至今年6月底，督察整改方案明确的2164项整改任务已完成1398项，完成率为65%，一大批重大生态环境问题得到有效解决。',
    },
    {
      text: '全市117个省市重点项目（产业项目83个，基础设施项目34个），开复工115个，开复工率98.4%，总投资339.6亿元。',
      why: 'held-out s29 (七台河市 2023), rate changed: a rate word not in the table whose stem is the count’s verb',
      errors: [{ line: 1, column: 45, endColumn: 50, text: '98.4%', message: '开复工率与计数不符：115 ÷ 117 = 98.3%，文中为 98.4%。请核对计数或比率。' }],
      suggestionOutput: '全市117个省市重点项目（产业项目83个，基础设施项目34个），开复工115个，开复工率98.3%，总投资339.6亿元。',
    },
    {
      text: '举办“沟通——政务零距离”电视问政栏目10期，受理投诉举报147件、办结136件，办结率90.4%。',
      why: 'held-out s29 (亳州市 2016), numerator changed: the counts are joined by 、',
      errors: [{ line: 1, column: 45, endColumn: 50, text: '90.4%' }],
      suggestionOutput: '举办“沟通——政务零距离”电视问政栏目10期，受理投诉举报147件、办结136件，办结率92.5%。',
    },
    {
      text: '派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率69%。',
      why: 'held-out s24 (a county hotline notice), rate changed: a qualified rate after another rate, 派单 as the total',
      errors: [{ line: 1, column: 37, endColumn: 40, text: '69%', message: '按时结案率与计数不符：597 ÷ 601 = 99%，文中为 69%。请核对计数或比率。' }],
      suggestionOutput: '派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率99%。',
    },
    {
      text: '比起他上任時的53個，增加了43個，增加率61%，其中，台灣旅客經常前往的國家和地區，就有……',
      why: 'held-out s23 (a 2010 Presidential Office release), rate changed: a rate of change over the base named by 比起',
      errors: [{ line: 1, column: 22, endColumn: 25, text: '61%', message: '增加率与计数不符：43 ÷ 53 = 81%，文中为 61%。请核对计数或比率。' }],
      suggestionOutput: '比起他上任時的53個，增加了43個，增加率81%，其中，台灣旅客經常前往的國家和地區，就有……',
    },
    {
      text: '全市117个省市重点项目，开复工项目115个，开复工率98.4%。',
      why: 'the count names its thing (项目), which the total counts too',
      errors: [{ line: 1, column: 28, endColumn: 33, text: '98.4%' }],
      suggestionOutput: '全市117个省市重点项目，开复工项目115个，开复工率98.3%。',
    },
    {
      text: '督察整改方案明确的2164项整改任务中1398项已完成，完成率为60%。',
      why: 'the verb after the count (1398项已完成)',
      errors: [{ line: 1, column: 33, endColumn: 36, text: '60%' }],
      suggestionOutput: '督察整改方案明确的2164项整改任务中1398项已完成，完成率为65%。',
    },
    {
      text: '全年共排查矛盾纠纷18161起，化解17918起，矛盾纠纷化解率97.66%。',
      why: 'the rate names its subject (矛盾纠纷) before the verb; the total counts it',
      errors: [{ line: 1, column: 33, endColumn: 39, text: '97.66%', message: '矛盾纠纷化解率与计数不符：17918 ÷ 18161 = 98.66%，文中为 97.66%。请核对计数或比率。' }],
      suggestionOutput: '全年共排查矛盾纠纷18161起，化解17918起，矛盾纠纷化解率98.66%。',
    },
    {
      text: '全市有中小学200所，160所达标，达标率85%。',
      why: 'the verb after the count, a rate word not in the table',
      errors: [{ line: 1, column: 22, endColumn: 25, text: '85%' }],
      suggestionOutput: '全市有中小学200所，160所达标，达标率80%。',
    },
    {
      text: '毕业生5000人，就业4800人，就业率90%。',
      why: 'a name that starts with a word like 就 (就业率) is read whole',
      errors: [{ line: 1, column: 21, endColumn: 24, text: '90%' }],
      suggestionOutput: '毕业生5000人，就业4800人，就业率96%。',
    },
    {
      text: '共排查矛盾纠纷200起，其中化解180起，化解率80%。',
      why: '其中 opens the numerator’s clause: the count before it is the whole',
      errors: [{ line: 1, column: 25, endColumn: 28, text: '80%' }],
      suggestionOutput: '共排查矛盾纠纷200起，其中化解180起，化解率90%。',
    },
  ],
});

describe('rate-mismatch hover notes on the forms of real reports', () => {
  it('verifies each consistent rate it can pair', () => {
    const notes = (text: string) => lintDocument(text, { config: onlyRule('rate-mismatch') }).annotations.map((a) => `${text.slice(a.start, a.end)} ${a.text}`);
    assert.deepEqual(notes('截至今年6月底，督察整改方案明确的2164项整改任务已完成1398项，完成率为65%。'), ['65% 1398 ÷ 2164 = 65%（文中 65%，一致）']);
    assert.deepEqual(notes('全市117个省市重点项目（产业项目83个，基础设施项目34个），开复工115个，开复工率98.3%。'), ['98.3% 115 ÷ 117 = 98.3%（文中 98.3%，一致）']);
    assert.deepEqual(notes('受理投诉举报147件、办结133件，办结率90.4%。'), ['90.4% 133 ÷ 147 = 90.4%（文中 90.4%，一致）']);
    assert.deepEqual(notes('派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率99%。'), ['99% 597 ÷ 601 = 99%（文中 99%，一致）']);
    assert.deepEqual(notes('比起他上任時的53個，增加了43個，增加率81%。'), ['81% 43 ÷ 53 = 81%（文中 81%，一致）']);
    assert.deepEqual(notes('全市共有企业120家，比上年增加20家，增长率20%。'), []);
  });
});

// Round 34: the frames report text states a rate with its own figures in (bench/inject-generators.ts, rateSites), on the
// held-out sentences the injected errors were put in.
testRule('rate-mismatch', {
  valid: [
    { text: '从债务期限结构看，2019年-2021年到期政府债务425.96亿元，其中：区本级115.33亿元，占27%；市县310.63亿元，占73%。', why: 'heldout-s34n2: 115.33 ÷ 425.96 = 27.1%, 310.63 ÷ 425.96 = 72.9%' },
    { text: '从偿还情况看，2018年我区共偿还（置换及核销）债务本金244.7亿元，其中，区本级偿还24.7亿元，占10%；市县偿还220亿元，占90%。', why: 'heldout-s34n2: 24.7 ÷ 244.7 = 10.1%' },
    { text: '2015年以来，全国纪检监察机关实践“四种形态”，用严明的纪律管全党治全党，共处理204.8万人次。其中，运用第一种形态批评教育、谈话函询95.5万人次、占46.7%，使红脸出汗成为了常态。', why: 'heldout-s32n: 其中 opens the sentence, the whole ends the one before; 第一种 is no figure' },
    { text: '省本级安排资金562万元、占比1.94%；转移支付各地市28438万元，其中福州6733万元、占比23.22%，漳州3363万元、占比11.60%，泉州9415万元、占比32.47%。', why: 'heldout-s34n: the shares are of all the funds (29000万元), none fits 28438万元: another base' },
    { text: '其中非煤产业增加值284亿元，占全部工业的56.2%。', why: 'a share of a base named after 占 (占全部工业的): not read' },
    { text: '万人高价值发明专利拥有量由3.69件增加到9.54件，增长158%。', why: 'heldout-s33w: 158.5… truncated' },
    { text: '保险保费规模由2290.23万元增长至6174.72万元，增长170%。', why: 'heldout-s34n2: 169.6… rounded' },
    { text: '出口额从8.2万亿元增加到23.8万亿元、年均增长24%。', why: '年均: a yearly rate over several years, not read' },
    { text: '全市共完成评审项目976个，审定80.89亿元，审减6.42亿元，审减率7.35%。', why: 'heldout-s31k: a rate of a cut is over the amount before the cut (6.42 ÷ 87.31), not the remainder before it' },
    { text: '1.留省部分资金下达4000万元，实际支出1707.78万元，支出率为42.69%。', why: 'heldout-s34n: 1707.78 ÷ 4000 = 42.69%' },
    { text: '排查矛盾纠纷2.9万起，化解2.8万起，化解率96.2%。', why: 'rounded figures: 2.75万–2.85万 of 2.85万–2.95万 may give 96.2%' },
    { text: '　　今年1月，生态环境部发布水资源质量公报，长江流域1155个水功能区有1032个达标，达标率89.4%，同比增长近4个百分点。', why: 'heldout-s34p: 1032 ÷ 1155 = 89.35…' },
  ],
  invalid: [
    {
      text: '从债务期限结构看，2019年-2021年到期政府债务425.96亿元，其中：区本级215.33亿元，占27%；',
      why: '其中…占: the share of the first part after 其中 is over the figure right before 其中 (heldout-s34n2, a debt report; part edited)',
      errors: [{ line: 1, column: 52, endColumn: 55, text: '27%' }],
      suggestionOutput: '从债务期限结构看，2019年-2021年到期政府债务425.96亿元，其中：区本级215.33亿元，占51%；',
    },
    {
      text: '从偿还情况看，2018年我区共偿还（置换及核销）债务本金244.7亿元，其中，区本级偿还27.7亿元，占10%；市县偿还220亿元，占90%。',
      why: '其中…占 with a list of shares: the one that does not fit is reported, the others (市县220亿元，占90%) confirm the whole',
      errors: [{ line: 1, column: 53, endColumn: 56, text: '10%' }],
      suggestionOutput: '从偿还情况看，2018年我区共偿还（置换及核销）债务本金244.7亿元，其中，区本级偿还27.7亿元，占11%；市县偿还220亿元，占90%。',
    },
    {
      text: '万人高价值发明专利拥有量由3.69件增加到9.84件，增长158%。',
      why: '从A增至B，增长X%: the change over the earlier figure (heldout-s33w, 2026 city report; B edited)',
      errors: [{ line: 1, column: 30, endColumn: 34, text: '158%' }],
      suggestionOutput: '万人高价值发明专利拥有量由3.69件增加到9.84件，增长167%。',
    },
    {
      text: '国有企业净资产由480亿元增加到1070亿元，增长423%。',
      why: '从A增至B，增长X%: the rate edited (heldout-s33w2)',
      errors: [{ line: 1, column: 26, endColumn: 30, text: '423%' }],
      suggestionOutput: '国有企业净资产由480亿元增加到1070亿元，增长123%。',
    },
    {
      text: '保险保费规模由2240.23万元增长至6174.72万元，增长170%。',
      why: '从A增长至B with amounts of 2 decimals (heldout-s34n2; the base edited)',
      errors: [{ line: 1, column: 32, endColumn: 36, text: '170%' }],
      suggestionOutput: '保险保费规模由2240.23万元增长至6174.72万元，增长176%。',
    },
    {
      text: '1.留省部分资金下达4000万元，实际支出1407.78万元，支出率为42.69%。',
      why: 'X率 of amounts with decimals and 万 (支出率: heldout-s34n performance report; the numerator edited)',
      errors: [{ line: 1, column: 36, endColumn: 42, text: '42.69%' }],
      suggestionOutput: '1.留省部分资金下达4000万元，实际支出1407.78万元，支出率为35.19%。',
    },
    {
      text: '2024年下达资金1.21亿元，仅支出了2040.92万元，支出率为36.9%，支出进度较慢，远低于序时进度。',
      why: '仅 before the verb, 万元 over 亿元 (heldout-s34n; the rate edited)',
      errors: [{ line: 1, column: 35, endColumn: 40, text: '36.9%' }],
      suggestionOutput: '2024年下达资金1.21亿元，仅支出了2040.92万元，支出率为16.9%，支出进度较慢，远低于序时进度。',
    },
    {
      text: '　　从四川全省来看，至6月末，2019届高校毕业生63.7万人，已实现就业36万人，就业率达82.4%。',
      why: '已实现 before the stem 就业 (就 is a lead word too); 万人 counts (heldout-s34p People’s Daily; the total edited)',
      errors: [{ line: 1, column: 47, endColumn: 52, text: '82.4%' }],
      suggestionOutput: '　　从四川全省来看，至6月末，2019届高校毕业生63.7万人，已实现就业36万人，就业率达56.5%。',
    },
    {
      text: '　　今年1月，生态环境部发布水资源质量公报，长江流域1155个水功能区有1002个达标，达标率89.4%，同比增长近4个百分点。',
      why: 'X个…有Y个达标: of the things just counted, so many have the stem (heldout-s34p; the numerator edited)',
      errors: [{ line: 1, column: 48, endColumn: 53, text: '89.4%' }],
      suggestionOutput: '　　今年1月，生态环境部发布水资源质量公报，长江流域1155个水功能区有1002个达标，达标率86.8%，同比增长近4个百分点。',
    },
    {
      text: '企业数量从20家减少到15家，下降35%。',
      why: '从A减少到B，下降X%',
      errors: [{ line: 1, column: 18, endColumn: 21, text: '35%' }],
      suggestionOutput: '企业数量从20家减少到15家，下降25%。',
    },
  ],
});

// Round 35: cut rates of financial review (审减率 over 送审, or over 审定 + 审减), budget execution (为调整预算的X%) and a share
// that names its whole (占一般公共预算支出的X%), from budget reports and statistical bulletins of the held-out folders.
testRule('rate-mismatch', {
  valid: [
    { text: '全市共完成评审项目976个，审定80.89亿元，审减6.42亿元，审减率7.35%；扎实推进收入。', why: 'heldout-s31k: 6.42 ÷ (80.89 + 6.42) = 7.35%' },
    { text: '完成财政投资评审项目3436个，送审金额229.43亿元，审减29.84亿元，审减率为13％，有效节约资金。', why: 'heldout city report: 29.84 ÷ 229.43 = 13.0%' },
    { text: '送审金额11.42亿元，审减金额1.35亿元，审减率达11.86%。', why: 'rounding of both amounts allows 11.86%' },
    { text: '累计完成104个预、决（结）算项目的评审任务，送审金额共计21.86亿元，审定金额为19.46亿元，审减率为10.99%。', why: '(21.86 − 19.46) ÷ 21.86 = 10.98%, within the amounts’ rounding' },
    { text: '全市完成项目评审1，505个，涉及资金114．77亿元，审减资金10．77亿元，审减率9．38%。', why: 'full-width digits: 10.77 ÷ 114.77 = 9.38%' },
    { text: '核定项目资金16亿元，占项目总金额79.78％，压减经费3.5亿元，压减率为22％。', why: 'a base of another name (核定) is not read' },
    { text: '根据评估结果核减预算申请105.6亿元，核减率达25.8%。', why: 'no base named: not read' },
    { text: '一般公共预算支出预算调整为342.5亿元，实际完成312.9亿元，为调整预算的91.3%，同比下降5.8%。', why: 'heldout-s31k2: 312.9 ÷ 342.5 = 91.4% within rounding' },
    { text: '一般公共预算支出预算调整为３４２．５亿元，实际完成３１２．９亿元，为调整预算的９１．３％，同比下降５．８％。', why: 'round 35 lead: the same in full-width digits, within rounding' },
    { text: '国有资本经营预算收入为2亿元，实际完成0.04亿元，为年初预算的2.2%，较上年增加389万元。', why: '2亿元 may be 1.5–2.5亿元: no report' },
    { text: '支出年初预算为158.1亿元，调整后为150亿元，实际完成150亿元，为调整预算的100%。', why: 'the figure before 实际完成 is not said as a budget in its clause (调整后为): not read' },
    { text: '一般公共预算收入调整预算为81.3亿元，实际完成80.6亿元，为年初预算的99.1%。', why: 'a rate of the first budget against an adjusted budget: not paired' },
    { text: '全市一般公共预算支出725.2亿元，增长3.3%，其中民生支出541.4亿元，占一般公共预算支出的74.7%。', why: '541.4 ÷ 725.2 = 74.7%, the whole’s change before 其中' },
    { text: '全市一般公共预算支出７２５.２亿元，增长３.３％，其中民生支出５４１.４亿元，占一般公共预算支出的７４.７％。', why: 'round 36 final review: the same in full-width digits, a share that fits' },
    { text: '规模以上工业增加值505亿元，增长10.1%，其中非煤产业增加值484亿元，占全部工业的56.2%。', why: 'the share names another base than the whole (全部工业): not read' },
    { text: '全市一般公共预算支出1517.1亿元，下降0.6%；其中：民生支出1114.4亿元，占一般预算支出的73.5%。', why: '一般预算支出 is not the whole’s own name: not read' },
  ],
  invalid: [
    {
      text: '完成财政投资评审项目3436个，送审金额229.43亿元，审减29.84亿元，审减率为31％，有效节约资金。',
      why: 'the cut over what was put forward (rate edited)',
      errors: [{ line: 1, column: 44, endColumn: 47, text: '31％' }],
      suggestionOutput: '完成财政投资评审项目3436个，送审金额229.43亿元，审减29.84亿元，审减率为13％，有效节约资金。',
    },
    {
      text: '全市共完成评审项目976个，审定80.89亿元，审减6.42亿元，审减率7.94%；扎实推进收入。',
      why: 'the cut over what was left and the cut (rate edited)',
      errors: [{ line: 1, column: 37, endColumn: 42, text: '7.94%', message: /6\.42亿元 ÷ （80\.89亿元 \+ 6\.42亿元） = 7\.35%/ }],
      suggestionOutput: '全市共完成评审项目976个，审定80.89亿元，审减6.42亿元，审减率7.35%；扎实推进收入。',
    },
    {
      text: '累计完成104个预、决（结）算项目的评审任务，送审金额共计21.86亿元，审定金额为19.46亿元，审减率为12.99%。',
      why: 'what was put forward and what was left: their difference over the first',
      errors: [{ line: 1, column: 55, endColumn: 61, text: '12.99%' }],
      suggestionOutput: '累计完成104个预、决（结）算项目的评审任务，送审金额共计21.86亿元，审定金额为19.46亿元，审减率为10.98%。',
    },
    {
      text: '一般公共预算支出预算调整为342.5亿元，实际完成352.9亿元，为调整预算的91.3%，同比下降5.8%。',
      why: 'budget execution, the done figure edited (injected, heldout-s31k2)',
      errors: [{ line: 1, column: 40, endColumn: 45, text: '91.3%' }],
      suggestionOutput: '一般公共预算支出预算调整为342.5亿元，实际完成352.9亿元，为调整预算的103.0%，同比下降5.8%。',
    },
    {
      text: '一般公共预算支出预算调整为３４２．５亿元，实际完成３５２．９亿元，为调整预算的９１．３％，同比下降５．８％。',
      why: 'round 35 lead: the same in full-width digits — the paragraph pre-test read only ASCII digits after 预算的',
      errors: [{ line: 1, column: 40, endColumn: 45, text: '９１．３％' }],
      suggestionOutput: '一般公共预算支出预算调整为３４２．５亿元，实际完成３５２．９亿元，为调整预算的１０３．０％，同比下降５．８％。',
    },
    {
      text: '市六届人大二次会议批准的2019年市本级社会保险基金预算收入年初预算为153.8亿元，实际完成164.6亿元，为预算的107.2%，增长8.4%。',
      why: 'heldout-s31k, a 2019 final account as published: 164.6 ÷ 153.8 = 107.0%, 107.2% even allowing for rounding is not',
      errors: [{ line: 1, column: 60, endColumn: 66, text: '107.2%' }],
      suggestionOutput: '市六届人大二次会议批准的2019年市本级社会保险基金预算收入年初预算为153.8亿元，实际完成164.6亿元，为预算的107.0%，增长8.4%。',
    },
    {
      text: '全市一般公共预算支出725.2亿元，增长3.3%，其中民生支出541.4亿元，占一般公共预算支出的74.9%。',
      why: 'a share naming its whole, the rate edited (injected, heldout-s31k2 statistical bulletin)',
      errors: [{ line: 1, column: 50, endColumn: 55, text: '74.9%' }],
      suggestionOutput: '全市一般公共预算支出725.2亿元，增长3.3%，其中民生支出541.4亿元，占一般公共预算支出的74.7%。',
    },
    {
      text: '全市一般公共预算支出７２５.２亿元，增长３.３％，其中民生支出５４１.４亿元，占一般公共预算支出的７４.９％。',
      why: 'round 36 final review: the same in full-width digits (the whole\'s change before 其中 read ASCII digits only)',
      errors: [{ line: 1, column: 50, endColumn: 55, text: '７４.９％' }],
      // The suggestion writes the rate in full-width digits and point (the point written here is ASCII; left as it is).
      suggestionOutput: '全市一般公共预算支出７２５.２亿元，增长３.３％，其中民生支出５４１.４亿元，占一般公共预算支出的７４．７％。',
    },
  ],
});

// Round 36 (s36-numbers): rates whose base is named by a word of its own — 城镇化率 over 常住人口, 应…/实际… by one verb,
// 预算数/执行数 — from the held-out communiqués and performance reports round 35 left.
testRule('rate-mismatch', {
  valid: [
    { text: '年末全市常住人口708.3万人，其中全市城镇常住人口489.3万人，常住人口城镇化率为69.08%，比上年末提高0.69个百分点。', why: '洛阳 2025 communiqué (heldout-s31k2): 489.3 ÷ 708.3 = 69.08%' },
    { text: '年末常住人口368.28万人，其中城镇人口191.17万人，乡村人口177.11万人，常住人口城镇化率为51.91%，比上年提高1.05个百分点。', why: '娄底 2025 communiqué (heldout-s31k): 191.17 ÷ 368.28 = 51.91%, the rural figure between is no base' },
    { text: '年末户籍人口500万人，常住人口400万人，其中城镇人口240万人，户籍人口城镇化率为50%。', why: 'a registered-population rate with no registered urban figure: the resident urban figure is not its numerator' },
    { text: '全市常住人口城镇化率达到65%，城镇人口新增10万人。', why: 'no base in the sentence before the rate' },
    { text: '截至2024年11月，项目应开工子项目个数31个，实际开工子项目个数24个，按时开工率77.4%。', why: '福建 2024 performance report (heldout-s34n): 24 ÷ 31 = 77.4%' },
    { text: '应开工项目31个，实际开工建设项目24个，按时开工率50%。', why: 'the words after the verb differ (项目 / 建设项目): not the same figure' },
    { text: '项目年度预算数49287万元，全年执行数44714.15万元，预算执行率90.72%。', why: '福建 2024 (heldout-s34n): 44714.15 ÷ 49287 = 90.72%' },
  ],
  invalid: [
    {
      text: '年末全市常住人口708.3万人，其中全市城镇常住人口449.3万人，常住人口城镇化率为69.08%，比上年末提高0.69个百分点。',
      why: 'the urban population edited (injected, 洛阳 2025 communiqué)',
      errors: [{ line: 1, column: 44, endColumn: 50, text: '69.08%' }],
      suggestionOutput: '年末全市常住人口708.3万人，其中全市城镇常住人口449.3万人，常住人口城镇化率为63.43%，比上年末提高0.69个百分点。',
    },
    {
      text: '年末常住人口636.36万人，其中，城镇人口372.34万人，城镇化率58.52%，比上年末提高0.68个百分点。',
      why: 'the rate edited (injected, 衡阳 2025 communiqué): 372.34 ÷ 636.36 = 58.51%, 58.52% even with rounding is not',
      errors: [{ line: 1, column: 36, endColumn: 42, text: '58.52%' }],
      suggestionOutput: '年末常住人口636.36万人，其中，城镇人口372.34万人，城镇化率58.51%，比上年末提高0.68个百分点。',
    },
    {
      text: '截至2024年11月，项目应开工子项目个数31个，实际开工子项目个数24个，按时开工率77.4%；应完工子项目个数17个，实际完工子项目个数10个，按时完工率58.5%。',
      why: '福建 2024 performance report as published (heldout-s34n): 10 ÷ 17 = 58.8%',
      errors: [{ line: 1, column: 80, endColumn: 85, text: '58.5%' }],
      suggestionOutput: '截至2024年11月，项目应开工子项目个数31个，实际开工子项目个数24个，按时开工率77.4%；应完工子项目个数17个，实际完工子项目个数10个，按时完工率58.8%。',
    },
    {
      text: '项目年度预算数49287万元，全年执行数44714.15万元，预算执行率30.72%。',
      why: 'the rate edited (injected, 福建 2024)',
      errors: [{ line: 1, column: 37, endColumn: 43, text: '30.72%' }],
      suggestionOutput: '项目年度预算数49287万元，全年执行数44714.15万元，预算执行率90.72%。',
    },
  ],
});

// Round 36: 其中…占 with a note in brackets after the whole, a long part name, and a whole's change against a year's budget.
testRule('rate-mismatch', {
  valid: [
    { text: '一般公共预算支出2545.8亿元（含上年结转、上级补助等，下同），下降2.2%，其中用于民生改善的城乡公共服务支出2070亿元，占一般公共预算支出的81.3%。', why: '苏州 2025 budget report (heldout-s31k): 2070 ÷ 2545.8 = 81.3%' },
    { text: '全州一般公共预算支出199.90亿元，同比下降6.0%，其中，用于教育、社会保障和就业、卫生健康等方面的民生领域支出154.44亿元，占一般公共预算支出的77.3%。', why: '克孜勒苏 2025 (heldout-s31k): 154.44 ÷ 199.90 = 77.3%' },
    { text: '2020年部门预算支出95.4亿元，比2019年预算增长6.9%。其中：人员和公用经费等基本支出51.7亿元，占54.2%；项目支出43.7亿元，占45.8%。', why: '开封 2019 budget report (heldout-s31k2): both shares fit' },
    { text: '部门预算支出95.4亿元，比2019年预算增长6.9%。其中：基本支出51.7亿元，占64.2%。', why: 'a bare share after the whole’s change with no list to confirm the base: not read' },
  ],
  invalid: [
    {
      text: '一般公共预算支出2545.8亿元（含上年结转、上级补助等，下同），下降2.2%，其中用于民生改善的城乡公共服务支出2079亿元，占一般公共预算支出的81.3%。',
      why: 'the part edited (injected, 苏州 2025): a bracketed note after the whole',
      errors: [{ line: 1, column: 75, endColumn: 80, text: '81.3%' }],
      suggestionOutput: '一般公共预算支出2545.8亿元（含上年结转、上级补助等，下同），下降2.2%，其中用于民生改善的城乡公共服务支出2079亿元，占一般公共预算支出的81.7%。',
    },
    {
      text: '全州一般公共预算支出199.90亿元，同比下降6.0%，其中，用于教育、社会保障和就业、卫生健康等方面的民生领域支出144.44亿元，占一般公共预算支出的77.3%。',
      why: 'the part edited (injected, 克孜勒苏 2025): the part’s name is 38 characters long',
      errors: [{ line: 1, column: 78, endColumn: 83, text: '77.3%' }],
      suggestionOutput: '全州一般公共预算支出199.90亿元，同比下降6.0%，其中，用于教育、社会保障和就业、卫生健康等方面的民生领域支出144.44亿元，占一般公共预算支出的72.3%。',
    },
    {
      text: '2020年部门预算支出95.4亿元，比2019年预算增长6.9%。其中：人员和公用经费等基本支出41.7亿元，占54.2%；项目支出43.7亿元，占45.8%。',
      why: 'the part edited (injected, 开封 2019): the other share fits 95.4',
      errors: [{ line: 1, column: 57, endColumn: 62, text: '54.2%' }],
      suggestionOutput: '2020年部门预算支出95.4亿元，比2019年预算增长6.9%。其中：人员和公用经费等基本支出41.7亿元，占43.7%；项目支出43.7亿元，占45.8%。',
    },
  ],
});

// Round 37 (s37-numbers, eval:inject on 13 held-out folders): three frames the rule read only in part.
testRule('rate-mismatch', {
  valid: [
    { text: '全省共对938个重大政策和项目开展财政事前绩效评估，涉及资金410亿元，根据评估结果核减预算申请105.6亿元，核减率达25.8%。', why: 'heldout-s34n (山东 2023): 105.6 ÷ 410 = 25.76%' },
    { text: '对拟新增的123个项目共计24.5亿元，开展绩效评估，核减11.2亿元，核减率45.7%。', why: 'heldout-s31k2 (郑州 2025): 11.2 ÷ 24.5 = 45.71%' },
    { text: '全市一般公共预算收入预算为139.5亿元，实际完成收入140.9亿元，为预算的101%，比上年增加11.6亿元。', why: 'heldout-s31k (周口 2019): 140.9 ÷ 139.5 = 101.0%' },
    { text: '全市一般公共预算支出314.8亿元，总量列全省第3位，其中民生领域支出236.4亿元，占比75.1%。', why: 'heldout-s31k2 (朝阳 2024): 236.4 ÷ 314.8 = 75.10%; the rank is no figure' },
    { text: '全市一般公共预算支出314.8亿元，比上年增加3位，其中民生领域支出236.4亿元，占比70.1%。', why: 'a change between the whole and 其中 is still not read' },
  ],
  invalid: [
    {
      text: '全省共对938个重大政策和项目开展财政事前绩效评估，涉及资金410亿元，根据评估结果核减预算申请115.6亿元，核减率达25.8%。',
      why: 'the cut edited (injected): 115.6 ÷ 410 = 28.2%',
      errors: [{ line: 1, column: 61, endColumn: 66, text: '25.8%' }],
      suggestionOutput: '全省共对938个重大政策和项目开展财政事前绩效评估，涉及资金410亿元，根据评估结果核减预算申请115.6亿元，核减率达28.2%。',
    },
    {
      text: '对拟新增的123个项目共计64.5亿元，开展绩效评估，核减11.2亿元，核减率45.7%。',
      why: 'the projects’ sum edited (injected): 11.2 ÷ 64.5 = 17.4%',
      errors: [{ line: 1, column: 40, endColumn: 45, text: '45.7%' }],
      suggestionOutput: '对拟新增的123个项目共计64.5亿元，开展绩效评估，核减11.2亿元，核减率17.4%。',
    },
    {
      text: '全市一般公共预算收入预算为139.5亿元，实际完成收入130.9亿元，为预算的101%，比上年增加11.6亿元。',
      why: 'the done figure edited (injected): 130.9 ÷ 139.5 = 93.8%',
      errors: [{ line: 1, column: 40, endColumn: 44, text: '101%' }],
      suggestionOutput: '全市一般公共预算收入预算为139.5亿元，实际完成收入130.9亿元，为预算的94%，比上年增加11.6亿元。',
    },
    {
      text: '全市一般公共预算支出314.8亿元，总量列全省第3位，其中民生领域支出236.4亿元，占比45.1%。',
      why: 'the share edited (injected)',
      errors: [{ line: 1, column: 46, endColumn: 51, text: '45.1%' }],
      suggestionOutput: '全市一般公共预算支出314.8亿元，总量列全省第3位，其中民生领域支出236.4亿元，占比75.1%。',
    },
  ],
});

// Round 38 (s38-review): the computed rate is a suggestion, never an automatic fix — the message asks to check the counts
// or the rate, and --fix, fix-all and fix-on-save would otherwise make the rate agree with a wrong count.
describe('rate-mismatch: a suggestion, not a fix', () => {
  it('--fix and fix-all leave the written rate; the finding offers the computed one to choose', () => {
    const text = '排查矛盾纠纷200起，化解180起，化解率95%。';
    const options = { config: onlyRule('rate-mismatch') };
    assert.equal(fixAll(text, options).text, text);
    const [finding] = lintDocument(text, options).findings;
    assert.equal(finding.fix, undefined);
    assert.deepEqual(finding.suggestions?.map((s) => [text.slice(s.start, s.end), s.text]), [['95', '90']]);
    assert.equal(ruleById('rate-mismatch')?.meta.fixable, false);
  });
});

// Round 38 (s38-numbers): a list of shares after 其中 that make 100% and fit the sum of the parts, but not the whole (the whole
// is off); a two-word stem said in the other order (完成整改 … 整改完成率).
testRule('rate-mismatch', {
  valid: [
    { text: '2025年底，全市限额内地方政府债务余额为344.8亿元，其中：一般债务余额222.4亿元，占64.5%；专项债务余额122.4亿元，占35.5%。', why: '吴忠 2025: the shares fit the whole' },
    { text: '2019年-2021年到期政府债务425.96亿元，其中：区本级115.33亿元，占27%；市县310.63亿元，占73%。', why: '宁夏 2018: the shares fit the whole' },
    { text: '2025年全市财政系统清理查找问题1262个，完成整改1055个，整改完成率达83.6%。', why: '益阳 2025: 1055 ÷ 1262 = 83.6%' },
    { text: '安排资金500亿元，其中：甲项目120亿元，占30%；乙项目180亿元，占70%。', why: 'the shares make 100% but do not fit the sum of the parts (300亿元) either: which figure is off cannot be told' },
    { text: '转移支付各地市28438万元，其中福州6733万元、占比23.22%，漳州3363万元、占比11.60%。', why: 'shares of a larger total, not 100%: not read' },
  ],
  invalid: [
    {
      text: '2025年底，全市限额内地方政府债务余额为314.8亿元，其中：一般债务余额222.4亿元，占64.5%；专项债务余额122.4亿元，占35.5%。',
      why: 'the whole edited (injected): the parts make 344.8亿元, the shares 100%',
      errors: [{ line: 1, column: 48, endColumn: 53, text: '64.5%', messageId: 'wholeOff' }],
    },
    {
      text: '2019年-2021年到期政府债务925.96亿元，其中：区本级115.33亿元，占27%；市县310.63亿元，占73%。',
      why: 'the whole edited (injected): the parts make 425.96亿元',
      errors: [{ line: 1, column: 43, endColumn: 46, text: '27%', messageId: 'wholeOff' }],
    },
    {
      text: '2019年-2021年到期政府债务225.96亿元，其中：区本级115.33亿元，占27%；市县310.63亿元，占73%。',
      why: 'the whole edited below a part (injected): the parts make 425.96亿元',
      errors: [{ line: 1, column: 43, endColumn: 46, text: '27%', messageId: 'wholeOff' }],
    },
    {
      text: '到期政府债务９２５.９６亿元，其中：区本级１１５.３３亿元，占２７％；市县３１０.６３亿元，占７３％。',
      why: 'full-width digits: the sum is shown in them too',
      errors: [{ line: 1, column: 32, endColumn: 35, text: '２７％', messageId: 'wholeOff' }],
    },
    {
      text: '2025年全市财政系统清理查找问题1262个，完成整改1155个，整改完成率达83.6%。',
      why: 'the numerator edited (injected): 1155 ÷ 1262 = 91.5%',
      errors: [{ line: 1, column: 40, endColumn: 45, text: '83.6%' }],
      suggestionOutput: '2025年全市财政系统清理查找问题1262个，完成整改1155个，整改完成率达91.5%。',
    },
  ],
});
