/**
 * Deterministic shuffling for the offline model fits (worthiness-fit.ts, strength-fit.ts): Fisher–Yates driven by a
 * small linear congruential generator, so the same data and seed always give the same model.
 */
export function seededShuffler(seed: number): (order: number[]) => void {
  let state = seed;
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  };
}
