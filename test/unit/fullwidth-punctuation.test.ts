import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';

testRule('fullwidth-punctuation', {
  valid: [
    { text: '同比增长3.5%，总额达到1,234亿元。', why: 'decimal point and thousands separator' },
    { text: '会议于10:30开始，记录时间10:48:52。', why: 'times' },
    { text: '比分3:1，居民收入比从2.50:1缩小至2.27:1。', why: 'ratios between digits' },
    { text: 'the Ministry, the Bureau and the Council', why: 'Latin text' },
    { text: '主题定为「Connect, Innovate, Prosper」。', why: 'commas between Latin words inside Chinese text' },
    { text: '推动区域全面经济伙伴关系协定(RCEP)经贸新规则落地。', why: 'parentheses around Latin only: house styles differ' },
    { text: '详见https://example.org/a?b=1,c=2。', why: 'URL is masked' },
    { text: '投稿邮箱：bgjswxh@163.com。', why: 'e-mail is masked' },
    { text: '运行`a,b;c`命令。', why: 'Markdown code is masked', languageId: 'markdown' },
    { text: '详见[说明](附件一)。', why: 'Markdown link target', languageId: 'markdown' },
    { text: '部督“1.21”开设赌场案，成功侦破1.31生产销售有毒有害食品案。', why: 'case numbers with a dot' },
    { text: '1.加强组织领导', why: 'GB/T 9704 third-level heading "1." keeps its half-width dot' },
    { text: '他说的话还没讲完...', why: 'three dots are not a full stop' },
    { text: '1个学科进入前1?。', why: 'a ? between a digit and 。 is not a question mark' },
    { text: '全市公安机关，已办理业务171笔。', why: 'already full-width' },
    { text: '党政机关网站要注册以“.政务”或“.政务.cn”为结尾的中文域名。', why: 'round 33 heldout-s33t (党政机关网站开办审核资格复核和网站标识管理办法): the dot opening a domain suffix after an opening quote ends nothing (10 in the set)' },
    { text: '不承担行政职能的事业单位和社会组织的中文域名，以“.公益”、“.公益.cn”结尾。', why: 'round 33 heldout-s33t: the same after 、“' },
  ],
  invalid: [
    {
      text: '人口自然增长率控制在6&permil;以内；单位生产总值能耗下降3.9%以上。\n工作扎实推进，人口自然增长率5.61&permil;。民族团结进步。\n2012中国&middot;青海西宁国际原生态舞蹈暨现代舞艺术节成功举办。',
      why: 'held-out s33w2 (昆明市 2012/2013, 西宁市 2013): an HTML entity left undecoded is the slip, not a half-width ";" — fixed to the character it stands for, before a full stop too',
      errors: [
        { line: 1, column: 12, endColumn: 20, messageId: 'entity', message: '网页字符实体“&permil;”没有转换（从网页复制的文字），应为“‰”。' },
        { line: 2, column: 19, endColumn: 27, messageId: 'entity' },
        { line: 3, column: 7, endColumn: 15, messageId: 'entity' },
      ],
      output: '人口自然增长率控制在6‰以内；单位生产总值能耗下降3.9%以上。\n工作扎实推进，人口自然增长率5.61‰。民族团结进步。\n2012中国·青海西宁国际原生态舞蹈暨现代舞艺术节成功举办。',
    },
    {
      text: '城镇登记失业率控制在4%以内;人口自然增长率控制在6‰以内。',
      why: 'a half-width ";" after a number that closes no entity is still the half-width mark',
      errors: [{ line: 1, column: 15, messageId: 'halfwidth' }],
      output: '城镇登记失业率控制在4%以内；人口自然增长率控制在6‰以内。',
    },
    { text: '会议审议通过了该办法.下一步要抓好落实。', why: 'round 33: near “.政务”: a half-width full stop after a Han word is still found', errors: [{ line: 1, column: 11, messageId: 'halfwidth' }], output: '会议审议通过了该办法。下一步要抓好落实。' },
    {
      text: '组织开展“守护青山?2020”灭火行动。\n深化“千名英才?智汇凉山”引才行动。',
      why: 'held-out city reports (凉山 2021): a "?" between two runs with no question word before it stands for a lost "·": still reported, but the fix is not "？"',
      errors: [
        { line: 1, column: 10, endColumn: 11, messageId: 'garbled', message: '中文里的半角“?”夹在两段文字之间、前面没有疑问词，像是丢失的“·”等符号（网页转存乱码），请对照原文改正。' },
        { line: 2, column: 8, endColumn: 9, messageId: 'garbled' },
      ],
    },
    {
      text: '为何能一击即中?这得益于新机制。\n这项工作怎么办?我们要认真研究。\n是否达到目标?',
      why: 'near the garbled marks: a question word before the "?" (为何, 怎么, 是否) or nothing after it: a question mark, fixed as before',
      errors: [
        { line: 1, column: 8, messageId: 'halfwidth' },
        { line: 2, column: 8, messageId: 'halfwidth' },
        { line: 3, column: 7, messageId: 'halfwidth' },
      ],
      output: '为何能一击即中？这得益于新机制。\n这项工作怎么办？我们要认真研究。\n是否达到目标？',
    },
    {
      text: '国内,全市',
      errors: [{ line: 1, column: 3, endColumn: 4, messageId: 'halfwidth', message: '中文里用了半角“,”，应为全角“，”（GB/T 15834-2011）。' }],
      output: '国内，全市',
    },
    {
      text: '累计排查来(返)梧2937人;排查管控入境人员49人。',
      why: 'seed 000: parentheses around Chinese convert as a pair; ; after 人 next to a digit',
      errors: [
        { line: 1, column: 6, text: '(' },
        { line: 1, column: 8, text: ')' },
        { line: 1, column: 15, text: ';' },
      ],
      output: '累计排查来（返）梧2937人；排查管控入境人员49人。',
    },
    {
      text: '确保进京“零非访”,做好安保工作。',
      why: 'after a closing quote',
      errors: [{ line: 1, column: 10, text: ',' }],
      output: '确保进京“零非访”，做好安保工作。',
    },
    {
      text: '来源:梧州日报',
      errors: [{ line: 1, column: 3, text: ':' }],
      output: '来源：梧州日报',
    },
    {
      text: '(1)加强组织领导',
      why: 'list number opening a Chinese line',
      errors: [{ line: 1, column: 1 }, { line: 1, column: 3 }],
      output: '（1）加强组织领导',
    },
    {
      text: '取得好成效（其中,破案数上升)。',
      why: 'a half-width mark closing a full-width one',
      errors: [{ line: 1, column: 9, text: ',' }, { line: 1, column: 15, text: ')' }],
      output: '取得好成效（其中，破案数上升）。',
    },
    {
      text: '从胜利走向更大的胜利!',
      errors: [{ line: 1, column: 11, text: '!' }],
      output: '从胜利走向更大的胜利！',
    },
    {
      text: '为何能一击即中?这得益于新机制。',
      errors: [{ line: 1, column: 8, text: '?' }],
      output: '为何能一击即中？这得益于新机制。',
    },
    {
      text: '全链条打击.全市开展行动.',
      why: 'a full stop after Chinese text',
      errors: [{ line: 1, column: 6 }, { line: 1, column: 13 }],
      output: '全链条打击。全市开展行动。',
    },
    {
      text: '𠮷野家,开业',
      why: 'Extension B character (a surrogate pair) before the mark',
      errors: [{ line: 1, column: 5, text: ',' }],
      output: '𠮷野家，开业',
    },
    {
      text: '共1,234人,同比上升',
      why: 'the thousands separator stays, the clause comma changes',
      errors: [{ line: 1, column: 8, text: ',' }],
      output: '共1,234人，同比上升',
    },
    {
      text: '中華民國(臺灣)政府與瓜地馬拉共和國政府',
      why: 'clean corpus, Taiwan press release 39275: half-width parentheses around Chinese',
      errors: [{ line: 1, column: 5 }, { line: 1, column: 8 }],
      output: '中華民國（臺灣）政府與瓜地馬拉共和國政府',
    },
    {
      text: '国内,全市',
      locale: 'en',
      errors: [{ line: 1, column: 3, message: 'Half-width "," in Chinese text: use the full-width "，" (GB/T 15834-2011).' }],
      output: '国内，全市',
    },
  ],
});

describe('fullwidth-punctuation on the seeds', () => {
  const expected: Record<string, number> = {
    '000_29043b7b8c76f442.txt': 85,
    '001_2d3a257640d335f2.txt': 132,
    '002_cd310873741f28c2.txt': 101,
    '003_667e9abcbbb289a2.txt': 163,
    '004_ad60cba661282f96.txt': 111,
  };
  for (const [file, count] of Object.entries(expected)) {
    it(`${file}: ${count} half-width marks`, () => {
      assert.equal(findingsOf('fullwidth-punctuation', readFileSync(`seeds/${file}`, 'utf8')).length, count);
    });
  }

  it('reports the marks at their exact places', () => {
    const at = (file: string) => findingsOf('fullwidth-punctuation', readFileSync(`seeds/${file}`, 'utf8')).map((f) => `${f.line}:${f.column} ${f.data?.mark}`);
    const seed0 = at('000_29043b7b8c76f442.txt');
    assert.ok(seed0.includes('1:5 ,'), '岁月如流,时光不居');
    assert.ok(seed0.includes('11:93 (') && seed0.includes('11:95 )') && seed0.includes('11:102 ;'), '来(返)梧2937人;');
    const seed3 = at('003_667e9abcbbb289a2.txt');
    assert.ok(seed3.includes('4:3 :') && seed3.includes('4:12 :') && seed3.includes('4:36 :'), '來源: 時間: 瀏覽: but not 10:48:52');
    assert.ok(seed3.includes('42:30 ?'), '為何能一擊即中?');
    const seed4 = at('004_ad60cba661282f96.txt');
    assert.ok(seed4.includes('25:59 !') && seed4.includes('25:60 (') && seed4.includes('25:68 )'), '之态!(来源:渭南日报)');
    assert.ok(!seed4.some((f) => f.startsWith('5:')), '2024-10-15 10:44:40 stays');
  });

  it('offers no "？" for a garbled mark, and keeps the fix of a real question mark', () => {
    const [garbled, question] = findingsOf('fullwidth-punctuation', '开展“守护青山?2020”灭火行动。\n为何能一击即中?这得益于新机制。');
    assert.equal(garbled?.messageId, 'garbled');
    assert.equal(garbled?.fix, undefined);
    assert.equal(question?.messageId, 'halfwidth');
    assert.equal(question?.fix?.text, '？');
  });
});

// Round 37 (s37-newtext): Hong Kong news (heldout-s37a).
testRule('fullwidth-punctuation', {
  valid: [
    { text: '會熱情地跟記者打招呼和握手，問到他的年齡時，他笑說：「It is my secret!」', why: 'heldout-s37a: an English sentence quoted whole keeps its own "!"' },
  ],
  invalid: [
    { text: '他笑說：「這是秘密!」', why: 'a Chinese quotation still takes "！"', errors: [{ line: 1, column: 10, messageId: 'halfwidth' }], output: '他笑說：「這是秘密！」' },
    { text: '他笑說：「It is 秘密!」', why: 'Han inside the quotation: not an English sentence', errors: [{ line: 1, column: 14, messageId: 'halfwidth' }], output: '他笑說：「It is 秘密！」' },
  ],
});
