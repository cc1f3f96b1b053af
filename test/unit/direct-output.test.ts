// The CLI writes its report to a file or a pipe with fs.writeSync (server/src/node/directOutput.ts)
// instead of creating process.stdout, and the code cache's checksum is WebAssembly's instead of
// node:zlib's (server/src/node/codeCache.ts): neither loads node:stream.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checksums } from '../../server/src/node/codeCache';
import { directOutput } from '../../server/src/node/directOutput';

/** The child of the pipe test: 4 MB through directOutput to its stdout, whose reader closes after one chunk. */
function child(): void {
  const out = directOutput(1);
  if (!out) process.exit(3);
  let ok = true;
  for (let i = 0; i < 64 && ok; i++) ok = out.write('x'.repeat(65536));
  process.stderr.write(ok ? 'all written' : 'stopped');
}

if (process.env.GONGWEN_DIRECT_CHILD === '1') child();
else {
  describe('directOutput', () => {
    it('writes a file whole, UTF-8, in order', () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-direct-'));
      try {
        const file = join(dir, 'out.json');
        const fd = openSync(file, 'w');
        const out = directOutput(fd);
        assert.ok(out);
        assert.equal(out.isTTY, false);
        const long = '公文校对，'.repeat(300_000);
        assert.equal(out.write('[{"a":"一"}]\n'), true);
        assert.equal(out.write(long), true);
        closeSync(fd);
        assert.equal(readFileSync(file, 'utf8'), `[{"a":"一"}]\n${long}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('leaves a character device (a terminal, /dev/null) to process.stdout', () => {
      const fd = openSync('/dev/null', 'w');
      try {
        assert.equal(directOutput(fd), undefined);
      } finally {
        closeSync(fd);
      }
    });

    it('stops writing, without an error, when the reader of a pipe has gone (| head)', async () => {
      const child = spawn(process.execPath, [__filename], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GONGWEN_DIRECT_CHILD: '1' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, stderr);
      assert.equal(stderr, 'stopped');
    });
  });

  describe('the code cache checksum', () => {
    it('is the same for the same bytes and differs for a changed, swapped or missing word', () => {
      const bytes = new Uint8Array(100_003);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
      const [sum, again] = checksums(bytes, Uint8Array.from(bytes))!;
      assert.equal(sum, again);
      const changed = Uint8Array.from(bytes);
      changed[50_000] ^= 1;
      const swapped = Uint8Array.from(bytes);
      swapped.set(bytes.subarray(8, 16), 0);
      swapped.set(bytes.subarray(0, 8), 8);
      const others = checksums(changed, swapped, bytes.subarray(0, bytes.length - 8), bytes.subarray(0, bytes.length - 1))!;
      for (const other of others) assert.notEqual(other, sum);
      assert.equal(new Set(others).size, others.length);
    });
  });
}
