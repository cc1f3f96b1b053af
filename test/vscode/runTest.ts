// `npm run test:vscode`: the extension-host suite in desktop VS Code via @vscode/test-electron.
// Needs a desktop VS Code: VSCODE_EXECUTABLE=/path/to/code uses that one, otherwise test-electron
// downloads one (VSCODE_VERSION picks it, default "stable"). Where neither is possible (no display
// server, closed network) use `npm run test:e2e`, which runs this same suite inside code-server.
import { runTests } from '@vscode/test-electron';
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeWorkspaceSettings } from './workspaceSettings';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..'); // out/test/vscode → repository root
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'seeds'), workspace, { recursive: true });
  for (const name of readdirSync(workspace)) chmodSync(join(workspace, name), 0o644); // seeds are read-only
  writeWorkspaceSettings(workspace);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(scratch, 'user-data')}`,
      ],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`test:vscode failed: ${err instanceof Error ? err.message : String(err)}`);
  if (!process.env.VSCODE_EXECUTABLE) {
    console.error('(no VSCODE_EXECUTABLE and no download: point VSCODE_EXECUTABLE at a desktop VS Code, or run `npm run test:e2e`, which runs this suite in code-server)');
  }
  process.exit(1);
});
