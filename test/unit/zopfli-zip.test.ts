// tools/zopfli-zip.mjs: the VSIX recompressed with Zopfli holds the same files, byte for byte, in a zip
// that another reader (Info-ZIP's unzip, where installed) opens, and is smaller than zlib's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import { readZip, repack, writeZip } from '../../tools/zopfli-zip.mjs';

const README = Buffer.from('# 公文校对\n\n' + '检查数字、标点、繁简混用和错别字。\n'.repeat(200));
const FILES: [string, Buffer][] = [
  ['extension/readme.md', README],
  ['extension/dist/empty.txt', Buffer.alloc(0)],
  // Incompressible bytes are stored: deflate would make them larger.
  ['extension/images/noise.bin', randomBytes(4096)],
  ['extension/数据.txt', Buffer.from('十四五规划\n')],
];

/** A regular file, rw-r--r--, as the external attributes of a zip made on Unix hold it. */
const MODE = (0o100644 << 16) >>> 0;

/** A zip as vsce writes it: zlib's deflate at its default level. */
function zlibZip(): Buffer {
  return writeZip(FILES.map(([name, content]) => ({
    name: Buffer.from(name),
    content,
    crc: crc32(content),
    versionMadeBy: 0x031e,
    flags: 0x0800, // names in UTF-8
    time: 0x8000,
    date: 0x5b7d,
    internalAttributes: 0,
    externalAttributes: MODE,
    method: 8,
    compressed: deflateRawSync(content),
  })));
}

describe('tools/zopfli-zip.mjs', () => {
  it('keeps every file and its attributes, and packs smaller than zlib', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-repack-'));
    try {
      const file = join(dir, 'test.vsix');
      writeFileSync(file, zlibZip());
      const cacheDir = join(dir, 'cache');
      const { before, after } = await repack(file, { cacheDir });
      assert.equal(statSync(file).size, after);
      assert.ok(after < before, `${after} < ${before}`);
      const entries = readZip(readFileSync(file));
      assert.deepEqual(entries.map((e) => [e.name.toString(), e.content]), FILES);
      assert.deepEqual(entries.map((e) => e.method), [8, 0, 0, 0]); // stored: the empty file, the noise, a line shorter than its deflate stream
      assert.deepEqual(entries.map((e) => e.crc), FILES.map(([, content]) => crc32(content)));
      assert.ok(entries.every((e) => e.flags === 0x0800 && e.externalAttributes === MODE && e.time === 0x8000 && e.date === 0x5b7d));
      // The cache holds a stream for each file that is not empty; a second pack reads them and writes the same bytes.
      assert.equal(readdirSync(cacheDir).length, 3);
      const first = readFileSync(file);
      await repack(file, { cacheDir });
      assert.deepEqual(readFileSync(file), first);
      // Another zip reader sees the same files.
      const unzip = spawnSync('unzip', ['-p', file, 'extension/readme.md']);
      if (!unzip.error) assert.deepEqual(unzip.stdout, README);
      if (!unzip.error) assert.equal(spawnSync('unzip', ['-tq', file]).status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a zip file', () => {
    assert.throws(() => readZip(Buffer.from('not a zip')), /not a zip file/);
  });
});
