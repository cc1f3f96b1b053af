// lint(): run every enabled rule of the list passed in over a document. Pure and synchronous.
// engine/index.ts wires in the built-in rules for callers.
// Paragraph rules run per paragraph; document rules summarize per paragraph and then
// decide over the summaries. With a LintCache (cache.ts), both are reused for unchanged paragraphs.
import { append } from '../text/arrays';
import { isHighSurrogate, isLowSurrogate } from '../text/chars';
import { decideScript } from '../text/script';
import { NO_RESULTS, NO_RESULT, UNDEFINED_SUMMARY, type CacheEntry, type LintCache, type ParagraphResult } from './cache';
import { defaultConfig, configKey } from './config';
import { LintDocument, type LanguageId } from './document';
import { fixTitle, interpolate, localize } from './messages';
import type {
  Annotation, Finding, FindingSeverity, InternalError, Locale, Localized, Paragraph, Report,
  ResolvedConfig, Rule, RuleContext, Script, Severity,
} from './types';

export interface LintOptions {
  config?: ResolvedConfig;
  locale?: Locale;
  languageId?: LanguageId;
  /** Reuse per-paragraph results between runs (the language server keeps one per document). */
  cache?: LintCache;
  /** The rules to run, in output order (engine/index.ts: the built-in list when omitted). */
  rules?: readonly Rule[];
}

/** Options with the rule list given: what the engine itself runs on. */
export interface RuleListOptions extends LintOptions {
  rules: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  annotations: Annotation[];
  internalErrors: InternalError[];
  script: Script;
  document: LintDocument;
}

/** Findings for `text`, sorted by position. */
export function lint(text: string, options: RuleListOptions): Finding[] {
  return lintDocument(text, options).findings;
}

export function lintDocument(text: string, options: RuleListOptions): LintResult {
  return lintInStages(text, options, NO_LATER_RULES).complete();
}

/**
 * A lint in two stages, for an editor that shows findings as soon as it has them: every rule but the
 * document rules named in `later` has run when this returns; `first()` gives their findings and
 * `complete()` runs the later ones and gives the same result as lintDocument. The later rules' per-paragraph
 * summaries are cached like every other rule's, so `pendingUnits` says how much text they still have to read.
 */
export interface StagedLint {
  readonly script: Script;
  /** UTF-16 code units of the paragraphs whose summary some later rule has not cached (0 when none is enabled). */
  readonly pendingUnits: number;
  /** The findings, annotations and errors of the rules that have run (a subset of complete()'s). */
  first(): LintResult;
  /** Runs the later rules (once) and gives the whole result. Throws when the cache has since been used by another lint. */
  complete(): LintResult;
}

/** Where a new cache entry's results are made before it keeps them (reused: one lint at a time fills it). */
const scratchResults: (ParagraphResult | undefined)[] = [];

const NO_LATER_RULES: ReadonlySet<string> = new Set();

/** `later`: ids of document-scope rules to run in complete() (a paragraph rule named here runs at once). */
export function lintInStages(text: string, options: RuleListOptions, later: ReadonlySet<string>): StagedLint {
  return new Stages(firstStage(text, options, later));
}

/**
 * A class, not closures over the first stage: with closures the language server spent ≈ 1.2 ms more per
 * one-character edit of 1 MB (9.8 → 11.0 ms of main-thread CPU), most of it in garbage collection
 * (its profile: 187 → 427 ms over 150 edits); with the class, within 0.4 ms of the single-stage code.
 */
class Stages implements StagedLint {
  private completed: LintResult | undefined;

  constructor(private readonly stage: FirstStage) {}

  get script(): Script {
    return this.stage.script;
  }

  // Counted when asked (an edit's lint in the language server asks once; lintDocument() never).
  get pendingUnits(): number {
    const { laterSlots, entries, doc } = this.stage;
    let units = 0;
    if (laterSlots.length === 0) return 0;
    doc.paragraphs.forEach((paragraph, p) => {
      const summaries = entries?.[p]?.summaries;
      for (const s of laterSlots) {
        if (summaries?.[s.summary] !== undefined) continue;
        units += paragraph.text.length;
        break;
      }
    });
    return units;
  }

  first(): LintResult {
    const { slots, laterSlots } = this.stage;
    return this.result(slots.filter((s) => !laterSlots.includes(s)));
  }

  complete(): LintResult {
    if (this.completed) return this.completed;
    const { cache, run, laterSlots, entries, slots } = this.stage;
    if (cache && cache.runs !== run) throw new Error('the cache has been used by a newer lint since this one began');
    for (const s of laterSlots) runOnDocument(s.base, s.summary, entries, this.stage.repeats, s.findings, s.annotations, s.errors);
    return (this.completed = this.result(slots));
  }

  private result(done: readonly Slot[]): LintResult {
    const { doc, config, script } = this.stage;
    const { findings, annotations, internalErrors } = collect(done, doc, config);
    return { findings, annotations, internalErrors, script, document: doc };
  }
}

/** What the first stage leaves for the second: its document model, rule slots and cache entries. */
interface FirstStage {
  doc: LintDocument;
  config: ResolvedConfig;
  script: Script;
  cache: LintCache | undefined;
  /** The cache's run count when this lint began. */
  run: number | undefined;
  slots: Slot[];
  laterSlots: Slot[];
  entries: CacheEntry[] | undefined;
  /** Without a cache: repeatedParagraphs() of the document's paragraphs. */
  repeats: Int32Array | undefined;
}

/** Every rule but the later ones; what is left for them is returned as plain data. */
function firstStage(text: string, options: RuleListOptions, later: ReadonlySet<string>): FirstStage {
  const config = options.config ?? defaultConfig(options.rules);
  const locale = options.locale ?? 'zh';
  const doc = new LintDocument(text, options.languageId ?? 'plaintext');
  const script = decideScript(doc.paragraphs, config.script);
  const cache = options.cache;

  // The enabled rules, in list order; each gets a slot for its results.
  const active: RunBase[] = [];
  for (const rule of options.rules) {
    const setting = config.rules[rule.meta.id] ?? { severity: rule.meta.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const runs = rule.meta.scope === 'paragraph' ? rule.checkParagraph !== undefined : rule.meta.scope === 'document' && rule.checkDocument !== undefined;
    if (runs) active.push({ rule, severity: setting.severity, options: setting.options, locale, config, script, doc });
  }
  cache?.begin(`${configKey(config)}\u0001${locale}\u0001${script}\u0001${doc.languageId}\u0001${active.map((b) => b.rule.meta.id).join(',')}`);
  const run = cache?.runs;

  // Results are collected per rule and concatenated in rule order at the end, so the order before
  // sorting is the same as running the rules one after another.
  let summaries = 0;
  const slots: Slot[] = active.map((base, slot) => ({ base, slot, summary: base.rule.meta.scope !== 'paragraph' && base.rule.summarize ? summaries++ : -1, findings: [], annotations: [], errors: [] }));
  if (cache) cache.summarySlots = summaries;
  const paragraphSlots = slots.filter((s) => s.base.rule.meta.scope === 'paragraph');
  const documentSlots = slots.filter((s) => s.base.rule.meta.scope !== 'paragraph');
  const laterSlots = documentSlots.filter((s) => later.has(s.base.rule.meta.id));

  // Paragraph by paragraph, so the cache is looked up once per paragraph (not once per rule)
  // and per-paragraph memos (number tokens) are shared by the rules.
  const paragraphs = doc.paragraphs;
  const entries: CacheEntry[] | undefined = cache && active.length ? [] : undefined;
  // Without a cache, each paragraph rule runs through a runner made once per lint.
  const runners = cache ? [] : paragraphSlots.map((s) => directRunner(s.base, s.findings, s.annotations, s.errors));
  if (paragraphSlots.length || entries) {
    scratchResults.length = 0; // nothing of another lint's slots is copied into an entry
    // The masked spans (sorted, merged), passed in step with the paragraphs: a paragraph none of them touches is its
    // raw text, and its cache entry keeps that slice of the document's text rather than the lint's flat copy.
    const spans = doc.maskedSpans;
    let span = 0;
    for (const paragraph of paragraphs) {
      if (!cache || !entries) {
        // No cache: results stay absolute and go straight into the rule's lists (no result
        // object and arrays per rule and paragraph). forEach: for…of here built an iterator
        // result per rule and paragraph.
        runners.forEach((run) => run(paragraph));
        continue;
      }
      // The cache keeps results relative to their paragraph, so they survive edits above it.
      while (span < spans.length && (spans[span]?.end ?? 0) <= paragraph.start) span++;
      const masked = span < spans.length && (spans[span]?.start ?? 0) < paragraph.end;
      const entry = cache.entry(paragraph.text, masked ? paragraph.text : paragraph.raw);
      entries.push(entry); // entries[p] is paragraph p's
      // Nothing found here by any rule last time: skip the per-rule loop (most paragraphs).
      if (entry.nothing) {
        cache.hits += paragraphSlots.length;
        continue;
      }
      const at = paragraph.start;
      let nothing = true;
      // A new entry's results go into the scratch list first: most paragraphs find nothing, and
      // their entry then keeps the shared empty list instead of a list of NO_RESULT per rule slot.
      const fresh = entry.results.length === 0;
      const results = fresh ? scratchResults : entry.results;
      for (const s of paragraphSlots) {
        let result = fresh ? undefined : results[s.slot];
        if (result) cache.hits++;
        else {
          cache.misses++;
          result = relativeTo(runOnParagraph(s.base, paragraph), at);
          // Most rules find nothing in most paragraphs: one shared empty result keeps the cache
          // from holding a result object and three arrays per rule and paragraph.
          if (result.findings.length === 0 && result.annotations.length === 0 && result.errors.length === 0) result = NO_RESULT;
          results[s.slot] = result;
        }
        if (result !== NO_RESULT) nothing = false;
        for (const f of result.findings) s.findings.push(shift(f, at));
        for (const a of result.annotations) s.annotations.push({ ...a, start: a.start + at, end: a.end + at });
        for (const e of result.errors) s.errors.push({ ...e, start: at });
      }
      entry.nothing = nothing;
      // Only an entry with something found keeps its own (exact-size) list.
      if (fresh) entry.results = nothing ? NO_RESULTS : results.slice(0, (paragraphSlots[paragraphSlots.length - 1]?.slot ?? -1) + 1);
    }
  }
  // Without a cache, a document rule summarizes each distinct paragraph once (the cache keeps one entry per text).
  const repeats = !entries && documentSlots.some((s) => s.base.rule.summarize !== undefined) ? repeatedParagraphs(paragraphs) : undefined;
  for (const s of documentSlots) if (!laterSlots.includes(s)) runOnDocument(s.base, s.summary, entries, repeats, s.findings, s.annotations, s.errors);
  // Every entry of this text has been looked up: the ones no paragraph uses any more can go.
  cache?.end();
  return { doc, config, script, cache, run, slots, laterSlots, entries, repeats };
}

/** The slots' results in rule order, sorted by position, without the findings that directives or `allow` turn off. */
function collect(slots: readonly Slot[], doc: LintDocument, config: ResolvedConfig): Pick<LintResult, 'findings' | 'annotations' | 'internalErrors'> {
  // concat, not flatMap: it copies each rule's list whole (flatMap visits every finding through its callback's result).
  const findings = ([] as Finding[]).concat(...slots.map((s) => s.findings));
  const annotations = ([] as Annotation[]).concat(...slots.map((s) => s.annotations));
  const internalErrors = ([] as InternalError[]).concat(...slots.map((s) => s.errors));
  // Plain comparison, not localeCompare: rule ids are ASCII, and this runs on every finding.
  // Sorted first, so disable directives are applied in one sweep.
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const enabled = doc.enabledFindings(findings);
  const visible = config.allow.length ? enabled.filter((f) => !isAllowed(f, doc, config.allow)) : enabled;
  annotations.sort((a, b) => a.start - b.start);
  return { findings: visible, annotations, internalErrors };
}

/** One active rule's place in a run: its index (the cache's slot) and the lists its results go into. */
interface Slot {
  base: RunBase;
  slot: number;
  /** A document rule with summarize(): where a cache entry keeps its summaries (among those rules' only); else -1. */
  summary: number;
  findings: Finding[];
  annotations: Annotation[];
  errors: InternalError[];
}

interface RunBase {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  locale: Locale;
  config: ResolvedConfig;
  script: Script;
  doc: LintDocument;
}

/** Where a context reports to: one context per rule and run, pointed at each paragraph in turn. */
interface ContextTarget {
  min: number;
  max: number;
  sink: ParagraphResult;
}

const contexts = new WeakMap<RunBase, { context: RuleContext; target: ContextTarget }>();

function runOnParagraph(base: RunBase, paragraph: Paragraph): ParagraphResult {
  const result: ParagraphResult = { findings: [], annotations: [], errors: [] };
  // Reuse the rule's context (closures and all) instead of building one per paragraph.
  let reusable = contexts.get(base);
  if (!reusable) {
    const target: ContextTarget = { min: 0, max: 0, sink: result };
    reusable = { context: makeContext(base, target), target };
    contexts.set(base, reusable);
  }
  const { context, target } = reusable;
  target.min = paragraph.start;
  target.max = paragraph.end;
  target.sink = result;
  try {
    base.rule.checkParagraph!(paragraph, context);
  } catch (error) {
    result.findings = [];
    result.errors.push({ ruleId: base.rule.meta.id, message: errorMessage(error) });
    return result;
  }
  return result;
}

/**
 * Runs one rule on a paragraph, reporting into the given lists; made once per lint, so the rule's
 * context is not looked up for every paragraph. A rule that throws loses the findings it reported
 * in this paragraph (as runOnParagraph's result does) and gets an internal error.
 */
function directRunner(base: RunBase, findings: Finding[], annotations: Annotation[], errors: InternalError[]): (paragraph: Paragraph) => void {
  const target: ContextTarget = { min: 0, max: 0, sink: { findings, annotations, errors: [] } };
  const context = makeContext(base, target);
  return (paragraph) => {
    target.min = paragraph.start;
    target.max = paragraph.end;
    const before = findings.length;
    try {
      base.rule.checkParagraph!(paragraph, context);
    } catch (error) {
      findings.length = before;
      errors.push({ ruleId: base.rule.meta.id, message: errorMessage(error), start: paragraph.start });
    }
  };
}

function relativeTo(result: ParagraphResult, start: number): ParagraphResult {
  for (const f of result.findings) shiftInPlace(f, -start);
  for (const a of result.annotations) {
    a.start -= start;
    a.end -= start;
  }
  return result;
}

/** How many earlier paragraphs of the same key (and distinct texts) repeatedParagraphs() compares a paragraph with. */
const REPEAT_PROBES = 32;

/**
 * For each paragraph, the index of the first paragraph of the document with the same text, raw text and heading (its
 * own index when there is none before it); undefined when no paragraph repeats an earlier one. Without a cache, a
 * document rule's summary of a repeated paragraph is then the first one's — what a LintCache gives it, whose entries are
 * keyed by a paragraph's text (summaries are relative to their paragraph and shared, never modified). Round 37: the
 * bench's 10 MB text is its corpus four times (three quarters of its paragraphs repeat one before them); real documents
 * repeat a paragraph far less often (2.3 % of the held-out folders' characters: pages that print an item twice).
 */
export function repeatedParagraphs(paragraphs: readonly Paragraph[]): Int32Array | undefined {
  // Paragraphs are grouped by a key of their length and seven of their code units, not by their text: a Map keyed by
  // text hashes every character of every paragraph (0.5 ms of a 1 MB lint). Within a group texts are compared whole.
  const firstOf = new Map<number, number>();
  let next: Int32Array | undefined; // the next earlier distinct text of the same key, −1 at a group's end
  let repeats: Int32Array | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    if (!paragraph) continue;
    const text = paragraph.text;
    const key = keyOf(text);
    const head = firstOf.get(key);
    let first = -1;
    // At most REPEAT_PROBES texts of a key are compared (a text whose key many others share, a long table's rows, say,
    // is then summarized again: slower, never different).
    for (let q = head ?? -1, probes = 0; q >= 0 && probes < REPEAT_PROBES; q = next?.[q] ?? -1, probes++) {
      const earlier = paragraphs[q];
      if (earlier && earlier.text === text && earlier.raw === paragraph.raw && earlier.heading === paragraph.heading) {
        first = q;
        break;
      }
    }
    if (first < 0) {
      // A text of its own: the head of its key's group.
      if (head !== undefined) (next ??= new Int32Array(paragraphs.length).fill(-1))[p] = head;
      firstOf.set(key, p);
      continue;
    }
    if (!repeats) {
      repeats = new Int32Array(paragraphs.length);
      for (let i = 0; i < repeats.length; i++) repeats[i] = i;
    }
    repeats[p] = first;
  }
  return repeats;
}

/** repeatedParagraphs()' key of a text: its length and the code units at its two ends, quarters and middle. */
function keyOf(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  // charCodeAt past the end (a text of one code unit) is NaN, which Math.imul reads as 0.
  return (
    (Math.imul(n, 0x9e3779b1) ^
      Math.imul(text.charCodeAt(0), 0x85ebca6b) ^
      Math.imul(text.charCodeAt(1), 0xc2b2ae35) ^
      Math.imul(text.charCodeAt(n >> 2), 0x27d4eb2f) ^
      Math.imul(text.charCodeAt(n >> 1), 0x165667b1) ^
      Math.imul(text.charCodeAt((3 * n) >> 2), 0xd3a2646c) ^
      Math.imul(text.charCodeAt(n - 2), 0xfd7046c5) ^
      text.charCodeAt(n - 1)) &
    0x3fffffff
  );
}

function runOnDocument(base: RunBase, slot: number /* Slot.summary */, entries: CacheEntry[] | undefined, repeats: Int32Array | undefined, findings: Finding[], annotations: Annotation[], errors: InternalError[]): void {
  const { rule, doc } = base;
  const result: ParagraphResult = { findings: [], annotations: [], errors: [] };
  const context = makeContext(base, { min: 0, max: doc.text.length, sink: result });
  try {
    const summaries: unknown[] = [];
    doc.paragraphs.forEach((paragraph, p) => {
      if (!rule.summarize) {
        summaries.push(undefined);
        return;
      }
      const first = repeats?.[p] ?? p;
      if (first !== p) {
        summaries.push(summaries[first]);
        return;
      }
      const entry = entries?.[p];
      const cached = entry?.summaries[slot];
      if (cached !== undefined) {
        summaries.push(cached === UNDEFINED_SUMMARY ? undefined : cached);
        return;
      }
      const summary: unknown = rule.summarize(paragraph, context);
      if (entry) entry.summaries[slot] = summary === undefined ? UNDEFINED_SUMMARY : summary;
      summaries.push(summary);
    });
    rule.checkDocument!(doc.paragraphs, summaries, context);
  } catch (error) {
    errors.push({ ruleId: rule.meta.id, message: errorMessage(error) });
    return;
  }
  append(findings, result.findings);
  append(annotations, result.annotations);
}

function makeContext(base: RunBase, target: ContextTarget): RuleContext {
  const { rule, severity, options, locale, config, script, doc } = base;
  const text = doc.text;
  const checkRange = (start: number, end: number, what: string) => {
    const { min, max } = target;
    if (!(Number.isInteger(start) && Number.isInteger(end) && min <= start && start <= end && end <= max)) {
      throw new Error(`${what} range [${start}, ${end}) is outside [${min}, ${max})`);
    }
    if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) {
      throw new Error(`${what} range [${start}, ${end}) splits a surrogate pair`);
    }
  };
  const toFix = (edit: { start: number; end: number; text: string }) => {
    checkRange(edit.start, edit.end, 'fix');
    // The fields by name, not a spread: a spread copies slowly while the code is cold (a whole CLI run).
    return { start: edit.start, end: edit.end, text: edit.text, title: fixTitle(text.slice(edit.start, edit.end), edit.text, locale) };
  };
  return {
    options,
    locale,
    allow: config.allow,
    terms: config.terms,
    script,
    report(report: Report) {
      checkRange(report.start, report.end, 'finding');
      const template = rule.meta.messages[report.messageId];
      if (!template) throw new Error(`unknown messageId "${report.messageId}"`);
      if (report.fix && !rule.meta.fixable) throw new Error('a rule whose meta.fixable is false reported a fix');
      const finding: Finding = {
        ruleId: rule.meta.id,
        messageId: report.messageId,
        severity: capSeverity(report.weak ? weaken(severity as FindingSeverity) : (severity as FindingSeverity), report.maxSeverity),
        message: interpolate(localize(template, locale), report.data),
        start: report.start,
        end: report.end,
      };
      if (report.fix) finding.fix = toFix(report.fix);
      if (report.suggestions?.length) finding.suggestions = report.suggestions.map(toFix);
      if (report.detail) finding.detail = localize(report.detail, locale);
      if (report.data) finding.data = report.data;
      if (report.related?.length) {
        finding.related = report.related.map((r) => {
          checkRange(r.start, r.end, 'related');
          return { start: r.start, end: r.end, message: localize(r.message, locale) };
        });
      }
      target.sink.findings.push(finding);
    },
    annotate(start: number, end: number, note: Localized) {
      checkRange(start, end, 'annotation');
      target.sink.annotations.push({ ruleId: rule.meta.id, start, end, text: localize(note, locale) });
    },
  };
}

const RANK: Record<FindingSeverity, number> = { info: 0, warn: 1, error: 2 };

function capSeverity(severity: FindingSeverity, cap: FindingSeverity | undefined): FindingSeverity {
  return cap && RANK[cap] < RANK[severity] ? cap : severity;
}

function weaken(severity: FindingSeverity): FindingSeverity {
  return severity === 'error' ? 'warn' : 'info';
}

function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return isHighSurrogate(before) && isLowSurrogate(after);
}

/** A finding is allowed when an `allow` phrase occurs in the text and covers it. */
function isAllowed(finding: Finding, doc: LintDocument, allow: readonly string[]): boolean {
  if (allow.length === 0) return false;
  for (const phrase of allow) {
    const from = Math.max(0, finding.end - phrase.length);
    let at = doc.text.indexOf(phrase, from);
    while (at !== -1 && at <= finding.start) {
      if (at + phrase.length >= finding.end) return true;
      at = doc.text.indexOf(phrase, at + 1);
    }
  }
  return false;
}

function shift(finding: Finding, by: number): Finding {
  const copy: Finding = { ...finding };
  shiftInPlace(copy, by);
  return copy;
}

function shiftInPlace(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  finding.start += by;
  finding.end += by;
  if (finding.fix) finding.fix = { ...finding.fix, start: finding.fix.start + by, end: finding.fix.end + by };
  if (finding.suggestions) finding.suggestions = finding.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
  if (finding.related) finding.related = finding.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
  return finding;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
