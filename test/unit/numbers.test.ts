// The shared number reader and the six number rules on the seeds: exact findings, the
// arithmetic shown in messages and hovers, and the hover notes on verified rates.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { lintDocument } from '../../server/src/engine';
import { listEndingAt, plausibleCounts } from '../../server/src/text/number-lists';
import { ARABIC, arabicAt, parseChineseNumeral, scanNumbers, yueIsAbout } from '../../server/src/text/numbers';
import { checkRate } from '../../server/src/text/rates';
import { findingsOf, onlyRule, located } from '../helpers/ruleTester';

const NUMBER_RULES = ['respectively-mismatch', 'rate-mismatch', 'percent-bounds', 'count-mismatch', 'part-exceeds-whole', 'symbol-consistency'];

/** "text=value/unit" for each token, "~" marking approximate ones. */
function read(text: string): string[] {
  return scanNumbers(text).map((t) => `${t.text}=${t.value}${t.unit ? `/${t.unit}` : ''}${t.exact ? '' : '~'}`);
}

describe('parseChineseNumeral', () => {
  const cases: [string, number][] = [
    ['三', 3], ['十', 10], ['十二', 12], ['两', 2], ['兩', 2], ['二十四', 24], ['一百零五', 105], ['三十万', 300000],
    ['一千二百三十四', 1234], ['一亿二千万', 120000000], ['一九八八', 1988], ['五萬', 50000], ['三億', 300000000],
  ];
  for (const [text, value] of cases) it(`${text} = ${value}`, () => assert.equal(parseChineseNumeral(text), value));
  it('rejects what is not a numeral', () => assert.equal(parseChineseNumeral('三清'), undefined));
});

describe('scanNumbers', () => {
  it('reads 万/亿/萬/億 multipliers and approximation marks', () => {
    assert.deepEqual(read('调处化解2.9万余起，追赃挽损8.13亿元，涉案金额达5億余元，將8萬餘噸廢水直排。'), [
      '2.9万余起=29000/起~', '8.13亿元=813000000/元', '5億余元=500000000/元~', '8萬餘噸=80000/噸~',
    ]);
  });
  it('reads the rest of a number written after 万 or 亿 (2萬3551件, Taiwan and news style)', () => {
    assert.deepEqual(read('刑案發生數有2萬3551件，破獲24萬5395件，動員警察87萬5,766人次，預算3億2000萬元。'), [
      '2萬3551件=23551/件', '24萬5395件=245395/件', '87萬5,766人次=875766/人次', '3億2000萬元=320000000/元',
    ]);
    assert.deepEqual(read('增加5万，2023年共2万人'), ['5万=50000', '2023年=2023/年', '2万人=20000/人'], 'a comma or a year after 万 starts another number');
  });
  it('reads digit groups separated by spaces as one number (Hong Kong, GB/T 15835)', () => {
    assert.deepEqual(scanNumbers('共2 358人、12 345 678元和1\u2009000\u202f000件。').map((t) => [t.text, t.value]), [['2 358人', 2358], ['12 345 678元', 12345678], ['1\u2009000\u202f000件', 1000000]]);
    assert.deepEqual(scanNumbers('第3 45人').map((t) => t.value), [3, 45], 'a group of fewer than three digits is another number');
  });
  it('reads full-width digits and thousands separators', () => {
    assert.deepEqual(read('１９８８年上升１８．５％，共1,234人'), ['１９８８年=1988/年', '１８．５％=18.5', '1,234人=1234/人']);
  });
  it('reads percentages in all three signs and in words', () => {
    assert.deepEqual(read('98.66%、99.12﹪、90.98％、百分之十五、百分之九十九点九、百分之3.5'), [
      '98.66%=98.66', '99.12﹪=99.12', '90.98％=90.98', '百分之十五=15', '百分之九十九点九=99.9', '百分之3.5=3.5',
    ]);
    const [t] = scanNumbers('化解率98.66%');
    assert.equal(t.decimals, 2);
    assert.equal(t.percentSign, '%');
  });
  it('reads Chinese numerals only with a classifier', () => {
    assert.deepEqual(read('两起案件、三个县区、十二名、二十四项、一百零五起；一些、统一、万家灯火'), [
      '两起=2/起', '三个=3/个', '十二名=12/名', '二十四项=24/项', '一百零五起=105/起',
    ]);
  });
  it('marks approximate numbers', () => {
    assert.deepEqual(read('近9萬戶、1万余名、30余万张、80多名、约50人、逾140萬元、超过100家、40%以上、3个左右、十几个、三四个、3-5人'), [
      '9萬戶=90000/戶~', '1万余名=10000/名~', '30余万张=300000/张~', '80多名=80/名~', '50人=50/人~', '140萬元=1400000/元~',
      '100家=100/家~', '40%=40~', '3个=3/个~', '十几个=10/个~', '三四个=34/个~', '3=3~', '5人=5/人~',
    ]);
  });
  it('units: 人次 before 人, 个百分点', () => {
    assert.deepEqual(read('出动警力1525人次，下降3.2个百分点'), ['1525人次=1525/人次', '3.2个百分点=3.2/个百分点']);
  });
  it('skips identifiers: PM2.5, H1N1, 5G, 2008.7.30', () => {
    assert.deepEqual(read('PM2.5、H1N1、5G、桂林“2008.7.30”案'), []);
  });
  it('keeps offsets and the digits to replace', () => {
    const [t] = scanNumbers('化解率达91.59%');
    assert.deepEqual([t.start, t.end, t.numStart, t.numEnd], [4, 10, 4, 9]);
  });
});

describe('arabicAt (ARABIC without its match object for a plain run of digits)', () => {
  const byPattern = (text: string, at: number) => {
    ARABIC.lastIndex = at;
    return ARABIC.exec(text)?.[0];
  };

  it('reads what the pattern reads, also where a separator or a point follows the digits', () => {
    const cases = [
      '408起', '2023年', '12,345元', '12 345人', '1\u00a0234', '3.5万', '３．５％', '１2', '98.66%', '1,23', '12 34', '1234 567',
      '5', '5.', '5．', '5,', '5 ', 'PM2.5', '2008.7.30', '１９８８年', '0.5.', '1,234,567.89亿', 'x', '', '，3',
    ];
    for (const text of cases) {
      for (let at = 0; at <= text.length; at++) assert.equal(arabicAt(text, at), byPattern(text, at), `${JSON.stringify(text)} at ${at}`);
    }
  });

  it('agrees with the pattern on pseudo-random strings of digits, separators and points', () => {
    const alphabet = ['1', '2', '0', '９', '０', ',', '.', '．', ' ', '\u00a0', '\u2009', '\u202f', '万', '%', 'a'];
    let seed = 11;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let k = 0; k < 9; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      for (let at = 0; at < text.length; at++) assert.equal(arabicAt(text, at), byPattern(text, at), `${JSON.stringify(text)} at ${at}`);
    }
  });
});

describe('checkRate', () => {
  it('accepts rounding and truncation to the decimals written', () => {
    assert.equal(checkRate(17918, 18161, 98.66, 2).consistent, true);
    assert.equal(checkRate(425, 464, 91.59, 2).consistent, true);
    assert.equal(checkRate(707, 1365, 51.8, 1).consistent, true);
    assert.equal(checkRate(2, 3, 66.6, 1).consistent, true);
    assert.equal(checkRate(2, 3, 66.7, 1).consistent, true);
    assert.equal(checkRate(2, 3, 66.8, 1).consistent, false);
    assert.equal(checkRate(180, 200, 95, 0).rounded, '90');
  });
});

describe('listEndingAt', () => {
  const count = (text: string) => {
    const list = listEndingAt(text, text.length);
    return { items: list.items.map((i) => i.text), plausible: plausibleCounts(list), open: list.open, broken: list.broken };
  };
  it('reads A、B和C with a shared head noun', () => {
    assert.deepEqual(count('渭南全市刑事类、治安类警情和刑事立案数').items, ['渭南全市刑事类', '治安类警情', '刑事立案数']);
    assert.deepEqual(count('全区刑事、治安警情').items, ['全区刑事', '治安警情']);
    assert.deepEqual(count('城东、城西、城南和城北').plausible, [4, 3]);
  });
  it('ignores separators inside brackets and quotes, stops at commas', () => {
    assert.deepEqual(count('国务院和省（自治区、直辖市）政府').items, ['国务院', '省（自治区、直辖市）政府']);
    assert.deepEqual(count('发生了,破案數、移送起訴數').items, ['破案數', '移送起訴數']);
  });
  it('says when a list is open or unsure', () => {
    assert.equal(count('北京、上海等').open, true);
    assert.equal(count('纤维及复合材料、合成材料').broken, true);
    assert.deepEqual(count('和谐社会、平安建设').items, ['和谐社会', '平安建设']);
  });
});

describe('number rules show their arithmetic', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ['respectively-mismatch', '刑事类、治安类警情和刑事立案数同比分别下降10.98%、8.5%、61.3%和9.2%。', /列举 3 项（[^）]+）.*给出 4 个数值/, /共 3 项[\s\S]*共 4 个[\s\S]*3 ≠ 4/],
    ['rate-mismatch', '排查矛盾纠纷200起，化解180起，化解率95%。', /180 ÷ 200 = 90%/, /180 ÷ 200 × 100% = 90%/],
    ['percent-bounds', '同比下降310.82%。', /“下降310\.82%”超过100%/, /100% − 310\.82%/],
    ['count-mismatch', '城东、城西、城南、城北3个治安检查站', /写明“3个”，实际列举 4 项/, /共 4 项[\s\S]*4 ≠ 3/],
    ['part-exceeds-whole', '共抓获320人，其中刑事拘留350人。', /“350人”大于总数“320人”/, /350 > 320/],
    ['symbol-consistency', '增长5%，下降4%，提高3﹪。', /2 处/, /% ×2，％ ×0，﹪ ×1/],
  ];
  for (const [ruleId, text, inMessage, inDetail] of cases) {
    it(ruleId, () => {
      const [f] = findingsOf(ruleId, text);
      assert.ok(f, 'a finding');
      assert.match(f.message, inMessage);
      assert.match(f.detail ?? '', inDetail);
    });
  }
  it('in English too', () => {
    const [f] = findingsOf('rate-mismatch', '排查矛盾纠纷200起，化解180起，化解率95%。', {}, 'plaintext', 'en');
    assert.match(f.message, /180 ÷ 200 = 90%, but the text says 95%/);
    assert.match(f.detail ?? '', /180 ÷ 200 × 100% = 90%/);
  });
});

describe('number rules on the seeds', () => {
  const seeds = resolve(__dirname, '../../../seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const config = onlyRulesConfig();
  const results = files.map((file) => {
    const text = readFileSync(join(seeds, file), 'utf8');
    return { file, text, result: lintDocument(text, { config }) };
  });

  it('finds exactly the three known slips', () => {
    const found = results.flatMap(({ file, result }) => result.findings.map((f) => {
      const l = located(f, result.document);
      return `${file.slice(0, 3)}:${l.line}:${l.column}-${l.endColumn} ${f.ruleId} ${f.severity}`;
    }));
    assert.deepEqual(found, [
      '001:19:113-114 symbol-consistency warn',
      '003:32:58-65 percent-bounds error',
      '004:7:33-55 respectively-mismatch error',
    ]);
  });

  it('annotates the verified rates', () => {
    const notes = results.flatMap(({ file, result }) => result.annotations.filter((a) => a.ruleId === 'rate-mismatch').map((a) => {
      const p = result.document.positionAt(a.start);
      return `${file.slice(0, 3)}:${p.line + 1}:${p.character + 1} ${a.text}`;
    }));
    assert.deepEqual(notes, [
      '001:19:93 17918 ÷ 18161 = 98.66%（文中 98.66%，一致）',
      '001:20:111 425 ÷ 464 = 91.59%（文中 91.59%，一致）',
      '003:34:126 707 ÷ 1365 = 51.8%（文中 51.8%，一致）',
    ]);
  });
});

/** The six number rules on at their default severities, everything else off. */
function onlyRulesConfig() {
  const base = onlyRule(NUMBER_RULES[0]);
  for (const id of NUMBER_RULES) base.rules[id] = { ...onlyRule(id).rules[id] };
  return base;
}

describe('scanNumbers: values scaled by 万 and 亿', () => {
  it('are the decimal reading of the figure as written, for integers large and small and for decimals', () => {
    const value = (text: string) => scanNumbers(text)[0]?.value;
    assert.equal(value('共123456789012345亿元'), Number('123456789012345e8')); // beyond 2^53: rounded once
    assert.equal(value('共9007199254740993万元'), Number('9007199254740993e4')); // not read exactly as an integer
    assert.equal(value('8.13亿元'), 813000000);
    assert.equal(value('2.9万人'), 29000);
    assert.equal(value('1,234万元'), 12340000);
    assert.equal(value('３千万元'), 30000000);
  });
});

describe('约 at the end of a word is not "about"', () => {
  it('reads the number after 签约/履约/节约/条约 as exact', () => {
    assert.deepEqual(read('全年履约45个，新签约5亿元以上项目52个'), ['45个=45/个', '5亿元=500000000/元~', '52个=52/个']);
    assert.deepEqual(read('每年可节约30分钟，缔结国际条约187个，签约达32个'), ['30分钟=30/分钟', '187个=187/个', '32个=32/个']);
  });
  it('keeps 大约, 共约, 约为 and the 约 after another word (折合约, 持续约, 环节约, 每条约, 人口约) approximate', () => {
    for (const text of ['大约30人', '共约20人', '约为30%', '折合约3.4亿元', '持续约1小时', '每个环节约2天', '每条约2公里', '干预约30次', '总人口约1400万人']) {
      assert.ok(scanNumbers(text).every((t) => !t.exact), text);
    }
  });
  it('says which 约 is "about" in a clause', () => {
    const about = (text: string) => yueIsAbout(text, text.indexOf('约'));
    assert.deepEqual(['约占全市的', '约有', '约3成', '约一半'].map(about), [true, true, true, true]);
    assert.deepEqual(['签约项目', '节约用水', '约束性指标', '制约因素', '履约45个'].map(about), [false, false, false, false, false]);
  });
  it('lets the number rules check counts after 签约 and 履约', () => {
    assert.deepEqual(findingsOf('rate-mismatch', '共签订合同50份，履约45份，履约率92%。').map((f) => [f.line, f.column, f.endColumn]), [[1, 19, 22]]);
    assert.deepEqual(findingsOf('part-exceeds-whole', '全年新签约52个项目，其中产业项目60个。').map((f) => [f.line, f.column]), [[1, 18]]);
    assert.deepEqual(findingsOf('figure-consistency', '全年签约项目共32个。\n全年签约项目共23个。').map((f) => [f.line, f.column]), [[2, 1]]);
    assert.deepEqual(findingsOf('figure-consistency', '全年签约项目约32个。\n全年签约项目约23个。'), []);
    assert.deepEqual(findingsOf('number-style', '全年签约30个左右，缔约12个左右。'), []);
    assert.deepEqual(findingsOf('number-style', '全年约30个左右。').map((f) => [f.line, f.column]), [[1, 3]]);
  });
});
