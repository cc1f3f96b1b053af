// Round 35, the CLI's cold output path: toFileResult() finds each finding's line by walking on from the one before
// (lineAt), and the JSON formatter stringifies a result marked JSON_SHAPED as it is, without copying every message.
// Both must give exactly what they gave before: positionAt()'s lines and columns, and the same bytes of JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintNonEmptyText } from '../../server/src/cli/lint-text';
import { lineAt, toFileResult } from '../../server/src/cli/results';
import { defaultConfig, lintDocument, LintDocument, type Finding } from '../../server/src/engine';
import json from '../../server/src/formatters/json';
import { JSON_SHAPED, markJsonShaped, type FileResult } from '../../server/src/formatters/types';

// Half-width marks (fixes), a figure stated twice (a related location), a repeated word, lines of every ending.
const DRAFT = [
  '一、总体情况',
  '2023年，全市公安机关深入推进平安建设,全年共立案408起，破案率51.8%。',
  '',
  '二、主要工作',
  '打击电信网络诈骗犯罪成效明显，全年立案418起，破案率52.8%。我们要要坚持以人民为中心的发展思想.',
  '\r\n(一)加强基层建设;推进治理能力现代化',
].join('\n');

/** A plain copy of a result's JSON-visible fields in another key order: what the formatter copies field by field. */
function reordered(result: FileResult): FileResult {
  return {
    fixableWarningCount: result.fixableWarningCount,
    fixableErrorCount: result.fixableErrorCount,
    infoCount: result.infoCount,
    warningCount: result.warningCount,
    errorCount: result.errorCount,
    messages: result.messages.map((m) => ({ ...(m.fix ? { fix: { text: m.fix.text, range: m.fix.range } } : {}), endColumn: m.endColumn, endLine: m.endLine, ...(m.messageId !== undefined ? { messageId: m.messageId } : {}), column: m.column, line: m.line, message: m.message, severity: m.severity, ruleId: m.ruleId, ...(m.relatedLocations ? { relatedLocations: m.relatedLocations } : {}) })),
    filePath: result.filePath,
    ...(result.output !== undefined ? { output: result.output } : {}),
  };
}

describe('lineAt', () => {
  it('gives positionAt()\'s line for every offset, from any hint', () => {
    const doc = new LintDocument('甲\n\n乙丙\r\n丁\r戊己\n', 'plaintext');
    for (let offset = 0; offset <= doc.text.length; offset++) {
      for (let hint = -1; hint <= doc.lineStarts.length + 1; hint++) {
        assert.equal(lineAt(doc.lineStarts, offset, hint), doc.positionAt(offset).line, `offset ${offset}, hint ${hint}`);
      }
    }
  });

  it('searches when the offset is far ahead of the hint (more than 16 lines on)', () => {
    const text = Array.from({ length: 200 }, (_, i) => `第${i}行`).join('\n');
    const doc = new LintDocument(text, 'plaintext');
    for (const offset of [0, 5, 400, text.length]) assert.equal(lineAt(doc.lineStarts, offset, 0), doc.positionAt(offset).line);
  });
});

describe('toFileResult', () => {
  it('gives positionAt()\'s lines and columns, for findings sorted by start and for others', () => {
    const linted = lintDocument(DRAFT, { config: defaultConfig() });
    assert.ok(linted.findings.length >= 6, 'the draft has findings on several lines');
    const shuffled: Finding[] = [...linted.findings].reverse();
    for (const findings of [linted.findings, shuffled]) {
      const result = toFileResult('draft.txt', linted.document, findings, []);
      const expected = findings.map((f) => {
        const start = linted.document.positionAt(f.start);
        const end = linted.document.positionAt(f.end);
        return [start.line + 1, start.character + 1, end.line + 1, end.character + 1].join(':');
      }).sort();
      assert.deepEqual(result.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn].join(':')).sort(), expected);
    }
  });
});

describe('the JSON formatter on a JSON-shaped result', () => {
  it('writes the same bytes as for the same result built in another key order (with fixes and related locations)', () => {
    for (const fix of ['off', 'dry-run'] as const) {
      const text = { text: DRAFT, encoding: 'utf-8', bom: false, bytes: new Uint8Array() } as unknown as Parameters<typeof lintNonEmptyText>[1];
      const { result } = lintNonEmptyText('draft.txt', text, defaultConfig(), 'zh', fix);
      assert.equal((result as { [JSON_SHAPED]?: true })[JSON_SHAPED], true, 'marked as it leaves lint-text');
      // Without fixes the half-width marks are reported with theirs; a dry run lints the fixed text and gives it as output.
      if (fix === 'off') assert.ok(result.messages.some((m) => m.fix) && result.messages.some((m) => m.relatedLocations), 'fixes and related locations present');
      else assert.equal(typeof result.output, 'string');
      assert.equal(json([result], {} as never), json([reordered(result)], {} as never));
    }
  });

  it('leaves the mark out of a spread and of the JSON itself', () => {
    const linted = lintDocument(DRAFT, { config: defaultConfig() });
    const result = toFileResult('draft.txt', linted.document, linted.findings, []);
    markJsonShaped(result);
    assert.equal(Object.keys(result).length, 7);
    assert.equal(({ ...result } as { [JSON_SHAPED]?: true })[JSON_SHAPED], undefined);
    assert.equal(json([result], {} as never), json([{ ...result }], {} as never));
  });

  it('is not claimed when a rule threw (an internal error\'s message has its keys in another order)', () => {
    const linted = lintDocument(DRAFT, { config: defaultConfig() });
    const result = toFileResult('draft.txt', linted.document, linted.findings, [{ ruleId: 'x', message: 'boom', start: 3 }]);
    const out = JSON.parse(json([result], {} as never)) as { messages: Record<string, unknown>[] }[];
    assert.deepEqual(Object.keys(out[0].messages[0]), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fatal']);
  });
});
