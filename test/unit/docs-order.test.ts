// docs/precision.md keeps its round sections newest first, and in each round its last reading ("Round N, last": the
// untouched set, the round's honest figure) first: a section appended in the wrong place is caught here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/** The `## Round N…` headings of a page, in order: round number and whether it is the round's last reading. */
export function roundSections(markdown: string): { round: number; last: boolean; heading: string }[] {
  const sections: { round: number; last: boolean; heading: string }[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^## Round (\d+)(, last)?/.exec(line);
    if (match) sections.push({ round: Number(match[1]), last: Boolean(match[2]), heading: line });
  }
  return sections;
}

/** The first heading out of order (a later round below an earlier one, or a last reading below its round's sets). */
export function firstOutOfOrder(markdown: string): string | undefined {
  const sections = roundSections(markdown);
  for (let i = 1; i < sections.length; i++) {
    const [before, here] = [sections[i - 1], sections[i]];
    if (here.round > before.round) return here.heading;
    if (here.round === before.round && here.last) return here.heading;
  }
  return undefined;
}

describe('docs/precision.md section order', () => {
  it('has every round newest first, its last reading first in the round', () => {
    const text = readFileSync('docs/precision.md', 'utf8');
    assert.ok(roundSections(text).length > 30);
    assert.equal(firstOutOfOrder(text), undefined);
  });

  it('catches a round placed below an earlier one and a last reading below its round', () => {
    assert.equal(firstOutOfOrder('## Round 35: a\n## Round 36, last: b\n'), '## Round 36, last: b');
    assert.equal(firstOutOfOrder('## Round 36: a\n## Round 36, last: b\n'), '## Round 36, last: b');
    assert.equal(firstOutOfOrder('## Round 36, last: b\n## Round 36: a\n## Round 35, last: c\n'), undefined);
  });
});
