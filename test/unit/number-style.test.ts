import { testRule } from '../helpers/ruleTester';

testRule('number-style', {
  valid: [
    { text: '省政府将突出充实工作内容、完善制度体系、加强督促检查、提高实施成效四个重点，继续确定20个重大建设项目和20项重要工作进行重点督查。', why: 'held-out s31 (云南 2011): 四个重点 and 20个重大建设项目 are different things (the second characters differ)' },
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
    // Hong Kong and Taiwan texts (held-out check, SOURCES.md «Held-out precision excerpts»): GB/T 15835 is the mainland's standard.
    { text: '我們現正草擬計劃細節，並會稍後諮詢保安事務委員會，務求在二○一八年下半年展開。', why: 'info.gov.hk writes ○ in years (2017 press release)' },
    { text: '懲教署人員子女教育信託基金受託人報告書，二零一四年九月一日至二零一五年八月三十一日，由保安局局長提交。', why: 'LegCo agenda 2016: 二零一四年 is Hong Kong usage' },
    { text: '近年來臺加關係在該國保守黨政府執政後已大幅改善，99年4月雙方簽署「臺加青年交流瞭解備忘錄」。', why: 'Presidential Office 2012: 99年 is 民國99年 (2010), not a short year' },
    { text: '賴清德副總統今（6）日下午前往高雄出席「2022余登發余陳月瑛紀念音樂會」。', why: 'Presidential Office 2022: a year before the name 余登發, not 2022 and more' },
    { text: '在全省规模以上工业有生产的32个大类行业中，18个行业增加值保持增长。其中，煤炭开采和洗选业同比增长95.7%、医药制造业增长24.3%，以上五个行业占全省规模以上工业增加值的比重为45.7%。', why: 'held-out (Qinghai statistics): 以上五个 points back at the industries just listed' },
  ],
  invalid: [
    { text: '省政府将突出四个重点，继续确定20个重点项目进行督查。', why: 'near 云南 2011: 四个重点 and 20个重点 share the noun', errors: [{ line: 1, column: 16, messageId: 'mixedCount' }] },
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
    { text: '全年共接待來訪群眾2022余人次。', why: 'a year-like figure followed by a unit is still a count', errors: [{ line: 1, column: 10, endColumn: 15, messageId: 'approxExact' }] },
    { text: '確保到二0二0年實現全面建成小康社會宏偉目標，二０一０年的奮鬥目標。', why: 'a digit 0 among Chinese numerals is a slip in traditional text too', errors: [{ line: 1, column: 4, endColumn: 9, messageId: 'zeroInYear' }, { line: 1, column: 24, endColumn: 29, messageId: 'zeroInYear' }], output: '確保到二〇二〇年實現全面建成小康社會宏偉目標，二〇一〇年的奮鬥目標。' },
    {
      text: '新建三个县级文化馆，改造4个县级图书馆。',
      errors: [{ line: 1, column: 13, endColumn: 16, messageId: 'mixedCount', severity: 'info', text: '4个县', message: '同段计数写法不一：“三个县”用汉字数字，“4个县”用阿拉伯数字（GB/T 15835-2011），请统一。' }],
    },
  ],
});
