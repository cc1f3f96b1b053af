// Inline disable directives (<!-- gongwen-disable… -->): where they are, the ranges they switch off,
// and the findings those ranges drop.
import { indexAtOrBefore } from '../text/search';
import type { Span } from './masking';

/** A disable directive: findings of `rules` (all rules when empty) in [start, end) are dropped. */
export interface DisabledRange extends Span {
  rules: string[];
}

/** The start of a directive; the rest (`([^>]*?)-->`) is matched by hand in findDirectiveMatches. */
const DIRECTIVE_HEAD = /<!--\s*gongwen-(disable-next-line|disable-line|disable|enable)\b/g;

/** One directive comment as written: its span, kind and rule list. */
export interface DirectiveMatch extends Span {
  kind: string;
  /** The text between the directive's name and `-->` (its rule list). */
  rest: string;
}

/**
 * What /<!--\s*gongwen-(kind)\b([^>]*?)-->/g finds. The tail matches exactly when the first '>'
 * after the name closes a `-->`; looking that '>' up once per position keeps this linear where
 * the lazy `[^>]*?` would rescan to the end for every unclosed directive.
 */
export function findDirectiveMatches(text: string): DirectiveMatch[] {
  const found: DirectiveMatch[] = [];
  if (!text.includes('gongwen-')) return found;
  let nextGt = -1;
  DIRECTIVE_HEAD.lastIndex = 0;
  for (let m = DIRECTIVE_HEAD.exec(text); m; m = DIRECTIVE_HEAD.exec(text)) {
    const restStart = m.index + m[0].length;
    if (nextGt < restStart) nextGt = text.indexOf('>', restStart);
    if (nextGt === -1) break; // no '>' left: nothing later can close
    if (nextGt - 2 >= restStart && text.charCodeAt(nextGt - 1) === 0x2d && text.charCodeAt(nextGt - 2) === 0x2d) {
      found.push({ start: m.index, end: nextGt + 1, kind: m[1] ?? '', rest: text.slice(restStart, nextGt - 2) });
      DIRECTIVE_HEAD.lastIndex = nextGt + 1;
    } else {
      DIRECTIVE_HEAD.lastIndex = m.index + 1;
    }
  }
  return found;
}

/** A rule id in a directive that names no rule: the directive switches nothing off for it (a typo, a renamed rule). */
export interface DirectiveProblem extends Span {
  ruleId: string;
}

/**
 * The ids in the directives' rule lists that `isRule` does not know, each at its directive's span. What follows a
 * `--` is the writer's note (ESLint's `-- reason`), not a rule list.
 */
export function unknownDirectiveRules(matches: readonly DirectiveMatch[], isRule: (id: string) => boolean): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const m of matches) {
    for (const id of directiveRules(m.rest)) if (!isRule(id)) problems.push({ start: m.start, end: m.end, ruleId: id });
  }
  return problems;
}

/** A directive's rule list (empty: every rule), up to a `--` that starts the writer's note. */
function directiveRules(rest: string): string[] {
  const ids = rest.split(/[\s,]+/).filter(Boolean);
  const note = ids.indexOf('--');
  return note < 0 ? ids : ids.slice(0, note);
}

/** The ranges the directives switch off (lines for the -line kinds, disable…enable spans for the others). */
export function findDirectives(text: string, lineStarts: number[], matches: readonly DirectiveMatch[]): DisabledRange[] {
  if (matches.length === 0) return [];
  const ranges: DisabledRange[] = [];
  const open = new Map<string, number>(); // rule ('' = all) → start of its disabled range
  const lineOf = (offset: number) => indexAtOrBefore(lineStarts, offset);
  const lineSpan = (line: number): Span => ({
    start: lineStarts[line] ?? text.length,
    end: lineStarts[line + 1] ?? text.length,
  });
  for (const m of matches) {
    const kind = m.kind;
    const rules = directiveRules(m.rest);
    const line = lineOf(m.start);
    if (kind === 'disable-next-line') {
      if (line + 1 < lineStarts.length) ranges.push({ ...lineSpan(line + 1), rules });
    } else if (kind === 'disable-line') {
      ranges.push({ ...lineSpan(line), rules });
    } else if (kind === 'disable') {
      for (const rule of rules.length ? rules : ['']) if (!open.has(rule)) open.set(rule, m.start);
    } else {
      const closing = rules.length ? rules : [...open.keys()];
      for (const rule of closing) {
        const start = open.get(rule);
        if (start === undefined) continue;
        ranges.push({ start, end: m.end, rules: rule ? [rule] : [] });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open) ranges.push({ start, end: text.length, rules: rule ? [rule] : [] });
  return ranges;
}

/** Whether a finding of `ruleId` starting at `offset` is switched off by one of `ranges`. */
export function isDisabledAt(ranges: readonly DisabledRange[], ruleId: string, offset: number): boolean {
  for (const range of ranges) {
    if (offset >= range.start && offset < range.end && (range.rules.length === 0 || range.rules.includes(ruleId))) {
      return true;
    }
  }
  return false;
}

/**
 * The findings not switched off by `disabled`. `findings` must be sorted by start: one sweep
 * over the ranges sorted by start, not every finding against every range.
 */
export function enabledFindings<T extends { ruleId: string; start: number }>(disabled: readonly DisabledRange[], findings: T[]): T[] {
  if (disabled.length === 0) return findings;
  const ranges = [...disabled].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  const open: DisabledRange[] = [];
  let next = 0;
  for (const f of findings) {
    for (let range = ranges[next]; range && range.start <= f.start; range = ranges[++next]) open.push(range);
    let kept = 0;
    let disabled = false;
    for (const range of open) {
      if (range.end <= f.start) continue; // over for this and every later finding
      open[kept++] = range;
      if (range.rules.length === 0 || range.rules.includes(f.ruleId)) disabled = true;
    }
    open.length = kept;
    if (!disabled) out.push(f);
  }
  return out;
}
