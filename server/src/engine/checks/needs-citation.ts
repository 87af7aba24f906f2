/**
 * `check: needs-citation`: a sentence that makes a checkable claim (citations/claims.ts)
 * and carries no citation, in the sentence or, with `citationScope: paragraph`, in
 * its paragraph. Highlights the claim's trigger, not the whole sentence. The fix
 * "Insert citation…" is ranked on demand by the editor (citations/suggest.ts);
 * the finding carries where a citation would go.
 */
import { claimTriggers, type ClaimKind } from '../citations/claims';
import { hedgeRewrites } from '../claims/hedge';
import type { PreparedChunk } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import type { CheckKind } from './kind';

/** An uncited-claim candidate in one chunk (chunk-relative offsets). */
interface ClaimSentence {
  kind: ClaimKind;
  trigger: TextRange;
  /** The sentence's other triggers, in order. */
  others: Array<{ kind: ClaimKind; range: TextRange }>;
  sentence: TextRange;
  block: TextRange;
  insertAt: number;
}

// Claim detection depends on the chunk's text only, so it is memoised per (memoised) chunk.
const claimMemo = new WeakMap<PreparedChunk, ClaimSentence[]>();

function claimSentences(chunk: PreparedChunk): ClaimSentence[] {
  let claims = claimMemo.get(chunk);
  if (claims) return claims;
  claims = [];
  chunk.blocks.forEach((block, blockIndex) => {
    if (block.context.heading || block.context.footnote) return;
    for (const sentence of chunk.sentences(blockIndex)) {
      const triggers = claimTriggers(block.text.slice(sentence.range.start, sentence.range.end));
      if (triggers.length === 0) continue;
      const trigger = triggers[0]!;
      claims!.push({
        kind: trigger.kind,
        trigger: sourceRange(block, sentence.range.start + trigger.range.start, sentence.range.start + trigger.range.end),
        others: triggers.slice(1).map((other) => ({ kind: other.kind, range: sourceRange(block, sentence.range.start + other.range.start, sentence.range.start + other.range.end) })),
        sentence: sourceRange(block, sentence.range.start, sentence.range.end),
        block: block.range,
        insertAt: citationInsertOffset(block.text, sentence.range, (i) => block.offsets[i]!),
      });
    }
  });
  claimMemo.set(chunk, claims);
  return claims;
}

export const needsCitationCheck: CheckKind = {
  kind: 'needs-citation',
  description: 'Flags sentences that make a checkable claim (statistics, research findings, efficacy, safety, comparisons, epidemiology) without a citation.',
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        const starts = citations.citations.map((c) => c.range.start);
        // Any citation starting in [from, to]? (citations are sorted by start)
        const citedBetween = (from: number, to: number): boolean => {
          let low = 0;
          let high = starts.length;
          while (low < high) {
            const mid = (low + high) >> 1;
            if (starts[mid]! < from) low = mid + 1;
            else high = mid;
          }
          return low < starts.length && starts[low]! <= to;
        };
        for (const { start, chunk } of document.chunks) {
          for (const claim of claimSentences(chunk)) {
            // A citation right after the full stop ("… alone. [1]") still belongs to the sentence.
            const cited =
              context.citationScope === 'paragraph'
                ? citedBetween(claim.block.start + start, claim.block.end + start)
                : citedBetween(claim.sentence.start + start, claim.sentence.end + start + 2);
            if (cited) continue;
            const insertAt = claim.insertAt + start;
            const sentenceRange = { start: claim.sentence.start + start, end: claim.sentence.end + start };
            // An uncited efficacy claim gets, at most, the low-certainty wording (domain reference §2.4 item 6).
            const low = claim.kind === 'efficacy' ? hedgeRewrites(document.source.slice(sentenceRange.start, sentenceRange.end)).find((r) => r.level === 'low') : undefined;
            const hedge = low
              ? [{ title: `Rewrite for low certainty: “${low.text}”`, edits: [{ range: { start: sentenceRange.start + low.range.start, end: sentenceRange.start + low.range.end }, newText: low.text }], kind: 'hedge' as const }]
              : [];
            report({
              range: { start: claim.trigger.start + start, end: claim.trigger.end + start },
              alternatives: claim.others.map((other) => ({ range: { start: other.range.start + start, end: other.range.end + start }, variant: other.kind })),
              variant: claim.kind,
              citationSlot: { sentence: sentenceRange, insertAt },
              fixes: [{ title: 'Insert a citation placeholder', edits: [{ range: { start: insertAt, end: insertAt }, newText: ' [citation needed]' }] }, ...hedge],
            });
          }
        }
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
