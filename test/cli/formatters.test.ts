// Formatters on hand-made results, so the expected text is exact and independent of the rules.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { countMessages, type FileResult, type FormatterContext, type LintMessage } from '../../server/src/cli/results';
import { RULES, VERSION } from '../../server/src/engine';
import { FORMAT_NAMES, FORMATTERS } from '../../server/src/formatters';
import { escapeData, escapeProperty } from '../../server/src/formatters/github';
import { displayWidth } from '../../server/src/formatters/stylish';

const cwd = path.resolve('/work/project');
const error: LintMessage = {
  ruleId: 'repeated-word', severity: 2, message: '“动员动员”：词语重复', line: 13, column: 160, endLine: 13, endColumn: 164,
  fix: { range: [500, 502], text: '' },
};
const warning: LintMessage = { ruleId: 'fullwidth-punctuation', severity: 1, message: '半角“,”', line: 2, column: 3, endLine: 2, endColumn: 4 };
const info: LintMessage = { ruleId: 'script-mixing', severity: 0, message: 'a, b: 100%\nnext', line: 1, column: 1, endLine: 1, endColumn: 2 };
const results: FileResult[] = [
  countMessages(path.join(cwd, 'docs', '报告 一.txt'), [warning, error]),
  countMessages(path.join(cwd, 'clean.txt'), []),
  countMessages(path.join(cwd, 'b.md'), [info]),
];

function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd, locale: 'zh', color: false, skipped: [], rules: RULES, ...overrides };
}

describe('stylish', () => {
  it('counts skipped folders apart from skipped files, in both languages, with no blank line when nothing was found', () => {
    const bin = { filePath: path.join(cwd, 'x.bin'), reason: '已跳过', failure: false };
    const folder = { filePath: path.join(cwd, 'locked'), reason: '已跳过：无法读取文件夹', failure: false, folder: true };
    assert.equal(FORMATTERS.stylish([], context({ skipped: [bin, bin, folder] })), '跳过 2 个文件、1 个文件夹（原因见标准错误输出）。\n');
    assert.equal(FORMATTERS.stylish([], context({ skipped: [folder] })), '跳过 1 个文件夹（原因见标准错误输出）。\n');
    assert.equal(FORMATTERS.stylish([], context({ locale: 'en', skipped: [bin, folder, folder] })), '1 file and 2 folders skipped (reasons on stderr).\n');
  });

  it('prints aligned rows per file and a Chinese summary', () => {
    const out = FORMATTERS.stylish(results, context({ skipped: [{ filePath: path.join(cwd, 'x.bin'), reason: '已跳过', failure: false }] }));
    assert.equal(
      out,
      [
        '',
        'docs/报告 一.txt',
        '   2:3    警告  半角“,”               fullwidth-punctuation',
        '  13:160  错误  “动员动员”：词语重复  repeated-word',
        '',
        'b.md',
        '  1:1  提示  a, b: 100% next  script-mixing',
        '',
        '✖ 3 个问题（1 个错误，1 个警告，1 个提示）',
        '  其中 1 个错误可用 --fix 选项自动修正。',
        '跳过 1 个文件（原因见标准错误输出）。',
        '',
      ].join('\n'),
    );
  });

  it('says both fixable counts with a space before each figure (和 4, not 和4), as the problem line does', () => {
    const fixableWarning: LintMessage = { ...warning, fix: { range: [1, 2], text: '，' } };
    const out = FORMATTERS.stylish([countMessages(path.join(cwd, 'a.txt'), [error, fixableWarning, fixableWarning])], context());
    assert.ok(out.endsWith('✖ 3 个问题（1 个错误，2 个警告）\n  其中 1 个错误和 2 个警告可用 --fix 选项自动修正。\n'), out);
  });

  it('speaks English and uses plurals', () => {
    const out = FORMATTERS.stylish(results.slice(0, 1), context({ locale: 'en' }));
    assert.ok(out.includes('  13:160  error    “动员动员”：词语重复  repeated-word\n'), out);
    assert.ok(out.endsWith('✖ 2 problems (1 error, 1 warning)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n'), out);
  });

  it('prints nothing for a clean run, and colours only when asked', () => {
    assert.equal(FORMATTERS.stylish([results[1]], context()), '');
    assert.ok(!FORMATTERS.stylish(results, context()).includes('\x1b['));
    assert.ok(FORMATTERS.stylish(results, context({ color: true })).includes('\x1b[31m错误\x1b[0m'));
  });

  it('prints 300,000 rows of one file (no spread past the argument limit), aligned to the widest', () => {
    const many = Array.from({ length: 300_000 }, (_, i): LintMessage => ({ ...error, line: i + 1, column: 1 }));
    const out = FORMATTERS.stylish([countMessages(path.join(cwd, 'big.txt'), many)], context());
    assert.ok(out.startsWith('\nbig.txt\n       1:1  错误  “动员动员”：词语重复  repeated-word\n'), out.slice(0, 200));
    assert.ok(out.includes('\n  300000:1  错误  '));
  });

  it('counts East Asian wide characters as two cells', () => {
    assert.equal(displayWidth('公文ab，𠮷'), 2 + 2 + 2 + 2 + 2);
  });
});

describe('json', () => {
  it('has exactly the documented shape', () => {
    const parsed = JSON.parse(FORMATTERS.json(results, context()));
    assert.deepEqual(parsed[0], {
      filePath: path.join(cwd, 'docs', '报告 一.txt'),
      messages: [
        { ruleId: 'fullwidth-punctuation', severity: 1, message: '半角“,”', line: 2, column: 3, endLine: 2, endColumn: 4 },
        { ruleId: 'repeated-word', severity: 2, message: '“动员动员”：词语重复', line: 13, column: 160, endLine: 13, endColumn: 164, fix: { range: [500, 502], text: '' } },
      ],
      errorCount: 1, warningCount: 1, infoCount: 0, fixableErrorCount: 1, fixableWarningCount: 0,
    });
    assert.equal(parsed[2].messages[0].severity, 0);
    assert.equal(parsed.length, 3, 'clean files are listed too');
  });

  it('puts messageId between column and endLine, as ESLint does, and leaves it out when a message has none', () => {
    const withId: LintMessage = { ...warning, messageId: 'halfwidth' };
    const out = FORMATTERS.json([countMessages('/a.txt', [withId, info])], context());
    assert.ok(out.includes('{"ruleId":"fullwidth-punctuation","severity":1,"message":"半角“,”","line":2,"column":3,"messageId":"halfwidth","endLine":2,"endColumn":4}'), out);
    assert.ok(out.includes('"line":1,"column":1,"endLine":1,"endColumn":2}'), out);
  });

  it('marks internal errors as fatal', () => {
    const fatal: LintMessage = { ruleId: 'count-mismatch', severity: 2, message: 'internal error: boom', fatal: true, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const parsed = JSON.parse(FORMATTERS.json([countMessages('/a.txt', [fatal])], context()));
    assert.equal(parsed[0].messages[0].fatal, true);
    assert.equal(parsed[0].errorCount, 1);
  });
});

describe('sarif', () => {
  const log = JSON.parse(FORMATTERS.sarif(results, context({ skipped: [{ filePath: path.join(cwd, 'bad.txt'), reason: 'cannot decode', failure: true }] })));
  const run = log.runs[0];

  it('is SARIF 2.1.0 with the tool and every rule described', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(run.tool.driver.name, 'gongwen-lint');
    assert.equal(run.tool.driver.version, VERSION);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.meta.id));
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`));
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
    }
  });

  it('gives each result its rule, level, message and a relative, encoded location', () => {
    assert.equal(run.results.length, 3);
    const [first, second, third] = run.results;
    assert.equal(first.ruleId, 'fullwidth-punctuation');
    assert.equal(first.level, 'warning');
    assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'fullwidth-punctuation');
    assert.equal(second.level, 'error');
    assert.equal(third.level, 'note');
    assert.equal(second.message.text, '“动员动员”：词语重复');
    assert.deepEqual(second.locations[0].physicalLocation, {
      artifactLocation: { uri: 'docs/%E6%8A%A5%E5%91%8A%20%E4%B8%80.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 160, endLine: 13, endColumn: 164 },
    });
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
  });

  it('writes message.id only for a message with a messageId, and every rule\'s messageStrings (braces kept literal)', () => {
    const withId = JSON.parse(FORMATTERS.sarif([countMessages('/a.txt', [{ ...warning, messageId: 'halfwidth' }])], context({ cwd: '/' }))).runs[0];
    assert.deepEqual(withId.results[0].message, { text: '半角“,”', id: 'halfwidth' });
    assert.deepEqual(run.results[0].message, { text: '半角“,”' });
    for (const [index, rule] of run.tool.driver.rules.entries()) {
      assert.deepEqual(Object.keys(rule.messageStrings), Object.keys(RULES[index].meta.messages), rule.id);
    }
    assert.equal(withId.tool.driver.rules[withId.results[0].ruleIndex].messageStrings.halfwidth.text.includes('{{'), true);
  });

  it('reports skipped files as tool notifications', () => {
    const notes = run.invocations[0].toolExecutionNotifications;
    assert.equal(notes[0].message.text, 'cannot decode');
    assert.equal(run.invocations[0].executionSuccessful, false);
  });
});

describe('github', () => {
  it('writes one workflow command per finding with escaped values', () => {
    const lines = FORMATTERS.github(results, context()).trimEnd().split('\n');
    assert.deepEqual(lines, [
      '::warning file=docs/报告 一.txt,line=2,col=3,endLine=2,endColumn=4,title=fullwidth-punctuation::半角“,”',
      '::error file=docs/报告 一.txt,line=13,col=160,endLine=13,endColumn=164,title=repeated-word::“动员动员”：词语重复',
      '::notice file=b.md,line=1,col=1,endLine=1,endColumn=2,title=script-mixing::a, b: 100%25%0Anext',
    ]);
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    assert.equal(escapeData('50%\r\n,:'), '50%25%0D%0A,:');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
  });
});

it('lists the four formats', () => {
  assert.deepEqual(FORMAT_NAMES, ['stylish', 'json', 'sarif', 'github']);
});
