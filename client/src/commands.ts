// The commands of the palette. "Fix all" is the server's own command (the client fills in the
// active document); conversions ask the server for one whole-document edit.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { Commands, type ConversionTarget } from '../../server/src/lsp/protocol';

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
  );
  return disposables;
}

async function convertActiveDocument(host: CommandHost, target: ConversionTarget): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  const client = host.client();
  if (!doc || !client?.isRunning()) {
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    void vscode.window.showInformationMessage(zh ? '公文校对：请先打开要转换的文本或 Markdown 文档。' : 'gongwen-lint: open a text or Markdown document to convert.');
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: Commands.convertDocument, arguments: [doc.uri.toString(), target] });
}
