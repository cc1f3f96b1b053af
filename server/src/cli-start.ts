// The `gongwen-lint` command's first file (dist/cli.js, a few kilobytes). It runs the CLI bundle
// (dist/cli-main.js, from cli.ts) with the V8 code cache the build made for it (dist/cli-main.cache,
// esbuild.mjs; node/codeCache.ts says how the cache is checked). The engine is a second bundle, dist/cli-engine.js,
// which cli-main.js requires when a run first needs it (cli/engine.ts), with its own cache.
import { runWithCodeCache } from './node/codeCache';

runWithCodeCache(module, __dirname, 'cli-main.js', 'cli-main.cache', undefined, [], { './cli-engine.js': 'cli-engine.cache' });
