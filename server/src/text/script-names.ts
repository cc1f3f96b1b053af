// The names of the scripts, shared by the text helpers and the engine. A leaf module: it imports
// nothing, so the engine depends on text and never the other way round.

/** The Chinese scripts a document can be written in (OpenCC's targets: simplified, traditional, Taiwan, Hong Kong). */
export const CHINESE_SCRIPTS = ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'] as const;
export type ChineseScript = (typeof CHINESE_SCRIPTS)[number];

/** Document script settings; "auto" decides from the characters that exist in only one script. */
export const SCRIPT_SETTINGS = ['auto', ...CHINESE_SCRIPTS] as const;
export type ScriptSetting = (typeof SCRIPT_SETTINGS)[number];
export function isScriptSetting(value: unknown): value is ScriptSetting {
  return (SCRIPT_SETTINGS as readonly unknown[]).includes(value);
}

/** What the engine decided the document is written in ("unknown": too few script-specific characters). */
export type Script = ChineseScript | 'unknown';
