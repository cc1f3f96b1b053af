// Whatever the editor shows, the CLI reports: for every seed, the server's diagnostics and
// `gongwen-lint --format json` name the same rules, ranges and messages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { diagnosticRows, sortRows, type Row } from '../helpers/parity';
import { ROOT, TestClient } from './harness';

// GONGWEN_LSP_CLI: compare against another build of the CLI.
const CLI = process.env.GONGWEN_LSP_CLI ?? path.join(ROOT, 'dist/cli.js');
const SEEDS = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

interface CliMessage extends Row {
  severity: number;
}

function cliRows(file: string): Row[] {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `CLI exit ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: CliMessage[] }[];
  assert.equal(results.length, 1);
  return sortRows(results[0].messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message })));
}

describe('parity: language server and CLI report the same findings', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ workspaceFolder: ROOT });
    await client.initialize();
  });
  after(() => client.close());

  for (const seed of SEEDS) {
    it(`seeds/${seed}`, async () => {
      const file = path.join(ROOT, 'seeds', seed);
      const published = await client.openFile(file);
      const fromServer = diagnosticRows(published.diagnostics);
      const fromCli = cliRows(file);
      assert.ok(fromServer.length > 0, 'the seed has findings');
      assert.deepEqual(fromServer, fromCli);
    });
  }
});
