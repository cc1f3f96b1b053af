// PLACEHOLDER: to be replaced by the real rule.
import type { Rule } from '../engine/types';

const rule: Rule = {
  meta: {
    id: 'part-exceeds-whole',
    name: { zh: '分项超总数', en: 'Part exceeds the whole' },
    description: { zh: '分项超总数', en: 'Part exceeds the whole' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {},
  },
  checkParagraph() {},
};

export default rule;
