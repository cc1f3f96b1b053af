import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LintCache, LintDocument, lintDocument, type Finding, type Rule } from '../../server/src/engine';
import { repeatedParagraphs } from '../../server/src/engine/lint';

/** A document rule that records what summarize saw and what checkDocument was given. */
function recorder(): { rule: Rule; summarized: string[]; given: unknown[][] } {
  const summarized: string[] = [];
  const given: unknown[][] = [];
  const rule: Rule = {
    meta: {
      id: 'recorder', name: { zh: '记', en: 'record' }, description: { zh: '', en: '' }, type: 'problem',
      defaultSeverity: 'warn', fixable: false, scope: 'document', messages: { m: { zh: '“{{x}}”', en: '"{{x}}"' } },
    },
    summarize(p) {
      summarized.push(p.text);
      const at = p.text.indexOf('错');
      return at >= 0 ? { at } : undefined;
    },
    checkDocument(paragraphs, summaries, ctx) {
      given.push([...summaries]);
      paragraphs.forEach((p, k) => {
        const s = summaries[k] as { at: number } | undefined;
        if (s) ctx.report({ messageId: 'm', data: { x: '错' }, start: p.start + s.at, end: p.start + s.at + 1 });
      });
    },
  };
  return { rule, summarized, given };
}

describe('repeated paragraphs (round 37)', () => {
  it('summarizes a paragraph repeated in one document once without a cache, and reports at every copy', () => {
    const { rule, summarized, given } = recorder();
    const text = '各地要做好防汛工作有错。\n统筹发展和安全。\n各地要做好防汛工作有错。\n\n各地要做好防汛工作有错。\n坚持稳中求进工作总基调。';
    const result = lintDocument(text, { rules: [rule] });
    assert.deepEqual(summarized, ['各地要做好防汛工作有错。', '统筹发展和安全。', '坚持稳中求进工作总基调。']);
    const summaries = given[0];
    assert.equal(summaries.length, 5);
    assert.equal(summaries[2], summaries[0]);
    assert.equal(summaries[3], summaries[0]);
    assert.equal(summaries[1], undefined);
    assert.deepEqual(result.findings.map((f) => f.start), [10, 32, 46]);
  });

  it('shares nothing when no paragraph repeats', () => {
    const doc = new LintDocument('统筹发展和安全。\n坚持稳中求进工作总基调。\n统筹发展和安全！', 'plaintext');
    assert.equal(repeatedParagraphs(doc.paragraphs), undefined);
  });

  it('does not share a summary between paragraphs whose masked text is the same but whose raw text differs', () => {
    const doc = new LintDocument('详见 https://www.gov.cn/a1 通知。\n详见 https://www.gov.cn/b2 通知。\n详见 https://www.gov.cn/a1 通知。', 'plaintext');
    assert.equal(doc.paragraphs[0].text, doc.paragraphs[1].text);
    assert.notEqual(doc.paragraphs[0].raw, doc.paragraphs[1].raw);
    assert.deepEqual([...repeatedParagraphs(doc.paragraphs)!], [0, 1, 0]);
  });

  it('compares whole texts: paragraphs of one length that differ only between the sampled code units are each their own', () => {
    // Same length and the same code units at both ends, quarters and middle (one key): only the compare tells them apart.
    const variants = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土天地人山川江河湖海'];
    for (const count of [20, 36]) {
      const lines = variants.slice(0, count).map((c) => `第一${c}条款规定执行到位。`);
      const doc = new LintDocument([...lines, ...lines].join('\n'), 'plaintext');
      const repeats = repeatedParagraphs(doc.paragraphs) ?? Int32Array.from(doc.paragraphs, (_, p) => p);
      for (let p = 0; p < count; p++) assert.equal(repeats[p], p);
      // Each second copy points at its first copy, or — when more than REPEAT_PROBES (32) other texts share its key —
      // at itself: summarized again, never given another text's summary.
      for (let p = count; p < 2 * count; p++) assert.equal(repeats[p], count === 20 ? p - count : p);
    }
  });

  it('gives every default rule the same findings as a lint with a cache, on report drafts pasted twice', () => {
    const dir = join(__dirname, '..', '..', '..', 'seeds');
    const drafts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 6).map((f) => readFileSync(join(dir, f), 'utf8'));
    const text = [drafts[0], drafts[1], drafts[0], drafts[2], drafts[1], drafts[3], drafts[4], drafts[5], drafts[3]].join('\n');
    const key = (f: Finding) => `${f.ruleId} ${f.start} ${f.end} ${f.message} ${f.fix?.text ?? ''}`;
    const plain = lintDocument(text).findings.map(key);
    const cached = lintDocument(text, { cache: new LintCache() }).findings.map(key);
    assert.ok(plain.length > 100);
    assert.deepEqual(plain, cached);
  });
});
