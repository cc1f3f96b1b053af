// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'sequence-numbering',
    name: { zh: '序号连续', en: 'Sequence numbering gap or repeat' },
    description: { zh: '序号连续', en: 'Sequence numbering gap or repeat' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
