// Validation of a user's `.gongwenrc.json`: ajv checks it against the JSON schema generated from the
// rules' meta (the same schema editors use), and each failure is said in one plain line naming the key.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closestId } from './closest-id';
import { configSchema, SEVERITIES } from './schema';
import { SCRIPT_SETTINGS } from '../text/script-names';
import { composeText } from './messages';
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

/**
 * The configuration's problems as templates: `{{name}}` is filled with the user's words (a key, a rule id, an option),
 * which stay as written. In one table so `npm run generate` converts every one into zh-TW (messages.zh-tw.json); a
 * problem built inline as a template literal could not be found and stayed simplified under zh-TW (round 38).
 */
export const CONFIG_TEXTS = {
  notAnObject: { zh: '配置须为一个 JSON 对象，如 {}', en: 'the configuration must be a JSON object' },
  unknownKey: { zh: '未知的键“{{key}}”（可用：{{known}}）', en: 'unknown key "{{key}}" (keys: {{known}})' },
  schemaString: { zh: '“$schema”须为字符串', en: '"$schema" must be a string' },
  script: { zh: '“script”只能是 {{scripts}}', en: '"script" must be one of {{scripts}}' },
  stringArray: { zh: '“{{key}}”须为非空字符串的数组', en: '"{{key}}" must be an array of non-empty strings' },
  maxFileSize: {
    zh: '“maxFileSize”须为正的字节数，或带单位 K、M、G 的大小（均按 1024 进位），如 "50M"',
    en: '"maxFileSize" must be a positive number of bytes, or a size with a unit K, M or G (powers of 1024) such as "50M"',
  },
  termsObject: { zh: '“terms”须为“误写 → 正确写法”的对象', en: '"terms" must be an object of wrong → right' },
  termEntry: {
    zh: '词条“{{wrong}}”须对应一个字符串，或 { "to": 字符串, "message"?: 字符串 }',
    en: 'term "{{wrong}}" must map to a string or { "to": string, "message"?: string }',
  },
  rulesObject: { zh: '“rules”须为“规则 id → 级别”的对象', en: '"rules" must be an object of rule id → severity' },
  notValid: { zh: '“{{key}}”的值无效', en: '"{{key}}" is not valid' },
  unknownRuleMeant: { zh: '未知规则“{{id}}”（是不是“{{meant}}”？）', en: 'unknown rule "{{id}}" (did you mean "{{meant}}"?)' },
  unknownRuleList: { zh: '未知规则“{{id}}”（已有规则：{{known}}）', en: 'unknown rule "{{id}}" (known rules: {{known}})' },
  badSeverityString: { zh: '规则“{{id}}”的级别“{{severity}}”无效（可用 off、info、warn、error）', en: 'bad severity {{shown}} for "{{id}}" (use off, info, warn or error)' },
  badSeverityValue: { zh: '规则“{{id}}”的级别 {{shown}} 无效（可用 off、info、warn、error）', en: 'bad severity {{shown}} for "{{id}}" (use off, info, warn or error)' },
  ruleEntryShape: { zh: '规则“{{id}}”须写作 级别 或 [级别, 选项]', en: '"{{id}}" takes a severity or [severity, options]' },
  optionsObject: { zh: '规则“{{id}}”的选项须为对象', en: 'options of "{{id}}" must be an object' },
  noSuchOption: { zh: '规则“{{id}}”没有选项“{{name}}”（可用选项：{{known}}）', en: 'rule "{{id}}" has no option "{{name}}" (options: {{known}})' },
  noOptions: { zh: '规则“{{id}}”没有选项“{{name}}”（它没有选项）', en: 'rule "{{id}}" has no option "{{name}}"' },
  optionType: { zh: '规则“{{id}}”的选项“{{name}}”须为{{expected}}', en: 'option "{{name}}" of "{{id}}" must be {{expected}}' },
  oneOf: { zh: ' {{values}} 之一', en: 'one of {{values}}' },
  typeBoolean: { zh: '布尔值（true 或 false）', en: 'true or false' },
  typeNumber: { zh: '数字', en: 'a number' },
  typeString: { zh: '字符串', en: 'a string' },
  typeStrings: { zh: '字符串数组', en: 'an array of strings' },
} satisfies Record<string, Localized>;

const T = CONFIG_TEXTS;

export const CONFIG_NOT_AN_OBJECT: Localized = T.notAnObject;

const OPTION_TYPES: Record<string, Localized> = { boolean: T.typeBoolean, number: T.typeNumber, string: T.typeString, 'string[]': T.typeStrings };

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
    return [{ path: unknown, message: composeText(T.unknownKey, { key: unknown, known }), rank: [-1, keys.indexOf(unknown)] }];
  }
  const rank = KEY_ORDER.indexOf(key);
  switch (key) {
    case '$schema': return [{ path: key, message: T.schemaString, rank: [rank] }];
    case 'script': return [{ path: key, message: composeText(T.script, { scripts: listOf(SCRIPT_SETTINGS) }), rank: [rank] }];
    case 'allow':
    case 'ignorePatterns': return [{ path: key, message: composeText(T.stringArray, { key }), rank: [rank] }];
    case 'maxFileSize': return [{ path: key, message: T.maxFileSize, rank: [rank] }];
    case 'terms': {
      const wrong = entry ?? (error.params as { propertyName?: string }).propertyName ?? error.propertyName;
      if (wrong === undefined) return [{ path: key, message: T.termsObject, rank: [rank] }];
      const index = Object.keys(config.terms as object).indexOf(wrong);
      return [{ path: `terms.${wrong}`, message: composeText(T.termEntry, { wrong }), rank: [rank, index] }];
    }
    case 'rules': {
      if (entry === undefined && error.keyword !== 'additionalProperties') {
        return [{ path: key, message: T.rulesObject, rank: [rank] }];
      }
      const id = entry ?? String((error.params as { additionalProperty?: string }).additionalProperty);
      const index = Object.keys(config.rules as object).indexOf(id);
      return describeRuleEntry(error, id, (config.rules as Record<string, unknown>)[id], rules).map((p) => ({ ...p, rank: [rank, index, ...p.rank] }));
    }
  }
  return [{ path: key, message: composeText(T.notValid, { key }), rank: [rank] }];
}

/** 未知规则“repeatd-word”（是不是“repeated-word”？）; with no id near it, the list of ids. Said alike by --rule. */
export function unknownRule(id: string, rules: readonly Rule[]): Localized {
  const ids = rules.map((r) => r.meta.id);
  const meant = closestId(id, ids);
  if (meant) return composeText(T.unknownRuleMeant, { id, meant });
  return composeText(T.unknownRuleList, { id, known: listOf(ids) });
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
      message: typeof severity === 'string'
        ? composeText(T.badSeverityString, { id, severity, shown })
        : composeText(T.badSeverityValue, { id, shown }),
      rank: [],
    }];
  }
  if (Array.isArray(value) && value.length > 2) {
    return [{ path, message: composeText(T.ruleEntryShape, { id }), rank: [] }];
  }
  const [, position, option] = segmentsOf(error.instancePath).slice(1);
  if (position !== '1') return []; // a branch of the schema's oneOf that the value was never meant to match
  if (!isObject(options)) return [{ path, message: composeText(T.optionsObject, { id }), rank: [] }];
  const names = Object.keys(options);
  const specs = rule.meta.options ?? {};
  const name = option ?? (error.params as { additionalProperty?: string }).additionalProperty;
  if (name === undefined) return [];
  const spec = specs[name];
  if (!spec) {
    const known = Object.keys(specs);
    return [{
      path: `${path}.${name}`,
      message: known.length ? composeText(T.noSuchOption, { id, name, known: listOf(known) }) : composeText(T.noOptions, { id, name }),
      rank: [names.indexOf(name)],
    }];
  }
  const expected: Localized = spec.enum
    ? composeText(T.oneOf, { values: { zh: spec.enum.join('、'), en: spec.enum.join(' | ') } })
    : OPTION_TYPES[spec.type] ?? { zh: spec.type, en: spec.type };
  return [{ path: `${path}.${name}`, message: composeText(T.optionType, { id, name, expected }), rank: [names.indexOf(name)] }];
}
