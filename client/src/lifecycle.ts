// The extension's language clients from first start to deactivation: one start or restart at a time, and every client
// that was started is stopped at the end, even one still starting or one a restart had just let go of (no vscode
// import: unit-tested with fake clients in test/unit/client-lifecycle.test.ts).
import { serially } from './serial';

export interface LifecycleHooks<C> {
  /** A new client (not started). */
  create(): C;
  /** Start it; for a client already starting, the same start (vscode-languageclient returns its start promise). */
  start(client: C): Promise<void>;
  stop(client: C): Promise<void>;
  /**
   * The client is between start() and running. vscode-languageclient refuses to stop such a client ("Client is not
   * running and can't be stopped"): its server ran on beside the next one.
   */
  isStarting(client: C): boolean;
  /** A start failed (said in the output channel). */
  onStartError(error: unknown): void;
}

/**
 * Starts, restarts and finally stops the clients. Round 36 queued starts and restarts; `deactivate()` still stopped only
 * the client the extension held, and during a restart it held none (the old one was stopping, the new one not made
 * yet): deactivation stopped nothing and the restart then started a server after it. Now `end()` stops every client
 * that is running, starting or stopping, and a start that comes after it, or finishes after it, stops its own client.
 */
export class ClientLifecycle<C> {
  private current: C | undefined;
  /** Every client made and not yet stopped. */
  private readonly live = new Set<C>();
  private readonly stopping = new Map<C, Promise<void>>();
  private ended = false;
  private readonly oneAtATime = serially<() => Promise<void>>((task) => task());

  constructor(private readonly hooks: LifecycleHooks<C>) {}

  /** The client commands talk to (running or starting); none during a restart's stop or after `end()`. */
  get client(): C | undefined {
    return this.current;
  }

  /** The client is still the extension's: a restart after a crash comes due only for it. */
  isCurrent(client: C): boolean {
    return !this.ended && this.current === client;
  }

  /** How many clients are made and not stopped (one while running; two only while a restart's old one stops). */
  get liveCount(): number {
    return this.live.size;
  }

  start(): Promise<void> {
    return this.oneAtATime(async () => {
      await this.startNow();
    });
  }

  /** Stops the current client and starts a new one; false when the extension was deactivated first. */
  restart(beforeStart?: () => void): Promise<boolean> {
    let restarted = false;
    return this.oneAtATime(async () => {
      if (this.ended) return;
      const old = this.current;
      this.current = undefined;
      beforeStart?.();
      if (old !== undefined) await this.stopClient(old);
      restarted = await this.startNow();
    }).then(() => restarted);
  }

  /** Deactivation: stops every client, including one starting or a restart's old one; no client starts after it. */
  async end(): Promise<void> {
    this.ended = true;
    this.current = undefined;
    await Promise.all([...this.live].map((client) => this.stopClient(client)));
  }

  private async startNow(): Promise<boolean> {
    if (this.ended) return false;
    const client = this.hooks.create();
    this.current = client;
    this.live.add(client);
    try {
      await this.hooks.start(client);
    } catch (error) {
      this.hooks.onStartError(error);
    }
    if (!this.ended) return true;
    // Deactivated while it started: end() waits for this start and stops it; so does this.
    await this.stopClient(client);
    return false;
  }

  /** Stops a client once (later calls get the same promise); a starting one after its start has settled. */
  private stopClient(client: C): Promise<void> {
    let stopped = this.stopping.get(client);
    if (!stopped) {
      stopped = (async () => {
        if (this.hooks.isStarting(client)) await this.hooks.start(client).catch(() => undefined);
        await this.hooks.stop(client).catch(() => undefined);
        this.live.delete(client);
        this.stopping.delete(client);
      })();
      this.stopping.set(client, stopped);
    }
    return stopped;
  }
}
