// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'fullwidth-punctuation',
    name: { zh: '标点全角', en: 'Half-width punctuation in Chinese text' },
    description: { zh: '标点全角', en: 'Half-width punctuation in Chinese text' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
