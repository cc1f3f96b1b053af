// Helpers for the extension-host suite: fresh file copies, waiting on diagnostics by event
// (never by sleeping), and settings that are undone after each test.
import * as assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen-lint.gongwen-lint';
export const SOURCE = 'gongwen';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test runner must open a workspace folder (a copy of seeds/)');
  return folder.uri.fsPath;
}

/** The seed whose file name starts with `prefix` (e.g. "004"). */
export function seedPath(prefix: string): string {
  const root = workspaceRoot();
  const name = readdirSync(root).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `seed ${prefix}*.txt not found in ${root}`);
  return join(root, name);
}

let copies = 0;
/** Copies a seed into a fresh sub-folder of the workspace, so each test edits its own file. */
export function freshCopy(prefix: string): vscode.Uri {
  const source = seedPath(prefix);
  const dir = join(workspaceRoot(), `copy-${process.pid}-${++copies}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, source.slice(source.lastIndexOf('/') + 1));
  copyFileSync(source, target);
  chmodSync(target, 0o644); // the seeds are read-only in the repository
  return vscode.Uri.file(target);
}

export async function open(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => String(d.source ?? '').includes(SOURCE));
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

function describe(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .slice(0, 8)
    .map((d) => `${d.source}(${codeOf(d)}) ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.slice(0, 40)}`)
    .join('; ') + (all.length > 8 ? ` … ${all.length} in all` : '');
}

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them: checked now and on every
 * onDidChangeDiagnostics for that uri. Rejects after `timeoutMs` saying what it was waiting for.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ourDiagnostics(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${uri.fsPath} has ${describe(uri)}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/** Resolves when `doc` (by uri) changes and `accept` holds for its text. */
export function waitForText(
  doc: vscode.TextDocument,
  accept: (text: string) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (accept(doc.getText())) return resolve();
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === doc.uri.toString() && accept(e.document.getText())) {
        cleanup();
        resolve();
      }
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
  });
}

/** Settings written during a test, put back by `restoreSettings()` in teardown. */
const changed: Array<{ section: string; key: string; languageId?: string }> = [];

export async function setSetting(section: string, key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  const config = vscode.workspace.getConfiguration(section, scope);
  await config.update(key, value, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  changed.push({ section, key, languageId });
}

export async function restoreSettings(): Promise<void> {
  while (changed.length > 0) {
    const { section, key, languageId } = changed.pop()!;
    const scope = languageId ? { languageId } : undefined;
    await vscode.workspace
      .getConfiguration(section, scope)
      .update(key, undefined, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Waits until no extension has activated for `quietMs` (at most `timeoutMs`) and returns the ids of
 * those that activated meanwhile. VS Code drops the code actions of a save participant when any
 * extension registers a code action provider during the request (the built-in ones activate in the
 * first seconds of a session, later on a loaded machine), so a save test must not race them: seen in
 * the LSP trace as a correct fix-all answer in 38 ms that the save never applied.
 */
export async function extensionsSettled(quietMs = 1500, timeoutMs = 15_000): Promise<string[]> {
  const activeIds = () => vscode.extensions.all.filter((e) => e.isActive).map((e) => e.id);
  const before = new Set(activeIds());
  let last = before.size;
  let quietSince = Date.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() - quietSince < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const count = activeIds().length;
    if (count !== last) {
      last = count;
      quietSince = Date.now();
    }
  }
  return activeIds().filter((id) => !before.has(id));
}
