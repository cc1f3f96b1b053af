// Shared by the CLI tests: run execute() in-process with captured streams, temp directories,
// and argv that leaves only the named rules on (so tests do not depend on other rules).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { execute } from '../../server/src/cli/execute';
import { RULES } from '../../server/src/engine';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await execute(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** `--rule x:off` for every rule except `severities`, which are set as given. */
export function onlyRules(severities: Record<string, string>): string[] {
  return RULES.flatMap((r) => ['--rule', `${r.meta.id}:${severities[r.meta.id] ?? 'off'}`]);
}

/** The rules these tests rely on: a repeated word (error) and a half-width comma (warning). */
export const TWO_RULES = onlyRules({ 'repeated-word': 'error', 'fullwidth-punctuation': 'warn' });
export const ERROR_LINE = '广泛动员动员加强';
export const WARNING_LINE = '中文,中文';

const roots: string[] = [];

/** A temporary directory with `files` (path → text or bytes); removed by cleanup(). */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

export function cleanup(): void {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

export const REPO_ROOT = findRepoRoot();

function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('repository root not found');
  }
}
