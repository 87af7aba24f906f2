/**
 * The heading each offset of a document sits under, for rules that depend on the
 * section ("How to contribute", "Bottom line"). Headings are prose blocks with
 * `context.heading`; the nearest one before an offset governs it.
 */
import type { PreparedDocument } from '../document';
import { upperBound } from '../text/sorted';
import { isReferenceHeading } from './prose';
import type { TextRange } from '../types';

/** A function from an absolute offset to the text of the nearest heading before it ('' before the first). */
export function sectionHeadings(document: PreparedDocument): (offset: number) => string {
  const starts: number[] = [];
  const texts: string[] = [];
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks)
      if (block.context.heading && !block.context.list && !block.context.blockquote) {
        starts.push(block.range.start + start);
        texts.push(block.text.trim());
      }
  return (offset) => {
    const low = upperBound(starts, offset);
    return low > 0 ? texts[low - 1]! : '';
  };
}

/**
 * Absolute ranges of reference-list sections ("## Sources and further reading" to the next heading of the same or a
 * higher level). Chunks see only their own headings, so a list in the chunk after its heading is found here.
 */
export function referenceSections(document: PreparedDocument): TextRange[] {
  const sections: TextRange[] = [];
  let open: { start: number; depth: number } | undefined;
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks) {
      if (!block.context.heading || block.context.list || block.context.blockquote) continue;
      const at = block.range.start + start;
      const depth = /^#{1,6}/.exec(document.source.slice(at, at + 6))?.[0].length ?? 1;
      if (open && depth <= open.depth) {
        sections.push({ start: open.start, end: at });
        open = undefined;
      }
      if (!open && isReferenceHeading(block.text)) open = { start: at, depth };
    }
  if (open) sections.push({ start: open.start, end: document.source.length });
  return sections;
}
