// Types of tools/word-collocations.mjs, for the unit test that checks the model hashes alike.
export declare const COLLOCATION_BITS: number;
export declare const COLLOCATION_HASHES: number;
export declare const COLLOCATION_LIFT: number;
export declare function wordHash(word: string): number;
export declare function pairBits(ha: number, hb: number): number[];
export declare function segmentWords(run: string, wordCost: (word: string) => number | undefined, singleCost: (c: string) => number): string[];
export declare function collocationFilter(
  runs: readonly string[],
  wordCost: (word: string) => number | undefined,
  singleCost: (c: string) => number,
): { text: string; pairs: number };
