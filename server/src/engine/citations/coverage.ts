/**
 * Which citation covers a claim. Writers cite the way journals and consumer-health
 * sites do: a citation supports its own sentence and the sentences before it in
 * the same paragraph or list item, back to the previous citation. `citationScope`
 * picks the rule (see `CitationScope`); a list counts as one paragraph (a citation
 * closing the list covers its items), and a list whose lead-in sentence is cited
 * covers its items, unless an item brings a new statistic or study of its own.
 */
import type { CitationScope } from '../checks/kind';
import type { PreparedDocument } from '../document';
import type { TextRange } from '../types';
import type { Citation } from './recognize';

/** A prose block in absolute offsets, with the list holding it (if any). */
interface BlockSpan {
  range: TextRange;
  list?: TextRange;
}

/** Answers "which citation covers this sentence?" in O(log n). */
export interface Coverage {
  /** The citation that covers `sentence` of `block`, or undefined. `ownOnly`: ignore a cited list lead-in. */
  covering(sentence: TextRange, block: TextRange, ownOnly?: boolean): Citation | undefined;
  /** The lead-in block of the list holding `block` (the block right before the list), if any. */
  leadIn(block: TextRange): TextRange | undefined;
}

export function coverageOf(document: PreparedDocument, citations: readonly Citation[], scope: CitationScope): Coverage {
  const sorted = [...citations].sort((a, b) => a.range.start - b.range.start);
  const starts = sorted.map((citation) => citation.range.start);
  // The first citation starting in [from, to], if any.
  const firstBetween = (from: number, to: number): Citation | undefined => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < starts.length && starts[low]! <= to ? sorted[low] : undefined;
  };
  const blocks = blockSpans(document);
  const blockEnds = blocks.map((block) => block.range.end);
  const listOf = new Map(blocks.map((block) => [block.range.start, block.list]));
  const own = (sentence: TextRange, block: TextRange): Citation | undefined => {
    // A citation right after the full stop ("… alone. [1]") still belongs to the sentence.
    if (scope === 'sentence') return firstBetween(sentence.start, sentence.end + 2);
    if (scope === 'paragraph') return firstBetween(block.start, block.end);
    // A list is cited like a paragraph: a citation closing the list covers the items before it.
    const list = listOf.get(block.start);
    return firstBetween(sentence.start, list ? Math.max(list.end, block.end) : block.end);
  };
  const leadIn = (list: TextRange): TextRange | undefined => {
    // The last block ending at or before the list's start, with only white space, a colon or a list marker between.
    let low = 0;
    let high = blockEnds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (blockEnds[mid]! <= list.start) low = mid + 1;
      else high = mid;
    }
    const lead = blocks[low - 1];
    if (!lead) return undefined;
    const between = document.source.slice(lead.range.end, list.start);
    return /^[\s:>]*(?:[-*+]|\d{1,9}[.)])?[\s>]*$/.test(between) ? lead.range : undefined;
  };
  return {
    covering(sentence, block, ownOnly = false) {
      const found = own(sentence, block);
      if (found || ownOnly) return found;
      const list = listOf.get(block.start);
      const lead = list ? leadIn(list) : undefined;
      return lead ? firstBetween(lead.start, lead.end) : undefined;
    },
    leadIn(block) {
      const list = listOf.get(block.start);
      return list ? leadIn(list) : undefined;
    },
  };
}

function blockSpans(document: PreparedDocument): BlockSpan[] {
  const spans: BlockSpan[] = [];
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks) {
      const list = block.listItem?.list;
      spans.push({ range: { start: block.range.start + start, end: block.range.end + start }, ...(list ? { list: { start: list.start + start, end: list.end + start } } : {}) });
    }
  return spans;
}
