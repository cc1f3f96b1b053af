// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'paired-punctuation',
    name: { zh: '标点配对', en: 'Unpaired punctuation' },
    description: { zh: '标点配对', en: 'Unpaired punctuation' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
