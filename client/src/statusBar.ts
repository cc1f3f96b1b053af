// The status-bar item: problems in the active document and its script, e.g. 「公文校对 3⚠ · 简体」.
// Fed by the server's gongwen/status notification; a click opens the Problems panel.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { statusText } from './statusText';
import { clientLocale, text } from './texts';

export class StatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly locale = clientLocale(vscode.env.language);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = text(this.locale, 'name');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.statuses.delete(doc.uri.toString());
        this.render();
      }),
    );
  }

  update(status: StatusParams): void {
    this.statuses.set(status.uri, status);
    this.render();
  }

  /** The server went away: nothing shown is current any more. */
  clear(): void {
    this.statuses.clear();
    this.render();
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const shown = statusText(doc ? this.statuses.get(doc.uri.toString()) : undefined, this.locale);
    if (!shown) {
      this.item.hide();
      return;
    }
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
