// The document model every rule sees: line index, paragraphs, offset↔position,
// masked spans (Markdown code, front matter, HTML comments, URLs, e-mail addresses)
// and inline disable directives.
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
const URL = /\b(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+|\bwww\.[A-Za-z0-9\-]+\.[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const DIRECTIVE = /<!--\s*gongwen-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
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
    this.maskedSpans = findMaskedSpans(text, languageId);
    this.masked = applyMask(text, this.maskedSpans);
    this.disabled = findDirectives(text, this.lineStarts);
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
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
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

  private buildParagraphs(): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    for (let line = 0; line < this.lineStarts.length; line++) {
      const start = this.lineStarts[line];
      const end = this.lineEnd(line);
      if (end === start) continue;
      const raw = this.text.slice(start, end);
      const text = this.masked.slice(start, end);
      const match = this.languageId === 'markdown' ? ATX_HEADING.exec(text) : null;
      paragraphs.push({ line, start, end, raw, text, heading: match ? match[1].length : 0 });
    }
    return paragraphs;
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function findMaskedSpans(text: string, languageId: LanguageId): Span[] {
  const spans: Span[] = [];
  if (languageId === 'markdown') {
    spans.push(...markdownCodeSpans(text));
    HTML_COMMENT.lastIndex = 0;
    for (let m = HTML_COMMENT.exec(text); m; m = HTML_COMMENT.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  } else {
    // Directives work in plain text too.
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
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
  const inline = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
  while ((m = inline.exec(text))) {
    const start = m.index;
    if (spans.some((s) => start >= s.start && start < s.end)) continue;
    if (m[0].includes('\n\n')) continue;
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
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

function findDirectives(text: string, lineStarts: number[]): DisabledRange[] {
  if (!text.includes('gongwen-')) return [];
  const ranges: DisabledRange[] = [];
  const open = new Map<string, number>(); // rule ('' = all) → start of its disabled range
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line;
  };
  const lineSpan = (line: number): Span => ({
    start: lineStarts[line] ?? text.length,
    end: line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length,
  });
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1];
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
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
        ranges.push({ start, end: m.index + m[0].length, rules: rule ? [rule] : [] });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open) ranges.push({ start, end: text.length, rules: rule ? [rule] : [] });
  return ranges;
}
