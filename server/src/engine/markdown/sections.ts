/**
 * The heading each offset of a document sits under, for rules that depend on the
 * section ("How to contribute", "Bottom line"). Headings are prose blocks with
 * `context.heading`; the nearest one before an offset governs it.
 */
import type { PreparedDocument } from '../document';

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
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? texts[low - 1]! : '';
  };
}
