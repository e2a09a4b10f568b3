/**
 * A small seeded pseudo-random number generator and the draws the sample generator needs.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "Small Fast Counting" generator from PractRand, 128-bit
 * state, passes PractRand and BigCrush); string seeds are hashed with cyrb128 (bryc, public domain). Every
 * draw in `scripts/sample/` goes through an `Rng`: nothing calls `Math.random`, so the same seed always gives
 * the same sample.
 */

/** A seeded source of random numbers; every method advances the same stream. */
export interface Rng {
  /** Uniform in [0, 1), 32-bit resolution. */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, maxExclusive). */
  int(min: number, maxExclusive: number): number;
  /** True with probability `p` (fraction 0–1). */
  chance(p: number): boolean;
  /** Normal (Gaussian) draw by the Box–Muller transform. */
  normal(mean: number, sd: number): number;
  /** Lognormal draw: `median · exp(N(0, sigma))`; its mean is `median · exp(sigma² / 2)`. */
  lognormal(median: number, sigma: number): number;
  /** An index drawn with probability proportional to `weights[i]` (non-negative; all zero gives -1). */
  weightedIndex(weights: readonly number[]): number;
  /** An element drawn with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** An independent stream derived from this one's seed and `label`, unaffected by draws made here. */
  fork(label: string): Rng;
}

/** cyrb128: hashes a string to four 32-bit words (bryc, github.com/bryc/code, public domain). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The sfc32 step function over a 128-bit state; returns uniform [0, 1). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * A seeded `Rng`. Numbers and strings are both accepted; `1` and `'1'` give the same stream.
 * The first 12 outputs are discarded, as sfc32's author recommends, to mix the hashed seed.
 */
export function createRng(seed: number | string): Rng {
  const key = String(seed);
  const next = sfc32(...cyrb128(key));
  for (let i = 0; i < 12; i++) next();

  const rng: Rng = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, maxExclusive) => min + Math.floor((maxExclusive - min) * next()),
    chance: (p) => next() < p,
    normal(mean, sd) {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    lognormal: (median, sigma) => median * Math.exp(rng.normal(0, sigma)),
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) return -1;
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      // Rounding can leave x a hair above zero: return the last positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
      return -1;
    },
    weighted(items, weights) {
      const i = rng.weightedIndex(weights);
      if (i < 0 || i >= items.length) throw new Error(`weighted(): no positive weight among ${weights.length}`);
      return items[i]!;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i]!;
        items[i] = items[j]!;
        items[j] = tmp;
      }
      return items;
    },
    fork: (label) => createRng(`${key}/${label}`),
  };
  return rng;
}

/**
 * Picks `k` of `weights.length` indices without replacement, each with probability proportional to its
 * weight (Efraimidis & Spirakis, "Weighted random sampling with a reservoir", IPL 97, 2006: keep the `k`
 * largest `log(u) / w`). Indices with zero weight are never picked. Returned in ascending order.
 */
export function weightedSampleIndices(rng: Rng, weights: readonly number[], k: number): number[] {
  const keys: Array<{ i: number; key: number }> = [];
  weights.forEach((w, i) => {
    if (w > 0) keys.push({ i, key: Math.log(1 - rng.next()) / w });
  });
  // Ties (practically impossible) fall back to the index, so the result never depends on sort stability.
  keys.sort((a, b) => b.key - a.key || a.i - b.i);
  return keys
    .slice(0, Math.max(0, k))
    .map((e) => e.i)
    .sort((a, b) => a - b);
}
