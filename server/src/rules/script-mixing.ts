// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'script-mixing',
    name: { zh: '繁简混用', en: 'Mixed simplified and traditional script' },
    description: { zh: '繁简混用', en: 'Mixed simplified and traditional script' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
