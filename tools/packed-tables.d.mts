// Types of tools/packed-tables.mjs (the writer), for the tests that read back what it writes.
export declare const MAGIC: string;
export declare const FORMAT: number;
export interface KeyedInput {
  kind: 'counts' | 'set';
  width: number;
  entries: [string, number][];
}
export interface StringsInput {
  kind: 'strings';
  items: string[];
}
export declare function counts(width: number, entries: Iterable<[string, number]>): KeyedInput;
export declare function set(width: number, keys: Iterable<string>): KeyedInput;
export declare function strings(items: Iterable<string>): StringsInput;
export declare function pairList(keys: Iterable<string>): StringsInput;
export declare function slotOf(key: string, width: number, bits: number): number;
export declare function packTables(meta: unknown, tables: Record<string, KeyedInput | StringsInput>): Buffer;
