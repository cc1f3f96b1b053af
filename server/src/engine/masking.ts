// Masking: the spans no rule should read (Markdown code, front matter, HTML comments, URLs, e-mail
// addresses, directives in plain text), replaced by MASK_CHAR so that offsets stay true.
import { append } from '../text/arrays';
import { partitionList } from '../text/search';
import type { LanguageId } from './document';

/** Filler for masked spans. Same length as what it hides, so offsets stay true; no rule matches it. */
export const MASK_CHAR = '\u0000';

export interface Span {
  start: number;
  end: number;
}

// URLs: ASCII-only, so a Chinese character right after the URL ends it.
const URL = /\b(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+|\bwww\.[A-Za-z0-9-]+\.[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;

/** The spans to mask, merged and sorted. `directives` are masked in plain text (Markdown masks every HTML comment). */
export function findMaskedSpans(text: string, languageId: LanguageId, directives: readonly Span[]): Span[] {
  const spans: Span[] = [];
  if (languageId === 'markdown') {
    append(spans, markdownCodeSpans(text));
    append(spans, htmlComments(text));
  } else {
    // Directives work in plain text too.
    for (const d of directives) spans.push({ start: d.start, end: d.end });
  }
  if (text.includes('@')) append(spans, emailSpans(text));
  // includes(), not /:\/\/|www\./: a native search is ≈ 3× faster over a text that has neither (most).
  if (text.includes('://') || text.includes('www.')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) {
      let end = m.index + m[0].length;
      // Trailing sentence punctuation belongs to the prose, not the URL.
      while (end > m.index && /[.,;:!?)'\]]/.test(text.charAt(end - 1))) end--;
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
    while (start > floor && LOCAL_PART.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_PART.test(text.charAt(end))) end++;
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
    const marker = m[2] ?? '```'; // the pattern's second group always matches
    const close = new RegExp(`^ {0,3}${marker.startsWith('`') ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    spans.push({ start: m.index, end });
    fence.lastIndex = end;
  }
  // Inline code: a run of backticks up to the same run, within a paragraph.
  append(spans, inlineCodeSpans(text, spans));
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
  const firstAfter = (list: number[], i: number): number => list[partitionList(list, (k) => k <= i)] ?? -1;
  const inBlock = insideAny(blocks);
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!run) break;
    for (let length = run.end - run.start; length >= 1; length--) {
      const list = byLength.get(length);
      const j = list ? firstAfter(list, i) : -1;
      const closing = runs[j];
      if (!closing) continue;
      const start = run.end - length;
      const end = closing.end;
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
    const before = merged[partitionList(merged, (span) => span.start <= offset) - 1];
    return before !== undefined && offset < before.end;
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

export function applyMask(text: string, spans: Span[]): string {
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

/** What applyMask does to a text, done to its code units: each unit of a span but a line break becomes MASK_CHAR. */
export function maskCodeUnits(codes: Uint16Array, spans: readonly Span[]): void {
  const mask = MASK_CHAR.charCodeAt(0);
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      const c = codes[i];
      if (c !== 0x0a && c !== 0x0d) codes[i] = mask;
    }
  }
}
