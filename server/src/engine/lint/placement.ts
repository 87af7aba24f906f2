// Where findings and their blocks sit: chunk-relative to absolute offsets, and the block around an offset.
import type { PreparedDocument } from '../document';
import type { ProseBlock } from '../markdown/prose';
import { upperBound } from '../text/sorted';
import type { Fix, TextRange } from '../types';
import type { BlockPlacement } from './disable-fixes';
import type { FindingDraft } from './draft';

export function shift(range: TextRange, by: number): TextRange {
  return { start: range.start + by, end: range.end + by };
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ range: shift(edit.range, by), newText: edit.newText })) };
}

/** The one way a placement moves from chunk-relative to absolute offsets. */
export function shiftPlacement(placement: BlockPlacement, by: number): BlockPlacement {
  return { range: shift(placement.range, by), ...(placement.table ? { table: shift(placement.table, by) } : {}), ...(placement.listItem ? { listItem: placement.listItem } : {}) };
}

/** A chunk's draft in absolute offsets: its range, fixes, sentence and placement. A new object: memoised drafts stay as they are. */
export function shiftDraft(draft: FindingDraft, by: number): FindingDraft {
  return {
    ...draft,
    range: shift(draft.range, by),
    fixes: draft.fixes.map((fix) => shiftFix(fix, by)),
    ...(draft.sentence ? { sentence: shift(draft.sentence, by) } : {}),
    ...(draft.placement ? { placement: draft.placement === 'file' ? draft.placement : shiftPlacement(draft.placement, by) } : {}),
  };
}

/** A prose block's placement, in the offsets of its chunk. */
export function placementOf(block: ProseBlock): BlockPlacement {
  return { range: block.range, ...(block.table ? { table: block.table } : {}), ...(block.listItem ? { listItem: block.listItem } : {}) };
}

/** The placement of the block holding `offset`, for the disable fix; a plain line otherwise. */
export function placementAt(prepared: PreparedDocument, offset: number): BlockPlacement {
  for (const { start, chunk } of prepared.chunks) {
    if (offset < start || offset > start + chunk.text.length) continue;
    for (const block of chunk.blocks) {
      if (offset >= block.range.start + start && offset <= block.range.end + start) return shiftPlacement(placementOf(block), start);
    }
  }
  // Outside prose (a reference-list item or footnote definition): the line itself,
  // after its list marker, so the comment stays inside the list.
  const marker = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+/.exec(prepared.source.slice(offset, offset + 16));
  return marker ? { range: { start: offset + marker[0].length, end: offset + marker[0].length }, listItem: { first: false } } : { range: { start: offset, end: offset } };
}

/** The prose block (absolute placement) holding an offset, found by binary search. */
export function blockIndex(prepared: PreparedDocument): (offset: number) => BlockPlacement | undefined {
  const blocks = prepared.chunks.flatMap(({ start, chunk }) => chunk.blocks.map((block) => shiftPlacement(placementOf(block), start)));
  const starts = blocks.map((block) => block.range.start);
  return (offset) => {
    const block = blocks[upperBound(starts, offset) - 1];
    return block && offset <= block.range.end ? block : undefined;
  };
}
