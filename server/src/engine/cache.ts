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
  /**
   * The paragraph's text, as a string that shares the storage of the text of the last run that used the entry
   * where it can (the paragraph's raw slice of it when nothing in the paragraph is masked): not a copy of its own.
   */
  key: string;
  /** The next entry whose text has the same hash (LintCache's chains), if any. */
  next: CacheEntry | undefined;
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
 *
 * Found by a hash of the text and then compared with it in full (a hit is always the same text), and keyed by a
 * string that shares the document's storage: a Map keyed by the paragraphs' texts kept each text as the lint's flat
 * copy of it, a second copy of the whole document beside the editor's (round 38: 7.4 MB of a 10 MB document). Each
 * run re-keys the entries it uses with its own document's strings, so no entry keeps an earlier version's text alive
 * once the run is over.
 */
export class LintCache {
  private key = '';
  /** By hashText() of the paragraph text: the first entry of that hash, the others chained through `next`. */
  private entries = new Map<number, CacheEntry>();
  private count = 0;
  private run = 0;
  hits = 0;
  misses = 0;
  /** How many document rules with summaries the current lint runs (each entry's summaries list is this long). */
  summarySlots = 0;

  begin(key: string): void {
    if (key !== this.key) {
      this.entries.clear();
      this.count = 0;
      this.key = key;
    }
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The entry for a paragraph text (created empty when new), marked as used by this run. `key`: the same text as a
   * string of this run's document that the entry may keep (a slice of the document's text, or `paragraphText`).
   */
  entry(paragraphText: string, key: string = paragraphText): CacheEntry {
    const hash = hashText(paragraphText);
    const head = this.entries.get(hash);
    for (let entry = head; entry; entry = entry.next) {
      if (entry.key !== paragraphText) continue;
      // Kept by this run's string from now on: the earlier document's text is let go with its last entry.
      entry.key = key;
      entry.run = this.run;
      return entry;
    }
    // An exact-size list: one grown from [] by stores has room for 16 or more.
    const entry: CacheEntry = { key, next: head, results: NO_RESULTS, summaries: new Array<unknown>(this.summarySlots), run: this.run, nothing: false };
    this.entries.set(hash, entry);
    this.count++;
    return entry;
  }

  end(): void {
    if (this.count === 0) return;
    for (const [hash, head] of this.entries) {
      let first: CacheEntry | undefined;
      let last: CacheEntry | undefined;
      let changed = false;
      for (let entry: CacheEntry | undefined = head; entry; entry = entry.next) {
        if (entry.run !== this.run) {
          changed = true;
          this.count--;
          continue;
        }
        if (last) last.next = entry;
        else first = entry;
        last = entry;
      }
      if (!changed) continue;
      if (last) last.next = undefined;
      if (first) {
        if (first !== head) this.entries.set(hash, first);
      } else this.entries.delete(hash);
    }
  }

  /** How many lints have begun with this cache (a staged lint checks that no other began after it). */
  get runs(): number {
    return this.run;
  }

  get size(): number {
    return this.count;
  }
}

/**
 * A 32-bit hash of a text's code units (FNV-1a on code units; collisions only chain entries, which are compared
 * with the text in full). In JavaScript, over the lint's flat copy of the paragraph: the Map keyed by text before
 * it had V8 hash every paragraph's copy too.
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
