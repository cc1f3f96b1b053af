// wrong-character, round 37 (issue 12, recall on homophone slips). A same-reading candidate that puts another
// two-character dictionary word in the very place of a written one (联网保送 → 报送) was dropped whenever the word model
// preferred the written word at all (segGain below 0), though two dictionary words of about the same cost are a tie that
// model cannot break (Candidate.wordSwap, realWordTieSegGain −4: the same allowance a context flip already had). The
// candidate still needs the usual 25 from the character model, the phrasing and the rescue paths. A candidate whose word
// takes a character of the next word (命案|全部 → 安全) is no swap in place and keeps the old demand. The slip is from
// ECSpell's official-document split (odw.train, training fold, MIT — see data/SOURCES.md); the quiet sentences are
// report and news language.
import { testRule } from '../helpers/ruleTester';

testRule('wrong-character', {
  valid: [
    { text: '开展优化税收环境专项行动，2018年底前在全国实现部分行业企业纳税申报表、财务报表联网报送，最大限度压减企业办理纳税时间。', why: 'round 37: the ECSpell sentence of the test below, corrected' },
    { text: '组织一系列治安整治行动，年内重大命案全部告破，创建矛盾纠纷排查调处新机制。', why: 'round 37, untouched-s36u (吉林 2010): 安全 would take 全 of 全部, no swap of 命案 in place (flagged when the tie was allowed to any same-reading candidate of a word)' },
    { text: '他被保送到北京大学读研究生。', why: 'round 37: 保送 (recommended for admission) written on purpose; the tie lets 报送 be weighed, the evidence is far short' },
    { text: '推动高质量发展走在全省前头。\n各项工作继续走在前头，干在实处。', why: 'round 37: 前头 (ahead) in report language is no slip for 牵头' },
  ],
  invalid: [
    {
      text: '开展优化税收环境专项行动，2018年底前在全国实现部分行业企业纳税申报表、财务报表联网保送，最大限度压减企业办理纳税时间。',
      why: 'round 37, ECSpell (training fold): 保送 and 报送 are both dictionary words, the word model prefers 保送 by 0.3 nat (a tie); the character model and the phrasing decide',
      errors: [{ line: 1, column: 44, endColumn: 45, message: '“保送”疑为“报送”（同音别字：“保”应为“报”），请核对。' }],
      output: '开展优化税收环境专项行动，2018年底前在全国实现部分行业企业纳税申报表、财务报表联网报送，最大限度压减企业办理纳税时间。',
    },
  ],
});
