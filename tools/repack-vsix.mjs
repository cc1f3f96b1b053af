// Recompresses the VSIX that `vsce package` wrote (zlib's default level) with Zopfli (tools/zopfli-zip.mjs):
// the same files in the same zip layout, which VS Code reads as before, ≈ 6 % smaller (the wrong-character
// data alone: 5.03 → 4.74 MB). Then checks the VSIX against its size limit.
//   node tools/repack-vsix.mjs [FILE.vsix] [--limit BYTES]   (default: the VSIX `vsce package` names; 6,000,000)
// Each file's deflate stream is kept in node_modules/.cache/gongwen-lint/vsix-deflate/ (by content): packing
// again after a change to the bundles only compresses them anew, not the 11 MB data file (≈ 30 s of CPU).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repack } from './zopfli-zip.mjs';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : 6_000_000;
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = args[0] ?? `${name}-${version}.vsix`;
try {
  const { before, after, entries } = await repack(file, { cacheDir: join('node_modules', '.cache', 'gongwen-lint', 'vsix-deflate') });
  for (const e of entries) console.log(`  ${String(e.compressed.length).padStart(9)}  ${e.name.toString()}`);
  console.log(`${file}: ${before.toLocaleString('en')} → ${after.toLocaleString('en')} bytes (limit ${limit.toLocaleString('en')})`);
  if (after > limit) {
    console.error(`${file} is ${(after - limit).toLocaleString('en')} bytes over its limit of ${limit.toLocaleString('en')}: see .vscodeignore for what goes in`);
    process.exit(1);
  }
} catch (error) {
  console.error(`repack-vsix: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
