// Names and shapes shared by the language server and the VS Code client (and any other editor).
// Type-only imports from the engine and plain constants: safe to bundle into the client.
import type { ScriptSetting, Severity } from '../engine/types';
import { CHINESE_SCRIPTS, type ChineseScript, type Script } from '../text/script-names';

/** The `gongwen.*` settings. Every key is optional: a client sends only what the user set. */
export interface GongwenSettings {
  enable?: boolean;
  /** Lint while typing (debounced) or only when the file is saved. */
  run?: 'onType' | 'onSave';
  /** With run "onType": how long the typing must pause before the document is linted, in ms. */
  debounceMs?: number;
  /** Severity per rule id; wins over `.gongwenrc.json` for the editor. */
  rules?: Record<string, Severity>;
  /** Language ids the server lints. */
  languages?: string[];
  script?: ScriptSetting;
  /** Message language; "auto" follows the editor's display language. */
  locale?: 'auto' | 'zh' | 'zh-TW' | 'en';
  /** On opening a large document, publish the fast rules' findings first and wrong-character's with the rest after them. */
  progressiveDiagnostics?: boolean;
  /**
   * Phrases the writer means (gongwen.allow), added to `allow` of `.gongwenrc.json` (the union of both lists).
   * For an editor without a project file: a single document opened from a shared drive.
   */
  allow?: string[];
}

export const SETTINGS_SECTION = 'gongwen';
export const SETTING_KEYS = ['enable', 'run', 'rules', 'languages', 'script', 'locale', 'debounceMs', 'progressiveDiagnostics', 'allow'] as const;
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
/** gongwen.debounceMs: its default, and the largest value the server accepts (as package.json says). */
export const DEFAULT_DEBOUNCE_MS = 200;
/**
 * Node options the VS Code client starts the server with. A young generation of 1 MB semi-spaces
 * (V8's default grows to 16 MB each) keeps ≈ 25 MB less resident with a 10 MB document open; the
 * extra scavenges cost little (the bench measures both, README Performance). --expose-gc lets the
 * server collect once after opening a large document (lsp/linting.ts: ≈ 20 MB less at 10 MB). A server
 * started without them does the like itself on its first large document (node/heap.ts).
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=1', '--expose-gc'];
export const MAX_DEBOUNCE_MS = 10_000;

/** Options the VS Code client passes in `initialize`. Other editors send nothing. */
export interface GongwenInitializationOptions {
  /** The client watches `.gongwenrc.json` itself, so the server need not register a watcher. */
  watchesConfigFiles?: boolean;
  /**
   * The client runs ALLOW_IN_SETTINGS_COMMAND (adds a phrase to the user's gongwen.allow): "allow this phrase"
   * then offers it where no `.gongwenrc.json` applies.
   */
  allowInSettings?: boolean;
}

/**
 * A client-side command (VS Code): arguments [phrase]. Adds the phrase to the user-level gongwen.allow setting;
 * the settings change reaches the server with didChangeConfiguration, which re-lints the open documents.
 */
export const ALLOW_IN_SETTINGS_COMMAND = 'gongwen.allowInUserSettings';

/** Commands the server executes (workspace/executeCommand). */
export const Commands = {
  /** Arguments: [documentUri]. Applies every automatic fix in one workspace/applyEdit. */
  fixAll: 'gongwen.fixAll',
  /** Arguments: [documentUri, ConversionTarget]. Replaces the whole text in one edit. */
  convertDocument: 'gongwen.convertDocument',
  /** Arguments: [documentUri, phrase]. Adds the phrase to `allow` in the nearest `.gongwenrc.json` (creating one if none). */
  allowPhrase: 'gongwen.allowPhrase',
  /** Arguments: [ruleId]. Opens the rule's documentation (window/showDocument). */
  showDocumentation: 'gongwen.showDocumentation',
} as const;
export const SERVER_COMMANDS: string[] = Object.values(Commands);

export type ConversionTarget = ChineseScript;
export const CONVERSION_TARGETS: readonly ConversionTarget[] = CHINESE_SCRIPTS;

/** Code action kind of "fix everything gongwen can fix", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.gongwen';

/** Notification server → client after each lint: what the status bar shows. */
export const StatusNotification = 'gongwen/status';
/** The server's process id: lets the extension-host tests kill the server and watch it come back. */
export const ProcessIdRequest = 'gongwen/processId';
export interface StatusParams {
  uri: string;
  version: number | null;
  /** "ok": linted; "disabled": gongwen.enable is false or the language is not linted;
   *  "ignored": matched ignorePatterns; "tooLarge": over maxFileSize; "garbled": the editor decoded the file in the
   *  wrong encoding (a GBK draft read as UTF-8: mostly U+FFFD), so there is nothing to check. */
  state: 'ok' | 'disabled' | 'ignored' | 'tooLarge' | 'garbled';
  errors: number;
  warnings: number;
  infos: number;
  /** The document's script as set or decided. */
  script: Script;
}

/** What a diagnostic carries in `data`, so code actions need no server-side state. */
export interface DiagnosticData {
  /** Document version the diagnostic was computed for. */
  version: number;
  /** The text the diagnostic covers when it was computed; checked before any edit is used. */
  text: string;
  /** The rule's messageId (which of its messages; the CLI's JSON has it too); absent where `internal` is set. */
  messageId?: string;
  fix?: DataEdit;
  suggestions?: DataEdit[];
  /**
   * Set on the diagnostics with no rule finding behind them: a rule's internal error, and a disable comment's unknown
   * rule id (whose `fix`, when one id is near it, puts the id it meant in its place: codeActions.ts directiveFixes).
   */
  internal?: boolean;
}

/** An edit in document offsets, with the text it replaces (to validate it still applies). */
export interface DataEdit {
  start: number;
  end: number;
  old: string;
  text: string;
  title: string;
}

/** Word documents (VS Code "检查 Word 文档…"): the scheme of the read-only view of a .docx. */
export const DOCX_SCHEME = 'gongwen-docx';

/** `gongwen/readDocx`: the paragraphs of a .docx, joined by "\n" (line = paragraph), or why not. */
export const ReadDocxRequest = 'gongwen/readDocx';
export interface ReadDocxParams {
  /** File-system path of the .docx. */
  path: string;
  locale?: 'zh' | 'en';
}
export type ReadDocxResult = { text: string } | { error: string };

/** `gongwen/annotateDocx`: write NAME.annotated.docx beside the file, one comment per finding. */
export const AnnotateDocxRequest = 'gongwen/annotateDocx';
export type AnnotateDocxResult = { target: string; comments: number } | { error: string };
