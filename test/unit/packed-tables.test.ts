// The packed table format: what tools/packed-tables.mjs writes at build time, server/src/text/
// packed-tables.ts reads back in place — every key with its value, absent keys absent, for each width.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDataFile, loadWordDictionary, loadWrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { PairBits, pairsOf, readPackedCountTables, readPackedTables, StringList } from '../../server/src/text/packed-tables';
import { WrongCharacterModel } from '../../server/src/text/wrong-character-model';
import { counts, packTables, pairList, set, strings } from '../../tools/packed-tables.mjs';

/** Words of real report language, with made-up costs. */
const WORDS2: [string, number][] = [['数据', 812], ['示范', 1034], ['基地', 977], ['统计', 701], ['密集', 1420], ['的', 5]];
const WORDS3: [string, number][] = [['大数据', 950], ['统计局', 1110], ['密集型', 1288], ['党', 30]];
const LONG: [string, number][] = [['示范基地', 1500], ['能源密集型', 1900], ['全面贯彻落实', 2100], ['现代化', 600]];

function roundTrip() {
  const file = packTables(
    { version: 7, officialChars: 479481 },
    {
      words2: counts(2, WORDS2),
      words3: counts(3, WORDS3),
      wordsLong: counts(6, LONG),
      chars: counts(1, [['据', 4000], ['隼', 65534], ['局', 0]]),
      pairs: set(2, ['数据', '据局']),
      marks: set(1, ['，', '。']),
      confusions: strings(['局\t据剧\t\t居', '', '隼\t\t\t集']),
    },
  );
  // Read from an odd offset, as a Buffer cut out of a larger one can be.
  const shifted = new Uint8Array(file.length + 1);
  shifted.set(file, 1);
  return readPackedTables(shifted.subarray(1));
}

describe('packed tables', () => {
  const tables = roundTrip();
  const table = (name: string) => tables.counts.get(name)!;

  it('keeps the meta', () => {
    assert.deepEqual(tables.meta, { version: 7, officialChars: 479481 });
  });

  it('finds every key of every width with its value, by text range', () => {
    for (const [name, entries] of [['words2', WORDS2], ['words3', WORDS3], ['wordsLong', LONG]] as const) {
      for (const [word, value] of entries) {
        const text = `在${word}中`;
        assert.equal(table(name).get(text, 1, 1 + word.length), value, `${name}: ${word}`);
      }
      assert.equal(table(name).size, entries.length);
    }
    assert.equal(table('words2').getPair('数'.charCodeAt(0), '据'.charCodeAt(0)), 812);
    assert.equal(table('chars').getCode('隼'.charCodeAt(0)), 65534);
    assert.equal(table('chars').getCode('局'.charCodeAt(0)), 0);
  });

  it('answers absent (−1) for keys that are not there, prefixes and longer strings included', () => {
    assert.equal(table('words2').get('数局', 0, 2), -1);
    assert.equal(table('words3').get('大数局', 0, 3), -1);
    assert.equal(table('words3').get('大数', 0, 2), -1, 'a prefix of a three-character word');
    assert.equal(table('wordsLong').get('能源密集', 0, 4), -1, 'a prefix of a five-character word');
    assert.equal(table('wordsLong').get('全面贯彻落实党', 0, 7), -1, 'longer than the width');
    assert.equal(table('words2').get('数', 0, 0), -1, 'empty');
    assert.equal(table('chars').getCode('集'.charCodeAt(0)), -1);
  });

  it('reads a key with one character replaced, without building the string', () => {
    const text = '能源密隼型';
    const at = 3;
    assert.equal(table('words3').getWith(text, 2, 5, at, '集'.charCodeAt(0)), 1288);
    assert.equal(table('wordsLong').getWith(text, 0, 5, at, '集'.charCodeAt(0)), 1900);
    assert.equal(table('words2').getWith(text, 2, 4, at, '集'.charCodeAt(0)), 1420);
    assert.equal(table('words3').get(text, 2, 5), -1);
  });

  it('holds sets and lists of strings', () => {
    assert.equal(table('pairs').getPair('据'.charCodeAt(0), '局'.charCodeAt(0)), 0);
    assert.equal(table('pairs').getPair('局'.charCodeAt(0), '据'.charCodeAt(0)), -1);
    assert.equal(table('marks').getCode('。'.charCodeAt(0)), 0);
    assert.equal(table('marks').getCode('、'.charCodeAt(0)), -1);
    const list = tables.strings.get('confusions')!;
    assert.deepEqual([0, 1, 2].map((i) => list.item(i)), ['局\t据剧\t\t居', '', '隼\t\t\t集']);
  });

  it('answers for the pairs of a width-2 table as a bit matrix, as the table does', () => {
    const pairs = new PairBits(table('words2'));
    for (const [word] of WORDS2.filter(([w]) => w.length === 2)) assert.ok(pairs.has(word.charCodeAt(0), word.charCodeAt(1)), word);
    for (const absent of ['据数', '数基', '统范', '密隼']) assert.equal(pairs.has(absent.charCodeAt(0), absent.charCodeAt(1)), false, absent);
    assert.equal(pairs.has(-1, '据'.charCodeAt(0)), false, 'no character before');
    // A large random set: every key in, every other pair out, whatever the order the characters are numbered in.
    const keys = new Set<string>();
    for (let i = 0; i < 5000; i++) keys.add(String.fromCharCode(0x4e00 + ((i * 7919) % 600), 0x4e00 + ((i * 104729) % 450)));
    const big = new PairBits(readPackedTables(packTables({}, { big: set(2, keys) })).counts.get('big')!);
    for (let a = 0x4e00; a < 0x4e00 + 600; a += 3) {
      for (let b = 0x4e00; b < 0x4e00 + 450; b += 2) assert.equal(big.has(a, b), keys.has(String.fromCharCode(a, b)));
    }
  });

  it('holds a pair list, read whole: every key once, in order, and the same bit matrix as the hash set of the keys', () => {
    // Keys that start alike and do not (a first unit repeated, a second unit smaller than the one before, 0x4e00 and 0xffff).
    const keys = new Set<string>(['数据', '数基', '统计', '据局', '基地', '\u4e00\u4e00', '\uffff\u4e00', '\u4e00\uffff', '数据']);
    for (let i = 0; i < 5000; i++) keys.add(String.fromCharCode(0x4e00 + ((i * 7919) % 600), 0x4e00 + ((i * 104729) % 450)));
    const read = readPackedTables(packTables({}, { list: pairList(keys), hashed: set(2, keys) }));
    const { slots, stride } = pairsOf(read.strings.get('list')!).pairSlots();
    assert.equal(stride, 2);
    const listed: string[] = [];
    for (let i = 0; i < slots.length; i += 2) listed.push(String.fromCharCode(slots[i], slots[i + 1]));
    assert.deepEqual(listed, [...keys].sort((p, q) => p.charCodeAt(0) - q.charCodeAt(0) || p.charCodeAt(1) - q.charCodeAt(1)));
    const fromList = new PairBits(pairsOf(read.strings.get('list')!));
    const fromSet = new PairBits(read.counts.get('hashed')!);
    assert.deepEqual(fromList.bits, fromSet.bits);
    assert.deepEqual(fromList.numberOf, fromSet.numberOf);
    assert.throws(() => pairList(['数']), /pair list: key "数" is not two BMP characters/);
    assert.throws(() => pairsOf(new StringList(Uint32Array.from([0, 2, 3]), Uint16Array.from([1, 2, 3]))), /two items of one length/);
  });

  it('reads a bit matrix row 32 columns at a time, numbered as asked, transposed or not', () => {
    const code = (c: string) => c.charCodeAt(0);
    // 据 numbered 0 and 数 1: the words' second characters are columns 0 and 1 of a row.
    const forward = new PairBits(table('words2'), { first: [code('据'), code('数')] });
    assert.equal(forward.word(forward.rowAt(code('数')), 0), 0b1, '数据: column 0 (据)');
    assert.equal(forward.word(forward.rowAt(code('据')), 0), 0, '据 starts no pair');
    assert.equal(forward.rowAt(code('隼')), -1, 'in no key');
    assert.equal(forward.word(-1, 0), 0);
    assert.equal(forward.word(forward.rowAt(code('数')), 99), 0, 'past the row');
    const backward = new PairBits(table('words2'), { transposed: true, numberedAs: forward });
    assert.equal(backward.word(backward.rowAt(code('据')), 0), 0b10, '数据 read from 据: column 1 (数)');
    assert.ok(backward.has(code('据'), code('数')) && !backward.has(code('数'), code('据')));
    // A numbering said to be complete must be: a key outside it is refused, not silently dropped.
    assert.throws(() => new PairBits(table('words2'), { first: [code('数'), code('据')], complete: true }), /has a character the numbering lacks/);
    const pairSet = readPackedTables(packTables({}, { pairs: set(2, ['统计', '数据', '示范']) })).counts.get('pairs')!;
    const complete = new PairBits(pairSet, { first: [...'据统数计示范'].map(code), complete: true });
    assert.ok(complete.has(code('统'), code('计')) && complete.has(code('示'), code('范')) && !complete.has(code('计'), code('统')));
  });

  it('finds the flagged characters of a text that make a key with neither neighbour', () => {
    const pairs = new PairBits(table('words2'));
    const text = '，统计局在大数隼示范';
    const flags = new Uint8Array(65536).fill(1);
    flags['在'.charCodeAt(0)] = 0;
    const lonely = new Int32Array(text.length);
    const n = pairs.lonelyOffsets(text, 1, text.length, flags, lonely);
    // 统计 and 示范 are keys; 局 and 隼 stand alone (数 is in 数据, not 大数 or 数隼); 在 is not flagged;
    // the comma before the range does not count.
    assert.deepEqual([...lonely.subarray(0, n)], [3, 5, 6, 7]);
  });

  it('holds a large table (every slot layout under load)', () => {
    const entries: [string, number][] = [];
    for (let i = 0; i < 20000; i++) entries.push([String.fromCharCode(0x4e00 + (i % 400), 0x4e00 + Math.floor(i / 400), 0x5000 + (i % 7)), i % 60000]);
    const read = readPackedTables(packTables({}, { big: counts(3, entries) })).counts.get('big')!;
    assert.equal(read.size, entries.length);
    for (const [key, value] of entries) assert.equal(read.get(key, 0, 3), value, key);
    assert.equal(read.get('\u4e00\u4e00\u4e00', 0, 3), -1);
  });

  it('reads chosen counts tables alone, through byte ranges, as the whole file reads them', () => {
    const file = packTables({ version: 7 }, { words2: counts(2, WORDS2), words3: counts(3, WORDS3), wordsLong: counts(6, LONG), marks: set(1, ['，']) });
    const ranges: [number, number][] = [];
    const read = (position: number, length: number) => {
      ranges.push([position, length]);
      return new Uint8Array(file.subarray(position, position + length)); // a copy: offset 0
    };
    const some = readPackedCountTables(read, ['words3', 'wordsLong']);
    assert.deepEqual([...some.keys()], ['words3', 'wordsLong']);
    for (const [word, value] of WORDS3) assert.equal(some.get('words3')!.get(word, 0, word.length), value, word);
    for (const [word, value] of LONG) assert.equal(some.get('wordsLong')!.get(word, 0, word.length), value, word);
    assert.equal(some.get('words3')!.get('大数局', 0, 3), -1);
    // The start, the header and the two tables: words2 is never read.
    assert.equal(ranges.length, 4);
    assert.equal(ranges.reduce((sum, [, length]) => sum + length, 0) < file.length * 0.9, true);
    assert.throws(() => readPackedCountTables(read, ['trigrams']), /^Error: packed table file lacks the table trigrams$/);
    const short = (position: number, length: number) => new Uint8Array(file.subarray(position, Math.min(position + length, file.length - 10)));
    assert.throws(() => readPackedCountTables(short, ['marks']), /truncated/);
  });

  it('refuses what it cannot store, and files that are not packed tables, with a reason', () => {
    assert.throws(() => packTables({}, { t: counts(2, [['大数据', 1]]) }), /key "大数据" is not 1–2 BMP characters/);
    assert.throws(() => packTables({}, { t: counts(1, [['𠀀', 1]]) }), /BMP/);
    assert.throws(() => packTables({}, { t: counts(1, [['局', 70000]]) }), /value 70000 of 局 is not 0–65534/);
    assert.throws(() => readPackedTables(new TextEncoder().encode('{"version":2}')), /^Error: not a packed table file$/);
    const file = packTables({}, { t: counts(2, WORDS2) });
    assert.throws(() => readPackedTables(file.subarray(0, file.length - 10)), /truncated/);
  });
});

describe('wrong-character data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-packed-'));
  const file = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it('is found beside the program and loads', () => {
    const found = findDataFile();
    assert.ok(found?.endsWith('wrong-character.data.bin'), found);
    assert.ok(loadWrongCharacterModel(found!).hasWord('数据'));
  });

  it("gives repeated-word the model's own answers from its word tables alone", () => {
    const found = findDataFile()!;
    const model = loadWrongCharacterModel(found);
    const words = loadWordDictionary(found);
    // Set phrases and idioms ending in a function character (自以为是, 居委会), words that are not in it.
    const probes = ['自以为是', '比比皆是', '居委会', '以人民为中心', '注意到', '总的来说', '实事求是', '大数据', '数据局', '大数局', '我们的', '认为为', '全面贯彻落实'];
    for (const word of probes) assert.equal(words.hasWord(word), model.hasWord(word), word);
    assert.ok(words.hasWord('自以为是') && words.hasWord('大数据') && !words.hasWord('大数局'));
    // Two characters (repeated-word asks whether the second copy starts a word: 比率及|及格): the pair bit.
    for (const word of ['数据', '及格', '比率', '建共', '的做']) assert.equal(words.hasWord(word), model.hasWord(word), word);
    assert.ok(words.hasWord('及格') && !words.hasWord('建共'));
  });

  it('holds the index of its confusion lines: the lengths of their three fields, their candidates in order of first appearance', () => {
    const tables = readPackedTables(readFileSync(findDataFile()!));
    const lines = tables.strings.get('confusions')!;
    const fields = tables.strings.get('confusionFields')!;
    const universe = tables.strings.get('confusionUniverse')!;
    assert.equal(fields.length, 1);
    assert.equal(fields.item(0).length, lines.length * 3);
    const inOrder: string[] = [];
    for (let row = 0; row < lines.length; row++) {
      const [key = '', same = '', near = '', shape = ''] = lines.item(row).split('\t');
      assert.equal(key.length, 1, lines.item(row));
      assert.deepEqual([...fields.item(0).slice(row * 3, row * 3 + 3)].map((c) => c.charCodeAt(0)), [same.length, near.length, shape.length], lines.item(row));
      for (const c of same + near + shape) if (!inOrder.includes(c)) inOrder.push(c);
    }
    assert.equal(universe.item(0), inOrder.join(''));
    assert.ok(inOrder.includes('据') && inOrder.includes('局'));
    // The word neighbours' lines are in code order of their first character (the model searches them).
    for (const name of ['wordFollowers', 'wordLeaders']) {
      const list = tables.strings.get(name)!;
      for (let row = 1; row < list.length; row++) assert.ok(list.item(row - 1).charCodeAt(0) < list.item(row).charCodeAt(0), `${name} ${row}`);
    }
    // Found so: 数 leads to 据 in 数据; no word has 据 before 数.
    const model = new WrongCharacterModel(tables);
    assert.ok(model.hasWord('数据') && !model.hasWord('据数'));
  });

  it('holds as word neighbours exactly the candidates beside each character inside the words of its word tables', () => {
    // The lines (the build's neighbourLines) hold column numbers, ascending, as differences; decoded here by hand and
    // compared with the adjacent pairs of every key of words2, words3 and wordsLong whose second (first) character is
    // a candidate (a character of confusionUniverse: the only ones the model asks about).
    const tables = readPackedTables(readFileSync(findDataFile()!));
    const universe = new Set(tables.strings.get('confusionUniverse')!.item(0));
    const expected = { wordFollowers: new Set<string>(), wordLeaders: new Set<string>() };
    const heads = { wordFollowers: new Set<string>(), wordLeaders: new Set<string>() };
    for (const name of ['words2', 'words3', 'wordsLong']) {
      const table = tables.counts.get(name)!;
      const { slots, stride, width } = table.width === 2 ? { ...table.pairSlots(), width: 2 } : table.wideSlots();
      for (let base = 0; base < slots.length; base += stride) {
        let word = '';
        for (let j = 0; j < width && slots[base + j] !== 0; j++) word += String.fromCharCode(slots[base + j]);
        for (let i = 0; i + 1 < word.length; i++) {
          const [x, y] = [word[i], word[i + 1]];
          heads.wordFollowers.add(x);
          heads.wordLeaders.add(y);
          if (universe.has(y)) expected.wordFollowers.add(x + y);
          if (universe.has(x)) expected.wordLeaders.add(y + x);
        }
      }
    }
    const columns = tables.strings.get('wordNeighbourColumns')!;
    assert.equal(columns.length, 2);
    for (const [n, name] of (['wordFollowers', 'wordLeaders'] as const).entries()) {
      const list = tables.strings.get(name)!;
      const byNumber = columns.item(n);
      assert.ok([...byNumber].every((c) => universe.has(c)) && new Set(byNumber).size === byNumber.length, `${name}: its columns are distinct candidates`);
      const found = new Set<string>();
      const lineHeads = new Set<string>();
      for (let row = 0; row < list.length; row++) {
        const line = list.item(row);
        lineHeads.add(line[0]);
        let column = 0;
        for (let k = 1; k < line.length; k++) {
          const step = line.charCodeAt(k);
          assert.ok(k === 1 || step > 0, `${name} ${line[0]}: numbers ascend`);
          column += step;
          assert.ok(column < byNumber.length, `${name} ${line[0]}: column ${column}`);
          found.add(line[0] + byNumber[column]);
        }
      }
      assert.deepEqual([...found].sort(), [...expected[name]].sort(), name);
      // Every character with a neighbour in some word keeps its line, even with no candidate beside it (as before).
      assert.deepEqual([...lineHeads].sort(), [...heads[name]].sort(), `${name}: lines`);
    }
    const model = new WrongCharacterModel(tables);
    assert.ok(model.hasWord('数据') && model.hasWord('统计局') && !model.hasWord('据数'));
  });

  it('holds the vouching pairs as a pair list, sorted, each once', () => {
    const tables = readPackedTables(readFileSync(findDataFile()!));
    const { slots } = pairsOf(tables.strings.get('vouches')!).pairSlots();
    assert.ok(slots.length > 2 * 20000, `${slots.length / 2} pairs`);
    for (let i = 2; i < slots.length; i += 2) assert.ok(slots[i - 2] < slots[i] || (slots[i - 2] === slots[i] && slots[i - 1] < slots[i + 1]), `pair ${i / 2}`);
  });

  it('refuses in one line a confusion index that does not fit its lines', () => {
    const bytes = readFileSync(findDataFile()!);
    const withFields = (units: number[]) => {
      const tables = readPackedTables(bytes);
      tables.strings.set('confusionFields', new StringList(Uint32Array.from([0, units.length]), Uint16Array.from(units)));
      return () => new WrongCharacterModel(tables);
    };
    assert.throws(withFields([1, 2, 3]), /^Error: wrong-character data has a confusion index of another length; rebuild with "npm run build"$/);
    const rows = readPackedTables(bytes).strings.get('confusions')!.length;
    assert.throws(withFields(new Array<number>(rows * 3).fill(40)), /^Error: wrong-character data has a confusion index that does not fit its lines; rebuild with "npm run build"$/);
  });

  it('says in one line why a file cannot be used: an old JSON build, another layout, a missing table', () => {
    const old = file('old.json', '{"version":2,"words2":{"keys":"","values":""}}');
    assert.throws(() => loadWrongCharacterModel(old), (e: Error) => e.message === `wrong-character: cannot read language data ${old}: not a packed table file`);
    const other = file('other.bin', packTables({ version: 1 }, {}));
    assert.throws(() => loadWrongCharacterModel(other), /cannot read language data .*other\.bin: wrong-character data has layout 1, this program reads \d+; rebuild with "npm run build"$/);
    // The current layout's meta, but only one of its tables.
    const meta = readPackedTables(readFileSync(findDataFile()!)).meta;
    const partial = file('partial.bin', packTables(meta, { words2: counts(2, WORDS2) }));
    assert.throws(() => loadWrongCharacterModel(partial), /lacks the table \w+; rebuild with "npm run build"$/);
    assert.throws(() => loadWordDictionary(partial), (e: Error) => e.message === `word dictionary: cannot read language data ${partial}: packed table file lacks the table wordStarts`);
    assert.throws(() => loadWordDictionary(old), /^Error: word dictionary: cannot read language data .*old\.json: not a packed table file$/);
  });
});
