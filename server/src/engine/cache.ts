// LintCache: per-paragraph rule results and summaries, kept between runs by the caller (the
// language server keeps one per document) so that lint() reruns only the paragraphs that changed.
import type { Annotation, Finding, InternalError } from './types';

/** Results of one rule on one paragraph, with offsets relative to the paragraph start. */
export interface ParagraphResult {
  findings: Finding[];
  annotations: Annotation[];
  errors: InternalError[];
}

/** The cached result of a rule that found nothing (shared, never modified). */
export const NO_RESULT: ParagraphResult = Object.freeze({
  findings: Object.freeze([]) as unknown as Finding[],
  annotations: Object.freeze([]) as unknown as Annotation[],
  errors: Object.freeze([]) as unknown as InternalError[],
});

/** The results of a new entry, and of one where every paragraph rule found nothing (shared, never modified). */
export const NO_RESULTS: (ParagraphResult | undefined)[] = Object.freeze([]) as unknown as (ParagraphResult | undefined)[];

/** Stands for a summary that was computed and is undefined (undefined in the list means "not yet"). */
export const UNDEFINED_SUMMARY = Symbol('undefined summary');

/** Everything cached for one paragraph text: each rule's results and summaries, by rule slot. */
export interface CacheEntry {
  /** By rule slot: empty (NO_RESULTS) until the paragraph rules have run, and when they all found nothing. */
  results: (ParagraphResult | undefined)[];
  /** By Slot.summary (the document rules with summaries, in order), of exactly that length; undefined when not computed yet (a summary that is undefined is UNDEFINED_SUMMARY). */
  summaries: unknown[];
  /** The last run that used this entry. */
  run: number;
  /** Every paragraph rule has run here and found nothing (all results are NO_RESULT). */
  nothing?: boolean;
}

/**
 * Per-paragraph results keyed by paragraph text, valid for one configuration and rule set.
 * Entries not used by the latest run are dropped at its end, so memory follows the document.
 */
export class LintCache {
  private key = '';
  private entries = new Map<string, CacheEntry>();
  private run = 0;
  hits = 0;
  misses = 0;
  /** How many document rules with summaries the current lint runs (each entry's summaries list is this long). */
  summarySlots = 0;

  begin(key: string): void {
    if (key !== this.key) {
      this.entries.clear();
      this.key = key;
    }
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  /** The entry for a paragraph text (created empty when new), marked as used by this run. */
  entry(paragraphText: string): CacheEntry {
    let entry = this.entries.get(paragraphText);
    if (!entry) {
      // An exact-size list: one grown from [] by stores has room for 16 or more.
      entry = { results: NO_RESULTS, summaries: new Array<unknown>(this.summarySlots), run: this.run, nothing: false };
      this.entries.set(paragraphText, entry);
    } else entry.run = this.run;
    return entry;
  }

  end(): void {
    for (const [text, entry] of this.entries) if (entry.run !== this.run) this.entries.delete(text);
  }

  /** How many lints have begun with this cache (a staged lint checks that no other began after it). */
  get runs(): number {
    return this.run;
  }

  get size(): number {
    return this.entries.size;
  }
}
