// The CLI's way to the engine (the rules, their tables and the document model) and to everything that needs it:
// required on first use, not imported. In dist/ the engine is a bundle of its own, dist/cli-engine.js (from
// engine-chunk.ts; esbuild.mjs), which dist/cli.js loads with its own code cache only when a run needs it — the first
// non-empty text to lint, a configuration file or a --rule to check, --help's rule list, SARIF's rule table,
// --convert. A run that needs none of them (an empty file, --version, a usage error) neither reads nor
// deserialises it (round 34: the engine is ≈ 85 % of the CLI's code). Elsewhere (tests, the bench) this is a plain
// require of the module. The CLI's own modules import from '../engine' only types, or modules of no state
// (engine/messages.ts, whose one state, the zh-TW table, engine() hands over; engine/version.ts, engine/fileSize.ts, engine/config.ts's defaults): a class such as ConfigError must be the
// engine bundle's own to be recognised (`instanceof`).
import type * as EngineChunk from './engine-chunk';
import { useTaiwanTable } from '../engine/messages';

export type Engine = typeof EngineChunk;

let loaded: Engine | undefined;

/** The engine, loaded now if it was not yet. */
export function engine(): Engine {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (start-up time)
  loaded = require('./engine-chunk') as Engine;
  // In dist/ the CLI bundle has a copy of engine/messages.ts of its own, which the engine's useTaiwanTable() never
  // reached: SARIF's rule names and message strings (formatters/sarif.ts) stayed simplified under --locale zh-TW.
  useTaiwanTable(loaded.TAIWAN_TABLE);
  return loaded;
}

/** The engine if a run has loaded it (an error of its kind can only come from it then), else undefined. */
export function engineIfLoaded(): Engine | undefined {
  return loaded;
}
