// The client's read-then-write of gongwen.allow, one call at a time (client/src/serial.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serially } from '../../client/src/serial';

/** A setting read and written back after a pause, as config.update does: run side by side, a write is lost. */
function fakeSetting(): { list: string[]; add: (phrase: string) => Promise<void> } {
  const setting = { list: [] as string[], add: async (phrase: string) => {
    const current = setting.list;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (phrase === 'fail') throw new Error('cannot write');
    setting.list = [...current, phrase];
  } };
  return setting;
}

describe('client: serially', () => {
  it('keeps both phrases of two quick "allow" clicks (side by side, one is lost)', async () => {
    const raw = fakeSetting();
    await Promise.all([raw.add('绿水青山'), raw.add('金山银山')]);
    assert.equal(raw.list.length, 1);
    const setting = fakeSetting();
    const add = serially(setting.add);
    await Promise.all([add('绿水青山'), add('金山银山')]);
    assert.deepEqual(setting.list, ['绿水青山', '金山银山']);
  });

  it('goes on after a call that failed, and the failure reaches its caller', async () => {
    const setting = fakeSetting();
    const add = serially(setting.add);
    const failed = add('fail');
    const next = add('放管服');
    await assert.rejects(failed, /cannot write/);
    await next;
    assert.deepEqual(setting.list, ['放管服']);
  });

  it('leaves one server running after two quick restarts (the restart of extension.ts, as two gongwen.languages changes call it)', async () => {
    // The restart of extension.ts: stop the client it sees, then start a new one.
    const pool = () => {
      const running = new Set<number>();
      let current: number | undefined;
      let next = 0;
      const restart = async () => {
        const old = current;
        current = undefined;
        await new Promise((resolve) => setTimeout(resolve, 5)); // client.stop()
        if (old !== undefined) running.delete(old);
        current = next++;
        running.add(current);
      };
      current = next++;
      running.add(current);
      return { running, restart };
    };
    const raw = pool();
    await Promise.all([raw.restart(), raw.restart()]);
    assert.equal(raw.running.size, 2, 'side by side, the second start\'s server is never stopped');
    const guarded = pool();
    const restart = serially<void>(guarded.restart);
    await Promise.all([restart(), restart()]);
    assert.equal(guarded.running.size, 1);
  });
});
