// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'misconversion',
    name: { zh: '繁简误转', en: 'Wrong simplified-to-traditional conversion' },
    description: { zh: '繁简误转', en: 'Wrong simplified-to-traditional conversion' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
