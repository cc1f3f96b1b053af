// Bundles the extension client, the language server and the CLI into dist/.
//   node esbuild.mjs               dist/client.js, dist/server.js, dist/cli.js (+ server-main.js, cli-main.js, their code caches)
//   node esbuild.mjs --production  the same, minified, for the VSIX
//   node esbuild.mjs --tests       also every test file into out/ (node --test runs them)
//   node esbuild.mjs --bench       also bench/*.ts into out/bench/
import * as esbuild from 'esbuild';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { escapeBundleToAscii } from './tools/ascii-bundle.mjs';

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

/** Newest modification time of a file or of the files under a folder (a folder's own time changes when a file is
 * removed from it, which the files left behind would not show). */
function newest(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
}

// The wrong-character rule's language data: rebuilt only when an input changed (≈1.5 s).
const typoData = 'dist/wrong-character.data.bin';
const typoInputs = ['data/official-text', 'data/local-text', 'data/ecspell', 'data/wrong-character', 'tools/build-wrong-character-data.mjs', 'tools/shape-decompositions.mjs', 'tools/word-collocations.mjs', 'tools/report-phrases.mjs', 'tools/packed-tables.mjs', 'package-lock.json'];
if (!existsSync(typoData) || Math.max(...typoInputs.map(newest)) > statSync(typoData).mtimeMs) {
  execFileSync(process.execPath, ['tools/build-wrong-character-data.mjs', typoData], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// opencc-js's converter code (its core, without the dictionaries: those are dist/opencc-dicts.bin, below)
// is a file of its own beside the bundles, required only for a whole-text conversion
// (server/src/text/opencc.ts): start-up neither reads nor compiles it.
const OPENCC_BUNDLE = './opencc.js';
const CODE_CACHE_WARM_UP = 'seeds/000_29043b7b8c76f442.txt';
const openccApart = {
  name: 'opencc-apart',
  setup(build) {
    build.onResolve({ filter: /^opencc-js\/core$/ }, () => ({ path: OPENCC_BUNDLE, external: true }));
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

// Libraries the CLI needs only for some inputs (GB18030 files, Word documents, configuration files
// to validate) are files of their own beside dist/cli-main.js, required on first use: a run that
// does not need them neither reads nor compiles them (1 MB less at every start).
const CLI_APART = { 'iconv-lite': 'cli-iconv-lite.js', fflate: 'cli-fflate.js', ajv: 'cli-ajv.js', './xmlParser': 'cli-xml-parser.js' };
const cliApart = {
  name: 'cli-apart',
  setup(build) {
    build.onResolve({ filter: /^(iconv-lite|fflate|ajv|\.\/xmlParser)$/ }, (args) =>
      args.kind === 'require-call' ? { path: `./${CLI_APART[args.path]}`, external: true } : undefined,
    );
  },
};

// The CLI in two bundles (round 34): dist/cli-main.js holds what every run needs (arguments, finding and reading
// files, the formatters) and dist/cli-engine.js the engine, its rules and their tables (server/src/cli/engine-chunk.ts),
// which server/src/cli/engine.ts requires when a run first needs it and dist/cli.js then loads with its own code
// cache: an empty file, --version or a usage error neither reads nor deserialises it.
const CLI_ENGINE = './cli-engine.js';
const cliEngineApart = {
  name: 'cli-engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine-chunk$/ }, (args) =>
      args.importer.endsWith(join('cli', 'engine.ts')) ? { path: CLI_ENGINE, external: true } : undefined,
    );
  },
};

// jsonc-parser's modules are free of side effects, but its package does not say so: without this, its
// formatter's tables (1,200 strings of indentation, ≈ 1 ms of every start) are built at load although
// only the parser and applyEdits are used.
const jsoncPure = {
  name: 'jsonc-pure',
  setup(build) {
    build.onResolve({ filter: /./ }, async (args) => {
      if (args.pluginData === 'jsonc-pure' || (args.path !== 'jsonc-parser' && !args.importer.includes(join('node_modules', 'jsonc-parser')))) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'jsonc-pure' });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The language server: dist/server.js is a small starter that runs dist/server-main.js with its code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [openccApart, jsoncPure] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server-start.ts'], outfile: 'dist/server.js', sourcemap: false }),
  // The CLI: dist/cli.js is a small starter that runs dist/cli-main.js with its V8 code cache (below).
  // Without whitespace or comments (names kept, so a stack trace still reads; the source map is linked): 0.8 → 0.64 MB
  // to read, checksum and keep as source at every start (round 33: −0.4 ms on the empty file).
  esbuild.build({ ...common, minifyWhitespace: true, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js', plugins: [openccApart, serverApart, cliApart, cliEngineApart, jsoncPure] }),
  esbuild.build({ ...common, minifyWhitespace: true, entryPoints: ['server/src/cli/engine-chunk.ts'], outfile: 'dist/cli-engine.js', plugins: [openccApart, serverApart, cliApart, jsoncPure] }),
  ...Object.entries(CLI_APART).map(([entry, file]) =>
    esbuild.build({ ...common, entryPoints: [entry === './xmlParser' ? 'server/src/docx/xmlParser.ts' : entry], outfile: `dist/${file}` }),
  ),
  esbuild.build({ ...common, entryPoints: ['server/src/cli-start.ts'], outfile: 'dist/cli.js', sourcemap: false, banner: { js: '#!/usr/bin/env node' } }),
  // opencc-js's converter code (its core, an ES module), as CommonJS.
  esbuild.build({ ...common, entryPoints: ['opencc-js/core'], outfile: 'dist/opencc.js', sourcemap: false }),
]);

// dist/cli-main.js all ASCII (tools/ascii-bundle.mjs): its starter then reads it as Latin-1, a one-byte string,
// instead of decoding 0.8 MB of UTF-8 at every start (round 33: the empty file −0.9 ms). Before its code cache is
// written below, which is made for the text as it ends up. The language server's bundle is left as it is (round 26
// measured its traditional open +2.5 ms with an ASCII bundle; not measured again).
escapeBundleToAscii('dist/cli-main.js');
escapeBundleToAscii('dist/cli-engine.js');

// dist/opencc-dicts.bin: OpenCC's dictionaries (opencc-js's, of the configurations server/src/text/opencc.ts
// uses) as UTF-16 text, which the rules read in about 2 ms and the converters of dist/opencc.js are built on.
// Requiring opencc-js's full bundle instead (its dictionaries as 1.2 MB of JavaScript) costs 15–20 ms, and
// packs 16 KB larger than this file in the VSIX.
const OPENCC_CONFIGS = ['s2t', 's2tw', 's2twp', 's2hk', 't2s', 'tw2s', 'hk2s', 't2tw', 't2hk', 'tw2t', 'hk2t', 'tw2sp'];
{
  const { Locale } = createRequire(import.meta.url)('opencc-js');
  const dicts = [];
  const index = (d) => (dicts.includes(d) ? dicts.indexOf(d) : dicts.push(d) - 1);
  const configs = {};
  for (const name of OPENCC_CONFIGS) {
    const c = Locale.configs[name];
    configs[name] = {
      conversionChain: c.conversionChain.map((group) => group.map(index)),
      ...(c.normalizationChain ? { normalizationChain: c.normalizationChain.map((group) => group.map(index)) } : {}),
      ...(c.segmentation ? { segmentation: c.segmentation.map(index) } : {}),
    };
  }
  if (dicts.some((d) => d.includes('\u0000'))) throw new Error('an OpenCC dictionary contains U+0000');
  // misconversion binary-searches the simplified→traditional phrases in their text (server/src/text/sorted-phrases.ts).
  const sorted = (d) => d.split('|').every((entry, i, all) => entry.indexOf(' ') >= 2 && (i === 0 || all[i - 1].slice(0, all[i - 1].indexOf(' ')) < entry.slice(0, entry.indexOf(' '))));
  if (!Locale.configs.s2t.conversionChain[0].slice(0, 2).every(sorted)) throw new Error("opencc-js's STPhrases are not sorted by key: server/src/text/sorted-phrases.ts cannot search them");
  writeFileSync('dist/opencc-dicts.bin', Buffer.from(['GWOC1', JSON.stringify({ count: dicts.length, configs }), ...dicts].join('\u0000'), 'utf16le'));
}

// dist/cli-main.cache: V8's code cache for dist/cli-main.js, written by the starter after one run of
// the CLI on a seed draft, so that the functions a run needs are in it compiled. Another Node reads
// it as stale and compiles as usual (server/src/cli-start.ts).
rmSync('dist/cli-main.cache', { force: true });
rmSync('dist/cli-engine.cache', { force: true });
// A source tree without seeds/ still builds: a line with a few findings warms up less, but works.
const warmUpText = existsSync(CODE_CACHE_WARM_UP) ? readFileSync(CODE_CACHE_WARM_UP) : '一、加强管理管理,推进工作（2024年)。\n';
// Linted as a file, its report written to a file, as a user's run does (round 33: with --stdin and no output, the
// functions that find, read and decode a file and write the report directly compiled lazily in every run: −0.1–0.3 ms).
const warmUpDir = mkdtempSync(join(tmpdir(), 'gongwen-warm-up-'));
writeFileSync(join(warmUpDir, 'draft.txt'), warmUpText);
const warmUpReport = openSync(join(warmUpDir, 'report.json'), 'w');
const warmUp = spawnSync(process.execPath, ['dist/cli.js', '--no-config-lookup', '--format', 'json', join(warmUpDir, 'draft.txt')], {
  stdio: ['ignore', warmUpReport, 'inherit'],
  env: { ...process.env, GONGWEN_WRITE_CODE_CACHE: '1' },
});
closeSync(warmUpReport);
rmSync(warmUpDir, { recursive: true, force: true });
// Exit 1 only says the draft has errors; anything else is a broken bundle.
if ((warmUp.status !== 0 && warmUp.status !== 1) || !existsSync('dist/cli-main.cache') || !existsSync('dist/cli-engine.cache')) {
  throw new Error(`dist/cli.js failed while writing its code cache (exit ${warmUp.status})`);
}

// dist/server-main.cache: the same for the language server, written after it opened a simplified and a
// traditional seed draft over stdio (the rules' lazily compiled functions and first-use paths included).
rmSync('dist/server-main.cache', { force: true });
await warmUpServer(existsSync('seeds') ? readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join('seeds', name), 'utf8')) : []);
if (!existsSync('dist/server-main.cache')) throw new Error('dist/server.js did not write its code cache');

/** Runs dist/server.js over stdio with the cache writer on: initialize, open each text, wait for its diagnostics, exit. */
function warmUpServer(texts) {
  if (texts.length === 0) texts = ['一、加强管理管理,推进工作（2024年)。\n', '一、全麵推進機製改革，加強管理管理。\n'];
  // Simplified and traditional script: both rule paths (wrong-character; misconversion and OpenCC).
  if (!texts.some((t) => /[這們國會經]/.test(t))) texts.push('一、全麵推進機製改革，加強管理管理，這是我們的工作。\n');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, GONGWEN_WRITE_CODE_CACHE: '1' } });
    const timer = setTimeout(() => { child.kill(); reject(new Error('dist/server.js gave no diagnostics within 60 s while writing its code cache')); }, 60_000);
    child.once('exit', (code) => { clearTimeout(timer); if (code === 0) resolve(); else reject(new Error(`dist/server.js exited with ${code} while writing its code cache`)); });
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    let pending = texts.length;
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && !message.method) {
          send({ method: 'initialized', params: {} });
          texts.forEach((text, i) => send({ method: 'textDocument/didOpen', params: { textDocument: { uri: `file:///warm-up/${i}.txt`, languageId: 'plaintext', version: 1, text } } }));
        } else if (message.id !== undefined && message.method) {
          send({ id: message.id, result: Array.isArray(message.params?.items) ? message.params.items.map(() => null) : null });
        } else if (message.method === 'textDocument/publishDiagnostics' && --pending === 0) {
          send({ id: 2, method: 'shutdown' });
        } else if (message.id === 2) {
          send({ method: 'exit' });
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}

if (args.has('--tests') || args.has('--bench')) {
  const entryPoints = [];
  if (args.has('--tests')) entryPoints.push(...filesUnder('test', /\.ts$/).filter((f) => !f.includes('/fixtures/')));
  // bench/rss-hook.ts is preloaded into every CLI process the bench times: built apart below, without the
  // tests' injected language-data loader and inline source map (0.5 MB that cost each timed process ≈ 4 ms).
  if (args.has('--bench')) entryPoints.push(...filesUnder('bench', /\.ts$/).filter((f) => !f.endsWith('rss-hook.ts')));

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
    // opencc-js's core is an ES module only, which not every Node 20 can require: bundled into the tests.
    plugins: [{ name: 'opencc-core-bundled', setup: (build) => build.onResolve({ filter: /^opencc-js\/core$/ }, () => ({ path: createRequire(import.meta.url).resolve('opencc-js/core') })) }],
  });
  if (args.has('--bench')) await esbuild.build({ ...common, entryPoints: ['bench/rss-hook.ts'], outdir: 'out/bench', sourcemap: false });
}
