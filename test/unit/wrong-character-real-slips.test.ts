// wrong-character, round 36 (s36-realslips: recall on real slips that published texts of the clean folders contain).
// Kept: a common written character is offered a glyph look-alike that official texts use at least ten times as often,
// where the two glyphs differ in little ink (觉 → 党; tools/build-wrong-character-data.mjs, farCommonerLookalike).
// Before, a written character among the 1,500 most frequent got no glyph look-alike at all (周 of 教育周 is meant), so the
// OCR slips 觉 for 党 of a scanned normative document (heldout-s32n2, 关于加强新形势下党外代表人士队伍建设的意见: 民主觉派,
// 单位觉组织, 觉的执政能力 twice, 觉的领导, 中国共产觉) had no candidate. The invalid sentences are that document's; the valid
// ones are the common written characters of the new pairs used as meant, in report language (自觉, 觉悟, 休息, 讲话, 没有…).
import { testRule } from '../helpers/ruleTester';

testRule('wrong-character', {
  valid: [
    { text: '不断增强思想自觉、政治自觉、行动自觉，始终同以习近平同志为核心的党中央保持高度一致。', why: 'round 36: 自觉 written as meant (觉 → 党 now offered)' },
    { text: '引导党员干部提高思想觉悟，增强纪律意识，及早发觉苗头性倾向性问题。', why: 'round 36: 觉悟, 发觉 written as meant' },
    { text: '保障劳动者休息休假权利，落实带薪年休假制度。', why: 'round 36: 休息 written as meant (休 → 体 now offered)' },
    { text: '认真学习贯彻习近平总书记重要讲话精神，开展对话交流。', why: 'round 36: 讲话, 对话 written as meant (话 → 活 now offered)' },
    { text: '没有调查就没有发言权，要深入基层掌握第一手材料。', why: 'round 36: 没有 written as meant (没 → 设 now offered)' },
    { text: '加快发展太阳能光伏产业，推进木材加工和林下经济。', why: 'round 36: 太阳能, 木材 written as meant (太 → 大, 木 → 本 now offered)' },
    { text: '特区政府教青局今日举办活动，教青局局长表示，将加强青年发展工作。', why: 'round 36: 教青局 (Macau’s education and youth bureau), the false alarm that kept common written characters from glyph look-alikes in round 25; 青 → 育 is offered now and the evidence keeps it quiet' },
    { text: '“妈妈，你戴着我画的手表，一定要准时回来。”', why: 'round 36, heldout-s35w2 (人民日报 2020-01-14): 画 is used twice in official text, so its ratio to 国 gives it no look-alike (the first version flagged 我画 → 我国 three times)' },
  ],
  invalid: [
    {
      text: '党外代表人士是与中国共产党团结合作、作出较大贡献，有一定社会影响的非中共人士，包括民主觉派代表人士、无党派代表人士。',
      why: 'round 36, heldout-s32n2 (关于加强新形势下党外代表人士队伍建设的意见, an OCR text): 觉 for 党, a glyph look-alike official texts use 15 times as often',
      errors: [{ line: 1, column: 44, endColumn: 45, message: '“觉派”疑为“党派”（形近别字：“觉”应为“党”），请核对。' }],
      output: '党外代表人士是与中国共产党团结合作、作出较大贡献，有一定社会影响的非中共人士，包括民主党派代表人士、无党派代表人士。',
    },
    {
      text: '党外代表人士所在单位觉组织要加强党与党外代表人士的合作共事。',
      why: 'round 36, the same document: 单位觉组织 (in the document the slip recurs as 觉组（党委）, and the writer’s-own-term exemption keeps both quiet there)',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“觉组”疑为“党组”（形近别字：“觉”应为“党”），请核对。' }],
      output: '党外代表人士所在单位党组织要加强党与党外代表人士的合作共事。',
    },
  ],
});
