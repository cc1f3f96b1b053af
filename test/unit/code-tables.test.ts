// text/code-tables.ts (round 33): load-time tables by code unit are views into shared blocks. Each must be whole,
// zeroed and apart from every other, across the end of a block.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeUnitBytes, codeUnitWords } from '../../server/src/text/code-tables';

describe('code-unit tables', () => {
  it('are zeroed, 65,536 entries each, and never share an entry (100 tables: several blocks)', () => {
    const tables: (Uint8Array | Uint16Array)[] = [];
    for (let i = 0; i < 100; i++) tables.push(i % 3 === 0 ? codeUnitWords() : codeUnitBytes());
    tables.forEach((table, i) => {
      assert.equal(table.length, 0x10000);
      assert.ok(table.every((v) => v === 0), `table ${i} is zeroed`);
      table[0] = i + 1;
      table[0xffff] = i + 1;
    });
    tables.forEach((table, i) => assert.deepEqual([table[0], table[0xffff]], [i + 1, i + 1], `table ${i} kept its own entries`));
    const words = tables.filter((t): t is Uint16Array => t instanceof Uint16Array);
    words[0][0x1234] = 0xffff;
    assert.equal(words[0][0x1234], 0xffff);
  });
});
