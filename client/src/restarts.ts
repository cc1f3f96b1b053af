// When the server dies: how often it is started again, and what the output channel and the notification say, in
// the language of VS Code's interface like every other text of the extension (no vscode import: unit-tested).
import { text, type ClientLocale } from './texts';

export interface RestartOptions {
  /** Restarts allowed within `windowMs`; one more death and the server stays down. */
  max: number;
  windowMs: number;
  /** Pause before starting it again. */
  delayMs: number;
  now?: () => number;
}

/**
 * Counts the server's deaths and starts it again after a pause, unless it died more than `max` times within
 * `windowMs`. A restart that comes due after its client was replaced (the user ran “restart server”, or changed
 * gongwen.languages, in the pause) is dropped: starting the old client again ran a second server beside the new one,
 * every finding shown twice.
 */
export class RestartPolicy {
  private deaths: number[] = [];

  constructor(private readonly options: RestartOptions) {}

  /** The server closed. Returns false when it stopped too often; else schedules `start` and returns true. */
  closed(isCurrent: () => boolean, start: () => Promise<void>, onError: (error: unknown) => void): boolean {
    const now = (this.options.now ?? Date.now)();
    this.deaths = this.deaths.filter((t) => now - t < this.options.windowMs);
    if (this.deaths.length >= this.options.max) return false;
    this.deaths.push(now);
    setTimeout(() => {
      if (isCurrent()) start().catch(onError);
    }, this.options.delayMs);
    return true;
  }
}

export interface ClientTexts {
  /** Output channel: the server died and is being started again. */
  restarting: string;
  /** Notification: it died too often and stays down. */
  gaveUp(times: number, minutes: number): string;
  restartFailed(why: string): string;
  didNotStart(why: string): string;
  restarted: string;
}

/** The texts in the interface's language; the command is named as the palette shows it (package.nls*.json). */
export function clientTexts(locale: ClientLocale): ClientTexts {
  return {
    restarting: text(locale, 'restarting'),
    gaveUp: (times, minutes) => text(locale, 'gaveUp', { times, minutes }),
    restartFailed: (why) => text(locale, 'restartFailed', { why }),
    didNotStart: (why) => text(locale, 'didNotStart', { why }),
    restarted: text(locale, 'restarted'),
  };
}
