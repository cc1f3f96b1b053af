// One typed settings object per document: `.gongwenrc.json` (searched upward from the file) is the
// base, and the editor's `gongwen.*` settings win where the user set them; lists add up (gongwen.allow
// joins the file's `allow`). Cached per URI; the server clears the cache on didChangeConfiguration and
// when a config file changes.
import { dirname, isAbsolute, join, relative as relativePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import type { Connection } from 'vscode-languageserver';
import {
  ConfigError, localeFromTag, parseLocale, parseSeverity, resolveConfig, ruleById,
  type GongwenConfig, type Locale, type ResolvedConfig, type Severity,
} from '../engine';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile } from '../node/configFile';
import { isScriptSetting } from '../text/script-names';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_LANGUAGES, DOCX_SCHEME, MAX_DEBOUNCE_MS, SETTINGS_SECTION, type GongwenSettings } from './protocol';
import { SERVER_TEXTS as T } from './texts';
import { say, showMessage } from './i18n';

/** Everything the server needs to lint one document. */
export interface DocumentSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** The pause after a change before linting (run "onType"). */
  debounceMs: number;
  languages: string[];
  locale: Locale;
  config: ResolvedConfig;
  /** The `.gongwenrc.json` that applies, if any. */
  configFile?: string;
  /** The file matches the config's ignorePatterns. */
  ignored: boolean;
  /** gongwen.progressiveDiagnostics: a large lint may publish in two stages (lsp/linting.ts). */
  progressive: boolean;
}

export interface SettingsEnvironment {
  connection: Connection;
  /** The client answers workspace/configuration (otherwise settings arrive with didChangeConfiguration). */
  pullsConfiguration: boolean;
  /** Display language from `initialize` (e.g. "zh-cn", "en"). */
  displayLocale?: string;
  workspaceFolders: () => string[];
}

interface LoadedConfigFile {
  config?: GongwenConfig;
  error?: ConfigError;
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<DocumentSettings>>();
  private readonly configFiles = new Map<string, LoadedConfigFile>();
  /** Config-file errors already shown, so each change is reported once. */
  private readonly reported = new Set<string>();
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  private pushed: GongwenSettings = {};

  constructor(private readonly env: SettingsEnvironment) {}

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.compute(uri);
      this.perUri.set(uri, settings);
      // A failed read is not cached: the next lint tries again.
      settings.catch(() => this.perUri.delete(uri));
    }
    return settings;
  }

  /** The editor's settings changed. `pushed` is the `gongwen` section when the client pushes settings. */
  settingsChanged(pushed?: unknown): void {
    if (!this.env.pullsConfiguration && pushed !== undefined) this.pushed = sanitize(pushed);
    this.perUri.clear();
  }

  /** A `.gongwenrc.json` was created, changed or deleted. */
  configFilesChanged(): void {
    this.configFiles.clear();
    this.reported.clear();
    this.perUri.clear();
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  /** Where "allow this phrase" writes: the config file that applies, or a new one at the workspace root. */
  configFileForAllow(uri: string): string | undefined {
    return this.allowTarget(uri).file;
  }

  /**
   * Where "allow this phrase" can write for a document: `file` (the config file that applies, or else a new one
   * at the root of the workspace folder holding the document, or beside the document), whether that file
   * exists, and whether the document lies in a workspace folder.
   */
  allowTarget(uri: string): { file?: string; exists: boolean; inWorkspace: boolean } {
    const file = filePathOf(uri);
    const dir = file ? dirname(file) : this.env.workspaceFolders()[0];
    if (!dir) return { exists: false, inWorkspace: false };
    const existing = findConfigFile(dir);
    const root = this.env.workspaceFolders().find((folder) => isInside(dir, folder));
    if (existing) return { file: existing, exists: true, inWorkspace: root !== undefined };
    return { file: join(root ?? dir, CONFIG_FILE_NAME), exists: false, inWorkspace: root !== undefined };
  }

  private async compute(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettings(uri);
    // auto: VS Code's display language (initializeParams.locale); zh-tw, zh-hk and zh-hant give Traditional Chinese.
    const locale = (editor.locale === 'auto' ? undefined : editor.locale) ?? localeFromTag(this.env.displayLocale, true);
    const file = filePathOf(uri);
    const searchFrom = file ? dirname(file) : this.env.workspaceFolders()[0];
    const configFile = searchFrom ? findConfigFile(searchFrom) : undefined;
    const fromFile = configFile ? this.loadConfigFile(configFile, locale) : undefined;
    const config = resolveConfig(fromFile, editorLayer(editor));
    return {
      enable: editor.enable ?? true,
      run: editor.run ?? 'onType',
      debounceMs: editor.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      languages: editor.languages ?? DEFAULT_LANGUAGES,
      locale,
      config,
      configFile,
      ignored: Boolean(file && configFile && isIgnored(file, configFile, config.ignorePatterns)),
      progressive: editor.progressiveDiagnostics ?? true,
    };
  }

  private async editorSettings(uri: string): Promise<GongwenSettings> {
    if (!this.env.pullsConfiguration) return this.pushed;
    const value: unknown = await this.env.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    return sanitize(value);
  }

  /** Load (cached) a config file; a broken one is reported once and treated as absent. */
  private loadConfigFile(file: string, locale: Locale): GongwenConfig | undefined {
    let loaded = this.configFiles.get(file);
    if (!loaded) {
      try {
        loaded = { config: loadConfigFile(file) };
      } catch (error) {
        loaded = { error: error instanceof ConfigError ? error : new ConfigError({ zh: String(error), en: String(error) }) };
      }
      this.configFiles.set(file, loaded);
    }
    if (loaded.error && !this.reported.has(file)) {
      this.reported.add(file);
      const problems = loaded.error.text(locale);
      this.env.connection.console.error(problems);
      showMessage(this.env.connection, 'error',
        say(locale, T.badConfig, { problems }),
      );
    }
    return loaded.config;
  }
}

/** Keep only well-typed values: a client may send anything. */
export function sanitize(value: unknown): GongwenSettings {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const settings: GongwenSettings = {};
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (typeof raw.debounceMs === 'number' && raw.debounceMs >= 0) settings.debounceMs = Math.min(Math.round(raw.debounceMs), MAX_DEBOUNCE_MS);
  if (Array.isArray(raw.languages) && raw.languages.every((x) => typeof x === 'string')) settings.languages = raw.languages;
  if (isScriptSetting(raw.script)) settings.script = raw.script;
  if (raw.locale === 'auto') settings.locale = 'auto';
  else {
    const locale = parseLocale(raw.locale);
    if (locale) settings.locale = locale;
  }
  if (typeof raw.progressiveDiagnostics === 'boolean') settings.progressiveDiagnostics = raw.progressiveDiagnostics;
  if (Array.isArray(raw.allow)) settings.allow = sanitizeAllow(raw.allow);
  if (typeof raw.rules === 'object' && raw.rules !== null && !Array.isArray(raw.rules)) {
    const rules: Record<string, Severity> = {};
    for (const [id, severity] of Object.entries(raw.rules)) {
      const parsed = parseSeverity(severity);
      if (ruleById(id) && parsed) rules[id] = parsed;
    }
    settings.rules = rules;
  }
  return settings;
}

/**
 * gongwen.allow: the non-empty strings of the list, each once, as the config file's `allow` takes them (an empty
 * row, which the settings editor adds, or a value of another type is dropped here rather than refused).
 */
function sanitizeAllow(list: unknown[]): string[] {
  return [...new Set(list.filter((item): item is string => typeof item === 'string' && item !== ''))];
}

/** The editor's settings as a config layer over the file (resolveConfig joins the `allow` lists). */
export function editorLayer(settings: GongwenSettings): GongwenConfig {
  const layer: GongwenConfig = {};
  if (settings.script) layer.script = settings.script;
  if (settings.rules) layer.rules = settings.rules;
  if (settings.allow?.length) layer.allow = settings.allow;
  return layer;
}

function filePathOf(uri: string): string | undefined {
  // The read-only view of a Word document (gongwen-docx:/path/report.docx) uses that file's configuration.
  if (uri.startsWith(`${DOCX_SCHEME}:`)) uri = `file:${uri.slice(DOCX_SCHEME.length + 1)}`;
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = relativePath(folder, file);
  return relative === '' || (!relative.startsWith('..') && !isAbsolute(relative));
}

/** ignorePatterns are gitignore-style, relative to the directory of the config file. */
function isIgnored(file: string, configFile: string, patterns: string[]): boolean {
  if (patterns.length === 0) return false;
  const relative = relativePath(dirname(configFile), file);
  if (!relative || relative.startsWith('..') || isAbsolute(relative)) return false;
  return ignore().add(patterns).ignores(relative.split(sep).join('/'));
}
