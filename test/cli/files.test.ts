// Which files a run lints, in what order, what it skips and why; --shard and --jobs.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { globToRegExp } from '../../server/src/cli/files';
import { cleanup, ERROR_LINE, run, tempTree, TWO_RULES, WARNING_LINE } from './harness';

after(cleanup);

const filesOf = (stdout: string) => (JSON.parse(stdout) as { filePath: string }[]).map((f) => f.filePath);

describe('file discovery', () => {
  const dir = tempTree({
    'b.txt': '正文',
    'a.md': '正文',
    'sub/c.txt': '正文',
    'sub/deeper/d.markdown': '正文',
    'sub/image.png': '正文',
    'notes.docx': '正文',
    'node_modules/pkg/readme.md': ERROR_LINE,
    '.git/x.txt': ERROR_LINE,
    'dist/e.txt': ERROR_LINE,
    'out/f.txt': ERROR_LINE,
    'drafts/old/g.txt': ERROR_LINE,
    'drafts/new/h.txt': '正文',
    '.gongwenrc.json': '{ "ignorePatterns": ["drafts/old/**", "*.tmp.txt"] }',
    'scratch.tmp.txt': ERROR_LINE,
  });
  const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

  it('recurses directories for .txt and .md, sorted, skipping node_modules, .git, dist, out and ignorePatterns', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', '.'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(rel(filesOf(result.stdout)), ['a.md', 'b.txt', 'drafts/new/h.txt', 'sub/c.txt', 'sub/deeper/d.markdown']);
  });

  it('lints the current directory when no files are given', async () => {
    const result = await run([...TWO_RULES, '-f', 'json'], { cwd: dir });
    assert.equal(filesOf(result.stdout).length, 5);
  });

  it('lints a named dist/ or out/ directory (defaults apply only below what is named)', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', 'dist'], { cwd: dir });
    assert.deepEqual(rel(filesOf(result.stdout)), ['dist/e.txt']);
  });

  it('expands globs, without duplicates', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', 'sub/**/*.txt', '**/*.md', 'sub/c.txt', '*.{txt,md}'], { cwd: dir });
    assert.deepEqual(rel(filesOf(result.stdout)), ['a.md', 'b.txt', 'sub/c.txt']);
  });

  it('expands braces whose alternatives are globs or paths (the help promises {a,b})', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', '{*.md,*.txt}', '{sub/**/*.markdown,drafts/*/h.txt}'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(rel(filesOf(result.stdout)), ['a.md', 'b.txt', 'drafts/new/h.txt', 'sub/deeper/d.markdown']);
    assert.ok(globToRegExp('{*.md,*.txt}').test('a.md') && !globToRegExp('{*.md,*.txt}').test('sub/a.md'));
  });

  it('a glob without ** looks only as deep as its segments: a broken config further down is not read', async () => {
    const tree = tempTree({ 'a.txt': '正文', 'sub/b.txt': '正文', 'sub/deeper/.gongwenrc.json': '{ "rules": ', 'sub/deeper/c.txt': '正文' });
    const top = await run([...TWO_RULES, '-f', 'json', '*.txt'], { cwd: tree });
    assert.equal(top.code, 0, top.stderr);
    assert.deepEqual(filesOf(top.stdout).map((f) => path.basename(f)), ['a.txt']);
    const one = await run([...TWO_RULES, '-f', 'json', 'sub/*.txt', '*/*.txt'], { cwd: tree });
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(filesOf(one.stdout).map((f) => path.basename(f)), ['b.txt']);
    // A glob that reaches the directory reads its config, and a broken one stops the run as before.
    const all = await run([...TWO_RULES, '-f', 'json', '**/*.txt'], { cwd: tree });
    assert.equal(all.code, 2);
    assert.match(all.stderr, /^gongwen-lint: 配置错误：.*\.gongwenrc\.json:1:\d+: JSON 语法错误：/);
  });

  it('skips an explicitly named file that matches ignorePatterns, with a reason', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', 'drafts/old/g.txt', 'b.txt'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.deepEqual(rel(filesOf(result.stdout)), ['b.txt']);
    assert.equal(result.stderr, 'gongwen-lint: drafts/old/g.txt: 已跳过：与配置中的 ignorePatterns 匹配\n');
  });

  it('converts globs to anchored regular expressions', () => {
    assert.ok(globToRegExp('**/*.txt').test('a.txt'));
    assert.ok(globToRegExp('**/*.txt').test('x/y/a.txt'));
    assert.ok(!globToRegExp('*.txt').test('x/a.txt'));
    assert.ok(globToRegExp('报告?.{txt,md}').test('报告1.md'));
    assert.ok(globToRegExp('[!a]*.txt').test('b.txt') && !globToRegExp('[!a]*.txt').test('a.txt'));
  });
});

describe('skipped files', () => {
  const big = '正文。'.repeat(400); // 3,600 bytes of UTF-8
  const dir = tempTree({
    'a.txt': `${ERROR_LINE}\n`,
    'binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00]),
    'big.txt': big,
    'latin1.txt': Buffer.from('caf\xe9 cr\xe8me', 'latin1'),
  });

  it('found in a directory: one line each on stderr, counted in the summary, run not failed', async () => {
    const result = await run([...TWO_RULES, '--max-file-size', '2K', '.'], { cwd: dir });
    assert.equal(result.code, 1, 'a.txt still has its error');
    assert.equal(
      result.stderr,
      [
        'gongwen-lint: big.txt: 已跳过：文件有 3.5K，超过上限 2K（要检查它，可加 --max-file-size 4K，或在 .gongwenrc.json 中设 "maxFileSize": "4K"）',
        'gongwen-lint: binary.txt: 已跳过：看来是二进制文件，不是文本',
        'gongwen-lint: latin1.txt: 已跳过：无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-16、GB18030/GBK）',
        '',
      ].join('\n'),
    );
    assert.match(result.stdout, /跳过 3 个文件（原因见标准错误输出）。\n$/);
  });

  it('maxFileSize from the config applies; --max-file-size overrides it', async () => {
    const sized = tempTree({ '.gongwenrc.json': '{ "maxFileSize": 1000 }', 'big.txt': big });
    const fromConfig = await run([...TWO_RULES, '--locale', 'en', '.'], { cwd: sized });
    assert.equal(fromConfig.stderr, 'gongwen-lint: big.txt: skipped: the file is 3.5K, over the limit of 1000 bytes (to lint it, pass --max-file-size 4K or set "maxFileSize": "4K" in .gongwenrc.json)\n');
    assert.match(fromConfig.stdout, /1 file skipped \(reasons on stderr\)\./);
    const overridden = await run([...TWO_RULES, '--max-file-size', '1M', '.'], { cwd: sized });
    assert.equal(overridden.stderr, '');
  });

  it('maxFileSize in the config takes the forms of --max-file-size ("4K"), and the size a skip message offers lets the file through', async () => {
    const withUnit = tempTree({ '.gongwenrc.json': '{ "maxFileSize": "3K" }', 'big.txt': big });
    const skipped = await run([...TWO_RULES, '.'], { cwd: withUnit });
    assert.equal(skipped.code, 0);
    assert.equal(skipped.stderr, 'gongwen-lint: big.txt: 已跳过：文件有 3.5K，超过上限 3K（要检查它，可加 --max-file-size 4K，或在 .gongwenrc.json 中设 "maxFileSize": "4K"）\n');
    fs.writeFileSync(path.join(withUnit, '.gongwenrc.json'), '{ "maxFileSize": "4K" }');
    assert.equal((await run([...TWO_RULES, '.'], { cwd: withUnit })).stderr, '');
    assert.equal((await run([...TWO_RULES, '--max-file-size', '4K', '--no-config-lookup', '.'], { cwd: withUnit })).stderr, '');
  });

  it('an undecodable or missing file named on the command line makes the run exit 2', async () => {
    const result = await run([...TWO_RULES, '-f', 'json', 'latin1.txt', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(filesOf(result.stdout).length, 1, 'the other file is still reported');
    assert.match(result.stderr, /^gongwen-lint: latin1\.txt: 已跳过：无法识别文件编码/);
    const missing = await run([...TWO_RULES, 'a.txt', 'gone.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
  });

  it('a pipe or device named on the command line: skipped as no regular file, pointing to --stdin; the run exits 2', { skip: process.platform === 'win32' }, async () => {
    const result = await run([...TWO_RULES, '/dev/null', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'gongwen-lint: /dev/null: 已跳过：不是普通文件（管道或设备）；管道里的文字请用 --stdin 读入\n');
  });

  it('a named path that cannot be looked at says why, not “no files match” (a symbolic link loop; a folder it may not read)', { skip: process.platform === 'win32' }, async () => {
    const loop = tempTree({ 'a.txt': `${ERROR_LINE}\n`, 'locked/b.txt': `${ERROR_LINE}\n` });
    fs.symlinkSync('self', path.join(loop, 'self'));
    const result = await run([...TWO_RULES, 'self', 'a.txt'], { cwd: loop });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'gongwen-lint: 无法读取“self”：符号链接循环（ELOOP）\n');
    // Root reads every folder: the permission case only for other users.
    if (process.getuid?.() === 0) return;
    fs.chmodSync(path.join(loop, 'locked'), 0o000);
    try {
      const locked = await run([...TWO_RULES, '--locale', 'en', 'locked'], { cwd: loop });
      assert.equal(locked.code, 2);
      assert.equal(locked.stderr, 'gongwen-lint: cannot read "locked": permission denied (EACCES)\n');
    } finally {
      fs.chmodSync(path.join(loop, 'locked'), 0o755);
    }
  });

  it('a binary file named on the command line is skipped without failing the run', async () => {
    const result = await run([...TWO_RULES, 'binary.txt'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'gongwen-lint: binary.txt: 已跳过：看来是二进制文件，不是文本\n');
  });
});

describe('--shard and --jobs', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 23; i++) files[`doc${String(i).padStart(2, '0')}.txt`] = i % 3 ? `${WARNING_LINE}\n第${i}段\n` : `${ERROR_LINE}\n`;
  const dir = tempTree(files);

  it('shards partition the sorted files: disjoint, and together all of them', async () => {
    const all = filesOf((await run([...TWO_RULES, '-f', 'json', '.'], { cwd: dir })).stdout);
    assert.equal(all.length, 23);
    const shards = [];
    for (let i = 1; i <= 4; i++) shards.push(filesOf((await run([...TWO_RULES, '-f', 'json', '--shard', `${i}/4`, '.'], { cwd: dir })).stdout));
    assert.deepEqual(shards.map((s) => s.length), [6, 6, 6, 5]);
    assert.deepEqual(shards.flat().sort(), [...all].sort());
    assert.equal(new Set(shards.flat()).size, 23);
    // Deterministic: the same shard twice is the same list.
    assert.deepEqual(filesOf((await run([...TWO_RULES, '-f', 'json', '--shard', '2/4', '.'], { cwd: dir })).stdout), shards[1]);
  });

  it('--jobs 2 (worker threads) gives exactly the output of --jobs 1, in sorted order', async () => {
    for (const format of ['json', 'stylish']) {
      const single = await run([...TWO_RULES, '-f', format, '--jobs', '1', '.'], { cwd: dir });
      const parallel = await run([...TWO_RULES, '-f', format, '--jobs', '2', '.'], { cwd: dir });
      assert.equal(parallel.stderr, '');
      assert.equal(parallel.stdout, single.stdout);
      assert.equal(parallel.code, single.code);
    }
  });

  it('--fix on worker threads writes the files', async () => {
    const fixDir = tempTree(Object.fromEntries(Object.keys(files).slice(0, 6).map((name) => [name, `${ERROR_LINE}\n`])));
    const result = await run([...TWO_RULES, '--fix', '--jobs', '2', '.'], { cwd: fixDir });
    assert.equal(result.code, 0, result.stderr + result.stdout);
    for (const name of fs.readdirSync(fixDir)) assert.equal(fs.readFileSync(path.join(fixDir, name), 'utf8'), '广泛动员加强\n');
  });
});
