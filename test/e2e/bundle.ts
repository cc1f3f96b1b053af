// The VSIX ships dist/server.js (+ the bundle it starts, dist/server-main.js) without node_modules, beside the wrong-character data: start a copy
// of the shipped files in an empty folder, speak LSP over stdio, and expect seed 004's repeated-word
// diagnostic back, seed 001's misconversion (traditional script: OpenCC's dictionaries file must be found beside
// the bundle) and a wrong-character finding (the lazily loaded data must be found beside the server), then seed 001
// converted to simplified script (opencc.js's converter code, required beside the bundle on first use).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertText } from '../../server/src/text/convert';
import { ROOT } from './lib/codeServer';

interface Message { id?: number; method?: string; params?: any; result?: unknown; error?: unknown }

export async function runBundleCheck(shippedServer: string, args = ['--stdio']): Promise<string> {
  const bundle = basename(shippedServer);
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-e2e-bundle-'));
  const server = join(scratch, bundle);
  copyFileSync(shippedServer, server);
  // dist/server.js is a starter that runs the bundle beside it (dist/server-main.js).
  const main = join(dirname(shippedServer), 'server-main.js');
  if (bundle === 'server.js' && existsSync(main)) copyFileSync(main, join(scratch, 'server-main.js'));
  copyFileSync(join(dirname(shippedServer), 'wrong-character.data.bin'), join(scratch, 'wrong-character.data.bin'));
  // OpenCC: opencc-js's converter code (required on first whole-text conversion) and the dictionaries file
  // that the rules and the converters read, both beside the server as in the VSIX.
  copyFileSync(join(dirname(shippedServer), 'opencc.js'), join(scratch, 'opencc.js'));
  copyFileSync(join(dirname(shippedServer), 'opencc-dicts.bin'), join(scratch, 'opencc-dicts.bin'));
  const seeds = join(ROOT, 'seeds');
  const seedText = (prefix: string) => readFileSync(join(seeds, readdirSync(seeds).find((n) => n.startsWith(prefix))!), 'utf8');
  // uri → the rule id its diagnostics must include
  const expected = new Map([
    [pathToFileURL(join(scratch, '004.txt')).toString(), { text: seedText('004'), code: 'repeated-word' }],
    [pathToFileURL(join(scratch, '001.txt')).toString(), { text: seedText('001'), code: 'misconversion' }],
    [pathToFileURL(join(scratch, 'typo.txt')).toString(), { text: '内蒙古自治区乌兰察布市大力培育发展大数局产业。\n', code: 'wrong-character' }],
  ]);
  const found: string[] = [];
  const convertUri = pathToFileURL(join(scratch, '001.txt')).toString();

  const child = spawn(process.execPath, [server, ...args], { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const send = (message: Message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };

  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${bundle} did not report ${[...expected.values()].map((e) => e.code).join(' and ') || 'the conversion of 001.txt'} within 30 s; got: ${found.join('; ') || 'nothing'}`)), 30_000);
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${bundle} exited with ${code}`)); });
      let buffer = Buffer.alloc(0);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const headerEnd = buffer.indexOf('\r\n\r\n');
          if (headerEnd < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
          if (buffer.length < headerEnd + 4 + length) return;
          const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
          buffer = buffer.subarray(headerEnd + 4 + length);
          if (message.method === 'workspace/applyEdit') {
            // The conversion asked for below: opencc.js's converter on the dictionaries file, as in the source tree.
            const edit = message.params.edit as { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits: { newText: string }[] }[] };
            const newText = edit.changes?.[convertUri]?.[0]?.newText ?? edit.documentChanges?.[0]?.edits[0]?.newText;
            send({ id: message.id, result: { applied: true } });
            clearTimeout(timer);
            if (newText === convertText(seedText('001'), 'zh-Hans')) resolve(`${bundle} alone: ${found.join('; ')}; 001.txt converted to zh-Hans as convertText converts it`);
            else reject(new Error(`${bundle} converted 001.txt to zh-Hans otherwise than convertText: ${String(newText).slice(0, 200)}`));
          } else if (message.id !== undefined && message.method) {
            // A request from the server (workspace/configuration, registerCapability…): answer plainly.
            const items = message.params?.items;
            send({ id: message.id, result: Array.isArray(items) ? items.map(() => null) : null });
          } else if (message.id === 1) {
            send({ method: 'initialized', params: {} });
            for (const [uri, { text }] of expected) {
              send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
            }
          } else if (message.method === 'textDocument/publishDiagnostics' && expected.has(message.params.uri)) {
            const codes = (message.params.diagnostics as Array<{ code?: unknown }>).map((d) => String(d.code));
            const name = message.params.uri.slice(message.params.uri.lastIndexOf('/') + 1);
            found.push(`${name}: ${codes.length} diagnostics (${[...new Set(codes)].sort().join(', ')})`);
            if (codes.includes(expected.get(message.params.uri)!.code)) expected.delete(message.params.uri);
            // Then a whole-text conversion of the traditional seed, which requires opencc.js beside the bundle.
            if (expected.size === 0) send({ id: 3, method: 'workspace/executeCommand', params: { command: 'gongwen.convertDocument', arguments: [convertUri, 'zh-Hans'] } });
          }
        }
      });
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    });
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${stderr.slice(0, 3000)}`);
  } finally {
    child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  }
}
