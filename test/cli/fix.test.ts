// --fix writes back in the file's own encoding, BOM and line endings; a second --fix changes nothing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { encodeText, type TextEncodingName } from '../../server/src/node/textFile';
import { cleanup, ERROR_LINE, run, tempTree, TWO_RULES, WARNING_LINE } from './harness';

after(cleanup);

// Every line ending, a supplementary-plane character before the fixes (its two UTF-16 units
// must not shift columns), and lines without findings that must stay byte for byte.
const BEFORE = `第一段𠮷保持不变。\r\n${ERROR_LINE}\r${WARNING_LINE}\n中间一行\r\n𠮷${ERROR_LINE}\n末行无换行`;
const AFTER = `第一段𠮷保持不变。\r\n广泛动员加强\r中文，中文\n中间一行\r\n𠮷广泛动员加强\n末行无换行`;

async function fixTwice(name: string, bytes: Uint8Array): Promise<{ first: Buffer; second: Buffer; dir: string }> {
  const dir = tempTree({ [name]: bytes });
  const file = path.join(dir, name);
  const fixed = await run([...TWO_RULES, '--fix', name], { cwd: dir });
  assert.equal(fixed.code, 0, fixed.stderr + fixed.stdout);
  assert.equal(fixed.stdout, '', 'nothing remains to report');
  const first = fs.readFileSync(file);
  const again = await run([...TWO_RULES, '--fix', name], { cwd: dir });
  assert.equal(again.code, 0);
  return { first, second: fs.readFileSync(file), dir };
}

describe('--fix', () => {
  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-nobom', 'utf-16be-nobom', 'gb18030'] as TextEncodingName[]) {
    it(`keeps ${encoding} and every line ending; a second --fix changes nothing`, async () => {
      const { first, second } = await fixTwice('draft.txt', encodeText(BEFORE, encoding));
      assert.deepEqual(first, Buffer.from(encodeText(AFTER, encoding)));
      assert.deepEqual(second, first);
    });
  }

  it('reports positions in UTF-16 code units after a surrogate pair', async () => {
    const dir = tempTree({ 'a.txt': encodeText(BEFORE, 'gb18030') });
    const [file] = JSON.parse((await run([...TWO_RULES, '-f', 'json', 'a.txt'], { cwd: dir })).stdout);
    const last = file.messages.at(-1);
    // Line 5 is 「𠮷广泛动员动员加强」: 𠮷 takes columns 1–2, so 动员动员 starts at column 5.
    assert.deepEqual([last.ruleId, last.line, last.column, last.endColumn], ['repeated-word', 5, 5, 9]);
  });

  it('does not touch a file with nothing to fix (same bytes, same mtime)', async () => {
    const dir = tempTree({ 'clean.txt': '各地区各部门认真贯彻落实。\r\n' });
    const file = path.join(dir, 'clean.txt');
    const before = fs.statSync(file).mtimeMs;
    assert.equal((await run([...TWO_RULES, '--fix', 'clean.txt'], { cwd: dir })).code, 0);
    assert.equal(fs.statSync(file).mtimeMs, before);
  });

  it('keeps the file mode and leaves no temporary files', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const file = path.join(dir, 'a.txt');
    fs.chmodSync(file, 0o600);
    await run([...TWO_RULES, '--fix', 'a.txt'], { cwd: dir });
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it("keeps GBK's one-byte euro sign (0x80) in a GB18030 file it fixes", async () => {
    const dir = tempTree({ 'old.txt': Buffer.concat([Buffer.from([0x80]), encodeText(`${ERROR_LINE}\n`, 'gb18030')]) });
    const result = await run([...TWO_RULES, '--fix', 'old.txt'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'old.txt')), Buffer.concat([Buffer.from([0x80]), encodeText('广泛动员加强\n', 'gb18030')]));
  });

  it('refuses to write a GB18030 file it could not reproduce byte for byte, and says why', async () => {
    // The euro sign twice: as GBK's one byte 0x80 and as GB18030's A2 E3; rewriting would unify them.
    const bytes = Buffer.concat([Buffer.from([0x80, 0xa2, 0xe3]), encodeText(`${ERROR_LINE}\n`, 'gb18030')]);
    const dir = tempTree({ 'old.txt': bytes });
    const result = await run([...TWO_RULES, '--fix', 'old.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'gongwen-lint: old.txt: 未写回修正：文件里有不规范的 gb18030 字节序列，重写会改动修正以外的内容，文件保持原样\n',
    );
    assert.deepEqual(fs.readFileSync(path.join(dir, 'old.txt')), bytes);
    assert.match(result.stdout, /repeated-word/, 'the unfixed problem is still reported');
  });

  it('--fix-dry-run changes no file', async () => {
    const dir = tempTree({ 'a.txt': `${ERROR_LINE}\n` });
    const result = await run([...TWO_RULES, '--fix-dry-run', '-f', 'json', 'a.txt'], { cwd: dir });
    assert.equal(JSON.parse(result.stdout)[0].output, '广泛动员加强\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), `${ERROR_LINE}\n`);
  });
});
