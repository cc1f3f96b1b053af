// PLACEHOLDER until the script issue: decides the document's script.
import type { Paragraph, Script, ScriptSetting } from '../engine/types';

export function decideScript(_paragraphs: readonly Paragraph[], setting: ScriptSetting): Script {
  return setting === 'auto' ? 'unknown' : setting;
}
