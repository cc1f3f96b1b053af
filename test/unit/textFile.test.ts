import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  decodeBytes, EncodeError, encodeForWrite, encodeText, ioErrorText, looksBinary, readTextFile, writeFileAtomic, writeTextFile, type TextEncodingName,
} from '../../server/src/node/textFile';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-textfile-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

// Mixed line endings, a supplementary-plane character (𠮷 is two UTF-16 units) and a euro sign.
const SAMPLE = '各地区各部门要吉𠮷祥\r\n全市公安机关,€1\r第三行\n最后';
const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-nobom', 'utf-16be-nobom', 'gb18030'];

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

  it('finds binary content as the loop over each character did (round 32: a regular expression now)', () => {
    // The rule: NUL, or more than max(2, 1 %) C0 controls other than tab, LF, VT, FF, CR and ESC in the first 64 K characters.
    const reference = (text: string): boolean => {
      const sample = text.slice(0, 65536);
      let controls = 0;
      for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if (c === 0) return true;
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
      }
      return controls > Math.max(2, sample.length / 100);
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    for (let n = 0; n < 600; n++) {
      const length = [3, 50, 300, 5000, 70000][n % 5];
      const rate = [0, 0.005, 0.01, 0.02, 0.2][Math.floor(n / 5) % 5];
      let text = '';
      for (let i = 0; i < length; i++) text += random() < rate ? String.fromCharCode(Math.floor(random() * 0x20)) : random() < 0.5 ? '公' : 'a';
      assert.equal(looksBinary(text), reference(text), `case ${n}`);
    }
  });

  it('accepts a few stray control characters (form feed, a lone escape) in long text', () => {
    const text = `${'公文'.repeat(200)}\f${'段落'.repeat(200)}\u0007`;
    assert.equal((decodeBytes(Buffer.from(text, 'utf8')) as { text: string }).text, text);
  });

  it('reads UTF-16 without BOM by where its zero bytes fall: report text, mostly CJK or mostly ASCII', () => {
    const report = '一、2025年工作回顾\r\n全市地区生产总值增长5.2%，一般公共预算收入完成100亿元。\r\n二、2026年工作安排\r\n';
    const ascii = 'Annual report 2025\nGDP grew by 5.2 percent.\n';
    // Only line breaks give zero bytes here; 一 (U+4E00) has a zero low byte, at the other parity.
    const cjk = `${'一'.repeat(3)}${'各地区各部门要坚持稳中求进工作总基调。'.repeat(40)}\n`;
    for (const text of [report, ascii, cjk, SAMPLE]) {
      assert.deepEqual(decodeBytes(Buffer.from(text, 'utf16le')), { text, encoding: 'utf-16le-nobom' });
      assert.deepEqual(decodeBytes(Buffer.from(text, 'utf16le').swap16()), { text, encoding: 'utf-16be-nobom' });
    }
  });

  it('keeps real binary files binary: images, Word 97 documents, UTF-32, numbers, random bytes with zeros', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
    const randomBytes = (n: number, zeroEvery: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i % zeroEvery === 0 ? 0 : random())));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(4000, 7)]);
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(24), randomBytes(2000, 5)]);
    const utf32 = Buffer.from([...'公文 text\n'].flatMap((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return [...b]; }));
    // Little 16-bit numbers: every other byte zero, as in UTF-16LE ASCII, but they decode to control characters.
    const numbers = Buffer.from(Uint16Array.from({ length: 1000 }, (_, i) => i % 40).buffer);
    // Zero bytes all at odd offsets, the rest random: decodes to code units over the whole range.
    const oddZeros = randomBytes(4000, 1).map((b, i) => (i % 8 === 1 ? 0 : b));
    for (const [name, bytes] of Object.entries({ png, doc, utf32, numbers, oddZeros, odd: Buffer.from([0x41, 0, 0x42]) })) {
      assert.deepEqual(decodeBytes(bytes), { kind: 'binary' }, name);
    }
  });

  it('keeps an ASCII or UTF-8 file with one stray NUL byte binary, not UTF-16 (ASCII byte pairs read as ideographs)', () => {
    // Two printable ASCII bytes make a code unit U+2020–U+7E7E, mostly CJK: "ab" read as UTF-16LE is 扡.
    const prose = `${'The annual report of the city government was presented on Monday morning\n'.repeat(20)}\0\n`;
    const lower = `${'hello world this is some ordinary english prose written in lowercase letters\n'.repeat(20)}\0\n`;
    const utf8 = `${'全市地区生产总值增长5.2%，一般公共预算收入完成100亿元。\n'.repeat(10)}\0\n`;
    for (const [name, text] of Object.entries({ prose, lower, utf8 })) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(bytes.length % 2, 0, name);
      assert.deepEqual(decodeBytes(bytes), { kind: 'binary' }, name);
    }
    // A short real UTF-16 text whose ideographs happen to be all of two ASCII-range bytes still reads.
    assert.deepEqual(decodeBytes(Buffer.from('中文\r\n', 'utf16le')), { text: '中文\r\n', encoding: 'utf-16le-nobom' });
  });

  it('calls bytes that are neither UTF-8 nor GB18030 undecodable', () => {
    assert.deepEqual(decodeBytes(Buffer.from('caf\xe9 au lait', 'latin1')), { kind: 'undecodable' });
    assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x41])), { kind: 'undecodable' });
  });
});

describe('UTF-8 checked with isUtf8 and decoded by Buffer (round 33: no ICU converter per run)', () => {
  /** What the fatal TextDecoder made of the same bytes (the way before round 33): the text, or undefined for a refusal. */
  function byTextDecoder(bytes: Uint8Array): string | undefined {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  /** decodeBytes' UTF-8 reading of bytes with no BOM and no NUL: the text, or undefined when it went on to GB18030 or refused. */
  function byDecodeBytes(bytes: Uint8Array): string | undefined {
    const decoded = decodeBytes(bytes);
    return 'encoding' in decoded && decoded.encoding === 'utf-8' ? decoded.text : undefined;
  }

  it('accepts and refuses what a fatal TextDecoder does: overlong forms, surrogates, past U+10FFFF, cut sequences', () => {
    const cases = [
      [0xe4, 0xb8, 0xad], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe4, 0xb8], [0x80], [0xff], [0xef, 0xbf, 0xbe], [0xf0, 0x9f, 0x98, 0x80],
      [0x41, 0xef, 0xbb, 0xbf, 0x42], // a BOM inside the text stays
    ];
    for (const bytes of cases) {
      const text = Uint8Array.from([0x41, ...bytes, 0x0a]);
      assert.equal(byDecodeBytes(text), byTextDecoder(text), bytes.map((b) => b.toString(16)).join(' '));
    }
  });

  it('agrees with a fatal TextDecoder on 3,000 random byte strings, most of them valid UTF-8 with a byte changed', () => {
    let seed = 33;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => String.fromCodePoint([0x41, 0x4e2d, 0x3002, 0x20bb7, 0xe9][Math.floor(random() * 5)])).join('');
      const bytes = Buffer.from(text, 'utf8');
      if (random() < 0.5) bytes[Math.floor(random() * bytes.length)] = 1 + Math.floor(random() * 255);
      const expected = byTextDecoder(bytes);
      if (expected === undefined) refused++;
      assert.equal(byDecodeBytes(bytes), expected, bytes.toString('hex'));
    }
    assert.ok(refused > 300, `only ${refused} invalid strings`);
  });
});

describe('GB18030 (iconv-lite)', () => {
  it('round-trips every code point except U+E5E5, in one string', () => {
    const chars: string[] = [];
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || c === 0xe5e5) continue;
      chars.push(String.fromCodePoint(c));
    }
    const all = chars.join('');
    const decoded = decodeBytes(encodeText(all, 'gb18030'));
    const back = 'text' in decoded ? decoded.text : '';
    if (back === all) return;
    let at = 0;
    for (const c of chars) {
      if (!back.startsWith(c, at)) assert.fail(`U+${c.codePointAt(0)?.toString(16)} did not come back`);
      at += c.length;
    }
    assert.equal(back.length, all.length, 'the decoded text is longer');
  });

  // The private-use code points the hand-written encoder refused: Node's decoder reads their
  // GB18030-2005 codes as the characters GB18030-2022 moved there, so they could not come back.
  const PRIVATE_USE: [number, number[]][] = [
    [0xe78d, [0xa6, 0xd9]], [0xe78e, [0xa6, 0xda]], [0xe78f, [0xa6, 0xdb]], [0xe790, [0xa6, 0xdc]],
    [0xe791, [0xa6, 0xdd]], [0xe792, [0xa6, 0xde]], [0xe793, [0xa6, 0xdf]], [0xe794, [0xa6, 0xec]],
    [0xe795, [0xa6, 0xed]], [0xe796, [0xa6, 0xf3]], [0xe81e, [0xfe, 0x59]], [0xe826, [0xfe, 0x61]],
    [0xe82b, [0xfe, 0x66]], [0xe82c, [0xfe, 0x67]], [0xe832, [0xfe, 0x6d]], [0xe843, [0xfe, 0x7e]],
    [0xe854, [0xfe, 0x90]], [0xe864, [0xfe, 0xa0]],
  ];
  for (const [code, want] of PRIVATE_USE) {
    const char = String.fromCharCode(code);
    it(`U+${code.toString(16).toUpperCase()} is written as ${want.map((b) => b.toString(16).toUpperCase()).join(' ')} and read back`, () => {
      assert.deepEqual([...encodeText(`公${char}文`, 'gb18030')], [0xb9, 0xab, ...want, 0xce, 0xc4]);
      assert.deepEqual(decodeBytes(Buffer.from([0xb9, 0xab, ...want, 0xce, 0xc4])), { text: `公${char}文`, encoding: 'gb18030' });
    });
  }

  it('writes the standard characters of those codes in four bytes (GB18030-2005)', () => {
    assert.deepEqual([...encodeText('\ufe10', 'gb18030')], [0x84, 0x31, 0x82, 0x36]);
    assert.deepEqual(decodeBytes(Buffer.from([0x84, 0x31, 0x82, 0x36, 0x0a])), { text: '\ufe10\n', encoding: 'gb18030' });
  });

  it('encodes common characters to their GBK bytes, and supplementary ones in four bytes', () => {
    assert.deepEqual([...encodeText('公文A€', 'gb18030')], [0xb9, 0xab, 0xce, 0xc4, 0x41, 0xa2, 0xe3]);
    assert.deepEqual([...encodeText('𠮷', 'gb18030')], [0x95, 0x34, 0xb2, 0x35]);
  });

  it('throws EncodeError naming a character it cannot hold', () => {
    assert.throws(() => encodeText('甲\ue5e5', 'gb18030'), (e: unknown) => e instanceof EncodeError && e.kind === 'unencodable' && e.character === '\ue5e5');
    assert.throws(() => encodeText('甲\ud800乙', 'gb18030'), (e: unknown) => e instanceof EncodeError && e.character === '\ud800');
  });

  it('still refuses invalid four-byte codes (iconv-lite alone would read 84 31 A5 30 as U+10000)', () => {
    assert.deepEqual(decodeBytes(Buffer.from([0xb9, 0xab, 0x84, 0x31, 0xa5, 0x30])), { kind: 'undecodable' });
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

  // GBK programs wrote € as the single byte 0x80 and the ideographic space as A3 A0; both still read.
  for (const [name, legacy, standard, char] of [['€ as 0x80', [0x80], [0xa2, 0xe3], '€'], ['U+3000 as A3 A0', [0xa3, 0xa0], [0xa1, 0xa1], '\u3000']] as const) {
    it(`keeps GBK's ${name} where the file has it, also in new text`, () => {
      const bytes = Buffer.from([...legacy, 0xb9, 0xab, 0x2c]);
      const decoded = decodeBytes(bytes) as { text: string; encoding: TextEncodingName };
      assert.deepEqual(decoded, { text: `${char}公,`, encoding: 'gb18030' });
      assert.deepEqual([...encodeForWrite({ ...decoded, bytes }, `${char}公，${char}`)], [...legacy, 0xb9, 0xab, 0xa3, 0xac, ...legacy]);
    });

    it(`refuses a file with both forms of ${char === '€' ? '€' : 'U+3000'} (rewriting would change one)`, () => {
      const bytes = Buffer.from([...legacy, ...standard, 0x2c]);
      const decoded = decodeBytes(bytes) as { text: string; encoding: TextEncodingName };
      assert.equal(decoded.text, `${char}${char},`);
      assert.throws(() => encodeForWrite({ ...decoded, bytes }, `${char}${char}，`), (e: unknown) => e instanceof EncodeError && e.kind === 'not-round-trip');
    });
  }

  it('writes the standard forms in a file without the legacy ones', () => {
    const bytes = Buffer.from([0xb9, 0xab, 0x2c]);
    const decoded = decodeBytes(bytes) as { text: string; encoding: TextEncodingName };
    assert.deepEqual([...encodeForWrite({ ...decoded, bytes }, '€公\u3000')], [0xa2, 0xe3, 0xb9, 0xab, 0xa1, 0xa1]);
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
    if (process.platform !== 'win32') assert.deepEqual(readTextFile('/dev/null', 10), { ok: false, reason: { kind: 'not-a-file' } });
    assert.deepEqual(ioErrorText('EACCES'), { zh: '权限不足（EACCES）', en: 'permission denied (EACCES)' });
    assert.deepEqual(ioErrorText('EWHATEVER'), { zh: 'EWHATEVER', en: 'EWHATEVER' });
  });
});
