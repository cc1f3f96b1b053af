// Configuration as data: a user's `.gongwenrc.json` checked (validate.ts) and resolved against the
// defaults of the rules passed in (engine/index.ts passes the built-in ones). Never evaluates code.
import type { Locale, Localized, ResolvedConfig, Rule, RuleSetting, ScriptSetting, Severity, TermEntry } from './types';
import { parseFileSize } from './fileSize';
import { composeText, localize } from './messages';
import { parseSeverity, validateConfig as validateAgainstSchema, type ConfigProblem } from './validate';

export { CONFIG_NOT_AN_OBJECT } from './validate';
export { parseSeverity, type ConfigProblem };

/** The shape of `.gongwenrc.json`. Every key is optional. */
export interface GongwenConfig {
  script?: ScriptSetting;
  rules?: Record<string, Severity | [Severity] | [Severity, Record<string, unknown>]>;
  allow?: string[];
  terms?: Record<string, string | TermEntry>;
  ignorePatterns?: string[];
  /** Bytes, or a size with a unit as for --max-file-size ("50M"). */
  maxFileSize?: number | string;
}

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** A broken configuration: one line per problem, each in both interface languages (`message` is the English). */
export class ConfigError extends Error {
  readonly lines: readonly Localized[];
  constructor(lines: Localized | readonly Localized[]) {
    const list = Array.isArray(lines) ? lines as readonly Localized[] : [lines as Localized];
    super(list.map((line) => line.en).join('\n'));
    this.name = 'ConfigError';
    this.lines = list;
  }

  /** The problems in the user's language, one per line. */
  text(locale: Locale): string {
    return this.lines.map((line) => localize(line, locale)).join('\n');
  }
}

/** Check a parsed config object against the schema of these rules. */
export function validateConfig(raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  return validateAgainstSchema(raw, rules);
}

/** A problem after where it is (`file:3:5: `, `source: path: `): the place as written, the problem in zh-TW too. */
const PROBLEM_AT: Localized = { zh: '{{where}}{{problem}}', en: '{{where}}{{problem}}' };

export function problemAt(where: string, problem: Localized): Localized {
  return composeText(PROBLEM_AT, { where, problem });
}

/** Throws a ConfigError listing every problem, naming `source`. */
export function assertValidConfig(raw: unknown, source: string, rules: readonly Rule[]): GongwenConfig {
  const problems = validateConfig(raw, rules);
  if (problems.length) {
    const where = (p: ConfigProblem) => `${source}: ${p.path ? `${p.path}: ` : ''}`;
    throw new ConfigError(problems.map((p) => problemAt(where(p), p.message)));
  }
  return raw as GongwenConfig;
}

/** The configuration with nothing set: every rule at its default severity and options. */
export function defaultConfig(ruleList: readonly Rule[]): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of ruleList) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) options[name] = copyJson(spec.default);
    rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options };
  }
  return { script: 'auto', rules, allow: [], terms: {}, ignorePatterns: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

/**
 * Layer configurations over the defaults, later layers winning. Lists (`allow`,
 * `ignorePatterns`) and maps (`terms`) accumulate; a rule entry replaces severity and
 * merges options. Layers are assumed valid (see validateConfig).
 */
export function resolveConfig(rules: readonly Rule[], ...layers: (GongwenConfig | undefined)[]): ResolvedConfig {
  const resolved = defaultConfig(rules);
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.script) resolved.script = layer.script;
    if (layer.maxFileSize) resolved.maxFileSize = parseFileSize(layer.maxFileSize) ?? resolved.maxFileSize;
    if (layer.allow) resolved.allow = [...new Set([...resolved.allow, ...layer.allow])];
    if (layer.ignorePatterns) resolved.ignorePatterns = [...resolved.ignorePatterns, ...layer.ignorePatterns];
    for (const [wrong, right] of Object.entries(layer.terms ?? {})) {
      resolved.terms[wrong] = typeof right === 'string' ? { to: right } : { ...right };
    }
    for (const [id, value] of Object.entries(layer.rules ?? {})) {
      const current = resolved.rules[id];
      if (!current) continue;
      const [severity, options] = Array.isArray(value) ? value : [value, undefined];
      resolved.rules[id] = {
        severity: parseSeverity(severity) ?? current.severity,
        options: { ...current.options, ...(options ?? {}) },
      };
    }
  }
  return resolved;
}

/** A stable key of everything in the config that can change a rule's findings (for caches). */
export function configKey(config: ResolvedConfig): string {
  return JSON.stringify([config.script, config.rules, config.allow, config.terms]);
}

/** A deep copy of a JSON value (option defaults are JSON), so a rule cannot change the shared default. */
function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyJson(v)])) as T;
  }
  return value;
}
