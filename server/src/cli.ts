// The `gongwen-lint` command (bundled to dist/cli.js with a shebang). CLI glue only: the work is
// in cli/execute.ts. The same bundle runs as a lint worker when started with workerData.
import { execute } from './cli/execute';
import { isLintWorker, runWorker } from './cli/pool';
import { directOutput } from './node/directOutput';

// The Node loaders of the language data are registered by the engine's bundle when it loads (cli/engine-chunk.ts).

if (isLintWorker()) {
  runWorker();
} else if (require.main === module) {
  // A file or a pipe is written directly (node/directOutput.ts), a terminal through process.stdout.
  const direct = directOutput(1);
  // `gongwen-lint … | head` closes the pipe early: that is not an error worth a stack trace.
  if (!direct) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // No process.exit() when the run ends: it would cut off output still queued for a pipe. Set the code and let
  // the event loop drain stdout. Once it has (beforeExit: nothing is left to run or to write), process.exit() ends
  // the process without Node tearing down its environment and V8's heap one object space at a time, which a
  // process that ends has no need of (≈ 0.7 ms of an empty file's run, more with the heap of a large one; round 33).
  // 'exit' listeners (the code cache's writer) still run, and the exit code is process.exitCode.
  process.once('beforeExit', () => process.exit());
  const io = {
    stdout: direct ?? process.stdout,
    // Getters: process.stderr and process.stdin set up a stream (and load node:stream) on first access,
    // which only a message on stderr or --stdin needs.
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
  };
  execute(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gongwen-lint: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

export { execute };
