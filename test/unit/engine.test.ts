import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, directiveProblemFix, directiveProblemMessage, directiveProblems, LintDocument, lintDocument, MASK_CHAR, resolveConfig, type Rule } from '../../server/src/engine';

describe('LintDocument', () => {
  it('indexes lines with CRLF, CR and LF and converts offsets both ways', () => {
    const doc = new LintDocument('一\r\n二\r三\n四');
    assert.deepEqual(doc.lineStarts, [0, 3, 5, 7]);
    assert.deepEqual(doc.positionAt(5), { line: 2, character: 0 });
    assert.equal(doc.offsetAt({ line: 1, character: 0 }), 3);
    assert.equal(doc.lineEnd(0), 1);
    assert.deepEqual(doc.paragraphs.map((p) => p.raw), ['一', '二', '三', '四']);
  });

  it('masks URLs and e-mail addresses with same-length filler', () => {
    const text = '投稿邮箱:bgjswxh@163.com,详见https://example.org/a?b=1。';
    const doc = new LintDocument(text);
    assert.equal(doc.masked.length, text.length);
    assert.equal(doc.masked.slice(5, 20), MASK_CHAR.repeat(15));
    assert.ok(doc.masked.endsWith('。'), 'the full stop after a URL is prose');
    assert.ok(doc.masked.includes('详见'));
  });

  it('masks Markdown code, front matter and comments but not prose', () => {
    const text = '---\ntitle: 的的\n---\n正文`的的`正文\n```\n的的\n```\n<!-- 的的 -->';
    const doc = new LintDocument(text, 'markdown');
    assert.equal(doc.masked.replace(/[\u0000\n]/g, ''), '正文正文');
  });

  it('masks the paragraphs as the masked text (line breaks inside a masked span kept), one document after another', () => {
    // The paragraphs are cut from a scratch copy of the code units, masked in place and reused by the next
    // document: a shorter document after a longer one must see none of the earlier units.
    const long = '甲乙丙丁戊己庚辛壬癸'.repeat(200) + '\n详见https://example.org/x。';
    assert.equal(new LintDocument(long).paragraphs[1]?.text, `详见${MASK_CHAR.repeat(21)}。`);
    const text = '正文`的的`正文\r\n```\r\n的的\r\n```\r\n<!-- 注 -->尾\r\n';
    const doc = new LintDocument(text, 'markdown');
    const lines = doc.masked.split(/\r\n/).filter(Boolean);
    assert.deepEqual(doc.paragraphs.map((p) => p.text), lines);
    assert.deepEqual(lines, [`正文${MASK_CHAR.repeat(4)}正文`, MASK_CHAR.repeat(3), MASK_CHAR.repeat(2), MASK_CHAR.repeat(3), `${MASK_CHAR.repeat(10)}尾`]);
    assert.deepEqual(doc.paragraphs.map((p) => p.raw), text.split(/\r\n/).filter(Boolean));
  });

  it('masks 200,000 code spans, comments and addresses in one Markdown file (no spread past the argument limit)', () => {
    const line = '文字`x` 和 <!-- c --> a@b.cn\n';
    const doc = new LintDocument(line.repeat(200_000), 'markdown');
    assert.equal(doc.paragraphs.length, 200_000);
    assert.equal(doc.paragraphs[199_999]?.text, `文字${MASK_CHAR.repeat(3)} 和 ${MASK_CHAR.repeat(10)} ${MASK_CHAR.repeat(6)}`);
  });

  it('reads disable directives', () => {
    const text = '甲\n<!-- gongwen-disable-next-line repeated-word -->\n乙\n丙';
    const doc = new LintDocument(text, 'markdown');
    const second = doc.lineStarts[2];
    assert.equal(doc.isDisabled('repeated-word', second), true);
    assert.equal(doc.isDisabled('stray-space', second), false);
    assert.equal(doc.isDisabled('repeated-word', doc.lineStarts[3]), false);
  });

  it('names the ids of a directive that are no rule (a typo switches nothing off); a -- note is not a rule list', () => {
    const text = '<!-- gongwen-disable-next-line repeatd-word, stray-space -->\n广泛动员动员\n<!-- gongwen-disable repeated-word -- 人名 张三 -->\n<!-- gongwen-enable -->';
    const doc = new LintDocument(text, 'markdown');
    const end = text.indexOf('-->') + 3;
    assert.deepEqual(directiveProblems(doc), [{ start: 0, end, ruleId: 'repeatd-word' }]);
    assert.deepEqual(directiveProblems(new LintDocument('广泛动员动员')), []);
    // A note alone: every rule is off on the next line, as with no list.
    const noted = new LintDocument('<!-- gongwen-disable-next-line -- 引文照录 -->\n乙', 'markdown');
    assert.equal(noted.isDisabled('repeated-word', noted.lineStarts[1]), true);
    assert.deepEqual(directiveProblems(noted), []);
    assert.equal(directiveProblemMessage({ start: 0, end, ruleId: 'repeatd-word' }).zh, '停用注释里的“repeatd-word”不是规则 id（是不是“repeated-word”？），这条注释对它不起作用');
    // The editor's fix for a mistyped id: the id itself, as an item of the list, not its look-alike in a longer one.
    const listed = '<!-- gongwen-disable stray-spaces,stray-space -- stray-spacesX -->';
    assert.deepEqual(directiveProblemFix({ start: 0, end: listed.length, ruleId: 'stray-spaces' }, listed), { start: 21, end: 33, old: 'stray-spaces', text: 'stray-space' });
    assert.equal(directiveProblemFix({ start: 0, end: listed.length, ruleId: 'typos' }, listed), undefined);
    assert.equal(directiveProblemMessage({ start: 0, end, ruleId: 'typos' }).zh, '停用注释里的“typos”不是规则 id，这条注释对它不起作用（规则 id 见 gongwen-lint --help）');
  });
});

describe('lint()', () => {
  const throwing: Rule = {
    meta: {
      id: 'boom', name: { zh: '炸', en: 'boom' }, description: { zh: '', en: '' }, type: 'problem',
      defaultSeverity: 'error', fixable: false, scope: 'paragraph', messages: { m: { zh: '炸', en: 'boom' } },
    },
    checkParagraph(p) {
      if (p.text.includes('炸')) throw new Error('kaboom');
    },
  };
  const marker: Rule = {
    meta: {
      id: 'marker', name: { zh: '标', en: 'mark' }, description: { zh: '', en: '' }, type: 'problem',
      defaultSeverity: 'warn', fixable: true, scope: 'paragraph', messages: { m: { zh: '“{{x}}”有误', en: '"{{x}}" is wrong' } },
    },
    checkParagraph(p, ctx) {
      const at = p.text.indexOf('错');
      if (at >= 0) ctx.report({ messageId: 'm', data: { x: '错' }, start: p.start + at, end: p.start + at + 1, fix: { start: p.start + at, end: p.start + at + 1, text: '对' } });
    },
  };

  it('isolates a rule that throws: the others still report', () => {
    const result = lintDocument('炸了\n有错', { rules: [throwing, marker] });
    assert.deepEqual(result.internalErrors, [{ ruleId: 'boom', message: 'kaboom', start: 0 }]);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.start, f.message, f.fix?.title]), [['marker', 4, '“错”有误', '将“错”改为“对”']]);
  });

  it('honours allow phrases and the locale', () => {
    assert.equal(lintDocument('有错', { rules: [marker], config: resolveConfig({ allow: ['有错'] }) }).findings.length, 0);
    assert.equal(lintDocument('有错', { rules: [marker], locale: 'en' }).findings[0].message, '"错" is wrong');
  });
});

describe('applyEdits()', () => {
  it('sorts, skips overlaps and applies once', () => {
    const r = applyEdits('abcdef', [{ start: 3, end: 4, text: 'X' }, { start: 0, end: 2, text: '' }, { start: 1, end: 3, text: 'Y' }]);
    assert.equal(r.text, 'cXef');
    assert.equal(r.skipped.length, 1);
  });
});
