// The document model every rule sees: line index, paragraphs, offset↔position,
// masked spans (Markdown code, front matter, HTML comments, URLs, e-mail addresses)
// and inline disable directives.
import { indexAtOrBefore, partitionPoint } from '../text/search';
import type { Paragraph } from './types';

/** Filler for masked spans. Same length as what it hides, so offsets stay true; no rule matches it. */
export const MASK_CHAR = '\u0000';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export interface Span {
  start: number;
  end: number;
}

export type LanguageId = 'plaintext' | 'markdown';

/** A disable directive: findings of `rules` (all rules when empty) in [start, end) are dropped. */
export interface DisabledRange extends Span {
  rules: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;
// URLs: ASCII-only, so a Chinese character right after the URL ends it.
const URL = /\b(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+|\bwww\.[A-Za-z0-9-]+\.[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;
/** The start of a directive; the rest (`([^>]*?)-->`) is matched by hand in findDirectiveMatches. */
const DIRECTIVE_HEAD = /<!--\s*gongwen-(disable-next-line|disable-line|disable|enable)\b/g;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

export class LintDocument {
  readonly text: string;
  readonly languageId: LanguageId;
  /** Offsets where each line starts. */
  readonly lineStarts: number[];
  /** The text with masked spans replaced by MASK_CHAR. */
  readonly masked: string;
  readonly maskedSpans: Span[];
  readonly paragraphs: Paragraph[];
  readonly disabled: DisabledRange[];

  constructor(text: string, languageId: LanguageId = 'plaintext') {
    this.text = text;
    this.languageId = languageId;
    this.lineStarts = computeLineStarts(text);
    const directives = findDirectiveMatches(text);
    this.maskedSpans = findMaskedSpans(text, languageId, directives);
    this.masked = applyMask(text, this.maskedSpans);
    this.disabled = findDirectives(text, this.lineStarts, directives);
    this.paragraphs = this.buildParagraphs();
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the content of `line` (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text[end - 1] === '\n') end--;
    if (end > this.lineStarts[line] && this.text[end - 1] === '\r') end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = indexAtOrBefore(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  isMasked(offset: number): boolean {
    return this.masked.charCodeAt(offset) === 0 && this.text.charCodeAt(offset) !== 0;
  }

  /** Whether a finding of `ruleId` starting at `offset` is switched off by a directive. */
  isDisabled(ruleId: string, offset: number): boolean {
    for (const range of this.disabled) {
      if (offset >= range.start && offset < range.end && (range.rules.length === 0 || range.rules.includes(ruleId))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The findings not switched off by a directive. `findings` must be sorted by start: one sweep
   * over the ranges sorted by start, not every finding against every range.
   */
  enabledFindings<T extends { ruleId: string; start: number }>(findings: T[]): T[] {
    if (this.disabled.length === 0) return findings;
    const ranges = [...this.disabled].sort((a, b) => a.start - b.start);
    const out: T[] = [];
    const open: DisabledRange[] = [];
    let next = 0;
    for (const f of findings) {
      while (next < ranges.length && ranges[next].start <= f.start) open.push(ranges[next++]);
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

  private buildParagraphs(): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    // Rules read paragraph.text character by character: a flat copy reads about twice as fast as
    // a slice of the whole text (V8 keeps a slice as a view on its parent).
    const units = Buffer.from(this.masked, 'utf16le');
    for (let line = 0; line < this.lineStarts.length; line++) {
      const start = this.lineStarts[line];
      const end = this.lineEnd(line);
      if (end === start) continue;
      const raw = this.text.slice(start, end);
      const text = units.toString('utf16le', 2 * start, 2 * end);
      const match = this.languageId === 'markdown' ? ATX_HEADING.exec(text) : null;
      paragraphs.push({ line, start, end, raw, text, heading: match ? match[1].length : 0 });
    }
    return paragraphs;
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The usual case, and a native indexOf is faster than the regular expression.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function findMaskedSpans(text: string, languageId: LanguageId, directives: readonly DirectiveMatch[]): Span[] {
  const spans: Span[] = [];
  if (languageId === 'markdown') {
    spans.push(...markdownCodeSpans(text));
    spans.push(...htmlComments(text));
  } else {
    // Directives work in plain text too.
    for (const d of directives) spans.push({ start: d.index, end: d.end });
  }
  if (text.includes('@')) spans.push(...emailSpans(text));
  if (/:\/\/|www\./.test(text)) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) {
      let end = m.index + m[0].length;
      // Trailing sentence punctuation belongs to the prose, not the URL.
      while (end > m.index && /[.,;:!?)'\]]/.test(text[end - 1])) end--;
      spans.push({ start: m.index, end });
    }
  }
  return mergeSpans(spans);
}

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_PART = /[A-Za-z0-9.-]/;

/**
 * E-mail addresses, found from each '@' outwards. A regular expression that starts at every
 * character would rescan a long run of address-like characters from each position.
 */
function emailSpans(text: string): Span[] {
  const spans: Span[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && LOCAL_PART.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_PART.test(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain)) {
      spans.push({ start, end });
      floor = end;
    } else {
      floor = at + 1;
    }
  }
  return spans;
}

function markdownCodeSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Front matter: a YAML block at the very start.
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) spans.push({ start: 0, end: front[0].length });
  // Fenced code blocks: ``` or ~~~ up to the matching fence or the end of the text.
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    const marker = m[2];
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    spans.push({ start: m.index, end });
    fence.lastIndex = end;
  }
  // Inline code: a run of backticks up to the same run, within a paragraph.
  spans.push(...inlineCodeSpans(text, spans));
  return spans;
}

/**
 * What /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g finds, skipping matches that start inside a code
 * block or contain a blank line, computed without the regular expression (it backtracks
 * quadratically on long runs of backticks). Such a match opens at a suffix of a maximal run of
 * backticks, of length L, and closes at the first later maximal run of exactly L backticks; a
 * run of R backticks tries L = R, R − 1, … 1 in turn (starting one backtick later each time).
 */
function inlineCodeSpans(text: string, blocks: readonly Span[]): Span[] {
  const runs: Span[] = [];
  for (let at = text.indexOf('`'); at !== -1; ) {
    let end = at + 1;
    while (text.charCodeAt(end) === 0x60) end++;
    runs.push({ start: at, end });
    at = text.indexOf('`', end);
  }
  if (runs.length < 2) return [];
  // Run indices by length, ascending: the first later run of a length is a binary search away.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const length = run.end - run.start;
    let list = byLength.get(length);
    if (!list) byLength.set(length, (list = []));
    list.push(i);
  });
  const firstAfter = (list: number[], i: number): number => list[partitionPoint(list.length, (k) => list[k] <= i)] ?? -1;
  const inBlock = insideAny(blocks);
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    for (let length = run.end - run.start; length >= 1; length--) {
      const list = byLength.get(length);
      const j = list ? firstAfter(list, i) : -1;
      if (j === -1) continue;
      const start = run.end - length;
      const end = runs[j].end;
      if (!inBlock(start) && !text.slice(start, end).includes('\n\n')) spans.push({ start, end });
      i = j; // the search goes on after the match
      break;
    }
  }
  return spans;
}

/** A test for "offset lies inside one of `spans`", by binary search over the merged spans. */
function insideAny(spans: readonly Span[]): (offset: number) => boolean {
  const merged = mergeSpans([...spans]);
  return (offset) => {
    const after = partitionPoint(merged.length, (k) => merged[k].start <= offset);
    return after > 0 && offset < merged[after - 1].end;
  };
}

/** HTML comments, as /<!--[\s\S]*?-->/g finds them, by indexOf (the regex is quadratic on many unclosed ones). */
function htmlComments(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = text.indexOf('<!--'); start !== -1; ) {
    const close = text.indexOf('-->', start + 4);
    if (close === -1) break; // no later comment can close either
    spans.push({ start, end: close + 3 });
    start = text.indexOf('<!--', close + 3);
  }
  return spans;
}

interface DirectiveMatch {
  index: number;
  end: number;
  kind: string;
  /** The text between the directive's name and `-->` (its rule list). */
  rest: string;
}

/**
 * What /<!--\s*gongwen-(kind)\b([^>]*?)-->/g finds. The tail matches exactly when the first '>'
 * after the name closes a `-->`; looking that '>' up once per position keeps this linear where
 * the lazy `[^>]*?` would rescan to the end for every unclosed directive.
 */
function findDirectiveMatches(text: string): DirectiveMatch[] {
  const found: DirectiveMatch[] = [];
  if (!text.includes('gongwen-')) return found;
  let nextGt = -1;
  DIRECTIVE_HEAD.lastIndex = 0;
  for (let m = DIRECTIVE_HEAD.exec(text); m; m = DIRECTIVE_HEAD.exec(text)) {
    const restStart = m.index + m[0].length;
    if (nextGt < restStart) nextGt = text.indexOf('>', restStart);
    if (nextGt === -1) break; // no '>' left: nothing later can close
    if (nextGt - 2 >= restStart && text.charCodeAt(nextGt - 1) === 0x2d && text.charCodeAt(nextGt - 2) === 0x2d) {
      found.push({ index: m.index, end: nextGt + 1, kind: m[1], rest: text.slice(restStart, nextGt - 2) });
      DIRECTIVE_HEAD.lastIndex = nextGt + 1;
    } else {
      DIRECTIVE_HEAD.lastIndex = m.index + 1;
    }
  }
  return found;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function applyMask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start);
    // Keep line breaks so that lines and paragraphs are the same in both texts.
    out += text.slice(span.start, span.end).replace(/[^\r\n]/g, MASK_CHAR);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

function findDirectives(text: string, lineStarts: number[], matches: readonly DirectiveMatch[]): DisabledRange[] {
  if (matches.length === 0) return [];
  const ranges: DisabledRange[] = [];
  const open = new Map<string, number>(); // rule ('' = all) → start of its disabled range
  const lineOf = (offset: number) => indexAtOrBefore(lineStarts, offset);
  const lineSpan = (line: number): Span => ({
    start: lineStarts[line] ?? text.length,
    end: line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length,
  });
  for (const m of matches) {
    const kind = m.kind;
    const rules = m.rest.split(/[\s,]+/).filter(Boolean);
    const line = lineOf(m.index);
    if (kind === 'disable-next-line') {
      if (line + 1 < lineStarts.length) ranges.push({ ...lineSpan(line + 1), rules });
    } else if (kind === 'disable-line') {
      ranges.push({ ...lineSpan(line), rules });
    } else if (kind === 'disable') {
      for (const rule of rules.length ? rules : ['']) if (!open.has(rule)) open.set(rule, m.index);
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
