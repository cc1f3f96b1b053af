// The status-bar item: problems in the active document and its script, e.g. 「公文校对 3⚠ · 简体」.
// Fed by the server's gongwen/status notification; a click opens the Problems panel.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import type { ChineseScript } from '../../server/src/text/script-names';

const SCRIPT_NAMES: Record<ChineseScript, { zh: string; en: string }> = {
  'zh-Hans': { zh: '简体', en: 'Simplified' },
  'zh-Hant': { zh: '繁體', en: 'Traditional' },
  'zh-TW': { zh: '臺灣正體', en: 'Taiwan' },
  'zh-HK': { zh: '香港繁體', en: 'Hong Kong' },
};

export class StatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly zh = vscode.env.language.toLowerCase().startsWith('zh');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = this.zh ? '公文校对' : 'gongwen-lint';
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
    const status = doc ? this.statuses.get(doc.uri.toString()) : undefined;
    if (!status || status.state === 'disabled') {
      this.item.hide();
      return;
    }
    const name = this.zh ? '公文校对' : 'gongwen';
    const script = status.script === 'unknown' ? undefined : SCRIPT_NAMES[status.script];
    const scriptText = script ? ` · ${this.zh ? script.zh : script.en}` : '';
    const total = status.errors + status.warnings + status.infos;
    if (status.state === 'ignored') this.item.text = `${name} –${this.zh ? ' 已忽略' : ' ignored'}`;
    else if (status.state === 'tooLarge') this.item.text = `${name} –${this.zh ? ' 文件过大' : ' file too large'}`;
    else this.item.text = total === 0 ? `${name} ✓${scriptText}` : `${name} ${total}⚠${scriptText}`;
    this.item.tooltip = this.zh
      ? `错误 ${status.errors} · 警告 ${status.warnings} · 提示 ${status.infos}（点击打开“问题”面板）`
      : `${status.errors} errors · ${status.warnings} warnings · ${status.infos} infos (click for the Problems panel)`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
