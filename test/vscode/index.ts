// Entry point VS Code loads as `extensionTestsPath` (desktop via @vscode/test-electron, or
// code-server's Node extension host via the `payload` URL parameter): runs the mocha suite.
import Mocha from 'mocha';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

/**
 * In code-server the extension host's console reaches the browser as unformatted pieces; with
 * GONGWEN_TEST_LOG set, the reporter's lines are also written, formatted, to that file.
 */
function teeReporterOutput(file: string): void {
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const log = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    appendFileSync(file, `${format(...args)}\n`);
    log(...args);
  };
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  if (process.env.GONGWEN_TEST_LOG) teeReporterOutput(process.env.GONGWEN_TEST_LOG);
  if (process.env.GONGWEN_TEST_GREP) mocha.grep(process.env.GONGWEN_TEST_GREP);
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.suite.js')) mocha.addFile(join(__dirname, name));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
