// repeated-punctuation: pause and stop marks typed twice (，， 。。 、、 ；；) or two different
// ones in a row (，。 ；， ？。). GB/T 15834-2011 allows stacking only ？ and ！ (？！, ！？, up to three
// ？？？ / ！！！), and …… —— are single marks, so those are left alone. Half-width doubles (,, ;;)
// count too when they sit in Chinese text.
import { defineRule } from '../engine/types';
import { codePointAt, codePointBefore, isCjk } from '../text/chars';
import { PUNCTUATION_RUN } from '../text/char-classes';
import { htmlEntityEndingAt } from '../text/html-entity';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const QUESTION_EXCLAMATION = '？！';
/** Runs of these characters are examined; anything else ends a run. */
const RUN = /[，。、；：？！,;:?!]{2,}/g;

function normalize(ch: string): string {
  return HALF_TO_FULL[ch] ?? ch;
}

const rule = defineRule({
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
    // Most paragraphs have no two marks in a row (the document model knows): RUN finds nothing there.
    if (!(paragraph.classes & PUNCTUATION_RUN)) return;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      let run = m[0];
      let start = m.index;
      // 6&permil;。: the ";" closes an HTML entity (‰ left undecoded; fullwidth-punctuation reports it), no second mark.
      if (htmlEntityEndingAt(text, start)) {
        run = run.slice(1);
        start++;
        if (run.length < 2) continue;
      }
      const end = start + run.length;
      // One pass over the run, without building arrays: long runs are possible.
      const firstMark = normalize(run.charAt(0));
      let same = true;
      let onlyQuestionExclamation = true;
      let hasHalfWidth = false;
      for (let k = 0; k < run.length; k++) {
        const mark = normalize(run.charAt(k));
        if (mark !== firstMark) same = false;
        if (!QUESTION_EXCLAMATION.includes(mark)) onlyQuestionExclamation = false;
        if (mark !== run.charAt(k)) hasHalfWidth = true;
      }
      // ？！ ！？ ？？ ！！！: stacking allowed by GB/T 15834-2011 (at most three).
      if (onlyQuestionExclamation && run.length <= 3) continue;
      if (hasHalfWidth && !isChineseContext(text, start, end, run)) continue;
      const at = paragraph.start + start;
      const shown = run.length > 6 ? `${run.slice(0, 6)}…` : run;
      if (same) {
        if (firstMark === '。' && run.length >= 3) {
          ctx.report({ messageId: 'ellipsis', data: { marks: shown }, start: at, end: at + run.length, suggestions: [{ start: at, end: at + run.length, text: '……' }] });
        } else if (!QUESTION_EXCLAMATION.includes(firstMark)) {
          // Keep the first mark, delete the rest.
          ctx.report({ messageId: 'repeated', data: { mark: firstMark }, start: at + 1, end: at + run.length, fix: { start: at + 1, end: at + run.length, text: '' } });
        }
        continue;
      }
      const choices: string[] = [];
      for (let k = 0; k < run.length && choices.length < 10; k++) {
        const mark = normalize(run.charAt(k));
        if (!choices.includes(mark)) choices.push(mark);
      }
      ctx.report({
        messageId: 'mixed',
        data: { marks: shown },
        start: at,
        end: at + run.length,
        suggestions: choices.map((c) => ({ start: at, end: at + run.length, text: c })),
      });
    }
  },
});

/** A run with half-width marks counts only in Chinese text: a full-width mark in it, or Chinese on either side. */
function isChineseContext(text: string, start: number, end: number, run: string): boolean {
  for (let k = 0; k < run.length; k++) if (!(run.charAt(k) in HALF_TO_FULL)) return true;
  return isCjk(codePointBefore(text, start)) || isCjk(codePointAt(text, end));
}

export default rule;
