// What the server keeps of the `gongwen` settings a client sends (any JSON may arrive).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitize } from '../../server/src/lsp/settings';

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
