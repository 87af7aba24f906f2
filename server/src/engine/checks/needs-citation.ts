/**
 * `check: needs-citation`: a sentence that makes a checkable claim (citations/claims.ts)
 * and carries no citation, in the sentence or, with `citationScope: paragraph`, in
 * its paragraph. Highlights the claim's trigger, not the whole sentence. The fix
 * "Insert citation…" is ranked on demand by the editor (citations/suggest.ts);
 * the finding carries where a citation would go.
 */
import { claimTriggers } from '../citations/claims';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import type { CheckKind } from './kind';

export const needsCitationCheck: CheckKind = {
  kind: 'needs-citation',
  description: 'Flags sentences that make a checkable claim (statistics, research findings, efficacy, safety, comparisons, epidemiology) without a citation.',
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        const cited = citations.citations;
        document.chunks.forEach(({ start, chunk }) => {
          chunk.blocks.forEach((block, blockIndex) => {
            if (block.context.heading || block.context.footnote) return;
            const shift = (range: TextRange): TextRange => ({ start: range.start + start, end: range.start === range.end ? range.end + start : range.end + start });
            const blockRange = shift(block.range);
            const blockCited = cited.some((c) => c.range.start >= blockRange.start && c.range.end <= blockRange.end);
            for (const sentence of chunk.sentences(blockIndex)) {
              const text = block.text.slice(sentence.range.start, sentence.range.end);
              const triggers = claimTriggers(text);
              if (triggers.length === 0) continue;
              const sentenceRange = shift(sourceRange(block, sentence.range.start, sentence.range.end));
              // A citation right after the full stop ("… alone. [1]") still belongs to the sentence.
              const hasCitation =
                context.citationScope === 'paragraph' ? blockCited : cited.some((c) => c.range.start >= sentenceRange.start && c.range.start <= sentenceRange.end + 2);
              if (hasCitation) continue;
              const trigger = triggers[0]!;
              const range = shift(sourceRange(block, sentence.range.start + trigger.range.start, sentence.range.start + trigger.range.end));
              const insertAt = citationInsertOffset(block.text, sentence.range, (i) => block.offsets[i]! + start);
              report({
                range,
                variant: trigger.kind,
                citationSlot: { sentence: sentenceRange, insertAt },
                fixes: [{ title: 'Insert a citation placeholder', edits: [{ range: { start: insertAt, end: insertAt }, newText: ' [citation needed]' }] }],
              });
            }
          });
        });
      },
    };
  },
};

/** Where a citation goes: before the sentence's final punctuation (and closing quotes), else after its last character. */
export function citationInsertOffset(prose: string, sentence: TextRange, toSource: (proseIndex: number) => number): number {
  let last = sentence.end - 1;
  while (last > sentence.start && /[”"’')\]]/.test(prose[last]!)) last--;
  if (/[.!?;:]/.test(prose[last]!)) {
    while (last > sentence.start && /[.!?;:]/.test(prose[last - 1]!)) last--;
    return toSource(last);
  }
  return toSource(sentence.end - 1) + 1;
}
