// The language server: LSP glue only. It wires the connection to settings, linting, code actions,
// hover and commands (server/src/lsp/*); the rules live in the engine. Runs over IPC (VS Code) or
// stdio (`node dist/server.js --stdio`, `gongwen-lint --stdio`) for any editor.
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { localeFromTag, VERSION } from './engine';
import { provideCodeActions } from './lsp/codeActions';
import { executeCommand } from './lsp/commands';
import { provideHover } from './lsp/hover';
import { describe, Linter } from './lsp/linting';
import { annotateDocxFile, readDocx } from './lsp/docx';
import { AnnotateDocxRequest, FIX_ALL_KIND, ProcessIdRequest, ReadDocxRequest, type ReadDocxParams, SERVER_COMMANDS, type ConversionTarget, type GongwenInitializationOptions } from './lsp/protocol';
import { SettingsStore } from './lsp/settings';
import { fullCollection, stopYoungGenerationGrowth } from './node/heap';
import { prefetchOpenCCDictionaries, registerNodeOpenCCDictionaries } from './node/openccDictionaries';
import { prefetchLanguageData, registerNodeLanguageData } from './node/wrongCharacterData';
import { convertText } from './text/convert';

const TRANSPORT_FLAG = /^--(node-ipc|stdio|socket|pipe)\b/;

/** Start the language server on `connection` (default: the transport named on the command line, else stdio). */
export function runLanguageServer(connection: Connection = defaultConnection()): void {
  registerNodeLanguageData();
  registerNodeOpenCCDictionaries();
  // An editor starts the server to lint a document it opens: the data files are read on libuv's thread
  // pool while the server starts and answers `initialize` (node/prefetch.ts).
  prefetchLanguageData();
  prefetchOpenCCDictionaries();
  const documents = new TextDocuments(TextDocument);
  let linter: Linter | undefined;
  let settings: SettingsStore | undefined;
  let commandEnv: Parameters<typeof executeCommand>[1] | undefined;
  let documentChanges = false;
  let registerConfiguration = false;
  let registerWatcher = false;
  /** The client adds phrases to the user's gongwen.allow itself (initializationOptions.allowInSettings). */
  let allowInSettings = false;
  /** The workspace folders' paths (the root's, for a client without folders). */
  let workspaceFolders: string[] = [];
  /** The client tells of workspace folders added and removed (multi-root workspaces). */
  let followFolders = false;
  /** Version each document was opened with: its first content event is the open itself. */
  const openedAt = new Map<string, number>();

  // A bad input must never take the server down: log and answer with nothing.
  const guard = <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`gongwen-lint: ${name} failed: ${describe(error)}`);
        return fallback;
      }
    };
  // A notification has no answer: start the guarded handler and return.
  const notification = <P>(name: string, handler: (params: P) => void | Promise<void>) => {
    const guarded = guard(name, undefined, handler);
    return (params: P): void => void guarded(params);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as GongwenInitializationOptions & { statusNotification?: boolean };
    workspaceFolders = (params.workspaceFolders ?? []).flatMap((f) => filePath(f.uri) ?? []);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders.push(...(filePath(params.rootUri) ?? []));
    documentChanges = Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);
    registerConfiguration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
    allowInSettings = init.allowInSettings === true;
    registerWatcher = !init.watchesConfigFiles && Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    followFolders = Boolean(capabilities.workspace?.workspaceFolders);

    settings = new SettingsStore({
      connection,
      pullsConfiguration: Boolean(capabilities.workspace?.configuration),
      displayLocale: params.locale,
      workspaceFolders: () => workspaceFolders,
    });
    linter = new Linter({ connection, documents, settings, sendStatus: Boolean(init.statusNotification), heap: { stopYoungGenerationGrowth, fullCollection } });
    commandEnv = {
      connection,
      documents,
      linter,
      settings,
      documentChanges,
      showDocument: Boolean(capabilities.window?.showDocument?.support),
      displayLocale: localeFromTag(params.locale, true),
      convertText: (text: string, target: ConversionTarget) => convertText(text, target),
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: SERVER_COMMANDS },
        ...(followFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'gongwen-lint', version: VERSION },
    };
  });

  connection.onRequest(ProcessIdRequest, () => process.pid);
  connection.onRequest(ReadDocxRequest, guard('readDocx', { error: 'internal error' }, (params: ReadDocxParams) => readDocx(params)));
  connection.onRequest(AnnotateDocxRequest, guard('annotateDocx', { error: 'internal error' }, (params: ReadDocxParams) => annotateDocxFile(params)));

  connection.onInitialized(() => {
    // A folder added to a multi-root workspace: "allow this phrase" may create a .gongwenrc.json at its root, and
    // an untitled document reads the config of the first folder. The list was fixed at initialize before.
    if (followFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        notification('didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.flatMap((f) => filePath(f.uri) ?? []));
          const kept = workspaceFolders.filter((folder) => !removed.has(folder));
          workspaceFolders = [...kept, ...event.added.flatMap((f) => filePath(f.uri) ?? [])];
          settings?.settingsChanged();
          linter?.revalidateAll();
        }),
      );
    }
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
    if (registerWatcher) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.gongwenrc.json' }] });
    }
  });

  documents.onDidOpen(
    guard('didOpen', undefined, (event) => {
      openedAt.set(event.document.uri, event.document.version);
      void linter?.validate(event.document.uri);
    }),
  );
  documents.onDidChangeContent(
    guard('didChange', undefined, async (event) => {
      const { uri, version } = event.document;
      if (openedAt.get(uri) === version || !linter || !settings) return;
      openedAt.delete(uri);
      const documentSettings = await settings.get(uri);
      if (documentSettings.run === 'onType') linter.schedule(uri, documentSettings.debounceMs);
    }),
  );
  documents.onDidSave(
    guard('didSave', undefined, async (event) => {
      if (linter && settings && (await settings.get(event.document.uri)).run === 'onSave') await linter.validate(event.document.uri);
    }),
  );
  documents.onDidClose(
    guard('didClose', undefined, (event) => {
      openedAt.delete(event.document.uri);
      linter?.close(event.document.uri);
    }),
  );

  connection.onDidChangeConfiguration(
    notification('didChangeConfiguration', (params) => {
      const section = (params.settings as { gongwen?: unknown } | null | undefined)?.gongwen;
      settings?.settingsChanged(section);
      linter?.revalidateAll();
    }),
  );
  connection.onDidChangeWatchedFiles(
    notification('didChangeWatchedFiles', () => {
      settings?.configFilesChanged();
      linter?.revalidateAll();
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && linter ? provideCodeActions(doc, params, { linter, documentChanges, settings, allowInSettings }) : [];
    }),
  );
  connection.onHover(
    guard('hover', null, (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && linter ? provideHover(doc, params, linter) : null;
    }),
  );
  connection.onExecuteCommand(guard('executeCommand', null, (params) => (commandEnv ? executeCommand(params, commandEnv) : null)));

  process.on('uncaughtException', (error) => connection.console.error(`gongwen-lint: uncaught: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`gongwen-lint: unhandled: ${describe(error)}`));

  documents.listen(connection);
  connection.listen();
}

function defaultConnection(): Connection {
  if (process.argv.some((arg) => TRANSPORT_FLAG.test(arg))) return createConnection(ProposedFeatures.all);
  return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}

function filePath(uri: string): string[] | undefined {
  try {
    return uri.startsWith('file:') ? [fileURLToPath(uri)] : undefined;
  } catch {
    return undefined;
  }
}

// Start when this file is the program (dist/server.js runs it as dist/server-main.js), not when the CLI requires it.
if (require.main === module && /(^|[\\/])server(-main)?\.js$/.test(__filename)) runLanguageServer();
