// Headless Neovim as a second LSP client: `gongwen-lint --stdio`, diagnostics with the rule codes
// the CLI reports, one code action applied and written, the file checked byte for byte.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from './lib/codeServer';
import { firstDifference } from './lib/textDiff';

const SLIP = '广泛动员动员加强';
const FIXED = '广泛动员加强';

/** The server command Neovim starts: the CLI's --stdio (GONGWEN_NVIM_SERVER=server: dist/server.js). */
export function serverCommand(): string[] {
  return process.env.GONGWEN_NVIM_SERVER === 'server'
    ? [process.execPath, join(ROOT, 'dist/server.js'), '--stdio']
    : [process.execPath, join(ROOT, 'dist/cli.js'), '--stdio'];
}

export function runNeovimSmoke(): string {
  const seeds = join(ROOT, 'seeds');
  const name = readdirSync(seeds).find((n) => n.startsWith('004') && n.endsWith('.txt'))!;
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-e2e-nvim-'));
  try {
    const file = join(scratch, basename(name));
    copyFileSync(join(seeds, name), file);
    chmodSync(file, 0o644); // the seeds are read-only; Neovim would open the copy read-only too
    const original = readFileSync(file, 'utf8');

    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json', file], { encoding: 'utf8' });
    assert.notEqual(cli.status, 2, `gongwen-lint --format json failed: ${cli.stderr}`);
    const [result] = JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    const codes = [...new Set(result.messages.map((m) => m.ruleId))].sort();
    assert.ok(codes.includes('repeated-word'), `the CLI reports no repeated-word in ${name}`);
    const fixLine = original.slice(0, original.indexOf(SLIP)).split('\n').length - 1;

    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(ROOT, 'test/e2e/nvim/smoke.lua')}`], {
      encoding: 'utf8',
      timeout: 90_000,
      stdio: ['ignore', 'pipe', 'pipe'], // a piped stdin would make Neovim read it as a buffer
      env: {
        ...process.env,
        GONGWEN_FILE: file,
        GONGWEN_CMD: JSON.stringify(serverCommand()),
        GONGWEN_EXPECT_CODES: codes.join(','),
        GONGWEN_FIX_CODE: 'repeated-word',
        GONGWEN_FIX_LINE: String(fixLine),
      },
    });
    const output = `${run.stdout}${run.stderr}`.trim();
    if (run.error) throw new Error(`nvim did not run: ${run.error.message}\n${output}`);
    if (run.status !== 0) throw new Error(`nvim exited with ${run.status}:\n${output}`);

    const onDisk = readFileSync(file, 'utf8');
    assert.ok(onDisk.includes(FIXED), `${FIXED} is not in the file Neovim wrote`);
    const expected = original.replace(SLIP, FIXED);
    assert.ok(onDisk === expected, `the file Neovim wrote differs from the original in more than the fix: ${firstDifference(onDisk, expected)}`);
    return output;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
