import { testRule } from '../helpers/ruleTester';

testRule('symbol-consistency', {
  valid: [
    '化解率98.66%，一般类化解率99.12%，关注类化解率90.98%。',
    { text: '物价总指数比１９８７年上升１８．５％，工业增长１７．７％。', why: 'full-width digits with ％ throughout' },
    { text: '百分之十五和15%。', why: '百分之 is words, not a symbol' },
    { text: '「我們」說“好”。', why: 'quotation marks are not checked (Taiwan text mixes them legitimately)' },
  ],
  invalid: [
    {
      text: '全年共排查矛盾糾紛18161起,化解17918起,化解率98.66%,其中一般類化解率99.12﹪;關注類化解率90.98%。',
      why: 'seed 001 line 19: a small-form ﹪ among %',
      errors: [{
        line: 1, column: 49, endColumn: 50, messageId: 'smallForm', severity: 'warn', text: '﹪',
        message: '百分号写法不统一：此处是小号变体“﹪”（全文 1 处），全文多数用“%”（2 处）。请统一为“%”。',
      }],
      output: '全年共排查矛盾糾紛18161起,化解17918起,化解率98.66%,其中一般類化解率99.12%;關注類化解率90.98%。',
    },
    {
      text: '增长5%，\n下降3％，\n提高2％。',
      why: 'full-width is the majority: the half-width one is the odd one out, reported one level lower',
      errors: [{ line: 1, column: 4, endColumn: 5, messageId: 'mixedWidth', severity: 'info' }],
      output: '增长5％，\n下降3％，\n提高2％。',
    },
    {
      text: '增长5%，下降3％。',
      why: 'a tie goes to %',
      errors: [{ line: 1, column: 9, endColumn: 10, messageId: 'mixedWidth' }],
      output: '增长5%，下降3%。',
    },
  ],
});
