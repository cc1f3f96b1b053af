import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  decodeBytes, EncodeError, encodeForWrite, encodeText, readTextFile, writeFileAtomic, writeTextFile, type TextEncodingName,
} from '../../server/src/node/textFile';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-textfile-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

// Mixed line endings, a supplementary-plane character (𠮷 is two UTF-16 units) and a euro sign.
const SAMPLE = '各地区各部门要吉𠮷祥\r\n全市公安机关,€1\r第三行\n最后';
const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

describe('decodeBytes', () => {
  for (const encoding of ENCODINGS) {
    it(`detects ${encoding} and keeps every line ending`, () => {
      assert.deepEqual(decodeBytes(encodeText(SAMPLE, encoding)), { text: SAMPLE, encoding });
    });
  }

  it('reads GBK bytes written by another program', () => {
    // 「公文」 in GBK: B9 AB CE C4
    assert.deepEqual(decodeBytes(Buffer.from([0xb9, 0xab, 0xce, 0xc4, 0x0d, 0x0a])), { text: '公文\r\n', encoding: 'gb18030' });
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    assert.equal((decodeBytes(Buffer.from('公文', 'utf8')) as { encoding: string }).encoding, 'utf-8');
  });

  it('refuses binary content: NUL bytes or many control characters', () => {
    assert.deepEqual(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), { kind: 'binary' });
    assert.deepEqual(decodeBytes(Buffer.from('a\x01b\x02c\x03d\x04e\x05f\x06', 'latin1')), { kind: 'binary' });
    assert.deepEqual(decodeBytes(encodeText('\u0000\u0001\u0002', 'utf-16le')), { kind: 'binary' });
  });

  it('accepts a few stray control characters (form feed, a lone escape) in long text', () => {
    const text = `${'公文'.repeat(200)}\f${'段落'.repeat(200)}\u0007`;
    assert.equal((decodeBytes(Buffer.from(text, 'utf8')) as { text: string }).text, text);
  });

  it('calls bytes that are neither UTF-8 nor GB18030 undecodable', () => {
    assert.deepEqual(decodeBytes(Buffer.from('caf\xe9 au lait', 'latin1')), { kind: 'undecodable' });
    assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x41])), { kind: 'undecodable' });
  });
});

describe('GB18030 encoder', () => {
  it('round-trips every BMP character it can encode and supplementary characters', () => {
    let all = '';
    const unencodable: number[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      try {
        encodeText(String.fromCharCode(c), 'gb18030');
        all += String.fromCharCode(c);
      } catch {
        unencodable.push(c);
      }
    }
    all += '𠮷😀\u{10ffff}';
    assert.equal(new TextDecoder('gb18030').decode(encodeText(all, 'gb18030')), all);
    // Only private-use code points that GB18030-2005 moved to standard characters.
    assert.ok(unencodable.length < 32 && unencodable.every((c) => c >= 0xe000 && c <= 0xf8ff), unencodable.map((c) => c.toString(16)).join(' '));
  });

  it('encodes common characters to their GBK bytes', () => {
    assert.deepEqual([...encodeText('公文A€', 'gb18030')], [0xb9, 0xab, 0xce, 0xc4, 0x41, 0xa2, 0xe3]);
  });

  it('throws EncodeError naming a character it cannot hold', () => {
    assert.throws(() => encodeText('甲\ue5e5', 'gb18030'), (e: unknown) => e instanceof EncodeError && e.kind === 'unencodable' && e.character === '\ue5e5');
    assert.throws(() => encodeText('甲\ud800乙', 'gb18030'), EncodeError);
  });
});

describe('writing back', () => {
  for (const encoding of ENCODINGS) {
    it(`${encoding}: only the fixed bytes change`, () => {
      const file = path.join(root, `${encoding}.txt`);
      const bytes = encodeText(SAMPLE, encoding);
      fs.writeFileSync(file, bytes);
      const read = readTextFile(file, 1024);
      assert.ok(read.ok);
      const fixed = SAMPLE.replace(',', '，');
      assert.equal(writeTextFile(file, read, fixed), true);
      const written = fs.readFileSync(file);
      assert.deepEqual(written, Buffer.from(encodeText(fixed, encoding)));
      assert.deepEqual(decodeBytes(written), { text: fixed, encoding });
      // Bytes before the edit are identical to the original file.
      const prefix = encodeText(SAMPLE.slice(0, SAMPLE.indexOf(',')), encoding).length;
      assert.deepEqual(written.subarray(0, prefix), Buffer.from(bytes).subarray(0, prefix));
    });
  }

  it('does not write when nothing changed', () => {
    const file = path.join(root, 'same.txt');
    fs.writeFileSync(file, '公文');
    const read = readTextFile(file, 1024);
    assert.ok(read.ok);
    const before = fs.statSync(file).mtimeMs;
    assert.equal(writeTextFile(file, read, '公文'), false);
    assert.equal(fs.statSync(file).mtimeMs, before);
  });

  it('refuses GB18030 bytes that would not re-encode identically (0x80 for €)', () => {
    const bytes = Buffer.from([0x80, 0xb9, 0xab, 0x2c]);
    const decoded = decodeBytes(bytes) as { text: string; encoding: TextEncodingName };
    assert.equal(decoded.text, '€公,');
    assert.throws(() => encodeForWrite({ ...decoded, bytes }, '€公，'), (e: unknown) => e instanceof EncodeError && e.kind === 'not-round-trip');
  });

  it('writes atomically and keeps the file mode', () => {
    const file = path.join(root, 'mode.txt');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(root).filter((n) => n.endsWith('.tmp')), []);
  });
});

describe('readTextFile', () => {
  it('skips files over the size limit without reading them', () => {
    const file = path.join(root, 'big.txt');
    fs.writeFileSync(file, '公'.repeat(100));
    assert.deepEqual(readTextFile(file, 299), { ok: false, reason: { kind: 'too-large', size: 300, limit: 299 } });
    assert.equal(readTextFile(file, 300).ok, true);
  });

  it('reports a missing file or a directory as unreadable', () => {
    assert.deepEqual(readTextFile(path.join(root, 'nope.txt'), 10), { ok: false, reason: { kind: 'unreadable', code: 'ENOENT' } });
    assert.deepEqual(readTextFile(root, 10), { ok: false, reason: { kind: 'unreadable', code: 'EISDIR' } });
  });
});
