// End to end: `node dist/cli.js` as a user runs it (build first: node esbuild.mjs).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { checksums } from '../../server/src/node/codeCache';
import { cleanup, ERROR_LINE, REPO_ROOT, tempTree, TWO_RULES, WARNING_LINE } from './harness';

after(cleanup);

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(argv: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...argv], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '', GONGWEN_DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('starts with a shebang so npm can link it as the gongwen-lint command', () => {
    assert.equal(fs.readFileSync(CLI, 'utf8').split('\n')[0], '#!/usr/bin/env node');
  });

  it('writes the whole report to a pipe and keeps its exit code (the process ends with process.exit once its loop is empty)', () => {
    const dir = tempTree({ 'many.txt': `${ERROR_LINE}\n`.repeat(20000) });
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --format json ${TWO_RULES.join(' ')} many.txt | cat`], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const report = JSON.parse(piped.stdout) as { messages: unknown[]; errorCount: number }[];
    assert.equal(report[0].messages.length, 20000);
    assert.equal(report[0].errorCount, 20000);
    const direct = cli(['--format', 'json', ...TWO_RULES, 'many.txt'], { cwd: dir });
    assert.equal(direct.code, 1);
    assert.equal(direct.stdout, piped.stdout);
    const clean = cli([...TWO_RULES, '--stdin'], { cwd: dir, input: '正文。\n' });
    assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', '']);
  });

  it('exits 0, 1 and 2', () => {
    const dir = tempTree({ 'clean.txt': '正文。\n', 'bad.txt': `${ERROR_LINE}\n` });
    assert.equal(cli([...TWO_RULES, 'clean.txt'], { cwd: dir }).code, 0);
    const bad = cli([...TWO_RULES, 'bad.txt'], { cwd: dir });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^ {2}1:3 {2}错误 {2}.* {2}repeated-word$/m);
    const usage = cli(['--format', 'yaml'], { cwd: dir });
    assert.equal(usage.code, 2);
    assert.equal(usage.stderr, 'gongwen-lint: 未知的输出格式“yaml”（可用：stylish、json、sarif、github）\n');
  });

  it('prints a one-line reason, not a stack trace, for a broken config', () => {
    const dir = tempTree({ '.gongwenrc.json': '{ "rules": { "repeated-word": "error" ', 'a.txt': '正文' });
    const result = cli(['a.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^gongwen-lint: 配置错误：.*\.gongwenrc\.json:1:\d+: JSON 语法错误：[^\n]+\n$/);
    assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
  });

  it('lets a large JSON result drain completely through a pipe', () => {
    const line = `${WARNING_LINE}${'，继续'.repeat(4)}\n`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`f${i}.txt`] = line.repeat(400);
    const dir = tempTree(files);
    const result = cli([...TWO_RULES, '--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.ok(result.stdout.length > 2 * 1024 * 1024, `only ${result.stdout.length} characters`);
    const parsed = JSON.parse(result.stdout);
    assert.equal(parsed.length, 40);
    assert.equal(parsed.reduce((n: number, f: { warningCount: number }) => n + f.warningCount, 0), 40 * 400);
  });

  it('a folder found while walking that cannot be listed is a skipped entry with its reason; only a named one fails the run', (t) => {
    if (process.platform === 'win32') return t.skip('POSIX permissions');
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n`, 'sub/b.txt': '正文。\n', 'sub/locked/c.txt': `${ERROR_LINE}\n` });
    // Root reads every folder (the review's run was as nobody): as root, run the CLI as nobody, or skip when it cannot.
    const asNobody = process.getuid?.() === 0;
    const options = asNobody ? { uid: 65534, gid: 65534 } : {};
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'sub'), 0o755);
    fs.chmodSync(path.join(dir, 'sub', 'locked'), 0o000);
    const lint = (argv: string[]) => {
      const result = spawnSync(process.execPath, [CLI, ...TWO_RULES, ...argv], {
        ...options, cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '', GONGWEN_DEBUG: '' },
      });
      return { error: result.error, code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    try {
      const walked = lint(['.']);
      if (walked.error || (asNobody && walked.code !== 1)) return t.skip(`cannot run the CLI as another user: ${walked.error?.message ?? walked.stderr}`);
      assert.equal(walked.code, 1, 'the error in a.txt, not 2: the folder was not named');
      assert.equal(walked.stderr, `gongwen-lint: ${path.join('sub', 'locked')}: 已跳过：无法读取文件夹：权限不足（EACCES）\n`);
      assert.match(walked.stdout, /^a\.txt$/m);
      assert.match(walked.stdout, /跳过 1 个文件夹（原因见标准错误输出）。/);
      const english = lint(['--locale', 'en', '--format', 'json', 'sub']);
      assert.equal(english.code, 0);
      assert.equal(english.stderr, `gongwen-lint: ${path.join('sub', 'locked')}: skipped: cannot read the folder: permission denied (EACCES)\n`);
      assert.deepEqual((JSON.parse(english.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath)), ['b.txt']);
      // A glob that matched nothing says which folder it could not look into before “no files match” (exit 2 as before).
      const glob = lint(['sub/**/c.txt']);
      assert.equal(glob.code, 2);
      assert.equal(glob.stderr, `gongwen-lint: ${path.join('sub', 'locked')}: 已跳过：无法读取文件夹：权限不足（EACCES）\ngongwen-lint: 没有与“sub/**/c.txt”匹配的文件\n`);
      // Named on the command line: fails the run, as an unreadable named file does.
      const named = lint(['sub/locked']);
      assert.equal(named.code, 2);
      assert.equal(named.stderr, 'gongwen-lint: 无法读取“sub/locked”：权限不足（EACCES）\n');
    } finally {
      fs.chmodSync(path.join(dir, 'sub', 'locked'), 0o755);
    }
  });

  it('--locale zh-TW: the CLI\'s own lines in Traditional Chinese even when no text is linted (the table comes with the engine)', () => {
    const dir = tempTree({ 'a.bin': Buffer.from([0, 1, 2, 0, 0, 255, 0, 3, 0, 0, 0, 7]), 'b.txt': `${ERROR_LINE}\n` });
    const skippedOnly = cli(['--locale', 'zh-TW', 'a.bin'], { cwd: dir });
    assert.deepEqual([skippedOnly.code, skippedOnly.stdout, skippedOnly.stderr], [0, '跳過 1 個檔案（原因見標準錯誤輸出）。\n', 'gongwen-lint: a.bin: 已跳過：看來是二進位檔案，不是文字\n']);
    const linted = cli([...TWO_RULES, '--locale', 'zh-TW', 'b.txt'], { cwd: dir });
    assert.equal(linted.code, 1);
    assert.match(linted.stdout, /1:3 {2}錯誤 {2}「动员动员」：詞語重複/);
    assert.match(linted.stdout, /✖ 1 個問題（1 個錯誤，0 個警告）\n {2}其中 1 個錯誤可用 --fix 選項自動修正。\n$/);
    assert.equal(cli(['--locale', 'zh-TW', 'nope.txt'], { cwd: dir }).stderr, 'gongwen-lint: 沒有與「nope.txt」相符的檔案\n');
  });

  it('reads stdin', () => {
    const result = cli([...TWO_RULES, '--stdin', '--format', 'github'], { input: `${ERROR_LINE}\n` });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '::error file=<text>,line=1,col=3,endLine=1,endColumn=7,title=repeated-word::“动员动员”：词语重复，疑为多打；删去重复的“动员”。\n');
  });

  it('finds the known slips in seeds/ (000 line 13, 004 line 21)', () => {
    const result = cli(['seeds', '--format', 'json']);
    assert.ok(result.code === 1, result.stderr);
    const repeated = (JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[]).flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'repeated-word').map((m) => `${path.basename(f.filePath).slice(0, 3)}:${m.line}:${m.column}`),
    );
    assert.ok(repeated.includes('000:13:160'), repeated.join(' '));
    assert.ok(repeated.includes('004:21:387'), repeated.join(' '));
  });

  it('--stdio answers an LSP initialize request', async () => {
    const child = spawn(process.execPath, [CLI, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const reply = await new Promise<string>((resolve, reject) => {
        let data = '';
        const timer = setTimeout(() => reject(new Error(`no reply; got ${JSON.stringify(data)}`)), 10000);
        child.stdout.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
          if (data.includes('"id":1')) {
            clearTimeout(timer);
            resolve(data);
          }
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      assert.match(reply, /"capabilities"/);
    } finally {
      child.kill();
    }
  });
});

// Each bundle's cache: dist/cli-main.js's, and the engine's (dist/cli-engine.js, a second bundle loaded when a run needs it).
for (const cacheName of ['cli-main.cache', 'cli-engine.cache']) {
  describe(`dist/cli.js code cache (dist/${cacheName})`, () => {
    const dist = path.join(REPO_ROOT, 'dist');
    const valid = fs.readFileSync(path.join(dist, cacheName));

    /** A copy of dist/ (the starter copied, the rest linked) with `cache` as its code cache, or none. */
    function distWith(cache: Buffer | undefined): string {
      const dir = tempTree();
      for (const name of fs.readdirSync(dist)) {
        if (name === cacheName || name.endsWith('.map')) continue;
        if (name === 'cli.js') fs.copyFileSync(path.join(dist, name), path.join(dir, name));
        else fs.symlinkSync(path.join(dist, name), path.join(dir, name));
      }
      if (cache) fs.writeFileSync(path.join(dir, cacheName), cache);
      return dir;
    }

    function run(dir: string) {
      const input = `${ERROR_LINE}\n${WARNING_LINE}\n`;
      const result = spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--format', 'json', '--stdin', ...TWO_RULES], { input, encoding: 'utf8', env: { ...process.env, GONGWEN_DEBUG: '' } });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    /** The cache with its V8 data replaced by `data`, header checksums made to match. */
    function withData(data: Buffer, sourceCrc = valid.readUInt32LE(4)): Buffer {
      const header = Buffer.from(valid.subarray(0, 16));
      header.writeUInt32LE(sourceCrc, 4);
      header.writeUInt32LE(checksums(data)![0], 8);
      header.writeUInt32LE(data.length, 12);
      return Buffer.concat([header, data]);
    }

    it('gives the same output with the cache, without it, and with a stale, truncated or damaged one — silently', () => {
      const expected = run(distWith(undefined));
      assert.equal(expected.code, 1);
      assert.match(expected.stdout, /"ruleId":"repeated-word"/);
      assert.equal(expected.stderr, '');
      const flipped = Buffer.from(valid);
      flipped[valid.length >> 1] ^= 0xff;
      const caches: Record<string, Buffer> = {
        valid,
        truncated: valid.subarray(0, valid.length >> 1),
        'one byte changed': flipped,
        'made for other source': withData(valid.subarray(16), (valid.readUInt32LE(4) ^ 1) >>> 0),
        'checksums right, data not V8 data': withData(Buffer.alloc(valid.length - 16, 0x5a)),
        'V8 data cut short, checksums right': withData(valid.subarray(16, 16 + ((valid.length - 16) >> 1))),
        empty: Buffer.alloc(0),
      };
      for (const [name, cache] of Object.entries(caches)) assert.deepEqual(run(distWith(cache)), expected, name);
    });
  });
}
