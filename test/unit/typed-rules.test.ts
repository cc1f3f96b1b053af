// defineRule's types: a rule's messageIds, each message's {{placeholders}} and its options are checked by
// the compiler. The @ts-expect-error lines below make `npm run typecheck` fail if a mistake of that kind
// ever compiles again; the test run checks that the rule written this way runs like any other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import type { ContextOf } from '../../server/src/engine/types';
import { defineRule } from '../../server/src/engine/types';
import wrongCharacter from '../../server/src/rules/wrong-character';

const rule = defineRule({
  meta: {
    id: 'test-typed',
    name: { zh: '测试', en: 'Test' },
    description: { zh: '测试', en: 'Test' },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'paragraph',
    messages: {
      found: { zh: '“{{word}}”出现{{count}}次', en: '"{{word}}" found {{count}} times' },
      plain: { zh: '有问题', en: 'A problem' },
    },
    options: {
      word: { type: 'string', default: '问题', description: { zh: '词', en: 'Word' } },
      limit: { type: 'number', default: 1, description: { zh: '次数', en: 'Count' } },
      mode: { type: 'string', enum: ['all', 'first'], default: 'all', description: { zh: '方式', en: 'Mode' } },
    },
  },
  checkParagraph(paragraph, ctx) {
    const at = paragraph.text.indexOf(ctx.options.word);
    if (at === -1) return;
    const limit: number = ctx.options.limit;
    const mode: 'all' | 'first' = ctx.options.mode;
    report(ctx, paragraph.start + at, limit + (mode === 'all' ? 0 : 1));
  },
});

type Context = ContextOf<typeof rule>;

function report(ctx: Context, start: number, count: number): void {
  ctx.report({ messageId: 'found', data: { word: ctx.options.word, count }, start, end: start + ctx.options.word.length });
}

/** Never called: each line must fail to compile. */
export function mistakes(ctx: Context): void {
  // @ts-expect-error -- a misspelt messageId
  ctx.report({ messageId: 'fonud', data: { word: 'x', count: 1 }, start: 0, end: 1 });
  // @ts-expect-error -- a placeholder without data
  ctx.report({ messageId: 'found', data: { word: 'x' }, start: 0, end: 1 });
  // @ts-expect-error -- a message with placeholders and no data at all
  ctx.report({ messageId: 'found', start: 0, end: 1 });
  // @ts-expect-error -- an option the rule does not have
  void ctx.options.limt;
  // @ts-expect-error -- an option read as the wrong type
  const word: number = ctx.options.word;
  void word;
  ctx.report({ messageId: 'plain', start: 0, end: 1 }); // a message without placeholders needs no data
}

/** Never called: wrong-character (the last rule converted) is typed like the rest. */
export function wrongCharacterMistakes(ctx: ContextOf<typeof wrongCharacter>): void {
  // @ts-expect-error -- round 35's one messageId, split by the kind of slip in round 36
  ctx.report({ messageId: 'wrongCharacter', data: { wrong: '局', right: '据', wrongWord: '大数局', rightWord: '大数据' }, start: 0, end: 1 });
  // @ts-expect-error -- a message without the {{rightWord}} placeholder's data
  ctx.report({ messageId: 'homophone', data: { wrong: '局', right: '据', wrongWord: '大数局' }, start: 0, end: 1 });
  ctx.report({ messageId: 'lookAlike', data: { wrong: '木', right: '术', wrongWord: '技木', rightWord: '技术' }, start: 0, end: 1 });
  // @ts-expect-error -- nameShare is a number
  const share: string = ctx.options.nameShare;
  void share;
}

describe('typed rules (defineRule)', () => {
  it('runs a rule written with defineRule, message filled from its typed data', () => {
    const findings = lint('这个问题要解决。', { rules: [rule] });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.messageId, f.start, f.end, f.message]), [['test-typed', 'found', 2, 4, '“问题”出现1次']]);
  });
});
