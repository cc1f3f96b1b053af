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
// an object of getters at start (≈ 1 ms of the CLI's start-up for these). No node:zlib: it loads node:stream
// (see CHECKSUM_WASM).
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** "GWC2": the layout below, little-endian: magic, checksum of the source, checksum of the V8 data, its length. */
const MAGIC = 0x32435747;
const HEADER = 16;

/**
 * The checksum function (module text below) in WebAssembly's binary form: `s(at, words)` sums the
 * little-endian 64-bit words of memory from `at` as a Fletcher-style pair of running sums (a += word;
 * b += a, both modulo 2^64) and returns a ^ rotl(b, 32) ^ b folded to 32 bits. It finds a changed, swapped or
 * missing word as a CRC would for damage (not for an adversary). Until round 31 this was zlib's CRC-32,
 * but node:zlib loads node:stream with it, ≈ 2 ms of every start of the CLI, which otherwise need not load
 * streams at all; a JavaScript loop over the 1.4 MB in a process that has just started takes ≈ 2.4 ms, this
 * ≈ 0.7 ms (compiling it, its memory, the copy and the sums).
 *
 *   (module (import "e" "m" (memory 0))
 *     (func (export "s") (param $at i32) (param $words i32) (result i32) (local $a i64) (local $b i64)
 *       (block (loop
 *         (br_if 1 (i32.eqz (local.get $words)))
 *         (local.set $b (i64.add (local.tee $a (i64.add (local.get $a) (i64.load (local.get $at)))) (local.get $b)))
 *         (local.set $at (i32.add (local.get $at) (i32.const 8)))
 *         (local.set $words (i32.sub (local.get $words) (i32.const 1)))
 *         (br 0)))
 *       (i32.wrap_i64 (i64.xor (i64.xor (local.get $a) (i64.rotl (local.get $b) (i64.const 32))) (local.get $b)))))
 */
const CHECKSUM_WASM =
  '0061736d0100000001070160027f7f017f0208010165016d02000003020100070501017300000a3c013a01027e024003402001450d01200220002903007c22022003'
  + '7c2103200041086a2100200141016b21010c000b0b2002200342208a85200385a70b';

/** The part of WebAssembly's API used here (the project's TypeScript libraries do not declare it). */
interface WebAssemblyApi {
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** Undefined where Node runs without it (`node --jitless`): the cache is then not used (nor written). */
const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;

let compiledChecksum: object | undefined;

/** The checksum function's module, compiled once (the CLI's engine chunk is checked after its first bundle). */
function checksumModule(api: WebAssemblyApi): object {
  return (compiledChecksum ??= new api.Module(Buffer.from(CHECKSUM_WASM, 'hex')));
}

/** The checksums of `parts`, or undefined where WebAssembly is not there or fails. */
export function checksums(...parts: Uint8Array[]): number[] | undefined {
  if (!wasm) return undefined;
  try {
    const largest = Math.max(...parts.map((part) => part.length));
    const memory = new wasm.Memory({ initial: Math.ceil((largest + 8) / 65536) });
    const sum = new wasm.Instance(checksumModule(wasm), { e: { m: memory } }).exports.s as (at: number, words: number) => number;
    const bytes = new Uint8Array(memory.buffer);
    return parts.map((part) => {
      bytes.set(part, 0);
      bytes.fill(0, part.length, part.length + 8); // the last word's padding
      return sum(0, Math.ceil(part.length / 8)) >>> 0;
    });
  } catch {
    return undefined;
  }
}

/**
 * The bundle and its cache files read straight into one WebAssembly memory, where the checksum function reads
 * them in place (round 33: until then readFileSync's Buffers were copied into the memory, 1.4 MB at every start
 * of the CLI). The bundle is at 0, followed by zeros to a whole word (fresh memory is zero; nothing is written
 * there), a cache file at `cacheAt` (its header, then its V8 data on a word boundary). Cache files take turns there.
 */
class CheckedFiles {
  readonly source: Buffer;
  private readonly bytes: Uint8Array;
  private readonly cacheAt: number;
  private sourceSum: number | undefined;

  private constructor(
    private readonly memory: { buffer: ArrayBuffer },
    private readonly sum: (at: number, words: number) => number,
    sourceLength: number,
  ) {
    this.bytes = new Uint8Array(memory.buffer);
    this.source = Buffer.from(memory.buffer, 0, sourceLength);
    this.cacheAt = Math.ceil(sourceLength / 8) * 8;
  }

  /**
   * The bundle (open as `bundle`, `length` bytes; closed here) read into a memory with room for a cache file of up
   * to `cacheLength` bytes; undefined when it cannot be read so.
   */
  static read(bundle: number, length: number, cacheLength: number): CheckedFiles | undefined {
    let files: CheckedFiles;
    try {
      if (!wasm) throw new Error('no WebAssembly');
      const memory = new wasm.Memory({ initial: Math.ceil((Math.ceil(length / 8) * 8 + cacheLength + 8) / 65536) });
      const sum = new wasm.Instance(checksumModule(wasm), { e: { m: memory } }).exports.s as (at: number, words: number) => number;
      files = new CheckedFiles(memory, sum, length);
    } catch {
      closeSync(bundle);
      return undefined;
    }
    return readWhole(bundle, files.bytes, 0, length) ? files : undefined;
  }

  /** The V8 data of the cache file open as `fd` (`length` bytes; closed here) when it was made for the bundle and is whole, else undefined. */
  cacheData(fd: number, length: number): Buffer | undefined {
    const at = this.cacheAt;
    if (length < HEADER || at + length + 8 > this.bytes.length) {
      closeSync(fd);
      return undefined;
    }
    if (!readWhole(fd, this.bytes, at, length)) return undefined;
    this.bytes.fill(0, at + length, at + length + 8); // the last word's padding (a longer file may have been here)
    const header = Buffer.from(this.memory.buffer, at, HEADER);
    const dataLength = length - HEADER;
    if (header.readUInt32LE(0) !== MAGIC || header.readUInt32LE(12) !== dataLength) return undefined;
    this.sourceSum ??= this.sum(0, Math.ceil(this.source.length / 8)) >>> 0;
    if (this.sourceSum !== header.readUInt32LE(4) || this.sum(at + HEADER, Math.ceil(dataLength / 8)) >>> 0 !== header.readUInt32LE(8)) return undefined;
    return Buffer.from(this.memory.buffer, at + HEADER, dataLength);
  }
}

/** A file open for reading and its size, or undefined when it cannot be opened. */
function openFile(file: string | undefined): { fd: number; size: number } | undefined {
  if (!file) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return { fd, size: fstatSync(fd).size };
  } catch {
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }
}

/** Reads `length` bytes of `fd` from its start into `into` at `at` and closes it; false when it cannot (or the file is shorter). */
function readWhole(fd: number, into: Uint8Array, at: number, length: number): boolean {
  try {
    for (let done = 0; done < length; ) {
      const read = readSync(fd, into, at + done, length - done, done);
      if (read === 0) return false;
      done += read;
    }
    return true;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** A bundle that cannot be read: a broken installation, said in one line. */
class UnreadableBundle extends Error {
  constructor(readonly file: string, readonly code: string) {
    super(`cannot read ${file} (${code}); reinstall gongwen-lint`);
  }
}

/**
 * `file` (a bundle) compiled with the first of its cache files `own`, `shipped` that was made for it and that V8 takes.
 * `writeTo` is the cache file to write at exit: `shipped` while building, `own` when no cache fitted. Throws
 * UnreadableBundle when the bundle cannot be read.
 */
function compileWithCache(file: string, own: string | undefined, shipped: string, building: boolean): { script: Script; bytes: Buffer; writeTo: string | undefined } {
  const caches = building || !wasm ? [] : [openFile(own), openFile(shipped)];
  const bundle = openFile(file);
  let files: CheckedFiles | undefined;
  if (bundle && caches.some(Boolean)) files = CheckedFiles.read(bundle.fd, bundle.size, Math.max(...caches.map((c) => c?.size ?? 0)));
  else if (bundle) closeSync(bundle.fd);
  let bytes: Buffer;
  if (files) bytes = files.source;
  else {
    try {
      bytes = readFileSync(file);
    } catch (error) {
      for (const c of caches) if (c) closeSync(c.fd);
      throw new UnreadableBundle(file, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
  // A bundle of ASCII only (the CLI's: tools/ascii-bundle.mjs) is read as Latin-1, which V8 keeps as a one-byte
  // string: no UTF-8 decoding (≈ 0.9 ms of the CLI's start for 0.8 MB) and a one-byte source to compile.
  const source = wrap(bytes.toString(typeof isAscii === 'function' && isAscii(bytes) ? 'latin1' : 'utf8'));
  let script: Script | undefined;
  /** Compiled although V8 refused its cache (another V8 version or flags): used when no cache fits. */
  let compiled: Script | undefined;
  let writeTo: string | undefined = building ? shipped : undefined;
  for (const cacheFile of caches) {
    if (!cacheFile) continue;
    if (script || !files) {
      closeSync(cacheFile.fd);
      continue;
    }
    const cachedData = files.cacheData(cacheFile.fd, cacheFile.size);
    if (!cachedData) continue;
    const candidate = new Script(source, { filename: file, cachedData });
    if (!candidate.cachedDataRejected) script = candidate;
    else compiled ??= candidate;
  }
  if (!script) {
    script = compiled ?? new Script(source, { filename: file });
    writeTo ??= own;
  }
  return { script, bytes, writeTo };
}

/** The function a bundle compiled by compileWithCache is (Node's CommonJS wrapper). */
type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;

/**
 * Runs `main` (beside the starter, in `dir`) as the starter's own module `starter`: the bundle's
 * exports become the starter's, and require.main === module still tells a program from a library use.
 * The cache is `cache` beside it; when that is missing or not for this Node (VS Code's Electron has
 * another V8), one in `ownCacheDir` (a folder the editor gives the server), written there at the end
 * of a run that had none, so later starts have one. Returns false, having said why in one line, when
 * the bundle cannot be read. `v8Flags` are set once the bundle's top level has run (set earlier, they
 * would make V8 refuse its cache and Node's own for the modules it requires, as these record the flags
 * they were made with), and not at all in a run that writes a cache, which would record them.
 * `chunks` are bundles beside it that it requires by name on first use (the CLI's engine, `./cli-engine.js`),
 * each with its own cache file (the value; under the same rules): a run that never needs one neither reads nor
 * deserialises it (round 34).
 */
export function runWithCodeCache(
  starter: NodeJS.Module, dir: string, main: string, cache: string, ownCacheDir?: string, v8Flags: readonly string[] = [],
  chunks: Readonly<Record<string, string>> = {},
): boolean {
  const mainFile = join(dir, main);
  const canCheck = wasm !== undefined;
  // The build sets this to write the shipped cache after a representative run (esbuild.mjs).
  const building = process.env.GONGWEN_WRITE_CODE_CACHE === '1' && canCheck;
  // Named by V8 version: editors of different versions can share the folder.
  const ownCache = (name: string) => (ownCacheDir && canCheck ? join(ownCacheDir, `${basename(name, '.cache')}-${process.versions.v8}.cache`) : undefined);
  // The editor's own first: it exists only where the shipped one did not fit this Node.
  let compiledMain: ReturnType<typeof compileWithCache>;
  try {
    compiledMain = compileWithCache(mainFile, ownCache(cache), join(dir, cache), building);
  } catch (error) {
    if (!(error instanceof UnreadableBundle)) throw error;
    process.stderr.write(`gongwen-lint: ${error.message}\n`);
    process.exitCode = 2;
    return false;
  }
  const toWrite: { file: string; script: Script; bytes: Buffer }[] = [];
  /** At exit: the cache then holds the functions this run compiled, not only the top level (chunks loaded later too). */
  const writeAtExit = (file: string, script: Script, bytes: Buffer) => {
    if (!canCheck) return;
    if (toWrite.push({ file, script, bytes }) === 1) {
      process.once('exit', () => {
        for (const entry of toWrite) writeCache(entry.file, entry.script.createCachedData(), entry.bytes, !building);
      });
    }
  };
  if (compiledMain.writeTo) writeAtExit(compiledMain.writeTo, compiledMain.script, compiledMain.bytes);
  const plainRequire = createRequire(mainFile);
  let bundleRequire: NodeJS.Require = plainRequire;
  if (Object.keys(chunks).length > 0) {
    const loaded = new Map<string, NodeJS.Module>();
    const loadChunk = (id: string): unknown => {
      let chunk = loaded.get(id);
      if (!chunk) {
        const file = join(dir, id);
        // An unreadable chunk is the same broken installation; the CLI reports what it throws in one line.
        const compiled = compileWithCache(file, ownCache(chunks[id]), join(dir, chunks[id]), building);
        if (compiled.writeTo) writeAtExit(compiled.writeTo, compiled.script, compiled.bytes);
        chunk = { exports: {}, id: file, filename: file, loaded: false } as NodeJS.Module;
        loaded.set(id, chunk);
        (compiled.script.runInThisContext() as ModuleFunction).call(chunk.exports, chunk.exports, bundleRequire, chunk, file, dir);
        chunk.loaded = true;
      }
      return chunk.exports;
    };
    bundleRequire = Object.assign(
      (id: string): unknown => (Object.prototype.hasOwnProperty.call(chunks, id) ? loadChunk(id) : (plainRequire(id) as unknown)),
      plainRequire,
    ) as NodeJS.Require;
  }
  const run = compiledMain.script.runInThisContext() as ModuleFunction;
  run.call(starter.exports, starter.exports, bundleRequire, starter, mainFile, dir);
  // node:v8 only when there are flags to set (the language server's): the CLI does not load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used
  if (!compiledMain.writeTo && v8Flags.length > 0) for (const flag of v8Flags) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flag);
  return true;
}

/** Writes a cache file whole or not at all; an editor's own cache folder failing is not worth a word. */
function writeCache(file: string, data: Buffer, source: Buffer, quiet: boolean): void {
  try {
    const sums = checksums(source, data);
    if (!sums) return;
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(sums[0], 4);
    header.writeUInt32LE(sums[1], 8);
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
