// The `gongwen-lint` command's first file (dist/cli.js, a few kilobytes). It runs the CLI bundle
// (dist/cli-main.js, from cli.ts) with the V8 code cache the build made for it (dist/cli-main.cache,
// esbuild.mjs): start-up then deserialises compiled code instead of parsing and compiling the
// bundle. Node 20 has no module compile cache of its own (module.enableCompileCache is Node 22).
//
// The cache only saves time. When it is missing, made by another Node/V8 or for other source, or
// damaged, it is ignored without a word and the bundle compiles as usual: the file carries a
// checksum of the source it was made from and of its own data, and V8 checks its version and flags.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';

const MAIN = path.join(__dirname, 'cli-main.js');
const CACHE = path.join(__dirname, 'cli-main.cache');
/** "GWC1": the layout below, little-endian: magic, CRC-32 of the source, CRC-32 of the V8 data, its length. */
const MAGIC = 0x31435747;
const HEADER = 16;

/** zlib.crc32 came with Node 20.15; without it the cache is not used (nor written). */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

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
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function start(): void {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(MAIN);
  } catch (error) {
    // A broken installation: one line, not a stack trace.
    process.stderr.write(`gongwen-lint: cannot read ${MAIN} (${(error as NodeJS.ErrnoException).code ?? String(error)}); reinstall gongwen-lint\n`);
    process.exitCode = 2;
    return;
  }
  const sourceCrc = crc32 ? crc32(bytes) : 0;
  // The build sets this to write the cache after a representative run (esbuild.mjs).
  const writing = process.env.GONGWEN_WRITE_CODE_CACHE === '1' && crc32 !== undefined;
  const cachedData = writing ? undefined : validCache(readOrUndefined(CACHE), sourceCrc);
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: MAIN, cachedData });
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  // This module's own `module`: the bundle's exports become dist/cli.js's, and require.main === module
  // still tells the command from a library use.
  run.call(module.exports, module.exports, Module.createRequire(MAIN), module, MAIN, __dirname);
  if (writing) {
    process.once('exit', () => {
      try {
        const data = script.createCachedData();
        const header = Buffer.alloc(HEADER);
        header.writeUInt32LE(MAGIC, 0);
        header.writeUInt32LE(sourceCrc, 4);
        header.writeUInt32LE(crc32(data), 8);
        header.writeUInt32LE(data.length, 12);
        // A temporary file and a rename: a reader never sees half a cache.
        const temporary = `${CACHE}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, Buffer.concat([header, data]));
        fs.renameSync(temporary, CACHE);
      } catch (error) {
        process.stderr.write(`gongwen-lint: cannot write the code cache ${CACHE}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    });
  }
}

start();
