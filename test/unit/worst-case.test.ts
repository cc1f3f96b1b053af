// Inputs built to make regular expressions backtrack (long runs of one character, alternating
// pieces, enumerations with tens of thousands of items). Each must complete, without a rule
// throwing, with every rule on. No timing is asserted here: `npm run bench` times them at 1 MB.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument, resolveConfig, RULES, type GongwenConfig } from '../../server/src/engine';
import { worstCases } from '../helpers/generate';

const ALL_ON = (() => {
  const rules: GongwenConfig['rules'] = {};
  for (const rule of RULES) rules[rule.meta.id] = rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity;
  return resolveConfig({ rules });
})();

// About 200 KB of UTF-8 for a CJK line: large enough to expose quadratic behaviour, small enough for the suite.
const LENGTH = 70_000;

describe('worst-case inputs complete with every rule on', () => {
  for (const { name, text, languageId } of worstCases(LENGTH)) {
    it(`${name} (${text.length} code units)`, () => {
      const result = lintDocument(text, { config: ALL_ON, languageId });
      assert.deepEqual(result.internalErrors, [], 'a rule threw');
      // Findings come in document order, each once, with ranges and fixes inside the text: what the
      // editor and --fix rely on, and what a rule pushed into a pathological path is likeliest to break.
      const keys = result.findings.map((f) => `${f.ruleId}:${f.start}:${f.end}:${f.messageId}`);
      assert.equal(new Set(keys).size, keys.length, 'a finding is reported twice');
      result.findings.forEach((f, i) => {
        assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} range out of text`);
        if (i > 0) assert.ok(result.findings[i - 1].start <= f.start, `${f.ruleId} at ${f.start} out of document order`);
        for (const edit of [f.fix, ...(f.suggestions ?? [])]) {
          if (edit) assert.ok(edit.start >= 0 && edit.end <= text.length && edit.start <= edit.end, `${f.ruleId} edit out of text`);
        }
      });
    });
  }
});
