// ICU's Chinese word segmentation (Intl.Segmenter: repeated-word on every text, misconversion on
// traditional text) costs ≈ 10 ms of CPU the first time a process uses it — ICU builds its dictionary
// break engine then, once for the whole process, whatever thread asks. The language server's starter
// has a short-lived thread ask first, so that this happens on the second core while the main thread
// loads the bundle and answers `initialize`, not during the first document's lint (open → diagnostics).
// Only a warm-up: nothing waits for it, and if it fails (or has not finished) the first lint pays as before.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A word-mode segmenter over a line of official text: enough for ICU to build its Han dictionary engine. */
const WARM_UP = "Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment('推进国家治理体系和治理能力现代化'));";

/**
 * Starts the warm-up thread (returned, for tests), unless the machine has a single core (it would only
 * compete with the main thread). It ends by itself once ICU has built the engine.
 */
export function warmUpWordSegmentation(): Worker | undefined {
  if (availableParallelism() < 2) return undefined;
  try {
    // Its output streams are its own: over stdio the server's stdout is the protocol's channel.
    const worker = new Worker(WARM_UP, { eval: true, stdout: true, stderr: true });
    worker.unref(); // never keeps the server alive
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined; // no thread: the first lint builds the engine itself
  }
}
