// lint(): run every enabled rule over a document. Pure and synchronous.
// Paragraph rules run per paragraph; document rules summarize per paragraph and then
// decide over the summaries. With a LintCache, both are reused for unchanged paragraphs.
import { RULES } from '../rules';
import { decideScript } from '../text/script';
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
  /** Run these rules instead of the registry (tests). */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  annotations: Annotation[];
  internalErrors: InternalError[];
  script: Script;
  document: LintDocument;
}

/** Findings for `text`, sorted by position. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, options).findings;
}

export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const locale = options.locale ?? 'zh';
  const doc = new LintDocument(text, options.languageId ?? 'plaintext');
  const script = decideScript(doc.paragraphs, config.script);
  const cache = options.cache;
  cache?.begin(`${configKey(config)}\u0001${locale}\u0001${script}\u0001${doc.languageId}`);

  const findings: Finding[] = [];
  const annotations: Annotation[] = [];
  const internalErrors: InternalError[] = [];

  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id] ?? { severity: rule.meta.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const base = { rule, severity: setting.severity, options: setting.options, locale, config, script, doc };
    if (rule.meta.scope === 'paragraph' && rule.checkParagraph) {
      for (const paragraph of doc.paragraphs) {
        if (!cache) {
          // No cache: results stay absolute and are taken as they are.
          const result = runOnParagraph(base, paragraph);
          for (const f of result.findings) findings.push(f);
          for (const a of result.annotations) annotations.push(a);
          for (const e of result.errors) internalErrors.push({ ...e, start: paragraph.start });
          continue;
        }
        // The cache keeps results relative to their paragraph, so they survive edits above it.
        let result = cache.get(rule.meta.id, paragraph.text);
        if (!result) {
          result = relativeTo(runOnParagraph(base, paragraph), paragraph.start);
          cache.set(rule.meta.id, paragraph.text, result);
        }
        for (const f of result.findings) findings.push(shift(f, paragraph.start));
        for (const a of result.annotations) annotations.push({ ...a, start: a.start + paragraph.start, end: a.end + paragraph.start });
        for (const e of result.errors) internalErrors.push({ ...e, start: paragraph.start });
      }
    } else if (rule.meta.scope === 'document' && rule.checkDocument) {
      runOnDocument(base, cache, findings, annotations, internalErrors);
    }
  }

  const visible = findings.filter((f) => !doc.isDisabled(f.ruleId, f.start) && !isAllowed(f, doc, config.allow));
  visible.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  annotations.sort((a, b) => a.start - b.start);
  cache?.end();
  return { findings: visible, annotations, internalErrors, script, document: doc };
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

/** Results of one rule on one paragraph, with offsets relative to the paragraph start. */
export interface ParagraphResult {
  findings: Finding[];
  annotations: Annotation[];
  errors: InternalError[];
}

function runOnParagraph(base: RunBase, paragraph: Paragraph): ParagraphResult {
  const result: ParagraphResult = { findings: [], annotations: [], errors: [] };
  const context = makeContext(base, paragraph.start, paragraph.end, result);
  try {
    base.rule.checkParagraph!(paragraph, context);
  } catch (error) {
    result.findings = [];
    result.errors.push({ ruleId: base.rule.meta.id, message: errorMessage(error) });
    return result;
  }
  return result;
}

function relativeTo(result: ParagraphResult, start: number): ParagraphResult {
  for (const f of result.findings) shiftInPlace(f, -start);
  for (const a of result.annotations) {
    a.start -= start;
    a.end -= start;
  }
  return result;
}

function runOnDocument(base: RunBase, cache: LintCache | undefined, findings: Finding[], annotations: Annotation[], errors: InternalError[]): void {
  const { rule, doc } = base;
  const result: ParagraphResult = { findings: [], annotations: [], errors: [] };
  const context = makeContext(base, 0, doc.text.length, result);
  try {
    const summaries = doc.paragraphs.map((paragraph) => {
      if (!rule.summarize) return undefined;
      const key = `\u0002${paragraph.text}`;
      const cached = cache?.get(rule.meta.id, key);
      if (cached) return cached.summary;
      const summary = rule.summarize(paragraph, context);
      cache?.set(rule.meta.id, key, { findings: [], annotations: [], errors: [], summary });
      return summary;
    });
    rule.checkDocument!(doc.paragraphs, summaries, context);
  } catch (error) {
    errors.push({ ruleId: rule.meta.id, message: errorMessage(error) });
    return;
  }
  // Loops, not push(...x): a rule may report hundreds of thousands of findings on a pathological file.
  for (const f of result.findings) findings.push(f);
  for (const a of result.annotations) annotations.push(a);
}

function makeContext(base: RunBase, min: number, max: number, sink: ParagraphResult): RuleContext {
  const { rule, severity, options, locale, config, script, doc } = base;
  const text = doc.text;
  const checkRange = (start: number, end: number, what: string) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && min <= start && start <= end && end <= max)) {
      throw new Error(`${what} range [${start}, ${end}) is outside [${min}, ${max})`);
    }
    if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) {
      throw new Error(`${what} range [${start}, ${end}) splits a surrogate pair`);
    }
  };
  const toFix = (edit: { start: number; end: number; text: string }) => {
    checkRange(edit.start, edit.end, 'fix');
    return { ...edit, title: fixTitle(text.slice(edit.start, edit.end), edit.text, locale) };
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
      sink.findings.push(finding);
    },
    annotate(start: number, end: number, note: Localized) {
      checkRange(start, end, 'annotation');
      sink.annotations.push({ ruleId: rule.meta.id, start, end, text: localize(note, locale) });
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
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
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
  return finding;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface CacheEntry extends ParagraphResult {
  summary?: unknown;
}

/**
 * Per-paragraph results keyed by rule and paragraph text, valid for one configuration.
 * Entries not used by the latest run are dropped at its end, so memory follows the document.
 */
export class LintCache {
  private key = '';
  private entries = new Map<string, CacheEntry>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  begin(key: string): void {
    if (key !== this.key) {
      this.entries.clear();
      this.key = key;
    }
    this.used.clear();
    this.hits = 0;
    this.misses = 0;
  }

  get(ruleId: string, paragraphText: string): CacheEntry | undefined {
    const id = `${ruleId}\u0000${paragraphText}`;
    const entry = this.entries.get(id);
    if (entry) {
      this.used.add(id);
      this.hits++;
    } else this.misses++;
    return entry;
  }

  set(ruleId: string, paragraphText: string, entry: CacheEntry): void {
    const id = `${ruleId}\u0000${paragraphText}`;
    this.entries.set(id, entry);
    this.used.add(id);
  }

  end(): void {
    for (const id of this.entries.keys()) if (!this.used.has(id)) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
