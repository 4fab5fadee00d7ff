/**
 * mulberry32, the small 32-bit seeded generator by Tommy Ettinger (public
 * domain; https://gist.github.com/tommyettinger/46a874533244883189143505d203312c,
 * also in bryc's "PRNGs" collection, https://github.com/bryc/code/blob/master/jshash/PRNGs.md).
 * It is no cryptographic generator: it only has to give the same sequence
 * for the same seed on every machine, so that a draw can be repeated and
 * checked. No Math.random anywhere in a draw.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
