// The server's own texts (code action titles, notices) in the interface languages, and how it shows them.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { fillTemplate, localize, type Locale, type Localized, type MessageData } from '../engine';

/** The text in `locale` (zh-TW from the generated table, lsp/texts.ts), its `{{name}}` placeholders filled from `data`. */
export function say(locale: Locale, text: Localized, data?: MessageData): string {
  const template = localize(text, locale);
  return data ? fillTemplate(template, data) : template;
}

/** A window/showMessage notification (the request form waits for a click that never matters here). */
export function showMessage(connection: Connection, type: 'error' | 'warning' | 'info', message: string): void {
  const messageType = type === 'error' ? MessageType.Error : type === 'warning' ? MessageType.Warning : MessageType.Info;
  void connection.sendNotification(ShowMessageNotification.type, { type: messageType, message });
}
