// mulberry32: a tiny, fast, seedable generator, shared by the test and bench generators (test/helpers/generate.ts)
// and the tools that draw held-out samples (tools/local-text-pairs.mjs), so that a draw is the same on every machine.
/** @param {number} seed @returns {() => number} numbers in [0, 1) */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
