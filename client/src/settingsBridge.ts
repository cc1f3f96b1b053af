// The `gongwen.*` settings the server asks for (workspace/configuration), reduced to what the user
// explicitly set, so that `.gongwenrc.json` keeps every value the user did not override.
import * as vscode from 'vscode';
import { SETTING_KEYS, SETTINGS_SECTION, type GongwenSettings } from '../../server/src/lsp/protocol';

export function explicitSettings(scopeUri: string | undefined): GongwenSettings {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const inspected = config.inspect(key);
    if (!inspected) continue;
    const levels = [inspected.globalValue, inspected.workspaceValue, inspected.workspaceFolderValue].filter((v) => v !== undefined);
    if (levels.length === 0) continue;
    // Objects (gongwen.rules) merge across levels as VS Code merges them; gongwen.allow adds up (the user's
    // own list and the workspace's, as cspell joins its words); other values: the innermost wins.
    if (key === 'allow') settings[key] = [...new Set(levels.flatMap((level): unknown[] => (Array.isArray(level) ? (level as unknown[]) : [])))];
    else settings[key] = levels.every(isPlainObject) ? Object.assign({}, ...levels) : levels[levels.length - 1];
  }
  return settings;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The languages to lint, as configured (read once per client start; a change restarts the client). */
export function configuredLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>('languages');
  return Array.isArray(languages) && languages.length ? languages : ['plaintext', 'markdown'];
}
