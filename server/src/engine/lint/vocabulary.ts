// The project's accepted vocabulary: no rule flags words inside an accepted phrase.
import type { ResolvedConfig } from '../config/resolve';
import type { PreparedDocument } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import type { FindingDraft } from './draft';
import { shift } from './placement';

/** The drafts that do not lie inside an accepted phrase. */
export function withoutAccepted(drafts: FindingDraft[], prepared: PreparedDocument, config: ResolvedConfig): FindingDraft[] {
  const accepted = acceptedRanges(prepared, config);
  if (accepted.length === 0) return drafts;
  return drafts.filter((draft) => !accepted.some((range) => range.start <= draft.range.start && draft.range.end <= range.end));
}

/** Where the accepted phrases occur, in absolute offsets. */
function acceptedRanges(prepared: PreparedDocument, config: ResolvedConfig): TextRange[] {
  const search = config.accepted;
  if (!search) return [];
  const ranges: TextRange[] = [];
  for (const { start, chunk } of prepared.chunks) {
    search.run(
      chunk,
      (candidate) => {
        const block = chunk.blocks[candidate.block]!;
        const tokens = chunk.tokens[candidate.block]!;
        ranges.push(shift(sourceRange(block, tokens[candidate.from]!.start, tokens[candidate.to - 1]!.end), start));
      },
      {},
    );
  }
  return ranges;
}
