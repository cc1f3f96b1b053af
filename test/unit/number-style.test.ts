import { testRule } from '../helpers/ruleTester';

testRule('number-style', {
  valid: [
    { text: '全市约有3000人参加培训。', why: '约 alone' },
    { text: '参加培训的有3000人左右。', why: '左右 alone' },
    { text: '要节约10%左右的能耗。', why: '节约 is a word, not the approximation 约' },
    { text: '接近50%左右的企业已完成改造。', why: '接近 is a word' },
    { text: '2024年3月8日，全市召开工作会议。', why: 'a full year' },
    { text: '二〇二四年三月八日', why: 'the right 〇' },
    { text: '他在基层工作了24年。', why: '24年 is a duration' },
    { text: '上世纪90年代以来', why: 'a decade' },
    { text: '增幅为15%～30%。', why: 'both ends carry the sign' },
    { text: '2019—2023%', why: 'not a percentage range' },
    { text: '全年接待群众3000余人次，走访120多家企业。', why: '余/多 after a round figure' },
    { text: '今年将采取三项举措。一是全面实施营改增。三是将18项行政事业性收费的免征范围扩大。', why: 'corpus 2016: 三项举措 and 18项收费 are different things' },
    { text: '扎实开展中央八项规定精神学习教育，提请审议地方性法规草案8项。', why: 'corpus: a set phrase' },
    { text: '落实“三个一”工作机制，新建3个一站式服务中心。', why: 'a quoted set phrase is not a count' },
  ],
  invalid: [
    {
      text: '全年约有3000人左右参加培训。',
      errors: [{ line: 1, column: 3, endColumn: 12, messageId: 'aboutAround', text: '约有3000人左右', message: '“约有3000人左右”中“约”与“左右”语义重复（GB/T 15835-2011），请删去其一。' }],
    },
    { text: '共有近3万人左右参加。', errors: [{ line: 1, column: 3, endColumn: 9, messageId: 'aboutAround', text: '近3万人左右' }] },
    {
      text: '24年3月8日，全市召开工作会议。',
      errors: [{ line: 1, column: 1, endColumn: 4, messageId: 'shortYear', text: '24年', message: '年份“24年”不应简写（GB/T 15835-2011），请写全，如“2024年”。' }],
    },
    { text: '08年以来，全市新建学校12所。', errors: [{ line: 1, column: 1, endColumn: 4, messageId: 'shortYear' }] },
    {
      text: '二零二四年三月八日',
      errors: [{ line: 1, column: 1, endColumn: 6, messageId: 'zeroInYear', severity: 'warn', message: '汉字年份中的零应写作“〇”（GB/T 15835-2011）：“二零二四年”应为“二〇二四年”。' }],
      output: '二〇二四年三月八日',
    },
    { text: '向大会报告一九九○年国民经济计划执行情况。', why: 'corpus 1991: ○ (a circle) prints like 〇, so info', errors: [{ line: 1, column: 6, endColumn: 11, severity: 'info' }], output: '向大会报告一九九〇年国民经济计划执行情况。' },
    {
      text: '综合能耗下降15～30%。',
      errors: [{ line: 1, column: 7, endColumn: 13, messageId: 'percentRange', message: '百分数范围前后两个数都要带%（GB/T 15835-2011）：“15～30%”应为“15%～30%”。' }],
      output: '综合能耗下降15%～30%。',
    },
    { text: '增幅在5.5-8％之间。', errors: [{ line: 1, column: 4, endColumn: 10, messageId: 'percentRange' }], output: '增幅在5.5％-8％之间。' },
    { text: '全年接待群众3127余人次。', errors: [{ line: 1, column: 7, endColumn: 12, messageId: 'approxExact', text: '3127余' }] },
    { text: '走访企业125多家。', errors: [{ line: 1, column: 5, endColumn: 9, messageId: 'approxExact' }] },
    {
      text: '新建三个县级文化馆，改造4个县级图书馆。',
      errors: [{ line: 1, column: 13, endColumn: 16, messageId: 'mixedCount', severity: 'info', text: '4个县', message: '同段计数写法不一：“三个县”用汉字数字，“4个县”用阿拉伯数字（GB/T 15835-2011），请统一。' }],
    },
  ],
});
