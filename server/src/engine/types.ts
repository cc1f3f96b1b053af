// The engine's public types. The engine never imports vscode or vscode-languageserver:
// the LSP server and the CLI translate these into their own shapes.
import type { ScriptCounts } from '../text/script';
import type { Script, ScriptSetting } from '../text/script-names';

// The script names live in text/ (which never imports the engine); re-exported for the rules.
export type { Script, ScriptSetting };

/** Configured severity of a rule. "off" means the rule does not run at all. */
export type Severity = 'off' | 'info' | 'warn' | 'error';
/** Severity of a reported finding. */
export type FindingSeverity = Exclude<Severity, 'off'>;
/**
 * The language of messages: simplified Chinese (the default), Traditional Chinese as Taiwan writes it (zh-TW: the
 * simplified strings converted by `npm run generate`, messages.zh-tw.json), or English.
 */
export type Locale = 'zh' | 'zh-TW' | 'en';

/** Text in both interface languages; Chinese first because the users are Chinese editors. */
export interface Localized {
  zh: string;
  en: string;
  /**
   * A text built from a template of a table around values (messages.ts composeText): the template and the values,
   * so zh-TW converts the template and leaves the values (a path, an option, a rule id) as written. Not enumerable:
   * the text compares, prints and copies as `{ zh, en }` (a copy says the simplified text under zh-TW).
   */
  readonly parts?: { readonly text: Localized; readonly data: Readonly<Record<string, TextValue>> };
}

/** A value filled into a composed text: as written (a string or number) or itself a text in each language. */
export type TextValue = string | number | Localized;

/** Replace text[start, end) with `text`. Offsets are UTF-16 code units (JavaScript string indices). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An edit with a human title, as shown in a light bulb menu. */
export interface FixEdit extends TextEdit {
  title: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: FindingSeverity;
  message: string;
  /** Absolute UTF-16 offsets into the linted text, [start, end). */
  start: number;
  end: number;
  /** The safe automatic fix, applied by --fix, fix-all and fix-on-save. */
  fix?: FixEdit;
  /** Alternatives a person must choose between; never applied automatically. */
  suggestions?: FixEdit[];
  /** The working behind the finding (arithmetic, conversion), shown in hovers. */
  detail?: string;
  /** Values interpolated into the message, for machine consumers. */
  data?: Record<string, string | number>;
  /** Other places the finding is about (e.g. the earlier statement of a figure); LSP relatedInformation. */
  related?: RelatedLocation[];
}

/** Another span of the same document that a finding refers to, with a short note. */
export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

/** A rule that threw: the other rules still report, and the file is marked as having an internal error. */
export interface InternalError {
  ruleId: string;
  message: string;
  /** Offset of the paragraph being checked when the rule threw, if known. */
  start?: number;
}

/** Hover-only information attached to a span (e.g. a verified percentage), not a problem. */
export interface Annotation {
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

export type MessageData = Record<string, string | number>;

/** A rule's message templates by messageId; `{{name}}` in a template is filled from the report's data. */
export type Messages = Record<string, Localized>;

/** The `{{name}}` placeholders of a template string literal (never for a plain `string`). */
type PlaceholdersIn<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;
/** The placeholders of a message in either language. */
export type PlaceholdersOf<L extends Localized> = PlaceholdersIn<L['zh']> | PlaceholdersIn<L['en']>;
/**
 * The data a message needs: every placeholder (more keys may ride along for machine readers, as
 * Finding.data carries them).
 */
type DataFor<L extends Localized> = [PlaceholdersOf<L>] extends [never] ? { data?: MessageData } : { data: Record<PlaceholdersOf<L>, string | number> & MessageData };

/**
 * What a rule hands to `context.report`, checked against its messages: the messageId is one of them
 * and `data` has all its placeholders. With untyped messages (`Messages`), any id and data.
 */
export type ReportOf<M extends Messages> = string extends keyof M
  ? Report
  : { [K in keyof M & string]: ReportBase & { messageId: K } & DataFor<M[K]> }[keyof M & string];

/** What a rule hands to `context.report`, untyped (the engine's view). */
export interface Report extends ReportBase {
  messageId: string;
  data?: MessageData;
}

/** A report without its message. Offsets are absolute in the document. */
export interface ReportBase {
  start: number;
  end: number;
  fix?: TextEdit;
  suggestions?: TextEdit[];
  /**
   * Weaker evidence: the finding is reported one step below the configured severity
   * (error → warn, warn → info). The message should say so.
   */
  weak?: boolean;
  /**
   * The highest severity this finding may have, whatever the configuration says: e.g. "info"
   * for a variant glyph, which is never an error.
   */
  maxSeverity?: FindingSeverity;
  /** Explanation / arithmetic for the hover, in both languages. */
  detail?: Localized;
  /** Other spans the finding refers to (absolute offsets), each with a note. */
  related?: { start: number; end: number; message: Localized }[];
}

export type OptionType = 'boolean' | 'number' | 'string' | 'string[]';

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: Localized;
  /** For "string": the allowed values. */
  enum?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The value of an option as a rule reads it (defaults filled in, the config checked by the schema). */
type OptionValue<S extends OptionSpec> = S extends { enum: readonly (infer E)[] } ? E
  : S['type'] extends 'boolean' ? boolean
    : S['type'] extends 'number' ? number
      : S['type'] extends 'string[]' ? readonly string[]
        : string;
/** A rule's options object, typed from its meta.options. */
export type OptionsOf<O extends OptionSpecs> = { readonly [K in keyof O]: OptionValue<O[K]> };

export interface RuleMeta<M extends Messages = Messages, O extends OptionSpecs = OptionSpecs> {
  /** Stable public id, e.g. "repeated-word". Configs and CI scripts name it. */
  id: string;
  name: Localized;
  description: Localized;
  type: 'problem' | 'suggestion' | 'layout';
  defaultSeverity: Severity;
  /** Whether the rule offers automatic fixes. The engine drops fixes from rules that say false. */
  fixable: boolean;
  /**
   * "paragraph": checkParagraph sees one paragraph at a time, results are cached by paragraph text.
   * "document": summarize() per paragraph (cached), then checkDocument() over all summaries.
   */
  scope: 'paragraph' | 'document';
  messages: M;
  options?: O;
  /** Editor actions offered beside a finding's fix and suggestions (the LSP code actions read these). */
  editorActions?: EditorActions;
}

export interface EditorActions {
  /**
   * The flagged text is wording a writer may mean (a repeat, a variant): offer "allow this phrase". A string names
   * the finding's `data` value to allow instead, for a rule that flags one character of a word (wrong-character's
   * `wrongWord`: allowing the character alone would silence it everywhere).
   */
  allowPhrase?: boolean | string;
  /** The finding is about the document's script: offer converting the whole document to it. */
  convertDocument?: boolean;
}

/** One paragraph (a line of the document without its line break), with masked spans filled. */
export interface Paragraph {
  /** 0-based index among the document's lines. */
  line: number;
  /** Absolute offset of the paragraph's first character. */
  start: number;
  /** Absolute offset just past the paragraph's last character (before the line break). */
  end: number;
  /** The paragraph's text with masked spans replaced by MASK_CHAR (same length). */
  text: string;
  /** The paragraph's raw text. */
  raw: string;
  /** Markdown heading level (1–6) when the line is an ATX heading, else 0. */
  heading: number;
  /**
   * The kinds of characters `text` holds, as bits of text/char-classes.ts (ASCII_DIGIT, SPACE, …),
   * found in one pass by the document model: a rule that looks only at such characters skips the
   * paragraphs without them. A clear bit proves absence; a set bit only says "look".
   */
  classes: number;
  /**
   * Offsets in `text` (ascending) of every character where a number, a paired mark or an enumeration
   * marker may begin (text/char-classes.ts, ANCHOR_CHARS), found in the same pass: the readers of
   * those visit these alone. Each reader still checks the character it finds there.
   */
  anchors: Int32Array;
  /**
   * Offsets in `text` (ascending) of the code units from U+3400 on whose code unit also stands within the 8 before
   * them (text/char-classes.ts RECURRENCE_WINDOW), found in the same pass: only there can repeated-word find a word
   * typed twice.
   */
  recurrences: Int32Array;
  /**
   * Its characters that exist in one script only (text/script.ts ScriptCounts), counted in the same
   * pass: what decideScript and script-mixing weigh.
   */
  scriptCounts: ScriptCounts;
}

export interface RuleContext<Options = Record<string, unknown>, M extends Messages = Messages> {
  readonly options: Options;
  readonly locale: Locale;
  /** Phrases the user accepted (config `allow`). */
  readonly allow: readonly string[];
  /** The configured replacement terms (config `terms`). */
  readonly terms: Readonly<Record<string, TermEntry>>;
  /** The document's script, as set or decided. */
  readonly script: Script;
  report(report: ReportOf<M>): void;
  /** Attach hover information that is not a problem. */
  annotate(start: number, end: number, text: Localized): void;
}

export interface TermEntry {
  to: string;
  message?: string;
}

// The registry holds rules with different options, messages and summaries; `any` lets one list hold them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export interface Rule<Options = Any, Summary = Any> {
  meta: RuleMeta;
  checkParagraph?(paragraph: Paragraph, context: RuleContext<Options, Any>): void;
  /**
   * Document rules: a cheap, cacheable summary of one paragraph. Offsets inside a summary
   * must be relative to the paragraph start, because the summary is reused when the
   * paragraph moves.
   */
  summarize?(paragraph: Paragraph, context: RuleContext<Options, Any>): Summary;
  checkDocument?(paragraphs: readonly Paragraph[], summaries: readonly Summary[], context: RuleContext<Options, Any>): void;
}

/**
 * A rule as written with defineRule (below): its context knows the rule's messages and options,
 * so a misspelt messageId, a missing or unknown data key, or a misnamed option is a type error.
 */
export interface RuleDefinition<M extends Messages, O extends OptionSpecs, Summary> {
  meta: RuleMeta<M, O>;
  checkParagraph?(paragraph: Paragraph, context: RuleContext<OptionsOf<O>, M>): void;
  summarize?(paragraph: Paragraph, context: RuleContext<OptionsOf<O>, M>): Summary;
  checkDocument?(paragraphs: readonly Paragraph[], summaries: readonly Summary[], context: RuleContext<OptionsOf<O>, M>): void;
}

/** The context type of a defined rule, for its helper functions: `type Context = ContextOf<typeof rule>`. */
export type ContextOf<R> = R extends RuleDefinition<infer M, infer O, infer _S> ? RuleContext<OptionsOf<O>, M> : never;
/** The messageIds of a defined rule. */
export type MessageIdOf<R> = R extends RuleDefinition<infer M, infer _O, infer _S> ? keyof M & string : never;

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** A configuration with every default filled in; what the engine runs on. */
export interface ResolvedConfig {
  script: ScriptSetting;
  rules: Record<string, RuleSetting>;
  allow: string[];
  terms: Record<string, TermEntry>;
  ignorePatterns: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
}

/**
 * How a rule file declares its rule. It returns the rule unchanged; what it adds is types — the context's
 * report() knows the rule's messageIds and each message's {{placeholders}}, and context.options knows the
 * options in meta.options — so mistakes there fail the type check, not a run.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a rule without options has none
export function defineRule<const M extends Messages, const O extends OptionSpecs = {}, Summary = never>(
  rule: RuleDefinition<M, O, Summary>,
): RuleDefinition<M, O, Summary> {
  return rule;
}
