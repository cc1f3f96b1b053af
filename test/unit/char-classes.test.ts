// Paragraph.classes: the kinds of characters each paragraph holds, found once by the document model
// and read by the rules that skip paragraphs without their characters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument } from '../../server/src/engine';
import { LintDocument } from '../../server/src/engine/document';
import {
  ASCII_DIGIT, BAI, classesOfCodes, classesOfText, FEN, HALF_WIDTH_MARK, isAnchor, LV, PERCENT_SIGN, PUNCTUATION_RUN, SPACE, ZUO,
} from '../../server/src/text/char-classes';
import { scanNumbers } from '../../server/src/text/numbers';
import { scriptCounts } from '../../server/src/text/script';
import { SIMPLIFIED_ONLY_CHARS, TRADITIONAL_ONLY_CHARS } from '../../server/src/text/script-chars-data';
import { findingsOf, onlyRule } from '../helpers/ruleTester';

function codesOf(text: string): Uint16Array {
  return Uint16Array.from(text, (_, i) => text.charCodeAt(i));
}

describe('paragraph classes', () => {
  it('name exactly the kinds of characters a paragraph holds', () => {
    const doc = new LintDocument('全市刑事案件发案率下降3.5%。\n一、总体情况\n城东、城西分别建成 2 个站，左右各一\n百分之五');
    assert.deepEqual(
      doc.paragraphs.map((p) => p.classes),
      [LV | ASCII_DIGIT | HALF_WIDTH_MARK | PERCENT_SIGN, 0, FEN | SPACE | ASCII_DIGIT | ZUO, BAI | FEN],
    );
  });

  it('know two pause or stop marks in a row, and only those', () => {
    const runs = ['会议指出，，要抓落实', '完成了。。', '是吗?!', '好；，'].map((t) => classesOfText(t).classes & PUNCTUATION_RUN);
    const none = ['会议指出，要抓落实。', '“好”，“坏”。', '第一，（一）', '？ ！'].map((t) => classesOfText(t).classes & PUNCTUATION_RUN);
    assert.deepEqual(runs, [PUNCTUATION_RUN, PUNCTUATION_RUN, PUNCTUATION_RUN, PUNCTUATION_RUN]);
    assert.deepEqual(none, [0, 0, 0, 0]);
  });

  it('read the masked text: digits inside Markdown code or a URL are not there for the rules', () => {
    const doc = new LintDocument('见 `npm i 3` 与 https://example.org/2024.html 。', 'markdown');
    const [paragraph] = doc.paragraphs;
    assert.ok(paragraph);
    assert.equal(paragraph.classes & ASCII_DIGIT, 0);
    assert.equal(paragraph.classes, classesOfText(paragraph.text).classes);
  });

  it('are the same from code units as from the string, at any offset and with surrogate pairs', () => {
    for (const text of ['', '增长12%，其中', '𠮷a(1)　％﹪', '百分之三十，分別為左右；率!?', '\u00a0\t,;:', '一是（第二条）①“十”']) {
      const padded = `x${text}`;
      assert.deepEqual(classesOfCodes(codesOf(padded), 1, padded.length), classesOfText(text), text);
    }
  });

  it('count the characters of one script as scriptCounts does, in the same pass (surrogate pairs and lone surrogates too)', () => {
    const astral = (chars: string) => [...chars].filter((c) => c.length === 2).slice(0, 3).join('');
    const texts = [
      '这是我们的工作，全面推进。', '這是我們的工作，全麵推進。', '説明稅務，裡面爲眾', '裏着為偽衞綫', 'ASCII only, 123',
      `扩展${astral(SIMPLIFIED_ONLY_CHARS)}与${astral(TRADITIONAL_ONLY_CHARS)}字`,
      '孤\ud842這們', '這\ud842', '\udc00們\ud842\ud842這', '𠮷這们',
    ];
    for (const text of texts) {
      assert.deepEqual(classesOfText(text).scriptCounts, scriptCounts(text), JSON.stringify(text));
      const doc = new LintDocument(`首行\n${text}\n末行這`);
      assert.deepEqual(doc.paragraphs[1]?.scriptCounts, scriptCounts(text), JSON.stringify(text));
    }
    // Pseudo-random strings over the characters that matter.
    const alphabet = [...'这們説稅裡爲衞綫裏着為偽abc，。\ud842\udfb7\udc00', ...astral(SIMPLIFIED_ONLY_CHARS), ...astral(TRADITIONAL_ONLY_CHARS)];
    let seed = 7;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      assert.deepEqual(classesOfText(text).scriptCounts, scriptCounts(text), JSON.stringify(text));
    }
  });

  it('are the same for the paragraphs of a document read together (one anchor array, a view per paragraph)', () => {
    const text = '一是抓好《条例》落实，其次第3条①\n\n没有锚点的段落\n增长12%，其中(1)“十”\n𠮷a(1)　％﹪';
    const doc = new LintDocument(text);
    const codes = codesOf(text);
    assert.equal(doc.paragraphs.length, 4);
    for (const p of doc.paragraphs) {
      const alone = classesOfCodes(codes, p.start, p.end);
      assert.equal(p.classes, alone.classes, p.text);
      assert.deepEqual([...p.anchors], [...alone.anchors], p.text);
      assert.deepEqual([...p.recurrences], [...alone.recurrences], p.text);
    }
    assert.equal(doc.paragraphs[1]?.anchors.length, 0);
    assert.equal(doc.paragraphs[0]?.anchors.buffer, doc.paragraphs[3]?.anchors.buffer);
  });

  it('list the anchors: where a number, a paired mark or an enumeration marker may begin', () => {
    const [paragraph] = new LintDocument('一是抓好《条例》落实，其次第3条①').paragraphs;
    assert.ok(paragraph);
    assert.deepEqual([...paragraph.anchors].map((at) => paragraph.text.charAt(at)).join(''), '一《》其第3①');
    assert.deepEqual([...paragraph.anchors], [0, 4, 7, 11, 13, 14, 16]);
  });

  it('list the recurrences: a unit from U+3400 on that stands within the 8 before it, in its own paragraph only', () => {
    // A unit's nearest earlier copy, 1 to 8 units back: 发展发展 (2, 3), 的的 (5), ，， (7: full-width marks are above U+3400),
    // 工 9 units after the first 工 is none; ASCII and 。 (U+3002) are below U+3400.
    const doc = new LintDocument('发展发展的的，，工abcdefgh工aa。。\n工作工作\n𠮷𠮷');
    const [first, second, third] = doc.paragraphs;
    assert.deepEqual([...(first?.recurrences ?? [])], [2, 3, 5, 7]);
    // The line before ends with 工 within 8 units of this 工: no recurrence across paragraphs.
    assert.deepEqual([...(second?.recurrences ?? [])], [2, 3]);
    // A supplementary character is two code units, each of which recurs.
    assert.deepEqual([...(third?.recurrences ?? [])], [2, 3]);
  });

  it('are the same on a run-on line read in blocks: anchors, recurrences and script counts against a plain reading', () => {
    // scanRange reads 4,096 units at a time: a supplementary character (two units) across a block's edge, a repeat
    // across it, anchors on both sides.
    const text = 'a'.repeat(4095) + '𠮷𠮷的的（1）' + '發展发展，其中第3条①、'.repeat(700) + 'b'.repeat(4090) + '的的';
    const [paragraph] = new LintDocument(text).paragraphs;
    assert.ok(paragraph && paragraph.text.length > 3 * 4096);
    const anchors: number[] = [];
    const recurrences: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isAnchor(code)) anchors.push(i);
      if (code < 0x3400) continue;
      for (let d = 1; d <= 8 && d <= i; d++) if (text.charCodeAt(i - d) === code) {
        recurrences.push(i);
        break;
      }
    }
    assert.deepEqual([...paragraph.anchors], anchors);
    assert.deepEqual([...paragraph.recurrences], recurrences);
    assert.deepEqual(paragraph.scriptCounts, scriptCounts(text));
  });

  it('cover every character the three readers start at (numbers, paired marks, enumeration markers)', () => {
    const numberStarts = '0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百'; // text/numbers.ts
    const pairedMarks = '“”‘’《》〈〉（）()【】「」『』〔〕〖〗'; // rules/paired-punctuation.ts
    const markerStarts = '一二三四五六七八九十第首其再最（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'; // rules/sequence-numbering.ts
    for (const c of numberStarts + pairedMarks + markerStarts) assert.ok(isAnchor(c.charCodeAt(0)), c);
    assert.ok(!isAnchor('的'.charCodeAt(0)) && !isAnchor('%'.charCodeAt(0)));
  });

  it('give scanNumbers the same tokens as reading every character', () => {
    const texts = ['全年共破获案件120起，其中盗窃案56起、诈骗案38起', '约3-5人，百分之九十九点九，1,234.5万元，２０２４年', '统一三四个十几个PM2.5', ''];
    for (const text of texts) {
      const withAnchors = JSON.stringify(scanNumbers(text, classesOfText(text).anchors));
      scanNumbers('另一段'); // past scanNumbers' memo of the last text
      assert.equal(JSON.stringify(scanNumbers(text)), withAnchors, text);
      scanNumbers('另一段');
    }
  });

  it('let a rule skip only paragraphs without its characters: half-width marks, spaces, percent signs, digits', () => {
    const text = '会议强调,要抓好落实。\n全年立案 408起。\n产值占比达到120%，同比增长5%。\n全年共立案408起。\n全年共立案418起。';
    const ids = (rule: string) => findingsOf(rule, text).map((f) => `${f.ruleId}@${f.start}`);
    assert.deepEqual(ids('fullwidth-punctuation'), [`fullwidth-punctuation@${text.indexOf(',')}`]);
    assert.deepEqual(ids('stray-space'), [`stray-space@${text.indexOf(' ')}`]);
    assert.deepEqual(ids('figure-consistency'), [`figure-consistency@${text.indexOf('全年共立案418起')}`]);
    assert.equal(lintDocument('没有数字也没有百分号的一段话。', { config: onlyRule('percent-bounds') }).findings.length, 0);
  });
});
