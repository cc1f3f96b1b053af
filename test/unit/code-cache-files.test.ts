// runWithCodeCache (server/src/node/codeCache.ts) reads the bundle and its cache files straight into the checksum's
// WebAssembly memory (round 33) and reads an all-ASCII bundle as Latin-1. Checked in fresh Node processes (this file
// runs itself with GONGWEN_CACHE_CHILD set): the cache the build writes is accepted by V8, a stale or damaged one is
// not used, an editor's own cache folder gets one and later starts use it, the bundle runs the same whether it is
// ASCII or UTF-8, and no file is left open.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runWithCodeCache } from '../../server/src/node/codeCache';

interface ChildReport {
  ran: boolean;
  result: unknown;
  /** Per vm.Script made: whether it had cached data and whether V8 refused it. */
  scripts: { cached: boolean; rejected: boolean }[];
  leakedFiles: number;
}

function child(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, whose Script codeCache.ts reads at each call
  const vm = require('node:vm') as typeof import('node:vm') & { Script: typeof import('node:vm').Script };
  const scripts: ChildReport['scripts'] = [];
  const Original = vm.Script;
  vm.Script = class extends Original {
    constructor(code: string, options?: import('node:vm').ScriptOptions) {
      super(code, options);
      scripts.push({ cached: Boolean(options?.cachedData), rejected: this.cachedDataRejected === true });
    }
  };
  const fds = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
  const before = fds();
  const ran = runWithCodeCache(module, process.env.GONGWEN_CACHE_DIR!, 'main.js', 'main.cache', process.env.GONGWEN_OWN_DIR || undefined);
  const leakedFiles = fds() - before;
  process.stdout.write(JSON.stringify({ ran, result: (module.exports as { result?: unknown }).result, scripts, leakedFiles }));
}

const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'));
  dirs.push(dir);
  return dir;
}

function runChild(dir: string, env: NodeJS.ProcessEnv = {}): ChildReport {
  const result = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, GONGWEN_WRITE_CODE_CACHE: '', GONGWEN_OWN_DIR: '', ...env, GONGWEN_CACHE_CHILD: '1', GONGWEN_CACHE_DIR: dir },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as ChildReport;
}

// The same program twice: in UTF-8 with Chinese in a pattern and a string, and escaped to ASCII as the CLI's build does.
const UTF8_MAIN = 'exports.result = [/[。！]$/.test("完。"), "公文".length, function f(a) { return a * 2; }(21)];\n';
const ASCII_MAIN = 'exports.result = [/[\\u3002\\uFF01]$/.test("\\u5B8C\\u3002"), "\\u516C\\u6587".length, function f(a) { return a * 2; }(21)];\n';
const RESULT = [true, 2, 42];

if (process.env.GONGWEN_CACHE_CHILD) {
  child();
} else {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  describe('runWithCodeCache: the bundle and its cache files', () => {
    for (const [name, main] of [['UTF-8', UTF8_MAIN], ['ASCII', ASCII_MAIN]]) {
      it(`${name} bundle: the cache the build writes is accepted, and the result is the same with and without it`, () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'main.js'), main);
        const building = runChild(dir, { GONGWEN_WRITE_CODE_CACHE: '1' });
        assert.deepEqual(building, { ran: true, result: RESULT, scripts: [{ cached: false, rejected: false }], leakedFiles: 0 });
        assert.ok(existsSync(join(dir, 'main.cache')));
        assert.deepEqual(runChild(dir), { ran: true, result: RESULT, scripts: [{ cached: true, rejected: false }], leakedFiles: 0 });
      });
    }

    it('ignores a cache made for other source, a damaged one and one shorter than its header; leaves no file open', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'main.js'), UTF8_MAIN);
      runChild(dir, { GONGWEN_WRITE_CODE_CACHE: '1' });
      const valid = readFileSync(join(dir, 'main.cache'));
      // Same length, other text: V8 alone would take the cache (it checks the source's length only).
      writeFileSync(join(dir, 'main.js'), UTF8_MAIN.replace('21', '22'));
      const stale = runChild(dir);
      assert.deepEqual(stale.scripts, [{ cached: false, rejected: false }]);
      assert.deepEqual(stale.result, [true, 2, 44]);
      writeFileSync(join(dir, 'main.js'), UTF8_MAIN);
      const damaged = Buffer.from(valid);
      damaged[damaged.length - 3] ^= 0x10;
      for (const cache of [damaged, valid.subarray(0, 10), valid.subarray(0, valid.length - 8)]) {
        writeFileSync(join(dir, 'main.cache'), cache);
        assert.deepEqual(runChild(dir), { ran: true, result: RESULT, scripts: [{ cached: false, rejected: false }], leakedFiles: 0 });
      }
    });

    it("writes an editor's own cache when the shipped one does not fit, and later starts use it", () => {
      const dir = tempDir();
      const own = tempDir();
      writeFileSync(join(dir, 'main.js'), UTF8_MAIN);
      writeFileSync(join(dir, 'main.cache'), Buffer.alloc(64, 7)); // not a cache
      const first = runChild(dir, { GONGWEN_OWN_DIR: own });
      assert.deepEqual(first.scripts, [{ cached: false, rejected: false }]);
      assert.equal(readdirSync(own).filter((f) => f.endsWith('.cache')).length, 1);
      assert.deepEqual(runChild(dir, { GONGWEN_OWN_DIR: own }), { ran: true, result: RESULT, scripts: [{ cached: true, rejected: false }], leakedFiles: 0 });
    });

    it('says in one line that a missing bundle cannot be read', () => {
      const dir = tempDir();
      const result = spawnSync(process.execPath, [__filename], { env: { ...process.env, GONGWEN_CACHE_CHILD: '1', GONGWEN_CACHE_DIR: dir }, encoding: 'utf8' });
      assert.match(result.stderr, /^gongwen-lint: cannot read .*main\.js \(ENOENT\); reinstall gongwen-lint\n$/);
    });
  });
}
