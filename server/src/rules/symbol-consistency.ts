// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'symbol-consistency',
    name: { zh: '符号统一', en: 'Inconsistent symbols' },
    description: { zh: '符号统一', en: 'Inconsistent symbols' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
