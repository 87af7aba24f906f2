/**
 * Splits a block of prose into sentences with exact offsets, using textlint's
 * sentence-splitter (abbreviations such as e.g., et al., Dr., vs.; decimals; p < .05).
 */
import { split } from 'sentence-splitter';
import type { TextRange } from '../types';

// sentence-splitter ends a sentence at these when a number follows ("see Fig. 2");
// in health writing they almost always continue the sentence.
const CONTINUING_ABBREVIATIONS = /(?:^|[\s(])(?:fig|figs|tab|no|nos|vol|pp|p|ch|sec|ref|refs|eq|approx|ca|cf|ed|eds|est|min|max|mg|ml|kg|vs|st|ave)\.$/i;

/** Sentence ranges inside `text`, in order, covering every non-blank stretch. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const range = trimRange(text, node.range[0], node.range[1]);
    if (range.end <= range.start) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && shouldJoin(text, previous, range)) previous.end = range.end;
    else ranges.push(range);
  }
  return ranges;
}

function shouldJoin(text: string, previous: TextRange, next: TextRange): boolean {
  const before = text.slice(previous.start, previous.end);
  const firstChar = text[next.start] ?? '';
  return CONTINUING_ABBREVIATIONS.test(before) && /[\p{N}\p{Ll}]/u.test(firstChar);
}

function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
