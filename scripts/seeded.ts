/** What the trainers share: a seeded shuffle's generator and the logistic function. */

/** mulberry32: a tiny seeded generator, so every run shuffles the same way. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
