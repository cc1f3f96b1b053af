// The client's restarts of a server that died, and their texts (client/src/restarts.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { clientTexts, RestartPolicy } from '../../client/src/restarts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('client: RestartPolicy', () => {
  it('starts the server again after the pause, up to `max` times in the window, then gives up', async () => {
    let clock = 0;
    let starts = 0;
    const policy = new RestartPolicy({ max: 2, windowMs: 1000, delayMs: 1, now: () => clock });
    const closed = () => policy.closed(() => true, () => Promise.resolve(void starts++), () => assert.fail('no error'));
    assert.equal(closed(), true);
    assert.equal(closed(), true);
    assert.equal(closed(), false, 'a third death within the window');
    await wait(20);
    assert.equal(starts, 2);
    clock = 1000;
    assert.equal(closed(), true, 'the window has passed');
  });

  it('drops a restart that comes due after its client was replaced (a second server beside the new one)', async () => {
    let current = true;
    let starts = 0;
    const policy = new RestartPolicy({ max: 5, windowMs: 1000, delayMs: 5 });
    assert.equal(policy.closed(() => current, () => Promise.resolve(void starts++), () => undefined), true);
    current = false; // the user ran “restart server” within the pause
    await wait(30);
    assert.equal(starts, 0);
  });

  it('reports a failed start', async () => {
    const errors: unknown[] = [];
    const policy = new RestartPolicy({ max: 5, windowMs: 1000, delayMs: 1 });
    policy.closed(() => true, () => Promise.reject(new Error('spawn failed')), (error) => errors.push(error));
    await wait(20);
    assert.equal(String(errors[0]), 'Error: spawn failed');
  });
});

describe('client: texts', () => {
  const nls = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

  it('speak the interface language and name the restart command as the palette shows it', () => {
    for (const [locale, file] of [['zh-cn', 'package.nls.zh-cn.json'], ['zh-tw', 'package.nls.zh-tw.json'], ['en', 'package.nls.json']] as const) {
      const strings = nls(file);
      const command = `${strings['command.category']}: ${strings['command.restartServer.title']}`;
      const quoted = locale === 'zh-tw' ? `「${command}」` : `“${command}”`;
      assert.ok(clientTexts(locale).gaveUp(6, 3).includes(quoted), `${file}: ${clientTexts(locale).gaveUp(6, 3)}`);
    }
    const zh = clientTexts('zh-cn');
    assert.equal(zh.restarting, '公文校对：校对服务意外停止，正在重新启动。');
    assert.equal(zh.gaveUp(6, 3), '公文校对：校对服务在 3 分钟内停止了 6 次，不再自动重启。排除原因后，请运行“公文校对: 重新启动校对服务”。');
    assert.equal(clientTexts('zh-tw').gaveUp(6, 3), '公文校對：校對服務在 3 分鐘內停止了 6 次，不再自動重啟。排除原因後，請執行「公文校對: 重新啟動校對服務」。');
    assert.equal(clientTexts('en').restarting, 'gongwen-lint: the server stopped unexpectedly; restarting it.');
  });
});
