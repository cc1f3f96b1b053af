// The document model every rule sees: the line index, offset↔position and paragraphs, built over
// the masked text (masking.ts) with the ranges switched off by directives (directives.ts).
import { classesOfRanges, classesOfText } from '../text/char-classes';
import { indexAtOrBefore } from '../text/search';
import { enabledFindings, findDirectiveMatches, findDirectives, isDisabledAt, type DirectiveMatch, type DisabledRange } from './directives';
import { applyMask, findMaskedSpans, maskCodeUnits, type Span } from './masking';
import type { Paragraph } from './types';

export type { DisabledRange } from './directives';
export { MASK_CHAR, type Span } from './masking';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export type LanguageId = 'plaintext' | 'markdown';

const LINE_BREAK = /\r\n|\r|\n/g;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/** The part of Node's Buffer used here, looked up at run time: the engine does not depend on Node. */
type Utf16Buffer = Uint8Array & {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
  toString(encoding: 'utf16le', start: number, end: number): string;
};
interface Utf16Copier {
  allocUnsafeSlow(size: number): Utf16Buffer;
}
const FlatCopier = (globalThis as { Buffer?: Utf16Copier }).Buffer;

/**
 * Scratch space for a document's code units, reused from one document to the next: a fresh buffer per
 * lint was memory to map, fault in and account to the collector every time (1 MB of text: 0.7 MB).
 * Kept only up to KEEP_SCRATCH bytes, so a huge document's buffer is let go.
 */
let scratch: Utf16Buffer | undefined;
const KEEP_SCRATCH = 1 << 22;

/** The code units of `text` in a buffer (the scratch one when large enough): valid until the next call. */
function codeUnitsOf(text: string, copier: Utf16Copier): Utf16Buffer {
  const bytes = 2 * text.length;
  // allocUnsafeSlow: a buffer of its own (never a slice of Node's pool), so its offset is 0 and even.
  const buffer = scratch && scratch.length >= bytes ? scratch : copier.allocUnsafeSlow(Math.max(bytes, 1024));
  if (buffer.length <= KEEP_SCRATCH) scratch = buffer;
  buffer.write(text, 0, bytes, 'utf16le');
  return buffer;
}

export class LintDocument {
  readonly text: string;
  readonly languageId: LanguageId;
  /** Offsets where each line starts. */
  readonly lineStarts: number[];
  readonly maskedSpans: Span[];
  readonly paragraphs: Paragraph[];
  readonly disabled: DisabledRange[];
  /** The directive comments as written (for unknownDirectiveRules). */
  readonly directives: readonly DirectiveMatch[];

  constructor(text: string, languageId: LanguageId = 'plaintext') {
    this.text = text;
    this.languageId = languageId;
    this.lineStarts = computeLineStarts(text);
    const directives = findDirectiveMatches(text);
    this.directives = directives;
    this.maskedSpans = findMaskedSpans(text, languageId, directives);
    this.disabled = findDirectives(text, this.lineStarts, directives);
    this.paragraphs = this.buildParagraphs();
  }

  /**
   * The text with masked spans replaced by MASK_CHAR. Made on first use: the paragraphs are masked in
   * their copy of the code units (buildParagraphs), and a text with a masked span would otherwise be
   * joined from pieces and then flattened into one more copy of the whole text on every lint.
   */
  get masked(): string {
    this.maskedText ??= applyMask(this.text, this.maskedSpans);
    return this.maskedText;
  }

  private maskedText: string | undefined;

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the content of `line` (before its line break). */
  lineEnd(line: number): number {
    const start = this.lineStarts[line] ?? this.text.length;
    let end = this.lineStarts[line + 1] ?? this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = indexAtOrBefore(this.lineStarts, clamped);
    return { line, character: clamped - (this.lineStarts[line] ?? 0) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    if (start === undefined) return this.text.length; // past the last line
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  isMasked(offset: number): boolean {
    return this.masked.charCodeAt(offset) === 0 && this.text.charCodeAt(offset) !== 0;
  }

  /** Whether a finding of `ruleId` starting at `offset` is switched off by a directive. */
  isDisabled(ruleId: string, offset: number): boolean {
    return isDisabledAt(this.disabled, ruleId, offset);
  }

  /** The findings not switched off by a directive; `findings` must be sorted by start. */
  enabledFindings<T extends { ruleId: string; start: number }>(findings: T[]): T[] {
    return enabledFindings(this.disabled, findings);
  }

  private buildParagraphs(): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    // Rules read paragraph.text character by character: a flat copy reads about twice as fast as
    // a slice of the whole text (V8 keeps a slice as a view on its parent). Node's Buffer makes the
    // copy; where there is none, slices.
    const units = FlatCopier && codeUnitsOf(this.text, FlatCopier);
    // The same bytes as code units (no copy), for the masking and the one pass that finds each paragraph's classes.
    const codes = units && new Uint16Array(units.buffer, units.byteOffset, this.text.length);
    if (codes) maskCodeUnits(codes, this.maskedSpans);
    // The non-empty lines. An index loop: entries() would build a pair for every line.
    const lines: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let line = 0; line < this.lineStarts.length; line++) {
      const start = this.lineStarts[line] ?? 0;
      const end = this.lineEnd(line);
      if (end === start) continue;
      lines.push(line);
      starts.push(start);
      ends.push(end);
    }
    // All paragraphs' anchors in one typed array (char-classes.ts classesOfRanges).
    const found = codes ? classesOfRanges(codes, starts, ends) : undefined;
    for (let k = 0; k < lines.length; k++) {
      const start = starts[k] ?? 0;
      const end = ends[k] ?? 0;
      const raw = this.text.slice(start, end);
      const text = units ? units.toString('utf16le', 2 * start, 2 * end) : this.masked.slice(start, end);
      const match = this.languageId === 'markdown' ? ATX_HEADING.exec(text) : null;
      const { classes, anchors, recurrences, scriptCounts } = found?.[k] ?? classesOfText(text);
      paragraphs.push({ line: lines[k] ?? 0, start, end, raw, text, heading: match?.[1]?.length ?? 0, classes, anchors, recurrences, scriptCounts });
    }
    return paragraphs;
  }
}

function computeLineStarts(text: string): number[] {
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
