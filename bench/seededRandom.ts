/**
 * A fixed-seed generator (mulberry32), so every run measures the same data and the error
 * figures can be compared between runs and machines.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number of cents in [min, max] euros, as decimal text with two places. */
export function centsText(random: () => number, minEuros: number, maxEuros: number): string {
  const cents = Math.floor(minEuros * 100 + random() * (maxEuros - minEuros) * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
