// The language server's starter has a short-lived thread use ICU's Chinese word segmentation first
// (server/src/node/icuWarmUp.ts), so that ICU builds its dictionary engine off the main thread. It must
// run to its end without an error, never keep a process alive, and write nothing to stdout (over stdio,
// the protocol's channel); segmentation on the main thread is ICU's as before.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { warmUpWordSegmentation } from '../../server/src/node/icuWarmUp';
import { words } from '../../server/src/text/segment';

if (process.env.GONGWEN_ICU_CHILD) {
  // A program that starts the warm-up and has nothing else to do.
  warmUpWordSegmentation();
} else {
  describe('ICU word segmentation warm-up thread', () => {
    it('segments a line and ends by itself with code 0', async () => {
      const worker = warmUpWordSegmentation();
      assert.ok(worker, 'the test machine has more than one core');
      worker.ref(); // the server's is unref'd; here the test waits for it
      const errors: unknown[] = [];
      worker.on('error', (error) => errors.push(error));
      const [code] = (await once(worker, 'exit')) as [number];
      assert.equal(code, 0);
      assert.deepEqual(errors, []);
      // ICU's engine now built in this process: the main thread's segmentation is the same words.
      assert.deepEqual(words('推进国家治理体系和治理能力现代化'), ['推进', '国家', '治理', '体系', '和', '治理', '能力', '现代', '化']);
    });

    it('keeps no process alive and writes nothing to stdout', () => {
      const child = spawnSync(process.execPath, [__filename], { env: { ...process.env, GONGWEN_ICU_CHILD: '1' }, encoding: 'utf8' });
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stdout, '');
      assert.equal(child.stderr, '');
    });
  });
}
