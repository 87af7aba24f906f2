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

/**
 * A lookup "the earliest-listed of these findings on exactly these words, or on words that contain them; failing
 * that, one on words that overlap them", in O(log n) for short ranges: a document rule asks it for each of its
 * candidates, and a 1 MB document has thousands.
 */
export function containingIndex<T extends { range: TextRange }>(earlier: readonly T[]): (range: TextRange) => T | undefined {
  let sorted: Array<{ finding: T; order: number }> | undefined;
  let longest = 0;
  return (range) => {
    if (!sorted) {
      sorted = earlier.map((finding, order) => ({ finding, order })).sort((a, b) => a.finding.range.start - b.finding.range.start);
      longest = sorted.reduce((max, { finding }) => Math.max(max, finding.range.end - finding.range.start), 0);
    }
    // The last finding starting at or before the range; only those starting within `longest` before it can contain it.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.finding.range.start <= range.start) low = mid + 1;
      else high = mid;
    }
    let best: { finding: T; order: number } | undefined;
    let overlapping: { finding: T; order: number } | undefined;
    for (let i = low - 1; i >= 0 && sorted[i]!.finding.range.start >= range.start - longest; i--) {
      const entry = sorted[i]!;
      if (range.end <= entry.finding.range.end && (!best || entry.order < best.order)) best = entry;
      else if (entry.finding.range.end > range.start && (!overlapping || entry.order < overlapping.order)) overlapping = entry;
    }
    // Findings that start inside the range overlap it too ("is the root cause of" and "the root cause of many").
    for (let i = low; !best && i < sorted.length && sorted[i]!.finding.range.start < range.end; i++) {
      const entry = sorted[i]!;
      if (!overlapping || entry.order < overlapping.order) overlapping = entry;
    }
    return (best ?? overlapping)?.finding;
  };
}
