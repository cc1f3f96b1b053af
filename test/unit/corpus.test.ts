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

const UNREVIEWED = '# why: NOT REVIEWED — read the finding, then say why it is a real slip (or fix the rule)';

/** The reviewed list: finding → its `# why` note, plus the header comment lines. */
function readExpected(text = readFileSync(EXPECTED, 'utf8')): { header: string[]; notes: Map<string, string> } {
  const header: string[] = [];
  const notes = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) header.push(line);
    else if (line) {
      const at = line.search(/\s+#/);
      notes.set(at === -1 ? line : line.slice(0, at), at === -1 ? '' : line.slice(at).trim());
    }
  }
  return { header, notes };
}

/** file, then line and column as numbers, then the rest: the order of the list, whatever order the rules report in. */
function byPlace(a: string, b: string): number {
  const key = (l: string) => /^(\S+?):(\d+):(\d+) (.*)$/.exec(l)!;
  const [, fa, la, ca, ra] = key(a);
  const [, fb, lb, cb, rb] = key(b);
  return fa.localeCompare(fb) || Number(la) - Number(lb) || Number(ca) - Number(cb) || ra.localeCompare(rb);
}

/** UPDATE_CORPUS_FINDINGS=1: the list in place order, keeping each reviewed note; new findings get a marker. */
function updatedExpected(text: string, actual: string[]): string {
  const { header, notes } = readExpected(text);
  const lines = [...actual].sort(byPlace).map((l) => `${l}  ${notes.get(l) || UNREVIEWED}`);
  return [...header, ...lines].join('\n') + '\n';
}

describe('clean corpus', () => {
  it('gives exactly the reviewed findings (real slips in the published text)', () => {
    const actual = currentFindings();
    if (process.env.UPDATE_CORPUS_FINDINGS) writeFileSync(EXPECTED, updatedExpected(readFileSync(EXPECTED, 'utf8'), actual));
    const { notes } = readExpected();
    const expected = [...notes.keys()];
    const unexpected = actual.filter((l) => !notes.has(l));
    const missing = expected.filter((l) => !actual.includes(l));
    assert.deepEqual({ unexpected, missing }, { unexpected: [], missing: [] });
  });

  it('every listed finding says why it is a real slip', () => {
    const unexplained = [...readExpected().notes].filter(([, note]) => !/^#\s*\S/.test(note) || note === UNREVIEWED).map(([line]) => line);
    assert.deepEqual(unexplained, []);
  });

  it('the update mode keeps the header and the notes, drops what is gone, marks what is new, in place order', () => {
    const before = ['# header', 'b.txt:10:2 x «a»  # a real slip', 'a.txt:9:1 x «gone»  # fixed since', 'b.txt:9:30 x «c»  # also real', ''].join('\n');
    const actual = ['b.txt:10:2 x «a»', 'b.txt:9:4 x «new»', 'b.txt:9:30 x «c»'];
    assert.equal(updatedExpected(before, actual), [
      '# header',
      `b.txt:9:4 x «new»  ${UNREVIEWED}`,
      'b.txt:9:30 x «c»  # also real',
      'b.txt:10:2 x «a»  # a real slip',
      '',
    ].join('\n'));
  });
});
