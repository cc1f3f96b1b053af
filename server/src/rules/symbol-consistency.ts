// 符号统一: one document should write the percent sign one way (% or ％; ﹪ is a small-form
// variant that slips in from input methods). Minority forms are fixed to the majority.
// Quotation marks (“” vs 「」) are left out on purpose: Taiwan and Hong Kong text uses 「」
// as its primary quotes and “” inside or alongside them, so a mix is not evidence of a slip.
import { defineRule } from '../engine/types';
import { PERCENT_SIGN } from '../text/char-classes';

const PERCENT_SIGNS = ['%', '％', '﹪'] as const;
type Sign = (typeof PERCENT_SIGNS)[number];

/** Offsets (relative to the paragraph) of each percent sign written after a number. */
type Summary = Record<Sign, number[]>;

const SIGN = /[%％﹪]/g;
/** A sign counts after one of these (a lookbehind would be tried at every character). */
const NUMBER_BEFORE = /[0-9０-９〇零一二三四五六七八九十百千]/;
/** The summary of a paragraph without a percent sign (most of them): shared, never modified. */
const NONE: Summary = Object.freeze({ '%': [], '％': [], '﹪': [] });

const rule = defineRule({
  meta: {
    id: 'symbol-consistency',
    name: { zh: '符号统一', en: 'Inconsistent symbols' },
    description: {
      zh: '同一文档中的百分号应写法统一（%、％、﹪ 不混用）。',
      en: 'One document should write the percent sign one way (do not mix %, ％ and ﹪).',
    },
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'document',
    messages: {
      smallForm: {
        zh: '百分号写法不统一：此处是小号变体“﹪”（全文 {{foundCount}} 处），全文多数用“{{majority}}”（{{majorityCount}} 处）。请统一为“{{majority}}”。',
        en: 'Inconsistent percent sign: this is the small form “﹪” ({{foundCount}} in the document); the document mostly uses “{{majority}}” ({{majorityCount}}). Use “{{majority}}”.',
      },
      mixedWidth: {
        zh: '百分号全角、半角混用（提示）：全文多数用“{{majority}}”（{{majorityCount}} 处），此处用“{{found}}”（{{foundCount}} 处）。两种写法都可用，同一文档宜统一为“{{majority}}”。',
        en: 'Full-width and half-width percent signs are mixed (a hint): the document mostly uses “{{majority}}” ({{majorityCount}}), here it is “{{found}}” ({{foundCount}}). Either is fine; use “{{majority}}” throughout.',
      },
    },
  },
  summarize(paragraph) {
    const text = paragraph.text;
    if (!(paragraph.classes & PERCENT_SIGN)) return NONE; // most paragraphs
    SIGN.lastIndex = 0;
    let m = SIGN.exec(text);
    if (!m) return NONE;
    const summary: Summary = { '%': [], '％': [], '﹪': [] };
    for (; m; m = SIGN.exec(text)) {
      if (m.index > 0 && NUMBER_BEFORE.test(text.charAt(m.index - 1))) summary[m[0] as Sign].push(m.index);
    }
    return summary;
  },
  checkDocument(paragraphs, summaries, ctx) {
    // One pass that skips the shared empty summary (most paragraphs): a reduce per sign read every summary
    // three times, through a look-up by a computed key on two shapes of object (NONE is frozen).
    let halfWidth = 0;
    let fullWidth = 0;
    let small = 0;
    for (const s of summaries) {
      if (s === NONE) continue;
      halfWidth += s['%'].length;
      fullWidth += s['％'].length;
      small += s['﹪'].length;
    }
    const counts = [halfWidth, fullWidth, small]; // by PERCENT_SIGNS
    if (counts.filter((n) => n > 0).length < 2) return;
    // The majority of % and ％ wins (on a tie the half-width %, the usual form beside Arabic
    // numerals); the small form ﹪ is never the target.
    const [half = 0, full = 0] = counts; // counts of % and ％, the first two PERCENT_SIGNS
    const best = full > half ? 1 : 0;
    const majority = PERCENT_SIGNS[best];
    const tally = PERCENT_SIGNS.map((sign, i) => `${sign} ×${counts[i]}`).join('，');
    paragraphs.forEach((paragraph, p) => {
      if (summaries[p] === NONE) return; // no sign here (most paragraphs)
      for (const [i, sign] of PERCENT_SIGNS.entries()) {
        if (sign === majority) continue;
        for (const offset of summaries[p]?.[sign] ?? []) {
          const start = paragraph.start + offset;
          ctx.report({
            messageId: sign === '﹪' ? 'smallForm' : 'mixedWidth',
            data: { majority, majorityCount: best ? full : half, found: sign, foundCount: counts[i] ?? 0 },
            start,
            end: start + 1,
            fix: { start, end: start + 1, text: majority },
            // % and ％ are both acceptable forms, so mixing them is a weaker finding than the stray ﹪.
            weak: sign !== '﹪',
            detail: {
              zh: `全文百分号统计：${tally} → 多数为“${majority}”`,
              en: `percent signs in the document: ${tally.replace(/，/g, ', ')} → the majority is “${majority}”`,
            },
          });
        }
      }
    });
  },
});

export default rule;
