// The names of the scripts, shared by the text helpers and the engine. A leaf module: it imports
// nothing, so the engine depends on text and never the other way round.

/** Document script setting; "auto" decides from the characters that exist in only one script. */
export type ScriptSetting = 'auto' | 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK';
/** What the engine decided the document is written in ("unknown": too few script-specific characters). */
export type Script = 'zh-Hans' | 'zh-Hant' | 'zh-TW' | 'zh-HK' | 'unknown';

/** How a decided or chosen script is named to the user: in messages and in the status bar alike. */
export const SCRIPT_NAMES: Readonly<Record<Exclude<Script, 'unknown'>, { readonly zh: string; readonly en: string }>> = {
  'zh-Hans': { zh: '简体', en: 'simplified' },
  'zh-Hant': { zh: '繁体', en: 'traditional' },
  'zh-TW': { zh: '繁体（台湾）', en: 'traditional (Taiwan)' },
  'zh-HK': { zh: '繁体（香港）', en: 'traditional (Hong Kong)' },
};
