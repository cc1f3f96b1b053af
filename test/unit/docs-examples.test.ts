// Every docs page's examples are linted: each line of a block after "✗" must get at least one
// finding of that rule, each line after "✓" none. Docs that lie are caught here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine';
import { findingsOf } from '../helpers/ruleTester';

interface Example {
  bad: boolean;
  text: string;
}

/** Lines of the fenced blocks that follow a line starting with ✗ or ✓. */
export function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let pending: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(\*\*)?✗/.test(line)) pending = true;
    else if (/^\s*(\*\*)?✓/.test(line)) pending = false;
    else if (/^```/.test(line) && pending !== undefined) {
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) {
        if (lines[i].trim()) examples.push({ bad: pending, text: lines[i] });
      }
      pending = undefined;
    }
  }
  return examples;
}

describe('docs examples', () => {
  for (const { meta } of RULES) {
    const markdown = readFileSync(`docs/rules/${meta.id}.md`, 'utf8');
    const examples = examplesOf(markdown);
    it(`${meta.id}: has the sections every page has, in order (why, examples, options, fix, how to turn it off), and an English summary`, () => {
      const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
      const sections = ['## 为什么', '## 示例', '## 选项', '## 修复', '## 关闭'];
      for (const section of sections) assert.ok(headings.includes(section), `no "${section}"`);
      assert.deepEqual(headings.filter((h) => sections.includes(h)), sections, 'the sections in this order');
      assert.match(markdown, /English summary/);
    });
    it(`${meta.id}: has ✗ and ✓ examples`, () => {
      assert.ok(examples.some((e) => e.bad), 'at least one ✗ example');
      assert.ok(examples.some((e) => !e.bad), 'at least one ✓ example');
    });
    for (const example of examples) {
      it(`${meta.id} ${example.bad ? '✗' : '✓'} ${example.text.slice(0, 50)}`, () => {
        const found = findingsOf(meta.id, example.text);
        if (example.bad) assert.ok(found.length > 0, 'a ✗ example must be flagged');
        else assert.deepEqual(found.map((f) => f.message), [], 'a ✓ example must not be flagged');
      });
    }
  }
});
