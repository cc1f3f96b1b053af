// Types of tools/local-text-pairs.mjs, for the unit test of its text extraction.
export declare function reportText(markdown: string): string;
