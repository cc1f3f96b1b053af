// Lint files on worker threads. The workers run the same bundle (dist/cli.js), which starts
// as a worker when `workerData.gongwenLintWorker` is set. Each worker asks for the next file
// when it finishes one, so a few large files do not leave the others idle; results are put
// back in the order of the task list.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome, type FileTask, type RunSettings } from './lintFile';

interface TaskMessage {
  index: number;
  task: FileTask;
}

interface ResultMessage {
  index: number;
  outcome: FileOutcome;
}

/** Given to each worker as an argument: a run without workers need not load node:worker_threads (≈ 1 ms) to know it is none. */
const WORKER_ARGUMENT = '--gongwen-lint-worker';

/** node:worker_threads, required when a run starts workers or this thread may be one. */
function workerThreads(): typeof import('node:worker_threads') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see WORKER_ARGUMENT)
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

/** Whether this thread was started as a lint worker. */
export function isLintWorker(): boolean {
  if (!process.argv.includes(WORKER_ARGUMENT)) return false;
  const threads = workerThreads();
  return Boolean(threads.parentPort && (threads.workerData as { gongwenLintWorker?: boolean } | null)?.gongwenLintWorker);
}

/** The worker's loop: lint each file the main thread sends. */
export function runWorker(): void {
  const threads = workerThreads();
  const parentPort = threads.parentPort;
  const settings = (threads.workerData as { settings: RunSettings }).settings;
  parentPort!.on('message', (message: TaskMessage) => {
    const reply: ResultMessage = { index: message.index, outcome: processFile(message.task, settings) };
    parentPort!.postMessage(reply);
  });
}

export async function runOnWorkers(tasks: readonly FileTask[], settings: RunSettings, jobs: number, script: string): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const count = Math.min(jobs, tasks.length);
      const feed = (worker: Worker) => {
        if (next < tasks.length) {
          const message: TaskMessage = { index: next, task: tasks[next] };
          next++;
          worker.postMessage(message);
        }
      };
      for (let i = 0; i < count; i++) {
        const worker = new (workerThreads().Worker)(script, { argv: [WORKER_ARGUMENT], workerData: { gongwenLintWorker: true, settings } });
        workers.push(worker);
        worker.on('message', (message: ResultMessage) => {
          outcomes[message.index] = message.outcome;
          if (++done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length) reject(new Error(`a lint worker stopped (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/**
 * The script a worker runs: this file itself when it is the CLI bundle, else dist/cli.js of the
 * package this code belongs to (tests bundle the CLI code into their own files).
 */
export function workerScript(): string | undefined {
  // The bundle (dist/cli-main.js) is started by dist/cli.js beside it, and so are the workers.
  if (basename(__filename) === 'cli-main.js' && basename(dirname(__filename)) === 'dist') return join(__dirname, 'cli.js');
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'cli.js');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
