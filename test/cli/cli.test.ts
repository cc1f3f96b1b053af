// execute() in-process: exit codes, options, stdin, configuration errors, --convert.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseSize } from '../../server/src/cli/args';
import { VERSION } from '../../server/src/engine';
import { cleanup, ERROR_LINE, onlyRules, run, tempTree, TWO_RULES, WARNING_LINE } from './harness';

after(cleanup);

describe('exit codes', () => {
  it('0 for a clean file, with no output', async () => {
    const dir = tempTree({ 'a.txt': '各地区各部门认真贯彻落实。\n' });
    const result = await run([...TWO_RULES, 'a.txt'], { cwd: dir });
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });

  it('1 for a lint error, naming rule, line and column', async () => {
    const dir = tempTree({ 'a.txt': `第一行\n${ERROR_LINE}\n` });
    const result = await run([...TWO_RULES, '--format', 'json', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 1);
    const [file] = JSON.parse(result.stdout);
    assert.equal(file.filePath, path.join(dir, 'a.txt'));
    assert.deepEqual(
      file.messages.map((m: { ruleId: string; severity: number; line: number; column: number; endColumn: number }) => [m.ruleId, m.severity, m.line, m.column, m.endColumn]),
      [['repeated-word', 2, 2, 3, 7]],
    );
    assert.equal(file.errorCount, 1);
  });

  it('gives each message its messageId in JSON, where ESLint puts it (after column), the rest unchanged', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n${WARNING_LINE}\n` });
    const result = await run([...TWO_RULES, '--format', 'json', 'a.txt'], { cwd: dir });
    assert.equal(
      result.stdout,
      `[{"filePath":${JSON.stringify(path.join(dir, 'a.txt'))},"messages":[` +
        '{"ruleId":"repeated-word","severity":2,"message":"“动员动员”：词语重复，疑为多打；删去重复的“动员”。","line":1,"column":3,"messageId":"repeatedPhrase","endLine":1,"endColumn":7,"fix":{"range":[4,6],"text":""}},' +
        '{"ruleId":"fullwidth-punctuation","severity":1,"message":"中文里用了半角“,”，应为全角“，”（GB/T 15834-2011）。","line":2,"column":3,"messageId":"halfwidth","endLine":2,"endColumn":4,"fix":{"range":[11,12],"text":"，"}}' +
        '],"errorCount":1,"warningCount":1,"infoCount":0,"fixableErrorCount":1,"fixableWarningCount":1}]\n',
    );
  });

  it('gives each SARIF result its messageId as message.id, one of its rule descriptor\'s messageStrings', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n${WARNING_LINE}\n` });
    const run0 = JSON.parse((await run([...TWO_RULES, '--format', 'sarif', 'a.txt'], { cwd: dir })).stdout).runs[0];
    assert.deepEqual(
      run0.results.map((r: { message: unknown }) => r.message),
      [
        { text: '“动员动员”：词语重复，疑为多打；删去重复的“动员”。', id: 'repeatedPhrase' },
        { text: '中文里用了半角“,”，应为全角“，”（GB/T 15834-2011）。', id: 'halfwidth' },
      ],
    );
    const repeated = run0.tool.driver.rules[run0.results[0].ruleIndex];
    assert.deepEqual(repeated.messageStrings, {
      repeatedPhrase: { text: '“{{text}}”：词语重复，疑为多打；删去重复的“{{unit}}”。' },
      repeatedChar: { text: '“{{text}}”：单字重复，疑为多打（证据较弱）；如属多打，删去一个“{{unit}}”。' },
    });
  });

  it('tells the kinds of a rule\'s findings apart by messageId in JSON and SARIF (round 36: wrong-character, count-mismatch, respectively-mismatch)', async () => {
    const lines = [
      '内蒙古自治区乌兰察布市大力培育发展大数局产业。',
      '进一步招强管理。',
      '各级临到干部要带头转变工作作风。',
      '重点发展智能制造、生物医药、新材料两大产业。',
      '重点发展智能制造、生物医药、新材料四大产业。',
      '城镇、农村居民人均可支配收入分别增长5.8%、7.2%、6.5%。',
      '城镇、农村、全体居民人均可支配收入分别增长5.8%、7.2%。',
    ];
    const dir = tempTree({ 'a.txt': `${lines.join('\n')}\n` });
    const rules = onlyRules({ 'wrong-character': 'warn', 'count-mismatch': 'warn', 'respectively-mismatch': 'error' });
    const expected = [
      ['wrong-character', 1, 'homophone'],
      ['wrong-character', 2, 'lookAlike'],
      ['wrong-character', 3, 'nearHomophoneWord'],
      ['count-mismatch', 4, 'moreItems'],
      ['count-mismatch', 5, 'fewerItems'],
      ['respectively-mismatch', 6, 'moreValues'],
      ['respectively-mismatch', 7, 'fewerValues'],
    ];
    const json = JSON.parse((await run([...rules, '--format', 'json', 'a.txt'], { cwd: dir })).stdout);
    assert.deepEqual(json[0].messages.map((m: { ruleId: string; line: number; messageId: string }) => [m.ruleId, m.line, m.messageId]), expected);
    const run0 = JSON.parse((await run([...rules, '--format', 'sarif', 'a.txt'], { cwd: dir })).stdout).runs[0];
    type Result = { ruleId: string; ruleIndex: number; message: { text: string; id: string }; locations: { physicalLocation: { region: { startLine: number } } }[] };
    const results: Result[] = run0.results;
    assert.deepEqual(results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.message.id]), expected);
    for (const r of results) assert.ok(run0.tool.driver.rules[r.ruleIndex].messageStrings[r.message.id], `${r.ruleId} ${r.message.id} is one of its messageStrings`);
    const wrong = run0.tool.driver.rules[results[0].ruleIndex];
    assert.deepEqual(Object.keys(wrong.messageStrings), ['homophone', 'nearHomophone', 'lookAlike', 'homophoneWord', 'nearHomophoneWord']);
    assert.equal(wrong.messageStrings.lookAlike.text, '“{{wrongWord}}”疑为“{{rightWord}}”（形近别字：“{{wrong}}”应为“{{right}}”），请核对。');
    assert.match(results[1].message.text, /（形近别字：“招”应为“加”）/);
  });

  it('0 for warnings only; 1 when they exceed --max-warnings', async () => {
    const dir = tempTree({ 'a.txt': `${WARNING_LINE}\n${WARNING_LINE}\n` });
    assert.equal((await run([...TWO_RULES, 'a.txt'], { cwd: dir })).code, 0);
    assert.equal((await run([...TWO_RULES, '--max-warnings', '2', 'a.txt'], { cwd: dir })).code, 0);
    const over = await run([...TWO_RULES, '--max-warnings', '1', 'a.txt'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'gongwen-lint: 警告过多：2 个（上限 1 个）\n');
  });

  it('2 for bad usage, with one line on stderr and nothing on stdout', async () => {
    for (const argv of [['--format', 'xml'], ['--bogus'], ['--max-warnings', 'many'], ['--shard', '3/2'], ['--rule', 'no-such-rule:error'], ['--rule', 'repeated-word:loud'], ['--locale', 'fr'], ['--stdin', '--fix'], ['--convert', 'zh-CN', 'a.txt'],
      ['--fix', '--fix-dry-run', 'a.txt'], ['--convert', 'zh-TW', '--fix', 'a.txt'], ['--convert', 'zh-TW', '--annotate', 'a.txt']]) {
      const result = await run(argv, { stdin: '' });
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^gongwen-lint: [^\n]+\n$/, argv.join(' '));
    }
  });

  it('2 for a path or glob that matches nothing', async () => {
    const dir = tempTree({ 'a.txt': '正文' });
    const result = await run(['missing.txt', 'docs/**/*.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'gongwen-lint: 没有与“missing.txt”匹配的文件\ngongwen-lint: 没有与“docs/**/*.md”匹配的文件\n');
  });

  it('a disable comment naming no rule: a note on stderr, the finding still reported, the exit code its own', async () => {
    const dir = tempTree({ 'a.md': '<!-- gongwen-disable-next-line repeatd-word -->\n广泛动员动员加强抢险救灾工作。\n' });
    const result = await run(['-f', 'json', 'a.md'], { cwd: dir });
    assert.equal(result.code, 1, 'repeated-word is still on: its error counts');
    assert.deepEqual((JSON.parse(result.stdout) as { messages: { ruleId: string; line: number }[] }[])[0].messages.map((m) => [m.ruleId, m.line]), [['repeated-word', 2]]);
    assert.equal(result.stderr, 'gongwen-lint: a.md: 1:1: 停用注释里的“repeatd-word”不是规则 id（是不是“repeated-word”？），这条注释对它不起作用\n');
  });

  it('--annotate on text files only: a note that it writes copies of Word documents, the files checked as usual', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const result = await run([...TWO_RULES, '--annotate', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'gongwen-lint: --annotate 只为 Word 文档（.docx）写带批注的副本；这些文件照常检查\n');
  });

  it('2 for a folder with nothing to check, said as such', async () => {
    const dir = tempTree({ 'pictures/a.png': 'x' });
    const result = await run(['pictures'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'gongwen-lint: “pictures”中没有可检查的 .txt、.md 或 .docx 文件\n');
  });
});

describe('options', () => {
  it('--quiet reports errors only', async () => {
    const dir = tempTree({ 'a.txt': `${WARNING_LINE}\n${ERROR_LINE}\n` });
    const [file] = JSON.parse((await run([...TWO_RULES, '--quiet', '-f', 'json', 'a.txt'], { cwd: dir })).stdout);
    assert.deepEqual(file.messages.map((m: { ruleId: string }) => m.ruleId), ['repeated-word']);
    assert.equal(file.warningCount, 0);
  });

  it('--rule changes severity; later --rule wins; --rule off silences', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const asWarning = await run([...TWO_RULES, '--rule', 'repeated-word:warn', '-f', 'json', 'a.txt'], { cwd: dir });
    assert.equal(asWarning.code, 0);
    assert.equal(JSON.parse(asWarning.stdout)[0].messages[0].severity, 1);
    const off = await run([...onlyRules({}), '-f', 'json', 'a.txt'], { cwd: dir });
    assert.deepEqual(JSON.parse(off.stdout)[0].messages, []);
  });

  it('--locale en, and LANG=en_US when no --locale is given', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const english = await run([...TWO_RULES, '--locale', 'en', 'a.txt'], { cwd: dir });
    assert.match(english.stdout, /^ {2}1:3 {2}error {2}.*repeated-word$/m);
    assert.match(english.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    const byEnv = await run([...TWO_RULES, 'a.txt'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.match(byEnv.stdout, /1 problem/);
    const chinese = await run([...TWO_RULES, 'a.txt'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(chinese.stdout, /✖ 1 个问题（1 个错误，0 个警告）/);
  });

  it('--locale zh-TW: the rules\' messages and fix titles in Taiwan Traditional Chinese; LANG=zh_TW leaves JSON as it was', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const taiwan = await run([...TWO_RULES, '--locale', 'zh-TW', '-f', 'json', 'a.txt'], { cwd: dir });
    const [message] = JSON.parse(taiwan.stdout)[0].messages;
    assert.equal(message.message, '「动员动员」：詞語重複，疑為多打；刪去重複的「动员」。');
    const byEnv = await run([...TWO_RULES, '-f', 'json', 'a.txt'], { cwd: dir, env: { LANG: 'zh_TW.UTF-8' } });
    assert.equal(JSON.parse(byEnv.stdout)[0].messages[0].message, '“动员动员”：词语重复，疑为多打；删去重复的“动员”。');
    const bad = await run([...TWO_RULES, '--locale', 'zh-HK', 'a.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--locale 只能是 zh、zh-TW 或 en，而不是“zh-HK”/);
  });

  it('--locale zh-TW: the summary, severity labels, skip reasons and the CLI\'s notes in Taiwan Traditional Chinese too (round 38)', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n${WARNING_LINE}\n`, 'b.bin': Buffer.from([0, 1, 2, 0, 0, 255, 0, 3, 0, 0, 0, 7]) });
    const taiwan = await run([...TWO_RULES, '--locale', 'zh-TW', '--stdin-filename', 'x.md', '--max-warnings', '0', 'a.txt', 'b.bin'], { cwd: dir });
    assert.equal(taiwan.code, 1);
    assert.match(taiwan.stdout, /^ {2}1:3 {2}錯誤 {2}「动员动员」/m);
    assert.match(taiwan.stdout, /^ {2}2:3 {2}警告 {2}中文裡用了半形「,」/m);
    assert.match(taiwan.stdout, /\n✖ 2 個問題（1 個錯誤，1 個警告）\n {2}其中 1 個錯誤和 1 個警告可用 --fix 選項自動修正。\n跳過 1 個檔案（原因見標準錯誤輸出）。\n$/);
    assert.equal(taiwan.stderr, [
      'gongwen-lint: b.bin: 已跳過：看來是二進位檔案，不是文字',
      'gongwen-lint: --stdin-filename 只與 --stdin 同用，已忽略',
      '',
    ].join('\n'));
    // Not a word of simplified Chinese is left in the CLI's own lines (the document's words 动员 stay as written).
    assert.doesNotMatch(taiwan.stdout.replace(/动员/g, '') + taiwan.stderr, /[个题误过错见问]/);
    const simplified = await run([...TWO_RULES, 'a.txt', 'b.bin'], { cwd: dir });
    assert.match(simplified.stdout, /✖ 2 个问题（1 个错误，1 个警告）\n {2}其中 1 个错误和 1 个警告可用 --fix 选项自动修正。\n跳过 1 个文件（原因见标准错误输出）。\n$/);
    assert.match(simplified.stderr, /b\.bin: 已跳过：看来是二进制文件，不是文本/);
    const missing = await run(['--locale', 'zh-TW', 'nope.txt'], { cwd: dir });
    assert.deepEqual([missing.code, missing.stderr], [2, 'gongwen-lint: 沒有與「nope.txt」相符的檔案\n']);
  });

  it('--locale zh-TW: --help, usage errors and configuration errors in Taiwan Traditional Chinese, the user\'s words as written (round 38)', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n`, 'bad/.gongwenrc.json': '{\n  "rules": {\n    "repeated-word" "off"\n  }\n}\n', 'bad/a.txt': `${ERROR_LINE}\n`, 'rule/.gongwenrc.json': '{ "rules": { "repeatd-word": "off" }, "maxFileSize": -1 }\n', 'rule/a.txt': `${ERROR_LINE}\n` });
    const tw = (args: string[]) => run(['--locale', 'zh-TW', ...args], { cwd: dir });
    const malformed = await tw(['bad/a.txt']);
    assert.deepEqual([malformed.code, malformed.stderr], [2, `gongwen-lint: 設定錯誤：${path.join(dir, 'bad', '.gongwenrc.json')}:3:21: JSON 語法錯誤：此處應為英文冒號 :\n`]);
    const unknownId = await tw(['rule/a.txt']);
    assert.deepEqual([unknownId.code, unknownId.stderr], [2, [
      `gongwen-lint: 設定錯誤：${path.join(dir, 'rule', '.gongwenrc.json')}:1:14: 未知規則「repeatd-word」（是不是「repeated-word」？）`,
      `gongwen-lint: 設定錯誤：${path.join(dir, 'rule', '.gongwenrc.json')}:1:39: 「maxFileSize」須為正的位元組數，或帶單位 K、M、G 的大小（均按 1024 進位），如 "50M"`,
      '',
    ].join('\n')]);
    assert.deepEqual(await tw(['--bogus', 'a.txt']), { code: 2, stdout: '', stderr: 'gongwen-lint: 未知選項 --bogus（用 --help 檢視用法）\n' });
    assert.deepEqual(await tw(['--max-warnings', 'many', 'a.txt']), { code: 2, stdout: '', stderr: 'gongwen-lint: --max-warnings 須為不小於 -1 的整數，而不是「many」\n' });
    assert.deepEqual(await tw(['--rule', 'repeatd-word:off', 'a.txt']), { code: 2, stdout: '', stderr: 'gongwen-lint: --rule：未知規則「repeatd-word」（是不是「repeated-word」？）\n' });
    assert.deepEqual(await tw(['--format', '表格', 'a.txt']), { code: 2, stdout: '', stderr: 'gongwen-lint: 未知的輸出格式「表格」（可用：stylish、json、sarif、github）\n' });
    const help = await tw(['--help']);
    assert.equal(help.code, 0);
    for (const text of ['用法：gongwen-lint [選項] [檔案 | 目錄 | 萬用字元]', '退出碼', '--format stylish|json|sarif|github', '--convert zh-Hans|zh-Hant|zh-TW|zh-HK 檔案', 'repeated-word, ']) {
      assert.ok(help.stdout.includes(text), text);
    }
    assert.doesNotMatch(help.stdout, /[设认误码项规则错时帮个为显这]/);
    // Simplified as it was, with the same user words.
    assert.equal((await run(['--bogus', 'a.txt'], { cwd: dir })).stderr, 'gongwen-lint: 未知选项 --bogus（用 --help 查看用法）\n');
    assert.match((await run(['rule/a.txt'], { cwd: dir })).stderr, /:1:14: 未知规则“repeatd-word”（是不是“repeated-word”？）\n/);
    assert.match((await run(['-h'], { cwd: dir })).stdout, /^ {2}--locale zh\|zh-TW\|en {7}提示语言：简体中文/m);
  });

  it('--version and --help', async () => {
    assert.deepEqual(await run(['--version']), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = await run(['--help', '--locale', 'en']);
    assert.equal(help.code, 0);
    for (const text of ['--format stylish|json|sarif|github', '--max-warnings', '--shard', 'Exit codes', 'GB18030', 'repeated-word']) {
      assert.ok(help.stdout.includes(text), text);
    }
    assert.match((await run(['-h'])).stdout, /退出码/);
  });

  it('--max-file-size takes what --help says, in both languages: bytes, K, M or G, alone or as KB or KiB (powers of 1024)', async () => {
    for (const [value, bytes] of [['2048', 2048], ['10b', 10], ['500K', 512000], ['500k', 512000], ['500KB', 512000], ['500KiB', 512000], ['20M', 20971520], ['2 M', 2097152], ['1G', 1073741824], ['1gib', 1073741824]] as const) {
      assert.equal(parseSize(value), bytes, value);
    }
    for (const value of ['0', '-1', '1.5M', '10i', '10 KiBs', '1T', 'M', '', '99999999999G']) {
      assert.throws(() => parseSize(value), /--max-file-size/, value);
    }
    for (const locale of ['en', 'zh']) {
      const help = (await run(['--help', '--locale', locale])).stdout;
      const line = help.slice(help.indexOf('--max-file-size'), help.indexOf('\n\n', help.indexOf('--max-file-size')));
      for (const unit of ['K', 'M', 'G', 'KB', 'KiB', '1024']) assert.ok(line.includes(unit), `${locale}: ${unit}`);
      for (const example of line.match(/\d+[KMG]\b/g) ?? []) assert.ok(parseSize(example) > 0, example);
    }
    const refused = await run(['--max-file-size', '1.5M', 'a.txt']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /可带单位 K、M、G/);
  });

  it('--help says both ways what --stdin-filename needs and the exit codes of stdin and of folders that cannot be read', async () => {
    const english = (await run(['--help', '--locale', 'en'])).stdout;
    assert.ok(english.includes('only with --stdin'));
    assert.ok(english.includes('(or the text on --stdin) that cannot be read or decoded'));
    assert.ok(english.includes('files and folders found in directories that cannot be read or\n     decoded'));
    const chinese = (await run(['--help', '--locale', 'zh'])).stdout;
    assert.ok(chinese.includes('只与 --stdin 同用'));
    assert.ok(chinese.includes('命令行上点名的文件（或 --stdin 读入的文字）'));
    assert.ok(chinese.includes('无法读取或解码的文件和文件夹，不影响退出码'));
  });

  it('colours only on request (FORCE_COLOR or --color), never with NO_COLOR', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    assert.ok(!(await run([...TWO_RULES, 'a.txt'], { cwd: dir })).stdout.includes('\x1b['));
    assert.ok((await run([...TWO_RULES, 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout.includes('\x1b['));
    assert.ok((await run([...TWO_RULES, '--color', 'a.txt'], { cwd: dir })).stdout.includes('\x1b['));
    assert.ok(!(await run([...TWO_RULES, '--no-color', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout.includes('\x1b['));
  });
});

describe('--stdin', () => {
  it('lints stdin as <text>', async () => {
    const result = await run([...TWO_RULES, '--stdin', '-f', 'json'], { stdin: `${ERROR_LINE}\n` });
    assert.equal(result.code, 1);
    assert.equal(JSON.parse(result.stdout)[0].filePath, '<text>');
  });

  it('--stdin-filename names the text and makes .md Markdown (code is not checked)', async () => {
    const dir = tempTree();
    const markdown = `正文\n\n\`\`\`\n${ERROR_LINE}\n\`\`\`\n`;
    const asMarkdown = await run([...TWO_RULES, '--stdin', '--stdin-filename', 'notes/a.md', '-f', 'json'], { stdin: markdown, cwd: dir });
    assert.equal(asMarkdown.code, 0);
    assert.equal(JSON.parse(asMarkdown.stdout)[0].filePath, path.join(dir, 'notes', 'a.md'));
    const asText = await run([...TWO_RULES, '--stdin', '--stdin-filename', 'a.txt', '-f', 'json'], { stdin: markdown, cwd: dir });
    assert.equal(asText.code, 1);
  });

  it('decodes GB18030 from stdin and uses the config found from --stdin-filename', async () => {
    const dir = tempTree({ 'sub/.gongwenrc.json': '{ "rules": { "repeated-word": "off" } }' });
    const gbk = Buffer.from([0xb6, 0xaf, 0xd4, 0xb1, 0xb6, 0xaf, 0xd4, 0xb1]); // 动员动员
    const withConfig = await run(['--rule', 'fullwidth-punctuation:off', '--stdin', '--stdin-filename', 'sub/a.txt', '-f', 'json'], { stdin: gbk, cwd: dir });
    assert.equal(withConfig.code, 0, withConfig.stderr);
    const withoutConfig = await run(['--stdin', '--stdin-filename', 'a.txt', '-f', 'json'], { stdin: gbk, cwd: dir });
    assert.equal(JSON.parse(withoutConfig.stdout)[0].messages[0].ruleId, 'repeated-word');
  });

  it('follows the rule of a file named on the command line: binary input is skipped (exit 0), undecodable text fails (exit 2)', async () => {
    const binary = await run([...TWO_RULES, '--stdin'], { stdin: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]) });
    assert.deepEqual([binary.code, binary.stderr], [0, 'gongwen-lint: <text>: 已跳过：看来是二进制文件，不是文本\n']);
    assert.match(binary.stdout, /跳过 1 个文件/);
    const undecodable = await run([...TWO_RULES, '--stdin', '--locale', 'en'], { stdin: Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x41]) });
    assert.equal(undecodable.code, 2);
    assert.match(undecodable.stderr, /^gongwen-lint: <text>: skipped: cannot decode the file/);
  });

  it('--stdin-filename without --stdin: a note on stderr, the files linted and the exit code as without it', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const plain = await run([...TWO_RULES, 'a.txt'], { cwd: dir });
    const named = await run([...TWO_RULES, '--stdin-filename', 'x.md', 'a.txt'], { cwd: dir });
    assert.deepEqual([named.code, named.stdout], [plain.code, plain.stdout]);
    assert.equal(named.stderr, 'gongwen-lint: --stdin-filename 只与 --stdin 同用，已忽略\n');
    const english = await run([...TWO_RULES, '--locale', 'en', '--stdin-filename', 'x.md', 'a.txt'], { cwd: dir });
    assert.equal(english.stderr, 'gongwen-lint: --stdin-filename is used only with --stdin; ignored\n');
  });

  it('--fix-dry-run prints the fixed text in JSON "output" and reports what remains', async () => {
    const result = await run([...TWO_RULES, '--stdin', '--fix-dry-run', '-f', 'json'], { stdin: `${ERROR_LINE}\n${WARNING_LINE}\n` });
    const [file] = JSON.parse(result.stdout);
    assert.equal(file.output, '广泛动员加强\n中文，中文\n');
    assert.deepEqual(file.messages, []);
    assert.equal(result.code, 0);
  });
});

describe('configuration errors (exit 2, one line each, naming file:line:col)', () => {
  it('a JSON syntax error', async () => {
    const dir = tempTree({ '.gongwenrc.json': '{\n  "rules": {\n    "repeated-word": "error",,\n  }\n}\n', 'a.txt': '正文' });
    const result = await run(['a.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.split('\n')[0], `gongwen-lint: 配置错误：${path.join(dir, '.gongwenrc.json')}:3:30: JSON 语法错误：此处应为键名（键名须加英文双引号）`);
  });

  it('an unknown rule and a bad severity are reported, not ignored', async () => {
    const dir = tempTree({ '.gongwenrc.json': '{ "rules": { "repeated-wrd": "error", "stray-space": "strong" } }', 'a.txt': '正文' });
    const result = await run(['a.txt', '--locale', 'en'], { cwd: dir });
    assert.equal(result.code, 2);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^gongwen-lint: configuration error: .*\.gongwenrc\.json:1:14: unknown rule "repeated-wrd" \(did you mean "repeated-word"\?\)$/);
    assert.match(lines[1], /\.gongwenrc\.json:1:39: bad severity "strong" for "stray-space"/);
  });

  it('--rule with a mistyped id names the id it meant, with exit code 2', async () => {
    const dir = tempTree({ 'a.txt': '正文' });
    const result = await run(['--rule', 'repeatd-word:off', 'a.txt'], { cwd: dir });
    assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', 'gongwen-lint: --rule：未知规则“repeatd-word”（是不是“repeated-word”？）\n']);
  });

  it('says the problems in the locale of the run: Chinese by default', async () => {
    const dir = tempTree({ '.gongwenrc.json': '{ "rules": { "repeated-wrd": "error", "stray-space": ["warn", { "loud": true }] }, "alow": [] }', 'a.txt': '正文' });
    const result = await run(['a.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    const file = path.join(dir, '.gongwenrc.json');
    assert.deepEqual(result.stderr.trimEnd().split('\n'), [
      `gongwen-lint: 配置错误：${file}:1:84: 未知的键“alow”（可用：$schema、script、rules、allow、ignorePatterns、terms、maxFileSize）`,
      `gongwen-lint: 配置错误：${file}:1:14: 未知规则“repeated-wrd”（是不是“repeated-word”？）`,
      `gongwen-lint: 配置错误：${file}:1:65: 规则“stray-space”没有选项“loud”（它没有选项）`,
    ]);
  });

  it('--config names a file; a missing one is an error; --no-config-lookup ignores .gongwenrc.json', async () => {
    const dir = tempTree({ '.gongwenrc.json': '{ "rules": { "repeated-word": "off" } }', 'ci.json': '{ "rules": { "repeated-word": "error" } }', 'a.txt': `${ERROR_LINE}\n` });
    assert.equal((await run(['--rule', 'fullwidth-punctuation:off', 'a.txt'], { cwd: dir })).code, 0);
    assert.equal((await run(['--rule', 'fullwidth-punctuation:off', '--config', 'ci.json', 'a.txt'], { cwd: dir })).code, 1);
    assert.equal((await run(['--rule', 'fullwidth-punctuation:off', '--no-config-lookup', 'a.txt'], { cwd: dir })).code, 1);
    const missing = await run(['--config', 'nope.json', 'a.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^gongwen-lint: 配置错误：.*nope\.json：无法读取配置文件：文件不存在（ENOENT）\n$/);
  });
});

describe('--convert', () => {
  it('prints the file converted to the target script', async () => {
    const dir = tempTree({ 'a.txt': '各地区各部门认真贯彻落实。\n' });
    const result = await run(['--convert', 'zh-TW', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '各地區各部門認真貫徹落實。\n');
    const back = await run(['--convert', 'zh-Hans', '--stdin'], { stdin: result.stdout });
    assert.equal(back.stdout, '各地区各部门认真贯彻落实。\n');
  });

  it('needs exactly one readable file', async () => {
    assert.equal((await run(['--convert', 'zh-TW'])).code, 2);
    const missing = await run(['--convert', 'zh-TW', 'nope.txt'], { cwd: tempTree() });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: 无法读取文件：文件不存在（ENOENT）/);
  });
});
