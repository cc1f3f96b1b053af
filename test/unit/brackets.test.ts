// Round brackets (text/brackets.ts): part-exceeds-whole and the parts sum leave a note in brackets out, and differ only in
// what a bracket still open at the end of the window does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideBrackets, isCloseBracket, isOpenBracket } from '../../server/src/text/brackets';

/** The offsets of [from, to) the predicate calls inside, as a string of 1 and 0. */
function mask(text: string, from: number, to: number, unclosed: 'inside' | 'outside'): string {
  const inside = insideBrackets(text, from, to, unclosed);
  let out = '';
  for (let at = from; at < to; at++) out += inside(at) ? '1' : '0';
  return out;
}

describe('insideBrackets', () => {
  it('marks what stands between a bracket and its close, nested or not, full- or half-width', () => {
    const text = '限额78.2亿元（其中：开发区6.4亿元），其中';
    const inside = insideBrackets(text, 0, text.indexOf('，其中'), 'outside');
    assert.equal(inside(text.indexOf('78.2')), false);
    assert.equal(inside(text.indexOf('6.4')), true);
    assert.equal(mask('a(b（c）d)e', 0, 9, 'inside'), '011111110');
  });

  it("a bracket open at the window's end: everything after it inside, or nothing of it", () => {
    const text = '还本付息25.9亿元（还本14.8亿元）（全年共30件，';
    const to = text.length;
    const atNote = text.indexOf('14.8');
    const atOpen = text.indexOf('30');
    assert.equal(insideBrackets(text, 0, to, 'inside')(atOpen), true);
    assert.equal(insideBrackets(text, 0, to, 'outside')(atOpen), false);
    // The closed note before it stays a note either way.
    assert.equal(insideBrackets(text, 0, to, 'outside')(atNote), true);
    assert.equal(insideBrackets(text, 0, to, 'inside')(atNote), true);
    // Brackets opened and closed after the one left open are not a closed note on their own.
    assert.equal(mask('x（a（b）c', 0, 7, 'outside'), '0000000');
    assert.equal(mask('x（a（b）c', 0, 7, 'inside'), '0111111');
  });

  it('passes over a closing bracket with none open, and answers false outside the window', () => {
    assert.equal(mask('a）b（c）', 0, 6, 'inside'), '000111');
    const inside = insideBrackets('（a）', 1, 3, 'inside');
    assert.equal(inside(0), false);
    assert.equal(inside(3), false);
  });

  it('answers as the two scans it replaced did, at every offset that is no bracket', () => {
    // The parts sum's byte per offset (round 31) and part-exceeds-whole's closed pairs (closedBrackets, round 31).
    const sumMask = (t: string, from: number, to: number) => {
      const inside: boolean[] = [];
      let depth = 0;
      for (let i = from; i < to; i++) {
        const c = t.charAt(i);
        if (c === '（' || c === '(') depth++;
        inside[i] = depth > 0;
        if ((c === '）' || c === ')') && depth > 0) depth--;
      }
      return (at: number) => at >= from && at < to && inside[at] === true;
    };
    const closedPairs = (t: string, from: number, to: number) => {
      const spans: [number, number][] = [];
      const open: number[] = [];
      for (let i = from; i < to; i++) {
        const c = t.charAt(i);
        if (c === '（' || c === '(') open.push(i);
        else if ((c === '）' || c === ')') && open.length > 0) {
          const o = open.pop() ?? 0;
          if (open.length === 0) spans.push([o, i]);
        }
      }
      return (at: number) => spans.some(([o, c]) => at > o && at < c);
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => '（）()甲乙丙'.charAt(Math.floor(random() * 7))).join('');
      const from = Math.floor(random() * text.length);
      const to = from + Math.floor(random() * (text.length - from + 1));
      const [inside, outside, sum, closed] = [insideBrackets(text, from, to, 'inside'), insideBrackets(text, from, to, 'outside'), sumMask(text, from, to), closedPairs(text, from, to)];
      // In text order, then backwards, then at random (the predicate steps on from its last answer).
      const order = Array.from({ length: text.length + 2 }, (_, k) => k - 1);
      for (const at of [...order, ...[...order].reverse(), ...order.map(() => Math.floor(random() * (text.length + 2)) - 1)]) {
        if (/[（）()]/.test(text.charAt(at))) continue;
        assert.equal(inside(at), sum(at), `inside ${text} [${from}, ${to}) at ${at}`);
        assert.equal(outside(at), closed(at), `outside ${text} [${from}, ${to}) at ${at}`);
      }
    }
  });

  it('knows the four bracket characters', () => {
    assert.deepEqual([...'（(）)[【'].map((c) => [isOpenBracket(c.charCodeAt(0)), isCloseBracket(c.charCodeAt(0))]), [
      [true, false], [true, false], [false, true], [false, true], [false, false], [false, false],
    ]);
  });
});
