// document-elements (公文格式, GB/T 9704-2012): the elements of a formal document, checked only in a
// text that is one (it has a 发文字号 line, a 主送机关 line or a 成文日期 line — not a date right under the title):
// - 发文字号: the year in 六角括号 〔〕, the serial number without leading zero or 第 (〔2024〕5号) — 7.2.4;
// - 成文日期: Arabic numerals, no padded month or day (2024年3月8日) — 7.3.5.1 (a short year is number-style's);
// - heading numbers: “1.” not “1、”, and no level skipped (一、 → （一） → 1. → （1）) — 7.3.3 (gaps and
//   repeats within a level are sequence-numbering's). A skip is reported only where it starts a new
//   sequence (1. or （1）): 三、 followed by 22. continues one numbering through the document, and a list
//   introduced by a sentence ending in a colon (应具备以下条件：1.…) belongs to that sentence;
// - 附件说明: the first attachment numbered 1. (later gaps are sequence-numbering's), and no 附件N page
//   beyond the number listed, and no 附件N page titled with the name the list gives another number — 7.3.4;
// - 主送机关: the line ends with a full-width colon — 7.3.2 (a half-width colon is fullwidth-punctuation's).
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { chineseNumeralValue } from '../text/chars';
import { codeUnitBytes } from '../text/code-tables';

type Kind =
  | { type: 'docNumber'; start: number; end: number; bracketed: string; year: string; serial: string; right: string }
  | { type: 'date'; start: number; end: number; right: string; wrong: boolean }
  | { type: 'addressee'; end: number; colon: boolean }
  | { type: 'heading'; level: number; number: number; start: number; end: number; text: string }
  | { type: 'attachmentList'; number: number; start: number; end: number }
  | { type: 'attachmentPage'; number: number; start: number; end: number }
  | { type: 'salutation' }
  | { type: 'other' };

// 包府办发〔2022〕43号, （皖开放办〔2022〕6号）, 国办发[2024]05号, 市政办（2024）第5号
const DOC_NUMBER = /^([（(]?)([\u4e00-\u9fa5]{1,12})([〔[［(（【{])(\d{4})([〕\]］)）】}])(第?)(\d{1,4})号([）)]?)(?=$|\s)/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const CHINESE_DATE = /^([一二三四五六七八九〇○零Ｏ]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
// 各省、自治区、直辖市人民政府，国务院各部委：  /  省有关单位：
const ADDRESSEE = /^(?:各[\u4e00-\u9fa5（）()、，]{1,60}|[\u4e00-\u9fa5（）()、，]{1,60}(?:人民政府|各部门|各单位|有关单位|有关部门|委员会|管委会|直属机构|办公厅|办公室))([：:]?)$/;
const H1 = /^([一二三四五六七八九十]{1,3})、/;
const H2 = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
const H3 = /^(\d{1,2})([.．、])(?![\d.．])/;
const H4 = /^[（(](\d{1,2})[）)]/;
const ATTACHMENT_LIST = /^(?:附件[：:]\s*)?(\d{1,2})[.．、]\s*\S/;
const ATTACHMENT_PAGE = /^附件(\d{1,2})$/;
/**
 * 1 for each code unit of `chars` (all in the BMP). A paragraph's first characters are tested by code: a
 * one-character string made by charAt for includes() was garbage for every paragraph.
 */
function codeTable(chars: string): Uint8Array {
  const table = codeUnitBytes();
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
/**
 * 1 for each code unit that trim() removes: ECMAScript's white space (tab, VT, FF, U+FEFF and the space separators,
 * Unicode's Zs) and line terminators (export TRIMMED_AWAY_CHARS for the test that checks it against trim()).
 */
export const TRIMMED_AWAY_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const TRIMMED_AWAY = codeTable(TRIMMED_AWAY_CHARS);
/** The characters CHINESE_DATE may start with, and H1's. */
const CHINESE_DATE_FIRST = codeTable('一二三四五六七八九〇○零Ｏ');
const CN_NUMERALS = codeTable('一二三四五六七八九十');

interface Summary {
  kind: Kind;
  /** The paragraph opens the 附件说明 (附件： …). */
  opensAttachments: boolean;
}

function classify(paragraph: Paragraph): Summary {
  const raw = paragraph.text;
  // Most paragraphs have no white space at either end: the text as it is, no trimmed copies (round 34).
  const trimmed = TRIMMED_AWAY[raw.charCodeAt(0)] === 1 || TRIMMED_AWAY[raw.charCodeAt(raw.length - 1)] === 1;
  const lead = trimmed ? raw.length - raw.trimStart().length : 0;
  const text = trimmed ? raw.trim() : raw;
  // Each pattern below is anchored at the start and can begin with a few characters only: the first character
  // decides which are tried (most paragraphs start with a Han character, and are tried for DOC_NUMBER alone).
  const first = text.charCodeAt(0);
  const opensAttachments = first === 0x9644 /* 附 */ && /^附件[：:]/.test(text);
  const digit = first >= 0x30 && first <= 0x39;
  const doc = (first === 0xff08 || first === 0x28 || (first >= 0x4e00 && first <= 0x9fa5)) && bracketNearStart(text) ? DOC_NUMBER.exec(text) : null;
  if (doc) {
    // Every group of DOC_NUMBER takes part in a match (some may be empty).
    const [, open = '', org = '', , year = '', , di = '', serial = '', close = ''] = doc;
    const start = lead + (open.length + org.length);
    const end = lead + (doc[0].length - close.length);
    const right = `〔${year}〕${Number(serial)}号`;
    return { kind: { type: 'docNumber', start, end, bracketed: text.slice(start - lead, end - lead), year, serial: di + serial, right }, opensAttachments };
  }
  const date = digit ? DATE.exec(text) : null;
  if (date) {
    const [, year = '', month = '', day = ''] = date;
    const right = `${year}年${Number(month)}月${Number(day)}日`;
    return { kind: { type: 'date', start: lead, end: lead + text.length, right, wrong: right !== text }, opensAttachments };
  }
  const chineseDate = CHINESE_DATE_FIRST[first] ? CHINESE_DATE.exec(text) : null;
  if (chineseDate) {
    const [, yearDigits = '', month = '', day = ''] = chineseDate;
    const year = [...yearDigits].map((c) => ('〇○零Ｏ'.includes(c) ? '0' : String(chineseNumeralValue(c)))).join('');
    const right = `${year}年${chineseNumeralValue(month)}月${chineseNumeralValue(day)}日`;
    return { kind: { type: 'date', start: lead, end: lead + text.length, right, wrong: true }, opensAttachments };
  }
  if (first === 0x5404 && SALUTATION.test(text)) return SALUTATION_LINE;
  // Length first: no match is longer than 80, and on a long paragraph the pattern backtracks.
  const addressee = text.length <= 80 && mayBeAddressee(text) ? ADDRESSEE.exec(text) : null;
  if (addressee) return { kind: { type: 'addressee', end: lead + text.length, colon: (addressee[1] ?? '') !== '' }, opensAttachments };
  const page = first === 0x9644 /* 附 */ ? ATTACHMENT_PAGE.exec(text) : null;
  if (page) return { kind: { type: 'attachmentPage', number: Number(page[1]), start: lead, end: lead + text.length }, opensAttachments };
  const listed = opensAttachments ? ATTACHMENT_LIST.exec(text) : null;
  if (listed) {
    const numberText = listed[1] ?? '';
    const start = lead + listed[0].indexOf(numberText);
    return { kind: { type: 'attachmentList', number: Number(numberText), start, end: start + numberText.length }, opensAttachments };
  }
  const heading = digit || first === 0xff08 || first === 0x28 || CN_NUMERALS[first] ? headingOf(text) : undefined;
  if (heading) return { kind: { ...heading, start: lead, end: lead + heading.text.length }, opensAttachments };
  return opensAttachments ? OTHER_OPENING_ATTACHMENTS : OTHER;
}

/** DOC_NUMBER's year brackets, by code: read for the first 13 characters of most paragraphs. */
const YEAR_BRACKET = codeTable('〔[［(（【{');

/**
 * Whether one of DOC_NUMBER's year brackets stands where it can (after an optional bracket and at most 12
 * characters of the office's name): most paragraphs have none there, and DOC_NUMBER is not tried.
 */
function bracketNearStart(text: string): boolean {
  for (let i = 1; i < text.length && i <= 13; i++) if (YEAR_BRACKET[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * What ADDRESSEE needs at the ends of a text, by code unit: it starts with 各, or its last character
 * before an optional colon ends one of its closing words (人民政府 … 办公室). Most short paragraphs
 * fail here, before the pattern backtracks through them.
 */
function mayBeAddressee(text: string): boolean {
  // 各位代表： / 各位委员： greets the people in the hall (a speech, a government work report), not bodies.
  // 各种运输方式完成的客货运输周转量如下： leads in to a table or a list (a statistical communiqué), not to bodies.
  if (text.charCodeAt(0) === 0x5404) return text.charCodeAt(1) !== 0x4f4d && !LEADS_IN.test(text); // 各, not 各位
  let last = text.charCodeAt(text.length - 1);
  if (last === 0xff1a || last === 0x3a) last = text.charCodeAt(text.length - 2); // ： :
  return ADDRESSEE_LAST.includes(String.fromCharCode(last));
}
/** The end of a sentence that introduces what follows (…如下：, …如下列：, …有以下几点：). */
const LEADS_IN = /(?:如下|如下列|下列|以下[\u4e00-\u9fa5]{0,4}|如次)[：:]?$/;
/** The last characters of ADDRESSEE's closing words. */
const ADDRESSEE_LAST = '府门位会构厅室';

/** 各位代表： / 各位委员：: a speech greets the people in the hall (a government work report). */
const SALUTATION = /^各位[\u4e00-\u9fa5]{1,8}[：:]$/;
const SALUTATION_LINE: Summary = Object.freeze({ kind: Object.freeze({ type: 'salutation' as const }), opensAttachments: false });

/** Most paragraphs are none of the elements: one shared (read-only) summary each way. */
const OTHER: Summary = Object.freeze({ kind: Object.freeze({ type: 'other' as const }), opensAttachments: false });
const OTHER_OPENING_ATTACHMENTS: Summary = Object.freeze({ kind: Object.freeze({ type: 'other' as const }), opensAttachments: true });

function headingOf(text: string): { type: 'heading'; level: number; number: number; text: string } | undefined {
  const h1 = H1.exec(text);
  if (h1 && !/^[一二三四五六七八九十]/.test(text.slice(h1[0].length))) return { type: 'heading', level: 1, number: chineseNumeralValue(h1[1] ?? ''), text: h1[0] };
  const h2 = H2.exec(text);
  if (h2) return { type: 'heading', level: 2, number: chineseNumeralValue(h2[1] ?? ''), text: h2[0] };
  const h3 = H3.exec(text);
  if (h3) return { type: 'heading', level: 3, number: Number(h3[1]), text: h3[0] };
  const h4 = H4.exec(text);
  if (h4) return { type: 'heading', level: 4, number: Number(h4[1]), text: h4[0] };
  return undefined;
}


const rule = defineRule({
  meta: {
    id: 'document-elements',
    name: { zh: '公文格式', en: 'Document elements' },
    description: {
      zh: '公文格式（GB/T 9704-2012），仅用于有发文字号、主送机关或成文日期的正式公文：发文字号用六角括号、不编虚位（〔2024〕5号）；成文日期用阿拉伯数字、月日不编虚位；标题层次依次用“一、（一）1.（1）”、不跳级，第三层用“1.”不用“1、”；附件从1编号、与附件页序号一致；主送机关后用全角冒号。',
      en: 'Formal document elements (GB/T 9704-2012), only in a text with a document number, addressee or date line: document number with 〔〕 and no leading zero or 第 (〔2024〕5号); date in Arabic numerals without padding; heading levels 一、 （一） 1. （1） in order with none skipped, and 1. not 1、; attachments numbered from 1 and as on their pages; the addressee line ends with a full-width colon.',
    },
    type: 'layout',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'document',
    options: {
      levelSkips: {
        type: 'boolean',
        default: true,
        description: {
          zh: '是否报告标题层次跳级（如“一、”下直接用“1.”）。接续全文编号的（“三、”下接“22.”）和正文冒号引出的列举不报告；单位允许越级使用层次序数时设为 false',
          en: 'Report a skipped heading level (1. right under 一、). Numbering that runs on through the document (22. under 三、) and a list introduced by a sentence ending in a colon are not reported; set to false where skipping a level is house style',
        },
      },
    },
    messages: {
      docNumber: {
        zh: '发文字号“{{text}}”不规范：年份用六角括号〔〕，序号不编虚位、不加“第”（GB/T 9704-2012 7.2.4），应为“{{right}}”。',
        en: 'Document number "{{text}}": the year goes in 〔〕 and the serial has no leading zero and no 第 (GB/T 9704-2012 7.2.4); write "{{right}}".',
      },
      date: {
        zh: '成文日期“{{text}}”应用阿拉伯数字标全年、月、日，月、日不编虚位（GB/T 9704-2012 7.3.5.1），应为“{{right}}”。',
        en: 'The date "{{text}}" takes Arabic numerals, the full year and no padded month or day (GB/T 9704-2012 7.3.5.1); write "{{right}}".',
      },
      addresseeColon: {
        zh: '主送机关后应加全角冒号“：”（GB/T 9704-2012 7.3.2）。',
        en: 'The addressee line ends with a full-width colon "：" (GB/T 9704-2012 7.3.2).',
      },
      levelSkipped: {
        zh: '标题层次跳级：“{{text}}”是第{{level}}层，但上一级“{{expected}}”层未出现（GB/T 9704-2012 7.3.3：一、→（一）→1.→（1））。请补上“{{expected}}”层标题，或把这一层改用“{{expected}}”式序号。',
        en: 'Heading level skipped: "{{text}}" is level {{level}}, but no "{{expected}}" heading comes before it (GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1））. Add the "{{expected}}" heading, or number this level in the "{{expected}}" style.',
      },
      arabicComma: {
        zh: '第三层标题序号“{{text}}”应为“{{right}}”（GB/T 9704-2012 7.3.3）。',
        en: 'The third-level heading number "{{text}}" should be "{{right}}" (GB/T 9704-2012 7.3.3).',
      },
      attachmentNumber: {
        zh: '附件顺序号应为{{expected}}，此处为{{found}}（GB/T 9704-2012 7.3.4）。',
        en: 'This attachment should be numbered {{expected}}, not {{found}} (GB/T 9704-2012 7.3.4).',
      },
      attachmentTitle: {
        zh: '“附件{{found}}”的标题“{{title}}”在附件说明中是附件{{listed}}，序号不一致（GB/T 9704-2012 7.3.4）。请统一附件说明与附件页的序号。',
        en: '"附件{{found}}" is titled "{{title}}", which the list of attachments numbers {{listed}} (GB/T 9704-2012 7.3.4). Number the attachment the same in both places.',
      },
      attachmentPage: {
        zh: '“附件{{found}}”在附件说明中没有对应的附件（附件说明只列了{{count}}个）。请在附件说明中补列，或核对附件序号。',
        en: '"附件{{found}}" has no entry in the list of attachments (it lists {{count}}). Add it to the list, or check the number.',
      },
    },
  },
  summarize(paragraph) {
    return classify(paragraph);
  },
  checkDocument(paragraphs, summaries, ctx) {
    // A speech (各位代表：) prints its date under its title: a date line there is no 成文日期, and the text is no formal
    // document unless a document number or an addressee line says so.
    const speech = summaries.some((s) => s.kind.type === 'salutation');
    // A date right under a title (…关于1994年国民经济和社会发展的统计公报 / 1995年2月28日) is the day a communiqué, a decision
    // or a plan was released, printed where a 成文日期 never stands: it does not make the text formal either.
    const formal = summaries.some((s, k) => s.kind.type === 'docNumber' || (s.kind.type === 'date' && !speech && !underTitle(paragraphs, k)) || (s.kind.type === 'addressee' && s.kind.colon));
    if (!formal) return;
    const levels = [false, false, false, false, false]; // which heading levels are open, by level 1–4
    let inAttachments = false;
    let listed = 0;
    /** The 附件说明's entries: name → number (1.考评细则 → 考评细则 → 1). */
    const names = new Map<string, number>();
    for (const [k, p] of paragraphs.entries()) {
      const summary = summaries[k];
      if (!summary) continue; // one summary per paragraph
      const { kind, opensAttachments } = summary;
      if (opensAttachments) {
        inAttachments = true;
        listed = 0;
        names.clear();
      }
      switch (kind.type) {
        case 'docNumber':
          if (kind.bracketed !== kind.right) {
            report(ctx, 'docNumber', p.start + kind.start, p.start + kind.end, { text: kind.bracketed, right: kind.right }, kind.right);
          }
          break;
        case 'date':
          if (kind.wrong) report(ctx, 'date', p.start + kind.start, p.start + kind.end, { text: p.text.slice(kind.start, kind.end), right: kind.right }, kind.right);
          break;
        case 'addressee':
          // The addressee is the line right after the document number; a line of several bodies or starting
          // with 各 (a single body there is the signature, 某某人民政府办公室).
          if (!kind.colon && afterDocNumber(paragraphs, summaries, k) && /^各|[、，]/.test(p.text.trim()) && !/[。；，,;]$/.test(p.text.trim())) {
            ctx.report({ messageId: 'addresseeColon', start: p.start + kind.end, end: p.start + kind.end, fix: { start: p.start + kind.end, end: p.start + kind.end, text: '：' } });
          }
          break;
        case 'attachmentList':
          // The first entry must be 1; gaps further down are sequence-numbering's (it sees them as 1. 2. 3.).
          if (kind.number !== 1) {
            ctx.report({ messageId: 'attachmentNumber', data: { expected: 1, found: kind.number }, start: p.start + kind.start, end: p.start + kind.end });
          }
          listed = 1;
          names.set(attachmentName(p.text), kind.number);
          continue; // the list goes on in the next paragraphs
        case 'attachmentPage':
          if (listed > 0 && kind.number > listed) {
            ctx.report({ messageId: 'attachmentPage', data: { found: kind.number, count: listed }, start: p.start + kind.start, end: p.start + kind.end });
          } else {
            checkPageTitle(ctx, paragraphs, k, kind, names);
          }
          break;
        case 'heading':
          if (inAttachments && kind.level === 3) {
            listed++; // the next entry of the 附件说明
            names.set(attachmentName(p.text), kind.number);
            continue;
          }
          checkHeading(ctx, p, kind, levels, ctx.options.levelSkips !== false && !afterColon(paragraphs, k));
          break;
      }
      // An attachment page (附件1 …) starts its own heading levels.
      if (/^附件/.test(p.text.trim())) levels.fill(false);
      inAttachments = false;
    }
  },
});

const LEVEL_SAMPLE = ['', '一、', '（一）', '1.', '（1）'];

/** An attachment's name as listed or as a page title, without its number, quotes and end punctuation. */
function attachmentName(text: string): string {
  return text.trim().replace(/^(?:附件[：:]\s*)?\d{1,2}[.．、]\s*/, '').replace(/[《》“”"]/g, '').replace(/[。；;，,\s]+$/, '');
}

/** 附件2 titled with the name that the 附件说明 gives number 1: the two numberings disagree. */
function checkPageTitle(ctx: Context, paragraphs: readonly Paragraph[], k: number, page: { number: number; start: number; end: number }, names: ReadonlyMap<string, number>): void {
  let j = k + 1;
  while (j < paragraphs.length && paragraphs[j]?.text.trim() === '') j++;
  const next = paragraphs[j];
  const p = paragraphs[k];
  if (!next || !p) return;
  const title = attachmentName(next.text);
  const listed = names.get(title);
  if (listed === undefined || listed === page.number) return;
  ctx.report({ messageId: 'attachmentTitle', data: { found: page.number, title, listed }, start: p.start + page.start, end: p.start + page.end });
}

/** Whether paragraph k is the first non-empty paragraph after the 发文字号 line. */
function afterDocNumber(paragraphs: readonly Paragraph[], summaries: readonly Summary[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (summaries[j]?.kind.type === 'docNumber') return true;
    if (paragraphs[j]?.text.trim() !== '') return false;
  }
  return false;
}

/** A title: names a document (关于…, …公报, …决定) and ends in no punctuation; a signature (某某人民政府) names a body. */
const TITLE = /^[^，。；：！？,;:!?]{4,80}$/;
const NAMES_DOCUMENT = /关于|(?:公报|决定|决议|方案|说明|报告|通知|意见|纲要|规划|计划)$/;

/** A body's name on a line of its own (中华人民共和国国家统计局, 某某市人民政府): the issuer under a title, or a signature. */
const BODY_NAME = /^[\u4e00-\u9fa5（）()]{2,30}(?:局|院|部|委员会|委|政府|办公厅|办公室|厅|署)$/;

/**
 * Whether the last non-empty paragraph before k is a document's title (see TITLE, NAMES_DOCUMENT), or the issuer's name
 * right under one (…统计公报 / 中华人民共和国国家统计局 / 2001年2月28日). A signature under the body is no title's.
 */
function underTitle(paragraphs: readonly Paragraph[], k: number): boolean {
  let skippedIssuer = false;
  for (let j = k - 1; j >= 0; j--) {
    const text = paragraphs[j]?.text.trim() ?? '';
    if (text === '') continue;
    if (TITLE.test(text) && NAMES_DOCUMENT.test(text)) return true;
    if (skippedIssuer || !BODY_NAME.test(text)) return false;
    skippedIssuer = true;
  }
  return false;
}

/** Whether the last non-empty paragraph before k ends with a colon: it introduces a list (应具备以下条件：). */
function afterColon(paragraphs: readonly Paragraph[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const text = paragraphs[j]?.text.trim() ?? '';
    if (text !== '') return /[：:]$/.test(text);
  }
  return false;
}

function checkHeading(ctx: Context, p: Paragraph, h: { level: number; number: number; start: number; end: number; text: string }, levels: boolean[], reportSkips: boolean): void {
  if (h.level === 3 && h.text.endsWith('、')) {
    const right = `${h.text.slice(0, -1)}.`;
    report(ctx, 'arabicComma', p.start + h.start, p.start + h.end, { text: h.text, right }, right);
  }
  // Skipped: a level above is open, but the level right above this one is not (一、 then 1.).
  const parent = h.level - 1;
  if (parent >= 1 && !levels[parent] && levels.slice(1, parent).some(Boolean)) {
    // Only a new sequence (1., （1）) is a skip; 22. under 三、 continues the document's numbering.
    if (reportSkips && h.number === 1) {
      ctx.report({
        messageId: 'levelSkipped',
        data: { text: h.text, level: h.level, expected: LEVEL_SAMPLE[parent] ?? '' },
        start: p.start + h.start,
        end: p.start + h.end,
        weak: true,
      });
    }
    levels[parent] = true; // report the gap once per section
  }
  levels[h.level] = true;
  for (let deeper = h.level + 1; deeper < levels.length; deeper++) levels[deeper] = false;
}

function report(ctx: Context, messageId: 'docNumber' | 'date' | 'arabicComma', start: number, end: number, data: { text: string; right: string }, right: string): void {
  ctx.report({ messageId, data, start, end, fix: { start, end, text: right } });
}

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
