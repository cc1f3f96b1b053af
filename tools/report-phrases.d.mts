// Types of tools/report-phrases.mjs, for the unit test that checks the model hashes alike.
export declare const REPORT_PHRASE_BITS: number;
export declare const REPORT_PHRASE_HASHES: number;
export declare function phraseBits(window: string): number[];
export declare function reportPhraseFilter(windows: Iterable<string>): string;
