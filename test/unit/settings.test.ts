// What the server keeps of the `gongwen` settings a client sends (any JSON may arrive).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument, resolveConfig } from '../../server/src/engine';
import { editorLayer, sanitize } from '../../server/src/lsp/settings';

describe('settings: gongwen.debounceMs', () => {
  it('keeps a pause of 0 ms and more, in whole milliseconds, up to 10 s', () => {
    assert.deepEqual(sanitize({ debounceMs: 0 }), { debounceMs: 0 });
    assert.deepEqual(sanitize({ debounceMs: 350.4 }), { debounceMs: 350 });
    assert.deepEqual(sanitize({ debounceMs: 60_000 }), { debounceMs: 10_000 });
  });

  it('drops values that are not a non-negative number (the default, 200 ms, then applies)', () => {
    for (const debounceMs of [-1, '300', null, Number.NaN, true]) assert.deepEqual(sanitize({ debounceMs, run: 'onType' }), { run: 'onType' });
  });
});

describe('settings: gongwen.progressiveDiagnostics', () => {
  it('keeps true and false; drops anything else (the default, on, then applies)', () => {
    assert.deepEqual(sanitize({ progressiveDiagnostics: false }), { progressiveDiagnostics: false });
    assert.deepEqual(sanitize({ progressiveDiagnostics: true }), { progressiveDiagnostics: true });
    for (const progressiveDiagnostics of ['false', 0, null, {}]) assert.deepEqual(sanitize({ progressiveDiagnostics, run: 'onSave' }), { run: 'onSave' });
  });
});

describe('settings: gongwen.allow', () => {
  it('keeps the non-empty strings, each once, in order; drops empty rows and other values', () => {
    assert.deepEqual(sanitize({ allow: ['精剪', '', '动员动员', 7, null, '精剪'] }), { allow: ['精剪', '动员动员'] });
    assert.deepEqual(sanitize({ allow: [] }), { allow: [] });
    for (const allow of ['精剪', { 精剪: true }, null, 1]) assert.deepEqual(sanitize({ allow, run: 'onSave' }), { run: 'onSave' });
  });

  it('joins the project file\'s allow list (union, the file\'s phrases first, each once)', () => {
    const fromFile = { allow: ['动员动员', '精剪'] };
    const config = resolveConfig(fromFile, editorLayer(sanitize({ allow: ['精剪', '屡创新高'] })));
    assert.deepEqual(config.allow, ['动员动员', '精剪', '屡创新高']);
  });

  it('alone (no project file) it is the whole list; an empty setting leaves the file\'s list as it is', () => {
    assert.deepEqual(resolveConfig(undefined, editorLayer(sanitize({ allow: ['精剪'] }))).allow, ['精剪']);
    assert.deepEqual(resolveConfig({ allow: ['动员动员'] }, editorLayer(sanitize({ allow: [] }))).allow, ['动员动员']);
    assert.deepEqual(resolveConfig({ allow: ['动员动员'] }, editorLayer(sanitize({}))).allow, ['动员动员']);
  });

  it('the other settings layer as before: rules from the setting win, script too', () => {
    const config = resolveConfig({ rules: { 'repeated-word': 'off' }, allow: ['甲'] }, editorLayer(sanitize({ rules: { 'repeated-word': 'error' }, allow: ['乙'] })));
    assert.equal(config.rules['repeated-word'].severity, 'error');
    assert.deepEqual(config.allow, ['甲', '乙']);
  });
});

describe('settings: gongwen.allow in a lint', () => {
  it('a finding covered by a phrase of the setting is not reported; the same text without the setting is', () => {
    const text = '广泛动员动员加强抢险救灾工作。';
    const without = lintDocument(text, { config: resolveConfig(undefined, editorLayer(sanitize({}))) }).findings.filter((f) => f.ruleId === 'repeated-word');
    assert.equal(without.length, 1);
    const withSetting = lintDocument(text, { config: resolveConfig(undefined, editorLayer(sanitize({ allow: ['动员动员'] }))) }).findings;
    assert.deepEqual(withSetting.filter((f) => f.ruleId === 'repeated-word'), []);
  });
});
