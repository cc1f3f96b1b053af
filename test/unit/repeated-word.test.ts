import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('repeated-word', {
  valid: [
    { text: '推进公共服务一体化，取消昌九两市间漫游通话费和长途通话费，商业银行银行卡、存折业务同城化。', why: 'held-out s31 (江西 2014): 商业银行 and 银行卡 share the copy' },
    { text: '推动整治工作常态化制度化，让人民群众的获得感可感可及。', why: 'held-out s31k (丽江 2025 budget report): 获得感 + 可感可及, not 感可 typed twice' },
    { text: '中国五矿中国一冶集团有限公司东湖绿道二期工程PPP项目项目常务经理', why: 'ECSpell clean sentence: PPP项目 (a Latin-lettered name) then the post 项目常务经理' },
    { text: 'PPP项目项目负责人李明主持会议。', why: 'the post 项目负责人 after the name PPP项目' },
    { text: 'EPC项目项目经理部署安全生产工作。', why: 'the post 项目经理 after the name EPC项目' },
    { text: 'PPP项目项目部组织开展安全检查。', why: 'the office 项目部 after the name PPP项目' },
    { text: '隨著臺南市民接受度也越來越高，第二座淨圓滿紙錢專爐日前啟用，再再提升處理效率。', why: 'held-out s25 (Tainan 2023): 再再 (repeatedly) is a word of Taiwan\'s dictionary' },
    { text: '恒指收報20354點，升197點，升幅4.24%。嗶哩嗶哩升近12%，京東集團升近6%，美團升逾5%。', why: 'held-out s27 (RTHK finance 2024-12-10): 嗶哩嗶哩 (Bilibili), a name of characters official texts hardly use' },
    { text: '火鍋連鎖店呷哺呷哺宣布關閉香港所有分店。', why: 'held-out s26 (RTHK 2025): 呷哺呷哺, a restaurant chain\'s name' },
    { text: '哔哩哔哩发布第三季度财报，营收同比增长。', why: 'the same name in simplified text' },
    { text: '我沒有和任何人，就總統職位的問題，有所約束，或談到如何如何的話。', why: 'held-out Presidential Office 1995: 如何如何 "such and such"' },
    { text: '且厚實警用車輛計畫執行結果未能有效改善，員警訓練比率及及格比率有下降情形。', why: 'held-out Legislative Yuan report: 比率|及|及格比率, ICU splits 及格' },
    { text: '构建共建共治共享的社会治理格局，充分发挥综治中心作用。', why: 'held-out 2026 Xinjiang report: 构建|共建共治共享, not 建共 typed twice' },
    { text: '從歷史的過程，在在的顯示全面推動憲政改造工程的時機與條件已臻成熟。', why: 'held-out Presidential Office 2005: the adverb 在在 with 的 before 顯示' },
    // A set phrase, idiom or abbreviation ends in the character that begins the next word (issue 13).
    { text: '自以为是是工作中的大忌。', why: 'idiom 自以为是 + the verb 是' },
    { text: '这类问题比比皆是是因为监管缺位。', why: 'idiom 比比皆是 + 是' },
    { text: '社区居委会会同有关部门开展巡查。', why: 'abbreviation 居委会 + 会同' },
    { text: '居委會會同有關部門開展巡查。', why: 'traditional: 居委會 + 會同 (looked up in simplified form)' },
    // AA reduplication: adverbs, adjectives, nouns, measure words.
    { text: '我们常常深入基层调研。', why: 'AA adverb 常常' },
    // Issue 13: repeats across a set phrase, parallel compounds and an organisation's short name.
    { text: '这类隐患在老旧小区比比皆是是当前治理的难点。', why: 'idiom 比比皆是 + verb 是' },
    { text: '个别干部自以为是是作风不实的表现。', why: 'set phrase 自以为是 + verb 是' },
    { text: '搭建共建共享的社区治理平台。', why: '搭建 + parallel compound 共建共享' },
    { text: '要大力推进进一步深化改革的各项举措。', why: '推进 + 进一步' },
    { text: '居委會會繼續跟進區內長者的需要。', why: '居委會 + modal 會 (Hong Kong)' },
    // Issue 13 (b) as a class: a verb ending in the character that begins the next compound.
    { text: '建立立体化社会治安防控体系。', why: '建立 + 立体化' },
    { text: '到二〇三五年基本实现现代化。', why: '实现 + 现代化' },
    { text: '不断提高高质量发展水平。', why: '提高 + 高质量' },
    { text: '大力发展展会经济。', why: '发展 + 展会' },
    { text: '着力构建建设用地节约集约利用机制。', why: '构建 + 建设用地: one shared character, not a doubled word' },
    { text: '村委会会及时公开账目。', why: '村委会 + modal 会' },
    { text: '教委會會同有關部門研究。', why: '教委會 + 會同' },
    { text: '要时时绷紧安全这根弦。', why: 'AA adverb 时时' },
    { text: '层层压实安全生产责任。', why: 'AA 层层 (seed 004)' },
    { text: '紧紧围绕中心工作谋划部署。', why: 'AA adverb 紧紧' },
    { text: '警徽在阳光下熠熠生辉。', why: 'AA in an idiom, 熠熠生辉' },
    { text: '妥善处理群众反映的种种问题。', why: 'AA measure word 种种' },
    // AABB.
    { text: '统筹兼顾方方面面的利益。', why: 'AABB 方方面面' },
    { text: '把政策宣传到家家户户。', why: 'AABB 家家户户' },
    { text: '认认真真履行职责。', why: 'AABB 认认真真' },
    { text: '广大民警日日夜夜坚守岗位。', why: 'AABB 日日夜夜' },
    { text: '为群众办实实在在的好事。', why: 'AABB 实实在在: 在在 follows 实实' },
    { text: '千千万万个市场主体活力迸发。', why: 'AABB 千千万万' },
    { text: '这的的确确是一项民心工程。', why: 'AABB 的的确确' },
    // Numeral + classifier.
    { text: '一个一个地解决群众的困难。', why: 'numeral + classifier repeated, 一个一个' },
    { text: '一个个村庄焕发出新的生机。', why: 'numeral + reduplicated classifier, 一个个' },
    { text: '一场场专项行动接连开展。', why: '一场场' },
    { text: '一幕幕感人场景令人难忘。', why: '一幕幕 (seed)' },
    { text: '一抹抹民生暖色折射出发展温度。', why: '一抹抹 (seed)' },
    { text: '大家一步一步走了过来。', why: 'numeral + classifier phrase, 一步一步' },
    // Idioms.
    { text: '对群众投诉决不能不了了之。', why: 'idiom 不了了之' },
    { text: '人民群众念念不忘。', why: 'idiom 念念不忘' },
    { text: '稳扎稳打、步步为营。', why: 'idiom 步步为营' },
    { text: '各项事业欣欣向荣。', why: 'idiom 欣欣向荣' },
    { text: '现场秩序井井有条。', why: 'idiom 井井有条' },
    { text: '对群众的诉求一而再再而三地推诿。', why: 'idiom 一而再再而三' },
    // A character repeated across a word boundary.
    { text: '市公安局党委委员、副局长张某某出席会议。', why: '党委|委员 (seed)' },
    { text: '切实转变工作作风。', why: '工作|作风 (seed)' },
    { text: '公安厅厅长主持会议。', why: '公安厅|厅长' },
    { text: '全力维护社会治安安全稳定。', why: '治安|安全 (seed)' },
    { text: '加强社区民警警力配备。', why: '民警|警力 (seed)' },
    { text: '高铁西站站前派出所民警。', why: '西站|站前 (seed)' },
    { text: '集中整治治安混乱地区。', why: '整治|治安 (seed)' },
    { text: '会议议程已印发各位代表。', why: '会议|议程' },
    { text: '发展全过程人民民主。', why: '人民|民主' },
    { text: '这是达到目的的必要手段。', why: '目的|的: the particle 的 after the noun 目的' },
    { text: '派员察看看守所的监控设施。', why: '察看|看守所' },
    { text: '我们积极应对对外开放中出现的新情况。', why: '应对|对外 (corpus, 2006)' },
    { text: '30多亿元，其中中央财政转移支付20亿元。', why: '其中|中央 (corpus, 2006)' },
    { text: '开工周至至乾县、改扩建西安至安康高速。', why: '周至 (a county) + 至 “to” (corpus, Shaanxi 2026)' },
    { text: '始终把忠诚作为为政之魂。', why: '作为|为政 (corpus, Guangdong 2026)' },
    { text: '为了了解真实情况，调研组深入一线。', why: '为了|了解' },
    { text: '学习总书记的重要要求。', why: '重要|要求' },
    { text: '推进现代化首都都市圈建设。', why: '首都|都市圈' },
    { text: '专家认为为时过早。', why: '认为|为时过早' },
    { text: '努力成为为人民服务的好公仆。', why: '成为 + 为人民服务' },
    { text: '現在在臺北舉行記者會。', why: '現在 + 在 “at”' },
    { text: '台灣家庭醫學醫學會理事長出席。', why: '家庭醫學|醫學會 (corpus, traditional)' },
    { text: '雙方首度實體面對面對談。', why: '面對面|對談 (corpus, traditional)' },
    { text: '氣候變遷對策委員會委員會議議事規範。', why: '委員會|委員會議 (corpus, traditional)' },
    { text: '工商協進會會員大會。', why: '協進會|會員 (corpus, traditional)' },
    { text: '深化文化文艺精品创作。', why: '深化|文化|文艺' },
    { text: '在既有的高階硬體製造優勢之上。', why: '硬體|製造, not a repeat at all (traditional)' },
    { text: '臺灣的國際參與，在在證明了臺灣是世界的臺灣。', why: 'literary adverb 在在 before 證明 (corpus, traditional)' },
    { text: '最後有完整地修補嗎？我相信在在都是疑問，另外也包括跟台聯的關係。', why: 'held-out Presidential Office 2008: the adverb 在在 before 都' },
    { text: '在我们面前，仍然有很多个很大的未被认识的领域，还有很多很多不熟悉的事物。', why: 'held-out 1964 report: 很多很多, a quantity said twice for emphasis' },
    { text: '我要謝謝每一位國人。', why: 'AA word 謝謝' },
    // Options and configuration.
    { text: '这个问题请大家研究研究再定。', config: { allow: ['研究研究'] }, why: 'the user accepts 研究研究 through allow' },
    {
      text: '恭喜中信兄弟所有的的球員。',
      config: { rules: { 'repeated-word': ['error', { minLength: 2 }] } },
      why: 'minLength 2 turns off single-character repeats',
    },
  ],
  invalid: [
    { text: '推进公共服务一体化，商业银行银行网点、存折业务同城化。', why: 'near 商业银行银行卡: a two-character word after the copy', errors: [{ line: 1, column: 13, text: '银行银行' }], output: '推进公共服务一体化，商业银行网点、存折业务同城化。' },
    { text: '累计建成省级以上研发机构84家，博士博士后工作站增至59个。', why: 'held-out s31 cities (潮州 2023): the first copy is a word of its own, as in 贫困贫困县 (typed twice): still reported', errors: [{ line: 1, column: 17, text: '博士博士' }], output: '累计建成省级以上研发机构84家，博士后工作站增至59个。' },
    { text: '让人民群众的获得感可感可感可及。', why: 'the marker repeated first (可感可感): still a slip', errors: [{ line: 1, column: 10, endColumn: 14, messageId: 'repeatedPhrase' }], output: '让人民群众的获得感可感可及。' },
    {
      text: 'PPP项目项目建设进展顺利。',
      why: 'after a Latin-lettered name, but no post follows: a slip',
      errors: [{ line: 1, column: 4, endColumn: 8, messageId: 'repeatedPhrase' }],
      output: 'PPP项目建设进展顺利。',
    },
    {
      text: '全力做好PPP项目项目部署推进工作。',
      why: '部署 is no office: a slip',
      errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'repeatedPhrase' }],
      output: '全力做好PPP项目部署推进工作。',
    },
    {
      text: '全力推进重点项目项目经理责任制。',
      why: 'a post follows, but no Latin-lettered name before the first copy: still a slip',
      errors: [{ line: 1, column: 7, endColumn: 11, messageId: 'repeatedPhrase' }],
      output: '全力推进重点项目经理责任制。',
    },
    { text: '我们要再再提升服务效率，让群众满意。', why: '再再 in simplified text is still a slip', errors: [{ line: 1, column: 4, endColumn: 6, messageId: 'repeatedChar' }], output: '我们要再提升服务效率，让群众满意。' },
    {
      text: '可能還要再等下下任總統才能有初步的交機交機、交船、交艦、交飛彈，這些是延續性的。',
      why: 'held-out Presidential Office 2016: ICU splits 交|機|交|機, but no word runs across the repeat: a slip',
      errors: [{ line: 1, column: 18, endColumn: 22, messageId: 'repeatedPhrase' }],
      output: '可能還要再等下下任總統才能有初步的交機、交船、交艦、交飛彈，這些是延續性的。',
    },
    {
      text: '外匯基金面對不少不明朗因素，包括美國美國總統大選結果。',
      why: 'held-out s27 (RTHK finance 2024-11-04): 美國 typed twice, common characters: still a slip',
      errors: [{ line: 1, column: 17, endColumn: 21, messageId: 'repeatedPhrase', text: '美國美國' }],
      output: '外匯基金面對不少不明朗因素，包括美國總統大選結果。',
    },
    {
      text: '依法依规建设建设用地，保障重点项目落地。',
      why: 'issue 13: a whole word doubled in front of a compound that starts with it (建设 + 建设用地) is not one of the set-phrase classes: a slip, unlike 构建建设用地',
      errors: [{ line: 1, column: 5, endColumn: 9, messageId: 'repeatedPhrase', text: '建设建设' }],
      output: '依法依规建设用地，保障重点项目落地。',
    },
    {
      text: '另外，广泛动员动员加强抢险救灾工作。',
      why: 'seed 004 line 21',
      errors: [{ line: 1, column: 6, endColumn: 10, messageId: 'repeatedPhrase', severity: 'error', message: '“动员动员”：词语重复，疑为多打；删去重复的“动员”' }],
      output: '另外，广泛动员加强抢险救灾工作。',
    },
    {
      text: '对途经我市往南宁方向的方向的车辆进行检查。',
      why: 'seed 000 line 13',
      errors: [{ line: 1, column: 9, endColumn: 15, messageId: 'repeatedPhrase', text: '方向的方向的' }],
      output: '对途经我市往南宁方向的车辆进行检查。',
    },
    {
      text: '全面推進推進各項改革。',
      why: 'traditional, whole words repeated',
      errors: [{ line: 1, column: 3, endColumn: 7, messageId: 'repeatedPhrase' }],
      output: '全面推進各項改革。',
    },
    {
      text: '这个问题请大家研究研究再定。',
      why: 'ABAB verb reduplication is colloquial in an official document: reported (allow it in config if meant)',
      errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'repeatedPhrase', severity: 'error' }],
      output: '这个问题请大家研究再定。',
    },
    {
      text: '会上大家讨论讨论了实施方案。',
      errors: [{ line: 1, column: 5, endColumn: 9, messageId: 'repeatedPhrase' }],
      output: '会上大家讨论了实施方案。',
    },
    {
      text: '我们的的工作还有差距。',
      why: 'both 的 stand alone',
      errors: [{ line: 1, column: 3, endColumn: 5, messageId: 'repeatedChar', severity: 'warn', message: '“的的”：单字重复，疑为多打（证据较弱）；如属多打，删去一个“的”' }],
      output: '我们的工作还有差距。',
    },
    {
      text: '把通知送到到各单位。',
      why: '送到 + a lone 到',
      errors: [{ line: 1, column: 5, endColumn: 7, messageId: 'repeatedChar', severity: 'warn' }],
      output: '把通知送到各单位。',
    },
    {
      text: '有人认为为这项工作没有必要。',
      why: '认为 + a lone 为',
      errors: [{ line: 1, column: 4, endColumn: 6, messageId: 'repeatedChar' }],
      output: '有人认为这项工作没有必要。',
    },
    {
      text: '我们们要加强学习。',
      errors: [{ line: 1, column: 2, endColumn: 4, messageId: 'repeatedChar' }],
      output: '我们要加强学习。',
    },
    {
      text: '这项工作已已经完成。',
      why: 'a lone adverb before a word starting with the same character',
      errors: [{ line: 1, column: 5, endColumn: 7, messageId: 'repeatedChar', text: '已已' }],
      output: '这项工作已经完成。',
    },
    {
      text: '我我们要加强学习。',
      errors: [{ line: 1, column: 1, endColumn: 3, messageId: 'repeatedChar', text: '我我' }],
      output: '我们要加强学习。',
    },
    {
      text: '恭喜中信兄弟所有的的球員、夥伴。',
      why: 'traditional corpus slip (39122 line 14)',
      errors: [{ line: 1, column: 9, endColumn: 11, messageId: 'repeatedChar', text: '的的' }],
      output: '恭喜中信兄弟所有的球員、夥伴。',
    },
    {
      text: '她有注意到到習近平主席這種說法。',
      why: 'traditional corpus slip (27218 line 49)',
      errors: [{ line: 1, column: 5, endColumn: 7, messageId: 'repeatedChar', text: '到到' }],
      output: '她有注意到習近平主席這種說法。',
    },
    {
      text: '總統提到習近平認為為民主沒有用。',
      why: 'traditional corpus slip (27449 line 14)',
      errors: [{ line: 1, column: 9, endColumn: 11, messageId: 'repeatedChar', text: '為為' }],
      output: '總統提到習近平認為民主沒有用。',
    },
    {
      text: '这项工作但是是我们的重点。',
      why: 'a short word ending in 是 (但是) is not a set phrase: still a slip',
      errors: [{ line: 1, column: 6, endColumn: 8, messageId: 'repeatedChar', text: '是是' }],
      output: '这项工作但是我们的重点。',
    },
    {
      text: '居民的意见会会影响决策。',
      why: '会会 with no organisation name before it: still a slip',
      errors: [{ line: 1, column: 6, endColumn: 8, messageId: 'repeatedChar', text: '会会' }],
      output: '居民的意见会影响决策。',
    },
    {
      text: '会议在在北京召开。',
      why: '在在 before a place is a slip, unlike the adverb 在在 before 证明',
      errors: [{ line: 1, column: 3, endColumn: 5, messageId: 'repeatedChar' }],
      output: '会议在北京召开。',
    },
    {
      text: '第一段没有问题。\n要广泛动员动员群众。',
      why: 'line and column on a second line',
      errors: [{ line: 2, column: 4, endLine: 2, endColumn: 8, messageId: 'repeatedPhrase' }],
      output: '第一段没有问题。\n要广泛动员群众。',
    },
    {
      text: 'Repeated word: 动员动员',
      locale: 'en',
      errors: [{ line: 1, column: 16, endColumn: 20, message: '"动员动员": the phrase is repeated, probably typed twice; delete the second "动员"' }],
      output: 'Repeated word: 动员',
    },
  ],
});

describe('repeated-word on the seed drafts', () => {
  it('finds exactly the two real slips', () => {
    const found: string[] = [];
    for (const name of readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      for (const f of findingsOf('repeated-word', text)) found.push(`${name.slice(0, 3)}:${f.line}:${f.column} ${text.slice(f.start, f.end)}`);
    }
    assert.deepEqual(found, ['000:13:160 方向的方向的', '004:21:387 动员动员']);
  });
});
