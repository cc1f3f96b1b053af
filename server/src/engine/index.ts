// The engine's public surface, with the built-in rules wired in: what the LSP server, the CLI, the
// bench and the tests import. The modules behind it take the rule list as an argument and never
// import the registry, so the dependencies point one way: engine/index.ts → rules/ → engine/types.ts.
import { RULES } from '../rules';
import * as config from './config';
import * as fixes from './fixes';
import * as linting from './lint';
import { closestId } from './closest-id';
import { unknownDirectiveRules, type DirectiveProblem } from './directives';
import type { LintDocument } from './document';
import type { Finding, Locale, Localized, ResolvedConfig, Rule } from './types';
import { fillTemplate, localize, useTaiwanTable } from './messages';
import ZH_TW from './messages.zh-tw.json';

useTaiwanTable(ZH_TW);

export * from './types';
export { LintDocument, type LanguageId, type Position } from './document';
export { MASK_CHAR } from './masking';
export type { DirectiveProblem } from './directives';
export { LintCache } from './cache';
export type { LintOptions, LintResult, RuleListOptions, StagedLint } from './lint';
export { applyEdits, applyFixes, type ApplyResult, type FixAllResult } from './fixes';
export {
  CONFIG_NOT_AN_OBJECT, ConfigError, problemAt, configKey, parseSeverity, DEFAULT_MAX_FILE_SIZE, type ConfigProblem, type GongwenConfig,
} from './config';
export { composeText, fillTemplate, fixTitle, interpolate, localeFromTag, localize, parseLocale, taiwanText } from './messages';
export { CONFIG_TEXTS, unknownRule } from './validate';
export { ruleById, RULES } from '../rules';
export { ruleDocsUrl, VERSION, REPOSITORY_URL } from './version';

/** `options` with the built-in rules when it names none. */
function withRules(options: linting.LintOptions): linting.RuleListOptions {
  return options.rules ? (options as linting.RuleListOptions) : { ...options, rules: RULES };
}

/** Findings for `text`, sorted by position (the built-in rules unless `options.rules` names others). */
export function lint(text: string, options: linting.LintOptions = {}): Finding[] {
  return linting.lint(text, withRules(options));
}

export function lintDocument(text: string, options: linting.LintOptions = {}): linting.LintResult {
  return linting.lintDocument(text, withRules(options));
}

/** A lint whose document rules named in `later` run only when its complete() is called (engine/lint.ts). */
export function lintInStages(text: string, options: linting.LintOptions, later: ReadonlySet<string>): linting.StagedLint {
  return linting.lintInStages(text, withRules(options), later);
}

/** Lint, fix and repeat until nothing is left to fix (see engine/fixes.ts). */
export function fixAll(text: string, options: linting.LintOptions = {}, filter?: (f: Finding) => boolean, maxPasses?: number): fixes.FixAllResult {
  return fixes.fixAll(text, withRules(options), filter, maxPasses);
}

/** The configuration with nothing set, for the built-in rules. */
export function defaultConfig(): ResolvedConfig {
  return config.defaultConfig(RULES);
}

/** Layer configurations over the built-in rules' defaults (see engine/config.ts). */
export function resolveConfig(...layers: (config.GongwenConfig | undefined)[]): ResolvedConfig {
  return config.resolveConfig(RULES, ...layers);
}

/** Check a parsed config object against the schema of the built-in rules (or of `rules`). */
export function validateConfig(raw: unknown, rules: readonly Rule[] = RULES): config.ConfigProblem[] {
  return config.validateConfig(raw, rules);
}

/** The ids in `doc`'s disable directives that name none of the built-in rules (or of `rules`). */
export function directiveProblems(doc: LintDocument, rules: readonly Rule[] = RULES): DirectiveProblem[] {
  if (doc.directives.length === 0) return [];
  return unknownDirectiveRules(doc.directives, (id) => rules.some((r) => r.meta.id === id));
}

/**
 * The edit that puts the id a directive's mistyped one meant in its place (repeatd-word → repeated-word), or undefined
 * when no one id is near it: the editor's quick fix on the directive's warning.
 */
export function directiveProblemFix(problem: DirectiveProblem, text: string): { start: number; end: number; old: string; text: string } | undefined {
  const meant = closestId(problem.ruleId, RULES.map((r) => r.meta.id));
  if (!meant) return undefined;
  const comment = text.slice(problem.start, problem.end);
  const id = problem.ruleId;
  // The id as a whole item of the rule list: not inside a longer id, nor in the directive's name.
  for (let at = comment.indexOf(id); at >= 0; at = comment.indexOf(id, at + 1)) {
    const before = comment[at - 1];
    const after = comment[at + id.length];
    if ((before === ' ' || before === ',' || before === '\t') && (after === undefined || /[\s,-]/.test(after))) {
      return { start: problem.start + at, end: problem.start + at + id.length, old: id, text: meant };
    }
  }
  return undefined;
}

/** A directive problem's texts, templates for say() and `npm run generate` (zh-TW). */
export const DIRECTIVE_TEXTS = {
  didYouMean: {
    zh: '停用注释里的“{{ruleId}}”不是规则 id（是不是“{{meant}}”？），这条注释对它不起作用',
    en: '"{{ruleId}}" in this disable comment is no rule id (did you mean "{{meant}}"?), so the comment switches nothing off for it',
  },
  noRule: {
    zh: '停用注释里的“{{ruleId}}”不是规则 id，这条注释对它不起作用（规则 id 见 gongwen-lint --help）',
    en: '"{{ruleId}}" in this disable comment is no rule id, so the comment switches nothing off for it (rule ids: gongwen-lint --help)',
  },
} satisfies Record<string, Localized>;

/** What the CLI and the editor say of a directive problem, in `locale`. */
export function directiveProblemText(problem: DirectiveProblem, locale: Locale): string {
  const meant = closestId(problem.ruleId, RULES.map((r) => r.meta.id));
  const template = localize(meant ? DIRECTIVE_TEXTS.didYouMean : DIRECTIVE_TEXTS.noRule, locale);
  return fillTemplate(template, { ruleId: problem.ruleId, meant: meant ?? '' });
}

/** The same in simplified Chinese and English. */
export function directiveProblemMessage(problem: DirectiveProblem): Localized {
  return { zh: directiveProblemText(problem, 'zh'), en: directiveProblemText(problem, 'en') };
}
