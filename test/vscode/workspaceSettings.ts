// The test workspace's `.vscode/settings.json`, written before the editor starts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fix-all on save is configured from the start, as in a real user's workspace. When a test creates
 * the settings file itself, the workbench may read it only after the next save has run its
 * participants (seen once in 20 runs), and that save would test VS Code's file watcher, not us.
 */
export const WORKSPACE_SETTINGS = {
  'editor.codeActionsOnSave': { 'source.fixAll.gongwen': 'explicit' },
};

export function writeWorkspaceSettings(workspace: string): void {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`);
}
