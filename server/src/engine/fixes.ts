// One way to apply fixes, used by --fix, "fix all", fix-on-save and the tests.
import { lintDocument, type RuleListOptions } from './lint';
import type { Finding, TextEdit } from './types';

export interface ApplyResult {
  text: string;
  applied: TextEdit[];
  /** Edits dropped because they overlapped an earlier one; a later pass may apply them. */
  skipped: TextEdit[];
}

/** Apply non-overlapping edits in one pass: sorted by position, an edit overlapping the last kept one is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = '';
  let cursor = 0;
  let lastStart = -1;
  for (const edit of sorted) {
    const sameInsertPoint = edit.start === edit.end && edit.start === lastStart;
    if (edit.start < cursor || sameInsertPoint || edit.end > text.length || edit.start > edit.end) {
      skipped.push(edit);
      continue;
    }
    if (text.slice(edit.start, edit.end) === edit.text) continue; // a no-op
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    lastStart = edit.start;
    applied.push(edit);
  }
  return { text: out + text.slice(cursor), applied, skipped };
}

/** Apply the automatic fixes of `findings` (one pass). */
export function applyFixes(text: string, findings: readonly Finding[]): ApplyResult {
  return applyEdits(text, findings.flatMap((f) => (f.fix ? [f.fix] : [])));
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  passes: number;
}

/**
 * Lint, apply every fix, and repeat until nothing is left to fix (at most `maxPasses`),
 * so that fixing the result again changes nothing. `filter` limits which findings are fixed.
 */
export function fixAll(text: string, options: RuleListOptions, filter: (f: Finding) => boolean = () => true, maxPasses = 10): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const findings = lintDocument(current, options).findings.filter((f) => f.fix && filter(f));
    if (findings.length === 0) break;
    const result = applyFixes(current, findings);
    passes++;
    if (result.applied.length === 0) break;
    fixed += result.applied.length;
    current = result.text;
  }
  return { text: current, fixed, passes };
}
