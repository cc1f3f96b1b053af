// sequence-numbering: enumerations must run without gaps or repeats.
// - Heading numbers at the start of a paragraph, in the levels of GB/T 9704-2012 (一、 （一） 1. （1）,
//   and ① below them): checked over the document; a higher level restarts the levels under it.
// - Discourse enumerations: 一是/二是/三是, 第一，/第二，, 首先，/其次，/再次，/最后，: checked within a
//   paragraph, continued into the next paragraph when that paragraph starts with the next marker.
// Precision first: a list may always restart at 1, and the first marker seen in a scope sets it.
import { defineRule, type ContextOf, type Paragraph } from '../engine/types';
import { chineseNumeral, chineseNumeralValue, codePointBefore, contentStart } from '../text/chars';
import { indexAtOrAfter } from '../text/search';
import { codeUnitBytes } from '../text/code-tables';

type Family = 'shi' | 'yao' | 'di' | 'shouxian' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5';
const HEADING_LEVEL: Partial<Record<Family, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5 };

interface Marker {
  family: Family;
  value: number;
  /** Offsets relative to the paragraph start. */
  start: number;
  end: number;
  text: string;
  /** Whether the marker opens the paragraph (after indentation and Markdown #). */
  atStart: boolean;
  /** 20.2026年… or 21.5+2…: an item number glued to a figure, or a decimal; counted only when it is the next number. */
  ambiguous?: boolean;
  /**
   * A bracketed number inside a paragraph that is a list's first item or follows it in the same paragraph (包括(一)作業基金…；
   * (二)特別收入基金; 核有：(一)…；(二)…: Taiwan's audit reports): a list of its own, checked within the paragraph, never against
   * the document's headings.
   */
  local?: boolean;
  /** An item cited by its own number (其中：(二)…；(三)…；(五)…): it and the local items after it are not checked. */
  cited?: boolean;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** A year right after a glued item number (1.2015年): the 1 is an item's, not a decimal's. */
const GLUED_YEAR = /^(?:19|20)\d\d年/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// Each alternative is anchored on a fixed character class, so the scan is linear.
const MARKER = new RegExp(
  [
    `(${NUMERAL})是`, // 1 一是
    `第(${NUMERAL})(?=[，,：:])`, // 2 第一，
    '(首先|其次|再次|最后)(?=[，,])', // 3 首先，
    `[（(](${NUMERAL})[）)]`, // 4 （一）
    '[（(](\\d{1,2})[）)]', // 5 （1）
    `[${CIRCLED}]`, // 6 ①
    // 7 一要 (一要…二要…三要…: a speech's or a report's duties, 35 second items in the shared corpus and two held-out sets;
    // round 34's injected renumberings of them were all missed). Not 要件/要素, nouns (督查考核“七要件”, 生产三要素: round 36).
    `(${NUMERAL})要(?![件素])`,
  ].join('|'),
  'g',
);
/** MARKER tried at one position. */
const MARKER_AT = new RegExp(MARKER.source, 'y');
/** By code, which alternatives of MARKER a character can start: 1 numeral (一是, 一要), 2 第, 3 首其再最, 4 bracket, 5 circled. */
const MARKER_FIRST = codeUnitBytes();
for (const c of '一二三四五六七八九十') MARKER_FIRST[c.charCodeAt(0)] = 1;
MARKER_FIRST['第'.charCodeAt(0)] = 2;
for (const c of '首其再最') MARKER_FIRST[c.charCodeAt(0)] = 3;
for (const c of '（(') MARKER_FIRST[c.charCodeAt(0)] = 4;
for (const c of CIRCLED) MARKER_FIRST[c.charCodeAt(0)] = 5;
/** The characters that close a numeral marker (一是, 一要), within three units of the numeral (十二是). */
const NUMERAL_MARKER_END = codeUnitBytes();
for (const c of '是要') NUMERAL_MARKER_END[c.charCodeAt(0)] = 1;

/**
 * What MARKER (global) finds from `from` on: the regular expression is tried only where the
 * characters can start a marker (一 … 是 within three, 第 and a numeral, 首先 其次 再次 最后, a bracket
 * and a digit or numeral, a circled number). Most 一 and 第 in prose start none, and a global
 * search would build nothing less but try every character.
 */
function nextMarker(text: string, anchors: ArrayLike<number>, from: number): RegExpExecArray | null {
  // Only the paragraph's anchors can start a marker (they include every MARKER_FIRST character).
  for (let a = indexAtOrAfter(anchors, from); a < anchors.length; a++) {
    const p = anchors[a] ?? 0;
    const kind = MARKER_FIRST[text.charCodeAt(p)];
    if (kind === 0) continue;
    const next = text.charCodeAt(p + 1);
    if (kind === 1 && !NUMERAL_MARKER_END[next] && !NUMERAL_MARKER_END[text.charCodeAt(p + 2)] && !NUMERAL_MARKER_END[text.charCodeAt(p + 3)]) continue;
    if (kind === 2 && MARKER_FIRST[next] !== 1) continue;
    if (kind === 3 && next !== 0x5148 /* 先 */ && next !== 0x6b21 /* 次 */ && next !== 0x540e /* 后 */) continue;
    if (kind === 4 && MARKER_FIRST[next] !== 1 && !(next >= 0x30 && next <= 0x39)) continue;
    MARKER_AT.lastIndex = p;
    const m = MARKER_AT.exec(text);
    if (m) return m;
  }
  return null;
}

// Not 一、二年级, 一、二等奖, 三、四线城市 (a list of numerals); but 二、二〇三五年远景目标 (a heading whose text opens with a year in
// Chinese digits: 2021 city reports) and 四、一般债券还本支出情况 (a heading whose text opens with a word that starts with a
// numeral: 一般, 一批, 三农; round 31, 周口 2019 budget report) are 二、 and 四、. So is 二、五十五年来党执政的主要经验 (a heading
// whose text opens with a whole number written with 十 and a units digit, 五十五, which no list of two numerals makes:
// 二、三十年代 still is one; round 32, the 2004 决定 of heldout-s32n).
const H1 = new RegExp(`^(${NUMERAL})、(?!(?![一二三四五六七八九]十[一二三四五六七八九])[一二三四五六七八九十](?:[、至到和与及年级季度月期号线类等档产轮届层]|[〇零一二三四五六七八九十](?![〇零一二三四五六七八九]{2}年)))`);
// Full-width digits too: ３.国有资本经营预算 before 4.社会保险基金预算 (round 31, 南阳 2019 budget report).
const H3 = /^([0-9０-９]{1,2})[.．、](?![0-9０-９.．])/;
/** A Chinese heading numeral closed by a bracket never opened (五)注重…): a （五） that lost its opening bracket. */
const BRACKET_LOST = new RegExp(`^(${NUMERAL})[）)]`);
/** The value of digits that may be full-width (３ → 3). */
function digitsValue(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
// 10、2010年“十项民生工程” (notes of a 2010 provincial report, round 36's untouched set): an enumeration comma glues the same way.
const H3_BEFORE_DIGIT = /^([0-9０-９]{1,2})[.．、](?=[0-9０-９])/;
/**
 * The lead of notes under a table or a figure before their first number (註：1.本期其他綜合損益…, then 2.經營績效獎金… on the
 * next line: Taiwan's audit reports): the notes are a list of their own that starts at 1.
 */
const NOTE_LEAD = /^(?:註|注|附註|附注|備註|备注|說明|说明)[：:][ \u3000]?(?=1[.．、])/;
/** NOTE_LEAD's first characters, by code. */
const NOTE_FIRST = codeUnitBytes();
for (const c of '註注附備备說说') NOTE_FIRST[c.charCodeAt(0)] = 1;
/** A numbered item run into the paragraph of the one before it, after a full stop: 。5.盗窃电动车 */
const H3_RUN_IN = /。(\d{1,2})[.．](?=[\u4e00-\u9fff]|[ \u3000]+\S)/g;
const SHOUXIAN: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99 };
/**
 * What follows a cited item number: another one (、, 和, 至…, or run on: 第（二）（三）（四）（五）款), the word for the item (项, 款, 目)
 * or the quote's end (詳「四、重要審核意見(二)2、(五)」).
 */
const CITATION_AFTER = /[、项項款目和及或至」（(]/;
/** What stands before the first of a paragraph's items cited by their numbers: 其中(二)…, 其中：(二)…. */
const CITED_AFTER = /其中[：:，,]?$/;
/**
 * A cited item number right after another: （一）、（三）, or with nothing between (公务员法第八十一条第（二）（三）（四）（五）款规定情形: 新录用公务员
 * 试用期管理办法, round 33's heldout-s33t) — an item of a list has text of its own before the next number.
 */
const CITATION_BEFORE = /[）)]、?$/;
/** Characters after which an enumeration marker may start a clause. */
const BOUNDARY = '，。；：、！？,;:“（(）)》」 \u3000\t';

/** Offset past the paragraph's indentation and the marks of a Markdown heading (## ). */
function markerStart(text: string): number {
  const i = contentStart(text);
  if (text.charCodeAt(i) !== 0x23 /* # */) return i; // most paragraphs: no Markdown heading marks
  const hashes = /^#{1,6}[ \t]+/.exec(text.slice(i, i + 8));
  return hashes ? i + hashes[0].length : i;
}

/** After a circled number: nothing but a closing bracket and the paragraph's end (a headline's column series number). */
const SERIES_NUMBER_AFTER = /^[）)]?\s*$/;

function markersOf(paragraph: Paragraph): Marker[] {
  const text = paragraph.text;
  const first = markerStart(text);
  const markers: Marker[] = [];
  const h3 = openingMarkers(text, first, markers);
  for (let m = nextMarker(text, paragraph.anchors, first); m; m = nextMarker(text, paragraph.anchors, m.index + m[0].length)) {
    const at = m.index;
    const atStart = at === first;
    const before = codePointBefore(text, at);
    // A circled number is a marker wherever it stands (有①未針對…；②未確實…: FSC 2019); the others only after a boundary.
    const circled = !m[1] && !m[2] && !m[3] && !m[4] && !m[5] && !m[6];
    // 图①、图④：…, （图⑥）, 句鑃（图⑤左）: a circled number after 图 names a picture or figure of the page, no item of a list
    // (People's Daily culture pages; round 35's heldout-s35w2, read after the fixes: 18 of them).
    if (circled && before === 0x56fe /* 图 */) continue;
    // …的转变。“如今…就业力量。”二是范围快速扩张: a quotation that ends a sentence ends the clause before the marker too.
    const afterQuote = (before === 0x201d || before === 0x300d) && '。！？'.includes(text.charAt(at - 2));
    if (!atStart && !circled && !afterQuote && !(before !== -1 && BOUNDARY.includes(String.fromCodePoint(before)))) {
      // 其餘(一)政府未償債務…；(二)…, 至有關(一)…。(二)…: a first item after a word ends the paragraph-local list before it. What
      // follows is not checked against it: the audit reports cite last year's items by their own numbers (其餘(一)…；(四)…).
      if (m[4] === '一' || m[5] === '1') markers.push({ ...marker(m[4] ? 'h2' : 'h4', 0, at, m[0].length, m[0], false), local: true });
      continue;
    }
    // 从历史中汲取治理营养（新论·学历史用历史③）, ——中国经济的信心从何而来②: a circled number that ends a paragraph after its
    // text, alone or inside the bracket that closes it, numbers an article in a column's series (a newspaper's headline and
    // subtitle; round 35's heldout-s35w, 15 of them, each series its own count across the day's pages), no item of a list.
    if (circled && !atStart && SERIES_NUMBER_AFTER.test(text.slice(at + m[0].length))) continue;
    // （02）27747392: an area code in brackets before the rest of a telephone number is no list marker. An area code
    // opens with 0 and the number after it has at least five digits: （15）20万千瓦及以上燃煤发电机组 is item 15 (held-out s30,
    // 吉林 2014 report).
    if (m[5] && /^0/.test(m[5]) && /^\d{5}/.test(text.slice(at + m[0].length, at + m[0].length + 5))) continue;
    const family = familyOf(m);
    const value = valueOf(m, family);
    if (!(value >= 1)) continue;
    // 第一、二季度 and 一是一 are not enumerations. A numeral that starts a word after the comma (第二，三被告在明知…; 第二，五福坊
    // 公司的产品…: guiding cases of round 38's heldout-s38c/-s38c2, where 三被告 is "the three defendants" and 五福坊 a name) is
    // the item's first word: only a numeral that goes on as a range or a marker (二、三季度, 二是) is no enumeration.
    if (family === 'di' && /^[一二三四五六七八九十\d]+(?:[、是要至到]|季度|批|期)/.test(text.slice(at + m[0].length + 1, at + m[0].length + 6))) continue;
    // 具备前款（一）、（三）、（四）项的条件, 有第（一）、（四）项所列行为: bracketed numbers inside a sentence that
    // cite items of a list (statutes, 2012–2021 local regulations) are no items themselves.
    if (!atStart && (family === 'h2' || family === 'h4') && (CITATION_AFTER.test(text.charAt(at + m[0].length)) || CITATION_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) continue;
    // 上年度重要審核意見計3項，其中：(二)應收未收行政罰鍰…: items of an earlier list cited by their own numbers after 其中, not the
    // document's headings nor a list that must run on (the audit reports' follow-up paragraphs).
    if (!atStart && (family === 'h2' || family === 'h4') && value > 1 && CITED_AFTER.test(text.slice(Math.max(first, at - 3), at))) {
      markers.push({ ...marker(family, 0, at, m[0].length, m[0], false), local: true, cited: true });
      continue;
    }
    const found = marker(family, value, at, m[0].length, m[0], atStart);
    if (!atStart && (family === 'h2' || family === 'h4') && (value === 1 || opensListBefore(text, family, first, at) || markers.some((x) => x.cited && x.family === family))) found.local = true;
    markers.push(found);
  }
  return h3 && markers.some((m) => m.ambiguous) ? markers.sort((x, y) => x.start - y.start) : markers;
}

/**
 * The heading numbers that open the paragraph at `first`, pushed onto `markers`: a note lead's 1. (註：1.…), a 一、 or a
 * 1. (with the items run into the paragraph after it: 。5.…), or a 20. glued to a figure. Whether a number like 1. (H3)
 * opened it: then the markers found later may stand before the run-in ones, and markersOf sorts them.
 */
function openingMarkers(text: string, first: number, markers: Marker[]): boolean {
  // H1 and H3 start with a numeral or a digit: most paragraphs start with neither. So does a note's lead (註 … 说).
  const note = NOTE_FIRST[text.charCodeAt(first)] ? NOTE_LEAD.exec(text.slice(first, first + 6)) : null;
  if (note) {
    const at = first + note[0].length;
    markers.push(marker('h3', 1, at, 2, text.slice(at, at + 2), true));
  }
  const lead = text.charCodeAt(first);
  const head = MARKER_FIRST[lead] === 1 || (lead >= 0x30 && lead <= 0x39) || (lead >= 0xff10 && lead <= 0xff19) ? text.slice(first, first + 8) : '';
  // No head, no heading marker: none of the three patterns matches an empty string.
  const h1 = head ? H1.exec(head) : null;
  const h3 = h1 || !head ? null : H3.exec(head);
  if (h1) markers.push(marker('h1', chineseNumeralValue(h1[1] ?? ''), first, h1[0].length, h1[0], true));
  else if (h3) {
    markers.push(marker('h3', digitsValue(h3[1] ?? ''), first, h3[0].length, h3[0], true));
    // An item run into the one before it (4.入室盗窃。本月…。5.盗窃电动车。…, a 2025 police bulletin): it keeps
    // the count going, so the next line's 6. is no gap. Like a glued marker it is never reported itself.
    for (const r of text.matchAll(H3_RUN_IN)) {
      const at = (r.index ?? 0) + 1;
      markers.push({ ...marker('h3', Number(r[1]), at, r[0].length - 1, r[0].slice(1), false), ambiguous: true });
    }
  } else if (head) {
    const glued = H3_BEFORE_DIGIT.exec(head);
    if (glued) markers.push({ ...marker('h3', digitsValue(glued[1] ?? ''), first, glued[0].length, glued[0], true), ambiguous: true });
    // 五)注重统筹兼顾… between （四） and （六） (云南 2009, round 37's untouched set, twice): a bracketed heading number that lost its
    // opening bracket (the half-width “)” is fullwidth-punctuation's). Like a glued marker it keeps the count going when it is
    // the next number of its level, and is never reported itself.
    const damaged = BRACKET_LOST.exec(head);
    if (damaged) markers.push({ ...marker('h2', chineseNumeralValue(damaged[1] ?? ''), first, damaged[0].length, damaged[0], true), ambiguous: true });
  }
  return h3 !== null;
}

/** The family of a MARKER match, by the group that matched (a circled number matches none). */
function familyOf(m: RegExpExecArray): Family {
  if (m[1]) return 'shi';
  if (m[6]) return 'yao';
  if (m[2]) return 'di';
  if (m[3]) return 'shouxian';
  if (m[4]) return 'h2';
  if (m[5]) return 'h4';
  return 'h5';
}

/** The number a MARKER match of `family` stands for (首先 1 … 最后 99; NaN when it cannot be read). */
function valueOf(m: RegExpExecArray, family: Family): number {
  switch (family) {
    case 'shi':
      return chineseNumeralValue(m[1] ?? '');
    case 'yao':
      return chineseNumeralValue(m[6] ?? '');
    case 'di':
      return chineseNumeralValue(m[2] ?? '');
    case 'shouxian':
      return SHOUXIAN[m[3] ?? ''] ?? NaN;
    case 'h2':
      return chineseNumeralValue(m[4] ?? '');
    case 'h4':
      return Number(m[5]);
    default:
      return CIRCLED.indexOf(m[0]) + 1;
  }
}

/** Whether the paragraph holds the first item of a bracketed list before `at`: （一）/(一) or （1）/(1). */
function opensListBefore(text: string, family: Family, from: number, at: number): boolean {
  const one = family === 'h2' ? '一' : '1';
  const before = text.slice(from, at);
  return before.includes(`(${one})`) || before.includes(`（${one}）`);
}

function marker(family: Family, value: number, start: number, length: number, text: string, atStart: boolean): Marker {
  return { family, value, start, end: start + length, text: text.slice(0, length), atStart };
}

/** What the marker after `previous` in a list should read, in the family's own style. */
function expectedText(family: Family, value: number, sample: string): string {
  switch (family) {
    case 'shi':
      return `${chineseNumeral(value)}是`;
    case 'yao':
      return `${chineseNumeral(value)}要`;
    case 'di':
      return `第${chineseNumeral(value)}`;
    case 'shouxian':
      return value === 2 ? '其次' : value === 3 ? '再次' : '最后';
    case 'h1':
      return `${chineseNumeral(value)}、`;
    case 'h2':
      return `${sample[0]}${chineseNumeral(value)}${sample[sample.length - 1]}`;
    case 'h3':
      return `${value}${sample[sample.length - 1]}`;
    case 'h4':
      return `${sample[0]}${value}${sample[sample.length - 1]}`;
    case 'h5':
      return CIRCLED[value - 1] ?? '';
  }
}

interface Summary {
  markers: readonly Marker[];
}

/** The summary of a paragraph without markers (most of them): one shared, read-only object. */
const NO_MARKERS: Summary = Object.freeze({ markers: Object.freeze([]) });
/** What a paragraph without markers carries to the next: no chain of any family (read-only). */
const NO_CHAINS: Readonly<Partial<Record<Family, never>>> = Object.freeze({});

const rule = defineRule({
  meta: {
    id: 'sequence-numbering',
    name: { zh: '序号连续', en: 'Sequence numbering' },
    description: {
      zh: '序号须连续、不重复：标题层次序号（一、（一）1.（1），GB/T 9704-2012）在全文按层级检查；一是/二是、第一/第二、首先/其次在段内检查。',
      en: 'Numbering must run without gaps or repeats: heading numbers (一、 （一） 1. （1）, GB/T 9704-2012) across the document by level; 一是/二是, 第一/第二, 首先/其次 within a paragraph.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'document',
    messages: {
      gap: {
        zh: '序号跳号：缺“{{expected}}”（漏了一项，或“{{found}}”应为“{{expected}}”）。',
        en: 'Numbering skips "{{expected}}" (an item is missing, or "{{found}}" should be "{{expected}}").',
      },
      repeat: {
        zh: '序号重复或倒退：上一项已是“{{previous}}”，此处“{{found}}”应为“{{expected}}”。',
        en: 'Numbering repeats or goes back: the previous item is "{{previous}}", so "{{found}}" should be "{{expected}}".',
      },
    },
  },
  summarize(paragraph): Summary {
    const markers = markersOf(paragraph);
    return markers.length ? { markers } : NO_MARKERS;
  },
  checkDocument(paragraphs, summaries, ctx) {
    const headingLast = [0, 0, 0, 0, 0, 0]; // by level 1–5; 0 = nothing yet in the current scope
    const headingText = ['', '', '', '', '', ''];
    let carried: Partial<Record<Family, Marker>> = {}; // discourse chains that may continue into the next paragraph
    // A paragraph-local list (據復：（一）…；（二）…) whose next item opens the following paragraph (（三）…): it goes on there.
    let localCarried: Partial<Record<Family, Marker>> = {};
    // The last discourse marker that opened a paragraph (七是坚持民生至上…), by family: the outer list of one item per paragraph.
    // A paragraph inside its items may hold a whole list of its own (可感可及的10件实事。一是…十是…): the outer list goes on after
    // it (八是… in the next paragraph), not the inner one (甘肃 2025 report, round 31).
    let outer: Partial<Record<Family, Marker>> = {};
    // The families whose chain carried into this paragraph is a nested list: it restarted at 1 inside its paragraph.
    let nested: Partial<Record<Family, boolean>> = {};
    // An index loop: entries() built an iterator result and a pair for every paragraph.
    for (let k = 0; k < paragraphs.length; k++) {
      const paragraph = paragraphs[k];
      const markers = summaries[k]?.markers ?? [];
      if (!paragraph) continue; // k < paragraphs.length
      if (markers.length === 0) {
        // No marker (most paragraphs): every chain ends here, as the loop below leaves them, without new empty objects
        // (each is replaced, not written to, before it is written to again).
        carried = NO_CHAINS;
        nested = NO_CHAINS;
        localCarried = NO_CHAINS;
        continue;
      }
      const chains: Partial<Record<Family, Marker>> = {};
      for (const m of markers) {
        const level = HEADING_LEVEL[m.family];
        if (m.local) {
          const previous = chains[m.family];
          if (previous?.cited && m.value !== 1) {
            chains[m.family] = { ...m, cited: true };
            continue;
          }
          if (previous && m.value > 0) check(ctx, paragraph, m, previous.value, previous.text);
          chains[m.family] = m;
          continue;
        }
        const local = localCarried[m.family];
        if (level !== undefined && m.atStart && local && m.value === local.value + 1) {
          headingLast[level] = m.value;
          headingText[level] = m.text;
          for (let deeper = level + 1; deeper <= 5; deeper++) headingLast[deeper] = 0;
          continue;
        }
        if (level !== undefined) {
          if (m.atStart && level <= 3) outer = {}; // a heading ends the outer lists under the one before it
          const last = headingLast[level] ?? 0;
          // Notes numbered 19. 20.2026年… 21.5+2就业之家… 22. (a 2026 report): the glued ones keep the count going.
          // 1.2015年12月14日：… 2.2016年1月8日：… (a chronology restarting its count after a paragraph of prose, Hong Kong news,
          // round 37's heldout-s37a): a glued 1. opening a paragraph before a year restarts the list, as an unglued 1. may.
          if (m.ambiguous && m.atStart && m.value === 1 && last > 1 && GLUED_YEAR.test(paragraph.text.slice(m.end, m.end + 5))) {
            headingLast[level] = 1;
            headingText[level] = m.text;
            continue;
          }
          if (m.ambiguous && (last === 0 || m.value !== last + 1)) continue;
          if (m.atStart || last > 0 || m.value === 1) {
            if (!m.ambiguous) check(ctx, paragraph, m, last, headingText[level] ?? '');
            headingLast[level] = m.value;
            headingText[level] = m.text;
            if (m.atStart) for (let deeper = level + 1; deeper <= 5; deeper++) headingLast[deeper] = 0;
          }
          continue;
        }
        // A chain goes on from the previous paragraph only when this paragraph opens with the family's marker.
        const previous = chains[m.family] ?? (m.atStart ? carried[m.family] : undefined);
        const around = outer[m.family];
        if (previous && !(previous === carried[m.family] && nested[m.family] && around && m.value === around.value + 1 && m.value !== previous.value + 1)) {
          check(ctx, paragraph, m, previous.value, previous.text);
        }
        chains[m.family] = m;
        if (m.atStart) outer[m.family] = m;
      }
      carried = chains;
      nested = {};
      for (const m of markers) if (!m.atStart && m.value === 1 && chains[m.family] && !m.local) nested[m.family] = true;
      localCarried = {};
      for (const family of ['h2', 'h4'] as const) {
        const last = chains[family];
        if (last?.local && markers[markers.length - 1] === last) localCarried[family] = last;
      }
    }
  },
});

function check(ctx: Context, paragraph: Paragraph, m: Marker, previous: number, previousText: string): void {
  if (m.value === 1 || previous === 0) return; // a list may always (re)start at 1; the first marker sets the scope
  if (m.family === 'shouxian') {
    // 首先 → 其次 → 再次 → 最后; 最后 may follow any of them. Only a repeat or going back is wrong.
    if (m.value === 99 || m.value > previous) {
      if (m.value !== 99 && m.value > previous + 1) report(ctx, paragraph, m, 'gap', previous, previousText);
      return;
    }
    report(ctx, paragraph, m, 'repeat', previous, previousText);
    return;
  }
  if (m.value === previous + 1) return;
  report(ctx, paragraph, m, m.value > previous ? 'gap' : 'repeat', previous, previousText);
}

function report(ctx: Context, paragraph: Paragraph, m: Marker, messageId: 'gap' | 'repeat', previous: number, previousText: string): void {
  ctx.report({
    messageId,
    data: { found: m.text, expected: expectedText(m.family, previous + 1, m.text), previous: previousText },
    start: paragraph.start + m.start,
    end: paragraph.start + m.end,
  });
}

/** The rule's context, typed by its messages and options (for the helpers below and above). */
type Context = ContextOf<typeof rule>;

export default rule;
