// What the status-bar item says for a document's status (no vscode import: unit-tested).
import type { StatusParams } from '../../server/src/lsp/protocol';
// The same names as the server's messages (繁体文稿, 繁体（香港）文稿): one table for both.
import { SCRIPT_NAMES } from '../../server/src/text/script-names';

/** The item's text and tooltip, or undefined when it is hidden (no status, or the document is not checked at all). */
export function statusText(status: StatusParams | undefined, zh: boolean): { text: string; tooltip: string } | undefined {
  if (!status || status.state === 'disabled') return undefined;
  const name = zh ? '公文校对' : 'gongwen';
  // A document that was not checked has no counts to show: the tooltip says why, and what to change.
  if (status.state === 'ignored') {
    return {
      text: `${name} –${zh ? ' 已忽略' : ' ignored'}`,
      tooltip: zh ? '未校对：此文件与 .gongwenrc.json 的 ignorePatterns 匹配' : 'Not checked: the file matches ignorePatterns in .gongwenrc.json',
    };
  }
  if (status.state === 'tooLarge') {
    return {
      text: `${name} –${zh ? ' 文件过大' : ' file too large'}`,
      tooltip: zh ? '未校对：文件超过 maxFileSize（可在 .gongwenrc.json 中调大）' : 'Not checked: the file is larger than maxFileSize (raise it in .gongwenrc.json)',
    };
  }
  if (status.state === 'garbled') {
    return {
      text: `${name} –${zh ? ' 编码不对' : ' wrong encoding'}`,
      tooltip: zh ? '未校对：文件不是 UTF-8 编码（可能是 GBK），显示为乱码；请“通过编码重新打开”选 GB18030' : 'Not checked: the file is not UTF-8 (GBK, perhaps) and shows garbled; use “Reopen with Encoding” and pick GB18030',
    };
  }
  const script = status.script === 'unknown' ? undefined : SCRIPT_NAMES[status.script];
  const scriptText = script ? ` · ${zh ? script.zh : capitalize(script.en)}` : '';
  const total = status.errors + status.warnings + status.infos;
  return {
    text: total === 0 ? `${name} ✓${scriptText}` : `${name} ${total}⚠${scriptText}`,
    tooltip: zh
      ? `错误 ${status.errors} · 警告 ${status.warnings} · 提示 ${status.infos}（点击打开“问题”面板）`
      : `${status.errors} errors · ${status.warnings} warnings · ${status.infos} infos (click for the Problems panel)`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
