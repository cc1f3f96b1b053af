// The language server's first file (dist/server.js, a few kilobytes), which editors start. It runs the
// server bundle (dist/server-main.js, from server.ts) with the V8 code cache the build made for it
// after opening the seed drafts (dist/server-main.cache, esbuild.mjs), so that the first document's
// lint runs compiled functions. VS Code's Electron has another V8: the VSIX leaves that cache out, and
// the client names a folder of the extension's own (GONGWEN_CODE_CACHE_DIR) where the server writes a
// cache for that V8 after its first run, used from the next start on.
import { runWithCodeCache } from './node/codeCache';
import { warmUpWordSegmentation } from './node/icuWarmUp';

// First, so that it runs beside the bundle's load (node/icuWarmUp.ts).
warmUpWordSegmentation();

/**
 * V8 optimises a function once it has used up an interrupt budget (132 KB of bytecode run, in Node 20's
 * V8 11.3). The first document's lint runs most of its code once: at 1.5 times that budget, V8's compiler
 * threads spend ≈ 70 ms less CPU on the open of 100 KB (≈ 320 → 250 ms in all, main thread ≈ 125 → 130 ms),
 * which on two cores is most of the open's wall time (README Performance). TurboFan also inlines at most 200
 * bytecodes into a function instead of 920: the first lint's large functions (wrong-character's candidate
 * search above all) compile into smaller code — open of 100 KB simplified, main thread ≈ 139 → 124 ms,
 * other threads ≈ 111 → 91 ms, wall 141 → 128 ms (bench/lsp-open.ts, 11 fresh servers each in turns);
 * traditional, edits in 1 MB and the opens of 1 and 10 MB no slower (round 28). Only for the V8 it was
 * measured with (others tier differently) and not when the command line sets the budget.
 */
const TIERING_FLAGS = process.versions.v8.startsWith('11.') && !process.execArgv.some((arg) => arg.startsWith('--interrupt-budget')) ? ['--interrupt-budget=200704', '--max-inlined-bytecode-size-cumulative=200'] : [];

runWithCodeCache(module, __dirname, 'server-main.js', 'server-main.cache', process.env.GONGWEN_CODE_CACHE_DIR || undefined, TIERING_FLAGS);
