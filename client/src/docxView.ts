// "公文校对：检查 Word 文档…": pick a .docx, show its paragraphs in a read-only view (scheme
// gongwen-docx, line = paragraph) that the server lints like any text, so the findings appear in
// the Problems panel; then offer "write a commented copy" (NAME.annotated.docx beside the file).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotateDocxRequest, DOCX_SCHEME, ReadDocxRequest, type AnnotateDocxResult, type ReadDocxResult } from '../../server/src/lsp/protocol';

const isZh = () => vscode.env.language.toLowerCase().startsWith('zh');
const locale = () => (isZh() ? 'zh' : 'en');

export function registerDocxCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const running = client();
      if (!running?.isRunning()) return '';
      const result = await running.sendRequest<ReadDocxResult>(ReadDocxRequest, { path: uri.fsPath, locale: locale() });
      if ('error' in result) {
        void vscode.window.showErrorMessage(`${isZh() ? '公文校对' : 'gongwen-lint'}: ${result.error}`);
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
  const zh = isZh();
  const picked = file ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [zh ? 'Word 文档' : 'Word documents']: ['docx'] }, openLabel: zh ? '检查' : 'Check' }))?.[0];
  if (!picked) return;
  const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: picked.fsPath });
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(view), 'plaintext');
  await vscode.window.showTextDocument(doc, { preview: false });
  const write = zh ? '写出带批注的副本' : 'Write a commented copy';
  // Not awaited: the command is done when the view is open; the offer stays until answered.
  void vscode.window
    .showInformationMessage(
      zh ? `公文校对：${picked.fsPath} 的问题列在“问题”面板中（行号 = 段落序号）。` : `gongwen-lint: the findings of ${picked.fsPath} are in the Problems panel (line = paragraph).`,
      write,
    )
    .then((choice) => (choice === write ? annotateDocx(client, picked) : undefined));
}

/** The .docx of the active read-only view, or the one given. */
async function annotateDocx(client: () => LanguageClient | undefined, file?: vscode.Uri): Promise<void> {
  const zh = isZh();
  const active = vscode.window.activeTextEditor?.document.uri;
  const target = file ?? (active?.scheme === DOCX_SCHEME ? vscode.Uri.file(active.path) : undefined);
  const running = client();
  if (!target || !running?.isRunning()) {
    void vscode.window.showInformationMessage(zh ? '公文校对：请先用“检查 Word 文档…”打开一个 .docx。' : 'gongwen-lint: open a .docx with "Check Word document…" first.');
    return;
  }
  const result = await running.sendRequest<AnnotateDocxResult>(AnnotateDocxRequest, { path: target.fsPath, locale: zh ? 'zh' : 'en' });
  if ('error' in result) void vscode.window.showErrorMessage(`${zh ? '公文校对' : 'gongwen-lint'}: ${result.error}`);
  else if (!result.target) void vscode.window.showInformationMessage(zh ? '公文校对：没有发现问题，未写出副本。' : 'gongwen-lint: no findings; no copy written.');
  else void vscode.window.showInformationMessage(zh ? `公文校对：已写出 ${result.target}（${result.comments} 条批注）。` : `gongwen-lint: wrote ${result.target} (${result.comments} comments).`);
}
