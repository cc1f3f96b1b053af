// The names of the scripts, shared by the text helpers and the engine. A leaf module: it imports
// nothing, so the engine depends on text and never the other way round.

/** Document script setting; "auto" decides from the characters that exist in only one script. */
export type ScriptSetting = 'auto' | 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';
/** What the engine decided the document is written in ("unknown": too few script-specific characters). */
export type Script = 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK' | 'unknown';
