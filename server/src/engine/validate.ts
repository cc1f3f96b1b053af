// Validation of a user's `.gongwenrc.json`: ajv checks it against the JSON schema generated from the
// rules' meta (the same schema editors use), and each failure is said in one plain line naming the key.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { configSchema, SEVERITIES } from './schema';
import { SCRIPT_SETTINGS } from '../text/script-names';
import type { Rule, Severity } from './types';

/** A problem found while validating configuration; `path` is a JSON path like `rules.repeated-word`. */
export interface ConfigProblem {
  path: string;
  message: string;
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
    ajv.addVocabulary(['markdownDescription']); // an editor annotation (VS Code), not a check
    validate = ajv.compile(configSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Order of the top-level keys' problems: unknown keys first, then as the file format lists them. */
const KEY_ORDER = ['$schema', 'script', 'rules', 'allow', 'ignorePatterns', 'terms', 'maxFileSize'];

interface Ranked extends ConfigProblem {
  rank: number[];
}

/** Check a parsed config object against the rules' schema. Returns the problems; empty means valid. */
export function validateConfig(raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  if (!isObject(raw)) return [{ path: '', message: 'the configuration must be a JSON object' }];
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
    return [{ path: unknown, message: `unknown key "${unknown}"`, rank: [-1, keys.indexOf(unknown)] }];
  }
  const rank = KEY_ORDER.indexOf(key);
  switch (key) {
    case '$schema': return [{ path: key, message: '"$schema" must be a string', rank: [rank] }];
    case 'script': return [{ path: key, message: `"script" must be one of ${SCRIPT_SETTINGS.join(', ')}`, rank: [rank] }];
    case 'allow':
    case 'ignorePatterns': return [{ path: key, message: `"${key}" must be an array of non-empty strings`, rank: [rank] }];
    case 'maxFileSize': return [{ path: key, message: '"maxFileSize" must be a positive number of bytes', rank: [rank] }];
    case 'terms': {
      const wrong = entry ?? (error.params as { propertyName?: string }).propertyName ?? error.propertyName;
      if (wrong === undefined) return [{ path: key, message: '"terms" must be an object of wrong → right', rank: [rank] }];
      const index = Object.keys(config.terms as object).indexOf(wrong);
      return [{ path: `terms.${wrong}`, message: `term "${wrong}" must map to a string or { "to": string, "message"?: string }`, rank: [rank, index] }];
    }
    case 'rules': {
      if (entry === undefined && error.keyword !== 'additionalProperties') {
        return [{ path: key, message: '"rules" must be an object of rule id → severity', rank: [rank] }];
      }
      const id = entry ?? String((error.params as { additionalProperty?: string }).additionalProperty);
      const index = Object.keys(config.rules as object).indexOf(id);
      return describeRuleEntry(error, id, (config.rules as Record<string, unknown>)[id], rules).map((p) => ({ ...p, rank: [rank, index, ...p.rank] }));
    }
  }
  return [{ path: key, message: `"${key}" is not valid`, rank: [rank] }];
}

/** One rule's entry: an unknown id, a bad severity, or problems with its options. */
function describeRuleEntry(error: ErrorObject, id: string, value: unknown, rules: readonly Rule[]): Ranked[] {
  const path = `rules.${id}`;
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) return [{ path, message: `unknown rule "${id}" (known rules: ${rules.map((r) => r.meta.id).join(', ')})`, rank: [] }];
  const [severity, options] = Array.isArray(value) ? (value as unknown[]) : [value, undefined];
  if (parseSeverity(severity) === undefined) {
    return [{ path, message: `bad severity ${JSON.stringify(severity)} for "${id}" (use off, info, warn or error)`, rank: [] }];
  }
  if (Array.isArray(value) && value.length > 2) return [{ path, message: `"${id}" takes a severity or [severity, options]`, rank: [] }];
  const [, position, option] = segmentsOf(error.instancePath).slice(1);
  if (position !== '1') return []; // a branch of the schema's oneOf that the value was never meant to match
  if (!isObject(options)) return [{ path, message: `options of "${id}" must be an object`, rank: [] }];
  const names = Object.keys(options);
  const specs = rule.meta.options ?? {};
  const name = option ?? (error.params as { additionalProperty?: string }).additionalProperty;
  if (name === undefined) return [];
  const spec = specs[name];
  if (!spec) {
    const known = Object.keys(specs);
    return [{ path: `${path}.${name}`, message: `rule "${id}" has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ''}`, rank: [names.indexOf(name)] }];
  }
  return [{ path: `${path}.${name}`, message: `option "${name}" of "${id}" must be ${spec.enum ? spec.enum.join(' | ') : spec.type}`, rank: [names.indexOf(name)] }];
}
