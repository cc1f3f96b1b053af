// Finds characters in traditional text that a one-to-one simplified→traditional conversion
// picked wrongly (全麵 for 全面, 機製 for 機制). Only characters whose traditional alternatives
// differ in meaning are examined, and only OpenCC's phrase table decides: a character is wrong
// when the phrases around it all choose another alternative and none chooses it. A plain
// OpenCC round trip is not used as a detector: it also changes variants (為/爲), pairs where
// both are right (宣布/宣佈) and characters OpenCC itself gets wrong (了/瞭).
import { isSurrogate } from './chars';
import { dict, stPhraseTexts, windowConverter } from './opencc';
import { simplifiedOnlySet } from './script-chars';
import { SortedPhrases } from './sorted-phrases';
import { words } from './segment';
import { codeUnitBytes, codeUnitWords } from './code-tables';
import { inCantoneseSentence } from './cantonese';

/**
 * Simplified character, then its traditional alternatives that differ in meaning.
 * Deliberately left out: pairs where both forms are accepted (布/佈, 占/佔, 周/週, 注/註,
 * 回/迴, 并/並/併, 伙/夥, 尽/儘, 汇/匯/彙), 了/瞭, 才/纔, 台/臺/檯/颱, 借/藉 — OpenCC's choices there are
 * unreliable or a matter of house style. Of 复/復/複/覆 only 複 is examined (LAST_EXAMINED_GROUPS).
 */
const GROUPS = [
  '面面麵', '制制製', '系系係繫', '里里裏', '志志誌', '钟鐘鍾', '干干乾幹', '发發髮', '后后後', '余余餘',
  '松松鬆', '谷谷穀', '斗斗鬥', '丑丑醜', '卷卷捲', '云云雲', '范范範', '准准準', '历歷曆', '征征徵',
  '冲沖衝', '郁郁鬱', '板板闆', '表表錶', '获獲穫', '须須鬚', '胡胡鬍', '划划劃', '朴朴樸',
  '咸咸鹹', '御御禦', '致致緻', '签簽籤', '姜姜薑', '舍舍捨', '折折摺', '采采採', '辟辟闢', '脏臟髒',
];

/**
 * A simplified character that script-mixing lets pass in traditional text (须 is kept there for names and old texts), but
 * that a phrase of OpenCC's converts (必须 → 必須, 无须 → 無須): examined like a character of its own group, so 必须 in a
 * traditional paragraph is found. Reported as a simplified form, not a character of another meaning (isSimplifiedForm).
 * Not 游 (游說, 游走 and the name 游錫堃 are right in Taiwan and Hong Kong text, though OpenCC writes 遊說), nor 只 or 温.
 * 据 and 并 likewise (round 31): characters of traditional text too (拮据, 并州), so script-mixing lets them pass, but a word
 * left half converted (根据, 并不是, 并且) is read through OpenCC's phrases (根据 → 根據, 合并 → 合併; 拮据 stays) or the
 * character conversion. Not 双, which Taiwanese write in their names (彭双浪, 楊双子).
 */
const SIMPLIFIED_EXAMINED = '须据并';

/** Whether `c` is examined as a simplified form rather than a character of another meaning (SIMPLIFIED_EXAMINED). */
export function isSimplifiedForm(c: string): boolean {
  return c.length === 1 && SIMPLIFIED_EXAMINED.includes(c);
}

/**
 * Groups of which only the last character is examined: the common one (家, 向, 當 …) is too frequent to look at and
 * hardly ever wrong, while a one-at-a-time conversion that picks the other where it does not belong (國傢, 方嚮, 技朮,
 * 關于) is. 傢, 嚮, 噹 … are right only in a few words OpenCC's phrases know (傢俱, 嚮導, 叮噹, 飯糰, 白朮, 鞦韆,
 * 茶几); 于 is a surname (于紀隆), so only a phrase (关于 → 關於, 由于 → 由於), a date after it or a time of day before it
 * (TIME_AFTER_YU, TIME_BEFORE_YU), an adverb or a modal before it (MODAL_BEFORE_YU) or a word of ICU's ending in 於 (致力於)
 * says it is wrong. 睏 is Taiwan's word for sleep (卡早睏, Presidential Office 2026), so only OpenCC's phrases (贫困 → 貧困, 困难 → 困難)
 * say it is wrong. 齣 is the measure word of plays, which OpenCC's phrases do not all know (這齣戲): it is right after a
 * numeral or a demonstrative and before 戲/劇/目 (MEASURE_BEFORE_CHU), and a one-at-a-time conversion of 出 everywhere else
 * (齣現, 提齣, 作齣); 隻 likewise, the measure word of animals and vessels (MEASURE_BEFORE_ZHI), elsewhere 只 (隻要, 隻有).
 * Of 复/復/覆/複 only 複 is examined (恢複, 複興, 複蘇): OpenCC's choice between 復 and 覆 (回复 → 回覆, 答复 → 答覆) is
 * unreliable, and examining 復 gave 71 false alarms on the clean traditional text (回復正常, 名譽回復, 答復). 復 is examined
 * against 複 alone (round 31): only a phrase choosing 複 (复杂 → 複雜, 复制 → 複製, 复决 → 複決) is evidence against it, never
 * 覆 (回复 → 回覆), and it is never judged alone.
 */
/** The traditional forms of the simplified characters examined (须's 須 has its own group above). */
const SIMPLIFIED_EXAMINED_FORMS: Record<string, string> = { 须: '', 据: '據', 并: '並併' };
const LAST_EXAMINED_GROUPS = [...[...SIMPLIFIED_EXAMINED].map((c) => c + (SIMPLIFIED_EXAMINED_FORMS[c] ?? '') + c), '家家傢', '向向嚮', '当當噹', '团團糰', '术術朮', '千千韆', '秋秋鞦', '苏蘇囌', '几幾几', '于於于', '出出齣', '只只隻', '困困睏', '复復覆複', '累累纍', '冬冬鼕', '曲曲麴', '症症癥'];

/**
 * Characters that are almost never right outside a word OpenCC knows: when no phrase covers
 * them, the plain character conversion (面, 制 …) is trusted over them. Not 鬆, a free adjective (loose: 牙有點鬆,
 * RTHK 2024; 太鬆了); 鬆樹 and 鬆山 are still read through OpenCC's phrases 松树, 松山. They are judged alone too when the
 * only phrases against them straddle a word boundary (發展中國|傢, 對流|雲糰): a straddling phrase clears nothing. 纍 and 鼕,
 * which OpenCC never writes, are right only doubled (碩果纍纍, 鼕鼕: DOUBLED_RIGHT); 緻 only in its words (精緻, 細緻, 景緻).
 * 繫 and 籤 (round 31) are right only in their words too (聯繫, 維繫, 心繫; 標籤, 抽籤, 書籤), and a phrase for them that
 * straddles a word must not clear them: 兩岸關|繫上 (OpenCC's 系上 → 繫上), 我們更|籤署 (更签 → 更籤), OpenCC's own 網聯|繫統
 * and 集中|籤約.
 */
const RARE_ALONE = SIMPLIFIED_EXAMINED + '繫籤麵誌鬚鬍醜穀髮穫傢嚮噹糰朮韆鞦囌几齣隻鼕纍緻闆';

/**
 * Traditional words that are right although OpenCC's phrase table reads their simplified form
 * as another word: 并州 (the old name of 太原: 并 examined since round 31, OpenCC has no phrase for it), 自製 (made in-house; OpenCC: 自制 self-control), 海裡 (in the sea; 海里
 * nautical mile), 編製 (to compile; OpenCC: 編制 staffing), 村里 and 鄰里 (Taiwan's village and neighbourhood units), 沖到 (washed
 * against), 衛藤征士郎 (a name), 折合 (amounting to: 折合人民幣3.1億元; OpenCC writes 摺合, to fold),
 * 折子戲 (an act of an opera: Taiwan's MOE dictionary and Macao's Cultural Development Fund, 2026; OpenCC 摺子戲),
 * 曆日/曆月 (calendar days and months: 13個曆日, Hong Kong 2025; OpenCC reads 历日 as 歷日), 黎克特制 (the Richter
 * scale, Hong Kong Observatory's term; OpenCC's 特製 straddles 黎克特|制), 發長債 (to issue long-term bonds: the 2025
 * Hong Kong budget; OpenCC's 髮長, hair growing, straddles 發|長債), 內卷 (involution, as Hong Kong writes the borrowed
 * term: 內卷式競爭, RTHK 2025; Taiwan's 內捲 is the same word, not another meaning), 傢具/傢俬 (furniture as Hong
 * Kong writes it: 傢具及固定裝置, the government's retail sales releases; OpenCC knows only 傢俱), 洋面 (the ocean's surface:
 * 位於西北太平洋洋面, Macao TDM 2024, as weather bulletins write it; OpenCC's 洋麵, imported flour, is the rarer word), 方志
 * and 縣志 (a local chronicle: 志 is the records' character, as in 三國志 — 香港地方志中心, 《澳門志》是首部地方志; OpenCC writes
 * 方誌, 縣誌), 牽一髮 (牽一髮動全身, the idiom without its 而: RTHK 2025; ICU splits it 牽|一|髮動, which would make OpenCC's 一发 a
 * phrase straddling a word), 換發 (to reissue a licence or card: 換發駕照, 換發IC票證, Taiwan's audit reports; OpenCC's 换发 is 換髮).
 */
const RIGHT_AS_WRITTEN = ['并州', '傢具', '傢俬', '傢私', '自製', '編製', '海裡', '海裏', '村里', '鄰里', '沖到', '沖走', '征士郎', '折合', '折子戲', '曆日', '曆月', '黎克特制', '發長債', '內卷', '洋面', '方志', '縣志', '牽一髮', '換發'];

/** 余 after a number or a count word is 餘 (5億餘元, 十餘年); elsewhere 余 may be a surname. */
const NUMERIC_BEFORE = /[0-9０-９〇零一二三四五六七八九十百千萬億兩年月天週日個人次多]/;

/**
 * 余 starting a name: two names of the 余 family side by side (余登發余陳月瑛, 余登發及余陳月瑛) or a
 * name and a title (余登發前縣長). 餘 (surplus) is never followed by these.
 */
const SURNAME_YU = /^余[\u4e00-\u9fff]{1,3}?(?:[及與和、]?余|前?(?:縣長|市長|議員|委員|主席|部長|院長|局長|校長|教授|先生|女士|同志|書記|總統))/;

/**
 * 餘 where the surname 余 belongs (a conversion that made every 余 餘): 餘 standing as a word of its own (ICU's segmentation;
 * 其餘, 剩餘, 餘下, 餘額 are words) and starting a name before a title (因為餘前縣長是, 餘陳月瑛前縣長), after a title
 * (金管局總裁餘偉文, 校長餘明隆) or at a clause's start before what the person said (餘偉文稱, 餘雨生：). The name's
 * characters are not function characters (陳寶餘及桃園市長 is a name ending in 餘, then 及).
 */
const SURNAME_YU_AFTER = /^(?:(?![及與和、的之在於為是其])[\u4e00-\u9fff]){0,3}?(?:[及與和、]余|前?(?:縣長|市長|議員|委員|主席|部長|院長|局長|校長|教授|先生|女士|同志|書記|總統|總裁))/;
const SAID_AFTER_NAME = /^(?:(?![及與和、的之在於為是其])[\u4e00-\u9fff]){2}[又亦則]?(?:稱|表示|指出|指|說|認為|相信|強調|透露|坦言|回應|：)/;
/** Words for a person before a name (內地女子餘華英, 主犯餘華英), and a name of the 余 family right before (余登發餘陳月瑛). */
const PERSON_BEFORE_YU = /(?:女子|男子|主犯|被告|市民|居民|研究員|司機|余[\u4e00-\u9fff]{2}[及與和、]?)$/;
const CLAUSE_START = /(?:^|[，。；：！？、「」『』（）()｜|\u3000 ])$/;

/** A title right before 余 (發行人余建新, 部長余政憲): the surname. */
const TITLE_BEFORE_YU = /(?:發行人|董事長|理事長|總經理|執行長|行長|部長|院長|局長|署長|市長|縣長|主席|主任|委員|議員|教授|醫師|律師|先生|女士|總裁|校長|司長|處長|法官|裁判官|工程師|記者)$/;
/**
 * A person's title that ends in 師 right before 范 (中大賽馬會公共衛生學院導師范寧指出: round 37, heldout-s37a/-s37a2, 4 findings, one
 * person): the surname 范, not 師範 straddling the title. A 範 word may still follow such a title (教師範本, 律師範圍), and 師範大學
 * after a place (北京師範) has no title before it.
 */
const SHI_TITLE_BEFORE_FAN = /(?:導|講|律|醫|老|教|牧|技|廚|法|禪|藥|護|程|計|築|療|析|算|劑|問)師$/;
const FAN_WORD_NEXT = /^[例本文圍围疇畴式型大學学院校生類类專专科]/;
/**
 * 准 that starts a word of permission with the next character (准用, 准入: 在美國視為准用的非處方藥用成份, RTHK 2024):
 * 准 is "to permit", not 準 of OpenCC's 為準 that straddles 為|准用.
 */
const PERMISSION_WORD_NEXT = /^[用入]/;
/** After 不准: a Han character that starts what is (not) allowed; 不准確 and 不准的 read as 不準. */
const PERMISSION_NEXT = /[\u4e00-\u9fff]/u;
const PERMISSION_NOT = '確确的了';
/** What follows the copula 係: 係指, 係由, 係屬, 係依, 係我國; 係於 before a date or a time (而係於每月月底將…, 係於108年3月1日: FSC 2015). */
const COPULA_NEXT = /^(?:指|由|屬|以|依|因|經|採|跨|僅|包含|我國|本府|本院|本部|於(?:每|當|同|本|\d|[一二三四五六七八九十]+[年月日]))/;
/**
 * An adverb or a clause start before the copula 係, as Taiwan's audit reports explain a figure (主要係上級政府補助款未獲撥入,
 * 部分係欠繳義務人, 均係, 萬餘元，係上述…: National Audit Office 2003–2013): 係 is "is", not 系 of OpenCC's 要系/上系. Not before
 * 統 or 數 (係統, 係數 after a pause: the misconverted 系統 is read by the phrases as before).
 */
const COPULA_BEFORE = /(?:主要|部分|大部分|均|乃|實|即|亦|尚|多|仍|究|皆|[，；：])$/;
const NOT_COPULA_NEXT = /^[統数數]/;
/**
 * 准 after a word of approval (報准保留, 簽准, 核准, 奉准, 照准: the audit reports' 業經報准保留轉入以後年度): 准 is "to approve",
 * not 準 of OpenCC's 准保 (準保).
 */
const APPROVAL_BEFORE_ZHUN = /[報簽核呈獲奉批照]$/;
/**
 * 里 as a village (Taiwan's 里) in a list of them: 東寧里、忠仁里、鎮山里、建南里 (Tainan 2023). OpenCC's 山里 (in the
 * mountains, 山裡) straddles the name. A neighbouring item of the list that also ends in 里 says so.
 */
const VILLAGE_LIST_BEFORE = /里[、及與和][\u4e00-\u9fff]{1,3}$/;
const VILLAGE_LIST_AFTER = /^[、及與和][\u4e00-\u9fff]{1,3}里/;
/**
 * 麵 that no phrase covers, ending a food's name before a pause or a conjunction (豆菜麵、羊肉湯: Tainan 2023), is
 * noodles, not 面; phrases still decide 見麵。 or 當麵, and after a numeral it is the measure word (錦旗16麵).
 */
const NOODLE_END = /^(?:[、，。；：！？）」』”及和與等的]|$)/;
const NUMERAL_BEFORE_MIAN = /[0-9０-９〇零一二三四五六七八九十百千兩两幾几多每]$/;
/** Cantonese 係 (is) in quoted speech: 唔係 (is not), 咪係 (isn't it) — never 繫 (to tie) after these. */
const CANTONESE_BEFORE_COPULA = /[唔咪]$/;
/**
 * 以X制Y (to check Y by means of X: 以台制華, 以夷制夷, 以港制華): 制 is the verb "to check", not 製 (made
 * in): OpenCC's 台製/港製 straddle 以台|制華. Only between 以 and one or two characters, and a character after.
 */
const CHECK_BY_MEANS = /以[\u4e00-\u9fff]{1,2}$/;
const HAN_NEXT = /^[\u4e00-\u9fff]/;
/**
 * 雲 (cloud) in weather reports: before a character that makes a cloud word (雲底, 雲層, 雲量, 雲團, 雲系), or after 有 at a
 * pause (今晚有雲，但雲底較高: RTHK 2024, the Observatory). OpenCC's 有云/但云 ("as … says") straddle those; 有雲 after a
 * word for sayings (古語有雲，) or before a colon or quote (有雲：「…」) still reads 有云. A pause: a mark, or 但/及/和
 * (今晚有雲但雲底較高, the headline).
 */
const CLOUD_WORD_NEXT = /^[底層量團系帶圖頂海霧]/;
const SAYING_BEFORE_YOU = /[語話經人書詩言曰文傳子]$/;
const PAUSE_NEXT = /^[，。；、但及和]/;
/** 齣 as the measure word of plays: after a numeral or a demonstrative (一齣古典愛情劇, 這齣戲, 每齣), or in 齣目/齣頭. */
const MEASURE_BEFORE_CHU = /[一二三四五六七八九十百兩两幾几這这那每整哪某數数該该此同另首]$/;
const PLAY_AFTER_CHU = /^[戲戏劇剧目頭头]/;
/**
 * 隻 as the measure word of animals and vessels: after a numeral, a demonstrative or a count word (63隻, 兩隻, 首隻, 多隻
 * 新股, 是隻流浪狗; Cantonese 呢隻杯, 嗰隻), or ending a noun (船隻, 牛隻, 龜隻, 犬隻). Elsewhere 隻 is a one-at-a-time conversion of 只 (隻要,
 * 隻有), which OpenCC's phrases (只要, 只有) decide.
 */
const MEASURE_BEFORE_ZHI = /[0-9０-９〇零一二三四五六七八九十百千萬万億亿兩两幾几這这那每整哪某數数該该此同另首多單单是隻呢嗰][ \u3000]?$/;
const NOUN_BEFORE_ZHI = /[船艦舰牛犬豬猪龜龟禽羊鳥鸟雞鸡鴨鸭貓猫狗]$/;
/**
 * 后 that no phrase covers is 後 (調整后每股盈利, 4個月后不治, 同意后公佈): OpenCC's phrases know the words where 后 is right
 * (皇后, 天后, 球后, 封后, 后海灣, 望后石, 后里). Not after a character that makes a queen's title OpenCC does not know
 * (世界拳后: Presidential Office 2024; 后中后, the queen of queens: RTHK 2025), nor before a place (后海中心區, Shenzhen: RTHK
 * 2024) or the queen's things (后冠).
 */
const QUEEN_BEFORE_HOU = /(?:[后王皇天帝妃母太拳棋泳舞歌影視视球賽赛]|后中)$/;
const QUEEN_AFTER_HOU = /^(?:[海里豐丰土羿稷冠妃]|中后)/;
/**
 * 于 before a date or a time is 於 (調整于2025年收支平衡, 籌劃于明年舉行): 于 the surname starts a name, never a year. Other
 * 于 is decided by a phrase ending with it (關于, 由于) or not at all.
 */
const TIME_AFTER_YU = /^ ?(?:[0-9０-９]|[〇零一二三四五六七八九十]+[年月日時]|[今明去本同當当翌][年月日週天]|[上下][午月週]|[今昨前][(（]|當地時間|民國|晚間|早上|晚上|凌晨|中午|週[一二三四五六日末]|星期)/;
/** A time of day or a day before 于 (晚上于呂宋, 午前于香港, 人則于前日): 於, for the surname does not follow these. */
const TIME_BEFORE_YU = /(?:上午|下午|中午|晚上|早上|凌晨|午前|午後|前日|昨日|今日|昨天|今天|日前|當日|當天|同日|翌日)$/;
/**
 * An adverb or a modal before 于 (應于本處分送達之次日起, 須于報稅表發出日起, 並將于期間舉行, 乃于民國三十一年): these stand
 * before a verb or a preposition, never before a bare name, so 于 is 於. Only where ICU's segmentation leaves the character
 * a word of its own (響應, 供應 and 軍需 are verbs and nouns that may take a name), and not 應 before an invitation (應于紀隆之邀).
 */
const MODAL_BEFORE_YU = '應須需將亦乃甫未均仍皆擬已並曾';
const INVITATION_AFTER = /^[\u4e00-\u9fff]{1,6}(?:之邀|邀請|的邀請)/;
/** Rare characters that are right doubled, where OpenCC has no phrase: 碩果纍纍 (Presidential Office), 鼕鼕. */
const DOUBLED_RIGHT = '纍鼕';
/**
 * An amount of money before 後 (10元後的兩折優惠, RTHK 2025): 後 is "after", never 后 of OpenCC's 元后 (an empress); and 后 there
 * is a one-at-a-time conversion (5336萬元后的收入數).
 */
const MONEY_BEFORE_HOU = /[0-9０-９〇零一二三四五六七八九十百千萬億兩][元圓蚊]$/;
/**
 * A count of days before 後 (3天後、9月18日, 100天後才能分配: Hong Kong news, round 37): 後 is "after N days", never 后 of
 * OpenCC's 天后 (the sea goddess, 天后廟), which no numeral counts.
 */
const DAYS_BEFORE_HOU = /[0-9０-９〇零一二三四五六七八九十百千兩两幾几數数多半]天$/;
/**
 * 發 before 局 is 發展局 shortened (金發局, the Financial Services Development Council; 貿發局, 旅發局): 髮 (hair) never
 * stands before 局, though OpenCC's 金髮 straddles 金|發局.
 */
const BUREAU_AFTER_FA = /^局/;

/**
 * The words where 复 is 複 "multiple, complex" (复杂, 重复, 复制, 复合, 复数, 复印, 复式, 复决, 复线, 复习): only an OpenCC phrase of these
 * is evidence against 復. Where 复 means "again" OpenCC writes 複 too (复查, 复审, 复核, 复诊, 复议), but Taiwan's laws write
 * 復 (申請復查, 提起復審): no evidence.
 */
const MULTIPLE_FU = /复[杂制合数印式写句姓眼利决线方叶音习]|[重繁]复/;

/** Traditional character → the group's simplified character. */
const GROUP_OF = new Map<string, string>();
for (const group of [...GROUPS, ...LAST_EXAMINED_GROUPS]) for (const t of group.slice(1)) GROUP_OF.set(t, group.charAt(0));
// Variant spellings count as the same alternative.
GROUP_OF.set('裡', '里');
GROUP_OF.set('麪', '面');

/** The meaning group of a traditional character (its simplified form), if it is in one. */
export function meaningGroup(c: string): string | undefined {
  return GROUP_OF.get(c);
}

/** Characters that can be involved, by code unit (all are BMP characters): one look-up per character of the text. */
const IS_CANDIDATE = codeUnitBytes();
for (const c of GROUP_OF.keys()) IS_CANDIDATE[c.charCodeAt(0)] = 1;
for (const group of LAST_EXAMINED_GROUPS) for (const c of group.slice(1, -1)) IS_CANDIDATE[c.charCodeAt(0)] = 0;
// 復 too, against 複 alone (judgeWindow): 情勢復雜 → 複雜; 回復正常, 答復 (OpenCC's 覆) stay quiet.
IS_CANDIDATE['復'.charCodeAt(0)] = 1;

/** Offset of the first candidate character at or after `from`, or −1. */
function nextCandidate(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (IS_CANDIDATE[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/** Whether `text` has any character that can be involved. */
export function hasCandidate(text: string): boolean {
  return nextCandidate(text, 0) !== -1;
}

const MAX_PHRASE = 7;
const CONTEXT = MAX_PHRASE - 1;

let variantCanon: Map<string, string> | undefined;

/** Maps Taiwan and Hong Kong variant forms to OpenCC's standard form (裡 → 裏, 為 → 爲). */
export function canon(c: string): string {
  if (!variantCanon) {
    variantCanon = new Map();
    for (const [std, tw] of dict('twVariants')) variantCanon.set(tw, std);
    for (const [std, hk] of dict('hkVariants')) if (!variantCanon.has(hk)) variantCanon.set(hk, std);
    variantCanon.set('麵', '麪');
  }
  return variantCanon.get(c) ?? c;
}

export interface Misconversion {
  /** Offset of the wrong character in the scanned text. */
  index: number;
  found: string;
  /** OpenCC's choice. */
  expected: string;
  /** The phrase (simplified) that decided, or '' when the plain character conversion did. */
  phrase: string;
  /** Where that phrase sits in the scanned text (the character alone when no phrase decided). */
  wordStart: number;
  wordEnd: number;
}

/** All misconversions in `text` (one paragraph of traditional text). */
export function findMisconversions(text: string): Misconversion[] {
  const out: Misconversion[] = [];
  for (let at = nextCandidate(text, 0); at !== -1; at = nextCandidate(text, at + 1)) {
    const found = judge(text, at);
    if (found) out.push(found);
  }
  return out;
}

/** tsCharacters as a code table (0: unchanged, WIDE: not one BMP character for one), made on first use. */
let codeTable: Uint16Array | undefined;
const WIDE = 0xffff;

function simplifyTable(): Uint16Array {
  if (!codeTable) {
    codeTable = codeUnitWords();
    for (const [from, to] of dict('tsCharacters')) {
      if (from.length !== 1) continue; // a supplementary character: windows with surrogates take the slow path
      codeTable[from.charCodeAt(0)] = to.length === 1 ? to.charCodeAt(0) : WIDE;
    }
  }
  return codeTable;
}

/** A numeral before 裏/裡 makes it the distance unit 里 (百裏, 五千裏, 十裡): OpenCC knows only 萬里 and a few more. */
const NUMERAL_BEFORE_LI = /[〇零一二三四五六七八九十百千萬万两兩0-9０-９]/;

function judge(text: string, index: number): Misconversion | undefined {
  if (rightAsWritten(text, index)) return undefined;
  const c = text.charAt(index);
  // After an amount of money 后 is "after" (5336萬元后的收入數), not OpenCC's 元后 (an empress).
  if (c === '后' && MONEY_BEFORE_HOU.test(text.slice(Math.max(0, index - 2), index)) && !nearSimplified(text, index)) {
    return { index, found: c, expected: '後', phrase: '', wordStart: index, wordEnd: index + 1 };
  }
  // Before the phrases: OpenCC's 余明 → 餘明 would confirm 校長餘明隆.
  if (c === '餘' && surnameWrittenYu(text, index)) return { index, found: c, expected: '余', phrase: '', wordStart: index, wordEnd: index + 1 };
  if ((c === '裏' || c === '裡') && index > 0 && NUMERAL_BEFORE_LI.test(text.charAt(index - 1))) {
    return { index, found: c, expected: '里', phrase: '', wordStart: index - 1, wordEnd: index + 1 };
  }
  const from = Math.max(0, index - CONTEXT);
  const to = Math.min(text.length, index + CONTEXT + 1);
  /** The phrases at each position of the window simplified character by character, looked up once for both steps below. */
  const phrasesOfWindow: (string | undefined)[][] = [];
  // A character right only inside a phrase is settled by judgeWindow, which also asks whether that phrase straddles a word.
  if (!RARE_ALONE.includes(c) && confirmedAsWritten(text, index, from, to, phrasesOfWindow)) return undefined;
  const original = text.slice(from, to);
  // Character-level simplification first (cheap); OpenCC's phrase-aware conversion only
  // confirms a finding. The two differ only inside OpenCC's few traditional phrases (乾隆).
  const quick = judgeWindow(text, index, from, original, simplifyByCharacter(original), phrasesOfWindow);
  if (!quick) return undefined;
  const simplified = windowConverter('tw2s')(original);
  if (simplified.length !== original.length) return undefined;
  return judgeWindow(text, index, from, original, simplified);
}

/** The window simplified character by character: by code table, without a string per character. */
function simplifyByCharacter(original: string): string {
  const table = simplifyTable();
  const codes: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const r = table[c] ?? 0;
    if (r === WIDE || isSurrogate(c)) return simplifyByCharacterSlowly(original);
    codes.push(r === 0 ? c : r);
  }
  return String.fromCharCode(...codes);
}

function simplifyByCharacterSlowly(original: string): string {
  const table = dict('tsCharacters');
  let out = '';
  for (const c of original) out += table.get(c) ?? c;
  return out.length === original.length ? out : original;
}

let stPhrases: SortedPhrases | undefined;

/**
 * The values of OpenCC's simplified→traditional phrases whose keys begin at s[at], by key length
 * (2 to MAX_PHRASE): stPhraseMap's answers (STPhrases over the generated phrases), looked up in the
 * sorted dictionary texts themselves, both in one look-up.
 */
function phraseValuesAt(s: string, at: number, end = s.length, as?: Uint16Array): (string | undefined)[] {
  if (!stPhrases) {
    const { phrases, generated } = stPhraseTexts();
    stPhrases = new SortedPhrases(phrases, generated);
  }
  const values: (string | undefined)[] = [];
  stPhrases.valuesAt(s, at, MAX_PHRASE, values, end, as);
  return values;
}

/**
 * Whether the text spells, over `index` and inside the window [from, to) that judgeWindow's first
 * pass examines (same starts, same lengths), a confirming phrase: a traditional phrase (2 to
 * MAX_PHRASE characters) whose character-by-character simplification is an OpenCC phrase that
 * converts back to exactly it. judgeWindow's first pass would meet it as a phrase choosing the
 * character as written: most candidates are settled here without building its evidence. Windows
 * that take simplifyByCharacter's slow path are left to judgeWindow. `memo` keeps the phrases looked
 * up at each position of the window (the window simplified character by character).
 */
function confirmedAsWritten(text: string, index: number, from: number, to: number, memo: (string | undefined)[][]): boolean {
  const table = simplifyTable();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (table[c] === WIDE || isSurrogate(c)) return false;
  }
  for (let j = index; j >= from; j--) {
    if (j + 1 >= to) continue;
    // The text read through the character table is the window simplifyByCharacter would build.
    const values = (memo[j - from] ??= phraseValuesAt(text, j, to, table));
    for (let length = Math.max(2, index - j + 1); length <= MAX_PHRASE && j + length <= to; length++) {
      const value = values[length];
      if (value !== undefined && value.length === length && text.startsWith(value, j)) return true;
    }
  }
  return false;
}

function judgeWindow(
  text: string, index: number, from: number, original: string, simplified: string, memo: (string | undefined)[][] = [],
): Misconversion | undefined {
  const p = index - from;
  const found = text.charAt(index);
  const valuesAt = (j: number) => (memo[j] ??= phraseValuesAt(simplified, j));
  if (found === '余' && (SURNAME_YU.test(text.slice(index, index + 8)) || TITLE_BEFORE_YU.test(text.slice(Math.max(0, index - 3), index)))) return undefined;
  // Beside simplified characters 于 (or 须) is a passage left in simplified (本作品不适用于该法), which script-mixing reports.
  if ((found === '于' || isSimplifiedForm(found)) && nearSimplified(text, index)) return undefined;
  // Before a date no phrase needs to say so (a phrase straddling 內容|容于 would otherwise hide it), nor after a title:
  // a name never starts with a date (彭明敏先生于1964年, 總統于晚間出席).
  if (found === '于' && (TIME_AFTER_YU.test(text.slice(index + 1, index + 5)) || TIME_BEFORE_YU.test(text.slice(Math.max(0, index - 2), index)))) return { index, found, expected: '於', phrase: '', wordStart: index, wordEnd: index + 1 };
  if (found === '范' && SHI_TITLE_BEFORE_FAN.test(text.slice(Math.max(0, index - 2), index)) && /^[\u4e00-\u9fff]/u.test(text.slice(index + 1, index + 2)) && !FAN_WORD_NEXT.test(text.slice(index + 1, index + 2))) return undefined;
  // 于 after a title is the surname (執行長于紀隆, Presidential Office 2015).
  if (found === '于' && TITLE_BEFORE_YU.test(text.slice(Math.max(0, index - 3), index))) return undefined;
  if (found === '于' && (afterModal(text, index) || endsWordAsYu(text, index))) return { index, found, expected: '於', phrase: '', wordStart: index - 1, wordEnd: index + 1 };
  // 不准有任何疏漏 (not allowed, Presidential Office 2010): 准 is right before a verb; 不準 is "inaccurate".
  if (found === '准' && text.charAt(index - 1) === '不' && PERMISSION_NEXT.test(text.charAt(index + 1)) && !PERMISSION_NOT.includes(text.charAt(index + 1))) return undefined;
  if (found === '准' && PERMISSION_WORD_NEXT.test(text.slice(index + 1, index + 2))) return undefined;
  // 係 as the formal "is" (日本係我國第二大貿易夥伴, 本案係由…): not 系 of 本系, 體系.
  if (found === '係' && COPULA_NEXT.test(text.slice(index + 1, index + 6))) return undefined;
  if (found === '係' && COPULA_BEFORE.test(text.slice(Math.max(0, index - 3), index)) && !NOT_COPULA_NEXT.test(text.slice(index + 1, index + 2))) return undefined;
  if (found === '准' && APPROVAL_BEFORE_ZHUN.test(text.slice(Math.max(0, index - 1), index))) return undefined;
  if (found === '里' && (VILLAGE_LIST_BEFORE.test(text.slice(Math.max(0, index - 5), index)) || VILLAGE_LIST_AFTER.test(text.slice(index + 1, index + 6)))) return undefined;
  if (found === '係' && CANTONESE_BEFORE_COPULA.test(text.slice(Math.max(0, index - 1), index))) return undefined;
  // 係 in a sentence of written Cantonese is the copula (都係好重要, 而家係去搶個位: Hong Kong news, round 37).
  if (found === '係' && inCantoneseSentence(text, index)) return undefined;
  // 隻 in written Cantonese is the measure word standing for the demonstrative or after a possessor (相信隻藥可能好快嚟到香港,
  // 斬我隻腳，我哋瞓喺佢門口: round 37, heldout-s37a4), not 只 (only), which Cantonese says 淨係 or 得.
  if (found === '隻' && inCantoneseSentence(text, index)) return undefined;
  if (found === '制' && CHECK_BY_MEANS.test(text.slice(Math.max(0, index - 3), index)) && HAN_NEXT.test(text.slice(index + 1, index + 2))) return undefined;
  if (found === '後' && (MONEY_BEFORE_HOU.test(text.slice(Math.max(0, index - 2), index)) || DAYS_BEFORE_HOU.test(text.slice(Math.max(0, index - 2), index)))) return undefined;
  // 纍纍 (傷痕纍纍, 碩果纍纍) and 鼕鼕 are right doubled even where OpenCC has a phrase with 累累: its fix would split the pair.
  if (DOUBLED_RIGHT.includes(found) && (text.charAt(index - 1) === found || text.charAt(index + 1) === found)) return undefined;
  if (found === '發' && BUREAU_AFTER_FA.test(text.slice(index + 1, index + 2))) return undefined;
  if (found === '齣' && (MEASURE_BEFORE_CHU.test(text.slice(Math.max(0, index - 1), index)) || PLAY_AFTER_CHU.test(text.slice(index + 1, index + 2)))) return undefined;
  if (found === '隻' && (MEASURE_BEFORE_ZHI.test(text.slice(Math.max(0, index - 2), index)) || NOUN_BEFORE_ZHI.test(text.slice(Math.max(0, index - 1), index)))) return undefined;
  if (found === '雲' && CLOUD_WORD_NEXT.test(text.slice(index + 1, index + 2))) return undefined;
  if (found === '雲' && text.charAt(index - 1) === '有' && PAUSE_NEXT.test(text.slice(index + 1, index + 2)) && !SAYING_BEFORE_YOU.test(text.slice(Math.max(0, index - 2), index - 1))) return undefined;
  const lookup = (j: number, e: number): string | undefined => {
    const value = valuesAt(j)[e - j];
    return value && value.length === e - j && fitsText(value, original, j, p) ? value : undefined;
  };
  const opposing: { char: string; start: number; end: number }[] = [];
  let supportedAcrossWords = false;
  for (let j = Math.max(0, p - MAX_PHRASE + 1); j <= p; j++) {
    // Most positions begin no phrase: nothing to try there.
    if (valuesAt(j).length === 0) continue;
    const last = Math.min(simplified.length, j + MAX_PHRASE);
    for (let e = Math.max(p + 1, j + 2); e <= last; e++) {
      const value = lookup(j, e);
      if (!value) continue;
      const choice = value.charAt(p - j);
      // One phrase choosing the character as written settles it; for a character right only inside a phrase, one that
      // straddles a word boundary (明白|髮展商 is not 白髮, 學生|髮揮 not 生髮) only when no credible phrase stands against it.
      if (canon(choice) === canon(found)) {
        if (!RARE_ALONE.includes(found) || !(crossed(j, e, p, simplified.length, lookup) || splitByWords(simplified, j, e))) return undefined;
        supportedAcrossWords = true;
        continue;
      }
      // Only alternatives that differ in meaning; anything else is a variant at most.
      // 複 where OpenCC writes 覆 (回复 → 回覆) may mean 復 as well (回復正常): no sure fix, so no evidence.
      if (GROUP_OF.get(choice) === GROUP_OF.get(found) && !(found === '複' && choice === '覆') && !(found === '復' && (choice !== '複' || !MULTIPLE_FU.test(simplified.slice(j, e))))) opposing.push({ char: choice, start: j, end: e });
    }
  }
  // A phrase that straddles a word boundary (合影|後) is not evidence: another phrase overlaps
  // it from outside without covering the character. When the text has exactly what the plain
  // character conversion gives (鍾, 裏, 胡), the phrase must also be a word of the sentence:
  // 董事長|胡 is not 長胡, 國會|裡|正在 is not 里正.
  const plain = plainConversion(simplified.charAt(p));
  const mustBeWord = canon(plain) === canon(found);
  const credible = opposing.filter(
    (o) => !crossed(o.start, o.end, p, simplified.length, lookup) && !(mustBeWord && splitByWords(original, o.start, o.end)),
  );
  // 余 and 于 are surnames at the start of a name (余明隆, 于紀隆): only phrases that end with them count (關于, 由于).
  const usable = found === '余' || found === '于' ? credible.filter((o) => o.end === p + 1) : credible;
  if (usable.length > 0) {
    const best = usable.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    return { index, found, expected: best.char, phrase: simplified.slice(best.start, best.end), wordStart: from + best.start, wordEnd: from + best.end };
  }
  // Phrases that straddle a word boundary (發展中國|家 against 中|國家) do not clear a character that is right only inside a phrase;
  // but a phrase for it, even across words (吃飯|糰 as ICU splits 吃飯糰), keeps it from being judged alone.
  if ((opposing.length > 0 && !RARE_ALONE.includes(found)) || supportedAcrossWords) return undefined;
  if (found === '余') {
    return index > 0 && NUMERIC_BEFORE.test(text.charAt(index - 1)) ? { index, found, expected: '餘', phrase: '', wordStart: index, wordEnd: index + 1 } : undefined;
  }
  if (found === '后') {
    const queen = QUEEN_BEFORE_HOU.test(text.slice(Math.max(0, index - 2), index)) || QUEEN_AFTER_HOU.test(text.slice(index + 1, index + 3));
    return queen || nearSimplified(text, index) ? undefined : { index, found, expected: '後', phrase: '', wordStart: index, wordEnd: index + 1 };
  }
  if (!RARE_ALONE.includes(found)) return undefined;
  if (mustBeWord || GROUP_OF.get(plain) !== GROUP_OF.get(found)) return undefined;
  // 纍纍 (碩果纍纍) and 鼕鼕 (a drum's sound) are right doubled.
  if (DOUBLED_RIGHT.includes(found) && (text.charAt(index - 1) === found || text.charAt(index + 1) === found)) return undefined;
  if (found === '麵' && index > 0 && NOODLE_END.test(text.slice(index + 1, index + 2)) && !NUMERAL_BEFORE_MIAN.test(text.charAt(index - 1))) return undefined;
  return { index, found, expected: plain, phrase: '', wordStart: index, wordEnd: index + 1 };
}

/** Whether 餘 at `index` starts a person's name (SURNAME_YU_AFTER, TITLE_BEFORE_YU, PERSON_BEFORE_YU, SAID_AFTER_NAME). */
function surnameWrittenYu(text: string, index: number): boolean {
  const after = text.slice(index + 1, index + 9);
  const before = text.slice(Math.max(0, index - 4), index);
  const named =
    SURNAME_YU_AFTER.test(after) ||
    ((TITLE_BEFORE_YU.test(before) || PERSON_BEFORE_YU.test(before)) && HAN_NEXT.test(after)) ||
    (CLAUSE_START.test(before) && SAID_AFTER_NAME.test(after));
  return named && wordAt(text, index) === '餘';
}

/** Whether 于 at `index` follows an adverb or a modal that ICU's segmentation leaves a word of its own (MODAL_BEFORE_YU). */
function afterModal(text: string, index: number): boolean {
  const before = text.charAt(index - 1);
  if (!MODAL_BEFORE_YU.includes(before)) return false;
  if (before === '應' && INVITATION_AFTER.test(text.slice(index + 1, index + 11))) return false;
  return wordAt(text, index - 1).length === 1;
}

/**
 * Whether 于 read as 於 ends a word of ICU's dictionary with what stands before it (致力於, 位於, 適用於, 取決於): a
 * verb bound to its 於, which no name follows directly.
 */
function endsWordAsYu(text: string, index: number): boolean {
  // The short window only, with 於 in it: not a copy of the whole text per 于.
  const from = Math.max(0, index - CONTEXT);
  const window = text.slice(from, index) + '於' + text.slice(index + 1, index + CONTEXT + 1);
  const word = wordAt(window, index - from);
  return word.length >= 2 && word.endsWith('於');
}

/** The word of ICU's segmentation (of a short window around it, memoized by text/segment) that holds the character at `at`. */
function wordAt(text: string, at: number): string {
  const from = Math.max(0, at - CONTEXT);
  let end = from;
  for (const word of words(text.slice(from, Math.min(text.length, at + CONTEXT + 1)))) {
    end += word.length;
    if (at < end) return word;
  }
  return '';
}

/** Whether a character of simplified script alone stands within two characters of `index`. */
function nearSimplified(text: string, index: number): boolean {
  const simplified = simplifiedOnlySet();
  for (let i = Math.max(0, index - 2); i <= Math.min(text.length - 1, index + 2); i++) if (simplified.has(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a phrase [a, b) overlaps [start, end) across one of its edges without covering p. */
function crossed(start: number, end: number, p: number, length: number, lookup: (a: number, b: number) => string | undefined): boolean {
  for (let a = Math.max(0, start - MAX_PHRASE + 1); a < start; a++) {
    for (let b = start + 1; b <= p && b - a <= MAX_PHRASE; b++) if (lookup(a, b)) return true;
  }
  for (let a = p + 1; a < end; a++) {
    for (let b = end + 1; b <= Math.min(length, a + MAX_PHRASE); b++) if (lookup(a, b)) return true;
  }
  return false;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Whether a word of the text (ICU's dictionary segmentation, on the short window only) straddles
 * an edge of the phrase: 國會|裡|正在 is not 里正, 董事長|胡 is not 長胡.
 */
function splitByWords(window: string, start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { index, segment } of segmenter.segment(window)) {
    const last = index + segment.length;
    if ((index < start && start < last) || (index < end && end < last)) return true;
  }
  return false;
}

function rightAsWritten(text: string, index: number): boolean {
  const c = text.charCodeAt(index); // a code, not text[index]: no string per call
  for (const word of RIGHT_AS_WRITTEN) {
    for (let k = 0; k < word.length; k++) {
      if (word.charCodeAt(k) === c && text.startsWith(word, index - k)) return true;
    }
  }
  return false;
}

/** What OpenCC's character table alone makes of a simplified character. */
function plainConversion(s: string): string {
  return dict('stCharacters').get(s) ?? s;
}

/** A phrase's character → the one texts also write in its place: OpenCC's 复苏 → 復甦, and Hong Kong writes 經濟復蘇. */
const SPELLED_EITHER_WAY = new Map([['甦', '蘇']]);

/** A phrase applies when it spells the text around the position (up to variants and the same ambiguity). */
function fitsText(value: string, original: string, start: number, p: number): boolean {
  for (let k = 0; k < value.length; k++) {
    if (start + k === p) continue;
    const v = value.charAt(k);
    const t = original.charAt(start + k);
    if (v === t || canon(v) === canon(t) || SPELLED_EITHER_WAY.get(v) === t) continue;
    const g = GROUP_OF.get(t);
    if (g !== undefined && g === GROUP_OF.get(v)) continue;
    return false;
  }
  return true;
}
