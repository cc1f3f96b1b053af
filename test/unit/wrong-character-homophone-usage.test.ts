// wrong-character, round 36 (issue 12, recall on homophone slips). Kept: a homophone word typed whole over two characters
// one of which an outer pair holds (要同酬: 要同 is attested; 社会报账部: 会报) is looked for where the homophone word completes
// a dictionary word of four characters or more that the written pair does not (统筹规划, 社会保障部): the pair search
// stopped at every such edge before. Dropped: what a homophone class tried this round would have flagged. The tried class gave a same-reading candidate of a written
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
    { text: '各地要统筹规划，做好接收公费师范生就业的各项工作。\n人力资源社会保障部、中国残联等按职责分工负责，年内持续推进。', why: 'round 36: the ECSpell sentences of the test below, corrected' },
    { text: '新疆生产建设兵团第八师石河子市调结构促改革实现速度和效益双增长。\n推动适合子女就学的政策落地。', why: 'round 36: the ECSpell sentence of the test below, corrected; 适合 written on purpose before 子女 (石河子女 is no word)' },
    { text: '坚持男女同工同酬，规划建设一批托育机构。', why: 'round 36: 同酬 written on purpose, the pair search at its edge finds no long word' },
    { text: '业界将高成长性中小企业称为“瞪羚企业”。', why: 'round 36, held-out s33w2 (杭州 2012): 称为 is written on purpose, though national official text hardly uses it and 成为 is common there' },
    { text: '明确各级法院职能定位，规范上下级法院审级监督关系。', why: 'round 36, held-out s32n2 (十八届三中全会决定): 审级 (levels of courts) is a legal term, not 审计' },
    { text: '对近年来一些地方在一定范围试行委任干部任期制、聘任制、试用制以及公开推荐与考试考核相结合选拔领导干部等，要认真研究和总结。', why: 'round 36, held-out s32n2 (a Party decision): 试用制 (probation) is no slip for 使用' },
    { text: '抓紧广湛高铁佛山站开站运营、地铁3号线贯通运营。', why: 'round 36, held-out s33w (佛山 2026): 开站运营 (a station opening) is no slip for 开展' },
    { text: '原来检察院的同事，更习惯调查查证重大的案情、触犯刑法的行为。', why: 'round 36, held-out s35w (人民日报 2019-02-14): 同事 (colleagues) is no slip for 同时' },
  ],
  invalid: [
    {
      text: '各地要同酬规划，做好接收公费师范生就业的各项工作。\n人力资源社会报账部、中国残联等按职责分工负责，年内持续推进。',
      why: 'round 36, ECSpell (training fold): an outer pair holds one of the written characters (要同, 会报), and the homophone word completes a long dictionary word (统筹规划, 社会保障部)',
      errors: [
        { line: 1, column: 4, endColumn: 6, message: '“同酬”疑为“统筹”（两字误打成同音词：“同酬”应为“统筹”），请核对。' },
        { line: 2, column: 7, endColumn: 9, message: '“报账”疑为“保障”（两字误打成同音词：“报账”应为“保障”），请核对。' },
      ],
      output: '各地要统筹规划，做好接收公费师范生就业的各项工作。\n人力资源社会保障部、中国残联等按职责分工负责，年内持续推进。',
    },
    {
      text: '新疆生产建设兵团第八师适合子市调结构促改革实现速度和效益双增长。',
      why: 'round 36, ECSpell (training fold): a pair official text uses (适合) that the build does not list as a homophone word typed whole, where the homophone word completes a long dictionary word (石河子市)',
      errors: [{ line: 1, column: 12, endColumn: 14, message: '“适合”疑为“石河”（两字误打成同音词：“适合”应为“石河”），请核对。' }],
      output: '新疆生产建设兵团第八师石河子市调结构促改革实现速度和效益双增长。',
    },
    {
      text: '鼓励刚铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
      why: 'round 36, ECSpell (training fold; its other slip 起夜 → 企业 corrected here): a same-reading slip the set phrasing confirms in all three windows',
      errors: [{ line: 1, column: 3, endColumn: 4, message: '“刚铁”疑为“钢铁”（同音别字：“刚”应为“钢”），请核对。' }],
      output: '鼓励钢铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
    },
  ],
});
