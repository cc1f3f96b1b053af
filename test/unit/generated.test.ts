// The files that restate rule meta (package.json's gongwen.rules, package.nls*.json, the README table,
// the docs pages' facts lines, the JSON schema) are generated: each must equal what `npm run generate`
// would write now, so editing a rule's meta without regenerating fails here (and in CI's git diff).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine';
import { generatedFiles } from '../../tools/generated-files';
import { MAINLAND_WORDS, toTaiwan } from '../../tools/taiwan-text';
import { registryFile, registryOrder } from '../../tools/registry-file';
import type { Rule } from '../../server/src/engine/types';

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

describe('generated files', () => {
  it('server/src/rules/index.ts is up to date (npm run generate)', () => {
    const current = read('server/src/rules/index.ts') ?? '';
    assert.equal(current, registryFile(registryOrder(current, readdirSync('server/src/rules'))));
  });

  it('a new rule file joins the registry at the end, a deleted one leaves it, the order of the rest kept', () => {
    const current = registryFile(['b-rule.ts', 'a-rule.ts', 'gone-rule.ts']);
    assert.deepEqual(registryOrder(current, ['a-rule.ts', 'b-rule.ts', 'index.ts', 'new-rule.ts']), ['b-rule.ts', 'a-rule.ts', 'new-rule.ts']);
    assert.match(registryFile(['new-rule.ts']), /^import newRule from '\.\/new-rule';$/m);
  });

  for (const [path, text] of generatedFiles(RULES, read)) {
    it(`${path} is up to date (npm run generate)`, () => {
      assert.equal(read(path), text);
    });
  }

  it('the user-facing text says 简繁体/简体或繁体 for the script, never 字体 (a typeface to a reader)', () => {
    for (const rule of RULES) {
      assert.ok(!rule.meta.description.zh.includes('字体'), rule.meta.id);
      for (const [key, message] of Object.entries(rule.meta.messages)) assert.ok(!message.zh.includes('字体'), `${rule.meta.id}.${key}`);
    }
    for (const [key, value] of Object.entries(JSON.parse(read('package.nls.zh-cn.json') ?? '{}') as Record<string, string>)) {
      assert.ok(!value.includes('字体'), key);
    }
    for (const page of ['docs/rules/script-mixing.md', 'docs/rules/misconversion.md']) assert.ok(!(read(page) ?? '').includes('字体'), page);
  });

  it('package.nls.zh-tw.json (VS Code\'s Traditional Chinese, round 36) has every zh-cn string in Taiwan usage, ids and code kept', () => {
    const zhCn = JSON.parse(read('package.nls.zh-cn.json') ?? '{}') as Record<string, string>;
    const zhTw = JSON.parse(read('package.nls.zh-tw.json') ?? '{}') as Record<string, string>;
    assert.deepEqual(Object.keys(zhTw), Object.keys(zhCn));
    for (const [key, value] of Object.entries(zhCn)) {
      const tw = zhTw[key];
      assert.equal(tw, toTaiwan(value), key);
      for (const word of MAINLAND_WORDS) assert.ok(!tw.includes(word), `${key}: ${word} in ${tw}`);
      // What OpenCC must not touch: code spans and ASCII (rule ids, setting names, file names).
      assert.deepEqual(tw.match(/`[^`]*`/g), value.match(/`[^`]*`/g), key);
      assert.deepEqual(tw.match(/[\x21-\x7e]+/g), value.match(/[\x21-\x7e]+/g), key);
    }
    assert.equal(zhTw['config.rules.wrong-character']?.startsWith('**錯別字**（預設：`warn`）。'), true);
    assert.equal(zhTw['config.run.onSave'], '儲存檔案時檢查。');
    assert.equal(zhTw['command.fixAll.title'], '修正所有可自動修正的問題');
  });

  it('a new rule gets its setting, nls strings, README row, docs facts and schema entry from its meta alone', () => {
    const meta = {
      id: 'made-up-rule', name: { zh: '虚构规则', en: 'Made-up rule' }, description: { zh: '只用于测试。', en: 'For the test only.' },
      type: 'problem', defaultSeverity: 'info', fixable: false, scope: 'paragraph', messages: { m: { zh: '甲', en: 'a' } },
    } as const;
    const rule: Rule = { meta: { ...meta, messages: { ...meta.messages } }, checkParagraph() {} };
    const page = '# made-up-rule\n\n## 为什么\n\n说明。\n';
    const files = generatedFiles([...RULES, rule], (path) => (path === 'docs/rules/made-up-rule.md' ? page : read(path)));

    assert.equal(files.get('docs/rules/made-up-rule.md'), [
      '# made-up-rule（虚构规则）',
      '',
      "<!-- facts:start (generated from the rule's meta by npm run generate; edit the meta, not these lines) -->",
      '默认级别：`info` · 可自动修复：✘ · Default severity `info`, not fixable',
      '',
      "消息 id（机器可读输出的 `messageId`）：`m` · Message ids (`messageId` in --format json and sarif, and in LSP diagnostics' data): `m`",
      '<!-- facts:end -->',
      '',
      '## 为什么',
      '',
      '说明。',
      '',
    ].join('\n'));
    const readme = files.get('README.md')!;
    assert.ok(readme.includes(`${RULES.length + 1} rules;`));
    assert.ok(readme.includes('| [`made-up-rule`](docs/rules/made-up-rule.md) | 虚构规则 | For the test only. | `info` |  |\n<!-- rules:end -->'));
    const setting = JSON.parse(files.get('package.json')!).contributes.configuration.properties['gongwen.rules'].properties['made-up-rule'];
    assert.equal(setting.markdownDescription, '%config.rules.made-up-rule%');
    assert.equal(JSON.parse(files.get('package.nls.json')!)['config.rules.made-up-rule'], '**Made-up rule** (default: `info`). For the test only.');
    assert.equal(JSON.parse(files.get('package.nls.zh-cn.json')!)['config.rules.made-up-rule'], '**虚构规则**（默认：`info`）。只用于测试。');
    assert.equal(JSON.parse(files.get('package.nls.zh-tw.json')!)['config.rules.made-up-rule'], '**虛構規則**（預設：`info`）。只用於測試。');
    assert.ok(JSON.parse(files.get('schemas/gongwenrc.schema.json')!).properties.rules.properties['made-up-rule']);
  });

  it('every rule has a row in docs/precision.md\'s by-rule table, quoted at the top of its page', () => {
    const files = generatedFiles(RULES, read);
    for (const { meta } of RULES) {
      const facts = files.get(`docs/rules/${meta.id}.md`)!.split('<!-- facts:end -->')[0];
      assert.match(facts, /\n实测（第 31—38 轮[^\n]*（\[逐条\]\(\.\.\/precision\.md#by-rule-[^)]+\)） · Measured on [^\n]*: (no findings|\d+ findings, (all real|\d+ real, \d+ false alarms))\n/, meta.id);
    }
  });

  it('regenerating a docs page changes nothing the second time', () => {
    const once = generatedFiles(RULES, read);
    const twice = generatedFiles(RULES, (path) => once.get(path) ?? read(path));
    assert.deepEqual([...twice], [...once]);
  });
});
