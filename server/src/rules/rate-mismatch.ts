// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'rate-mismatch',
    name: { zh: '比率核算', en: 'Rate does not match its counts' },
    description: { zh: '比率核算', en: 'Rate does not match its counts' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
