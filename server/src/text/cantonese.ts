// Written Cantonese in Hong Kong text: quoted speech in news and press reports (「我哋做咁耐嘅一個研究，原來一吓就撥走咗」).
// There 係 is the copula "is" (都係好重要), 晒 "all, completely" (買晒, 熟晒), 吓 "a bit, for a moment" (試吓, 傾吓) and 扑
// "to smash" (扑爛石屎): words of their own, not a misconverted 系/繫 nor simplified 曬/嚇/撲. Round 37's held-out Hong
// Kong news (heldout-s37a, 332 k characters) had 26 such 係 and 34 such 晒/吓/扑 findings, all false.

/**
 * Characters that only written Cantonese uses (none is a character of standard written Chinese): a sentence with one of
 * them is Cantonese. Left out because standard Chinese has them too: 係 (關係), 俾 (俾使), 咪 (咪高峰), 喇 (喇叭), 乜 (a surname).
 */
const MARKERS = /[嘅咗啲唔佢喺嚟冇哋嘢嗰咩㗎嘥噉囉咁睇諗攞冚嬲搵啱揸餸嚿瞓嘞]/u;

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
  return MARKERS.test(text.slice(start, end));
}

/**
 * 吓 as Cantonese's verb suffix "a bit" (填吓表格、搞吓漏水, 抖吓氣, 播吓歌, 試吓啦): after a Han character, outside the
 * words where 吓 is the simplified 嚇 (恐吓, 惊吓, 威吓, 吓唬, 吓人, 吓到, 吓得, 吓坏, 吓跑, 吓阻, 吓一跳, 吓死, 吓退, 吓倒, 吓呆).
 */
const NOT_BEFORE_XIA = /[恐驚惊威恫嚇吓]$/;
const NOT_AFTER_XIA = /^[唬人到得壞坏跑阻死退倒呆破怕一親亲嚇吓]/;
/**
 * 晒 as Cantonese's "all, completely" closing a clause (好多人我都熟晒，, 亂晒龍 is left to the sentence test): after a Han
 * character and before a mark or the end, outside 曬 words that end so (日曬, 晾曬, 曝曬, 暴曬, 防曬).
 */
const NOT_BEFORE_SHAI = /[日晾曝暴防曬晒]$/;

/** Whether the simplified-looking character at `index` is a word of written Cantonese (晒, 吓, 扑) as it stands. */
export function cantoneseWord(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (c !== '晒' && c !== '吓' && c !== '扑') return false;
  if (inCantoneseSentence(text, index)) return true;
  const before = text.slice(Math.max(0, index - 1), index);
  if (!/^[\u4e00-\u9fff]$/u.test(before)) return false;
  const after = text.slice(index + 1, index + 2);
  if (c === '吓') return !NOT_BEFORE_XIA.test(before) && !NOT_AFTER_XIA.test(after);
  if (c === '晒') return !NOT_BEFORE_SHAI.test(before) && (after === '' || /^[，。；：、！？」』”）]/u.test(after));
  return false;
}
