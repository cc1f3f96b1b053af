// The language server's memory controls (server/src/node/heap.ts), each checked in a fresh Node
// started plainly (no --expose-gc, default young generation), as Neovim or `gongwen-lint --stdio` start it:
// this file runs itself as that child with GONGWEN_HEAP_CHILD set to the case.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { getHeapSpaceStatistics } from 'node:v8';
import { fullCollection, stopYoungGenerationGrowth } from '../../server/src/node/heap';

const youngGenerationMB = () => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN) / 2 ** 20;

/** Many small objects that survive a while: what makes V8 double its semi-spaces. */
function allocateSurvivors(): number {
  let kept: { n: number; s: string }[] = [];
  let total = 0;
  for (let i = 0; i < 2_000_000; i++) {
    kept.push({ n: i, s: `item ${i}` });
    if (kept.length === 200_000) {
      total += kept.length;
      kept = [];
    }
  }
  return total + kept.length;
}

function child(which: string): void {
  if (which === 'grows' || which === 'stopped') {
    if (which === 'stopped') stopYoungGenerationGrowth();
    const before = youngGenerationMB();
    allocateSurvivors();
    process.stdout.write(JSON.stringify({ before, after: youngGenerationMB() }));
  } else if (which === 'compact') {
    // Garbage strewn among survivors (one string in ten kept), as a large document's open leaves the old generation.
    const oldSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!;
    const gc = fullCollection();
    let all: string[] = [];
    for (let i = 0; i < 300_000; i++) all.push(`第${i}段：推动高质量发展。`.repeat(2));
    gc(); // promoted to the old generation
    const kept = all.filter((_, i) => i % 10 === 0);
    all = [];
    const before = oldSpace().space_size / 2 ** 20;
    setImmediate(() => {
      gc();
      const { space_size: size, space_used_size: used } = oldSpace();
      // A second plain collection by V8's own flags: compaction was for the first only.
      process.stdout.write(JSON.stringify({ before, after: size / 2 ** 20, used: used / 2 ** 20, kept: kept.length }));
    });
  } else if (which === 'collect') {
    const hasGlobalGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const gc = fullCollection();
    let target: object | undefined = { big: new Array(1000).fill('x') };
    const ref = new WeakRef(target);
    target = undefined;
    // A WeakRef's target lives to the end of the job that made it: collect in a later one.
    setImmediate(() => {
      gc();
      process.stdout.write(JSON.stringify({ hasGlobalGc, sameFunction: fullCollection() === gc, collected: ref.deref() === undefined }));
    });
  }
}

function runChild(which: string, execArgv: string[] = []): Record<string, unknown> {
  const result = spawnSync(process.execPath, [...execArgv, __filename], { env: { ...process.env, GONGWEN_HEAP_CHILD: which }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

if (process.env.GONGWEN_HEAP_CHILD) {
  child(process.env.GONGWEN_HEAP_CHILD);
} else {
  describe('language server memory controls, in a server started without flags', () => {
    it('the young generation grows under surviving allocations by default, and keeps its size once stopped', () => {
      // V8's young generation is two semi-spaces of 1 MB at start (the second committed at the first
      // scavenge), doubling up to 16 MB each.
      const grows = runChild('grows');
      assert.ok((grows.after as number) >= 16, `default: ${JSON.stringify(grows)}`);
      const stopped = runChild('stopped');
      assert.ok((stopped.after as number) <= 2, `stopped: ${JSON.stringify(stopped)}`);
    });

    it('a full collection is available without --expose-gc (one function, reused) and frees what is unreachable', () => {
      assert.deepEqual(runChild('collect'), { hasGlobalGc: false, sameFunction: true, collected: true });
    });

    it('the full collection compacts: the old generation\'s pages of garbage are given back, with or without --expose-gc', () => {
      for (const execArgv of [[], ['--expose-gc']]) {
        const { before, after, used, kept } = runChild('compact', execArgv) as Record<string, number>;
        assert.equal(kept, 30_000);
        assert.ok(before > 3 * used, `before ${before} MB, used ${used} MB`);
        assert.ok(after < 1.5 * used + 2, `after ${after} MB for ${used} MB used (before ${before} MB)`);
      }
    });

    it('under --expose-gc it is global.gc itself', () => {
      assert.deepEqual(runChild('collect', ['--expose-gc']), { hasGlobalGc: true, sameFunction: true, collected: true });
    });
  });
}
