// script-mixing（繁简混用）: characters of the other script in a document whose script is
// set or decided (檢查 in a simplified report, 结合/这 in a traditional one). Only characters
// that exist in one script alone count; 乾隆, 著名, 瞭望, 狼藉, 余, 于, 皇后, 范 (surname),
// 昇腾 are correct in simplified text and never flagged. The quick fix converts the word
// with OpenCC's phrase conversion on a small window, so 干净 becomes 乾淨, not 幹淨.
import { defineRule } from '../engine/types';
import { cantoneseWord } from '../text/cantonese';
import { convertRun, otherScriptRuns } from '../text/convert';
import { SCRIPT_NAMES } from '../text/script-names';

/** Per-paragraph counts; the runs are looked for only in paragraphs that have intruders. */
/** Characters of the other script in the paragraph. */
type Summary = number;

/**
 * A Hakka passage in Taiwan text (守護臺灣價值个六堆人，希望亻厓等做得, Presidential Office 2021): Hakka writes
 * its particle 个 so, beside 𠊎 (I), also typed as the two components 亻厓.
 */
const HAKKA = /𠊎|亻厓/u;

const QUOTE_OPEN = '「『“‘《〈';
const QUOTE_CLOSE = '」』”’》〉';

const rule = defineRule({
  meta: {
    id: 'script-mixing',
    name: { zh: '繁简混用', en: 'Mixed simplified and traditional script' },
    description: {
      zh: '按全文判定（或配置 script 指定）文稿用简体还是繁体，找出另一种独有的字：简体文稿中的“檢查”，繁体文稿中的“结合”“这”。',
      en: 'Flags characters of the other script in a document whose script is set (config "script") or decided from the text: 檢查 in a simplified report, 结合 or 这 in a traditional one.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'document',
    editorActions: { allowPhrase: true, convertDocument: true },
    messages: {
      mixed: {
        zh: '繁简混用：{{script}}文稿中夹用{{other}}字，“{{word}}”应为“{{fixed}}”。',
        en: 'Mixed script: {{other}} characters in a {{script}} text; "{{word}}" should be "{{fixed}}".',
      },
    },
  },

  // The number of characters of the other script than the document's (counted by the document model's pass over
  // the text; the script is part of the cache's key): a number, not the paragraph's counts object, for the language
  // server's cache to keep per paragraph.
  summarize(paragraph, ctx): Summary {
    const counts = paragraph.scriptCounts;
    return ctx.script === 'zh-Hans' ? counts.traditional : counts.simplified;
  },

  checkDocument(paragraphs, summaries, ctx) {
    const script = ctx.script;
    if (script === 'unknown') return;
    const simplified = script === 'zh-Hans';
    const own = SCRIPT_NAMES[script];
    const other = simplified ? SCRIPT_NAMES['zh-Hant'] : SCRIPT_NAMES['zh-Hans'];
    paragraphs.forEach((paragraph, k) => {
      const summary = summaries[k];
      const intruders = summary ?? 0;
      if (intruders === 0) return;
      const hakka = !simplified && HAKKA.test(paragraph.text);
      for (const [start, end] of otherScriptRuns(paragraph.text, 0, paragraph.text.length, script)) {
        if (hakka && paragraph.text.slice(start, end) === '个') continue;
        // Written Cantonese in Hong Kong text (買晒, 試吓, 扑爛石屎): 晒, 吓 and 扑 are its own words, not simplified 曬, 嚇, 撲.
        if (!simplified && end - start === 1 && cantoneseWord(paragraph.text, start)) continue;
        // A character named, not used: a quotation of that one character (她的「曉」字寫成「晓」, 就用番『晓』).
        if (end - start === 1 && QUOTE_OPEN.includes(paragraph.text.charAt(start - 1)) && QUOTE_CLOSE.includes(paragraph.text.charAt(end))) continue;
        const edit = convertRun(paragraph.text, start, end, script);
        const chars = paragraph.text.slice(start, end);
        const word = paragraph.text.slice(edit.start, edit.end);
        ctx.report({
          messageId: 'mixed',
          data: {
            script: ctx.locale === 'en' ? own.en : own.zh,
            other: ctx.locale === 'en' ? other.en : other.zh,
            chars,
            word,
            fixed: edit.text,
          },
          start: paragraph.start + start,
          end: paragraph.start + end,
          fix: word === edit.text ? undefined : { start: paragraph.start + edit.start, end: paragraph.start + edit.end, text: edit.text },
        });
      }
    });
  },
});

export default rule;
