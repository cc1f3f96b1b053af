// defineRule: how a rule file declares its rule. It returns the rule unchanged; what it adds is types —
// the context's report() knows the rule's messageIds and each message's {{placeholders}}, and
// context.options knows the options in meta.options — so mistakes there fail the type check, not a run.
import type { Messages, OptionSpecs, RuleDefinition } from '../engine/types';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a rule without options has none
export function defineRule<const M extends Messages, const O extends OptionSpecs = {}, Summary = never>(
  rule: RuleDefinition<M, O, Summary>,
): RuleDefinition<M, O, Summary> {
  return rule;
}
