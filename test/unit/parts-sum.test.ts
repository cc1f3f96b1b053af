import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LintDocument } from '../../server/src/engine/document';
import { classesOfText } from '../../server/src/text/char-classes';
import { holdsQiZhong } from '../../server/src/text/parts-sum';

describe('holdsQiZhong', () => {
  const cases: [string, boolean][] = [
    ['全市共破获案件120起，其中盗窃案56起、诈骗案38起、其他案件26起。', true],
    ['其中：', true],
    ['支持民营企业，尤其中小微企业渡过难关。', true], // 其中 across two words still holds the characters
    ['其次，加强队伍建设；其他事项另行通知。', false],
    ['全年立案408起，破案率52.8%。', false],
    ['结尾是其', false],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'finds' : 'finds no'} 其中 in “${text}” from the anchors alone, as includes() does`, () => {
      assert.equal(holdsQiZhong(text, classesOfText(text).anchors), expected);
      assert.equal(holdsQiZhong(text), expected);
    });
  }

  it('reads the masked paragraph: 其中 inside a Markdown code span is not there', () => {
    const doc = new LintDocument('详见`其中`一节。其次是管理。', 'markdown');
    const paragraph = doc.paragraphs[0];
    assert.equal(holdsQiZhong(paragraph.text, paragraph.anchors), false);
    assert.equal(holdsQiZhong(paragraph.raw), true);
  });
});
