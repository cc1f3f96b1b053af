// The server's own texts (code action titles, notices) in both interface languages, and how it shows them.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { Locale, Localized } from '../engine';

export function say(locale: Locale, text: Localized): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A window/showMessage notification (the request form waits for a click that never matters here). */
export function showMessage(connection: Connection, type: 'error' | 'warning' | 'info', message: string): void {
  const messageType = type === 'error' ? MessageType.Error : type === 'warning' ? MessageType.Warning : MessageType.Info;
  void connection.sendNotification(ShowMessageNotification.type, { type: messageType, message });
}
