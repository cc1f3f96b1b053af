import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTypoTable, TYPO_TABLE } from '../../server/src/text/typos';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('common-typo', {
  valid: [
    { text: '湾区快线：指东莞港联通大湾区“9+2”城市群的定点定班驳船运输网络。', why: 'held-out s31 cities (东莞 2021): 定班 + 驳船 (a barge), not 斑驳' },
    { text: '立足生态禀赋与资源优势，深化文旅融合。', why: 'held-out s31k (丽江 2025 budget report): 禀赋 + 与 (and), not 赋与' },
    { text: '推进综合保税区申报筹建工作。台山、开平两家农信社改制为农商银行相关申报筹建工作。', why: 'held-out s29 (德阳 2014, 江门 2018 reports): 申报 + 筹建, two verbs, not 报酬' },
    { text: '及时上报筹备方案，做好资金筹集。', why: '报 before another 筹-verb (筹备): 上报 + 筹备' },
    { text: '衞生署調查一名女子深度鎮靜麻醉下拔牙未能復甦　需送院仍危殆', why: 'held-out s25 (RTHK 2025): 麻醉下|拔牙, not 下拨' },
    { text: '位于俄罗斯远东地区堪察加半岛上的克拉舍宁尼科夫火山今天喷发。', why: 'held-out s28 (新闻联播 2025): 堪察加 is Kamchatka, a place name, not 勘察' },
    { text: '申报截止日期为6月30日。', why: '截止日期: a deadline, 截止 is right' },
    { text: '报名截止时间为下午五点。', why: '截止时间' },
    { text: '报名截止今年10月31日。', why: 'registration closes on a date: 截止 is right after 报名' },
    { text: '项目申报截止到期后不再受理。', why: '截止 + 到期' },
    { text: '截至目前，全市已建成基站1200个。', why: 'already 截至' },
    { text: '在人民日报发布署名文章。', why: '发布 + 署名, not 布署' },
    { text: '既使企业减轻负担，又使群众得到实惠。', why: '既使……又……: “both … and”, not 即使' },
    { text: '资金链断裂甚至使企业陷入困境。', why: '甚至 + 使, not 至使' },
    { text: '深入研究竞争政策。', why: '研究 + 竞争, not 究竞' },
    { text: '两组数据究竟相差多少？', why: '究竟 + 相差, not 竟相' },
    { text: '鼓励行业协会发挥作用。', why: '鼓励 + 行业, not 励行' },
    { text: '建立激励行为的长效机制。', why: '激励 + 行为' },
    { text: '养成习惯穿戴安全帽。', why: '习惯 + 穿戴, not 惯穿' },
    { text: '建设农家俱乐部。', why: '农家 + 俱乐部, not 家俱' },
    { text: '及时修复盖板。', why: '修复 + 盖板, not 复盖' },
    { text: '超过份额的部分不予补贴。', why: '超过 + 份额, not 过份' },
    { text: '促进社会平安祥和。', why: '平安 + 祥和, not 安祥' },
    { text: '按装修标准验收。', why: '按 + 装修, not 按装' },
    { text: '帮助企业渡过难关。', why: 'already 渡过难关' },
    { text: '協助中小企業度過難關。', why: 'Taiwan usage writes 度過難關; not in the list (traditional corpus)' },
    { text: '物价上涨幅度过大。', why: '幅度 + 过大, no entry for a bare 度过' },
    { text: '完善个人帐户制度。', why: '帐户 was standard in older official texts (1995, 2001 reports): left to config terms' },
    { text: '同外商已经签定的协议。', why: '签定 is in older official texts (1989, 2009 reports): left to config terms' },
    { text: '开展丰富多采的群众性文化活动。', why: '多采 in the 1995 report: left to config terms' },
    { text: '全體同仁再接再厲。', why: 'traditional, already right' },
    {
      text: '全体干部再接再励。',
      config: { rules: { 'common-typo': ['warn', { builtin: false }] } },
      why: 'builtin: false checks only config terms',
    },
  ],
  invalid: [
    { text: '老屋的墙面班驳陆离。', why: 'near 定班驳船: no 船 after it', errors: [{ line: 1, column: 6, text: '班驳' }], output: '老屋的墙面斑驳陆离。' },
    { text: '赋与新的内涵。', why: '赋与 without 禀 before it: still found', errors: [{ line: 1, column: 1, endColumn: 3, messageId: 'typo' }], output: '赋予新的内涵。' },
    { text: '提高职工劳动报筹。', why: '报筹 before no 筹-verb is still 报酬 (the boundary of notNext)', errors: [{ line: 1, column: 7, endColumn: 9, messageId: 'typo' }], output: '提高职工劳动报酬。' },
    { text: '组织专家对矿区进行实地堪察。', why: '堪察 not before 加 is still 勘察', errors: [{ line: 1, column: 12, endColumn: 14, messageId: 'typo' }], output: '组织专家对矿区进行实地勘察。' },
    { text: '市财政下拔专项资金500万元，支持乡村振兴。', why: '下拔 before 专项 is still 下拨', errors: [{ line: 1, column: 4, endColumn: 6, messageId: 'typo' }], output: '市财政下拨专项资金500万元，支持乡村振兴。' },
    {
      text: '全体干部再接再励，推动工作再上新台阶。',
      errors: [{ line: 1, column: 5, endColumn: 9, messageId: 'typo', severity: 'warn', message: '“再接再励”应为“再接再厉”：“厉”同“砺”，磨快，引申为奋勉；不作“励”。' }],
      output: '全体干部再接再厉，推动工作再上新台阶。',
    },
    { text: '謝他擔任臺南巿長時的照顧。', why: 'the real slip in a Taiwan press release (corpus SOURCES.md)', errors: [{ line: 1, column: 7, endColumn: 8, messageId: 'typo' }], output: '謝他擔任臺南市長時的照顧。' },
    { text: '我们将一如继往地支持民营经济。', errors: [{ line: 1, column: 4, endColumn: 8, messageId: 'typo' }], output: '我们将一如既往地支持民营经济。' },
    { text: '各项工作按步就班推进。', errors: [{ line: 1, column: 5, endColumn: 9 }], output: '各项工作按部就班推进。' },
    { text: '群众迫不急待地想了解政策。', errors: [{ line: 1, column: 3, endColumn: 7 }], output: '群众迫不及待地想了解政策。' },
    { text: '会议对下一步工作进行了布署。', errors: [{ line: 1, column: 12, endColumn: 14 }], output: '会议对下一步工作进行了部署。' },
    { text: '截止目前，全市已建成基站1200个。', errors: [{ line: 1, column: 1, endColumn: 5 }], output: '截至目前，全市已建成基站1200个。' },
    { text: '截止到2023年底，共完成投资50亿元。', errors: [{ line: 1, column: 1, endColumn: 4 }], output: '截至2023年底，共完成投资50亿元。' },
    { text: '截止2024年6月，累计发放补贴3亿元。', why: 'a clause-initial 截止 before a date', errors: [{ line: 1, column: 1, endColumn: 3 }], output: '截至2024年6月，累计发放补贴3亿元。' },
    { text: '两幅图案部分重迭。', errors: [{ line: 1, column: 7, endColumn: 9 }], output: '两幅图案部分重叠。' },
    { text: '个别干部纪律松驰。', errors: [{ line: 1, column: 7, endColumn: 9 }], output: '个别干部纪律松弛。' },
    { text: '敢于针贬时弊。', errors: [{ line: 1, column: 3, endColumn: 5 }], output: '敢于针砭时弊。' },
    { text: '节日期间车辆穿流不息。', errors: [{ line: 1, column: 7, endColumn: 11 }], output: '节日期间车辆川流不息。' },
    { text: '既使困难再大，也要按期完成任务。', why: '既使 without 又 later in the sentence', errors: [{ line: 1, column: 1, endColumn: 3 }], output: '即使困难再大，也要按期完成任务。' },
    { text: '我们要帮助企业度过难关。', errors: [{ line: 1, column: 8, endColumn: 12 }], output: '我们要帮助企业渡过难关。' },
    { text: '老人在这里渡过晚年。', errors: [{ line: 1, column: 6, endColumn: 10 }], output: '老人在这里度过晚年。' },
    { text: '发扬不怕吃苦的气慨。', errors: [{ line: 1, column: 8, endColumn: 10 }], output: '发扬不怕吃苦的气概。' },
    { text: '坚决杜绝贪脏枉法行为。', errors: [{ line: 1, column: 5, endColumn: 9 }], output: '坚决杜绝贪赃枉法行为。' },
    { text: '项目已于年底峻工。', errors: [{ line: 1, column: 7, endColumn: 9 }], output: '项目已于年底竣工。' },
    { text: '当前形势依然严竣。', errors: [{ line: 1, column: 7, endColumn: 9 }], output: '当前形势依然严峻。' },
    { text: '做为基层干部，要当好表率。', errors: [{ line: 1, column: 1, endColumn: 3 }], output: '作为基层干部，要当好表率。' },
    { text: '采取明查暗访方式督导检查。', errors: [{ line: 1, column: 3, endColumn: 7 }], output: '采取明察暗访方式督导检查。' },
    { text: '切实惯彻落实会议精神。', errors: [{ line: 1, column: 3, endColumn: 5 }], output: '切实贯彻落实会议精神。' },
    { text: '提升企业竟争力。', errors: [{ line: 1, column: 5, endColumn: 7 }], output: '提升企业竞争力。' },
    { text: '市财政拔款500万元。', errors: [{ line: 1, column: 4, endColumn: 6 }], output: '市财政拨款500万元。' },
    { text: '侯选人名单已公示。', errors: [{ line: 1, column: 1, endColumn: 3 }], output: '候选人名单已公示。' },
    { text: '大力宏扬社会主义核心价值观。', errors: [{ line: 1, column: 3, endColumn: 5 }], output: '大力弘扬社会主义核心价值观。' },
    { text: '工作要一张一驰。', errors: [{ line: 1, column: 4, endColumn: 8 }], output: '工作要一张一弛。' },
    { text: '坚决防止通货膨涨。', errors: [{ line: 1, column: 5, endColumn: 9 }], output: '坚决防止通货膨胀。' },
    { text: '全體同仁再接再勵。', why: 'traditional', errors: [{ line: 1, column: 5, endColumn: 9 }], output: '全體同仁再接再厲。' },
    { text: '政府已完成防疫佈署。', why: 'traditional', errors: [{ line: 1, column: 8, endColumn: 10 }], output: '政府已完成防疫部署。' },
    { text: '部分單位紀律鬆馳。', why: 'traditional', errors: [{ line: 1, column: 7, endColumn: 9 }], output: '部分單位紀律鬆弛。' },
    {
      text: '截止目前為止，已有三百人報名。',
      why: 'traditional; the longest entry wins',
      errors: [{ line: 1, column: 1, endColumn: 7 }],
      output: '截至目前為止，已有三百人報名。',
    },
    {
      text: '一如继往，再接再励。',
      errors: [{ line: 1, column: 1, endColumn: 5 }, { line: 1, column: 6, endColumn: 10 }],
      output: '一如既往，再接再厉。',
    },
    // Config terms: the office's own wording.
    {
      text: '要让老百姓得到实惠。',
      config: { terms: { 老百姓: '人民群众' } },
      errors: [{ line: 1, column: 3, endColumn: 6, messageId: 'term', message: '“老百姓”应为“人民群众”（本单位用语规范）。' }],
      output: '要让人民群众得到实惠。',
    },
    {
      text: '截止目前，已完成八成。',
      config: { terms: { 截止目前: { to: '截至目前', message: '本单位统一写法' } } },
      why: 'a term overrides the built-in entry and its message',
      errors: [{ line: 1, column: 1, endColumn: 5, messageId: 'termWithMessage', message: '“截止目前”应为“截至目前”：本单位统一写法。' }],
      output: '截至目前，已完成八成。',
    },
    {
      text: '截止目前，已完成八成。',
      config: { terms: { 截止目前: { to: '截至目前', message: '本单位统一写法。' } } },
      why: 'an office message that ends its own sentence does not get a second 。',
      errors: [{ line: 1, column: 1, endColumn: 5, messageId: 'termWithMessage', message: '“截止目前”应为“截至目前”：本单位统一写法。' }],
      output: '截至目前，已完成八成。',
    },
    {
      text: '市政府召开常务会议，人民政府网站同步发布。',
      config: { terms: { 政府: '人民政府' } },
      why: 'the right form contains the wrong one: 人民政府 is not flagged again',
      errors: [{ line: 1, column: 2, endColumn: 4, messageId: 'term' }],
      output: '市人民政府召开常务会议，人民政府网站同步发布。',
    },
    {
      text: '要让老百姓得到实惠。',
      config: { terms: { 老百姓: '人民群众' }, rules: { 'common-typo': ['warn', { builtin: false }] } },
      locale: 'en',
      errors: [{ line: 1, column: 3, endColumn: 6, message: 'Write "人民群众" instead of "老百姓" (your office\'s wording).' }],
      output: '要让人民群众得到实惠。',
    },
  ],
});

describe('common-typo data file (server/src/text/typos.ts)', () => {
  const entries = parseTypoTable(TYPO_TABLE);

  it('parses: every line has wrong, right and reason; at least 150 entries', () => {
    for (const line of TYPO_TABLE.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const fields = line.split('\t');
      assert.ok(fields.length === 3 || fields.length === 4, `one entry per line, 3 or 4 fields: ${line}`);
    }
    assert.ok(entries.length >= 150, `${entries.length} entries`);
    for (const e of entries) {
      assert.ok(e.wrong && e.right && e.reason.length >= 2, `line ${e.line} is complete`);
      assert.notEqual(e.wrong, e.right, `line ${e.line}: wrong ≠ right`);
    }
  });

  it('has no duplicate wrong forms', () => {
    const seen = new Map<string, number>();
    for (const e of entries) {
      assert.ok(!seen.has(e.wrong), `“${e.wrong}” on lines ${seen.get(e.wrong)} and ${e.line}`);
      seen.set(e.wrong, e.line);
    }
  });

  it('never flags a right form (so a fix cannot loop)', () => {
    for (const e of entries) assert.deepEqual(findingsOf('common-typo', e.right).map((f) => f.message), [], `right form “${e.right}”`);
  });

  it('flags every wrong form on its own, unless a condition needs context', () => {
    for (const e of entries.filter((x) => !x.conditions.some((c) => c.kind === 'prev' || c.kind === 'next'))) {
      const found = findingsOf('common-typo', e.wrong);
      assert.equal(found.length, 1, `“${e.wrong}”`);
      assert.equal(found[0].fix?.text, e.right);
    }
  });

  it('rejects a malformed line, naming it', () => {
    assert.throws(() => parseTypoTable('\n错\t对\n'), /line 2/);
    assert.throws(() => parseTypoTable('错\t对\t理由\tbefore=x'), /bad condition/);
  });
});
