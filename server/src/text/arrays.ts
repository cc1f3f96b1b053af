// Array helpers for lists whose length the input decides.

/**
 * Appends `from` to `to` with a loop, not `to.push(...from)`: spreading passes every element as an argument, and a
 * pathological file (hundreds of thousands of findings, code spans or paragraphs) is past V8's argument limit.
 */
export function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
