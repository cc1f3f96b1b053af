// JSON Schema of `.gongwenrc.json`, derived from the rules' meta so it cannot drift from them.
// Written to schemas/gongwenrc.schema.json (npm run generate) for editors, and the same object is what
// the loader validates with (engine/validate.ts), so the file and the loader accept the same configs.
import { FILE_SIZE_PATTERN } from './fileSize';
import { SCRIPT_SETTINGS } from '../text/script-names';
import type { OptionSpec, Rule } from './types';

export const SEVERITIES = ['off', 'info', 'warn', 'error'] as const;
/** Also accepted, in any letter case, for people who bring ESLint habits along (see parseSeverity). */
const SEVERITY_ALIASES = ['warning', 'information', 'hint'];

/** A pattern matching the words in any letter case (JSON Schema patterns have no case-insensitive flag). */
function anyCase(words: readonly string[]): string {
  const word = (w: string) => [...w].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
  return `^(?:${words.map(word).join('|')})$`;
}

const SEVERITY_DEFINITION = {
  description: 'off, info, warn or error (also warning, information, hint in any letter case, or 0, 1, 2 as in ESLint).',
  anyOf: [
    { enum: [...SEVERITIES] },
    { type: 'string', pattern: anyCase([...SEVERITIES, ...SEVERITY_ALIASES]) },
    { enum: [0, 1, 2] },
  ],
};
const SEVERITY = { $ref: '#/definitions/severity' };

function optionSchema(spec: OptionSpec): object {
  const base = { description: spec.description.en, markdownDescription: `${spec.description.zh}\n\n${spec.description.en}`, default: spec.default };
  if (spec.type === 'string[]') return { ...base, type: 'array', items: { type: 'string' } };
  return spec.enum ? { ...base, type: 'string', enum: spec.enum } : { ...base, type: spec.type };
}

export function configSchema(ruleList: readonly Rule[]): object {
  const rules: Record<string, object> = {};
  for (const { meta } of ruleList) {
    const options = Object.entries(meta.options ?? {});
    const optionsObject = { type: 'object', additionalProperties: false, properties: Object.fromEntries(options.map(([k, v]) => [k, optionSchema(v)])) };
    rules[meta.id] = {
      description: `${meta.name.zh} — ${meta.description.en}`,
      oneOf: [SEVERITY, { type: 'array', items: [SEVERITY, optionsObject], minItems: 1, maxItems: 2 }],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gongwen-lint configuration (.gongwenrc.json)',
    // VS Code's JSON service (and vscode-json-languageserver in other editors): the file is JSON with comments and
    // trailing commas, as the CLI and the server read it; without these it underlined every comment as an error.
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    additionalProperties: false,
    definitions: { severity: SEVERITY_DEFINITION },
    properties: {
      $schema: { type: 'string' },
      script: { description: 'Document script: auto decides from the text.', enum: [...SCRIPT_SETTINGS], default: 'auto' },
      rules: { description: 'Severity (and options) per rule id.', type: 'object', additionalProperties: false, properties: rules },
      allow: { description: 'Phrases accepted as written.', type: 'array', items: { type: 'string', minLength: 1 } },
      terms: {
        description: 'Wrong → right wording enforced by common-typo.',
        type: 'object',
        propertyNames: { minLength: 1 },
        additionalProperties: {
          oneOf: [
            { type: 'string' },
            { type: 'object', required: ['to'], additionalProperties: false, properties: { to: { type: 'string' }, message: { type: 'string' } } },
          ],
        },
      },
      ignorePatterns: { description: '.gitignore-style patterns of files not to lint.', type: 'array', items: { type: 'string', minLength: 1 } },
      maxFileSize: {
        description: 'Files larger than this are skipped: a number of bytes, or a size with a unit K, M or G (powers of 1024) as for --max-file-size: "50M".',
        oneOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'string', pattern: FILE_SIZE_PATTERN }],
      },
    },
  };
}
