import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertShortText, convertText } from '../../server/src/text/convert';
import { DICTIONARIES_FILE, readDictionariesText } from '../../server/src/node/openccDictionaries';
import { converter, parseDictionaries, registerOpenCCDictionaries, stPhraseTexts, type ConverterName } from '../../server/src/text/opencc';

describe('convertText', () => {
  const simplified = '软件开发和网络信息安全，这里的头发很干净，说明后台系统正常。';

  it('zh-Hant: OpenCC standard traditional (s2t)', () => {
    assert.equal(convertText(simplified, 'zh-Hant'), '軟件開發和網絡信息安全，這裏的頭髮很乾淨，說明後臺系統正常。');
  });

  it('zh-TW: Taiwan glyph standard without vocabulary changes (s2tw: 软件 → 軟件, not 軟體)', () => {
    assert.equal(convertText(simplified, 'zh-TW'), '軟件開發和網絡信息安全，這裡的頭髮很乾淨，說明後臺系統正常。');
  });

  it('zh-HK: Hong Kong glyph standard (s2hk)', () => {
    assert.equal(convertText(simplified, 'zh-HK'), '軟件開發和網絡信息安全，這裏的頭髮很乾淨，説明後台系統正常。');
  });

  it('zh-Hans: reads Taiwan forms, keeps the vocabulary', () => {
    assert.equal(convertText('這裡的頭髮很乾淨，軟體與網路資訊。', 'zh-Hans'), '这里的头发很干净，软体与网路资讯。');
  });

  it('phrase-aware: one-to-many characters follow the word', () => {
    assert.equal(convertText('全面落实一系列工作机制，志愿者用了两分钟。', 'zh-TW'), '全面落實一系列工作機制，志願者用了兩分鐘。');
  });

  it('never touches ASCII: URLs, e-mail addresses, Latin words, line breaks', () => {
    const text = '详见 https://example.org/a?b=1 ，邮箱 bgjswxh@163.com。\r\nKTV 和 PM2.5 数据';
    assert.equal(convertText(text, 'zh-TW'), '詳見 https://example.org/a?b=1 ，郵箱 bgjswxh@163.com。\r\nKTV 和 PM2.5 數據');
  });

  it('simplified text: only the traditional intruders change; 昇腾 and 乾县 stay', () => {
    assert.equal(convertText('昇腾384超节点，开工周至至乾县，國際經濟形势复杂。', 'zh-Hans'), '昇腾384超节点，开工周至至乾县，国际经济形势复杂。');
  });

  it('traditional text: only the simplified intruders change; correct 里 and 干 stay', () => {
    assert.equal(convertText('鄰里之間互相幫助，干擾很少，这樣很好。', 'zh-TW'), '鄰里之間互相幫助，干擾很少，這樣很好。');
  });

  it('traditional text to another region: glyph standard only', () => {
    assert.equal(convertText('爲了衆人，説明這裏的情況。', 'zh-TW'), '為了眾人，說明這裡的情況。');
    assert.equal(convertText('為了眾人，說明這裡的情況。', 'zh-HK'), '為了眾人，説明這裏的情況。');
  });

  it('converting twice changes nothing', () => {
    for (const target of ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'] as const) {
      const once = convertText(simplified, target);
      assert.equal(convertText(once, target), once, target);
    }
  });
});

describe('convertShortText (window conversion, no opencc-js tries)', () => {
  it('gives what convertText gives, word by word, in both scripts', () => {
    const words = ['發展', '全麵', '機製', '一係列', '計劃', '頭髮', '乾淨', '後臺', '說明', '裡面', '爲了', '软件', '头发', '干净', '说明', '於是', '嚴格'];
    for (const word of words) assert.equal(convertShortText(word, 'zh-Hans'), convertText(word, 'zh-Hans'), word);
    assert.equal(convertShortText('全麵', 'zh-Hans'), '全面');
    assert.equal(convertShortText('頭髮很乾淨', 'zh-Hans'), '头发很干净');
  });
});

describe('OpenCC dictionaries file (dist/opencc-dicts.bin)', () => {
  const file = join(__dirname, '..', '..', '..', 'dist', DICTIONARIES_FILE); // out/test/unit → the repository
  const read = (path: string) => {
    const text = readDictionariesText(path);
    return text === undefined ? undefined : parseDictionaries(text);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the library the file is made from
  const openccFull = () => require('opencc-js') as { Locale: { configs: Record<string, unknown> }; Converter: (options: { from: string; to: string }) => (text: string) => string };
  const NAMES: ConverterName[] = ['s2t', 's2tw', 's2twp', 's2hk', 't2s', 'tw2s', 'hk2s', 't2tw', 't2hk', 'tw2t', 'hk2t'];

  it("holds exactly opencc-js's configurations that the converters and rules use, with their dictionaries", () => {
    const configs = read(file)!;
    const { Locale } = openccFull();
    assert.deepEqual(Object.keys(configs).sort(), ['hk2s', 'hk2t', 's2hk', 's2t', 's2tw', 's2twp', 't2hk', 't2s', 't2tw', 'tw2s', 'tw2sp', 'tw2t']);
    for (const name of Object.keys(configs)) assert.deepEqual(configs[name], Locale.configs[name], name);
  });

  it("converters built on it convert as opencc-js's own Converter does, on seed drafts in both scripts", () => {
    const seeds = join(__dirname, '..', '..', '..', 'seeds');
    const drafts = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(seeds, n), 'utf8'));
    // Every seed, and the simplified ones in traditional script too: each converter meets both.
    const text = drafts.join('\n') + openccFull().Converter({ from: 'cn', to: 'tw' })(drafts.join('\n'));
    const options: Record<ConverterName, { from: string; to: string }> = {
      s2t: { from: 'cn', to: 't' }, s2tw: { from: 'cn', to: 'tw' }, s2twp: { from: 'cn', to: 'twp' }, s2hk: { from: 'cn', to: 'hk' },
      t2s: { from: 't', to: 'cn' }, tw2s: { from: 'tw', to: 'cn' }, hk2s: { from: 'hk', to: 'cn' },
      t2tw: { from: 't', to: 'tw' }, t2hk: { from: 't', to: 'hk' }, tw2t: { from: 'tw', to: 't' }, hk2t: { from: 'hk', to: 't' },
    };
    for (const name of NAMES) {
      const ours = converter(name)(text);
      assert.ok(ours === openccFull().Converter(options[name])(text), name);
      if (name.startsWith('s2')) assert.notEqual(ours, text, name); // a converter that changes nothing would pass too
    }
  });

  it('is refused when missing, truncated or not one, with a reason that names it', () => {
    const bytes = readFileSync(file);
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-opencc-'));
    try {
      assert.equal(read(join(dir, 'missing.bin')), undefined);
      writeFileSync(join(dir, 'truncated.bin'), bytes.subarray(0, bytes.length >> 1));
      assert.equal(read(join(dir, 'truncated.bin')), undefined);
      writeFileSync(join(dir, 'other.bin'), Buffer.from('GWOC1\u0000{"count"', 'utf16le'));
      assert.equal(read(join(dir, 'other.bin')), undefined);
      assert.equal(parseDictionaries('GWOC1\u0000{"count":1,"configs":{"t2s":{"conversionChain":[[3]]}}}\u0000a b'), undefined);
      registerOpenCCDictionaries(() => readDictionariesText(join(dir, 'truncated.bin')));
      assert.throws(() => stPhraseTexts(), /^Error: OpenCC 词典（程序旁的 opencc-dicts\.bin）已损坏，请重新安装 gongwen-lint \/ OpenCC's dictionaries \(opencc-dicts\.bin beside the program\) are damaged: reinstall gongwen-lint$/);
      registerOpenCCDictionaries(() => readDictionariesText(join(dir, 'missing.bin')));
      assert.throws(() => stPhraseTexts(), /缺失.*are missing/);
    } finally {
      registerOpenCCDictionaries(() => readDictionariesText());
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
