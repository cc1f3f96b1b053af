// The CLI splits its arguments itself (server/src/cli/args.ts, argTokens) instead of requiring node:util's
// parseArgs at every start: the tokens must be the ones parseArgs gives with the CLI's options.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs } from 'node:util';
import { argTokens } from '../../server/src/cli/args';

const FLAGS = ['fix', 'fix-dry-run', 'annotate', 'stdin', 'config-lookup', 'quiet', 'stdio', 'version', 'help', 'color'];
const VALUED = ['format', 'stdin-filename', 'config', 'rule', 'max-warnings', 'locale', 'convert', 'jobs', 'shard', 'max-file-size'];
const SHORT: Record<string, string> = { help: 'h', version: 'v', format: 'f', config: 'c', jobs: 'j' };
const OPTIONS = Object.fromEntries([
  ...FLAGS.map((name) => [name, { type: 'boolean' as const, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
  ...VALUED.map((name) => [name, { type: 'string' as const, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
]);

function nodeTokens(argv: string[]): unknown[] {
  return parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens;
}

const ATOMS = [
  '--format', 'json', '-f', '-fjson', '--format=json', '--format=', '-h', '-v', '-hv', '-vh', '-hf', '-fh', '-vj', '-vj2', '--', '-', 'a.txt', '文件.txt',
  '--no-color', '--color', '--rule', 'repeated-word:off', '--rule=x', '-j', '2', '-j2', '-x', '-xy', '--unknown', '--unknown=3', '--max-warnings',
  '-1', '--stdin', '-c', 'cfg.json', '--help=1', '', '--=x', '---', '--no-stdin', '-=', '-f=json',
];

describe('argTokens', () => {
  it('splits the arguments as node:util parseArgs does with the CLI options', () => {
    let seed = 32;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    const cases: string[][] = [[], ...ATOMS.map((atom) => [atom]), ...ATOMS.flatMap((a) => ATOMS.map((b) => [a, b]))];
    for (let i = 0; i < 4000; i++) cases.push(Array.from({ length: 3 + Math.floor(random() * 4) }, () => ATOMS[Math.floor(random() * ATOMS.length)]));
    for (const argv of cases) assert.deepEqual(argTokens(argv), nodeTokens(argv), JSON.stringify(argv));
  });
});
