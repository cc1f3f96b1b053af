// The extension's clients from activation to deactivation (client/src/lifecycle.ts), with fake clients that behave as
// vscode-languageclient 9 does: start() on a starting client returns the same start, stop() of a starting client throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientLifecycle } from '../../client/src/lifecycle';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type FakeState = 'initial' | 'starting' | 'running' | 'stopped';

class FakeClient {
  state: FakeState = 'initial';
  private starting: Promise<void> | undefined;
  constructor(readonly id: number, private readonly servers: Set<number>, private readonly startMs: number, private readonly fail = false) {}

  start(): Promise<void> {
    if (this.starting) return this.starting;
    this.state = 'starting';
    this.servers.add(this.id); // the server process is spawned at once
    this.starting = wait(this.startMs).then(() => {
      if (this.fail) {
        this.state = 'stopped';
        this.servers.delete(this.id);
        throw new Error('spawn failed');
      }
      this.state = 'running';
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    if (this.state === 'initial' || this.state === 'stopped') return;
    if (this.state === 'starting') throw new Error("Client is not running and can't be stopped. It's current state is: starting");
    await wait(5);
    this.state = 'stopped';
    this.starting = undefined;
    this.servers.delete(this.id);
  }
}

function setup(startMs = 10, failing: number[] = []) {
  const servers = new Set<number>();
  const errors: unknown[] = [];
  let made = 0;
  const lifecycle = new ClientLifecycle<FakeClient>({
    create: () => new FakeClient(made, servers, startMs, failing.includes(made++)),
    start: (c) => c.start(),
    stop: (c) => c.stop(),
    isStarting: (c) => c.state === 'starting',
    onStartError: (error) => errors.push(error),
  });
  return { lifecycle, servers, errors };
}

describe('client: ClientLifecycle', () => {
  it('deactivation during a restart stops the old server and starts no new one (round 36 stopped nothing)', async () => {
    const { lifecycle, servers } = setup();
    await lifecycle.start();
    assert.deepEqual([...servers], [0]);
    const restarting = lifecycle.restart();
    await wait(1); // the old client is stopping; the extension holds none
    assert.equal(lifecycle.client, undefined);
    await lifecycle.end();
    assert.equal(await restarting, false);
    await wait(30);
    assert.equal(servers.size, 0, `servers left: ${[...servers].join(', ')}`);
  });

  it('deactivation while the new client of a restart is starting stops it once it has started', async () => {
    const { lifecycle, servers } = setup(20);
    await lifecycle.start();
    const restarting = lifecycle.restart();
    await wait(10); // old stopped (5 ms), new one starting
    assert.deepEqual([...servers], [1]);
    await lifecycle.end();
    await restarting;
    assert.equal(servers.size, 0);
    assert.equal(lifecycle.liveCount, 0);
  });

  it('deactivation during the first start stops that client (a starting client refuses stop())', async () => {
    const { lifecycle, servers } = setup(20);
    const starting = lifecycle.start();
    await wait(1);
    await lifecycle.end();
    await starting;
    assert.equal(servers.size, 0);
  });

  it('a restart whose old client is still starting waits for it and stops it: one server, never two', async () => {
    const { lifecycle, servers } = setup(20);
    const first = lifecycle.start();
    const restarted = lifecycle.restart();
    await Promise.all([first, restarted]);
    assert.deepEqual([...servers], [1]);
    assert.equal(lifecycle.liveCount, 1);
    assert.equal(await lifecycle.restart(), true);
    assert.deepEqual([...servers], [2]);
  });

  it('two quick restarts leave one server; a failed start is reported and the next restart works', async () => {
    const { lifecycle, servers, errors } = setup(5, [1]);
    await lifecycle.start();
    await Promise.all([lifecycle.restart(), lifecycle.restart()]);
    assert.equal(String(errors[0]), 'Error: spawn failed');
    assert.deepEqual([...servers], [2]);
    assert.equal(lifecycle.isCurrent(lifecycle.client as FakeClient), true);
    await lifecycle.end();
    assert.equal(servers.size, 0);
    assert.equal(lifecycle.client, undefined);
    assert.equal(await lifecycle.restart(), false, 'nothing starts after deactivation');
    await lifecycle.start();
    assert.equal(servers.size, 0);
  });
});
