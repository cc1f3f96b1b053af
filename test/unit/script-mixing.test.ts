import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintDocument, LintDocument } from '../../server/src/engine';
import { decideScript } from '../../server/src/text/script';
import { renderScriptCharsData } from '../../server/src/text/script-chars';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('script-mixing', {
  valid: [
    { text: '处长曾伟雄、副处长（管理）马维騄及副处长（行动）卢伟聪在记者会上介绍二〇一四年警务处处长首要行动项目。', why: 'held-out HK police 2014: 騄 has no simplified form a simplified text uses (𫘧 is in Extension E)' },
    { text: '鄉親表示，承蒙300年來，團結守護鄉土，守護臺灣價值个六堆人，希望亻厓等做得，繼續團結，行向下一個300年。', why: 'held-out Presidential Office 2021: Hakka 个 beside 亻厓 (𠊎)' },
    { text: '這對勞工來說，保障增加很多，且對於不好的雇主也有一個警惕作用。', why: 'held-out Presidential Office 2010: 雇 is Taiwan\'s standard form (雇主)' },
    { text: '我们要认真检查工作，全面落实各项措施。', why: 'plain simplified' },
    { text: '我們要認真檢查工作，全面落實各項措施。', why: 'plain traditional' },
    { text: '輕鐵天悅站附近有吊臂車經過輕鐵交匯處期間損毁架空電纜，影響電力供應，部分輕鐵路綫服務需要調整。', why: 'held-out s25 (RTHK 2025): 毁 is Hong Kong\'s standard form (常用字字形表)' },
    { text: '針對美國個別政客再次推動有關法案，詆毁香港自治和法治，特區政府予以強烈譴責。', why: 'held-out s25 (RTHK 2025, 别 → 別 here): 詆毁 in Hong Kong text' },
    { text: '我們非常感謝彭双浪、賴博司、曹世昌等委員的支持與協助。', why: '双 in a Taiwanese registered name (corpus, press release 28637)' },
    { text: '全國人大常委李慧琼表示，今年兩會特別之處，是適逢「十四五」規劃收官之年。', why: 'held-out s26 (RTHK 2025-03-03): 琼 in a Hong Kong registered name (李慧琼), as 双 in Taiwanese ones' },
    { text: '这是乾隆年间的著名建筑，乾坤朗朗，著作等身。', why: '乾隆, 乾坤, 著名, 著作 are simplified too' },
    { text: '站在瞭望塔上，只见杯盘狼藉，余下的工作由于时间关系推迟。', why: '瞭望, 狼藉, 余, 于' },
    { text: '皇后镇的范先生介绍说，这里的发展很快。', why: '皇后, 范 as a surname' },
    { text: '入临床试验。昇腾384超节点，打造智能训练场、昇腾生态适配中心。', why: '昇腾, a proper noun (corpus, guangdong)' },
    { text: '开工周至至乾县、改扩建西安咸阳国际机场。', why: '周至至乾县 (corpus, shaanxi)' },
    { text: '他们的干部一直努力工作，这里的面貌焕然一新。', why: '干, 里, 面 exist in both scripts' },
    { text: '這裡的干擾很少，公里數由里長統計，皇后鎮的范先生說。', why: '干, 里, 后, 范 are traditional too' },
    { text: '这个檢查', why: 'two simplified and one traditional character: too few to judge' },
    { text: '檢查', why: 'one script-specific character, nothing of the other script: decided traditional, nothing mixed' },
    { text: '特區政府着力改善市民生活質素，在葵涌、旺角和元朗的社區裏增設長者服務，説明會於九龍舉行。', why: 'Hong Kong forms 着, 裏, 説 in a text decided zh-HK (issue 13)' },
    { text: '我們要認真檢查工作，這裏和那裡的做法着重於落實。', why: 'Hong Kong and Taiwan forms together: variants of one script, never mixing' },
    { text: '請檢查这些', why: 'as many of each: not judged' },
    {
      text: '去年確診「人類感染B病毒」，又稱「猴疱疹病毒」，留醫大約4個月後不治，是本港首宗病例。',
      why: 'held-out s26 (RTHK 2025-02-27): 疱 is the standard form in Hong Kong and Taiwan (疱疹); 皰 is the variant',
    },
  ],
  invalid: [
    {
      text: '一名37歲男子被野生猴子襲擊後確診猴疱疹病毒，是本港首宗病例，醫生稱已盡力醫治这名病人。',
      why: 'held-out s26 sentence with 这 put in: a simplified character beside the accepted 疱 is still found',
      errors: [{ line: 1, column: 40, endColumn: 41, messageId: 'mixed' }],
      output: '一名37歲男子被野生猴子襲擊後確診猴疱疹病毒，是本港首宗病例，醫生稱已盡力醫治這名病人。',
    },
    {
      text: '人大常委李慧琼表示會繼續推動这項工作，為香港發展建言獻策。',
      why: 'held-out s26 sentence with 这 put in: beside the name character 琼, a simplified 这 is still found',
      errors: [{ line: 1, column: 15, endColumn: 16, messageId: 'mixed' }],
      output: '人大常委李慧琼表示會繼續推動這項工作，為香港發展建言獻策。',
    },
    {
      text: '針對美國個别政客再次推動有關法案，詆毁香港自治和法治。',
      why: 'held-out s25 (RTHK 2025): 别 is still simplified beside the Hong Kong form 毁',
      errors: [{ line: 1, column: 6, endColumn: 7, messageId: 'mixed' }],
      output: '針對美國個別政客再次推動有關法案，詆毁香港自治和法治。',
    },
    {
      text: '特區政府着力推動創新科技，為新界北的社區裏增設服务。',
      why: 'the message names the decided standard, Hong Kong (issue 13)',
      errors: [{ line: 1, column: 25, endColumn: 26, messageId: 'mixed', message: '繁简混用：繁体（香港）文稿中夹用简体字，“务”应为“務”。' }],
      output: '特區政府着力推動創新科技，為新界北的社區裏增設服務。',
    },
    {
      text: '这是一份关于工作的报告，我们要认真檢查落实情况。',
      why: '檢查 in a simplified report',
      errors: [{ line: 1, column: 18, endColumn: 19, messageId: 'mixed', message: '繁简混用：简体文稿中夹用繁体字，“檢”应为“检”。' }],
      output: '这是一份关于工作的报告，我们要认真检查落实情况。',
    },
    {
      text: '这份报告说明，当前國際經濟形势复杂多变，我们要认真应对。',
      why: 'consecutive characters are one finding',
      errors: [{ line: 1, column: 10, endColumn: 14, text: '國際經濟' }],
      output: '这份报告说明，当前国际经济形势复杂多变，我们要认真应对。',
    },
    {
      text: '這是一份關於工作的報告，我們要認真结合實際，这樣才能落實。',
      why: '结合 and 这 in a traditional report without regional forms: named plain 繁体 (issue 13)',
      errors: [
        { line: 1, column: 18, endColumn: 19, text: '结', message: '繁简混用：繁体文稿中夹用简体字，“结”应为“結”。' },
        { line: 1, column: 23, endColumn: 24, text: '这' },
      ],
      output: '這是一份關於工作的報告，我們要認真結合實際，這樣才能落實。',
    },
    {
      text: '為此，我們將認真落實各項措施，切實为民眾辦實事。',
      why: 'plain traditional (為 is both Taiwan and Hong Kong): the fix keeps the text\'s 為, not OpenCC\'s 爲',
      errors: [{ line: 1, column: 18, endColumn: 19, text: '为', message: '繁简混用：繁体文稿中夹用简体字，“为”应为“為”。' }],
      output: '為此，我們將認真落實各項措施，切實為民眾辦實事。',
    },
    {
      text: '這裡的環境很干净，大家都很滿意。',
      why: 'the fix converts the word: 干净 → 乾淨, not 干淨',
      errors: [{ line: 1, column: 8, endColumn: 9, text: '净', message: '繁简混用：繁体（台湾）文稿中夹用简体字，“干净”应为“乾淨”。' }],
      output: '這裡的環境很乾淨，大家都很滿意。',
    },
    {
      text: '这个檢查',
      why: 'explicit script overrides auto',
      config: { script: 'zh-Hans' },
      errors: [{ line: 1, column: 3, endColumn: 4, text: '檢' }],
      output: '这个检查',
    },
    {
      text: '这是一份关于工作的报告。',
      why: 'explicit zh-TW: a simplified text is all intruders',
      config: { script: 'zh-TW' },
      errors: [
        { line: 1, column: 1, endColumn: 2, text: '这' },
        { line: 1, column: 5, endColumn: 6, text: '关', message: '繁简混用：繁体（台湾）文稿中夹用简体字，“关于”应为“關於”。' },
        { line: 1, column: 10, endColumn: 11, text: '报' },
      ],
      output: '這是一份關於工作的報告。',
    },
    {
      text: '这是一份关于工作的报告，我们要认真檢查落实情况。',
      why: 'English message',
      locale: 'en',
      errors: [{ line: 1, column: 18, message: 'Mixed script: traditional characters in a simplified text; "檢" should be "检".' }],
      output: '这是一份关于工作的报告，我们要认真检查落实情况。',
    },
  ],
});

describe('decideScript', () => {
  const decide = (text: string, setting: Parameters<typeof decideScript>[1] = 'auto') => decideScript(new LintDocument(text).paragraphs, setting);

  it('decides from characters that exist in one script only', () => {
    assert.equal(decide('我们要认真检查工作。'), 'zh-Hans');
    assert.equal(decide('我們要認真檢查工作。'), 'zh-Hant', 'traditional, no regional form: OpenCC plain traditional, not Taiwan by default');
    assert.equal(decide('我們要認真檢查工作，這是説明。'), 'zh-HK', 'Hong Kong forms (説) outnumber Taiwan ones');
    assert.equal(decide('特區政府着力推動創新科技，為九龍東和新界北的社區裏增設服務。'), 'zh-HK', 'Hong Kong keeps 着 and 裏 (Taiwan: 著, 裡) and writes 為 (OpenCC: 爲)');
    assert.equal(decide('特區政府着力推動創新科技，在九龍東和新界北的社區裏增設服務。'), 'zh-Hant', '着 and 裏 alone are OpenCC\'s standard forms too: no regional evidence');
    assert.equal(decide('爲了衆人的利益，這裏要說明。'), 'zh-Hant', 'OpenCC\'s own forms 爲, 衆 (both regions: 為, 眾)');
    assert.equal(decide('政府會在這裡持續推動創新，並與各界攜手合作。'), 'zh-TW', 'Taiwan writes 裡');
    assert.equal(decide('這是我們的工作。'), 'zh-Hant', 'one sentence: 這/們 decide when nothing simplified-only is there');
    assert.equal(decide('本署為此已於上月完成線上申請系統的測試，說明會將於下週舉行。'), 'zh-TW', '為 (not OpenCC\'s 爲) with 說 (not Hong Kong\'s 説)');
    assert.equal(decide('本署已於上月完成線上申請系統的測試，說明會將於下週舉行。'), 'zh-Hant', '說 and 線 are also OpenCC\'s standard forms: no regional evidence');
    assert.equal(decide('為此，本署已於上月完成測試。'), 'zh-Hant', '為 is both Taiwan\'s and Hong Kong\'s: which region is not shown');
    assert.equal(decide('這裡是說明，這裏是説明。'), 'zh-Hant', 'as much Taiwan as Hong Kong evidence: no regional standard');
    assert.equal(decide('乾隆著名瞭望'), 'unknown', 'no script-specific character');
    assert.equal(decide('这个檢查'), 'unknown');
  });

  it('decides RTHK news zh-HK though it writes 說 more often than Hong Kong forms (held-out s27)', () => {
    // Real sentences of RTHK local news, 2024-10 to 2024-12: 衞 ×5 (Taiwan writes 衛) beside 說 ×7.
    const hongKongForms = [
      '衞生防護中心初步調查顯示，病人進食友人由尼泊爾帶到香港的蜂蜜，個案可能由梫木毒素引致。',
      '醫務衞生局局長盧寵茂表示，現時醫院輪流時間長，某程度上跟收費有些關係。',
      '醫務衞生局局長盧寵茂今日與海南省人民政府副省長謝京及其率領的代表團舉行會議。',
      '13名市民在大埔一間餐廳進食自助午餐後懷疑食物中毒，衞生防護中心初步調查顯示，受影響人士曾進食生蠔。',
    ];
    const said = [
      '何詩蓓賽後說，盡量不想過去的事，只專注於今天。',
      '林成傑說，當中涉及很多因素和考慮，包括相關醫護人員沒有繼續追究。',
      '警方說，現場大廈樓上位置有煙冒出，部分住客自行疏散到地面。',
      '他說，就有關票箱設計及使用流程，必然考慮選民體驗。',
      '麥美娟在社交專頁說，非常高興能再見到一眾長者，當中包括一位108歲的婆婆。',
      '醫務衞生局局長說，中大醫院財務狀況正逐步改善。',
      '他說，會把握香港在醫療體制、規管制度等方面的優勢。',
    ];
    assert.equal(decide([...hongKongForms, ...said].join('\n')), 'zh-HK', '衞 ×5: forms Taiwan never writes');
    assert.equal(decide([...hongKongForms.slice(1), ...said.slice(0, 5)].join('\n')), 'zh-TW', '衞 ×3 (a converted page may hold as many 裏): 說 ×5 still decides');
  });

  it('decides the Hong Kong fixture texts zh-HK', () => {
    for (const name of ['2019-gov-work-report-state-council-opencc-hk.txt', 'hk-government-style-sentences.txt']) {
      assert.equal(decide(readFileSync(`test/fixtures/corpus/hongkong/${name}`, 'utf8')), 'zh-HK', name);
    }
  });

  it('an explicit setting wins', () => {
    assert.equal(decide('我们要认真检查工作。', 'zh-HK'), 'zh-HK');
    assert.equal(decide('檢查', 'zh-Hans'), 'zh-Hans');
  });

  it('is what the engine hands to rules as ctx.script', () => {
    assert.equal(lintDocument('我們要認真檢查工作。', { rules: [] }).script, 'zh-Hant');
    assert.equal(lintDocument('我們要認真檢查工作，這裡是說明。', { rules: [] }).script, 'zh-TW');
  });
});

describe('script character lists', () => {
  it('script-chars-data.ts matches what OpenCC gives today', () => {
    const stored = readFileSync(join(__dirname, '../../../server/src/text/script-chars-data.ts'), 'utf8');
    const fresh = renderScriptCharsData();
    if (fresh !== stored) {
      const path = join(__dirname, 'script-chars-data.generated.ts');
      writeFileSync(path, fresh);
      assert.fail(`the stored lists are out of date: copy ${path} to server/src/text/script-chars-data.ts`);
    }
  });
});

describe('script-mixing on the seeds', () => {
  const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');
  const scripts: Record<string, string> = {
    '000_29043b7b8c76f442.txt': 'zh-Hans',
    '001_2d3a257640d335f2.txt': 'zh-TW',
    '002_cd310873741f28c2.txt': 'zh-Hans',
    '003_667e9abcbbb289a2.txt': 'zh-TW',
    '004_ad60cba661282f96.txt': 'zh-Hans',
  };
  for (const [name, script] of Object.entries(scripts)) {
    it(`${name}: decided ${script}, no mixed characters`, () => {
      assert.equal(lintDocument(seed(name), { rules: [] }).script, script);
      assert.deepEqual(findingsOf('script-mixing', seed(name)).map((f) => `${f.line}:${f.column}`), []);
    });
  }
});

// Round 37 (s37-newtext): written Cantonese in Hong Kong news (heldout-s37a): 晒, 吓, 扑 are its own words.
testRule('script-mixing', {
  valid: [
    { text: '他表示：「大陸有錢人將我哋啲屋買晒，搞到我哋無得住。」', why: 'heldout-s37a: 買晒 (bought them all), a Cantonese sentence (我哋, 啲)' },
    { text: '他們的理念，並非搞一個地區辦事處幫居民填吓表格、搞吓漏水那種。', why: 'heldout-s37a: V吓 (填吓, 搞吓), the verb suffix "a bit", outside any 嚇 word' },
    { text: '同我講過，我在港大37年，好多人我都熟晒，他們不停跟我說，沒理由港大不留你。', why: 'heldout-s37a: 熟晒 closing a clause' },
    { text: '「今年3月，政府自己承認有漏水，要扑爛石屎，發覺入面嘅鋼筋做得非常之差。」', why: 'heldout-s37a: 扑爛 (to smash) in a Cantonese sentence (嘅)' },
  ],
  invalid: [
    {
      text: '事件令市民受到驚吓，警方已加強巡邏，並呼籲市民保持冷靜。',
      why: '驚吓 is the simplified 驚嚇: still found in traditional text',
      errors: [{ line: 1, column: 9, endColumn: 10, messageId: 'mixed' }],
      output: '事件令市民受到驚嚇，警方已加強巡邏，並呼籲市民保持冷靜。',
    },
    {
      text: '天氣炎熱，市民應避免長時間在陽光下晾晒衣物，並多喝水。',
      why: '晾晒 is the simplified 晾曬: still found',
      errors: [{ line: 1, column: 19, endColumn: 20, messageId: 'mixed' }],
      output: '天氣炎熱，市民應避免長時間在陽光下晾曬衣物，並多喝水。',
    },
    // Round 37 final review: Mandarin's 嚇 and 曬 in Taiwan text, in forms Cantonese's 吓 and 晒 do not take.
    {
      text: '聽到這個消息，她吓了一跳，連忙打電話回家。',
      why: '嚇 with an aspect particle after it (吓了) and a person before it: Mandarin, not Cantonese V吓',
      errors: [{ line: 1, column: 9, endColumn: 10, messageId: 'mixed' }],
      output: '聽到這個消息，她嚇了一跳，連忙打電話回家。',
    },
    {
      text: '孩子被吓哭，家長隨即報警。',
      why: '被 before 嚇 and a result (哭) after it',
      errors: [{ line: 1, column: 4, endColumn: 5, messageId: 'mixed' }],
      output: '孩子被嚇哭，家長隨即報警。',
    },
    {
      text: '媽媽把衣服拿到陽臺晒，再去買菜。',
      why: '曬 closing a clause after a place (陽臺): Mandarin "to dry in the sun", not Cantonese 晒 "all"',
      errors: [{ line: 1, column: 10, endColumn: 11, messageId: 'mixed' }],
      output: '媽媽把衣服拿到陽臺曬，再去買菜。',
    },
  ],
});

// Round 37 (s37-hkforms): 晒 between a verb and its object in Cantonese quoted without a marker (heldout-s37a/-s37a2).
testRule('script-mixing', {
  valid: [
    { text: '他說：「林鄭來港大找我，做晒功課帶晒圖表上來。但講吓講吓就知道，她根本不明白。」', why: 'heldout-s37a2: 做晒功課, 帶晒圖表 (all done), no marker in the sentence' },
    { text: '郭卓堅續哽咽說：「我盡晒力為香港，做到這一步了。」', why: 'heldout-s37a: 盡晒力' },
    { text: '【施政報告】樓價不跌反升　公屋輪候時間超晒標', why: 'heldout-s37a: 超晒標 in a headline' },
    { text: '她一度荷爾蒙分泌「亂晒龍」，需要看醫生，吃了3、4個月藥才好轉。', why: 'heldout-s37a: 亂晒龍' },
    { text: '令她最困擾的不是三粒星，而是她的「曉」字寫成「晓」，內地人不認識這個字。', why: 'heldout-s37a: a character quoted alone is named, not used' },
  ],
  invalid: [
    {
      text: '天氣晴朗，不少市民到海灘晒太陽，並帶同家人野餐。',
      why: '晒太陽 is the simplified 曬太陽: still found',
      errors: [{ line: 1, column: 13, endColumn: 14, messageId: 'mixed' }],
      output: '天氣晴朗，不少市民到海灘曬太陽，並帶同家人野餐。',
    },
    {
      text: '他表示，「内地」旅客人數回升，酒店入住率上升，這對經濟發展很有幫助。',
      why: 'a quotation of more than one character is used text: 内 is still found',
      errors: [{ line: 1, column: 6, endColumn: 7, messageId: 'mixed' }],
      output: '他表示，「內地」旅客人數回升，酒店入住率上升，這對經濟發展很有幫助。',
    },
    {
      text: '農民趁天晴在禾場晒穀，準備秋收後出售。',
      why: '晒穀 after 場 (a place, then what 曬 takes): still found',
      errors: [{ line: 1, column: 9, endColumn: 10, messageId: 'mixed' }],
      output: '農民趁天晴在禾場曬穀，準備秋收後出售。',
    },
  ],
});
