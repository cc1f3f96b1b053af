// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'count-mismatch',
    name: { zh: '数量与列举不符', en: 'Stated count differs from the items listed' },
    description: { zh: '数量与列举不符', en: 'Stated count differs from the items listed' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
