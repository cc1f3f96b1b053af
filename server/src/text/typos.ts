// The built-in list of miswritten words and misused phrases (常见错别字/误用) for common-typo lives in
// common-typos.tsv (format described at its top), bundled as text at build time; this module parses it.
import COMMON_TYPOS_TSV from './common-typos.tsv';

export interface TypoCondition {
  kind: 'prev' | 'notPrev' | 'next' | 'notNext' | 'notLater';
  pattern: RegExp;
}

export interface TypoEntry {
  wrong: string;
  right: string;
  reason: string;
  conditions: TypoCondition[];
  /** 1-based line in TYPO_TABLE, for error messages. */
  line: number;
}

const CONDITION = /^(prev|notPrev|next|notNext|notLater)=(.+)$/;

/** Parse a table in the format above; throws naming the line on a malformed entry. */
export function parseTypoTable(table: string): TypoEntry[] {
  const entries: TypoEntry[] = [];
  table.split('\n').forEach((text, index) => {
    if (!text.trim() || text.startsWith('#')) return;
    const line = index + 1;
    const [wrong, right, reason, conditionText = ''] = text.split('\t');
    if (!wrong || !right || !reason) throw new Error(`typo table line ${line}: needs wrong, right and reason separated by tabs`);
    const conditions = conditionText.split(' ').filter(Boolean).map((clause) => {
      const m = CONDITION.exec(clause);
      if (!m) throw new Error(`typo table line ${line}: bad condition "${clause}"`);
      const kind = m[1] as TypoCondition['kind'];
      const pattern = m[2] ?? ''; // both groups are required by CONDITION
      const source = kind === 'prev' || kind === 'notPrev' ? `(?:${pattern})$` : kind === 'notLater' ? pattern : `^(?:${pattern})`;
      return { kind, pattern: new RegExp(source, 'u') };
    });
    entries.push({ wrong, right, reason, conditions, line });
  });
  return entries;
}

/** The built-in table (common-typos.tsv) as text. */
export const TYPO_TABLE: string = COMMON_TYPOS_TSV;

let builtinEntries: readonly TypoEntry[] | undefined;

/**
 * The built-in table parsed once per process: common-typo and wrong-character both read it, and a
 * fresh server's first lint paid for parsing it (and compiling its conditions) twice. The entries are
 * shared: read them, never change them (their patterns have no g or y flag, so no lastIndex state).
 */
export function builtinTypoEntries(): readonly TypoEntry[] {
  return (builtinEntries ??= parseTypoTable(TYPO_TABLE));
}
