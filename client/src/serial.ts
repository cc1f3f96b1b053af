// Tasks run one after another: the allow command's read-and-write of a setting, the client's starts and restarts
// (no vscode import: unit-tested).

/**
 * `task` wrapped so that each call starts only when the one before it has settled: two quick "allow this phrase"
 * clicks each read gongwen.allow and write it back with their phrase, and run side by side the second read misses
 * the first phrase and its write drops it. A failed call does not stop the next.
 */
export function serially<A>(task: (arg: A) => Promise<void>): (arg: A) => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return (arg: A) => {
    const run = last.then(() => task(arg));
    last = run.catch(() => undefined);
    return run;
  };
}
