// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'respectively-mismatch',
    name: { zh: '“分别”数目不符', en: 'Respectively: subjects and values differ in number' },
    description: { zh: '“分别”数目不符', en: 'Respectively: subjects and values differ in number' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
