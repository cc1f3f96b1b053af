// What the status-bar item says for a document's status (no vscode import: unit-tested).
import type { StatusParams } from '../../server/src/lsp/protocol';
// The script names are the server's (繁体文稿, 繁体（香港）文稿), by way of texts.ts: one table for both.
import { text, type ClientLocale } from './texts';

/** The item's text and tooltip, or undefined when it is hidden (no status, or the document is not checked at all). */
export function statusText(status: StatusParams | undefined, locale: ClientLocale): { text: string; tooltip: string } | undefined {
  if (!status || status.state === 'disabled') return undefined;
  const name = text(locale, 'shortName');
  // A document that was not checked has no counts to show: the tooltip says why, and what to change.
  if (status.state === 'ignored') return { text: `${name} – ${text(locale, 'statusIgnored')}`, tooltip: text(locale, 'statusIgnoredTip') };
  if (status.state === 'tooLarge') return { text: `${name} – ${text(locale, 'statusTooLarge')}`, tooltip: text(locale, 'statusTooLargeTip') };
  if (status.state === 'garbled') return { text: `${name} – ${text(locale, 'statusGarbled')}`, tooltip: text(locale, 'statusGarbledTip') };
  const scriptText = status.script === 'unknown' ? '' : ` · ${text(locale, `script.${status.script}`)}`;
  const total = status.errors + status.warnings + status.infos;
  return {
    text: total === 0 ? `${name} ✓${scriptText}` : `${name} ${total}⚠${scriptText}`,
    tooltip: text(locale, 'statusCounts', { errors: status.errors, warnings: status.warnings, infos: status.infos }),
  };
}
