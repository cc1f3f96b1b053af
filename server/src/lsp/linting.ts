// When to lint and what to publish: immediately on open, debounced on change (or on save),
// again when settings or config files change. One LintCache per document, so a keystroke
// re-lints only the paragraph it changed. A lint with much new text for the slow statistical
// rule publishes twice (progressive diagnostics): the other rules' findings at once, then, after
// a turn of the event loop in which an edit can make it stale, the complete set.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveProblems, LintCache, lintInStages, type DirectiveProblem, type Finding, type LintOptions, type LintResult, type Script } from '../engine';
import { fileSizeAtLeast, formatFileSize } from '../engine/fileSize';
import { statusOf, toDiagnostics } from './diagnostics';
import { SERVER_TEXTS as T } from './texts';
import { say, showMessage } from './i18n';
import { StatusNotification, type StatusParams } from './protocol';
import type { DocumentSettings, SettingsStore } from './settings';

export interface LintedDocument {
  uri: string;
  version: number;
  settings: DocumentSettings;
  state: StatusParams['state'];
  /**
   * Present when state is "ok". Without the engine's document model (its masked text, paragraph copies
   * and line index, as large as the text itself): positions come from the TextDocument.
   */
  result?: LintedResult;
}

/** What is kept of a lint: its results, and the ids of its disable comments that name no rule (diagnostics.ts). */
export type LintedResult = Omit<LintResult, 'document'> & { directiveProblems: DirectiveProblem[] };

export interface LinterOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  /** Send the gongwen/status notification (the VS Code client asks for it). */
  sendStatus: boolean;
  /** The server's memory around a large document's first lint (node/heap.ts); without it, only a global gc() is used. */
  heap?: HeapControl;
}

export interface HeapControl {
  /** Before the first lint of a large document: the young generation stops growing. */
  stopYoungGenerationGrowth(): void;
  /** A full garbage collection. */
  fullCollection(): () => void;
}

export class Linter {
  private readonly caches = new Map<string, LintCache>();
  /** A separate cache per document for the fix-all loop, so its intermediate texts do not evict the document's entries. */
  private readonly fixCaches = new Map<string, LintCache>();
  private readonly latest = new Map<string, LintedDocument>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Increases with every validation of a URI, so a slower, older one never publishes over a newer one. */
  private readonly generation = new Map<string, number>();
  private readonly warnedTooLarge = new Set<string>();
  private readonly warnedGarbled = new Set<string>();
  /** Documents published since they were opened (the first publish of a large one is followed by a full collection). */
  private readonly published = new Set<string>();
  /** A lint whose first stage is published and whose complete set is due, by URI. */
  private readonly pending = new Map<string, StagedDocument>();

  constructor(private readonly options: LinterOptions) {}

  /** Lint after `delayMs` (gongwen.debounceMs); a newer change restarts the wait. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri);
      }, delayMs),
    );
  }

  /** Lint now and publish diagnostics and status. Never throws. */
  async validate(uri: string): Promise<void> {
    this.cancel(uri);
    const generation = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, generation);
    try {
      const doc = this.options.documents.get(uri);
      if (!doc) return;
      const settings = await this.options.settings.get(uri);
      const current = this.options.documents.get(uri);
      if (!current || this.generation.get(uri) !== generation) return;
      const staged = this.lintInStages(current, settings);
      if (!staged.first) {
        this.publish(current, staged.complete());
        return;
      }
      this.pending.set(uri, staged);
      const shown = this.publish(current, staged.first, 'first');
      await yieldToEventLoop();
      const ours = this.pending.get(uri) === staged;
      if (ours) this.pending.delete(uri);
      const now = this.options.documents.get(uri);
      // Closed, or a newer validation (a settings change's, a save's) took over.
      if (!now || this.generation.get(uri) !== generation) return;
      if (!ours || now.version !== staged.version) {
        // An edit came (and a lint of it for code actions, maybe): its own lint follows. With run "onSave" an
        // edit schedules none, so the open's lint is finished on the text as it is now.
        if (!this.timers.has(uri)) void this.validate(uri);
        return;
      }
      this.publish(now, staged.complete(), 'complete', shown);
    } catch (error) {
      this.options.connection.console.error(`gongwen-lint: linting ${uri} failed: ${describe(error)}`);
    }
  }

  /** Re-lint every open document (settings or config files changed). */
  revalidateAll(): void {
    this.latest.clear();
    for (const doc of this.options.documents.all()) void this.validate(doc.uri);
  }

  /** The lint result for the document as it is now (reused when the version is unchanged). */
  async lintCurrent(doc: TextDocument): Promise<LintedDocument> {
    // Between the two publishes of a staged lint: its complete set, now (validate() then publishes it).
    const staged = this.pending.get(doc.uri);
    if (staged && staged.version === doc.version) return staged.complete();
    const known = this.latest.get(doc.uri);
    if (known && known.version === doc.version) return known;
    const settings = await this.options.settings.get(doc.uri);
    const current = this.options.documents.get(doc.uri) ?? doc;
    return this.lintWith(current, settings);
  }

  /** Engine options for a document: its config, locale, language and its cache (the fix loop's with `forFixes`). */
  engineOptions(doc: TextDocument, settings: DocumentSettings, forFixes = false): LintOptions {
    return {
      config: settings.config,
      locale: settings.locale,
      languageId: doc.languageId === 'markdown' ? 'markdown' : 'plaintext',
      cache: cacheIn(forFixes ? this.fixCaches : this.caches, doc.uri),
    };
  }

  /** The document closed: stop, forget and clear its diagnostics. */
  close(uri: string): void {
    this.cancel(uri);
    this.caches.delete(uri);
    this.fixCaches.delete(uri);
    this.latest.delete(uri);
    this.generation.delete(uri);
    this.warnedTooLarge.delete(uri);
    this.warnedGarbled.delete(uri);
    this.published.delete(uri);
    this.pending.delete(uri);
    this.options.settings.forget(uri);
    void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private lintWith(doc: TextDocument, settings: DocumentSettings): LintedDocument {
    return this.lintInStages(doc, settings, false).complete();
  }

  /**
   * Lint `doc` up to the slow rules (LATER_RULES). With `first`, it is worth publishing that before they run:
   * progressive diagnostics are on, and they have at least PROGRESSIVE_MIN_UNITS of new text to read in a
   * script they work on. complete() runs them (once), stores and returns the whole result.
   */
  private lintInStages(doc: TextDocument, settings: DocumentSettings, progressive = settings.progressive): StagedDocument {
    this.pending.delete(doc.uri); // its cache is this lint's now
    const { uri, version } = doc;
    const state = stateOf(doc, settings);
    if (state !== 'ok') {
      const linted: LintedDocument = { uri, version, settings, state };
      this.latest.set(uri, linted);
      return { version, complete: () => linted };
    }
    if (this.options.heap && !this.published.has(uri) && doc.getText().length >= LARGE_DOCUMENT) this.options.heap.stopYoungGenerationGrowth();
    const staged = lintInStages(doc.getText(), this.engineOptions(doc, settings), LATER_RULE_IDS);
    const of = ({ findings, annotations, internalErrors, script, document }: LintResult): LintedDocument => ({
      uri, version, settings, state, result: { findings, annotations, internalErrors, script, directiveProblems: directiveProblems(document) },
    });
    let completed: LintedDocument | undefined;
    const complete = () => {
      if (!completed) {
        completed = of(staged.complete());
        this.latest.set(uri, completed);
      }
      return completed;
    };
    const worthIt = progressive && LATER_RULES.some((r) => r.scripts.includes(staged.script)) && staged.pendingUnits >= PROGRESSIVE_MIN_UNITS;
    return { version, first: worthIt ? of(staged.first()) : undefined, complete };
  }

  /**
   * Sends the diagnostics (and the status). `stage` "first": the fast rules' findings, published before the
   * complete set, which reuses their diagnostics (`shown`), so they come again unchanged. Returns the
   * diagnostics sent by finding, for a first stage (not kept otherwise: a map of every finding on every edit).
   */
  private publish(doc: TextDocument, linted: LintedDocument, stage: 'first' | 'complete' = 'complete', shown?: ReadonlyMap<Finding, Diagnostic>): Map<Finding, Diagnostic> | undefined {
    const { connection } = this.options;
    const { result, settings } = linted;
    // The first stage's errors are in the complete set too: logged once, with it.
    for (const error of stage === 'complete' ? (result?.internalErrors ?? []) : []) {
      connection.console.error(`gongwen-lint: rule ${error.ruleId} failed on ${doc.uri}${error.start !== undefined ? ` at offset ${error.start}` : ''}: ${error.message}`);
    }
    if (linted.state === 'tooLarge' && !this.warnedTooLarge.has(doc.uri)) {
      this.warnedTooLarge.add(doc.uri);
      const limit = formatFileSize(settings.config.maxFileSize);
      const enough = fileSizeAtLeast(Buffer.byteLength(doc.getText(), 'utf8'));
      showMessage(connection, 'info',
        say(settings.locale, T.tooLarge, { limit: say(settings.locale, limit), enough }),
      );
    }
    if (linted.state === 'garbled' && !this.warnedGarbled.has(doc.uri)) {
      this.warnedGarbled.add(doc.uri);
      showMessage(connection, 'warning',
        say(settings.locale, T.garbled),
      );
    }
    const byFinding = stage === 'first' ? new Map<Finding, Diagnostic>() : undefined;
    const diagnostics = result ? toDiagnostics(result, doc, settings.locale, shown, byFinding) : [];
    const sent = connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    if (stage === 'first') {
      if (this.options.sendStatus) void connection.sendNotification(StatusNotification, statusOf(doc.uri, doc.version, result, linted.state));
      return byFinding;
    }
    if (!this.published.has(doc.uri)) {
      this.published.add(doc.uri);
      if (doc.getText().length >= LARGE_DOCUMENT) {
        const collect = () => collectGarbage(this.options.heap);
        void sent.then(collect, collect);
      }
    }
    if (this.options.sendStatus) {
      void connection.sendNotification(StatusNotification, statusOf(doc.uri, doc.version, result, linted.state));
    }
    return undefined;
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}

/** A lint of one version, its slow rules still to run; `first`, when set, is worth publishing before them. */
interface StagedDocument {
  version: number;
  first?: LintedDocument;
  complete(): LintedDocument;
}

/**
 * The rules whose findings may come in a second publish, and the scripts they are slow on: wrong-character's
 * statistical scoring is most of a simplified open (≈ 70 of 138 ms for 100 KB, README Performance); on other
 * scripts it returns at once.
 */
const LATER_RULES: readonly { id: string; scripts: readonly Script[] }[] = [{ id: 'wrong-character', scripts: ['zh-Hans', 'unknown'] }];
const LATER_RULE_IDS: ReadonlySet<string> = new Set(LATER_RULES.map((r) => r.id));

/**
 * UTF-16 units of text the slow rules have not read yet (not in the document's cache) from which the other rules'
 * findings are published first: ≈ 15 ms of wrong-character in cold code. An edit changes a paragraph or a few
 * (one publish, as fast as before); an open, a paste of pages or a configuration change needs the whole text.
 */
export const PROGRESSIVE_MIN_UNITS = 8192;

/**
 * Two turns of the event loop. A message that arrived while linting is read in the next turn's poll phase and
 * dispatched by the connection in a setImmediate of its own, which runs before a second setImmediate queued
 * from the first: an edit that came meanwhile is known when the second stage checks the version.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * UTF-16 units from which a document's open is followed by a full garbage collection. Its text came
 * through the protocol as stream chunks, one message buffer and one message string (≈ 3× its size),
 * and its first lint left its temporaries in the old generation: garbage that only a full collection
 * frees, and that the small allocations of later edits rarely trigger (≈ 20 MB resident after a 10 MB
 * open, README Performance).
 */
const LARGE_DOCUMENT = 1 << 20;

/**
 * A full collection, once the diagnostics are written (never before them): the server's own
 * (node/heap.ts, with or without --expose-gc), else global.gc when there is one.
 */
function collectGarbage(heap: HeapControl | undefined): void {
  const gc = heap ? heap.fullCollection() : (globalThis as { gc?: () => void }).gc;
  if (gc) setImmediate(gc);
}

function cacheIn(caches: Map<string, LintCache>, uri: string): LintCache {
  let cache = caches.get(uri);
  if (!cache) {
    cache = new LintCache();
    caches.set(uri, cache);
  }
  return cache;
}

function stateOf(doc: TextDocument, settings: DocumentSettings): StatusParams['state'] {
  if (!settings.enable || !settings.languages.includes(languageOf(doc))) return 'disabled';
  if (settings.ignored) return 'ignored';
  // Characters are at most 3 bytes in UTF-8 for the BMP: skip the exact count when clearly small.
  const text = doc.getText();
  if (text.length * 3 > settings.config.maxFileSize && Buffer.byteLength(text, 'utf8') > settings.config.maxFileSize) return 'tooLarge';
  if (looksGarbled(text)) return 'garbled';
  return 'ok';
}

/**
 * Text the editor decoded in the wrong encoding: a GBK draft opened as UTF-8 (VS Code's default, files.autoGuessEncoding
 * off) is about two thirds U+FFFD, and linted so it gave a finding or two and a near-clean status bar for a draft never
 * read. At least GARBLED_MIN replacement characters, 1 in GARBLED_SHARE of the text; none of the clean folders (≈ 13 M
 * characters) has a single one, and a stray one pasted into a draft stays far below.
 */
export function looksGarbled(text: string): boolean {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) count++;
  return count >= GARBLED_MIN && count * GARBLED_SHARE >= text.length;
}

const GARBLED_MIN = 8;
const GARBLED_SHARE = 20;

/** Neovim and others call plain text "text". */
function languageOf(doc: TextDocument): string {
  return doc.languageId === 'text' ? 'plaintext' : doc.languageId;
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
