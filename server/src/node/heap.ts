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

/** True when the server was started with compaction on every full collection (then left on). */
const compactionSet = () => process.execArgv.some((arg) => /^--(no-)?compact[-_]on[-_]every[-_]full[-_]gc\b/.test(arg));

/**
 * A function that runs a full garbage collection, compacting: global.gc under --expose-gc, else the same function
 * from a new context once the flag is set (V8 installs gc() in contexts made after it). It is run once, after a large
 * document's first diagnostics; without compaction V8 keeps the old generation's pages where the open's garbage lay
 * among live objects (round 38, 10 MB document: old space 37 MB committed for 18.6 MB used), and with it they are given
 * back. Compaction is switched on for that one collection only (--compact-on-every-full-gc, read by V8 at each full
 * collection): the collections V8 starts itself keep their own heuristics.
 */
export function fullCollection(): () => void {
  if (!collector) {
    let gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
    const full = gc;
    collector = compactionSet()
      ? full
      : () => {
          setFlagsFromString('--compact-on-every-full-gc');
          try {
            full();
          } finally {
            setFlagsFromString('--no-compact-on-every-full-gc');
          }
        };
  }
  return collector;
}

let collector: (() => void) | undefined;
