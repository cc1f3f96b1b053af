// The language server's first file (dist/server.js, a few kilobytes), which editors start. It runs the
// server bundle (dist/server-main.js, from server.ts) with the V8 code cache the build made for it
// after opening a simplified and a traditional draft (dist/server-main.cache, esbuild.mjs), so that
// the first document's lint runs compiled functions. VS Code's Electron has another V8: there the
// cache is not shipped (.vscodeignore) and the bundle compiles as usual.
import { runWithCodeCache } from './node/codeCache';

runWithCodeCache(module, __dirname, 'server-main.js', 'server-main.cache');
