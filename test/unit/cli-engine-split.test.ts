// The CLI's engine is a second bundle, loaded when a run first needs it (server/src/cli/engine.ts): an empty text is
// answered without it (cli/lintFile.ts) and the configuration with nothing set has its rules made on first read
// (cli/configs.ts). Both must give exactly what the engine gives; dist/cli.js must run without the engine's bundle
// when nothing needs it, and load it when something does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigResolver } from '../../server/src/cli/configs';
import { engine } from '../../server/src/cli/engine';
import { lintNonEmptyText } from '../../server/src/cli/lint-text';
import { lintText } from '../../server/src/cli/lintFile';
import { defaultConfig, lintDocument, resolveConfig, RULES } from '../../server/src/engine';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-engine-split-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('an empty text without the engine', () => {
  it('gives what the engine gives for it, with every rule on, in both languages, with and without fixes', () => {
    const everyRule = resolveConfig({ rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'error' as const])) });
    for (const config of [defaultConfig(), everyRule]) {
      assert.deepEqual(lintDocument('', { config }).findings, []);
      for (const name of ['draft.txt', 'draft.md']) {
        for (const fix of ['off', 'dry-run', 'write'] as const) {
          for (const locale of ['zh', 'en'] as const) {
            const file = path.join(root, name);
            fs.writeFileSync(file, '');
            const text = { text: '', encoding: 'utf-8', bom: false, bytes: new Uint8Array() } as unknown as Parameters<typeof lintText>[1];
            assert.deepEqual(lintText(file, text, config, locale, fix), lintNonEmptyText(file, text, config, locale, fix), `${name} ${fix} ${locale}`);
            assert.equal(fs.readFileSync(file, 'utf8'), '');
          }
        }
      }
    }
  });
});

describe('the configuration with nothing set', () => {
  it('is the engine’s, its rules made on first read; --rule and --max-file-size as before', () => {
    const none = new ConfigResolver({ lookup: false, rules: {} }, engine).forDirectory(root).config;
    assert.deepEqual(JSON.parse(JSON.stringify(none)), JSON.parse(JSON.stringify(defaultConfig())));
    assert.deepEqual(Object.keys(none), Object.keys(defaultConfig()));
    assert.deepEqual(structuredClone(none), defaultConfig());
    assert.deepEqual(new ConfigResolver({ lookup: false, rules: {}, maxFileSize: 10 }, engine).forDirectory(root).config.maxFileSize, 10);
    const withRule = new ConfigResolver({ lookup: false, rules: { 'repeated-word': 'off' } }, engine).forDirectory(root).config;
    assert.equal(withRule.rules['repeated-word'].severity, 'off');
  });
});

describe('dist/cli.js without dist/cli-engine.js', () => {
  const dist = path.join(__dirname, '..', '..', '..', 'dist');
  /** A copy of dist/ without the engine's bundle and its cache: the starter copied (Node runs a linked one from where its link points), the rest linked. */
  const noEngine = fs.mkdtempSync(path.join(root, 'dist-'));
  for (const name of fs.readdirSync(dist)) {
    if (name === 'cli.js') fs.copyFileSync(path.join(dist, name), path.join(noEngine, name));
    else if (!name.startsWith('cli-engine.')) fs.symlinkSync(path.join(dist, name), path.join(noEngine, name));
  }
  const empty = path.join(root, 'empty.txt');
  fs.writeFileSync(empty, '');
  const run = (dir: string, args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, GONGWEN_DEBUG: '', LANG: 'en_US.UTF-8' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('runs what needs no engine as before: an empty file, --version, a usage error', () => {
    for (const args of [['--format', 'json', empty], ['--format', 'stylish', empty], ['--version'], ['--no-such-option']]) {
      assert.deepEqual(run(noEngine, args), run(dist, args), args.join(' '));
    }
  });

  it('needs it for a text to lint, and says so in one line', () => {
    const draft = path.join(root, 'draft.txt');
    fs.writeFileSync(draft, '加强管理管理。\n');
    const result = run(noEngine, ['--format', 'json', draft]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^gongwen-lint: internal error: cannot read .*cli-engine\.js \(ENOENT\); reinstall gongwen-lint/);
    assert.equal(result.stderr.split('\n').length, 2);
  });
  it('gives SARIF\'s rule table in zh-TW under --locale zh-TW, as the results (the CLI bundle\'s own messages module)', () => {
    const draft = path.join(root, 'taiwan.txt');
    fs.writeFileSync(draft, '教育體係仍需全面檢討。\n');
    const sarif = JSON.parse(run(dist, ['--locale', 'zh-TW', '--format', 'sarif', '--rule', 'misconversion:error', draft]).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'misconversion');
    assert.equal(rule.name, '繁簡誤轉');
    assert.match(JSON.stringify(rule.messageStrings), /應為/);
    assert.match(sarif.runs[0].results[0].message.text, /^繁簡誤轉：「體係」應為「體系」/);
    const simplified = JSON.parse(run(dist, ['--locale', 'zh', '--format', 'sarif', '--rule', 'misconversion:error', draft]).stdout);
    assert.equal(simplified.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'misconversion').name, '繁简误转');
  });
});
