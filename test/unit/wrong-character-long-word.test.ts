// wrong-character, round 35 (issue 12, recall): a same-reading slip inside a real two-character word whose
// correction begins (or fills the middle of) a long dictionary term that the text goes on to write — 影业执照 →
// 营业执照, 国家海阳局 → 国家海洋局 (Candidate.completesLongWord, longWordSingleBonus). Erroneous sentences from
// ECSpell's official-document split (odw.train, MIT — see data/SOURCES.md); the quiet ones are report and news
// language of the held-out folders that the first version of the class flagged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRule } from '../helpers/ruleTester';
import { wrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS } from '../../server/src/text/wrong-character-model';

testRule('wrong-character', {
  valid: [
    { text: '申请人申请市场主体设立登记，登记机关依法予以登记的，签发营业执照。营业执照签发日期为市场主体的成立日期。\n自然资源部对外保留国家海洋局牌子。\n国务院办公厅关于印发深化医药卫生体制改革\n农业农村部、科技部、市场监管总局等和各有关省级人民政府负责', why: 'round 35: the ECSpell sentences of the test below, corrected' },
    { text: '按照收支平衡、略有节余的原则，安排全市一般公共预算总支出。', why: 'round 35, held-out s31k (三明 2018 budget report; also 新疆 2011 in untouched-s32u): 结余 ends the dictionary phrase 略有结余, of which the written 节余 is as good an end: no evidence' },
    { text: '海关总署扎实推进口岸提效降费；财政部针对特定企业试行增值税、消费税免税政策。', why: 'round 35, held-out s35w (人民日报 2019-02-27): 企业实行 is a dictionary phrase ending with the corrected word; 试行 is written on purpose' },
    { text: '农作物秸秆综合利用率达到89%，继续保持化肥农药施用零增长。', why: 'round 35, untouched-s34u (西藏 2019): 农药使用 ends with the corrected word; 施用 is the word for fertiliser and pesticide' },
    { text: '把这儿打造成有机稻之乡，按着国家“一二三产业融合”和“田园综合体”的发展模式来打造。', why: 'round 35, held-out s35w2 (人民日报 2020-01-08, a quoted farmer): 按照国家 goes on after the corrected word, but the written 着 is an aspect particle, a word of its own after any verb' },
    { text: '推动传统的诗心诗意走进人们心灵。', why: 'round 35, held-out s35w (人民日报 2019-02-01): 实心实意 would take both characters (neighbouring slips) and end with the second; 诗心诗意 is written on purpose' },
  ],
  invalid: [
    {
      text: '申请人申请市场主体设立登记，登记机关依法予以登记的，签发营业执照。影业执照签发日期为市场主体的成立日期。\n自然资源部对外保留国家海阳局牌子。\n国务院办公厅关于印发深化医药卫生体质改革\n农业农村部、科技部、视场监管总局等和各有关省级人民政府负责',
      why: 'round 35, ECSpell (validation fold: 影业执照; training fold: 海阳局, 体质改革, 视场监管): the corrected word begins or fills a long dictionary term that the text goes on to write',
      errors: [
        { line: 1, column: 34, endColumn: 35, message: '“影业”疑为“营业”（同音别字：“影”应为“营”），请核对。' },
        { line: 2, column: 13, endColumn: 14, message: '“海阳”疑为“海洋”（同音别字：“阳”应为“洋”），请核对。' },
        { line: 3, column: 18, endColumn: 19, message: '“体质”疑为“体制”（同音别字：“质”应为“制”），请核对。' },
        { line: 4, column: 11, endColumn: 12, message: '“视场”疑为“市场”（同音别字：“视”应为“市”），请核对。' },
      ],
      output: '申请人申请市场主体设立登记，登记机关依法予以登记的，签发营业执照。营业执照签发日期为市场主体的成立日期。\n自然资源部对外保留国家海洋局牌子。\n国务院办公厅关于印发深化医药卫生体制改革\n农业农村部、科技部、市场监管总局等和各有关省级人民政府负责',
    },
  ],
});

describe('wrong-character completesLongWord (round 35)', () => {
  const model = wrongCharacterModel();
  const at = (run: string, index: number, right: string, thresholds = DEFAULT_THRESHOLDS) => model.corrections(run, index, thresholds).find((c) => c.right === right);
  it('adds longWordSingleBonus to a same-reading candidate of a written word that begins a long term', () => {
    const found = at('影业执照签发日期为市场主体的成立日期', 0, '营');
    assert.equal(found?.completesLongWord, true);
    assert.equal(at('影业执照签发日期为市场主体的成立日期', 0, '营', { ...DEFAULT_THRESHOLDS, longWordSingleBonus: 0 }), undefined);
  });
  it('does not where the long word ends with the corrected word', () => {
    assert.equal(at('按照收支平衡略有节余的原则', 8, '结')?.completesLongWord, undefined);
    assert.equal(at('继续保持化肥农药施用零增长', 8, '使')?.completesLongWord, undefined);
  });
});
