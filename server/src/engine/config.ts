// Configuration as data: validation of a user's `.gongwenrc.json` (or the editor's settings)
// and resolution against the rules' defaults. Never evaluates code.
import { RULES, ruleById } from '../rules';
import type { ResolvedConfig, RuleSetting, ScriptSetting, Severity, TermEntry } from './types';

/** The shape of `.gongwenrc.json`. Every key is optional. */
export interface GongwenConfig {
  script?: ScriptSetting;
  rules?: Record<string, Severity | [Severity] | [Severity, Record<string, unknown>]>;
  allow?: string[];
  terms?: Record<string, string | TermEntry>;
  ignorePatterns?: string[];
  maxFileSize?: number;
}

export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error'];
export const SCRIPT_SETTINGS: readonly ScriptSetting[] = ['auto', 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'];
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
const KNOWN_KEYS = new Set(['$schema', 'script', 'rules', 'allow', 'terms', 'ignorePatterns', 'maxFileSize']);

/** A problem found while validating configuration; `path` is a JSON path like `rules.repeated-word`. */
export interface ConfigProblem {
  path: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Accepts "warning"/"warn", numbers 0–2 as ESLint does, for people who bring habits along. */
export function parseSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'number') return (['off', 'warn', 'error'] as const)[value];
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v === 'warning') return 'warn';
  if (v === 'information' || v === 'hint') return 'info';
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

/** Check a parsed config object. Returns the problems found; an empty list means valid. */
export function validateConfig(raw: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ path: '', message: 'the configuration must be a JSON object' }];
  }
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ path: key, message: `unknown key "${key}"` });
  }
  if (config.script !== undefined && !SCRIPT_SETTINGS.includes(config.script as ScriptSetting)) {
    problems.push({ path: 'script', message: `"script" must be one of ${SCRIPT_SETTINGS.join(', ')}` });
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      problems.push({ path: 'rules', message: '"rules" must be an object of rule id → severity' });
    } else {
      for (const [id, value] of Object.entries(config.rules)) problems.push(...validateRuleEntry(id, value));
    }
  }
  for (const key of ['allow', 'ignorePatterns'] as const) {
    const list = config[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x === ''))) {
      problems.push({ path: key, message: `"${key}" must be an array of non-empty strings` });
    }
  }
  if (config.terms !== undefined) {
    if (typeof config.terms !== 'object' || config.terms === null || Array.isArray(config.terms)) {
      problems.push({ path: 'terms', message: '"terms" must be an object of wrong → right' });
    } else {
      for (const [wrong, right] of Object.entries(config.terms)) {
        const ok =
          wrong !== '' &&
          (typeof right === 'string' ||
            (typeof right === 'object' && right !== null && typeof (right as TermEntry).to === 'string' &&
              ((right as TermEntry).message === undefined || typeof (right as TermEntry).message === 'string')));
        if (!ok) problems.push({ path: `terms.${wrong}`, message: `term "${wrong}" must map to a string or { "to": string, "message"?: string }` });
      }
    }
  }
  if (config.maxFileSize !== undefined && !(typeof config.maxFileSize === 'number' && config.maxFileSize > 0)) {
    problems.push({ path: 'maxFileSize', message: '"maxFileSize" must be a positive number of bytes' });
  }
  return problems;
}

function validateRuleEntry(id: string, value: unknown): ConfigProblem[] {
  const path = `rules.${id}`;
  const rule = ruleById(id);
  if (!rule) {
    return [{ path, message: `unknown rule "${id}" (known rules: ${RULES.map((r) => r.meta.id).join(', ')})` }];
  }
  const [severity, options] = Array.isArray(value) ? (value as unknown[]) : [value, undefined];
  if (parseSeverity(severity) === undefined) {
    return [{ path, message: `bad severity ${JSON.stringify(severity)} for "${id}" (use off, info, warn or error)` }];
  }
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [{ path, message: `options of "${id}" must be an object` }];
  }
  const problems: ConfigProblem[] = [];
  const specs = rule.meta.options ?? {};
  for (const [name, optionValue] of Object.entries(options)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      problems.push({ path: `${path}.${name}`, message: `rule "${id}" has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ''}` });
      continue;
    }
    const ok =
      spec.type === 'string[]'
        ? Array.isArray(optionValue) && optionValue.every((x) => typeof x === 'string')
        : typeof optionValue === spec.type && (!spec.enum || spec.enum.includes(optionValue as string));
    if (!ok) {
      problems.push({ path: `${path}.${name}`, message: `option "${name}" of "${id}" must be ${spec.enum ? spec.enum.join(' | ') : spec.type}` });
    }
  }
  return problems;
}

/** Throws a ConfigError listing every problem, naming `source`. */
export function assertValidConfig(raw: unknown, source: string): GongwenConfig {
  const problems = validateConfig(raw);
  if (problems.length) {
    throw new ConfigError(problems.map((p) => `${source}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'));
  }
  return raw as GongwenConfig;
}

/** The configuration with nothing set: every rule at its default severity and options. */
export function defaultConfig(): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) options[name] = structuredClone(spec.default);
    rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options };
  }
  return { script: 'auto', rules, allow: [], terms: {}, ignorePatterns: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

/**
 * Layer configurations over the defaults, later layers winning. Lists (`allow`,
 * `ignorePatterns`) and maps (`terms`) accumulate; a rule entry replaces severity and
 * merges options. Layers are assumed valid (see validateConfig).
 */
export function resolveConfig(...layers: (GongwenConfig | undefined)[]): ResolvedConfig {
  const resolved = defaultConfig();
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.script) resolved.script = layer.script;
    if (layer.maxFileSize) resolved.maxFileSize = layer.maxFileSize;
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
