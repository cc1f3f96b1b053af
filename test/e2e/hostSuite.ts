// The extension-host mocha suite (test/vscode/) inside code-server's Node extension host.
// code-server has no --extensionTestsPath flag, but its workbench reads a `payload` URL parameter
// with extensionDevelopmentPath and extensionTestsPath; when mocha is done the workbench calls
// window.codeAutomationExit(code), and mocha's output arrives as page console messages.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser';
import { copySeeds, ROOT, startCodeServer, writeUserSettings } from './lib/codeServer';
import { writeWorkspaceSettings } from '../vscode/workspaceSettings';

const SUITE_TIMEOUT_MS = 240_000;

/** `extension` is the unpacked VSIX: the suite tests exactly what ships. */
export async function runHostSuite(extension: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-e2e-host-'));
  const workspace = join(scratch, 'workspace');
  copySeeds(workspace);
  writeWorkspaceSettings(workspace);
  const dirs = { userDataDir: join(scratch, 'user-data'), extensionsDir: join(scratch, 'extensions') };
  // GONGWEN_E2E_TRACE=1 (or =verbose, with parameters) logs every LSP message to the output channel printed on failure.
  writeUserSettings(dirs, process.env.GONGWEN_E2E_TRACE ? { 'gongwen.trace.server': process.env.GONGWEN_E2E_TRACE === 'verbose' ? 'verbose' : 'messages' } : {});

  const report = join(scratch, 'mocha.log');
  // The extension host inherits code-server's environment: the suite writes its report there.
  const server = await startCodeServer(dirs, workspace, {
    GONGWEN_TEST_LOG: report,
    ...(process.env.GONGWEN_TEST_GREP ? { GONGWEN_TEST_GREP: process.env.GONGWEN_TEST_GREP } : {}),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(join(ROOT, 'out/test/vscode/index.js'))],
    ]);
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // Mocha's spec reporter, line by line, as the extension host forwards it.
    // The workbench's own errors and warnings are printed when the suite fails.
    const workbenchProblems: string[] = [];
    page.on('console', (message) => {
      if (process.env.GONGWEN_E2E_DEBUG) console.log(`  [page:${message.type()}] ${message.text()}`);
      if (message.type() === 'error' || message.type() === 'warning') workbenchProblems.push(`[page:${message.type()}] ${message.text()}`);
    });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<number>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS);
      }),
    ]).finally(() => {
      clearTimeout(timer);
      const lines = existsSync(report) ? readFileSync(report, 'utf8').trimEnd().split('\n') : ['(the suite wrote no report)'];
      for (const line of lines) console.log(`  [host] ${line}`);
    });
    if (code !== 0) {
      for (const line of workbenchProblems.slice(-40)) console.log(`  ${line.slice(0, 400)}`);
      for (const line of serverLog(dirs.userDataDir).slice(-40)) console.log(`  [server log] ${line}`);
      const kept = mkdtempSync(join(tmpdir(), 'gongwen-e2e-host-logs-'));
      if (existsSync(join(dirs.userDataDir, 'logs'))) cpSync(join(dirs.userDataDir, 'logs'), kept, { recursive: true });
      console.log(`  the workbench and extension-host logs are kept in ${kept}`);
      throw new Error(`the extension-host suite failed (exit code ${code}); see the [host] report above`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    // The language server writes a V8 code cache for this Node into the extension's storage when it exits
    // (node/codeCache.ts): said, not asserted, as code-server may end the server before it can.
    const storage = join(dirs.userDataDir, 'User', 'globalStorage');
    const caches = existsSync(storage) ? readdirSync(storage, { recursive: true, encoding: 'utf8' }).filter((f) => /code-cache[\\/]server-main-.*\.cache$/.test(f)) : [];
    console.log(`  server code cache in the extension's storage: ${caches.join(', ') || 'none written'}`);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The lines of gongwen-lint's output channel (the language client's log), wherever code-server put it. */
function serverLog(userDataDir: string): string[] {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  const files = (readdirSync(logs, { recursive: true }) as string[]).filter((f) => /gongwen/i.test(f) && f.endsWith('.log'));
  return files.flatMap((f) => readFileSync(join(logs, f), 'utf8').trimEnd().split('\n').map((line) => `${f}: ${line}`));
}
