// Validation of a user's `.gongwenrc.json`: ajv checks it against the JSON schema generated from the
// rules' meta (the same schema editors use), and each failure is said in one plain line naming the key.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closestId } from './closest-id';
import { configSchema, SEVERITIES } from './schema';
import { SCRIPT_SETTINGS } from '../text/script-names';
import type { Localized, Rule, Severity } from './types';

/** A problem found while validating configuration; `path` is a JSON path like `rules.repeated-word`.
 * The message is in both interface languages: the CLI and the editor say it in the user's. */
export interface ConfigProblem {
  path: string;
  message: Localized;
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

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

type AjvModule = typeof import('ajv');
let ajvModule: AjvModule | undefined;
// The bundle's CommonJS require (esbuild resolves it at build time), declared here so that the engine
// builds without Node's types (tsconfig.core.json).
declare const require: (id: 'ajv') => AjvModule;

/** ajv, required when a configuration is first validated: loading it costs more than the rest of start-up. */
function ajvClass(): AjvModule['default'] {
  return (ajvModule ??= require('ajv')).default;
}

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    // strictTuples off: a rule entry is [severity] or [severity, options], a tuple with an optional tail.
    const Ajv = ajvClass();
    const ajv = new Ajv({ allErrors: true, strictTuples: false });
    ajv.addVocabulary(['markdownDescription', 'allowComments', 'allowTrailingCommas']); // editor annotations (VS Code), not checks
    validate = ajv.compile(configSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const CONFIG_NOT_AN_OBJECT: Localized = { zh: '配置须为一个 JSON 对象，如 {}', en: 'the configuration must be a JSON object' };

const OPTION_TYPE_ZH: Record<string, string> = { boolean: '布尔值（true 或 false）', number: '数字', string: '字符串', 'string[]': '字符串数组' };
const OPTION_TYPE_EN: Record<string, string> = { boolean: 'true or false', number: 'a number', string: 'a string', 'string[]': 'an array of strings' };

/** A list of names as each language writes one: a、b、c / a, b, c. */
const listOf = (names: readonly string[]): Localized => ({ zh: names.join('、'), en: names.join(', ') });

/** Order of the top-level keys' problems: unknown keys first, then as the file format lists them. */
const KEY_ORDER = ['$schema', 'script', 'rules', 'allow', 'ignorePatterns', 'terms', 'maxFileSize'];

interface Ranked extends ConfigProblem {
  rank: number[];
}

/** Check a parsed config object against the rules' schema. Returns the problems; empty means valid. */
export function validateConfig(raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  if (!isObject(raw)) return [{ path: '', message: CONFIG_NOT_AN_OBJECT }];
  const validate = validatorFor(rules);
  if (validate(raw)) return [];
  const problems = new Map<string, Ranked>();
  const add = (problem: Ranked) => {
    if (!problems.has(problem.path)) problems.set(problem.path, problem);
  };
  for (const error of validate.errors ?? []) {
    for (const problem of describe(error, raw, rules)) add(problem);
  }
  return [...problems.values()]
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ path, message }) => ({ path, message }));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** `/rules/a~1b` → ['rules', 'a/b'] (JSON Pointer). */
function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(error: ErrorObject, config: Record<string, unknown>, rules: readonly Rule[]): Ranked[] {
  const [key, entry] = segmentsOf(error.instancePath);
  const keys = Object.keys(config);
  if (key === undefined) {
    const unknown = String((error.params as { additionalProperty?: string }).additionalProperty);
    const known = listOf(KEY_ORDER);
    return [{ path: unknown, message: { zh: `未知的键“${unknown}”（可用：${known.zh}）`, en: `unknown key "${unknown}" (keys: ${known.en})` }, rank: [-1, keys.indexOf(unknown)] }];
  }
  const rank = KEY_ORDER.indexOf(key);
  switch (key) {
    case '$schema': return [{ path: key, message: { zh: '“$schema”须为字符串', en: '"$schema" must be a string' }, rank: [rank] }];
    case 'script': {
      const scripts = listOf(SCRIPT_SETTINGS);
      return [{ path: key, message: { zh: `“script”只能是 ${scripts.zh}`, en: `"script" must be one of ${scripts.en}` }, rank: [rank] }];
    }
    case 'allow':
    case 'ignorePatterns': return [{ path: key, message: { zh: `“${key}”须为非空字符串的数组`, en: `"${key}" must be an array of non-empty strings` }, rank: [rank] }];
    case 'maxFileSize': return [{
      path: key,
      message: {
        zh: '“maxFileSize”须为正的字节数，或带单位 K、M、G 的大小（均按 1024 进位），如 "50M"',
        en: '"maxFileSize" must be a positive number of bytes, or a size with a unit K, M or G (powers of 1024) such as "50M"',
      },
      rank: [rank],
    }];
    case 'terms': {
      const wrong = entry ?? (error.params as { propertyName?: string }).propertyName ?? error.propertyName;
      if (wrong === undefined) return [{ path: key, message: { zh: '“terms”须为“误写 → 正确写法”的对象', en: '"terms" must be an object of wrong → right' }, rank: [rank] }];
      const index = Object.keys(config.terms as object).indexOf(wrong);
      return [{
        path: `terms.${wrong}`,
        message: {
          zh: `词条“${wrong}”须对应一个字符串，或 { "to": 字符串, "message"?: 字符串 }`,
          en: `term "${wrong}" must map to a string or { "to": string, "message"?: string }`,
        },
        rank: [rank, index],
      }];
    }
    case 'rules': {
      if (entry === undefined && error.keyword !== 'additionalProperties') {
        return [{ path: key, message: { zh: '“rules”须为“规则 id → 级别”的对象', en: '"rules" must be an object of rule id → severity' }, rank: [rank] }];
      }
      const id = entry ?? String((error.params as { additionalProperty?: string }).additionalProperty);
      const index = Object.keys(config.rules as object).indexOf(id);
      return describeRuleEntry(error, id, (config.rules as Record<string, unknown>)[id], rules).map((p) => ({ ...p, rank: [rank, index, ...p.rank] }));
    }
  }
  return [{ path: key, message: { zh: `“${key}”的值无效`, en: `"${key}" is not valid` }, rank: [rank] }];
}

/** 未知规则“repeatd-word”（是不是“repeated-word”？）; with no id near it, the list of ids. Said alike by --rule. */
export function unknownRule(id: string, rules: readonly Rule[]): Localized {
  const ids = rules.map((r) => r.meta.id);
  const meant = closestId(id, ids);
  if (meant) return { zh: `未知规则“${id}”（是不是“${meant}”？）`, en: `unknown rule "${id}" (did you mean "${meant}"?)` };
  const known = listOf(ids);
  return { zh: `未知规则“${id}”（已有规则：${known.zh}）`, en: `unknown rule "${id}" (known rules: ${known.en})` };
}

/** One rule's entry: an unknown id, a bad severity, or problems with its options. */
function describeRuleEntry(error: ErrorObject, id: string, value: unknown, rules: readonly Rule[]): Ranked[] {
  const path = `rules.${id}`;
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    return [{ path, message: unknownRule(id, rules), rank: [] }];
  }
  const [severity, options] = Array.isArray(value) ? (value as unknown[]) : [value, undefined];
  if (parseSeverity(severity) === undefined) {
    const shown = JSON.stringify(severity);
    return [{
      path,
      message: { zh: `规则“${id}”的级别${typeof severity === 'string' ? `“${severity}”` : ` ${shown} `}无效（可用 off、info、warn、error）`, en: `bad severity ${shown} for "${id}" (use off, info, warn or error)` },
      rank: [],
    }];
  }
  if (Array.isArray(value) && value.length > 2) {
    return [{ path, message: { zh: `规则“${id}”须写作 级别 或 [级别, 选项]`, en: `"${id}" takes a severity or [severity, options]` }, rank: [] }];
  }
  const [, position, option] = segmentsOf(error.instancePath).slice(1);
  if (position !== '1') return []; // a branch of the schema's oneOf that the value was never meant to match
  if (!isObject(options)) return [{ path, message: { zh: `规则“${id}”的选项须为对象`, en: `options of "${id}" must be an object` }, rank: [] }];
  const names = Object.keys(options);
  const specs = rule.meta.options ?? {};
  const name = option ?? (error.params as { additionalProperty?: string }).additionalProperty;
  if (name === undefined) return [];
  const spec = specs[name];
  if (!spec) {
    const known = listOf(Object.keys(specs));
    return [{
      path: `${path}.${name}`,
      message: {
        zh: `规则“${id}”没有选项“${name}”${known.zh ? `（可用选项：${known.zh}）` : '（它没有选项）'}`,
        en: `rule "${id}" has no option "${name}"${known.en ? ` (options: ${known.en})` : ''}`,
      },
      rank: [names.indexOf(name)],
    }];
  }
  const expected = spec.enum
    ? { zh: ` ${spec.enum.join('、')} 之一`, en: `one of ${spec.enum.join(' | ')}` }
    : { zh: OPTION_TYPE_ZH[spec.type] ?? spec.type, en: OPTION_TYPE_EN[spec.type] ?? spec.type };
  return [{
    path: `${path}.${name}`,
    message: { zh: `规则“${id}”的选项“${name}”须为${expected.zh}`, en: `option "${name}" of "${id}" must be ${expected.en}` },
    rank: [names.indexOf(name)],
  }];
}
