import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { meaningGroup } from '../../server/src/text/script-misconversion';
import { regionalPairs, regionalUse } from '../../server/src/text/script-regional';
import { findingsOf, testRule } from '../helpers/ruleTester';

/** 1-based column of the `nth` occurrence of `needle` (the tables stay readable and exact). */
function col(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not in "${text}"`);
  return at + 1;
}

/** One wrong character: the case, its finding and the text after the fix. */
function wrong(text: string, found: string, expected: string, why?: string) {
  const column = col(text, found);
  return {
    text,
    why,
    errors: [{ line: 1, column, endColumn: column + 1, messageId: 'wrong', severity: 'error' as const }],
    output: text.replace(found, expected),
  };
}

testRule('misconversion', {
  valid: [
    { text: '外賓是由中國時報發行人余建新陪同，到總統府晉見李總統。', why: 'held-out Presidential Office 1996: a title before the surname 余' },
    { text: '劉前院長宣布銀行存款全部保障，不准有任何的疏漏，採取政府挺銀行的措施。', why: 'held-out Presidential Office 2010: 不准 "not allowed" before a verb' },
    { text: '尤其在經貿關係方面，日本係我國第二大、我國則為日本第四大貿易夥伴。', why: 'held-out Presidential Office 2014: 係 the formal "is", not 本系' },
    { text: '歲入實收數較預算數減少2億餘元，約16.29％，主要係上級政府補助款未獲撥入而短收。', why: 'held-out s30t (National Audit Office, 基隆市 2011): 主要係, the copula explaining a figure, not 要系/上系' },
    { text: '4.存貨成本係採移動加權平均法計算，期末以成本與淨變現價值孰低評價。', why: 'held-out s30t (audit report 2013): 成本係採, the copula before a verb, not 本系' },
    { text: '又罰款未結清原因部分係欠繳義務人無法一次繳納罰款，減少42,181,508元，係上述分基金間內部沖轉。', why: 'held-out s30t: 部分係, and 係 after a pause' },
    { text: '未支用數8,930萬餘元，業經報准保留轉入以後年度繼續執行；專案簽准保留經費約占保留總額50.15％。', why: 'held-out s30t: 報准/簽准保留, 准 "to approve", not 準保' },
    { text: '仍未換發等異常情事，並全面換發IC票證，俾利控管。', why: 'held-out s30t: 換發 (to reissue a licence or card), not 換髮' },
    { text: '這家麵包店的麵包很好吃，我們每天都來買麵包。', why: '麵包 (OpenCC writes the variant 麪)' },
    { text: '臺灣製造業發展迅速，製造業產值創新高。', why: '製造業' },
    { text: '兩岸關係與國際關係都很重要，這個關係不能忽視。', why: '關係' },
    { text: '這本雜誌的內容很豐富，雜誌社的編輯很認真。', why: '雜誌' },
    { text: '這家鐘錶店的鐘錶很精緻，價格也很實惠。', why: '鐘錶' },
    { text: '他對這座城市情有獨鍾，一見鍾情的故事廣為流傳。', why: '鍾情' },
    { text: '其餘的工作由各單位負責，剩餘經費繳回國庫。', why: '其餘' },
    { text: '各級幹部要認真學習，發揮幹部帶頭作用。', why: '幹部' },
    { text: '這裡的氣候乾燥，請多喝水，保持環境整潔。', why: '乾燥' },
    { text: '臺灣與台灣兩種寫法都很常見，請統一用字。', why: '臺/台 are variants' },
    { text: '會議室裏面和辦公室裡面都已經打掃乾淨。', why: '裏面/裡面' },
    { text: '臺灣在半導體製造、封裝、測試都具有優勢。', why: '半導體+製造 across a word boundary' },
    { text: '在既有的高階硬體製造優勢之上，更要發展產業。', why: '硬體+製造 (corpus)' },
    { text: '將8萬餘噸超標廢水直排長江，嚴重污染環境。', why: '8萬餘噸 is right' },
    { text: '國立臺灣大學教授余光中的詩集，廣為傳頌。', why: '余 as a surname' },
    { text: '出席2022余登發余陳月瑛紀念音樂會　副總統：保護及深化臺灣的民主', why: 'held-out Presidential Office 2022: two names of the 余 family, not 2022餘' },
    { text: '他也期勉大家一定要有余登發及余陳月瑛前縣長的精神，臺灣的精神才有辦法一代一代傳承下去。', why: 'held-out Presidential Office 2022: 有余登發 is 有 + a name, not 有餘' },
    { text: '恭喜董事長胡兌昀率團訪問，雙方簽署合作備忘錄。', why: '董事長|胡: not the phrase 長胡' },
    { text: '他們在美國國會裡正在盡一切所能支持臺灣。', why: '國會|裡|正在: not the phrase 里正 (corpus)' },
    { text: '國家太空中心已成功自製「福衛八號」衛星。', why: '自製 (made in-house)' },
    { text: '查獲在逃人員4142人，繳獲贓款贓物折合人民幣3.1億元。', why: 'held-out (MPS release, traditional): 折合 (amounting to) is right; 摺合 is to fold' },
    { text: '與鄉鎮或村里取得共識，避免土石坡持續倒塌。', why: '村里, Taiwan administrative unit' },
    { text: '國外有價證券投資相關交易紀錄並未交由會計部入帳，而係於每月月底將保管銀行所提供之交易資料連同帳務批次轉入會計系統。', why: 'held-out s25 (FSC 2015 decision): the copula 係 before 於 and a time, not 繫於' },
    { text: '佳里區中心地帶東寧里、忠仁里、鎮山里、建南里、安西里等行政區域人潮多。', why: 'held-out s25 (Tainan 2023): 鎮山里, a village in a list of villages, not 山裡' },
    { text: '媽祖廟前的古早味麵茶冰、市場內的豆菜麵、羊肉湯等經典小吃符合您對於台南小吃的期待。', why: 'held-out s25 (Tainan 2023): 豆菜麵 ends a food name before 、: noodles' },
    { text: '禁限投資如同殺雞取卵，「以台制華」只會引火焚身。', why: 'held-out s25 (RTHK 2025): 以台制華, to check China by means of Taiwan; 制 is the verb, not 台製' },
    { text: '她認為事件是由於賽事主辦方與園方的溝通「唔係好對到嘴」，但並非「罪無可恕」。', why: 'held-out s25 (RTHK 2025): Cantonese 唔係 (is not), not 繫好' },
    { text: '緬甸發生黎克特制7級以上地震，泰國全國亦有震感。', why: 'held-out s25 (RTHK 2025): 黎克特制, the Richter scale; OpenCC 特製 straddles 黎克特|制' },
    { text: '政府會每年發行1500億元至1950億元，並積極研究發長債。', why: 'held-out s26 (RTHK 2025 budget): 發長債, to issue long-term bonds; OpenCC 髮長 straddles 發|長債' },
    { text: '收費系統中具備充分的技術彈性，10元後的兩折優惠及乘車次數限制，均可通過系統調整。', why: 'held-out s26 (RTHK 2025): after an amount of money 後 is "after", not 元后' },
    { text: '案相關帳目顯示，2025/26年度金發局獲得政府撥款4690萬元。', why: 'held-out s26 (RTHK 2025): 金發局 is the Financial Services Development Council; 髮 never stands before 局' },
    { text: '熱帶風暴“潭美”現時位於西北太平洋洋面。中央氣象台發出颱風預報。', why: 'held-out s27 (Macao TDM 2024-10): 洋面, the ocean surface; OpenCC 洋麵 (imported flour) is the rarer word' },
    { text: '《澳門志》是新中國成立後澳門完成的首部地方志，內容涵蓋澳門的歷史沿革。', why: 'held-out s27 (Macao TDM 2024-10): 地方志, a local chronicle (志 as in 三國志); OpenCC 地方誌' },
    { text: '香港地方志中心出版了《香港志》，並會繼續編修縣志及方志的研究。', why: 'the Hong Kong Chronicles Institute writes 地方志; 縣志, 方志 likewise' },
    { text: '如情況並非緊急，例如不太痛或只是牙有點鬆，應考慮是否真的需要服務。', why: 'held-out s27 (RTHK 2024-12-31): 鬆, loose, a free adjective; no phrase needed' },
    { text: '天文台：今晚有雲但雲底較高　料對觀賞煙花影響不大', why: 'held-out s27 (RTHK 2024-12-31), the headline: 有雲 before 但' },
    { text: '天文台預計本港今晚有雲，但雲底較高，相信對觀賞煙花影響不大。', why: 'held-out s27 (RTHK 2024-12-31): clouds (有雲 at a pause, 雲底); OpenCC 有云/但云 ("as … says") straddle them' },
    { text: '可引起接觸性皮膚炎，但在美國視為准用的非處方藥用成份。', why: 'held-out s27 (RTHK 2024-12-16): 准用, permitted for use; OpenCC 為準 straddles 為|准用' },
    { text: '主動破除地方保護、市場分割及內卷式競爭。', why: 'held-out s26 (RTHK 2025-03-05): 內卷 is how Hong Kong writes the borrowed term (Taiwan 內捲): one word, not another meaning' },
    { text: '指定遞交申請時段，將由現時分別為3個曆日及6個曆日，劃一延長至13個曆日。', why: 'held-out s25 (RTHK 2025): 曆日, calendar days' },
    { text: '文化發展基金推出“2026年粵劇折子戲項目資助計劃”，申請期由2026年4月14日至4月30日。', why: 'held-out s25 (Macao GCS 2026): 折子戲, an act of an opera (Taiwan MOE dictionary form)' },
    { text: '征途漫漫，我們要堅持不懈，繼續前進。', why: '征途 is right' },
    { text: '本月傢俬、傢具及固定裝置的銷貨價值上升，傢俱店生意回暖。', why: 'held-out s24 (HK retail sales releases): 傢具/傢俬 as Hong Kong writes furniture; OpenCC knows 傢俱' },
    { text: '這齣戲由劇團演出，嚮導帶領遊客參觀，鐘聲叮噹作響，我們嚮往美好生活。', why: '齣 after 這 (the measure word of plays); 嚮導, 叮噹, 嚮往: the rare characters right in their words' },
    { text: '遭遇是一齣古典愛情劇，每齣戲都有劇本，齣目另附。', why: '齣 as the measure word of plays after 一 and 每, and 齣目 (a Taiwan press release: 一齣古典愛情劇)' },
    { text: '這傢伙說話嚕囌，窗明几淨，几案整齊。', why: '傢伙, 嚕囌, 窗明几淨, 几案' },
    { text: '孩子們在鞦韆旁吃飯糰，客廳裏擺著茶几，中藥裏有白朮。', why: '鞦韆, 飯糰, 茶几, 白朮' },
    { text: '理髮店的師傅說頭髮要勤洗，今年秋收收穫豐碩。', why: '理髮, 頭髮, 收穫' },
    { text: '總統以臺灣諺語「卡早睏、卡有眠」來回應。', why: "held-out (Presidential Office 2026): 睏 is Taiwan's word for sleep, not looked at" },
    { text: '總統接見台灣所主席暨執行長于紀隆與副執行長一行。', why: 'held-out (Presidential Office 2015): 于 after a title is the surname, though OpenCC reads 長于 as 長於' },
    { text: '于右任先生的書法作品在國父紀念館展出，於本月底結束。', why: '于 starting a name: no phrase ends with it' },
    { text: '這是我們國家的報告，經過認真審議後發佈。本作品不适用于该法。', why: 'held-out (1954 report, Wikisource footer): 于 beside simplified characters is left to script-mixing' },
    { text: '總統應于紀隆董事長之邀出席論壇開幕典禮。', why: '應 before an invitation: 應 is "at the invitation of", 于紀隆 a name' },
    { text: '各界熱烈響應于右任先生的倡議。', why: '響應 is a verb that takes a name: not the modal 應' },
    { text: '於是，市政府於今年起推動智慧交通。', why: '於是 and 於今年 as written (Taiwan usage)' },
    { text: '其餘委員均已出席，會議由主席主持。', why: '其餘 is a word: not the surname before 委員' },
    { text: '國防部長邱國正、陸軍司令陳寶餘及桃園市長鄭文燦均出席。', why: 'Presidential Office: 陳寶餘 is a name ending in 餘, then 及' },
    { text: '截至年底，存款餘額較上年增長百分之五，餘下款項撥作儲備。', why: '餘額 and 餘下 are words (Hong Kong usage)' },
    { text: '余光中教授表示，詩是生活的餘光。', why: '余 as a surname and 餘光 as a word, both as written' },
    { text: '居民餘下的電子消費券可於年底前使用，男子餘生都在監獄度過。', why: '餘下 and 餘生 are words after a word for a person' },
    { text: '這是一份簡體報告，这里是简体。', why: 'script undecided (as many simplified as traditional characters): not judged' },
    { text: '全面', why: 'no script-specific character: script undecided, not judged' },
    { text: '這裏有十幾家商店，一年裏開了三家。', why: '裏 after 這 and 年 means "in", not the distance unit' },
    { text: '这是一份关于全面落实的报告，我们要认真检查。', why: 'simplified text is never judged by this rule' },
    // Round 28: the rare member of 后/後, 只/隻, 复/復/複, 累/纍, 发/發/髮 where it is right.
    { text: '臺灣人民多元無懼，我們的妮妃雅是世界皇后；臺灣人民勇敢無畏，臺灣的女兒林郁婷是世界拳后。', why: 'Presidential Office 2024: 拳后, a queen of boxing (no OpenCC phrase); 皇后 by its phrase' },
    { text: '累積取得三屆比賽冠軍的男女健兒，將成為搶包山比賽的「王中王」或「后中后」。', why: 'held-out s27 (RTHK 2025): 后中后, the queen of queens' },
    { text: '乘客乘搭13號綫可轉乘至深圳灣超級總部基地、后海中心區、高新科技園和前海合作區等核心區域。', why: 'held-out s27 (RTHK 2024): 后海, a place in Shenzhen' },
    { text: '沙特首隻港股ETF下周三掛牌。', why: 'held-out s27 (RTHK 2024): 隻 after 首, the measure word' },
    { text: '菲律賓旅客走私63隻瀕危龜隻被判監30個月。', why: 'held-out s25b (RTHK 2025): 63隻, and 龜隻 ending a noun' },
    { text: '去年10月被內地海關查獲及充公的大頭龜，其中14 隻交由海洋公園照顧。', why: 'held-out s25b (RTHK 2025): a numeral and a space before 隻' },
    { text: '今次是展覽尾站又適逢聖誕節，一隻隻大熊貓都戴上聖誕帽。', why: 'held-out s27 (RTHK 2024): 一隻隻, the measure word doubled' },
    { text: '總統說，Murphy曾是隻流浪狗，被領養後，仍有一段時間非常怕生。', why: 'held-out s23 (Presidential Office 2025): 是隻流浪狗' },
    { text: '回顧過去四分之三個世紀，國家航天事業發展碩果纍纍，屢創高峰。', why: 'RTHK 2024: 纍纍 doubled is right (OpenCC has no 纍 at all)' },
    { text: '本港郵輪業復蘇程度十分理想，重複檢查的工作也更複雜。', why: '復蘇 (OpenCC 復甦), 重複, 複雜' },
    { text: '相信農曆新年後睇樓活動陸續回復正常，交投將逐步回升。', why: 'RTHK 2025: 回復 is not looked at (OpenCC writes 回覆, which Hong Kong and Taiwan use for "reply")' },
    { text: '以上資金已扣除專項債券資金5336萬元後的收入數。', why: '後 after an amount of money' },
    { text: '副局長施俊輝形容，檢討相關定義將「牽一髮動全身」，透露有機會從兩方面考慮。', why: 'held-out s27 (RTHK 2025): 牽一髮動全身, the idiom without its 而 (ICU splits it 牽|一|髮動)' },
    { text: '他的頭髮很長，有一頭白髮，理髮店的師傅說要剪短。', why: '頭髮, 白髮, 理髮: 髮 in words that do not straddle another' },
    { text: '盧寵茂稱最難忘是探望成功接受內地跨境心臟移植的芷希，以免弄髒傷口。', why: 'RTHK 2024: 心臟 and 弄髒, each by its phrase' },
    { text: '公務員事務局局長楊何蓓茵表示，必須要明白《憲法》和《基本法》共同構成香港特區的憲制基礎。', why: 'RTHK 2024-12-04 as written: 必須' },
    { text: '他蓄著長長的鬍鬚，毋須多言。', why: '鬍鬚 and 毋須: the traditional forms of 须 stay quiet' },
    { text: '雙方保持密切聯繫，維繫兩岸和平，總統心繫受災民眾，並為新書標籤、抽籤、書籤。', why: 'round 31: 繫 and 籤 in their words stay quiet' },
    { text: '納稅義務人對核定稅額不服者，得申請復查；公務人員得依法提起復審，並申請復核。', why: 'round 31: 復 meaning "again" is Taiwan\'s legal usage (稅捐稽徵法 申請復查, 公務人員保障法 復審), though OpenCC writes 複查, 複審' },
    { text: '經濟已回復正常，名譽回復，答復如下，恢復生產，加速復原，經濟復甦，文藝復興。', why: 'round 31: 復 is examined against 複 only; OpenCC\'s 回覆/答覆 are no evidence' },
    { text: '太原古稱并州，歷史悠久。', why: 'round 31: 并州, the old name of 太原, keeps 并' },
    { text: '物價上漲使不少家庭生活拮据，政府並無新的補助，根據統計，兩家公司已合併。', why: 'round 31: 拮据 is the one word 据 is right in (OpenCC keeps it); 並, 據, 併 as written' },
  ],
  invalid: [
    wrong('各機關的主要係統均已完成更新。', '係', '系', 'after 主要, 係統 is still the misconverted 系統 (NOT_COPULA_NEXT)'),
    wrong('本案已符合國家標准，業經核准辦理。', '准', '準', '標准 → 標準; 核准 (approval) is right'),
    {
      text: '公務員事務局局長楊何蓓茵表示，必须要明白《憲法》和《基本法》共同構成香港特區的憲制基礎。',
      why: 'RTHK 2024-12-04 with 必須 in simplified script: script-mixing lets 须 pass (kept for names), OpenCC\'s 必须 → 必須 says it is wrong',
      errors: [{ line: 1, column: 17, endColumn: 18, messageId: 'simplified', severity: 'error' as const, message: /繁体文稿中夹用简体字：“必须”应为“必須”/ }],
      output: '公務員事務局局長楊何蓓茵表示，必須要明白《憲法》和《基本法》共同構成香港特區的憲制基礎。',
    },
    {
      text: '申請人须在截止日期前遞交文件，逾期不予受理。',
      why: '须 in no phrase: the character conversion (須), as for the characters right only inside phrases',
      errors: [{ line: 1, column: 4, endColumn: 5, messageId: 'simplified', severity: 'error' as const }],
      output: '申請人須在截止日期前遞交文件，逾期不予受理。',
    },
    {
      text: '副總統認為，臺灣的民主并不是從天上掉下來的，而是一代經過一代，有很多人的努力。',
      why: 'round 31 (eval:inject simp-word, Presidential Office 2022 with 並 left simplified): 并 is accepted as a character, so script-mixing lets it pass; OpenCC\'s 并不 → 並不 says it is wrong',
      errors: [{ line: 1, column: 12, endColumn: 13, messageId: 'simplified', severity: 'error' as const, message: /繁体文稿中夹用简体字：“并不是”应为“並不是”/ }],
      output: '副總統認為，臺灣的民主並不是從天上掉下來的，而是一代經過一代，有很多人的努力。',
    },
    {
      text: '根据陸委會民調結果，約8成民眾支持此兩岸政策。',
      why: 'round 31 (Presidential Office 2025 with 據 left simplified): 根据 → 根據',
      errors: [{ line: 1, column: 2, endColumn: 3, messageId: 'simplified', severity: 'error' as const }],
      output: '根據陸委會民調結果，約8成民眾支持此兩岸政策。',
    },
    {
      text: '兩家公司合并後，營收并無增加。',
      why: 'round 31: OpenCC\'s phrases choose the form: 合并 → 合併, 并无 → 並無',
      errors: [{ line: 1, column: 6, endColumn: 7, messageId: 'simplified', severity: 'error' as const }, { line: 1, column: 11, endColumn: 12, messageId: 'simplified', severity: 'error' as const }],
      output: '兩家公司合併後，營收並無增加。',
    },
    {
      text: '他并為此負責，兩組并為一組。',
      why: 'round 31: OpenCC\'s 并为 → 併為 also reads 並為 (and is): 并 starting the phrase is one of two characters, so the finding names both and fixes nothing',
      errors: [
        { line: 1, column: 2, endColumn: 3, messageId: 'simplifiedEither', severity: 'error' as const, message: '繁体文稿中夹用简体字：“并”是“併”和“並”共同的简体字，此处应为“併”（合并）还是“並”（并且、并列），请按文意选择。' },
        { line: 1, column: 10, endColumn: 11, messageId: 'simplifiedEither', severity: 'error' as const },
      ],
    },
    wrong('副總統強調，儘管國際情勢復雜，未來會以和平當燈塔。', '復', '複', 'round 31 (eval:inject char-native, Presidential Office 2023): 復雜 → 複雜 by OpenCC\'s 复杂'),
    wrong('我們不卑不亢，堅韌沉穩，在兩岸關繫上堅持一貫的立場。', '繫', '係', 'round 31 (eval:inject char-native, Presidential Office 2025): OpenCC\'s 系上 → 繫上 straddles 關係|上 and no longer clears it'),
    wrong('去年在臺英架構下，我們更籤署了投資、數位貿易三項協定。', '籤', '簽', 'round 31 (Presidential Office 2026): OpenCC\'s 更签 → 更籤 straddles 更|簽署'),
    wrong('建成省級低空智能網聯繫統。', '繫', '系', 'round 31: OpenCC\'s own slip (网联系统 → 網聯繫統: 联系 straddles 網聯|系統)'),
    wrong('我們要全麵落實各項措施，確保實效。', '麵', '面', '全麵 → 全面'),
    wrong('他當麵說明這個問題，態度誠懇。', '麵', '面', '當麵 → 當面'),
    wrong('群眾送來感謝信6封、錦旗16麵。', '麵', '面', '16麵 → 16面'),
    wrong('群眾送來錦旗，上面寫著鐵麵無私。', '麵', '面', '鐵麵無私 → 鐵面無私'),
    wrong('建立健全長效工作機製，確保落實。', '製', '制', '機製 → 機制'),
    wrong('他們長年住在山里，生活清苦。', '里', '裏', '山里 outside a list of villages: still 山裡'),
    wrong('群眾送來感謝信6封、錦旗16麵、牌匾一塊。', '麵', '面', 'a numeral before 麵 before 、: still the measure word 面'),
    wrong('這批台制電腦已運抵本港，將分發各學校使用。', '制', '製', '台制 outside 以X制Y: still 台製 (made in Taiwan)'),
    wrong('請各位乘客係好安全帶，列車即將開出。', '係', '繫', '係好 outside Cantonese 唔係: still 繫好'),
    wrong('製定實施方案，組織專家論證。', '製', '制', '製定 → 制定'),
    wrong('她留著一頭金發，在人群中很顯眼。', '發', '髮', '金發 not before 局: still 金髮 (hair)'),
    wrong('他被卷入這場糾紛，事件越鬧越大。', '卷', '捲', '卷入 outside 內卷: still 捲入'),
    wrong('這間老店的招牌是牛肉湯面，每日排隊的人很多。', '面', '麪', '湯面 outside 洋面: still 湯麪 (noodles; OpenCC standard form, the script being plain traditional)'),
    wrong('他每月購買雜志和報紙，了解時事。', '志', '誌', '雜志 outside 方志/縣志: still 雜誌'),
    wrong('山上種滿了鬆樹，四季常青。', '鬆', '松', '鬆樹: OpenCC\'s phrase 松树 still decides'),
    wrong('俗語有雲，天下無不散之筵席。', '雲', '云', '有雲 after a word for sayings: still 有云'),
    wrong('古人有雲：「學而不思則罔。」', '雲', '云', '有雲 before a colon: still 有云'),
    wrong('一切以官方公布的資料為准，市民毋須擔心。', '准', '準', '為准 before no word of permission: still 為準'),
    wrong('漢元帝的皇后王政君，史稱元後。', '後', '后', '元後 after no amount of money: still 元后 (an empress)'),
    wrong('成功應對一係列重大挑戰與風險。', '係', '系', '一係列 → 一系列'),
    wrong('全面推進應急管理體係建設。', '係', '系', '體係 → 體系'),
    wrong('組織誌願者開展宣傳服務活動。', '誌', '志', '誌願者 → 志願者'),
    wrong('征途萬裏再啟程，發展無止境。', '裏', '里', '萬裏 → 萬里'),
    wrong('在葉帥故裏·大美梅縣，警民關係融洽。', '裏', '里', '故裏 → 故里'),
    wrong('遠在千裏之外的親人，也能感受溫暖。', '裏', '里', '千裏 → 千里'),
    wrong('古道綿延五千裏，沿途景色優美。', '裏', '里', '五千裏 → 五千里: the distance unit after any numeral (issue 13)'),
    wrong('他們走了百裏路。', '裏', '里', '百裏 → 百里, one short sentence'),
    wrong('這是我們推出的一係列措施。', '係', '系', 'one sentence, decided traditional by 這/們 alone (issue 13)'),
    wrong('會後，我們將全麵推進改革。', '麵', '面', 'one sentence: 會/後/們 decide'),
    wrong('全麵', '麵', '面', '麵 alone decides traditional: nothing simplified-only beside it'),
    // A one-at-a-time conversion that picked a rare character (bench/inject-errors.ts, misconversion): 傢, 齣, 嚮 …
    // are right only in a few words OpenCC's phrases know.
    wrong('我們要推動國傢治理體系和治理能力現代化。', '傢', '家', '國傢 → 國家'),
    wrong('堅持正確的政治方嚮不動搖。', '嚮', '向', '方嚮 → 方向'),
    wrong('充分發揮黨員的先鋒模範作用，勇於擔噹。', '噹', '當', '擔噹 → 擔當'),
    wrong('加強隊伍建設，打造過硬的公安鐵軍和警察糰隊。', '糰', '團', '糰隊 → 團隊'),
    wrong('推動科技創新和技朮進步。', '朮', '術', '技朮 → 技術'),
    wrong('全市共有三韆多名民警參與行動。', '韆', '千', '三韆 → 三千'),
    wrong('年內舉辦了幾场講座，几個部門參加。', '几', '幾', '几個 → 幾個'),
    wrong('我們要推動經濟高質量髮展。', '髮', '發', '髮展 → 發展'),
    wrong('福州市人民政府關于2024年度市本級預算執行和其他財政收支的審計工作報告', '于', '於', 'held-out s24 (a traditional mirror of a Fuzhou page): 關于 → 關於'),
    wrong('5月份綜合消費物價指數按年升幅較4月份為高，主要是由于電力費用上升。', '于', '於', 'held-out s24 (a traditional mirror): 由于 → 由於'),
    wrong('規模以上工業生產仍處于低位增長。', '于', '於', 'held-out s24 (a traditional mirror): 處于 → 處於'),
    wrong('該案件偵破後，警方穫得多項證據。', '穫', '獲', '穫得 → 獲得'),
    wrong('警方及時作齣處置，確保安全。', '齣', '出', '作齣 → 作出: 齣 outside the measure word of plays (one at a time, 出 → 齣)'),
    wrong('全市未齣現重大安全事故。', '齣', '出', '齣現 → 出現'),
    wrong('相關部門提齣整改意見。', '齣', '出', '提齣 → 提出'),
    // Round 28 (bench/inject-errors.ts, misconversion; real sentences with one character converted wrongly).
    wrong('美國強生公司首季盈利近110億美元，每股盈利4.54美元，經調整后每股盈利2.77美元，好過預期。', '后', '後', 'RTHK 2025: 后 that no phrase covers is 後'),
    wrong('一名37歲男子留醫大約4個月后不治，是本港首宗錄得的人類感染B病毒個案。', '后', '後', 'RTHK 2025: 個月后 → 個月後'),
    wrong('必要時，應當報經其上級主管機關同意后公佈。', '后', '後', 'a law converted to traditional: 同意后 → 同意後'),
    wrong('謹就其犖犖大者，恭述如后：一、在亞洲領導中國全民抗日。', '后', '後', 'held-out s23 (Presidential Office 1998, a real slip): 如后 → 如後'),
    wrong('新增專項債券轉貸收入11,554萬元（退回市2023年新增專項債券資金5336萬元后的收入數）；', '后', '後', 'held-out s24 (a traditional mirror, a real slip): 后 after an amount of money, though OpenCC knows 元后 (an empress)'),
    wrong('城巴稱現票價水平已維持一年半　冀透過調整于2025年收支平衡', '于', '於', 'RTHK 2024: 于 before a year is 於, not the surname'),
    wrong('旅發局亦正籌劃于明年舉行之巴塞爾藝術展香港展會期間的相關活動。', '于', '於', 'RTHK 2024: 于明年 → 於明年'),
    wrong('因為號碼布上有姓名，隻要跑手細心核對便可避免調亂。', '隻', '只', 'RTHK 2025: 隻要 → 只要 (OpenCC phrase 只要)'),
    wrong('堅持一對夫婦隻生育一個孩子，同時採取切實可行的措施。', '隻', '只', '1989 report: 隻 not after a numeral or a noun it counts → 只'),
    wrong('960多萬貧困人口實現易地搬遷，歷史性地解決了絕對貧睏問題。', '睏', '困', '2023 report: 貧睏 → 貧困'),
    wrong('重點抓好鋼鐵、煤炭等睏難行業去產能。', '睏', '困', '2016 report: 睏難 → 困難'),
    wrong('史美倫：隨著中國經濟複蘇和增長　香港將受益並發揮重要作用', '複', '復', 'RTHK 2024: 複蘇 → 復蘇 (OpenCC 复苏 → 復甦, 甦 and 蘇 both written)'),
    wrong('蘇丹衛生部19日表示，喀土穆部分醫院已恢複工作。', '複', '復', '恢複 → 恢復'),
    wrong('他表示，雖然美國邁阿密網球公開賽很纍，但很開心打得不錯。', '纍', '累', 'RTHK 2025: 纍 not doubled → 累'),
    wrong('北京鼕奧會短道速滑今晚進行最後一個比賽日的爭奪。', '鼕', '冬', '鼕 not doubled → 冬'),
    wrong('美國國債孳息率麴線創2022年2月以來最斜水平。', '麴', '曲', 'RTHK 2025: 麴線 → 曲線'),
    wrong('改革急症室收費後，預料較集中處理重症個案，急癥室成本將增加。', '癥', '症', 'RTHK 2025: 急癥室 → 急症室'),
    wrong('消防初步調查指港鐵九龍灣車廠辦公室因電線短路緻冒煙　無人受傷', '緻', '致', 'RTHK 2025: 緻 outside a phrase → 致'),
    wrong('世界的發展也決不能長期建立在廣大發展中國傢貧窮落後的基礎之上。', '傢', '家', '1992 report: 國傢, though 中國|家 straddles 國家'),
    wrong('在東面的對流雲糰亦有機會發展，但仍存在相當大不確定性。', '糰', '團', 'RTHK 2024: 雲糰, though 流雲 straddles 雲團'),
    wrong('菲氣象部門說，預計“潭美”晚上于呂宋島北部伊莎貝拉省登陸。', '于', '於', 'Macao TDM 2024: 于 after a time of day is 於'),
    wrong('預料桃芝會在明日早上于本港以南200公里左右掠過。', '于', '於', 'RTHK 2024: 早上于 → 早上於'),
    wrong('47歲被告陳虹秀，被控于 2019年8月31日在灣仔軒尼詩道與盧押道交界襲警。', '于', '於', 'RTHK 2024: 于 before a year after a space'),
    // 于 after an adverb or a modal, after a verb bound to its 於 (ICU's words), or before a date even after a title.
    wrong('一、受處分人如不服本處分，應于本處分送達之次日起30日內，依訴願法第58條第1項規定提起訴願。', '于', '於', 'FSC 2018: 應于 → 應於'),
    wrong('有意投標者需于截標期前到馬交石炮台馬路遞交標書。', '于', '於', 'Macao 2025: 需于 → 需於'),
    wrong('美、英兩國乃于民國三十一年十月宣布放棄在華特權。', '于', '於', 'Presidential Office: 乃于 → 乃於'),
    wrong('在臺灣的民主夥伴共同致力于打造更具韌性的供應鏈。', '于', '於', 'Presidential Office: 致力于 → 致力於 (ICU knows 致力於)'),
    wrong('醫管局表示，有關收費亦不適用于病情緊急或情況嚴重的患者。', '于', '於', 'RTHK 2025: 適用于 → 適用於 (ICU knows 適用於)'),
    wrong('彭明敏先生于1964年起草《台灣人民自救運動宣言》。', '于', '於', 'Presidential Office: a date after 于 wins over the title before it'),
    wrong('總統于晚間出席主流暨少數民族聯合晚宴。', '于', '於', 'Presidential Office: 于晚間 → 於晚間'),
    wrong('現場亦有全運會義工手持國旗和區旗，以及打氣闆，叫著「運動員加油」的口號。', '闆', '板', 'RTHK 2025: 闆 is right only in 老闆'),
    wrong('北都試行片區開發模式　政府明白髮展商要「計掂條數」願分擔風險', '髮', '發', 'RTHK 2024: 白髮 straddles 明白|發展商, so it does not clear 髮'),
    wrong('希望吸引青年設計師及學生髮揮創意，探索提升公共屋邨的幸福感。', '髮', '發', 'RTHK 2025: 生髮 (hair growth) straddles 學生|發揮'),
    wrong('牢牢把握髮展主動權，平衡好穩增長和防風險。', '髮', '發', 'OpenCC\'s own slip (test/fixtures/corpus/hongkong): 握髮 straddles 把握|發展'),
    wrong('最難忘是探望成功接受內地跨境心髒移植的芷希。', '髒', '臟', 'RTHK 2024: 心髒 → 心臟'),
    {
      text: '沿途景致宜人，令人流連。',
      why: '景致 is in Taiwan use beside 景緻: a regional variant, info, no automatic fix (issue 13)',
      errors: [{ line: 1, column: 4, endColumn: 5, messageId: 'regionalVariant', severity: 'info' as const }],
    },
    {
      text: '各部門多採線上方式辦理申請。',
      why: '採 "adopt" (多採…方式), not 多采 as in 多采多姿: a regional variant, info',
      errors: [{
        line: 1, column: 5, endColumn: 6, messageId: 'regionalVariant', severity: 'info' as const,
        message: '地区用字差异（提示，非错字）：“多採”中的“採”是台湾、香港通行的用字，OpenCC 标准繁体作“多采”。如文意与“多采”相同且需统一用字，可改为“采”。',
      }],
    },
    {
      text: '本局將以精致的服務回應市民期望。',
      why: '精致 beside 精緻: the same pair in another word, a class not one phrase (issue 13)',
      locale: 'en',
      errors: [{
        line: 1, column: 6, endColumn: 7, messageId: 'regionalVariant', severity: 'info' as const,
        message: 'Regional variant (a hint, not an error): "致" in "精致" is in accepted use in Taiwan and Hong Kong; OpenCC\'s standard traditional writes "精緻". Change it to "緻" only if that is the meaning and you want one form.',
      }],
    },
    {
      text: '市建局資料外洩事故　私隱專員裁定沒採切實可行步驟保障私隱',
      why: 'held-out s27 (RTHK 2025-01-09): 採 is the Hong Kong form and the document is Hong Kong\'s: no hint to unify',
      config: { script: 'zh-HK' },
      errors: [],
    },
    {
      text: '各部門多採線上方式辦理申請。',
      why: 'a Taiwan document writing Taiwan\'s form: no hint',
      config: { script: 'zh-TW' },
      errors: [],
    },
    {
      text: '市建局資料外洩事故　私隱專員裁定沒採切實可行步驟保障私隱',
      why: 'the same headline in a plain traditional document: still the hint (OpenCC standard 采)',
      errors: [{ line: 1, column: 18, endColumn: 19, messageId: 'regionalVariant', severity: 'info' as const }],
    },
    {
      text: '這些跳梁小醜的伎倆，終將被民眾識破。',
      why: 'spelled as OpenCC\'s Taiwan phrase (跳梁小醜; OpenCC standard 跳樑小丑): that standard\'s word, no finding (issue 13)',
      errors: [],
    },
    {
      text: '馬戲團的小醜逗得孩子們哈哈大笑。',
      why: '小醜 outside the Taiwan phrase is still wrong in every standard (小丑, the clown)',
      errors: [{ line: 1, column: 6, endColumn: 7, messageId: 'wrong', severity: 'error' as const }],
      output: '馬戲團的小丑逗得孩子們哈哈大笑。',
    },
    wrong('會議開了30分鍾，討論熱烈。', '鍾', '鐘', '分鍾 → 分鐘'),
    wrong('社區環境幹淨整潔，居民滿意。', '幹', '乾', '幹淨 → 乾淨'),
    wrong('摧毀一個涉案金額達5億余元的犯罪團夥。', '余', '餘', '5億余元 → 5億餘元'),
    // 餘 where the surname 余 belongs: a word of its own starting a name before a title, after a title, or before what was said.
    wrong('呼余登發前縣長為「赤腳的政治家」，因為餘前縣長是臺灣土生土長。', '餘', '余', 'Presidential Office 2022: 餘前縣長 → 余前縣長'),
    wrong('金管局總裁餘偉文表示，香港銀行體系穩健。', '餘', '余', 'RTHK 2025: 總裁餘偉文 → 總裁余偉文'),
    wrong('餘偉文稱專責小組已處理四百多宗個案　盡量協助受影響人士', '餘', '余', 'RTHK 2025 headline: 餘偉文稱 → 余偉文稱'),
    wrong('高雄醫學大學校長餘明隆、彰化基督教醫院院長陳穆寬出席。', '餘', '余', 'Presidential Office: 校長餘明隆 → 校長余明隆'),
    wrong('今日對案中主犯餘華英執行死刑。', '餘', '余', 'RTHK 2025: a word for a person before the name'),
    wrong('餘偉文又說，由副總裁負責統籌。', '餘', '余', 'RTHK 2025: 又說 after the name'),
    wrong('天氣預報經常不准。', '准', '準', '不准 at a clause end is "inaccurate": 不準'),
    wrong('這種預報不准確。', '准', '準', '不准確 → 不準確'),
    wrong('這位老人的頭發全白了，仍然堅持工作。', '發', '髮', '頭發 → 頭髮'),
    {
      text: '2分鍾可以完成2萬個點讚，全麵提升效能。',
      why: 'two findings in one paragraph, fixed together',
      errors: [
        { line: 1, column: 3, endColumn: 4, messageId: 'wrong', message: '繁简误转：“分鍾”应为“分鐘”（“鍾”与“鐘”意思不同）。' },
        { line: 1, column: 15, endColumn: 16, messageId: 'wrong' },
      ],
      output: '2分鐘可以完成2萬個點讚，全面提升效能。',
    },
    {
      text: '我們要全麵落實各項措施，確保實效。',
      why: 'English message',
      locale: 'en',
      errors: [{ line: 1, column: 5, message: 'Wrong conversion: "全麵" should be "全面" ("麵" and "面" differ in meaning).' }],
      output: '我們要全面落實各項措施，確保實效。',
    },
    {
      text: '這是生産車間的凈化設備，裏面很乾淨。',
      why: 'variants: option on, reported as info at most (script set: 裏 alone would make the text Hong Kong style)',
      config: { script: 'zh-TW', rules: { misconversion: ['error', { variants: true }] } },
      errors: [
        { line: 1, column: 4, endColumn: 5, messageId: 'variant', severity: 'info' },
        { line: 1, column: 8, endColumn: 9, messageId: 'variant', severity: 'info' },
        { line: 1, column: 13, endColumn: 14, messageId: 'variant', severity: 'info' },
      ],
      output: '這是生產車間的淨化設備，裡面很乾淨。',
    },
    {
      text: '加強網路資訊安全，提升治理水準。',
      why: 'regional words: option on, suggestions only',
      config: { rules: { misconversion: ['error', { regional: true }] } },
      errors: [
        { line: 1, column: 3, endColumn: 5, messageId: 'regional', severity: 'info' },
        { line: 1, column: 5, endColumn: 9, messageId: 'regional', severity: 'info', message: /“資訊安全”是台湾用语.*“信息安全”/ },
        { line: 1, column: 14, endColumn: 16, messageId: 'regional', severity: 'info' },
      ],
      output: '加強網路資訊安全，提升治理水準。',
    },
    {
      text: '全麵',
      why: 'script set in the config: judged in that standard',
      config: { script: 'zh-TW' },
      errors: [{ line: 1, column: 2, endColumn: 3, messageId: 'wrong' }],
      output: '全面',
    },
  ],
});

describe('misconversion on the seeds', () => {
  const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');
  const where = (name: string) => findingsOf('misconversion', seed(name)).map((f) => `${f.line}:${f.column} ${f.data?.wrong}`);

  it('003 (converted character by character): every wrong character', () => {
    assert.deepEqual(where('003_667e9abcbbb289a2.txt'), [
      '22:7 故裏',
      '24:29 全麵',
      '24:91 一係列',
      '24:101 一係列',
      '24:111 一係列',
      '28:115 機製',
      '30:61 誌願者',
      '30:76 誌願者',
      '40:6 分鍾',
      '42:56 機製',
      '42:164 全麵',
      '42:170 機製',
      '42:222 機製',
      '42:225 全麵',
      '44:25 機製',
      '48:30 機製',
      '48:45 機製',
      '48:61 麵',
      '48:226 麵',
      '52:22 一麵',
      '52:27 鐵麵無私',
      '52:118 老板',
      '54:139 全麵',
      '56:20 全麵',
      '56:29 體係',
      '60:14 萬裏',
    ]);
  });

  it('001: 5億余元 is wrong, 8萬餘噸 is right', () => {
    assert.deepEqual(where('001_2d3a257640d335f2.txt'), ['15:33 億余']);
  });

  for (const name of ['000_29043b7b8c76f442.txt', '002_cd310873741f28c2.txt', '004_ad60cba661282f96.txt']) {
    it(`${name} (simplified): nothing`, () => assert.deepEqual(where(name), []));
  }
});

describe('regional forms (issue 13)', () => {
  it('are derived from OpenCC: phrases of the Taiwan and Hong Kong tables, and pairs within one meaning group', () => {
    assert.deepEqual(regionalUse('這些跳梁小醜的伎倆', 5, '丑'), { kind: 'phrase', standards: ['tw'] });
    assert.deepEqual(regionalUse('馬戲團的小醜', 5, '丑'), undefined, 'outside the phrase: no standard writes 小醜 for the clown');
    for (const [pair, standards] of regionalPairs()) {
      assert.equal(meaningGroup(pair[0]), meaningGroup(pair[1]), `${pair}: one meaning group`);
      assert.ok(standards.size > 0);
    }
    assert.deepEqual([...regionalPairs().get('致緻')!], ['tw', 'hk']);
    assert.equal(regionalPairs().get('誌志'), undefined, 'the later character for the older one (誌願 for 志願) is an error everywhere');
  });
});

// Round 37 (s37-newtext): Hong Kong news relaying government, police and court announcements (heldout-s37a, 332 k characters).
testRule('misconversion', {
  valid: [
    { text: '「我哋做咁耐嘅一個研究，原來一吓就撥走咗。你要改變個世界，淨係有理據係唔夠。」', why: 'heldout-s37a: 係 the Cantonese copula in a sentence of written Cantonese (咗, 嘅, 唔)' },
    { text: '大家都知道呢啲運動都係好重要，當時冇即刻爭取到民主都好。', why: 'heldout-s37a: 都係好重要 beside 呢啲, 冇' },
    { text: '「從前線角度睇，老實講係有啲嬲。」', why: 'heldout-s37a: 係有 in Cantonese speech (睇, 啲, 嬲), not 繫有' },
    { text: '取得更具體的資料，但一直未能成功。3天後、9月18日，中科興業透過電郵回覆運輸及房屋局。', why: 'heldout-s37a: 3天後, "three days later", not OpenCC\'s 天后 (the goddess)' },
    { text: '所以算起來該公屋單位要在100天後才能分配到輪候者手上。', why: 'heldout-s37a: 100天後' },
    { text: '時也被「愛國人士」包圍，衣服破損，傷痕纍纍。', why: 'heldout-s37a: 纍纍 doubled, though OpenCC has 傷痕累累: its fix would split the pair' },
    { text: '任何嘢未講買、先講賣，我未講買呢隻杯返嚟，（買入價）100蚊。', why: 'heldout-s37a: Cantonese 呢隻 (this one), the measure word' },
  ],
  invalid: [
    wrong('王健亦有經濟管理、民航管理、國際談判、境外經濟關系等多方面經驗。', '系', '係', 'heldout-s37a (real): 關系 → 關係, no Cantonese in the sentence'),
    wrong('政府推出一係列措施，加強監管，市民普遍表示支持。', '係', '系', 'a standard sentence keeps its finding: 一係列 → 一系列'),
  ],
});
