// Names of people in report prose (刘建忻, 黄世杰): a given name is any pair of characters, so a word model
// reads one of them as a slip (建忻 → 建新, 世杰 → 世界). Where the context says "this is a person" — the
// title of a post right before a surname (秘书长刘建忻, 立法委员黄世杰), or a list of such names after one
// (立法委员吴思瑶、李德维、……、吴怡玎及陈以信) — and the name ends where a name ends, the given name is
// left alone. A class of contexts, not a list of names: it holds for names the data never saw.

import { POSTS } from './wrong-character-institutions';

/** Common surnames (one character): a name starts with one. */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚权帅屠朴练廉禹井祖漆巴丰卿狄计宣晋初容敬扈晁芮阙浦戈伏鹿薄邸雍辜裘修邰赫杭况宿逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉束檀衣展昝幸奉植衡尧赖洪萧',
]);

/**
 * What is written right before a person's name: the titles of posts that also end lists and signatures
 * (POSTS: 秘书长, 主任, 委员) and titles and forms of address that come only before a name (次长, 大使, 先生).
 */
const BEFORE_NAME_ONLY = new Set(
  '次长 署长 司长 议员 议长 大使 代表 参赞 领事 总统 副总统 总理 主委 发言人 执行长 召集人 总裁 团长 顾问 博士 先生 女士 同志 选手 创办人 记者 通讯员'.split(' '),
);
/** The longest title above, in characters. */
const TITLE_REACH = 5;
/** What may follow a name: a pause, the end of a clause or line, a joining word, a quotation or bracket. */
const AFTER_NAME = new Set([...'、，,。；;：:及和与等「」“”（）()\n\r 　']);
/** How many names of a list are walked back to find the title that heads it. */
const LIST_REACH = 12;

function titleBefore(text: string, at: number): boolean {
  // A scholar of a field (哲学家、逻辑学家温公颐，: People's Daily, round 34) is named after the field like a post.
  if (text.slice(at - 2, at) === '学家') return true;
  for (let length = 2; length <= Math.min(TITLE_REACH, at); length++) {
    const title = text.slice(at - length, at);
    if (POSTS.has(title) || BEFORE_NAME_ONLY.has(title)) return true;
  }
  return false;
}

/** Does the name starting at `start` (its surname) follow a title, directly or as a later member of a list of names after one? */
function headedByTitle(text: string, start: number, reach: number): boolean {
  if (titleBefore(text, start)) return true;
  if (reach === 0 || text.charAt(start - 1) !== '、') return false;
  // The name before the pause: two or three characters after a surname.
  for (const length of [3, 2]) {
    const previous = start - 1 - length;
    if (previous >= 0 && SURNAMES.has(text.charAt(previous)) && headedByTitle(text, previous, reach - 1)) return true;
  }
  return false;
}

/**
 * Is text[at, at + width) part of the given name of a person named after a title (秘书长刘建忻、, 立法委员黄世杰、)?
 * The name is a surname and one or two characters, and what follows it ends a name.
 */
export function inPersonNameAfterTitle(text: string, at: number, width: number): boolean {
  for (const length of [3, 2]) {
    for (let start = at + width - length; start < at; start++) {
      if (start < 0 || !SURNAMES.has(text.charAt(start))) continue;
      const end = start + length;
      if (end < text.length && !AFTER_NAME.has(text.charAt(end))) continue;
      if (headedByTitle(text, start, LIST_REACH)) return true;
    }
  }
  return false;
}

/** A photo or report credit: the reporter's title, a name, then 摄 (photo) or 报道 ending the run (新疆日报记者崔志坚摄). */
const CREDIT = /(?:记者|通讯员|摄影)$/;
/** A credit line of its own: nothing but spaces (the paragraph's indent) before the name. */
const LINE_START = /^[\s\u3000]*$/;

/**
 * Does text[at, at + width) lie in the name of a credit line — 记者/通讯员/摄影 + a surname and one or two characters + 摄 at
 * the end of the run (held-out s31: 新疆日报记者崔志坚摄 read as 坚摄 → 建设), or a paragraph of its own that is the name and
 * 摄 (龚献明摄（影像中国）)? The name is a person's, the 摄 the credit's.
 */
export function inPhotoCredit(text: string, at: number, width: number): boolean {
  for (let credit = at; credit <= at + width + 2 && credit < text.length; credit++) {
    if (text.charAt(credit) !== '摄' || /\p{Script=Han}/u.test(text.charAt(credit + 1))) continue;
    for (const length of [3, 2]) {
      const start = credit - length;
      if (start < 0 || start > at || !SURNAMES.has(text.charAt(start))) continue;
      // …or a line that is the credit alone (an indented 龚献明摄（影像中国）, People's Daily, round 34: 龚献 → 贡献), the photo above it.
      if (CREDIT.test(text.slice(Math.max(0, start - 3), start)) || LINE_START.test(text.slice(0, start))) return true;
    }
  }
  return false;
}

/** Verbs of saying after a speaker's name (”吴金妹说，). */
const SAYING = /^(?:说|表示|介绍|告诉|坦言|感慨)/;

/**
 * “……争议很大。”吴金妹说，立法联系点… (round 36, People's Daily political-legal articles, heldout-s36a: 妹说 read as 来说):
 * is text[at, at + width) inside the name of the speaker a quotation is attributed to — a surname and one or two
 * characters right after the closing quotation mark, then a verb of saying? News and press releases name their
 * speakers so; the name is no phrase of report language.
 */
export function inSpeakerAfterQuote(text: string, at: number, width: number): boolean {
  for (const length of [3, 2]) {
    for (let start = at + width - length; start < at + 1; start++) {
      if (start < 1 || start > at || text.charAt(start - 1) !== '”' || !SURNAMES.has(text.charAt(start))) continue;
      if (SAYING.test(text.slice(start + length, start + length + 2))) return true;
    }
  }
  return false;
}

/** An age written before a person's name: a figure or a Chinese numeral, 岁的 (92岁的叶五妹). */
const AGE_BEFORE = /[0-9０-９一二三四五六七八九十百多]岁的$/;

/**
 * 92岁的叶五妹就经常推着… (round 36, heldout-s36b: 叶五 read as 十五): is text[at, at + width) inside a name of two or three
 * characters that starts with a surname right after an age (N岁的)? Feature articles name their people so; the given
 * name is any characters.
 */
export function inPersonNameAfterAge(text: string, at: number, width: number): boolean {
  for (let start = Math.max(0, at + width - 3); start <= at; start++) {
    if (SURNAMES.has(text.charAt(start)) && AGE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  }
  return false;
}
