import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { RULES } from '../../server/src/engine';
import { configSchema } from '../../server/src/engine/schema';

it('schemas/gongwenrc.schema.json is generated from the current rule meta (npm run generate)', () => {
  assert.deepEqual(JSON.parse(readFileSync('schemas/gongwenrc.schema.json', 'utf8')), configSchema(RULES));
});

it('package.json validates .gongwenrc.json with the schema', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.gongwenrc.json', url: './schemas/gongwenrc.schema.json' }]);
});

it('tells editors that .gongwenrc.json takes comments and trailing commas, as the CLI reads it (VS Code flagged them)', () => {
  const schema = configSchema(RULES) as { allowComments?: boolean; allowTrailingCommas?: boolean };
  assert.equal(schema.allowComments, true);
  assert.equal(schema.allowTrailingCommas, true);
});
