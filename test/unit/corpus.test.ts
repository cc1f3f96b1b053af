// Precision on clean published text. test/fixtures/corpus holds published State Council and
// provincial reports, Taiwan press releases and Hong Kong-standard text (see its SOURCES.md). Every finding the rules
// produce on them is listed in expected-findings.txt, each read by a person and judged a real
// slip (the list's comments say why); anything new is a false alarm until proven otherwise.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintDocument } from '../../server/src/engine';

const ROOT = 'test/fixtures/corpus';
const EXPECTED = join(ROOT, 'expected-findings.txt');

/** One line per finding: file:line:column rule-id «covered text». */
function currentFindings(): string[] {
  const lines: string[] = [];
  for (const script of ['simplified', 'traditional', 'hongkong']) {
    for (const name of readdirSync(join(ROOT, script)).sort()) {
      const file = `${script}/${name}`;
      const text = readFileSync(join(ROOT, file), 'utf8');
      const result = lintDocument(text);
      assert.deepEqual(result.internalErrors, [], `${file}: a rule threw`);
      for (const f of result.findings) {
        const at = result.document.positionAt(f.start);
        lines.push(`${file}:${at.line + 1}:${at.character + 1} ${f.ruleId} «${text.slice(f.start, f.end)}»`);
      }
    }
  }
  return lines;
}

describe('clean corpus', () => {
  it('gives exactly the reviewed findings (real slips in the published text)', () => {
    const actual = currentFindings();
    if (process.env.UPDATE_CORPUS_FINDINGS) {
      writeFileSync(EXPECTED, actual.join('\n') + '\n');
    }
    const expected = readFileSync(EXPECTED, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/\s+#.*$/, ''));
    const unexpected = actual.filter((l) => !expected.includes(l));
    const missing = expected.filter((l) => !actual.includes(l));
    assert.deepEqual({ unexpected, missing }, { unexpected: [], missing: [] });
  });
});
