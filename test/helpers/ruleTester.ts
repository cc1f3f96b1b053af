// A small RuleTester (after ESLint's): a rule's valid and invalid sentences as tables.
// Each invalid case states the exact findings (line, column, end) and, for fixable rules,
// the text after fixing; the fixed text is linted again and must have nothing left to fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fixAll, lintDocument, resolveConfig, type Finding, type FindingSeverity, type GongwenConfig, type LanguageId, type Locale,
} from '../../server/src/engine';

export interface ValidCase {
  text: string;
  /** Why this must stay quiet (shown as the test name). */
  why?: string;
  config?: GongwenConfig;
  languageId?: LanguageId;
}

export interface ExpectedFinding {
  /** 1-based, like the CLI. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  severity?: FindingSeverity;
  /** Exact message, or a pattern it must match. */
  message?: string | RegExp;
  /** The text the finding covers. */
  text?: string;
  /** The values interpolated into the message (exactly these keys). */
  data?: Record<string, string | number>;
  /** The text each suggestion would put in place of the span it replaces, in order ([] for none). */
  suggestions?: string[];
}

export interface InvalidCase {
  text: string;
  why?: string;
  errors: ExpectedFinding[];
  /** Text after applying all fixes of this rule: required when a finding has a fix; omit when none has. */
  output?: string;
  /**
   * Text after taking each finding's first suggestion (a rule that leaves the choice to the writer, as rate-mismatch:
   * the rate or a count may be the slip), with no automatic fix to apply.
   */
  suggestionOutput?: string;
  config?: GongwenConfig;
  languageId?: LanguageId;
  locale?: Locale;
}

/** Config with only `ruleId` on (at its default severity unless the case's config says otherwise). */
export function onlyRule(ruleId: string, extra: GongwenConfig = {}): ReturnType<typeof resolveConfig> {
  const base = resolveConfig();
  const rules: GongwenConfig['rules'] = {};
  for (const id of Object.keys(base.rules)) rules[id] = 'off';
  const defaultSeverity = base.rules[ruleId].severity;
  rules[ruleId] = defaultSeverity === 'off' ? 'warn' : defaultSeverity;
  return resolveConfig({ rules }, extra);
}

/** Findings of one rule with 1-based line/column, for assertions. */
export function findingsOf(ruleId: string, text: string, extra: GongwenConfig = {}, languageId: LanguageId = 'plaintext', locale: Locale = 'zh') {
  const result = lintDocument(text, { config: onlyRule(ruleId, extra), languageId, locale });
  assert.deepEqual(result.internalErrors, [], 'the rule threw');
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => located(f, result.document));
}

export function located(f: Finding, doc: { positionAt(o: number): { line: number; character: number } }) {
  const s = doc.positionAt(f.start);
  const e = doc.positionAt(f.end);
  return { ...f, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function testRule(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  const once = (key: string) => {
    assert.ok(!seen.has(key), `duplicate test case: ${key}`);
    seen.add(key);
  };
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        const vc = typeof c === 'string' ? { text: c } : c;
        once(`valid:${vc.text}:${JSON.stringify(vc.config ?? {})}`);
        it(`${vc.text.slice(0, 60)}${vc.why ? ` — ${vc.why}` : ''}`, () => {
          const found = findingsOf(ruleId, vc.text, vc.config, vc.languageId);
          assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.message}`), [], 'expected no finding');
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        once(`invalid:${c.text}:${JSON.stringify(c.config ?? {})}:${c.locale ?? ''}`);
        it(`${c.text.slice(0, 60)}${c.why ? ` — ${c.why}` : ''}`, () => {
          const found = findingsOf(ruleId, c.text, c.config, c.languageId, c.locale);
          assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got: ${found.map((f) => `${f.line}:${f.column} ${f.message}`).join(' | ')}`);
          c.errors.forEach((want, i) => {
            const got = found[i];
            const pick: Record<string, unknown> = { line: got.line, column: got.column };
            const expect: Record<string, unknown> = { line: want.line, column: want.column };
            for (const key of ['endLine', 'endColumn', 'messageId', 'severity'] as const) {
              if (want[key] !== undefined) {
                pick[key] = got[key];
                expect[key] = want[key];
              }
            }
            if (want.text !== undefined) {
              pick.text = c.text.slice(got.start, got.end);
              expect.text = want.text;
            }
            if (want.data !== undefined) {
              pick.data = got.data;
              expect.data = want.data;
            }
            if (want.suggestions !== undefined) {
              pick.suggestions = (got.suggestions ?? []).map((s) => s.text);
              expect.suggestions = want.suggestions;
            }
            assert.deepEqual(pick, expect, `finding ${i + 1}: ${got.message}`);
            if (typeof want.message === 'string') assert.equal(got.message, want.message);
            else if (want.message) assert.match(got.message, want.message);
          });
          const fixable = found.findIndex((f) => f.fix);
          assert.ok(fixable === -1 || c.output !== undefined, `finding ${fixable + 1} has a fix: state the fixed text as \`output\``);
          assert.ok(fixable !== -1 || c.output === undefined || c.output === c.text, '`output` is given but no finding has a fix');
          if (c.output !== undefined) {
            const options = { config: onlyRule(ruleId, c.config), languageId: c.languageId };
            const fixed = fixAll(c.text, options);
            assert.equal(fixed.text, c.output, 'text after fixing');
            const again = fixAll(fixed.text, options);
            assert.equal(again.fixed, 0, 'fixing the fixed text must change nothing');
          }
          if (c.suggestionOutput !== undefined) {
            let taken = c.text;
            const firsts = found.map((f) => f.suggestions?.[0]).filter((s) => s !== undefined).sort((a, b) => b.start - a.start);
            assert.ok(firsts.length > 0, '`suggestionOutput` is given but no finding has a suggestion');
            for (const s of firsts) taken = taken.slice(0, s.start) + s.text + taken.slice(s.end);
            assert.equal(taken, c.suggestionOutput, 'text after taking the first suggestions');
          }
        });
      }
    });
  });
}
