// The CLI's second bundle, dist/cli-engine.js (esbuild.mjs): the engine with its rules and what needs them, which
// the CLI's modules reach through engine.ts when a run first needs it. Loading it registers the Node loaders of the
// language data, as the language server does at start.
import { registerNodeOpenCCDictionaries } from '../node/openccDictionaries';
import { registerNodeLanguageData } from '../node/wrongCharacterData';

registerNodeLanguageData();
registerNodeOpenCCDictionaries();

export { ConfigError, defaultConfig, parseSeverity, resolveConfig, ruleById, RULES, unknownRule } from '../engine';
export { loadConfigFile } from '../node/configFile';
export { convertText } from '../text/convert';
export { processDocx } from './lintDocx';
export { lintNonEmptyText } from './lint-text';
// The zh-TW table, for the CLI bundle's own copy of engine/messages.ts (engine.ts hands it over on load).
export { default as TAIWAN_TABLE } from '../engine/messages.zh-tw.json';
