// The ECSpell odw.train sentences and a lint's findings per sentence, as the typo benches read them: one place, so
// that eval:typos, the threshold sweep and the miss analyses split the folds and place findings the same way.
import { readFileSync } from 'node:fs';
import type { LintResult } from '../server/src/engine';

export interface OdwRow {
  /** n, the sentence as written, the corrected sentence. */
  cols: string[];
  /** Every 5th sentence is the validation fold (kept out of the data); the rest is the train fold. */
  fold: 'train' | 'validation';
}

/** The rows of an ECSpell file whose two sentences have the same length (the format's promise). */
export function readOdwRows(path: string): OdwRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i): OdwRow => ({ cols: line.split('\t'), fold: (i + 1) % 5 === 0 ? 'validation' : 'train' }))
    .filter(({ cols }) => cols.length === 3 && cols[1].length === cols[2].length);
}

export interface LineFinding {
  /** UTF-16 offsets in the line. */
  start: number;
  end: number;
  fix?: string;
}

/** The findings of a lint of the sentences joined by newlines, by line (0-based), offsets counted from the line's start. */
export function findingsByLine(result: LintResult): Map<number, LineFinding[]> {
  const byLine = new Map<number, LineFinding[]>();
  for (const f of result.findings) {
    const line = result.document.positionAt(f.start).line;
    const lineStart = result.document.offsetAt({ line, character: 0 });
    let list = byLine.get(line);
    if (!list) byLine.set(line, (list = []));
    list.push({ start: f.start - lineStart, end: f.end - lineStart, fix: f.fix?.text });
  }
  return byLine;
}
