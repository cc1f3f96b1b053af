import { testRule } from '../helpers/ruleTester';

testRule('rate-mismatch', {
  valid: [
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
  ],
  invalid: [
    {
      text: '全年共排查矛盾纠纷18161起，化解17918起，化解率97.66%。',
      errors: [{
        line: 1, column: 29, endColumn: 35, messageId: 'mismatch', text: '97.66%',
        message: '化解率与计数不符：17918 ÷ 18161 = 98.66%，文中为 97.66%。请核对计数或比率。',
      }],
      output: '全年共排查矛盾纠纷18161起，化解17918起，化解率98.66%。',
    },
    {
      text: '排查矛盾纠纷200起，化解180起，化解率95%。',
      errors: [{ line: 1, column: 22, endColumn: 25, text: '95%' }],
      output: '排查矛盾纠纷200起，化解180起，化解率90%。',
    },
    {
      text: '2023年,梅縣區立刑事案件1365宗,破案707宗,破案率61.8%。',
      why: 'traditional script',
      errors: [{ line: 1, column: 31, endColumn: 36, text: '61.8%' }],
      output: '2023年,梅縣區立刑事案件1365宗,破案707宗,破案率51.8%。',
    },
    {
      text: '受理群众来信１２０件，办结９０件，办结率８０％。',
      why: 'full-width digits: the fix keeps them full-width',
      errors: [{ line: 1, column: 21, endColumn: 24, message: '办结率与计数不符：90 ÷ 120 = 75%，文中为 ８０％。请核对计数或比率。' }],
      output: '受理群众来信１２０件，办结９０件，办结率７５％。',
    },
    {
      text: '共反映1263个问题，截至2022年10月中旬，已整改1153个，整改率95.29%。',
      why: 'a rectification report with a clause of time between the counts (bench/inject-errors.ts, rate-mismatch)',
      errors: [{ line: 1, column: 37, endColumn: 43, text: '95.29%' }],
      output: '共反映1263个问题，截至2022年10月中旬，已整改1153个，整改率91.29%。',
    },
    {
      text: '全年共发现问题120个，截至10月底，已整改96个，整改率90%。',
      errors: [{ line: 1, column: 30, endColumn: 33, text: '90%' }],
      output: '全年共发现问题120个，截至10月底，已整改96个，整改率80%。',
    },
    {
      text: '全年共受理群众来信115件，按期办结110件，按期办结率100%。',
      why: 'the numerator clause says 按期 too',
      errors: [{ line: 1, column: 29, endColumn: 33, text: '100%' }],
      output: '全年共受理群众来信115件，按期办结110件，按期办结率96%。',
    },
    {
      text: '今年1月至7月刑事案件發生數為23188件，破獲數為22817件，破獲率99.4%。',
      why: 'Taiwan wording (破獲率, 發生數), a slip in the rate (bench/inject-errors.ts, rate-mismatch)',
      errors: [{ line: 1, column: 37, endColumn: 42, text: '99.4%' }],
      output: '今年1月至7月刑事案件發生數為23188件，破獲數為22817件，破獲率98.4%。',
    },
    {
      text: '排查安全隐患40处，完成整改18处，整改率50%。',
      errors: [{ line: 1, column: 22, endColumn: 25 }],
      output: '排查安全隐患40处，完成整改18处，整改率45%。',
    },
  ],
});
