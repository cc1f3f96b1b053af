// Written Cantonese in Hong Kong text: quoted speech in news and press reports (「我哋做咁耐嘅一個研究，原來一吓就撥走咗」).
// There 係 is the copula "is" (都係好重要), 晒 "all, completely" (買晒, 熟晒), 吓 "a bit, for a moment" (試吓, 傾吓) and 扑
// "to smash" (扑爛石屎): words of their own, not a misconverted 系/繫 nor simplified 曬/嚇/撲. Round 37's held-out Hong
// Kong news (heldout-s37a, 332 k characters) had 26 such 係 and 34 such 晒/吓/扑 findings, all false.

/**
 * Characters that only written Cantonese uses, and Cantonese's demonstrative 呢 (this) before a measure word (呢個係好典型,
 * 呢條路: standard Chinese's 呢 is a particle that ends a clause, never followed by a measure word without a mark) (none is a
 * character of standard written Chinese): a sentence with one of them is Cantonese. Left out because standard Chinese has
 * them too: 係 (關係), 俾 (俾使), 咪 (咪高峰), 喇 (喇叭), 乜 (a surname). Kept though Mandarin writes them too: the
 * particles 囉 and 嘞 (Taiwan's 好囉, 走囉): a Taiwan sentence with one and a misconverted 係 (這樣就好囉，但教育體係…) is
 * then not reported, but without 囉 Hong Kong speech such as 「一係落街，自己去維園踢囉。」 (heldout-s37a2, round 37 final
 * review) has no other marker and its Cantonese 一係 ("either") was reported.
 */
const MARKERS = /[嘅咗啲唔佢喺嚟冇哋嘢嗰咩㗎嘥噉囉咁睇諗攞冚嬲搵啱揸餸嚿瞓嘞]|呢[個隻條位件種次間度排班張部架場句]/u;

/** Sentence ends, quotes and the paragraph's edges bound the span searched for a marker; at most this far each way. */
const REACH = 60;
const BOUND = /[。！？!?\n]/;

/** Whether the sentence around `index` in `text` is written Cantonese (has a character only Cantonese writes). */
export function inCantoneseSentence(text: string, index: number): boolean {
  let start = index;
  const lowest = Math.max(0, index - REACH);
  while (start > lowest && !BOUND.test(text.charAt(start - 1))) start--;
  let end = index + 1;
  const highest = Math.min(text.length, index + 1 + REACH);
  while (end < highest && !BOUND.test(text.charAt(end))) end++;
  if (MARKERS.test(text.slice(start, end))) return true;
  const quote = enclosingQuote(text, index);
  return quote !== undefined && MARKERS.test(text.slice(quote[0], quote[1]));
}

/** How far a quotation may reach each way from the character (quoted speech runs over several sentences). */
const QUOTE_REACH = 300;

/**
 * The 「…」 quotation around `index` (its content's bounds), if any: quoted speech is one speaker's, so a Cantonese marker in
 * another of its sentences says the same (「…個項目完咗先問你呀？一係你話我聽…」; 「醫學會唔係咁做法。而家係講緊…」).
 */
function enclosingQuote(text: string, index: number): [number, number] | undefined {
  let open = -1;
  for (let i = index - 1; i >= Math.max(0, index - QUOTE_REACH); i--) {
    const c = text.charAt(i);
    if (c === '」') return undefined;
    if (c === '「') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = index + 1; i < Math.min(text.length, index + QUOTE_REACH); i++) {
    const c = text.charAt(i);
    if (c === '「') return undefined;
    if (c === '」') return [open + 1, i];
  }
  return undefined;
}

/**
 * 吓 as Cantonese's verb suffix "a bit" (填吓表格、搞吓漏水, 抖吓氣, 播吓歌, 試吓啦): after a Han character, outside the
 * words where 吓 is the simplified 嚇 (恐吓, 惊吓, 威吓, 吓唬, 吓人, 吓到, 吓得, 吓坏, 吓跑, 吓阻, 吓一跳, 吓死, 吓退, 吓倒, 吓呆).
 * Mandarin's 嚇 also takes an aspect particle or a result after it (她嚇了一跳, 嚇著, 嚇哭, 嚇醒, 嚇傻) and a person,
 * 被 or 把 before it (他被嚇…, 把孩子嚇…); Cantonese's suffix follows a verb and takes an object or a particle (試吓啦):
 * without those, a Taiwan text's misconverted 吓 in 她吓了一跳 was taken for Cantonese and not reported.
 */
const NOT_BEFORE_XIA = /[恐驚惊威恫嚇吓被把給给讓让叫他她它我你您們们]$/;
const NOT_AFTER_XIA = /^[唬人到得壞坏跑阻死退倒呆破怕一親亲嚇吓了着著過过哭醒傻住走出]/;
/**
 * 晒 as Cantonese's "all, completely" closing a clause (好多人我都熟晒，, 亂晒龍 is left to the sentence test): after a Han
 * character and before a mark or the end, outside 曬 words that end so (日曬, 晾曬, 曝曬, 暴曬, 防曬), and after a place,
 * a direction or 被 (拿到陽台曬，拿出來曬，在太陽下曬，被曬，怕曬): there 曬 is Mandarin's verb "to dry in the sun".
 */
const NOT_BEFORE_SHAI = /[日晾曝暴防曬晒來来去台臺陽阳下被怕耐]$/;
/**
 * 晒 between a verb or an adjective and its object (做晒功課, 帶晒圖表, 盡晒力, 超晒標, 亂晒龍: Cantonese's "all" after the
 * verb; round 37, 7 findings in heldout-s37a/-s37a2 with no marker in their sentence): after a Han character that is not a
 * 曬 word's first part (日曬, 晾曬, 曝曬, 暴曬, 防曬, 翻曬, 攤曬, 風吹日曬) nor a word that comes before a verb (在曬, 去曬, 要曬,
 * 被曬, 把…曬, 正曬, 都曬, 愛曬, 紛紛曬), and before a Han character that is not what 曬 takes (曬太陽, 曬乾, 曬黑, 曬傷,
 * 曬衣, 曬被, 曬穀, 曬書, 曬鹽, 曬場, 曬台, 曬網, 曬出, 曬照, 曬單, 曬圖 …) nor 了/着/過/得/完/好/到/成/一.
 */
const NOT_BEFORE_SHAI_VERB = /[日晾曝暴防曬晒翻攤摊涼凉風风在去來来要會会能可被把將将正都也又再還还就先不沒没未曾已別别等和與与及或並并常需愛爱喜紛纷來的地之]$/;
const NOT_AFTER_SHAI_VERB = /^[太陽阳乾干黑傷伤衣衫被褥穀谷書书鹽盐場场臺台网網魚鱼菜果照單单娃紅红透暖熱热了着著過过得完好到成一在出下於于个個些死壞坏焦裂]/;

/** Whether the simplified-looking character at `index` is a word of written Cantonese (晒, 吓, 扑) as it stands. */
export function cantoneseWord(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (c !== '晒' && c !== '吓' && c !== '扑') return false;
  if (inCantoneseSentence(text, index)) return true;
  const before = text.slice(Math.max(0, index - 1), index);
  if (!/^[\u4e00-\u9fff]$/u.test(before)) return false;
  const after = text.slice(index + 1, index + 2);
  if (c === '吓') return !NOT_BEFORE_XIA.test(before) && !NOT_AFTER_XIA.test(after);
  if (c === '晒' && !NOT_BEFORE_SHAI.test(before) && (after === '' || /^[，。；：、！？」』”）]/u.test(after))) return true;
  if (c === '晒') return !NOT_BEFORE_SHAI_VERB.test(before) && /^[\u4e00-\u9fff]$/u.test(after) && !NOT_AFTER_SHAI_VERB.test(after);
  return false;
}
