// The CLI's standard output when it is a file, a pipe or a socket (a program that runs it with a pipe:
// Node's child_process makes those of a socket pair): written with fs.writeSync, as Node's own
// process.stdout writes files and pipes (synchronously on Linux and macOS), but without creating that stream:
// process.stdout loads node:stream and its dozen modules (≈ 1.5 ms of every start, round 32), which a run
// that only writes its report does not otherwise need. A terminal (colour, isTTY) or another character
// device (/dev/null) gets process.stdout as before.
import { fstatSync, writeSync } from 'node:fs';

export interface DirectOutput {
  write(chunk: string): boolean;
  readonly isTTY: false;
}

/** Waits `ms` without spinning (a full non-blocking pipe). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A writer for `fd` when it is a regular file, a pipe or a socket, else undefined. A reader that has gone
 * (`gongwen-lint … | head`: EPIPE) ends the output, not the run: the rest is dropped, as nobody reads it.
 */
export function directOutput(fd: number): DirectOutput | undefined {
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() && !stat.isFIFO() && !stat.isSocket()) return undefined;
  } catch {
    return undefined;
  }
  let closed = false;
  return {
    isTTY: false,
    write(chunk: string): boolean {
      if (closed) return false;
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) {
        try {
          at += writeSync(fd, bytes, at, bytes.length - at);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') pause(1); // a pipe left non-blocking by whoever made it, and full
          else if (code === 'EPIPE') {
            closed = true;
            return false;
          } else throw error;
        }
      }
      return true;
    },
  };
}
