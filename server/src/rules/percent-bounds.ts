// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'percent-bounds',
    name: { zh: '百分比越界', en: 'Percentage out of bounds' },
    description: { zh: '百分比越界', en: 'Percentage out of bounds' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
