// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'repeated-punctuation',
    name: { zh: '标点重复', en: 'Repeated punctuation' },
    description: { zh: '标点重复', en: 'Repeated punctuation' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
