// wrong-character, round 36 (issue 12, recall on homophone slips): what a homophone class tried this round and dropped
// would have flagged, and a homophone slip the rule finds. The tried class gave a same-reading candidate of a written
// two-character word extra evidence where official text never uses the written word and uses the candidate's word
// often, with two more windows of set phrasing (体制机智 → 机制, 全生命周期兼管 → 监管: six to ten more sentences of
// ECSpell's training fold, none of its validation fold). On the clean folders it flagged ≈ 40 report and news words
// (同事, 称为, 审级, 试用, 开站, 国籍, 教室; one real slip, 关健) and three Taiwan words converted to simplified (攸关 twice,
// 总合): official text is 1.1 M characters of national reports, and never using a word there says little about a
// word of news or of a regulation. The quiet sentences below are those words in the held-out folders; the slip is
// from ECSpell's official-document split (odw.train, training fold, MIT — see data/SOURCES.md).
import { testRule } from '../helpers/ruleTester';

testRule('wrong-character', {
  valid: [
    { text: '业界将高成长性中小企业称为“瞪羚企业”。', why: 'round 36, held-out s33w2 (杭州 2012): 称为 is written on purpose, though national official text hardly uses it and 成为 is common there' },
    { text: '明确各级法院职能定位，规范上下级法院审级监督关系。', why: 'round 36, held-out s32n2 (十八届三中全会决定): 审级 (levels of courts) is a legal term, not 审计' },
    { text: '对近年来一些地方在一定范围试行委任干部任期制、聘任制、试用制以及公开推荐与考试考核相结合选拔领导干部等，要认真研究和总结。', why: 'round 36, held-out s32n2 (a Party decision): 试用制 (probation) is no slip for 使用' },
    { text: '抓紧广湛高铁佛山站开站运营、地铁3号线贯通运营。', why: 'round 36, held-out s33w (佛山 2026): 开站运营 (a station opening) is no slip for 开展' },
    { text: '原来检察院的同事，更习惯调查查证重大的案情、触犯刑法的行为。', why: 'round 36, held-out s35w (人民日报 2019-02-14): 同事 (colleagues) is no slip for 同时' },
  ],
  invalid: [
    {
      text: '鼓励刚铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
      why: 'round 36, ECSpell (training fold; its other slip 起夜 → 企业 corrected here): a same-reading slip the set phrasing confirms in all three windows',
      errors: [{ line: 1, column: 3, endColumn: 4, message: '“刚铁”疑为“钢铁”（同音字：“刚”→“钢”），请核对。' }],
      output: '鼓励钢铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
    },
  ],
});
