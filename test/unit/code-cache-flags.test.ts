// The server's starter sets V8 flags (its tiering budget, server-start.ts) through runWithCodeCache
// (server/src/node/codeCache.ts): after the bundle's top level has run — earlier, V8 would refuse the
// code caches, which record the flags they were made with — and not in a run that writes a cache.
// Checked with a flag that shows: --expose-gc puts gc() in contexts made after it. Each case runs in a
// fresh Node (flags stay set): this file runs itself with GONGWEN_FLAGS_CHILD set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { runWithCodeCache } from '../../server/src/node/codeCache';

function child(): void {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-flags-'));
  try {
    writeFileSync(join(dir, 'main.js'), "exports.inTopLevel = require('node:vm').runInNewContext('typeof gc');\n");
    const ran = runWithCodeCache(module, dir, 'main.js', 'main.cache', undefined, ['--expose-gc']);
    const exports = module.exports as { inTopLevel?: string };
    process.stdout.write(JSON.stringify({ ran, inTopLevel: exports.inTopLevel, after: runInNewContext('typeof gc') as string }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const result = spawnSync(process.execPath, [__filename], { env: { ...process.env, GONGWEN_WRITE_CODE_CACHE: '', ...env, GONGWEN_FLAGS_CHILD: '1' }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

if (process.env.GONGWEN_FLAGS_CHILD) {
  child();
} else {
  describe('V8 flags given to runWithCodeCache', () => {
    it('are set once the bundle has run its top level', () => {
      assert.deepEqual(runChild({}), { ran: true, inTopLevel: 'undefined', after: 'function' });
    });

    it('are not set in a run that writes the cache (the cache would record them)', () => {
      assert.deepEqual(runChild({ GONGWEN_WRITE_CODE_CACHE: '1' }), { ran: true, inTopLevel: 'undefined', after: 'undefined' });
    });
  });
}
