// `gongwen-lint --help`, in the user's language: one template per language (HELP_TEXT), so `npm run generate` converts
// the simplified one into zh-TW (messages.zh-tw.json) as the CLI's other lines; the formats, the conversion targets and
// the rule ids are values, as written.
import type { Locale } from '../engine';
import { composeText, localize } from '../engine/messages';
import { engine } from './engine';
import { FORMAT_NAMES } from '../formatters';
import { CONVERT_TARGETS } from './args';
import { HELP_TEXT } from './help-text';

export function helpText(locale: Locale): string {
  // Loads the engine (the rule ids), which hands over the zh-TW table.
  const rules = engine().RULES.map((r) => r.meta.id).join(', ');
  const text = composeText(HELP_TEXT, {
    formats: FORMAT_NAMES.join('|'),
    targets: CONVERT_TARGETS.join('|'),
    targetList: { zh: CONVERT_TARGETS.join('、'), en: CONVERT_TARGETS.join(', ') },
    rules,
  });
  return localize(text, locale);
}
