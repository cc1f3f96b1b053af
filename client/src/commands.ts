// The commands of the palette. "Fix all" is the server's own command (the client fills in the
// active document); conversions ask the server for one whole-document edit.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ALLOW_IN_SETTINGS_COMMAND, Commands, SETTINGS_SECTION, type ConversionTarget } from '../../server/src/lsp/protocol';
import { isCheckedDocument } from './checkedDocuments';
import { serially } from './serial';
import { configuredLanguages } from './settingsBridge';
import { clientLocale, text } from './texts';

const CONVERSION_COMMANDS: Record<string, ConversionTarget> = {
  'gongwen.convertToSimplified': 'zh-Hans',
  'gongwen.convertToTraditional': 'zh-Hant',
  'gongwen.convertToTaiwan': 'zh-TW',
  'gongwen.convertToHongKong': 'zh-HK',
};

export interface CommandHost {
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
  restart(): Promise<void>;
}

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const disposables = Object.entries(CONVERSION_COMMANDS).map(([id, target]) =>
    vscode.commands.registerCommand(id, () => convertActiveDocument(host, target)),
  );
  disposables.push(
    vscode.commands.registerCommand('gongwen.showOutput', () => host.output.show(true)),
    vscode.commands.registerCommand('gongwen.restartServer', () => host.restart()),
    // Offered by "allow this phrase" where no .gongwenrc.json applies (not in the palette: it needs a phrase).
    // One phrase at a time: each reads the list and writes it back (serial.ts).
    vscode.commands.registerCommand(ALLOW_IN_SETTINGS_COMMAND, serially(allowInUserSettings)),
  );
  return disposables;
}

async function convertActiveDocument(host: CommandHost, target: ConversionTarget): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  const client = host.client();
  // The server has only the documents of the selector (gongwen.languages): another one would be a silent no-op.
  if (!doc || !client?.isRunning() || !isCheckedDocument(doc, configuredLanguages())) {
    void vscode.window.showInformationMessage(text(clientLocale(vscode.env.language), 'openToConvert'));
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: Commands.convertDocument, arguments: [doc.uri.toString(), target] });
}

/**
 * Add a phrase to the user-level gongwen.allow (settings.json), keeping the list's order. VS Code then tells the
 * server the settings changed (didChangeConfiguration), and the server re-lints every open document.
 */
async function allowInUserSettings(phrase: unknown): Promise<void> {
  if (typeof phrase !== 'string' || phrase === '') return;
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const current = config.inspect<unknown>('allow')?.globalValue;
  const list: unknown[] = Array.isArray(current) ? (current as unknown[]) : [];
  if (list.includes(phrase)) return;
  try {
    await config.update('allow', [...list, phrase], vscode.ConfigurationTarget.Global);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(text(clientLocale(vscode.env.language), 'allowFailed', { why }));
  }
}
