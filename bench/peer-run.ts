// The peer as a whole process, for the whole-process comparison: read FILE, autocorrect-node's
// lintFor(text, "file.txt"), its result as JSON on stdout — what `gongwen-lint --format json FILE` does.
//   node out/bench/peer-run.js FILE
import { readFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a dev dependency, loaded only here
const { lintFor } = require('autocorrect-node') as typeof import('autocorrect-node');
const result = lintFor(readFileSync(process.argv[2], 'utf8'), 'file.txt');
if (result.error) {
  process.stderr.write(`autocorrect-node: ${result.error}\n`);
  process.exitCode = 2;
} else process.stdout.write(JSON.stringify(result) + '\n');
