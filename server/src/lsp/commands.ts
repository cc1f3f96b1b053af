// workspace/executeCommand: fix all, convert the script, allow a phrase, open a rule's docs.
// Each command checks its arguments (any client may send anything) and reports problems to the user.
import type { Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, ruleById, ruleDocsUrl, type Locale } from '../engine';
import { addAllowPhrase } from '../node/configFile';
import { fixAllEdits, workspaceEdit } from './codeActions';
import { SERVER_TEXTS as T } from './texts';
import { say, showMessage } from './i18n';
import type { Linter } from './linting';
import { Commands, CONVERSION_TARGETS, type ConversionTarget } from './protocol';
import type { SettingsStore } from './settings';

export interface CommandEnvironment {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  linter: Linter;
  settings: SettingsStore;
  documentChanges: boolean;
  /** The client can open URLs (window/showDocument). */
  showDocument: boolean;
  displayLocale: Locale;
  convertText(text: string, target: ConversionTarget): string;
}

export async function executeCommand(params: ExecuteCommandParams, env: CommandEnvironment): Promise<unknown> {
  const args = params.arguments ?? [];
  switch (params.command) {
    case Commands.fixAll:
      return fixAllCommand(documentArg(args[0], env), env);
    case Commands.convertDocument:
      return convertCommand(documentArg(args[0], env), args[1], env);
    case Commands.allowPhrase:
      return allowPhraseCommand(args[0], args[1], env);
    case Commands.showDocumentation:
      return showDocumentation(args[0], env);
    default:
      env.connection.console.warn(`gongwen-lint: unknown command ${params.command}`);
      return null;
  }
}

/** Accepts a URI string or `{ uri }` (as some clients pass a TextDocumentIdentifier). */
function documentArg(arg: unknown, env: CommandEnvironment): TextDocument | undefined {
  const uri = typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? (arg as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' ? env.documents.get(uri) : undefined;
}

async function fixAllCommand(doc: TextDocument | undefined, env: CommandEnvironment): Promise<{ applied: boolean; edits: number }> {
  if (!doc) return { applied: false, edits: 0 };
  const linted = await env.linter.lintCurrent(doc);
  if (linted.state !== 'ok') return { applied: false, edits: 0 };
  const edits = fixAllEdits(doc, linted, env.linter);
  if (edits.length === 0) return { applied: true, edits: 0 };
  const label = say(linted.settings.locale, T.fixAllLabel);
  const result = await env.connection.workspace.applyEdit({ label, edit: workspaceEdit(doc, edits, env) });
  return { applied: result.applied, edits: edits.length };
}

function isConversionTarget(value: unknown): value is ConversionTarget {
  return CONVERSION_TARGETS.includes(value as ConversionTarget);
}

/** One edit replacing the whole text: one step to undo. */
async function convertCommand(doc: TextDocument | undefined, target: unknown, env: CommandEnvironment): Promise<{ applied: boolean }> {
  if (!doc || !isConversionTarget(target)) {
    env.connection.console.warn(`gongwen-lint: convertDocument needs [uri, ${CONVERSION_TARGETS.join('|')}]`);
    return { applied: false };
  }
  const before = doc.getText();
  const after = env.convertText(before, target);
  if (after === before) return { applied: true };
  const settings = await env.settings.get(doc.uri);
  const edit = { range: { start: { line: 0, character: 0 }, end: doc.positionAt(before.length) }, newText: after };
  const label = say(settings.locale, T.convertLabel, { target });
  const result = await env.connection.workspace.applyEdit({ label, edit: workspaceEdit(doc, [edit], env) });
  return { applied: result.applied };
}

/** Add the phrase to `allow` in the nearest `.gongwenrc.json` (created at the workspace root if none). */
async function allowPhraseCommand(uri: unknown, phrase: unknown, env: CommandEnvironment): Promise<{ file?: string }> {
  if (typeof uri !== 'string' || typeof phrase !== 'string' || phrase === '') return {};
  const settings = env.settings;
  const file = settings.configFileForAllow(uri);
  const locale = (await settings.get(uri).catch(() => undefined))?.locale ?? env.displayLocale;
  if (!file) {
    showMessage(env.connection, 'warning',
      say(locale, T.allowNoFolder),
    );
    return {};
  }
  try {
    addAllowPhrase(file, phrase);
  } catch (error) {
    showMessage(env.connection, 'error',
      say(locale, T.allowWriteFailed, { file, why: error instanceof ConfigError ? error.text(locale) : error instanceof Error ? error.message : String(error) }),
    );
    return {};
  }
  env.connection.console.info(`gongwen-lint: added "${phrase}" to allow in ${file}`);
  // Do not wait for a file watcher: not every client has one.
  settings.configFilesChanged();
  env.linter.revalidateAll();
  return { file };
}

async function showDocumentation(ruleId: unknown, env: CommandEnvironment): Promise<{ success: boolean }> {
  if (typeof ruleId !== 'string' || !ruleById(ruleId)) return { success: false };
  const url = ruleDocsUrl(ruleId);
  if (env.showDocument) {
    const result = await env.connection.window.showDocument({ uri: url, external: true });
    return { success: result.success };
  }
  showMessage(env.connection, 'info', `${ruleId}: ${url}`);
  return { success: true };
}
