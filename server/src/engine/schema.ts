// JSON Schema of `.gongwenrc.json`, derived from the rules' meta so it cannot drift from them.
// Written to schemas/gongwenrc.schema.json (npm run generate); a test checks the file is current.
import { SCRIPT_SETTINGS } from './config';
import type { OptionSpec, Rule } from './types';

const SEVERITY = { enum: ['off', 'info', 'warn', 'error'] };

function optionSchema(spec: OptionSpec): object {
  const base = { description: spec.description.en, markdownDescription: `${spec.description.zh}\n\n${spec.description.en}`, default: spec.default };
  if (spec.type === 'string[]') return { ...base, type: 'array', items: { type: 'string' } };
  return spec.enum ? { ...base, type: 'string', enum: spec.enum } : { ...base, type: spec.type };
}

export function configSchema(ruleList: readonly Rule[]): object {
  const rules: Record<string, object> = {};
  for (const { meta } of ruleList) {
    const options = Object.entries(meta.options ?? {});
    const description = `${meta.name.zh} — ${meta.description.en}`;
    rules[meta.id] = options.length
      ? {
          description,
          oneOf: [
            SEVERITY,
            {
              type: 'array',
              prefixItems: [SEVERITY, { type: 'object', additionalProperties: false, properties: Object.fromEntries(options.map(([k, v]) => [k, optionSchema(v)])) }],
              items: [SEVERITY, { type: 'object', additionalProperties: false, properties: Object.fromEntries(options.map(([k, v]) => [k, optionSchema(v)])) }],
              minItems: 1,
              maxItems: 2,
            },
          ],
        }
      : { description, oneOf: [SEVERITY, { type: 'array', items: [SEVERITY], minItems: 1, maxItems: 1 }] };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gongwen-lint configuration (.gongwenrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      script: { description: 'Document script: auto decides from the text.', enum: [...SCRIPT_SETTINGS], default: 'auto' },
      rules: { description: 'Severity (and options) per rule id.', type: 'object', additionalProperties: false, properties: rules },
      allow: { description: 'Phrases accepted as written.', type: 'array', items: { type: 'string', minLength: 1 } },
      terms: {
        description: 'Wrong → right wording enforced by common-typo.',
        type: 'object',
        additionalProperties: {
          oneOf: [
            { type: 'string' },
            { type: 'object', required: ['to'], additionalProperties: false, properties: { to: { type: 'string' }, message: { type: 'string' } } },
          ],
        },
      },
      ignorePatterns: { description: '.gitignore-style patterns of files not to lint.', type: 'array', items: { type: 'string', minLength: 1 } },
      maxFileSize: { description: 'Files larger than this many bytes are skipped.', type: 'number', exclusiveMinimum: 0 },
    },
  };
}
