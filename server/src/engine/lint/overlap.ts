// "Does any finding already cover these words?": an overlap test over the ranges of earlier findings.
import type { TextRange } from '../types';

/** A test "does any of these ranges overlap this one?" in O(log n) for short ranges (findings are words or phrases). */
export function overlapIndex(ranges: TextRange[]): (range: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((max, range) => Math.max(max, range.end - range.start), 0);
  return (range) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < range.end) low = mid + 1;
      else high = mid;
    }
    // Only ranges starting within `longest` before this one can reach into it.
    for (let i = low - 1; i >= 0 && sorted[i]!.start >= range.start - longest; i--) if (sorted[i]!.end > range.start) return true;
    return false;
  };
}

/** The earlier finding on exactly these words, or on words that contain them. */
export function containing<T extends { range: TextRange }>(earlier: readonly T[], range: TextRange): T | undefined {
  return earlier.find((finding) => finding.range.start <= range.start && range.end <= finding.range.end);
}
