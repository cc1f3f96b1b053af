// The test workspace's `.vscode/settings.json`, written before the editor starts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fix-all on save is configured from the start, as in a real user's workspace, so the save tests do
 * not depend on when the workbench reads a settings file they create. (The save flake itself was
 * another race — see `extensionsSettled` in helpers.ts.)
 */
export const WORKSPACE_SETTINGS = {
  'editor.codeActionsOnSave': { 'source.fixAll.gongwen': 'explicit' },
};

export function writeWorkspaceSettings(workspace: string): void {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`);
}
