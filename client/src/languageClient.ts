// The language client: starts dist/server.js over IPC, passes the explicitly set settings,
// fills in the active document for palette commands, and restarts a server that died
// (saying so in one line of the output channel).
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, SERVER_EXEC_ARGV, SETTINGS_SECTION, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { clientTexts, RestartPolicy, type ClientTexts } from './restarts';
import { documentSelector, isCheckedDocument } from './checkedDocuments';
import { clientLocale, text } from './texts';
import { configuredLanguages, explicitSettings } from './settingsBridge';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MINUTES = 3;

export interface ClientHooks {
  output: vscode.OutputChannel;
  onStatus(status: StatusParams): void;
  onStopped(): void;
  /** The server died and is being started again. */
  onRestarting(): void;
  /** This client is still the extension's (not replaced by a restart the user asked for). */
  isCurrent(): boolean;
  /** The texts in the interface's language (restarts.ts). */
  texts: ClientTexts;
  /**
   * The watcher of `.gongwenrc.json` files, made once by the extension: the client only listens to it and never
   * disposes it, so one made here for each client was left behind by every restart.
   */
  configWatcher: vscode.FileSystemWatcher;
}

/** The extension's texts in VS Code's display language, as the status bar and the commands speak. */
export function interfaceTexts(): ClientTexts {
  return clientTexts(clientLocale(vscode.env.language));
}

export function createLanguageClient(context: vscode.ExtensionContext, hooks: ClientHooks): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The server writes a V8 code cache for VS Code's own Node there after its first run (server-start.ts).
  const env = { GONGWEN_CODE_CACHE_DIR: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env } },
  };
  const languages = configuredLanguages();
  const restarter = new Restarter(hooks);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(languages),
    synchronize: { fileEvents: hooks.configWatcher },
    initializationOptions: { watchesConfigFiles: true, statusNotification: true, allowInSettings: true },
    outputChannel: hooks.output,
    errorHandler: restarter,
    middleware: {
      workspace: {
        // Only the values the user set, so `.gongwenrc.json` keeps the rest.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          const values: unknown[] = answers;
          return params.items.map((item, i) => (item.section === SETTINGS_SECTION ? explicitSettings(item.scopeUri) : values[i]));
        },
      },
      // From the command palette, "fix all" means the active document.
      executeCommand: (command, args, next): unknown => {
        if (command === Commands.fixAll && args.length === 0) {
          const doc = vscode.window.activeTextEditor?.document;
          // The server has only the documents of the selector: another one would be a silent no-op.
          if (!doc || !isCheckedDocument(doc, languages)) {
            void vscode.window.showInformationMessage(text(clientLocale(vscode.env.language), 'openToFix'));
            return undefined;
          }
          return next(command, [doc.uri.toString()]);
        }
        return next(command, args);
      },
    },
  };
  const client = new LanguageClient('gongwen', 'gongwen-lint', serverOptions, clientOptions);
  restarter.client = client;
  client.onNotification(StatusNotification, (status: StatusParams) => hooks.onStatus(status));
  return client;
}

/**
 * Restarts the server after it dies, up to MAX_RESTARTS times in RESTART_WINDOW_MS. The
 * client itself would restart too, but it logs a stray second line; this says it once.
 */
class Restarter implements ErrorHandler {
  client: LanguageClient | undefined;
  private readonly policy = new RestartPolicy({ max: MAX_RESTARTS, windowMs: RESTART_WINDOW_MINUTES * 60 * 1000, delayMs: 500 });

  constructor(private readonly hooks: ClientHooks) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    this.hooks.onStopped();
    const { texts } = this.hooks;
    // DoNotRestart + our own start(): the client logs exactly our one line, without a popup.
    const restarting = this.policy.closed(
      () => this.hooks.isCurrent(),
      () => this.client?.start() ?? Promise.resolve(),
      (error) => this.hooks.output.appendLine(texts.restartFailed(String(error))),
    );
    if (!restarting) return { action: CloseAction.DoNotRestart, message: texts.gaveUp(MAX_RESTARTS + 1, RESTART_WINDOW_MINUTES), handled: false };
    this.hooks.onRestarting();
    return { action: CloseAction.DoNotRestart, message: texts.restarting, handled: true };
  }
}
