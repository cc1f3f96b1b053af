// The VS Code extension: starts the language server and adds the status bar, the output channel
// and the commands. Activation is cheap: no dictionary or rule is loaded here (the server does
// that lazily, in its own process).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ProcessIdRequest } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { registerDocxCommands } from './docxView';
import { createLanguageClient, interfaceTexts } from './languageClient';
import { ClientLifecycle } from './lifecycle';
import { StatusBar } from './statusBar';

/** The clients from activation to deactivation (lifecycle.ts). */
let clients: ClientLifecycle<LanguageClient> | undefined;

/** What tests (and other extensions) can read. */
export interface GongwenApi {
  readonly statusBar: { text: string; tooltip?: string | vscode.MarkdownString };
  /** How many times the server died and was started again. */
  readonly restartCount: number;
  /** The running server's process id. */
  serverProcessId(): Promise<number>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const output = vscode.window.createOutputChannel('gongwen-lint');
  const statusBar = new StatusBar();
  // One for the window, shared by every client it starts (a restart makes a new client): a client never disposes the
  // watcher it is given, so one made per client was left behind by each restart.
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json');
  let restartCount = 0;
  context.subscriptions.push(output, statusBar, configWatcher);

  const texts = interfaceTexts();
  // One start or restart at a time (two quick gongwen.languages changes each stopped the client they saw and started
  // one, round 36), and deactivate() stops every client made, even one starting or one a restart is stopping.
  const lifecycle = new ClientLifecycle<LanguageClient>({
    create: () => {
      const created: LanguageClient = createLanguageClient(context, {
        output, texts, configWatcher, onStatus: (s) => statusBar.update(s), onStopped: () => statusBar.clear(), onRestarting: () => restartCount++,
        isCurrent: () => lifecycle.isCurrent(created),
      });
      return created;
    },
    start: (c) => c.start(),
    stop: (c) => c.stop(),
    isStarting: (c) => c.state === State.Starting,
    onStartError: (error) => output.appendLine(texts.didNotStart(error instanceof Error ? error.message : String(error))),
  });
  clients = lifecycle;
  const restart = async () => {
    if (await lifecycle.restart(() => statusBar.clear())) output.appendLine(texts.restarted);
  };

  context.subscriptions.push(
    ...registerCommands({ client: () => lifecycle.client, output, restart }),
    ...registerDocxCommands(() => lifecycle.client),
    // The document selector is fixed when the client starts: a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.languages')) void restart();
    }),
  );
  // Awaited so that a command that activated the extension (gongwen.fixAll) finds the server ready.
  await lifecycle.start();
  return {
    get statusBar() {
      return statusBar.item;
    },
    get restartCount() {
      return restartCount;
    },
    async serverProcessId() {
      const client = lifecycle.client;
      if (!client) throw new Error('the language client is not running');
      return client.sendRequest<number>(ProcessIdRequest);
    },
  };
}

export function deactivate(): Promise<void> | undefined {
  return clients?.end();
}
