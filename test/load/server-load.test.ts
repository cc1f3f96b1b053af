// The language server under load: 100 open documents and 50 000 random incremental edits
// (insertions, deletions, line breaks, pasted slips such as 动员动员, 全麵, 310.82%) sent through
// `--stdio` as fast as the pipe takes them. Then: the server is alive and answers, and the
// diagnostics of the last version of every document are exactly what the real CLI reports on
// that final text (rule, range, message). Prints the settle time (last edit sent → last final
// diagnostics received) and the server's resident memory (VmRSS). No timing is asserted.
// Sizes: GONGWEN_LOAD_DOCUMENTS, GONGWEN_LOAD_EDITS; seed: GONGWEN_LOAD_SEED.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ProcessIdRequest } from '../../server/src/lsp/protocol';
import { ERROR_PHRASES } from '../helpers/arbitraries';
import { picker, readTexts, type Picker } from '../helpers/generate';
import { diagnosticRows, sortRows, type Row } from '../helpers/parity';
import { fileUri, ROOT, TestClient } from '../lsp/harness';

const CLI = path.join(ROOT, 'dist/cli.js');
const DOCUMENTS = Number(process.env.GONGWEN_LOAD_DOCUMENTS ?? 100);
const EDITS = Number(process.env.GONGWEN_LOAD_EDITS ?? 50_000);
const SEED = Number(process.env.GONGWEN_LOAD_SEED ?? 17_05);
const SETTLE_TIMEOUT_MS = 180_000;
const SEEDS = readTexts(path.join(ROOT, 'seeds'));
const PASTES = [...ERROR_PHRASES, '，', '。', '、', '“', '”', '（', '）', '%', '12', '3.5', '𠮷', '😀', '   ', 'GDP'];
const BREAKS = ['\n', '\r\n', '\n\n'];

interface Position {
  line: number;
  character: number;
}

/** LSP position of `offset` (UTF-16; lines end at \r\n, \r or \n, as the server splits them). */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break; // an offset between \r and \n stays on the \r's line
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function isLow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Offsets never fall inside a surrogate pair (so the files the CLI reads hold the same text) nor
 * between \r and \n (LSP positions cannot name that place): an editor's cursor never does either.
 */
function onCharacter(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  if (isLow(text, offset) || (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10)) return offset - 1;
  return offset;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function randomEdit(p: Picker, text: string): Edit {
  const at = onCharacter(text, p.int(text.length + 1));
  const r = p.random();
  if (r < 0.3 && text.length > 0) {
    const end = onCharacter(text, Math.min(text.length, at + 1 + p.int(12)));
    return { start: at, end: Math.max(at, end), text: '' };
  }
  if (r < 0.45) return { start: at, end: at, text: p.pick(BREAKS) };
  if (r < 0.55 && text.length > 0) {
    const end = onCharacter(text, Math.min(text.length, at + 1 + p.int(6)));
    return { start: at, end: Math.max(at, end), text: p.pick(PASTES) };
  }
  if (r < 0.7) {
    const seed = p.pick(SEEDS);
    const from = onCharacter(seed, p.int(seed.length));
    return { start: at, end: at, text: seed.slice(from, onCharacter(seed, Math.min(seed.length, from + 1 + p.int(30)))) };
  }
  return { start: at, end: at, text: p.pick(PASTES) };
}

/** The real CLI on a folder of files: rows per file name. */
function cliRowsByFile(dir: string): Map<string, Row[]> {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `CLI exit ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: Row[] }[];
  return new Map(results.map((r) => [
    path.basename(r.filePath),
    sortRows(r.messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message }))),
  ]));
}

function residentMemory(pid: number): string {
  try {
    return /VmRSS:\s*(.+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1].trim() ?? 'unknown';
  } catch {
    return 'unknown (no /proc)';
  }
}

describe(`language server under load: ${DOCUMENTS} documents, ${EDITS} incremental edits (seed ${SEED})`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-load-'));
  let client: TestClient;
  before(async () => {
    client = new TestClient({ locale: 'zh-cn', workspaceFolder: dir });
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays alive and ends with the CLI findings on every final text', async () => {
    const p = picker(SEED);
    const docs = Array.from({ length: DOCUMENTS }, (_, i) => {
      const seed = p.pick(SEEDS);
      const from = p.int(seed.length);
      const file = path.join(dir, `doc-${String(i).padStart(3, '0')}.txt`);
      return { file, uri: fileUri(file), text: seed.slice(onCharacter(seed, from), onCharacter(seed, Math.min(seed.length, from + 200 + p.int(2000)))), version: 1 };
    });
    await Promise.all(docs.map((d) => client.open(d.uri, d.text)));
    const pid = await client.connection.sendRequest<number>(ProcessIdRequest);
    const rssOpened = residentMemory(pid);

    const started = Date.now();
    for (let n = 0; n < EDITS; n++) {
      const doc = p.pick(docs);
      const edit = randomEdit(p, doc.text);
      const range = { start: positionAt(doc.text, edit.start), end: positionAt(doc.text, edit.end) };
      doc.text = doc.text.slice(0, edit.start) + edit.text + doc.text.slice(edit.end);
      doc.version++;
      const sent = client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc.uri, version: doc.version },
        contentChanges: [{ range, text: edit.text }],
      });
      if (n % 500 === 499) await sent; // let the pipe drain now and then
    }
    const lastSent = Date.now();

    // Wait for the final version of every document (events, generous timeout; never a sleep).
    const finals = await Promise.all(docs.map((d) => client.diagnostics.latestOrNext((x) => x.uri === d.uri && x.version === d.version, `final diagnostics of ${d.uri}`, SETTLE_TIMEOUT_MS)));
    const settled = Date.now();

    assert.equal(await client.connection.sendRequest(ProcessIdRequest), pid, 'the same server answers a request after the load');
    const rss = residentMemory(pid);

    for (const d of docs) writeFileSync(d.file, d.text);
    const cli = cliRowsByFile(dir);
    let findings = 0;
    for (const [i, d] of docs.entries()) {
      const expected = cli.get(path.basename(d.file));
      assert.ok(expected, `the CLI did not report ${d.file}`);
      assert.deepEqual(diagnosticRows(finals[i].diagnostics), expected, `${path.basename(d.file)} v${d.version}: server ≠ CLI on the final text`);
      findings += expected.length;
    }
    const characters = docs.reduce((sum, d) => sum + d.text.length, 0);
    console.log(
      `load: ${DOCUMENTS} documents, ${EDITS} edits sent in ${lastSent - started} ms, settled ${settled - lastSent} ms after the last edit; `
      + `final texts ${characters} characters, ${findings} findings = CLI; server VmRSS ${rssOpened} after opening, ${rss} after the edits; seed ${SEED}`,
    );
  });
});
