// A small LSP client for the protocol tests: spawns `node dist/server.js --stdio`, answers the
// server's requests (configuration, applyEdit, showDocument) and lets tests wait on events —
// always with a timeout, never a sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ApplyWorkspaceEditParams, type CodeAction, type Diagnostic, type ProtocolConnection,
  type PublishDiagnosticsParams, type ShowDocumentParams, type ShowMessageParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../../..');
// GONGWEN_LSP_SERVER: run the tests against another build of the server.
export const SERVER = process.env.GONGWEN_LSP_SERVER ?? path.join(ROOT, 'dist/server.js');
export const TIMEOUT_MS = 15_000;

export function seedPath(prefix: string): string {
  const dir = path.join(ROOT, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return path.join(dir, name);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** Something that happened, kept so a test can wait for it even if it came a moment early. */
class EventLog<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.all.push(value);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(value)) return true;
      w.resolve(value);
      return false;
    });
  }

  /** The next event (after now) that passes `test`. */
  next(test: (value: T) => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        test,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The latest event that passes `test`, if any has come, else the next one. */
  latestOrNext(test: (value: T) => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<T> {
    for (let i = this.all.length - 1; i >= 0; i--) if (test(this.all[i])) return Promise.resolve(this.all[i]);
    return this.next(test, what, timeoutMs);
  }
}

export interface ClientOptions {
  /** `gongwen` settings answered to workspace/configuration (mutable: change, then notify). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  locale?: string;
  documentChanges?: boolean;
  /** Answer workspace/applyEdit with applied: false. */
  refuseEdits?: boolean;
  /** More initializationOptions (as the VS Code client sends: `allowInSettings`). */
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly messages = new EventLog<ShowMessageParams>();
  readonly logs = new EventLog<ShowMessageParams>();
  readonly appliedEdits = new EventLog<ApplyWorkspaceEditParams>();
  readonly shownDocuments = new EventLog<ShowDocumentParams>();
  readonly statuses = new EventLog<Record<string, unknown>>();
  readonly texts = new Map<string, { text: string; version: number; languageId: string }>();
  settings: Record<string, unknown>;
  /** Settings for one document (workspace/configuration's scopeUri), in place of `settings`. */
  readonly settingsByUri = new Map<string, Record<string, unknown>>();
  private readonly child: ChildProcess;
  stderr = '';

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.diagnostics.push(p));
    this.connection.onNotification('window/showMessage', (p: ShowMessageParams) => this.messages.push(p));
    this.connection.onNotification('window/logMessage', (p: ShowMessageParams) => this.logs.push(p));
    this.connection.onNotification('gongwen/status', (p: Record<string, unknown>) => this.statuses.push(p));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) =>
      p.items.map((item) => (item.section === 'gongwen' ? (this.settingsByUri.get(item.scopeUri ?? '') ?? this.settings) : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
      this.messages.push(p);
      return null;
    });
    this.connection.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      this.shownDocuments.push(p);
      return { success: true };
    });
    this.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      if (this.options.refuseEdits) return { applied: false };
      this.applyWorkspaceEdit(p.edit);
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const folder = this.options.workspaceFolder;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      locale: this.options.locale,
      initializationOptions: { statusNotification: true, ...this.options.initializationOptions },
      capabilities: {
        workspace: {
          configuration: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: this.options.documentChanges ?? false },
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        window: { showDocument: { support: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { dataSupport: true, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Open a document and wait for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'plaintext'): Promise<PublishDiagnosticsParams> {
    this.texts.set(uri, { text, version: 1, languageId });
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === 1, `diagnostics of ${uri}`);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  openFile(file: string, languageId = 'plaintext'): Promise<PublishDiagnosticsParams> {
    return this.open(fileUri(file), readFileSync(file, 'utf8'), languageId);
  }

  /** Send the document's current local text as a new version (full sync is allowed for incremental servers too). */
  async changeTo(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const doc = this.texts.get(uri)!;
    doc.text = text;
    doc.version++;
    const version = doc.version;
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === version, `diagnostics of ${uri} v${version}`);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return published;
  }

  /** Replace the `gongwen` settings and tell the server; resolves with the next diagnostics of `uri`. */
  async changeSettings(settings: Record<string, unknown>, uri: string): Promise<PublishDiagnosticsParams> {
    this.settings = settings;
    const published = this.diagnostics.next((p) => p.uri === uri, `diagnostics of ${uri} after a settings change`);
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    return published;
  }

  /** A folder added to or removed from the (multi-root) workspace, as VS Code tells of it. */
  async changeWorkspaceFolders(added: string[], removed: string[] = []): Promise<void> {
    const folders = (list: string[]) => list.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) }));
    await this.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: folders(added), removed: folders(removed) } });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], range = diagnostics[0].range, only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  /** Apply a WorkspaceEdit to the local copies of the documents (not sent to the server). */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) this.applyLocal(uri, edits);
    for (const change of edit.documentChanges ?? []) {
      if ('edits' in change) this.applyLocal(change.textDocument.uri, change.edits);
    }
  }

  private applyLocal(uri: string, edits: TextEdit[]): void {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
    doc.text = applyTextEdits(doc.text, edits);
  }

  async close(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the server is gone already
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** Offsets of LSP positions in `text` (UTF-16, lines split at \r\n, \r, \n). */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
    line++;
  }
  return offset + position.character;
}

/** Apply LSP text edits (all relative to the original text) the way an editor does. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < located.length; i++) {
    if (located[i].start < located[i - 1].end) throw new Error('overlapping edits');
  }
  let out = '';
  let cursor = 0;
  for (const e of located) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export function allEdits(edit: WorkspaceEdit | undefined): TextEdit[] {
  if (!edit) return [];
  const edits: TextEdit[] = [];
  for (const list of Object.values(edit.changes ?? {})) edits.push(...list);
  for (const change of edit.documentChanges ?? []) if ('edits' in change) edits.push(...(change.edits as TextEdit[]));
  return edits;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: Error) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
