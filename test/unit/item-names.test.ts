// Known statistics item names with 和/及/、 inside (text/item-names) and what they change in respectively-mismatch:
// a list of such names is counted, so a list one value short or long is reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ITEM_NAMES, itemNamesIn } from '../../server/src/text/item-names';
import { listEndingAt } from '../../server/src/text/number-lists';
import { testRule } from '../helpers/ruleTester';

const names = (text: string) => itemNamesIn(text, 0, text.length).map((n) => text.slice(n.start, n.end));

describe('item names (GB/T 4754-2017, 国家统计局 price and retail categories)', () => {
  it('finds each name once, the longest where several start', () => {
    assert.deepEqual(names('电力、热力、燃气及水生产和供应业，电力、热力生产和供应业'), ['电力、热力、燃气及水生产和供应业', '电力、热力生产和供应业']);
    assert.deepEqual(names('信息传输、软件和信息技术服务业、软件和信息技术服务业'), ['信息传输、软件和信息技术服务业', '软件和信息技术服务业']);
  });
  it('reads traditional text', () => {
    assert.deepEqual(names('批發和零售業、交通運輸、倉儲和郵政業、住宿和餐飲業'), ['批發和零售業', '交通運輸、倉儲和郵政業', '住宿和餐飲業']);
  });
  it('leaves other words with 和/及 alone', () => {
    assert.deepEqual(names('住宿业和餐饮业、科技、教育、卫生和文化事业、新材料及医药制造'), []);
  });
  it('the list reader counts each name as one item and says which names it read', () => {
    const text = '金融业、住宿和餐饮业和房地产业';
    const read = listEndingAt(text, text.length);
    assert.deepEqual(read.items.map((i) => i.text), ['金融业', '住宿和餐饮业', '房地产业']);
    assert.deepEqual(read.names, [{ start: 4, end: 10 }]);
    // Without the names, the 和 inside 住宿和餐饮业 (a 、 before it) is one item's word or a separator: one thing more, perhaps.
    const plain = listEndingAt(text, text.length, 14, false);
    assert.deepEqual(plain.items.map((i) => i.text), ['金融业', '住宿和餐饮业', '房地产业']);
    assert.equal(plain.innerConjunctions, 1);
    assert.equal(plain.broken, false);
  });
  it('a name longer than the usual item is still one item (电力、热力、燃气及水生产和供应业, 16 characters)', () => {
    const text = '电力、热力、燃气及水生产和供应业、采矿业';
    assert.deepEqual(listEndingAt(text, text.length, 12).items.map((i) => i.text), ['电力、热力、燃气及水生产和供应业', '采矿业']);
  });
  it('every name holds a separator (a name without one changes nothing)', () => {
    for (const name of ITEM_NAMES) assert.match(name, /[、和及与]/, name);
  });
});

testRule('respectively-mismatch', {
  valid: [
    { text: '按行业分，批发和零售业实现738.4亿元，住宿和餐饮业实现64.7亿元，同比分别增长15.8%和14.4%。', why: 'held-out s24 (Daqing 2012 communiqué): two sectors, two values' },
    { text: '其中，生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格分别上涨0.9%、1.0%、0.6%、4.6%。', why: 'held-out s25 (Songyuan 2024 communiqué): four CPI categories, four values (silent before only because the count was unsure)' },
    { text: '其中，通用设备制造业、汽车制造业、电气机械和器材制造业同比分别增长8.3%、10.9%、11.9%。', why: 'held-out s28 (xwlb 2025-08-24): three divisions, three values' },
    { text: '工程技术研究和试验发展、医学研究和试验发展销售收入累计同比分别增长16.8%和26%。', why: 'held-out s28 (xwlb 2023-07-16): two groups ending in a division name, two values' },
    { text: '建筑及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类分别下降44.4%、20.0%、18.0%、13.1%、12.5%和12.1%。', why: 'held-out s24 (Yangling): six retail categories, six values' },
    { text: '批發和零售業、住宿和餐飲業增加值分別增長5.1%和7.3%。', why: 'traditional: two sectors, two values' },
    { text: '重点行业实现较快增长，批发和零售业、住宿业和餐饮业、金融业增加值分别增长9.7%、10.2%、8.2%。', why: 'held-out s24: 住宿业和餐饮业 is no entry of the table; its 和 (a 、 before it) makes three things or four, and three values fit (with two values it is reported now: respectively-mismatch.test.ts)' },
    { text: '饲料、商品混凝土、乳制品和锂离子电池分别下降10.4%、30.0%和33.9%。', why: 'no known name: a last 和 may be inside a name, as before' },
    { text: '建筑业、交通运输、仓储和邮政业增加值分别增长3.2%、4.1%和5.0%。', why: 'a name with 、 may be meant as its parts: the count without the name stays plausible' },
  ],
  invalid: [
    {
      text: '其中，生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格分别上涨0.9%、1.0%、4.6%。',
      why: 'Songyuan 2024 communiqué with one value dropped: four CPI categories, three values',
      errors: [{ line: 1, column: 38, endColumn: 52, messageId: 'fewerValues', text: '0.9%、1.0%、4.6%', message: /前面列举 4 项（生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格），后面给出 3 个数值/ }],
    },
    {
      text: '其中，通用设备制造业、汽车制造业、电气机械和器材制造业同比分别增长8.3%、11.9%。',
      why: 'xwlb 2025-08-24 with one value dropped (silent before: 和 could have made the list two things)',
      errors: [{ line: 1, column: 34, endColumn: 44, messageId: 'fewerValues', text: '8.3%、11.9%', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '建筑及装潢材料、饮料、体育娱乐用品、日用品和书报杂志类分别下降44.4%、20.0%、18.0%、13.1%、12.5%和12.1%。',
      why: 'Yangling with one category dropped: five categories, six values',
      errors: [{ line: 1, column: 32, messageId: 'moreValues', message: /前面列举 5 项.*后面给出 6 个数值/ }],
    },
    {
      text: '工程技术研究和试验发展、医学研究和试验发展销售收入累计同比分别增长16.8%、21.5%和26%。',
      why: 'one value too many after two names',
      errors: [{ line: 1, column: 34, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '批發和零售業、住宿和餐飲業增加值分別增長5.1%、6.2%和7.3%。',
      why: 'traditional script, one value too many',
      errors: [{ line: 1, column: 21, endColumn: 35, messageId: 'moreValues', text: '5.1%、6.2%和7.3%', message: /前面列举 2 项（批發和零售業、住宿和餐飲業增加值）/ }],
    },
  ],
});
