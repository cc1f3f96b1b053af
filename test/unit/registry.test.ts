// The registry is the one source of truth: every rule has a docs page, complete bilingual
// meta, matching placeholders, and a row in the README's rule table.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES, defaultConfig } from '../../server/src/engine';
import { NOT_RULES } from '../../tools/registry-file';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

describe('rule registry', () => {
  it('registers every file of server/src/rules once (no count to update: the files are the list)', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate id');
    const files = readdirSync('server/src/rules').filter((f) => !NOT_RULES.has(f)).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual([...ids].sort(), files.sort());
  });

  for (const rule of RULES) {
    const { meta } = rule;
    it(`${meta.id}: complete meta, docs page and README row`, () => {
      for (const text of [meta.name, meta.description]) assert.ok(text.zh && text.en, 'zh and en text');
      assert.ok(Object.keys(meta.messages).length > 0, 'at least one message');
      for (const [id, message] of Object.entries(meta.messages)) {
        assert.ok(message.zh && message.en, `message ${id} in both languages`);
        // The Chinese message may quote Chinese words the English one leaves out, not the reverse.
        const zh = placeholders(message.zh);
        assert.deepEqual(placeholders(message.en).filter((p) => !zh.includes(p)), [], `message ${id}: English placeholders also in Chinese`);
      }
      assert.equal(meta.scope === 'paragraph' ? typeof rule.checkParagraph : typeof rule.checkDocument, 'function');
      for (const [name, spec] of Object.entries(meta.options ?? {})) {
        assert.ok(spec.description.zh && spec.description.en, `option ${name} described`);
      }
      const doc = `docs/rules/${meta.id}.md`;
      assert.ok(existsSync(doc), `${doc} exists`);
      assert.match(readFileSync(doc, 'utf8').split('\n')[0], new RegExp(`^# ${meta.id}`), `${doc} starts with its id`);
      const readme = readFileSync('README.md', 'utf8');
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${meta.id}\`]`));
      assert.ok(row, `README has a row for ${meta.id}`);
      assert.ok(row.includes(meta.name.zh), `README row names ${meta.name.zh}`);
      assert.ok(row.includes(`\`${defaultConfig().rules[meta.id].severity}\``), 'README row shows the default severity');
      assert.equal(row.includes('✔'), meta.fixable, 'README row marks fixable rules with ✔');
    });
  }

  it('package.json offers every rule in the gongwen.rules setting', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const configuration = manifest.contributes.configuration;
    const sections = Array.isArray(configuration) ? configuration : [configuration];
    const rulesSetting = sections.map((s: { properties: Record<string, { properties?: object }> }) => s.properties['gongwen.rules']).find(Boolean);
    assert.ok(rulesSetting?.properties, 'gongwen.rules has per-rule properties');
    assert.deepEqual(Object.keys(rulesSetting.properties).sort(), RULES.map((r) => r.meta.id).sort());
  });
});
