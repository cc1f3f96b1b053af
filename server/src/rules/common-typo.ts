// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'common-typo',
    name: { zh: '常见错别字', en: 'Common miswritten word' },
    description: { zh: '常见错别字', en: 'Common miswritten word' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
