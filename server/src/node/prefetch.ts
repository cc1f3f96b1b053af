// Reads a data file in the background: the language server starts the reads of its language data as it
// starts (an editor starts it to lint a document it is opening), so the file is read by libuv's thread
// pool while the main thread deserialises the bundle, answers `initialize` and takes in the document —
// one read call, no work on the main thread. The loaders (node/wrongCharacterData.ts, node/openccDictionaries.ts)
// take the bytes when they have arrived and read the file themselves as before when they have not, or
// when the background read failed: its errors are never reported, the loader's own read reports them
// (once, as without a prefetch).
import { closeSync, fstatSync, openSync, read } from 'node:fs';

export class Prefetch {
  private bytes: Buffer | undefined;
  private started = false;
  /** Taken, or given up: bytes that arrive later are dropped. */
  private done = false;
  /** Settles when the read has ended, whether or not it succeeded (tests wait on it). */
  readonly settled: Promise<void>;
  private settle!: () => void;

  /** `keepMs`: bytes nobody took within this time are let go (a server that is never asked to lint keeps nothing). */
  constructor(
    readonly file: string,
    private readonly keepMs = 10_000,
  ) {
    this.settled = new Promise((resolve) => (this.settle = resolve));
  }

  /** Start the read (once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    readWhole(this.file, (bytes) => {
      if (!this.done && bytes) {
        this.bytes = bytes;
        setTimeout(() => this.take(), this.keepMs).unref();
      }
      this.settle();
    });
  }

  /** The file's bytes if the read has finished whole, else undefined; either way the prefetch is over. */
  take(): Buffer | undefined {
    const bytes = this.bytes;
    this.bytes = undefined;
    this.done = true;
    return bytes;
  }
}

/**
 * The whole file in a buffer of its own (aligned, not a slice of the pool), or undefined on any error.
 * Opened and sized at once (microseconds); the read itself is one call on the thread pool, so that one
 * turn of the event loop (during the client's configuration answer, say) hands the bytes over.
 */
function readWhole(file: string, done: (bytes: Buffer | undefined) => void): void {
  let fd: number;
  let bytes: Buffer;
  try {
    fd = openSync(file, 'r');
  } catch {
    return done(undefined);
  }
  try {
    bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
  } catch {
    closeSync(fd);
    return done(undefined);
  }
  const readFrom = (position: number): void => {
    if (position === bytes.length) {
      closeSync(fd);
      return done(bytes);
    }
    read(fd, bytes, position, bytes.length - position, position, (error, count) => {
      if (!error && count > 0) return readFrom(position + count);
      closeSync(fd); // an error, or the file shrank
      done(undefined);
    });
  };
  readFrom(0);
}
