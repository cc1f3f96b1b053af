import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, resolveConfig, RULES, validateConfig } from '../../server/src/engine';
import { closestId } from '../../server/src/engine/closest-id';
import { fileSizeAtLeast, formatFileSize } from '../../server/src/engine/fileSize';
import { addAllowPhrase, findConfigFile, loadConfigFile } from '../../server/src/node/configFile';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-config-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A fresh directory holding `.gongwenrc.json` with `text`. */
function configWith(text: string): string {
  const dir = path.join(root, String(counter++));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '.gongwenrc.json');
  fs.writeFileSync(file, text);
  return file;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

describe('findConfigFile', () => {
  it('finds the nearest .gongwenrc.json upward, and nothing when there is none', () => {
    const file = configWith('{}');
    const deep = path.join(path.dirname(file), 'a', 'b');
    fs.mkdirSync(deep, { recursive: true });
    assert.equal(findConfigFile(deep), file);
    const nearer = path.join(path.dirname(file), 'a', '.gongwenrc.json');
    fs.writeFileSync(nearer, '{}');
    assert.equal(findConfigFile(deep), nearer);
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-noconfig-'));
    try {
      // The temp directory's ancestors (/tmp, /) have no config in a clean environment.
      assert.equal(findConfigFile(lonely), findConfigFile(os.tmpdir()));
    } finally {
      fs.rmSync(lonely, { recursive: true });
    }
  });
});

describe('loadConfigFile', () => {
  it('accepts comments and trailing commas and returns plain objects', () => {
    const file = configWith('{\n  // 单位惯用语\n  "allow": ["研究研究",],\n  /* block */ "rules": { "repeated-word": ["error"], },\n}\n');
    assert.deepEqual(loadConfigFile(file), { allow: ['研究研究'], rules: { 'repeated-word': ['error'] } });
  });

  it('reads a config saved with a UTF-8 BOM', () => {
    const file = configWith('\ufeff{ "script": "zh-Hans" }');
    assert.deepEqual(loadConfigFile(file), { script: 'zh-Hans' });
  });

  it('names file, line and column of a syntax error', () => {
    const file = configWith('{\n  "rules": {\n    "repeated-word": "error"\n    "stray-space": "off"\n  }\n}\n');
    const message = errorOf(() => loadConfigFile(file));
    assert.equal(message.split('\n')[0], `${file}:4:5: JSON syntax error: comma expected`);
  });

  it('reports an unknown rule at its key: the id it most likely meant, or else the known ids', () => {
    const file = configWith('{\n  "rules": {\n    "repeated-wrod": "error"\n  }\n}');
    assert.equal(errorOf(() => loadConfigFile(file)), `${file}:3:5: unknown rule "repeated-wrod" (did you mean "repeated-word"?)`);
    const far = configWith('{\n  "rules": {\n    "typos": "error"\n  }\n}');
    const message = errorOf(() => loadConfigFile(far));
    assert.match(message, new RegExp(`^${escape(far)}:3:5: unknown rule "typos" \\(known rules: repeated-word, `));
    assert.equal(message.split('\n').length, 1);
  });

  it('names the id a mistyped one meant only when exactly one id is within two edits (case and _ aside)', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.deepEqual(['repeatd-word', 'Repeated_Word', 'stray-spaces', 'number-styles', 'wrong-charater', 'count-missmatch', 'sequence-numbring'].map((id) => closestId(id, ids)),
      ['repeated-word', 'repeated-word', 'stray-space', 'number-style', 'wrong-character', 'count-mismatch', 'sequence-numbering']);
    assert.deepEqual(['typos', 'percent', 'spaces', 'rate-mismatches-all'].map((id) => closestId(id, ids)), [undefined, undefined, undefined, undefined]);
    assert.equal(closestId('mismatch', ['a-mismatch', 'b-mismatch']), undefined, 'two as near: neither named');
  });

  it('says a bad severity and a mistyped option in Chinese as its other messages are written (“” quotes, no stray space)', () => {
    const file = configWith('{ "rules": { "stray-space": "loud", "repeated-word": ["error", { "minLength": "2" }] } }');
    try {
      loadConfigFile(file);
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.lines.map((line) => line.zh.replace(/^.*?: /, '')), [
        '规则“stray-space”的级别“loud”无效（可用 off、info、warn、error）',
        '规则“repeated-word”的选项“minLength”须为数字',
      ]);
    }
  });

  it('reports a bad severity and an unknown key, one line each', () => {
    const file = configWith('{\n  "rules": { "stray-space": "loud" },\n  "alow": []\n}');
    const lines = errorOf(() => loadConfigFile(file)).split('\n');
    assert.deepEqual(lines, [
      `${file}:3:3: unknown key "alow" (keys: $schema, script, rules, allow, ignorePatterns, terms, maxFileSize)`,
      `${file}:2:14: bad severity "loud" for "stray-space" (use off, info, warn or error)`,
    ]);
  });

  it('checks a malformed config against the generated schema: one line per problem, in the file\'s order', () => {
    const file = configWith([
      '{',
      '  "script": "zh-CN",',
      '  "rules": {',
      '    "stray-space": ["warn", { "loud": true }],',
      '    "repeated-word": ["error", { "minLength": "2" }],',
      '    "common-typo": ["warn", 3],',
      '    "fullwidth-punctuation": ["warn", {}, "extra"],',
      '    "paired-punctuation": "Warning",',
      '    "symbol-consistency": 2',
      '  },',
      '  "allow": ["甲", ""],',
      '  "ignorePatterns": "drafts/**",',
      '  "terms": { "": "空", "截止目前": { "to": "截至目前", "why": "x" } },',
      '  "maxFileSize": 0,',
      '  "extends": "x"',
      '}',
    ].join('\n'));
    assert.deepEqual(errorOf(() => loadConfigFile(file)).split('\n'), [
      `${file}:15:3: unknown key "extends" (keys: $schema, script, rules, allow, ignorePatterns, terms, maxFileSize)`,
      `${file}:2:3: "script" must be one of auto, zh-Hans, zh-Hant, zh-TW, zh-HK`,
      `${file}:4:31: rule "stray-space" has no option "loud"`,
      `${file}:5:34: option "minLength" of "repeated-word" must be a number`,
      `${file}:6:5: options of "common-typo" must be an object`,
      `${file}:7:5: "fullwidth-punctuation" takes a severity or [severity, options]`,
      `${file}:11:3: "allow" must be an array of non-empty strings`,
      `${file}:12:3: "ignorePatterns" must be an array of non-empty strings`,
      `${file}:13:3: term "" must map to a string or { "to": string, "message"?: string }`,
      `${file}:13:23: term "截止目前" must map to a string or { "to": string, "message"?: string }`,
      `${file}:14:3: "maxFileSize" must be a positive number of bytes, or a size with a unit K, M or G (powers of 1024) such as "50M"`,
    ]);
  });

  it('maxFileSize: bytes, or a size with a unit as --max-file-size takes it; anything else is said plainly', () => {
    assert.deepEqual(validateConfig({ maxFileSize: 1000 }, RULES), []);
    for (const size of ['50M', '500k', '1GiB', '20 MB', '1000B']) assert.deepEqual(validateConfig({ maxFileSize: size }, RULES), [], size);
    assert.equal(resolveConfig({ maxFileSize: '50M' }).maxFileSize, 50 * 1024 * 1024);
    assert.equal(resolveConfig({ maxFileSize: 1000 }).maxFileSize, 1000);
    // Sizes in messages are in the same forms, with the value that lets a file through.
    assert.deepEqual([20971520, 73800000, 3600, 2048, 1000].map((n) => [formatFileSize(n).zh, fileSizeAtLeast(n)]),
      [['20M', '20M'], ['70.4M', '71M'], ['3.5K', '4K'], ['2K', '2K'], ['1000 字节', '1000']]);
    for (const size of ['50X', '', '-5M', '1.5M', '0K', 0, -1]) {
      assert.deepEqual(validateConfig({ maxFileSize: size }, RULES).map((p) => [p.path, p.message.zh]), [
        ['maxFileSize', '“maxFileSize”须为正的字节数，或带单位 K、M、G 的大小（均按 1024 进位），如 "50M"'],
      ], String(size));
    }
  });

  it('accepts the severity spellings people bring from ESLint, and rejects the rest', (t) => {
    // The schema compiles without ajv's strict-mode warnings (they would land in the server's log).
    const warn = t.mock.method(console, 'warn');
    assert.deepEqual(validateConfig({ rules: { 'stray-space': 'warn' } }, [...RULES]), []); // a new list: compiled afresh
    const ok = configWith('{ "rules": { "stray-space": "WARN", "repeated-word": ["Error"], "common-typo": "hint", "paired-punctuation": 0 } }');
    assert.equal(Object.keys(loadConfigFile(ok).rules!).length, 4);
    assert.match(errorOf(() => loadConfigFile(configWith('{ "rules": { "stray-space": 3 } }'))), /:1:14: bad severity 3 for "stray-space"/);
    assert.match(errorOf(() => loadConfigFile(configWith('[]'))), /:1:1: the configuration must be a JSON object$/);
    assert.equal(warn.mock.callCount(), 0);
  });

  it('finds keys that contain dots (terms) for the position', () => {
    const file = configWith('{\n  "terms": {\n    "截止.目前": 3\n  }\n}');
    assert.match(errorOf(() => loadConfigFile(file)), /:3:5: term "截止\.目前" must map/);
  });

  it('says so for an empty file and for a missing one', () => {
    assert.match(errorOf(() => loadConfigFile(configWith(''))), /:1:1: the file is empty; write a JSON object such as \{\}$/);
    assert.match(errorOf(() => loadConfigFile(configWith('\ufeff \n'))), /:1:1: the file is empty/);
    assert.match(errorOf(() => loadConfigFile(path.join(root, 'missing.json'))), /missing\.json: cannot read the configuration file: no such file \(ENOENT\)/);
  });
});

describe('a config file not in UTF-8', () => {
  // Notepad's “ANSI” on a Chinese Windows is GBK; PowerShell 5's `'{…}' > .gongwenrc.json` writes UTF-16 with a BOM.
  const gbk = Buffer.from([0x7b, 0x22, 0x61, 0x6c, 0x6c, 0x6f, 0x77, 0x22, 0x3a, 0x5b, 0x22, 0xd1, 0xd0, 0xbe, 0xbf, 0xd1, 0xd0, 0xbe, 0xbf, 0x22, 0x5d, 0x7d]); // {"allow":["研究研究"]}
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"allow":["研究研究"]}', 'utf16le')]);

  it('is one line saying it must be UTF-8, not a garbled phrase (GBK) or a syntax error per character (UTF-16)', () => {
    const gbkFile = configWith('');
    fs.writeFileSync(gbkFile, gbk);
    assert.equal(errorOf(() => loadConfigFile(gbkFile)), `${gbkFile}:1:1: the configuration file must be encoded in UTF-8, and this one is in another encoding (such as GBK/GB18030); save it as UTF-8 in an editor`);
    const utf16File = configWith('');
    fs.writeFileSync(utf16File, utf16);
    const message = errorOf(() => loadConfigFile(utf16File));
    assert.equal(message.split('\n').length, 1, message);
    assert.match(message, /this one is in UTF-16; save it as UTF-8/);
    // assert.throws, not try/catch: a load that threw nothing must fail the test too.
    assert.throws(() => loadConfigFile(utf16File), (error) => error instanceof ConfigError && /此文件是 UTF-16 编码；/.test(error.text('zh')));
    assert.throws(() => loadConfigFile(gbkFile), (error) => error instanceof ConfigError && /:1:1: 配置文件须为 UTF-8 编码，此文件是其他编码（如 GBK\/GB18030）；请在编辑器中另存为 UTF-8$/.test(error.text('zh')));
  });

  it('UTF-16 without a BOM (every other byte zero) is said in one line too, not a syntax error per character', () => {
    for (const bytes of [Buffer.from('{"allow":["研究研究"]}', 'utf16le'), Buffer.from('{"allow":["研究研究"]}', 'utf16le').swap16()]) {
      const file = configWith('');
      fs.writeFileSync(file, bytes);
      assert.equal(errorOf(() => loadConfigFile(file)), `${file}:1:1: the configuration file must be encoded in UTF-8, and this one is in UTF-16; save it as UTF-8 in an editor`);
    }
  });

  it('a valid UTF-8 file with odd characters is read as it is: BOM, four-byte characters, U+FFFD, U+2028, private use', () => {
    const phrases = ['𠮷野家', '👍研究', '\ufffd乱码', '甲\u2028乙', '\ue000造字', 'ａｂｃ１２３'];
    const file = configWith('');
    fs.writeFileSync(file, `\ufeff// 注释\n{ "allow": ${JSON.stringify(phrases)}, }\n`);
    assert.deepEqual(loadConfigFile(file).allow, phrases);
    addAllowPhrase(file, '𠀀新增');
    assert.deepEqual(loadConfigFile(file).allow, [...phrases, '𠀀新增']);
  });

  it('is left alone by “allow this phrase”, which says why', () => {
    const file = configWith('');
    fs.writeFileSync(file, gbk);
    assert.match(errorOf(() => addAllowPhrase(file, '甲')), /must be encoded in UTF-8.* \(not changed\)$/);
    assert.deepEqual(fs.readFileSync(file), gbk);
  });
});

describe('addAllowPhrase', () => {
  it('creates the file when missing', () => {
    const file = path.join(root, `new-${counter++}.json`);
    addAllowPhrase(file, '研究研究');
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { allow: ['研究研究'] });
  });

  it('appends to an existing list keeping comments, layout and other keys byte for byte', () => {
    const before = '{\n\t// 不要删\n\t"rules": { "repeated-word": "error", },\n\t"allow": [\n\t\t"甲"\n\t],\n}\n';
    const file = configWith(before);
    addAllowPhrase(file, '方向的方向');
    const after = fs.readFileSync(file, 'utf8');
    assert.equal(after, '{\n\t// 不要删\n\t"rules": { "repeated-word": "error", },\n\t"allow": [\n\t\t"甲",\n\t\t"方向的方向"\n\t],\n}\n');
    assert.deepEqual(loadConfigFile(file).allow, ['甲', '方向的方向']);
  });

  it('adds an "allow" key after the last one, keeping CRLF and BOM, and escapes quotes', () => {
    const file = configWith('\ufeff{\r\n  "script": "auto"\r\n}\r\n');
    addAllowPhrase(file, '“双引号"');
    assert.equal(fs.readFileSync(file, 'utf8'), '\ufeff{\r\n  "script": "auto",\r\n  "allow": ["“双引号\\""]\r\n}\r\n');
  });

  it('fills an empty object and an empty list, and never duplicates', () => {
    const empty = configWith('{}');
    addAllowPhrase(empty, '甲');
    addAllowPhrase(empty, '甲');
    assert.deepEqual(loadConfigFile(empty), { allow: ['甲'] });
    const emptyList = configWith('{"allow": []}');
    addAllowPhrase(emptyList, '乙');
    assert.equal(fs.readFileSync(emptyList, 'utf8'), '{"allow": ["乙"]}');
  });

  it('refuses to touch a file it cannot parse, and leaves no temporary files', () => {
    const file = configWith('{ "allow": [ ');
    errorOf(() => addAllowPhrase(file, '甲'));
    assert.equal(fs.readFileSync(file, 'utf8'), '{ "allow": [ ');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['.gongwenrc.json']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
