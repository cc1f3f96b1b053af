// Types of tools/zopfli-zip.mjs, for its test.
export interface ZipEntry {
  name: Buffer;
  content: Buffer;
  crc: number;
  versionMadeBy: number;
  flags: number;
  time: number;
  date: number;
  internalAttributes: number;
  externalAttributes: number;
  method?: number;
  compressed?: Buffer;
}
export declare function readZip(zip: Buffer): ZipEntry[];
export declare function writeZip(entries: (ZipEntry & { method: number; compressed: Buffer })[]): Buffer;
export declare function repack(file: string, options?: { cacheDir?: string }): Promise<{ before: number; after: number; entries: ZipEntry[] }>;
