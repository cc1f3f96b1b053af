// repeated-punctuation: pause and stop marks typed twice (，， 。。 、、 ；；) or two different
// ones in a row (，。 ；， ？。). GB/T 15834-2011 allows stacking only ？ and ！ (？！, ！？, up to three
// ？？？ / ！！！), and …… —— are single marks, so those are left alone. Half-width doubles (,, ;;)
// count too when they sit in Chinese text.
import type { Rule } from '../engine/types';
import { codePointAt, codePointBefore, isCjk } from '../text/chars';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const QUESTION_EXCLAMATION = '？！';
/** Runs of these characters are examined; anything else ends a run. */
const RUN = /[，。、；：？！,;:?!]{2,}/g;

function normalize(ch: string): string {
  return HALF_TO_FULL[ch] ?? ch;
}

const rule: Rule = {
  meta: {
    id: 'repeated-punctuation',
    name: { zh: '标点重复', en: 'Repeated punctuation' },
    description: {
      zh: '同一处连用两个点号（，， 。。 ，。 等）；问号、叹号的叠用和 …… —— 不在此列（GB/T 15834-2011）。',
      en: 'Two pause or stop marks in a row (，， 。。 ，。 …); stacked ？ ！ and the two-character …… —— are fine (GB/T 15834-2011).',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'paragraph',
    messages: {
      repeated: {
        zh: '标点“{{mark}}”重复了，删去多余的。',
        en: 'Punctuation "{{mark}}" is repeated: delete the extra one.',
      },
      mixed: {
        zh: '标点“{{marks}}”连用，只应保留一个，请选择保留哪个（GB/T 15834-2011）。',
        en: 'Punctuation marks "{{marks}}" in a row: keep only one, choose which (GB/T 15834-2011).',
      },
      ellipsis: {
        zh: '用“{{marks}}”表示省略不规范，应改用省略号“……”（GB/T 15834-2011）。',
        en: 'Use the ellipsis "……" instead of "{{marks}}" (GB/T 15834-2011).',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const marks = Array.from(run, normalize).join('');
      // ？！ ！？ ？？ ！！！: stacking allowed by GB/T 15834-2011 (at most three).
      if ([...marks].every((c) => QUESTION_EXCLAMATION.includes(c)) && marks.length <= 3) continue;
      if (marks !== run && !isChineseContext(text, start, end, run)) continue;
      const at = paragraph.start + start;
      if ([...marks].every((c) => c === marks[0])) {
        if (marks[0] === '。' && marks.length >= 3) {
          ctx.report({ messageId: 'ellipsis', data: { marks: run }, start: at, end: at + run.length, suggestions: [{ start: at, end: at + run.length, text: '……' }] });
        } else if (!QUESTION_EXCLAMATION.includes(marks[0])) {
          // Keep the first mark, delete the rest.
          ctx.report({ messageId: 'repeated', data: { mark: marks[0] }, start: at + 1, end: at + run.length, fix: { start: at + 1, end: at + run.length, text: '' } });
        }
        continue;
      }
      const choices = [...new Set(marks)];
      ctx.report({
        messageId: 'mixed',
        data: { marks: run },
        start: at,
        end: at + run.length,
        suggestions: choices.map((c) => ({ start: at, end: at + run.length, text: c })),
      });
    }
  },
};

/** A run with half-width marks counts only in Chinese text: a full-width mark in it, or Chinese on either side. */
function isChineseContext(text: string, start: number, end: number, run: string): boolean {
  for (const ch of run) if (!(ch in HALF_TO_FULL)) return true;
  return isCjk(codePointBefore(text, start)) || isCjk(codePointAt(text, end));
}

export default rule;
