// misconversion（繁简误转）: in traditional text, a character that a one-to-one
// simplified→traditional conversion picked wrongly (全麵 for 全面, 機製 for 機制), where
// OpenCC's phrase table chooses another character. Variants (裏/裡) and Taiwan vocabulary
// (網路) are not errors: optional, weaker findings behind the `variants` and `regional` options.
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { dict } from '../text/opencc';
import { isTraditional } from '../text/script';
import { findMisconversions, hasCandidate, isSimplifiedForm } from '../text/script-misconversion';
import { regionalUse, type Standard } from '../text/script-regional';
import { MAX_REGIONAL_WORD, regionalWords, variantTable } from '../text/script-variants';

const rule = defineRule({
  meta: {
    id: 'misconversion',
    name: { zh: '繁简误转', en: 'Wrong simplified-to-traditional conversion' },
    description: {
      zh: '繁体文稿中，简转繁时一对多的字选错了（全麵→全面、機製→機制、一係列→一系列），以 OpenCC 词组判断。',
      en: 'In traditional text, a one-to-many character picked wrongly by a simplified-to-traditional conversion (全麵 → 全面), judged by OpenCC phrases.',
    },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'paragraph',
    editorActions: { allowPhrase: true },
    messages: {
      wrong: {
        zh: '繁简误转：“{{wrong}}”应为“{{right}}”（“{{found}}”与“{{expected}}”意思不同）。',
        en: 'Wrong conversion: "{{wrong}}" should be "{{right}}" ("{{found}}" and "{{expected}}" differ in meaning).',
      },
      simplified: {
        zh: '繁体文稿中夹用简体字：“{{wrong}}”应为“{{right}}”（“{{found}}”是简体字）。',
        en: 'Simplified character in traditional text: "{{wrong}}" should be "{{right}}" ("{{found}}" is a simplified form).',
      },
      simplifiedEither: {
        zh: '繁体文稿中夹用简体字：“{{found}}”是“{{expected}}”和“{{other}}”共同的简体字，此处应为“{{expected}}”（合并）还是“{{other}}”（并且、并列），请按文意选择。',
        en: 'Simplified character in traditional text: "{{found}}" is the simplified form of both "{{expected}}" (merge) and "{{other}}" (and, side by side); choose the one the sentence means.',
      },
      variant: {
        zh: '异体字（提示，非错字）：“{{found}}”在{{region}}通行字形作“{{expected}}”，如需统一字形可改为“{{expected}}”。',
        en: 'Variant form (a hint, not an error): {{region}} writes "{{found}}" as "{{expected}}"; change it to "{{expected}}" if you want consistent forms.',
      },
      regionalVariant: {
        zh: '地区用字差异（提示，非错字）：“{{wrong}}”中的“{{found}}”是{{region}}通行的用字，OpenCC 标准繁体作“{{right}}”。如文意与“{{right}}”相同且需统一用字，可改为“{{expected}}”。',
        en: 'Regional variant (a hint, not an error): "{{found}}" in "{{wrong}}" is in accepted use in {{region}}; OpenCC\'s standard traditional writes "{{right}}". Change it to "{{expected}}" only if that is the meaning and you want one form.',
      },
      regional: {
        zh: '地区用语（提示，非错字）：“{{found}}”是台湾用语，大陆和香港通常作“{{expected}}”；文稿若面向大陆读者，可改为“{{expected}}”。',
        en: 'Regional word (a hint, not an error): "{{found}}" is Taiwan usage; mainland and Hong Kong texts usually write "{{expected}}". Change it to "{{expected}}" if the text is meant for mainland readers.',
      },
    },
    options: {
      variants: {
        type: 'boolean',
        default: false,
        description: {
          zh: '同时提示异体字（裏/裡、産/產、麪/麵），按文稿地区（zh-TW、zh-HK）的通行字形；比设定的严重程度低一级。',
          en: 'Also point out variant forms (裏/裡, 産/產, 麪/麵) against the regional standard (zh-TW, zh-HK), one severity step lower.',
        },
      },
      regional: {
        type: 'boolean',
        default: false,
        description: {
          zh: '同时提示台湾用语（網路、資訊、軟體、水準），适用于面向大陆或香港读者的繁体文稿；比设定的严重程度低一级。',
          en: 'Also point out Taiwan vocabulary (網路, 資訊, 軟體, 水準) in traditional text meant for mainland or Hong Kong readers, one severity step lower.',
        },
      },
    },
  },

  checkParagraph(paragraph, ctx) {
    if (!isTraditional(ctx.script)) return;
    const text = paragraph.text;
    const wrong = hasCandidate(text) ? reportWrongCharacters(paragraph, ctx) : new Set<number>();
    if (ctx.options.variants) reportVariants(paragraph, ctx, wrong);
    if (ctx.options.regional) reportRegionalWords(paragraph, ctx);
  },
});

/** Reports wrong characters; returns their offsets in the paragraph. */
function reportWrongCharacters(paragraph: Paragraph, ctx: Context): Set<number> {
  const text = paragraph.text;
  const reported = new Set<number>();
  const regionalForm = ctx.script === 'zh-TW' ? dict('twVariants') : ctx.script === 'zh-HK' ? dict('hkVariants') : undefined;
  for (const m of findMisconversions(text)) {
    const expected = regionalForm?.get(m.expected) ?? m.expected;
    const wrong = text.slice(m.wordStart, m.wordEnd);
    const right = wrong.slice(0, m.index - m.wordStart) + expected + wrong.slice(m.index - m.wordStart + 1);
    const at = paragraph.start + m.index;
    reported.add(m.index);
    const regional = regionalUse(text, m.index, m.expected);
    // Spelled as a Taiwan or Hong Kong phrase (跳梁小醜): that standard's word, not an error.
    if (regional?.kind === 'phrase') continue;
    // The form of the document's own region (採 in a Hong Kong or Taiwan text): nothing to unify.
    if (regional && ownStandard(ctx.script, regional.standards)) continue;
    if (regional) {
      // Not wrong in every traditional standard: a hint, and a suggestion rather than a fix.
      ctx.report({
        messageId: 'regionalVariant',
        data: { wrong, right, found: m.found, expected, region: regionNames(regional.standards, ctx.locale) },
        start: at,
        end: at + 1,
        maxSeverity: 'info',
        suggestions: [{ start: at, end: at + 1, text: expected }],
      });
      continue;
    }
    // 并 is the simplified form of both 併 (merge) and 並 (and): a phrase that starts at it (并为 → 併為) reads the same
    // characters as 並為 (and is), so which one is meant is the writer's call, not a fix (round 31: 9 of 537 such slips
    // in the clean traditional text meant 並).
    const other = m.found === '并' && expected === '併' && m.wordStart === m.index ? '並' : undefined;
    if (other) {
      ctx.report({
        messageId: 'simplifiedEither',
        data: { found: m.found, expected, other },
        start: at,
        end: at + 1,
        suggestions: [
          { start: at, end: at + 1, text: other },
          { start: at, end: at + 1, text: expected },
        ],
      });
      continue;
    }
    ctx.report({
      messageId: isSimplifiedForm(m.found) ? 'simplified' : 'wrong',
      data: { wrong, right, found: m.found, expected },
      start: at,
      end: at + 1,
      fix: { start: at, end: at + 1, text: expected },
      detail: m.phrase
        ? {
            zh: `OpenCC 词组“${m.phrase}”转为繁体作“${right}”，没有任何词组支持“${m.found}”。`,
            en: `OpenCC's phrase "${m.phrase}" converts to "${right}"; no phrase supports "${m.found}".`,
          }
        : {
            zh: `“${m.found}”不在任何 OpenCC 词组中，按单字转换应为“${expected}”。`,
            en: `"${m.found}" is in no OpenCC phrase here; the character conversion gives "${expected}".`,
          },
    });
  }
  return reported;
}

/** Whether the document's decided or chosen script is one of the regional standards that accept a form. */
function ownStandard(script: Context['script'], standards: readonly Standard[]): boolean {
  return (script === 'zh-TW' && standards.includes('tw')) || (script === 'zh-HK' && standards.includes('hk'));
}

function regionNames(standards: readonly Standard[], locale: Context['locale']): string {
  const names = { tw: { zh: '台湾', en: 'Taiwan' }, hk: { zh: '香港', en: 'Hong Kong' } };
  const order = (['tw', 'hk'] as const).filter((s) => standards.includes(s));
  return locale === 'en' ? order.map((s) => names[s].en).join(' and ') : order.map((s) => names[s].zh).join('、');
}

function reportVariants(paragraph: Paragraph, ctx: Context, skip: ReadonlySet<number>): void {
  const table = variantTable(ctx.script);
  if (!table) return;
  const region = ctx.locale === 'en' ? (ctx.script === 'zh-TW' ? 'Taiwan' : 'Hong Kong') : ctx.script === 'zh-TW' ? '台湾' : '香港';
  const text = paragraph.text;
  for (let i = 0; i < text.length; i++) {
    const found = text.charAt(i);
    const expected = table.get(found);
    if (!expected || skip.has(i)) continue;
    const at = paragraph.start + i;
    ctx.report({
      messageId: 'variant',
      data: { found, expected, region },
      start: at,
      end: at + 1,
      maxSeverity: 'info',
      fix: { start: at, end: at + 1, text: expected },
    });
  }
}

function reportRegionalWords(paragraph: Paragraph, ctx: Context): void {
  const words = regionalWords();
  const text = paragraph.text;
  for (let i = 0; i < text.length - 1; i++) {
    for (let len = Math.min(MAX_REGIONAL_WORD, text.length - i); len >= 2; len--) {
      const word = text.slice(i, i + len);
      const expected = words.get(word);
      if (!expected) continue;
      const at = paragraph.start + i;
      // A change of wording is the editor's decision: a suggestion, never an automatic fix.
      ctx.report({
        messageId: 'regional',
        data: { found: word, expected },
        start: at,
        end: at + len,
        maxSeverity: 'info',
        suggestions: [{ start: at, end: at + len, text: expected }],
      });
      i += len - 1;
      break;
    }
  }
}

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
