// `npm run test:e2e`: the extension in real editors.
//   1. installs what is missing (test/e2e/install.sh: Chromium, fonts, Neovim, code-server),
//   2. packages the VSIX (`npm run package`),
//   3. bundle — the shipped dist/server.js, alone in an empty folder, answers LSP (test/e2e/bundle.ts),
//   4. ui     — the VSIX in code-server, driven through Chromium (test/e2e/ui.ts),
//   5. host   — the extension-host mocha suite (test/vscode/) inside code-server, on the unpacked VSIX,
//   6. nvim   — headless Neovim against `gongwen-lint --stdio`.
// Options: --only bundle,ui,host,nvim   --update-docs-screenshot   GONGWEN_E2E_VSIX=file.vsix (skip packaging)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runBundleCheck } from './bundle';
import { runHostSuite } from './hostSuite';
import { CODE_SERVER, ROOT, stopAllCodeServers } from './lib/codeServer';
import { runNeovimSmoke } from './neovim';
import { runUiScenario } from './ui';

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')) : null;
const wanted = (name: string) => !only || only.has(name);

// code-server must stop on every exit path.
process.on('exit', stopAllCodeServers);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`e2e: ${signal}, stopping code-server`);
    stopAllCodeServers();
    process.exit(130);
  });
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function ensureInstalled(): void {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(CODE_SERVER) && existsSync(chromium) && hasCommand('nvim')) return;
  console.log('e2e: installing what is missing (test/e2e/install.sh)');
  const run = spawnSync('bash', [join(ROOT, 'test/e2e/install.sh')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('test/e2e/install.sh failed');
}

function packageVsix(): string {
  if (process.env.GONGWEN_E2E_VSIX) return process.env.GONGWEN_E2E_VSIX;
  const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}${run.stderr}`);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = join(ROOT, `gongwen-lint-${version}.vsix`);
  console.log(`e2e: packaged ${vsix} (${(statSync(vsix).size / 1024).toFixed(1)} KiB)`);
  return vsix;
}

/** The VSIX's extension/ folder, unpacked into a temporary directory. */
function unpackVsix(vsix: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-e2e-vsix-'));
  const run = spawnSync('unzip', ['-q', vsix, 'extension/*', '-d', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`unzip ${vsix} failed: ${run.stderr}`);
  return join(dir, 'extension');
}

async function main(): Promise<number> {
  const started = Date.now();
  ensureInstalled();
  const results: Array<{ name: string; ok: boolean; seconds: number; error?: string }> = [];
  const scenario = async (name: string, run: () => unknown) => {
    if (!wanted(name)) return;
    const t0 = Date.now();
    console.log(`e2e: ${name}`);
    try {
      await run();
      results.push({ name, ok: true, seconds: (Date.now() - t0) / 1000 });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      results.push({ name, ok: false, seconds: (Date.now() - t0) / 1000, error });
      console.error(`e2e: ${name} FAILED\n${error}`);
    }
  };

  const needsVsix = ['bundle', 'ui', 'host'].some(wanted);
  const vsix = needsVsix ? packageVsix() : '';
  const unpacked = needsVsix ? unpackVsix(vsix) : '';
  await scenario('bundle', async () => console.log(`  ${await runBundleCheck(join(unpacked, 'dist/server.js'))}`));
  await scenario('ui', () => runUiScenario({ vsix, updateDocsScreenshot: args.includes('--update-docs-screenshot') }));
  await scenario('host', () => runHostSuite(unpacked));
  await scenario('nvim', () => {
    const output = runNeovimSmoke();
    for (const line of output.split('\n')) console.log(`  [nvim] ${line}`);
  });

  if (unpacked) rmSync(dirname(unpacked), { recursive: true, force: true });
  for (const r of results) console.log(`e2e: ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => {
    stopAllCodeServers();
    process.exit(code);
  },
  (err) => {
    console.error(`e2e: ${err instanceof Error ? err.stack : String(err)}`);
    stopAllCodeServers();
    process.exit(1);
  },
);
