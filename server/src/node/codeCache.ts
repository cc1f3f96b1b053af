// Runs a bundle (dist/cli-main.js, dist/server-main.js) from its small starter (dist/cli.js,
// dist/server.js) with the V8 code cache the build made for it (dist/*-main.cache, esbuild.mjs):
// start-up then deserialises compiled code instead of parsing and compiling the bundle, and the
// functions of a first run are already compiled. Node 20 has no module compile cache of its own
// (module.enableCompileCache is Node 22).
//
// The cache only saves time. When it is missing, made by another Node/V8 (VS Code's Electron) or for
// other source, or damaged, it is ignored without a word and the bundle compiles as usual: the file
// carries a checksum of the source it was made from and of its own data, and V8 checks its version and flags.
// An editor can give the server a folder of its own (GONGWEN_CODE_CACHE_DIR): a cache for its Node is written
// there after the first run.
// Named imports only: a namespace or default import makes esbuild copy each module's every export onto
// an object of getters at start (≈ 1 ms of the CLI's start-up for these six).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 as zlibCrc32 } from 'node:zlib';

/** "GWC1": the layout below, little-endian: magic, CRC-32 of the source, CRC-32 of the V8 data, its length. */
const MAGIC = 0x31435747;
const HEADER = 16;

/** zlib.crc32 came with Node 20.15; without it the cache is not used (nor written). */
const crc32 = zlibCrc32 as ((data: Uint8Array) => number) | undefined;

/** The V8 data in `file` when it was made for `source` and is whole, else undefined. */
function validCache(file: Buffer | undefined, sourceCrc: number): Buffer | undefined {
  if (!file || !crc32 || file.length < HEADER) return undefined;
  if (file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== sourceCrc) return undefined;
  const data = file.subarray(HEADER);
  if (data.length !== file.readUInt32LE(12) || crc32(data) !== file.readUInt32LE(8)) return undefined;
  return data;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Runs `main` (beside the starter, in `dir`) as the starter's own module `starter`: the bundle's
 * exports become the starter's, and require.main === module still tells a program from a library use.
 * The cache is `cache` beside it; when that is missing or not for this Node (VS Code's Electron has
 * another V8), one in `ownCacheDir` (a folder the editor gives the server), written there at the end
 * of a run that had none, so later starts have one. Returns false, having said why in one line, when
 * the bundle cannot be read. `v8Flags` are set once the bundle's top level has run (set earlier, they
 * would make V8 refuse its cache and Node's own for the modules it requires, as these record the flags
 * they were made with), and not at all in a run that writes a cache, which would record them.
 */
export function runWithCodeCache(starter: NodeJS.Module, dir: string, main: string, cache: string, ownCacheDir?: string, v8Flags: readonly string[] = []): boolean {
  const mainFile = join(dir, main);
  let bytes: Buffer;
  try {
    bytes = readFileSync(mainFile);
  } catch (error) {
    // A broken installation: one line, not a stack trace.
    process.stderr.write(`gongwen-lint: cannot read ${mainFile} (${(error as NodeJS.ErrnoException).code ?? String(error)}); reinstall gongwen-lint\n`);
    process.exitCode = 2;
    return false;
  }
  const sourceCrc = crc32 ? crc32(bytes) : 0;
  const source = wrap(bytes.toString('utf8'));
  // The build sets this to write the shipped cache after a representative run (esbuild.mjs).
  const building = process.env.GONGWEN_WRITE_CODE_CACHE === '1' && crc32 !== undefined;
  const shipped = join(dir, cache);
  // Named by V8 version: editors of different versions can share the folder.
  const own = ownCacheDir && crc32 ? join(ownCacheDir, `${basename(cache, '.cache')}-${process.versions.v8}.cache`) : undefined;
  let script: Script | undefined;
  /** Compiled although V8 refused its cache (another V8 version or flags): used when no cache fits. */
  let compiled: Script | undefined;
  let writeTo: string | undefined = building ? shipped : undefined;
  // The editor's own first: it exists only where the shipped one did not fit this Node.
  for (const file of building ? [] : [own, shipped]) {
    const cachedData = file ? validCache(readOrUndefined(file), sourceCrc) : undefined;
    if (!cachedData) continue;
    const candidate = new Script(source, { filename: mainFile, cachedData });
    if (!candidate.cachedDataRejected) {
      script = candidate;
      break;
    }
    compiled ??= candidate;
  }
  if (!script) {
    script = compiled ?? new Script(source, { filename: mainFile });
    writeTo ??= own;
  }
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  run.call(starter.exports, starter.exports, createRequire(mainFile), starter, mainFile, dir);
  // node:v8 only when there are flags to set (the language server's): the CLI does not load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used
  if (!writeTo && v8Flags.length > 0) for (const flag of v8Flags) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flag);
  if (writeTo && crc32) {
    const ran = script;
    const file = writeTo;
    const crc = crc32;
    // At exit: the cache then holds the functions this run compiled, not only the top level.
    process.once('exit', () => writeCache(file, ran.createCachedData(), sourceCrc, crc, !building));
  }
  return true;
}

/** Writes a cache file whole or not at all; an editor's own cache folder failing is not worth a word. */
function writeCache(file: string, data: Buffer, sourceCrc: number, crc: (data: Uint8Array) => number, quiet: boolean): void {
  try {
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(sourceCrc, 4);
    header.writeUInt32LE(crc(data), 8);
    header.writeUInt32LE(data.length, 12);
    mkdirSync(dirname(file), { recursive: true });
    // A temporary file and a rename: a reader never sees half a cache.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, data]));
    renameSync(temporary, file);
  } catch (error) {
    if (!quiet) process.stderr.write(`gongwen-lint: cannot write the code cache ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
