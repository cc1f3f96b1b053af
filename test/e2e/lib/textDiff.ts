// A short account of where two texts part, for assertion messages on whole files (a full diff
// of a 5,000-character report drowns the one character that matters).
export function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return 'identical';
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  const line = expected.slice(0, at).split('\n').length;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 12), at + 12));
  return `first difference at offset ${at} (line ${line}): expected ${around(expected)}, got ${around(actual)}` +
    ` (lengths ${expected.length} and ${actual.length})`;
}
