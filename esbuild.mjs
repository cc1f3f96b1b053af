// Bundles the extension client, the language server and the CLI into dist/.
//   node esbuild.mjs               dist/client.js, dist/server.js, dist/cli.js
//   node esbuild.mjs --production  the same, minified, for the VSIX
//   node esbuild.mjs --tests       also every test file into out/ (node --test runs them)
//   node esbuild.mjs --bench       also bench/*.ts into out/bench/
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  define: { __GONGWEN_VERSION__: JSON.stringify(version) },
};

/** All files under `dir` whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(filesUnder(path, pattern));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

/** Newest modification time of a file or of the files under a folder. */
function newest(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
}

// The wrong-character rule's language data: rebuilt only when an input changed (≈1.5 s).
const typoData = 'dist/wrong-character.data.bin';
const typoInputs = ['data/official-text', 'data/ecspell', 'data/wrong-character', 'tools/build-wrong-character-data.mjs', 'tools/packed-tables.mjs', 'package-lock.json'];
if (!existsSync(typoData) || Math.max(...typoInputs.map(newest)) > statSync(typoData).mtimeMs) {
  execFileSync(process.execPath, ['tools/build-wrong-character-data.mjs', typoData], { stdio: ['ignore', 'ignore', 'inherit'] });
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);

if (args.has('--tests') || args.has('--bench')) {
  const entryPoints = [];
  if (args.has('--tests')) entryPoints.push(...filesUnder('test', /\.ts$/).filter((f) => !f.includes('/fixtures/')));
  if (args.has('--bench')) entryPoints.push(...filesUnder('bench', /\.ts$/));

  // Test files keep their packages external, so they load the same copies the product does.
  await esbuild.build({
    ...common,
    entryPoints,
    outdir: 'out',
    outbase: '.',
    packages: 'external',
    sourcemap: 'inline',
    external: ['vscode'],
  });
}
