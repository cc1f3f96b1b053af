// The configuration the typo benches lint with: one rule on (as a warning), every other off. One place for what
// fifteen benches wrote out each (round 36's final review).
import { resolveConfig, type ResolvedConfig } from '../server/src/engine';

/** Every rule off but `id` (wrong-character unless named), which warns. */
export function onlyRuleConfig(id = 'wrong-character'): ResolvedConfig {
  const rules: Record<string, 'off' | 'warn'> = {};
  for (const rule of Object.keys(resolveConfig().rules)) rules[rule] = rule === id ? 'warn' : 'off';
  return resolveConfig({ rules });
}
