// The engine's public surface: what the LSP server, the CLI, the bench and the tests import.
export * from './types';
export { LintDocument, type LanguageId, type Position } from './document';
export { MASK_CHAR } from './masking';
export { LintCache } from './cache';
export { lint, lintDocument, type LintOptions, type LintResult } from './lint';
export { applyEdits, applyFixes, fixAll, type ApplyResult, type FixAllResult } from './fixes';
export {
  assertValidConfig, ConfigError, configKey, defaultConfig, parseSeverity, resolveConfig, validateConfig,
  DEFAULT_MAX_FILE_SIZE, type ConfigProblem, type GongwenConfig,
} from './config';
export { fixTitle, interpolate, localeFromTag, localize } from './messages';
export { ruleDocsUrl, VERSION, REPOSITORY_URL } from './version';
export { RULES, ruleById } from '../rules';
