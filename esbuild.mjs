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
  // Data tables (the common-typo list) are bundled as text.
  loader: { '.tsv': 'text' },
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

// opencc-js (1.2 MB of dictionary text) is a file of its own beside the bundles, required only when
// OpenCC is first used (server/src/text/opencc.ts): start-up neither reads nor compiles it.
const OPENCC_BUNDLE = './opencc.js';
const openccApart = {
  name: 'opencc-apart',
  setup(build) {
    build.onResolve({ filter: /^opencc-js$/ }, () => ({ path: OPENCC_BUNDLE, external: true }));
  },
};

// `gongwen-lint --stdio` runs the language server from dist/server.js beside the CLI instead of a
// second copy of it inside dist/cli.js: 0.6 MB less to compile on every CLI start.
const serverApart = {
  name: 'server-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/server$/ }, (args) =>
      args.importer.endsWith(join('cli', 'execute.ts')) ? { path: './server.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [openccApart] }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [openccApart, serverApart],
  }),
  // Its ESM build (the module field), as CommonJS; UTF-8 rather than \u escapes halves its size.
  esbuild.build({ ...common, entryPoints: ['opencc-js'], outfile: 'dist/opencc.js', sourcemap: false, charset: 'utf8' }),
]);

if (args.has('--tests') || args.has('--bench')) {
  const entryPoints = [];
  if (args.has('--tests')) entryPoints.push(...filesUnder('test', /\.ts$/).filter((f) => !f.includes('/fixtures/')));
  if (args.has('--bench')) entryPoints.push(...filesUnder('bench', /\.ts$/));

  // Test files keep their packages external, so they load the same copies the product does. Each
  // starts as the CLI and the server do: with the Node loader of language data registered.
  await esbuild.build({
    ...common,
    entryPoints,
    inject: ['test/helpers/node-platform.ts'],
    outdir: 'out',
    outbase: '.',
    packages: 'external',
    sourcemap: 'inline',
    external: ['vscode'],
  });
}
