import { testRule } from '../helpers/ruleTester';

testRule('percent-bounds', {
  valid: [
    { text: '大交通方面，完成投资70亿元，占年计划的125%。', why: 'held-out s29 (三门峡 2014 report): a share of the year\'s plan is a completion rate, over 100% when the plan is exceeded' },
    { text: '设完成投资53.8亿元，占年度计划投资的105%。完成投资80亿元，占目标任务的112%。', why: 'held-out s29 (梧州 2014 report) and a target task: completion rates' },
    { text: '打掉黑恶势力团伙同比上升373%,抓获犯罪嫌疑人同比上升211%。', why: 'seed 002: increases above 100% are fine' },
    { text: '破获妨害国(边)境管理犯罪案件同比上升484.39%。', why: 'seed 002' },
    { text: '全年完成率112%。', why: 'a completion rate may exceed 100%' },
    { text: '內地銀行資本充足率近16%，撥備覆蓋率達240%，完全能夠從容應對各類風險挑戰。', why: 'held-out s27 (RTHK 2024-11-19): a bank\'s provision coverage ratio passes 100% as a rule' },
    { text: '商业银行流动性覆盖率为153.6%，拨备覆盖率为205.5%。', why: 'the liquidity and provision coverage ratios of bank statistics' },
    { text: '出口增长率达到150%。', why: 'a growth rate may exceed 100%' },
    { text: '毒品案件发案数同比下降100%。', why: 'a decrease of exactly 100% means none left' },
    { text: '回訪關注類、重點類矛盾糾紛1087次,回訪率達100%。', why: 'seed 001: 100% is fine' },
    { text: '立電詐案件408起、同比下降11.30%。', why: 'seed 003: a normal decrease' },
    { text: '资产负债率降至120%。', why: '降至 gives a level, not a decrease' },
    { text: '粮食自给率达到105%。', why: 'self-sufficiency may exceed 100%' },
    { text: '生产安全事故起数、死亡人数分别下降15%、14.5%，未发生重大及以上事故。', why: 'held-out (Sichuan 2026): a list of decreases under 100%' },
    { text: '化学需氧量、二氧化硫排放量分别下降12.45%、14.29%。', why: 'held-out (State Council 2011)' },
    { text: '电诈案件发案数、案损额同比分别下降34%、32%，资金返还量、追赃挽损额同比分别上升13%、150%。', why: 'a list of increases may pass 100%' },
    { text: '刑事案件、治安案件分别下降12%、上升120%。', why: 'the second value has its own verb: an increase' },
    { text: '两项指标分别下降5%、增长110%和下降8%。', why: 'each value after the first has its own verb' },
    { text: '普通初中63所，招生16065人，在校学生50039人，毕业生17727人，初中阶段毛入学率101.2%。', why: 'held-out (2013 city communiqué): a gross enrolment ratio counts over-age pupils and may pass 100%' },
  ],
  invalid: [
    { text: '民营经济增加值占全市生产总值的105%。', why: 'a share of a whole that is no plan or target: still at most 100% (the boundary of the plan reading)', errors: [{ line: 1, column: 16, messageId: 'share' }] },
    { text: '全市小学学龄儿童入学率101.2%。', why: 'a net enrolment rate (no 毛) is a share: at most 100%', errors: [{ line: 1, column: 12, messageId: 'share' }] },
    {
      text: '統計數據顯示,2023年,梅縣區立電詐案件408起、同比下降11.30%,涉案金額共2488.1萬元、同比下降310.82%,實現了“雙下降”目標。',
      why: 'seed 003 line 32',
      errors: [{
        line: 1, column: 56, endColumn: 63, messageId: 'decrease', text: '310.82%',
        message: '“下降310.82%”超过100%：降到零才是下降100%，310.82% > 100%。请核对数值，或改用“倍”“个百分点”等说法。',
      }],
    },
    { text: '全年化解率102.3%。', errors: [{ line: 1, column: 6, endColumn: 12, messageId: 'share', text: '102.3%' }] },
    { text: '视频监控覆盖率108%。', errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'share' }] },
    { text: '全市疫苗接种覆盖率达到105%，超出预期。', why: 'a coverage rate that is no bank ratio: still a share', errors: [{ line: 1, column: 12, endColumn: 16, messageId: 'share' }] },
    { text: '涉案金额减少了150%。', errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'decrease' }] },
    { text: '发案数同比下降百分之一百二十。', errors: [{ line: 1, column: 8, endColumn: 15, messageId: 'decrease', text: '百分之一百二十' }] },
    {
      text: '治本攻坚三年行动，生产安全事故起数、死亡人数分别下降15%、814.5%，未发生重大及以上事故。',
      why: 'a later value of a list of decreases (bench/inject-errors.ts, decrease-list): the verb stands before the first value',
      errors: [{ line: 1, column: 31, endColumn: 37, messageId: 'decrease', text: '814.5%' }],
    },
    {
      text: '及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类分别下降44.4%、20.0%、518.0%、13.1%、12.5%和12.1%。',
      errors: [{ line: 1, column: 47, endColumn: 53, messageId: 'decrease', text: '518.0%' }],
    },
    { text: '電詐案件發案數、案損額同比分別下降34%和232%。', errors: [{ line: 1, column: 22, endColumn: 26, messageId: 'decrease', text: '232%' }] },
    { text: '民营经济占全市经济总量的105%。', errors: [{ line: 1, column: 13, endColumn: 17, messageId: 'share' }] },
  ],
});
