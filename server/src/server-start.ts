// The language server's first file (dist/server.js, a few kilobytes), which editors start. It runs the
// server bundle (dist/server-main.js, from server.ts) with the V8 code cache the build made for it
// after opening the seed drafts (dist/server-main.cache, esbuild.mjs), so that the first document's
// lint runs compiled functions. VS Code's Electron has another V8: the VSIX leaves that cache out, and
// the client names a folder of the extension's own (GONGWEN_CODE_CACHE_DIR) where the server writes a
// cache for that V8 after its first run, used from the next start on.
import { runWithCodeCache } from './node/codeCache';
import { warmUpWordSegmentation } from './node/icuWarmUp';
import { TIERING_FLAGS } from './node/tiering';

// First, so that it runs beside the bundle's load (node/icuWarmUp.ts).
warmUpWordSegmentation();

runWithCodeCache(module, __dirname, 'server-main.js', 'server-main.cache', process.env.GONGWEN_CODE_CACHE_DIR || undefined, TIERING_FLAGS); // set once the bundle has loaded (node/tiering.ts)
