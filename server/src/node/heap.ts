// The language server's memory with a large document open, whatever command line started it. VS Code
// starts it with --max-semi-space-size=1 --expose-gc (SERVER_EXEC_ARGV); Neovim, `gongwen-lint --stdio`
// and others run a plain `node dist/server.js`, where V8's young generation grows to 2 × 16 MB while a
// large document is read and linted, and stays resident, and where there is no gc() for the one full
// collection after its diagnostics (lsp/linting.ts). Both are set here at that moment, not at start-up:
// flags set before the bundle is compiled would make V8 refuse the shipped code cache (it checks the
// flags it was made with), and the small documents' opens keep the faster, growing young generation.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** True when the server was started with its young generation's size set (as VS Code starts it). */
const semiSpaceSet = () => process.execArgv.some((arg) => /^--max[-_]semi[-_]space[-_]size\b/.test(arg));

/**
 * From now on V8's young generation keeps the size it has (no more doubling of its semi-spaces): the
 * runtime counterpart of --max-semi-space-size, which only works on the command line. Nothing when
 * that was given.
 */
export function stopYoungGenerationGrowth(): void {
  if (!semiSpaceSet()) setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * A function that runs a full garbage collection: global.gc under --expose-gc, else the same function
 * from a new context once the flag is set (V8 installs gc() in contexts made after it).
 */
export function fullCollection(): () => void {
  if (!collector) {
    collector = (globalThis as { gc?: () => void }).gc;
    if (!collector) {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    }
  }
  return collector;
}

let collector: (() => void) | undefined;
