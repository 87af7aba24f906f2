/**
 * A least-recently-used memo bounded by an estimate of the bytes its values hold, not by how many there are: one
 * entry can be a 40-byte sentence or a 4 KB chunk with its tokens and findings, so a count bound lets memory grow with
 * ordinary typing (every keystroke makes a new chunk text). Pure: the same key always gives the same value, so
 * eviction only costs a recomputation.
 */
export interface MemoOptions {
  /** The most estimated bytes to keep; the newest entry is kept even when it alone is larger. */
  budget: number;
  /** Estimated bytes an entry holds (its key and value). */
  weigh: (key: string) => number;
}

export class LruMemo<T> {
  private readonly entries = new Map<string, { value: T; weight: number }>();
  private total = 0;
  private currentBudget: number;
  private readonly weigh: (key: string) => number;

  constructor(options: MemoOptions) {
    this.currentBudget = options.budget;
    this.weigh = options.weigh;
  }

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const weight = this.weigh(key);
    this.entries.set(key, { value, weight });
    this.total += weight;
    this.evict();
    return value;
  }

  /** Changes the budget (the CLI keeps little: it rarely sees the same text twice). */
  resize(budget: number): void {
    this.currentBudget = budget;
    this.evict();
  }

  /** The most estimated bytes it keeps now. */
  get budget(): number {
    return this.currentBudget;
  }

  /** Estimated bytes held now. */
  get size(): number {
    return this.total;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.currentBudget || this.entries.size === 1) break;
      this.entries.delete(key);
      this.total -= entry.weight;
    }
  }
}
