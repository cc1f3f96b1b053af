// The server reads its data files in the background as it starts (server/src/node/prefetch.ts). With a
// damaged wrong-character data file the background read says nothing: the rule's own load reports the
// file in one line once per lint (as without the background read), and the other rules' diagnostics
// still come, on the open and on later edits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type LogMessageParams, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ROOT, TIMEOUT_MS } from './harness';

const DIST = path.join(ROOT, 'dist');
const scratch = fs.mkdtempSync(path.join(tmpdir(), 'gongwen-prefetch-lsp-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** dist/ with its wrong-character data replaced by `data` (the starter copied, the rest linked). */
function distWithData(data: string): string {
  for (const name of fs.readdirSync(DIST)) {
    if (name.endsWith('.map')) continue;
    if (name === 'wrong-character.data.bin') fs.writeFileSync(path.join(scratch, name), data);
    // The starter copied: Node runs a linked main module from its real folder, beside the real data.
    else if (name === 'server.js') fs.copyFileSync(path.join(DIST, name), path.join(scratch, name));
    else fs.symlinkSync(path.join(DIST, name), path.join(scratch, name));
  }
  return scratch;
}

describe('language server with a damaged wrong-character data file', () => {
  it('reports it once per lint, in one line, and still publishes the other rules\' diagnostics on open and edit', async () => {
    const dir = distWithData('not a packed table file');
    const child = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GONGWEN_CODE_CACHE_DIR: '' } });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const errors: string[] = [];
    const published: PublishDiagnosticsParams[] = [];
    let wake = () => {};
    connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      if (p.type === 1) errors.push(p.message);
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ run: 'onSave' })));
    connection.listen();
    const diagnosticsOf = (version: number) =>
      new Promise<PublishDiagnosticsParams>((resolve) => {
        wake = () => {
          const found = published.find((p) => p.version === version);
          if (found) resolve(found);
        };
        wake();
      });
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    try {
      const uri = 'file:///prefetch/a.txt';
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '加强管里监督,推进工作。\n' } });
      const opened = await diagnosticsOf(1);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '加强管里监督,推进工作,落实责任。\n' }] });
      await connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const edited = await diagnosticsOf(2);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => child.once('exit', resolve));
      // The rule's internal error, as a diagnostic at the start and in the log: once per lint, in one line.
      const internal = /^内部错误：规则 wrong-character 出错，本段未完成该项检查（wrong-character: cannot read language data .*wrong-character\.data\.bin: not a packed table file）。/;
      const shown = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => (d.code === 'wrong-character' && internal.test(d.message) ? `internal error ${d.range.start.line}:${d.range.start.character}` : `${String(d.code)} ${d.range.start.character}`));
      assert.deepEqual(shown(opened), ['fullwidth-punctuation 6', 'internal error 0:0']);
      assert.deepEqual(shown(edited), ['fullwidth-punctuation 6', 'fullwidth-punctuation 11', 'internal error 0:0']);
      assert.equal(errors.length, 2, errors.join('\n'));
      for (const message of errors) {
        assert.match(message, /^gongwen-lint: rule wrong-character failed on file:\/\/\/prefetch\/a\.txt: wrong-character: cannot read language data .*wrong-character\.data\.bin: not a packed table file$/);
      }
      assert.equal(stderr, '');
    } finally {
      clearTimeout(timer);
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
