// wrong-character, round 38 (s38-wcshape): a look-alike candidate may take the few word collocations of round 32
// (Candidate.collocatedFew, until now for same-reading candidates only) where its three-character windows gain at least
// two windows of official set phrasing (LOOKALIKE_FEW_PHRASE) and its written character is in no dictionary word. Found:
// ECSpell's 联责 → 职责 and 政办 → 政协 (train fold), and the scanned normative document's 觉外 → 党外 (heldout-s32n2, five
// of its six places). The collocations alone flagged six clean sentences (no window, or one, each: 抢新机 twice, 毕业学年,
// 并呈, 率先开行, 中能建投), and 网格化 → 网络化 gains two windows but 网格 is a word. The report-phrase evidence of round
// 33, extended to look-alikes as well, flagged 年味 three times and found nothing.
import { testRule } from '../helpers/ruleTester';

const lookAlike = (text: string, column: number, wrong: string, right: string, from: string, to: string, why: string) => ({
  text,
  why,
  output: text.replace(wrong, right),
  errors: [{ line: 1, column, endColumn: column + 1, message: `“${wrong}”疑为“${right}”（形近别字：“${from}”应为“${to}”），请核对。` }],
});

testRule('wrong-character', {
  valid: [
    { text: '在乡村振兴上开新局，在实施数字经济战略上抢新机，在生态文明建设上出新绩，奋力开创新局面。', why: 'round 38: 抢新机 (one set-phrase window), not 创新' },
    { text: '将补贴发放时间由毕业前调整为毕业学年之初。', why: 'round 38: 毕业学年 (a word, one window), not 学生' },
    { text: '香港社会的不安定因素已经存在并呈波浪式上升。', why: 'round 38: 并呈 (no window), not 并且' },
    { text: '南宁成为率先开行国际列车的省会城市。', why: 'round 38: 率先开行 (one window), not 先进' },
    { text: '共享储能、中能建投50万千瓦风电等重大项目建成。', why: 'round 38: 中能建投, a company name (no window), not 建设' },
    { text: '深化基层治理网格化，推动社会治理重心向基层下移。', why: 'round 38: 网格 is a word (网络 gains two windows): a look-alike of a written word takes no few collocations' },
    { text: '浓郁的年味从穿镇而过的栗江上漫溢开来。', why: 'round 38: 年味, flagged as 是从 by report phrasing for look-alikes (dropped)' },
    { text: '奉上一道喜庆欢乐、充满年味的元宵节盛宴。', why: 'round 38: 年味, flagged as 年末 by report phrasing for look-alikes (dropped)' },
  ],
  invalid: [
    lookAlike('明确行政应诉工作联责分工。', 9, '联责', '职责', '联', '职', 'round 38: ECSpell train, collocations and two set-phrase windows'),
    lookAlike('省级以上人大、政办的专门委员会；', 9, '政办', '政协', '办', '协', 'round 38: ECSpell train, collocations and two set-phrase windows'),
    lookAlike('2．加强觉外代表人士队伍建设，事关为全面建设小康社会、实现中华民族伟大复兴凝聚智慧和力量。', 5, '觉外', '党外', '觉', '党', 'round 38: a scan read 党 as 觉 (heldout-s32n2)'),
  ],
});
