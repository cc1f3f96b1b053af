// V8's tiering for a first lint that runs most of its code once (the language server's first document,
// a CLI run): set at run time, after the code cache has been accepted. Given on the command line, or
// before the cache is read, they would make V8 refuse the cache (it records the flags it was made with).
//
// V8 optimises a function once it has used up an interrupt budget (132 KB of bytecode run, in Node 20's
// V8 11.3). At 1.5 times that budget V8's compiler threads spend less CPU on run-once code, and TurboFan
// inlines at most 200 bytecodes into a function instead of 920, so the first lint's large functions
// (wrong-character's candidate search above all) compile into smaller code sooner. Language server, open
// of 100 KB simplified (round 28): main thread ≈ 139 → 124 ms, other threads ≈ 111 → 91 ms, wall 141 → 128 ms.
// CLI, whole process (round 32): 1 MB clean reports 274 → 251 ms wall, finding-heavy 1 MB 484 → 434 ms,
// 100 KB 182 → 172 ms (docs/performance.md). Only for the V8 it was measured with (others tier
// differently) and not when the command line sets the budget.
export const TIERING_FLAGS: readonly string[] =
  process.versions.v8.startsWith('11.') && !process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))
    ? ['--interrupt-budget=200704', '--max-inlined-bytecode-size-cumulative=200']
    : [];

let set = false;

/**
 * Sets TIERING_FLAGS once per process. Not in the build's run that writes a code cache (the cache would
 * record them, and V8 would refuse it in every run that starts without them), and not on a worker thread's
 * behalf: flags are the whole process's, and a worker that starts later would find its cache refused.
 */
export function setTieringFlags(): void {
  if (set || TIERING_FLAGS.length === 0 || process.env.GONGWEN_WRITE_CODE_CACHE === '1') return;
  set = true;
  // node:v8 only when the flags are set: a run with nothing to lint does not load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
  for (const flag of TIERING_FLAGS) setFlagsFromString(flag);
}
