// "公文校对：检查 Word 文档…": pick a .docx, show its paragraphs in a read-only view (scheme
// gongwen-docx, line = paragraph) that the server lints like any text, so the findings appear in
// the Problems panel; then offer "write a commented copy" (NAME.annotated.docx beside the file).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotateDocxRequest, DOCX_SCHEME, ReadDocxRequest, type AnnotateDocxResult, type ReadDocxResult } from '../../server/src/lsp/protocol';
import { clientLocale, text } from './texts';

const uiLocale = () => clientLocale(vscode.env.language);
/** The server's messages (docx errors, comments) are in zh or en. */
const locale = () => (uiLocale() === 'en' ? 'en' : 'zh');

export function registerDocxCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const running = client();
      if (!running?.isRunning()) return '';
      const result = await running.sendRequest<ReadDocxResult>(ReadDocxRequest, { path: uri.fsPath, locale: locale() });
      if ('error' in result) {
        void vscode.window.showErrorMessage(text(uiLocale(), 'docxError', { error: result.error }));
        return '';
      }
      return result.text;
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    vscode.commands.registerCommand('gongwen.checkDocx', (file?: vscode.Uri) => checkDocx(client, file)),
    vscode.commands.registerCommand('gongwen.annotateDocx', (file?: vscode.Uri) => annotateDocx(client, file)),
  ];
}

async function checkDocx(client: () => LanguageClient | undefined, file?: vscode.Uri): Promise<void> {
  const ui = uiLocale();
  const picked = file ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [text(ui, 'docxFilter')]: ['docx'] }, openLabel: text(ui, 'docxCheck') }))?.[0];
  if (!picked) return;
  const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: picked.fsPath });
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(view), 'plaintext');
  await vscode.window.showTextDocument(doc, { preview: false });
  const write = text(ui, 'docxWrite');
  // Not awaited: the command is done when the view is open; the offer stays until answered.
  void vscode.window
    .showInformationMessage(
      text(ui, 'docxShown', { path: picked.fsPath }),
      write,
    )
    .then((choice) => (choice === write ? annotateDocx(client, picked) : undefined));
}

/** The .docx of the active read-only view, or the one given. */
async function annotateDocx(client: () => LanguageClient | undefined, file?: vscode.Uri): Promise<void> {
  const ui = uiLocale();
  const active = vscode.window.activeTextEditor?.document.uri;
  const target = file ?? (active?.scheme === DOCX_SCHEME ? vscode.Uri.file(active.path) : undefined);
  const running = client();
  if (!target || !running?.isRunning()) {
    void vscode.window.showInformationMessage(text(ui, 'docxOpenFirst'));
    return;
  }
  const result = await running.sendRequest<AnnotateDocxResult>(AnnotateDocxRequest, { path: target.fsPath, locale: locale() });
  if ('error' in result) void vscode.window.showErrorMessage(text(ui, 'docxError', { error: result.error }));
  else if (!result.target) void vscode.window.showInformationMessage(text(ui, 'docxNothing'));
  else void vscode.window.showInformationMessage(text(ui, 'docxWritten', { target: result.target, comments: result.comments }));
}
