// The client's own strings (notifications, the status bar, dialogs) in its three languages. No vscode import:
// unit-tested. zh-tw is not written by hand: `npm run generate` converts ZH_CN into texts.zh-tw.json the way it converts
// package.nls.zh-cn.json into package.nls.zh-tw.json (tools/taiwan-text.ts), so the two never drift apart.
import { SCRIPT_NAMES } from '../../server/src/text/script-names';
import ZH_TW from './texts.zh-tw.json';

/** The languages of the client's strings. */
export type ClientLocale = 'zh-cn' | 'zh-tw' | 'en';

/**
 * VS Code's display language (vscode.env.language) → the client's strings, the way VS Code picks package.nls.*.json:
 * zh-tw is its one Traditional Chinese display language; zh-hk, zh-mo and zh-hant (set by hand in argv.json) are
 * Traditional Chinese too and get zh-tw here (VS Code itself would fall back to English for their settings).
 */
export function clientLocale(language: string): ClientLocale {
  const id = language.toLowerCase();
  if (!id.startsWith('zh')) return 'en';
  return /^zh-(?:tw|hk|mo|hant)\b/.test(id) ? 'zh-tw' : 'zh-cn';
}

/** The simplified strings; `{name}` is filled by text(). The script names are the server's (SCRIPT_NAMES). */
export const ZH_CN = {
  name: '公文校对',
  shortName: '公文校对',
  restarting: '公文校对：校对服务意外停止，正在重新启动。',
  gaveUp: '公文校对：校对服务在 {minutes} 分钟内停止了 {times} 次，不再自动重启。排除原因后，请运行“公文校对: 重新启动校对服务”。',
  restartFailed: '公文校对：重新启动失败：{why}',
  didNotStart: '公文校对：校对服务未能启动：{why}',
  restarted: '公文校对：校对服务已重新启动。',
  openToConvert: '公文校对：请先打开要转换的文本或 Markdown 文档。',
  openToFix: '公文校对：请先打开要修正的文本或 Markdown 文档。',
  allowFailed: '公文校对：未能写入用户设置 gongwen.allow：{why}',
  docxFilter: 'Word 文档',
  docxCheck: '检查',
  docxWrite: '写出带批注的副本',
  docxShown: '公文校对：{path} 的问题列在“问题”面板中（行号 = 段落序号）。',
  docxOpenFirst: '公文校对：请先用“检查 Word 文档…”打开一个 .docx。',
  docxError: '公文校对: {error}',
  docxNothing: '公文校对：没有发现问题，未写出副本。',
  docxWritten: '公文校对：已写出 {target}（{comments} 条批注）。',
  statusIgnored: '已忽略',
  statusIgnoredTip: '未校对：此文件与 .gongwenrc.json 的 ignorePatterns 匹配',
  statusTooLarge: '文件过大',
  statusTooLargeTip: '未校对：文件超过 maxFileSize（可在 .gongwenrc.json 中调大）',
  statusGarbled: '编码不对',
  statusGarbledTip: '未校对：文件不是 UTF-8 编码（可能是 GBK），显示为乱码；请“通过编码重新打开”选 GB18030',
  statusCounts: '错误 {errors} · 警告 {warnings} · 提示 {infos}（点击打开“问题”面板）',
  'script.zh-Hans': SCRIPT_NAMES['zh-Hans'].zh,
  'script.zh-Hant': SCRIPT_NAMES['zh-Hant'].zh,
  'script.zh-TW': SCRIPT_NAMES['zh-TW'].zh,
  'script.zh-HK': SCRIPT_NAMES['zh-HK'].zh,
};

export type TextKey = keyof typeof ZH_CN;

const EN: Record<TextKey, string> = {
  name: 'gongwen-lint',
  shortName: 'gongwen',
  restarting: 'gongwen-lint: the server stopped unexpectedly; restarting it.',
  gaveUp: 'gongwen-lint: the server stopped {times} times in {minutes} minutes and will not be restarted. Run “gongwen: Restart server” after fixing the cause.',
  restartFailed: 'gongwen-lint: restart failed: {why}',
  didNotStart: 'gongwen-lint: the server did not start: {why}',
  restarted: 'gongwen-lint: server restarted.',
  openToConvert: 'gongwen-lint: open a text or Markdown document to convert.',
  openToFix: 'gongwen-lint: open a text or Markdown document to fix.',
  allowFailed: 'gongwen-lint: could not update the user setting gongwen.allow: {why}',
  docxFilter: 'Word documents',
  docxCheck: 'Check',
  docxWrite: 'Write a commented copy',
  docxShown: 'gongwen-lint: the findings of {path} are in the Problems panel (line = paragraph).',
  docxOpenFirst: 'gongwen-lint: open a .docx with "Check Word document…" first.',
  docxError: 'gongwen-lint: {error}',
  docxNothing: 'gongwen-lint: no findings; no copy written.',
  docxWritten: 'gongwen-lint: wrote {target} ({comments} comments).',
  statusIgnored: 'ignored',
  statusIgnoredTip: 'Not checked: the file matches ignorePatterns in .gongwenrc.json',
  statusTooLarge: 'file too large',
  statusTooLargeTip: 'Not checked: the file is larger than maxFileSize (raise it in .gongwenrc.json)',
  statusGarbled: 'wrong encoding',
  statusGarbledTip: 'Not checked: the file is not UTF-8 (GBK, perhaps) and shows garbled; use “Reopen with Encoding” and pick GB18030',
  statusCounts: '{errors} errors · {warnings} warnings · {infos} infos (click for the Problems panel)',
  'script.zh-Hans': capitalize(SCRIPT_NAMES['zh-Hans'].en),
  'script.zh-Hant': capitalize(SCRIPT_NAMES['zh-Hant'].en),
  'script.zh-TW': capitalize(SCRIPT_NAMES['zh-TW'].en),
  'script.zh-HK': capitalize(SCRIPT_NAMES['zh-HK'].en),
};

const TABLES: Record<ClientLocale, Record<TextKey, string>> = { 'zh-cn': ZH_CN, 'zh-tw': ZH_TW, en: EN };

/** A string of the client in `locale`, its `{name}` placeholders filled from `values`. */
export function text(locale: ClientLocale, key: TextKey, values: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
