/** Rewrites `jsFile` as ASCII (each code unit above 0x7f as \uXXXX), and `jsFile + '.map'` (if there) so that its generated columns still point where they did. Throws for a backslash before a non-ASCII character or a line or paragraph separator. */
export function escapeBundleToAscii(jsFile: string): void;
