// The language server reads its data files in the background as it starts (server/src/node/prefetch.ts):
// the loaders take the bytes when they have arrived, and read the file themselves, as before, when they
// have not, or when the background read failed — whose errors are never reported by it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lintDocument, resolveConfig } from '../../server/src/engine';
import { Prefetch } from '../../server/src/node/prefetch';
import { findDataFile, loadWordDictionary, loadWrongCharacterModel, prefetchLanguageData } from '../../server/src/node/wrongCharacterData';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-prefetch-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const DATA = findDataFile()!;

describe('background read of a data file', () => {
  it('hands over the whole file once it has arrived, once', async () => {
    const prefetch = new Prefetch(DATA);
    prefetch.start();
    await prefetch.settled;
    const bytes = prefetch.take();
    assert.ok(bytes);
    assert.ok(bytes.equals(readFileSync(DATA)));
    assert.equal(bytes.byteOffset % 8, 0); // typed-array views need aligned offsets
    assert.equal(prefetch.take(), undefined);
  });

  it('gives nothing when asked before the bytes arrived, and drops them when they come', async () => {
    const prefetch = new Prefetch(DATA);
    prefetch.start();
    assert.equal(prefetch.take(), undefined); // the read's callback needs a turn of the event loop
    await prefetch.settled;
    assert.equal(prefetch.take(), undefined);
  });

  it('fails silently (the loader reads and reports): a missing file, a folder, an empty file', async () => {
    const folder = join(dir, 'folder.bin');
    mkdirSync(folder);
    writeFileSync(join(dir, 'empty.bin'), '');
    for (const [file, expected] of [[join(dir, 'missing.bin'), undefined], [folder, undefined], [join(dir, 'empty.bin'), 0]] as const) {
      const prefetch = new Prefetch(file);
      prefetch.start();
      await prefetch.settled;
      assert.equal(prefetch.take()?.length, expected, file);
    }
  });

  it('lets unclaimed bytes go after a while', async () => {
    const prefetch = new Prefetch(DATA, 5);
    prefetch.start();
    await prefetch.settled;
    await new Promise((done) => setTimeout(done, 30));
    assert.equal(prefetch.take(), undefined);
  });
});

describe('the language data loaders with prefetched bytes', () => {
  it('build the same model and word dictionary as from the file', () => {
    const bytes = readFileSync(DATA);
    const fromFile = loadWrongCharacterModel(DATA);
    const fromBytes = loadWrongCharacterModel(DATA, bytes);
    const words = loadWordDictionary(DATA, bytes);
    for (const word of ['数据', '大数据', '数据局', '大数局', '自以为是', '及格', '建共', '全面贯彻落实']) {
      assert.equal(fromBytes.hasWord(word), fromFile.hasWord(word), word);
      assert.equal(words.hasWord(word), fromFile.hasWord(word), word);
    }
  });

  it('say in the same one line why damaged bytes cannot be used', () => {
    const old = join(dir, 'old.json');
    writeFileSync(old, '{"version":2}');
    const bytes = readFileSync(old);
    assert.throws(() => loadWrongCharacterModel(old, bytes), (e: Error) => e.message === `wrong-character: cannot read language data ${old}: not a packed table file`);
    assert.throws(() => loadWordDictionary(old, bytes), (e: Error) => e.message === `word dictionary: cannot read language data ${old}: not a packed table file`);
  });

  it('a document linted before the background read has arrived gets the same findings (the loader reads the file itself)', () => {
    prefetchLanguageData(); // the first lint below runs before any turn of the event loop
    const text = '内蒙古自治区乌兰察布市大力培育发展大数局产业。\n加强管里监督。\n';
    const found = lintDocument(text, { config: resolveConfig({}) }).findings.filter((f) => f.ruleId === 'wrong-character');
    assert.deepEqual(found.map((f) => [f.start, f.end, text.slice(f.start, f.end)]), [[19, 20, '局'], [27, 28, '里']]);
  });
});
