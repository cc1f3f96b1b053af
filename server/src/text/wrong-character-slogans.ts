// Set patterns of official slogans and statistics prose that a word model reads as slips (错别字 guards):
//   - quartets with a repeated head (失能失智失独, 冬捕冬钓, 以才引才): two parallel words share a
//     character; the other members are the writer's chosen words, often rare ones (失智, 冬钓);
//   - split compounds (招大引强, 强边固防): a dictionary word (招引, 边防) is split by two modifiers,
//     one after each of its characters, so no pair of neighbours as written is a word;
//   - ranking phrases of statistics (企业数居全国第1位, 产量列全省前列): a verb of rank (居, 列, 位)
//     follows a noun, which a word model joins to the noun (数据).
// Each is a kind of phrasing, tested on the characters around the suspect, never a list of slogans.

/** The word lookup this needs (WrongCharacterModel implements it). */
export interface WordLookup {
  hasWord(word: string): boolean;
}

/** Script=Han by character (a quartet and a split compound are four Han characters). */
const HAN = /^\p{Script=Han}$/u;

/** The four characters text[start, start + 4), if all are Han (one code unit each). */
function quartetAt(text: string, start: number): string | undefined {
  if (start < 0 || start + 4 > text.length) return undefined;
  const four = text.slice(start, start + 4);
  return [...four].length === 4 && [...four].every((c) => HAN.test(c)) ? four : undefined;
}

/** Function characters: 的X的Y, 在X在Y recur in running text without any parallel. */
const FUNCTION_CHARS = new Set([...'的地得了着过是和与及或在对为于把被将以之其也又而']);

/**
 * Is the suspect text[at, at + wrong.length) inside a quartet whose two halves share their first character (失能失智,
 * 冬捕冬钓: ABAC) or their second (以才引才: BACA), a parallel of two coined halves? The shared character marks the
 * parallel without a pause mark (parallelRepeat in the rule asks for one across a longer reach). Not such a
 * parallel: a half that is a dictionary word (农亚农村: 农村), a middle pair that is one (项目项目场), a quartet
 * that starts or ends inside a word (政府农亚农: 政府), and a quartet that the correction makes a set phrase
 * (不拆不扣 → 不折不扣, 多捞多得 → 多劳多得): those are slips in set phrasing, still reported.
 */
export function inRepeatedHeadQuartet(model: WordLookup, text: string, at: number, wrong: string, right: string): boolean {
  for (let start = at + wrong.length - 4; start <= at; start++) {
    const four = quartetAt(text, start);
    if (!four) continue;
    const [a, b, c, d] = [...four];
    const abac = a === c && b !== d && a !== b && !FUNCTION_CHARS.has(a);
    const baca = b === d && a !== c && a !== b && !FUNCTION_CHARS.has(b);
    if (!abac && !baca) continue;
    if (model.hasWord(a + b) || model.hasWord(c + d) || model.hasWord(b + c)) continue;
    if ((start > 0 && model.hasWord(text.charAt(start - 1) + a)) || model.hasWord(d + text.charAt(start + 4))) continue;
    const corrected = text.slice(start, at) + right + text.slice(at + wrong.length, start + 4);
    if (!model.hasWord(corrected)) return true;
  }
  return false;
}

/**
 * Is text[at, at + width) part of a split compound (招大引强: 招引 split by 大 and 强; 强边固防: 边防 split by 强
 * and 固)? The first and third, or the second and fourth characters make a dictionary word, and neither half
 * of the quartet is a word as written (a slip inside a plain phrase leaves a word half: 招大引进 has 引进).
 */
export function inSplitCompound(model: WordLookup, text: string, at: number, width: number): boolean {
  for (let start = at + width - 4; start <= at; start++) {
    const four = quartetAt(text, start);
    if (!four) continue;
    const [a, b, c, d] = [...four];
    if (a === c || b === d) continue; // a repeated head is the quartet case above
    if (model.hasWord(a + b) || model.hasWord(c + d)) continue;
    if (model.hasWord(a + c) || model.hasWord(b + d)) return true;
  }
  return false;
}

/**
 * A rank as statistics prose gives it after a verb of rank: (全国|全省|…)(第N | 前N | 前列 | 首位 | 榜首).
 * Numerals in figures or Chinese.
 */
const RANK = /^(?:全国|全省|全市|全区|全州|全盟|全县|全球|世界|国内|省内|市内|同类|同期|全行业)?(?:第[0-9０-９一二三四五六七八九十百]|前[0-9０-９一二三四五六七八九十]|前列|前茅|首位|榜首|第一方阵)/;

/**
 * 企业数居全国第1位: is the written character (text[at]) followed by a rank, and does the correction join it to the
 * character before it (数据)? Then it is a verb of rank after a noun (数 for 数量), the statistics phrasing, not a slip.
 */
export function rankVerbAfterNoun(text: string, at: number, width: number, wordStart: number): boolean {
  return width === 1 && wordStart < at && RANK.test(text.slice(at + 1, at + 12));
}
