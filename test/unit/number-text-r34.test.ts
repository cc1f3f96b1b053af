// Round 34 (s34-newtext): false-alarm classes of provincial final accounts, budget reports and their performance-evaluation
// reports (heldout-s34n, GitHub chenfei2008c/china-local-debt-atlas), each with the real sentence quiet and a near sentence
// with a real slip of the same rule still found.
import { testRule } from '../helpers/ruleTester';

const SCORING = '评分标准：充分[2.7,3]，较为充分[2.4,2.7)，充分性一般[1.8,2.4)，不够充分[0,1.8)得分评分依据项目单位提交的部门职能文件、项目立项文件等。';
const TIMELY = '评分标准：实施及时[1,1]；实施及时性一般[0.5,1)；实施不够及时[0,0.5）。';

testRule('paired-punctuation', {
  valid: [
    { text: SCORING, why: 'heldout-s34n (黑龙江 2021 evaluation reports): half-open intervals close with a round bracket after a square one' },
    { text: TIMELY, why: 'the same with a full-width ）' },
    { text: '评分标准：实施及时性一般(0.5,1]，实施不够及时[0,0.5]。', why: 'an interval opened by a round bracket and closed by a square one' },
  ],
  invalid: [
    {
      text: '评分标准：充分性一般1.8,2.4)，不够充分。',
      why: 'near: no square bracket opens it, so the ) closes nothing',
      errors: [{ line: 1, column: 18, messageId: 'unmatchedClose' }],
    },
    {
      text: '评分标准：实施及时性一般(0.5,1，实施不够及时。',
      why: 'near: a round bracket before bounds with no square close stays unclosed',
      errors: [{ line: 1, column: 13, messageId: 'unmatchedOpen' }],
    },
  ],
});

testRule('fullwidth-punctuation', {
  valid: [
    { text: SCORING, why: 'heldout-s34n: the ) of an interval is a mathematical mark, not Chinese punctuation' },
    { text: '规范[2.7,3]，较为规范[2.4,2.7)规范性一般[1.8,2.4)，不够规范[0,1.8)项目单位提交的项目申报文件。', why: 'heldout-s34n: intervals run into the next words' },
  ],
  invalid: [
    {
      text: '较为规范2.4,2.7)规范性一般。',
      why: 'near: without its square bracket the ) is a half-width slip next to Chinese',
      errors: [{ line: 1, column: 12 }],
      output: '较为规范2.4,2.7）规范性一般。',
    },
  ],
});

testRule('percent-bounds', {
  valid: [
    {
      text: '5．21110-能源节约利用(款)科目-1769万元,较上年减少2333万元，下降413.7%，主要是2024年清算收回省汽车集团新能源汽车扩产奖励结余资金，冲减当年支出。',
      why: 'heldout-s34n (福建 2024 final account): a figure that turned negative fell by more than 100%',
    },
  ],
  invalid: [
    {
      text: '5．21110-能源节约利用(款)科目1769万元,较上年减少2333万元，下降413.7%。',
      why: 'near: the subject code 21110- is no signed amount, and a positive figure cannot fall by 413.7%',
      errors: [{ line: 1, column: 41 }],
    },
  ],
});

testRule('rate-mismatch', {
  valid: [
    {
      text: '该项目年度目标为“新产品25个”，实际完成10个，完成率40%；“新技术53项”，分年度目标应该是“新技术17项”，实际完成20项，完成率100%；“新专利109个”，分年度目标应该是“新专利36个”，实际完成40个，完成率100%。',
      why: 'heldout-s34n (黑龙江 2021 evaluation report): a completion rate is capped at 100% when the target is exceeded',
    },
  ],
  invalid: [
    {
      text: '“新技术53项”，分年度目标应该是“新技术17项”，实际完成15项，完成率100%。',
      why: 'near: 15 of 17 done is no 100%',
      errors: [{ line: 1, column: 38 }],
      suggestionOutput: '“新技术53项”，分年度目标应该是“新技术17项”，实际完成15项，完成率88%。',
    },
  ],
});

testRule('respectively-mismatch', {
  valid: [
    {
      text: '2019—2021年奖扶和特扶项目各年度分别补贴805386人、856987人和1023277人，年增长率分别为6.28%、6.41%和19.40%。',
      why: 'heldout-s34n (河北 2021 evaluation report): one value a year of the span 2019—2021',
    },
  ],
  invalid: [
    {
      text: '2019—2020年奖扶和特扶项目各年度分别补贴805386人、856987人和1023277人。',
      why: 'near: a span of two years, two things and three values',
      errors: [{ line: 1, column: 25 }],
    },
  ],
});

testRule('figure-consistency', {
  valid: [
    {
      text: '该部分分值15分，评价得分10.50分，得分率70%，具体情况详见表2。\n该部分分值25分，评价得分22.90分，得分率91.60%，具体情况详见表3。',
      why: 'heldout-s34n (黑龙江 2021 evaluation reports): the score rate of each part is the rate of its own score',
    },
    {
      text: '全省共对938个重大政策和项目开展财政事前绩效评估，涉及资金410亿元。二是设置运行监控“预警灯”。全省共对1339个项目开展财政重点监控，涉及资金329.9亿元。',
      why: 'heldout-s34n (山东 2023 final account): a scope before 对 counts what follows the number',
    },
    {
      text: '2023年共安排5个省级专项资金及专项业务费项目，全年预算数为79425万元，2023年共支出61562.45万元，预算执行率为77.51%。\n2023年共安排4个中央专项资金，全年预算数为49790万元，2023年共支出33464.999万元，预算执行率为67.2%。',
      why: 'heldout-s34n (福建 2024 evaluation report): each budget is of the funds counted before it, each rate of its own sum',
    },
    {
      text: '将2018年及以前年度通过预算资金偿还到期债务形成的债务限额空间（限额大于余额的部分）1041.9亿元（一般债务限额611.4亿元，专项债务限额430.5亿元），将其中261亿元（一般债务限额116.7亿元，专项债务限额144.3亿元）下达我省发行再融资债券偿还存量债务，剩余780.9亿元（一般债务限额494.7亿元，专项债务限额286.2亿元）由中央财政收回。',
      why: 'heldout-s34n2 (江苏 2023 debt report): a note in brackets parted by a comma, closed before 其中, is on the figure before it (the parts sum)',
    },
    {
      text: '2024年，省级共留用债券609.82亿元，其中，新增债券518.49亿元，包括：用于置换存量隐性债务200亿元，交通基础设施领域169.2亿元；其他债券91.33亿元。',
      why: 'heldout-s34n2 (山东 2024 debt report): what ，包括： lists breaks down the part before it (the parts sum)',
    },
  ],
  invalid: [
    {
      text: '将债务限额空间1041.9亿元（一般债务限额611.4亿元，专项债务限额430.5亿元），将其中261亿元下达市县，剩余790.9亿元由省级统筹。',
      why: 'near: the parts add up to 1051.9, not to the whole before the note',
      errors: [{ line: 1, column: 8 }],
    },
    {
      text: '2024年，省级共留用债券609.82亿元，其中，新增债券518.49亿元，包括：用于置换存量隐性债务200亿元，交通基础设施领域169.2亿元；其他债券81.33亿元。',
      why: 'near: the parts without the breakdown add up to 599.82',
      errors: [{ line: 1, column: 14 }],
    },
    {
      text: '该部分分值15分，评价得分10.50分，得分率70%。\n该部分分值15分，评价得分10.50分，得分率75%。',
      why: 'near: the same score with two rates',
      errors: [{ line: 2, column: 21 }],
    },
    {
      text: '2023年共安排5个省级专项资金，全年预算数为79425万元。\n2023年共安排5个省级专项资金，全年预算数为79452万元。',
      why: 'near: the same funds with two budgets',
      errors: [{ line: 2, column: 18 }],
    },
  ],
});
