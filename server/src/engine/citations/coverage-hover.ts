/**
 * "Which citation supports this claim?" on hover: for a sentence that makes a
 * checkable claim, the citation that covers it under the document's citation scope
 * (citations/coverage.ts) and why it counts, so a writer can see what the linter
 * took as the claim's source.
 */
import type { CitationScope } from '../checks/kind';
import { prepareDocument } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import { claimTriggers } from './claims';
import { coverageOf } from './coverage';
import { recognizeCitations, type Citation } from './recognize';

/** Hover Markdown naming the citation that covers the claim under `offset`; undefined off claims or when none does. */
export function coverageHover(text: string, offset: number, scope: CitationScope): { markdown: string; range: TextRange } | undefined {
  const prepared = prepareDocument(text);
  for (const { start, chunk } of prepared.chunks) {
    if (offset < start || offset > start + chunk.text.length) continue;
    for (let index = 0; index < chunk.blocks.length; index++) {
      const block = chunk.blocks[index]!;
      const blockRange = { start: block.range.start + start, end: block.range.end + start };
      if (offset < blockRange.start || offset > blockRange.end || block.context.heading) continue;
      for (const sentence of chunk.sentences(index)) {
        const local = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: local.start + start, end: local.end + start };
        if (offset < range.start || offset > range.end) continue;
        if (claimTriggers(block.text.slice(sentence.range.start, sentence.range.end)).length === 0) return undefined;
        const citations = recognizeCitations(prepared).citations;
        const covering = coverageOf(prepared, citations, scope).covering(range, blockRange);
        if (!covering || covering.kind === 'placeholder') return undefined;
        return { range, markdown: `**Source for this claim:** ${describe(covering, text)}, ${where(covering, range, blockRange)} (\`citationScope: ${scope}\`).` };
      }
    }
  }
  return undefined;
}

function describe(citation: Citation, text: string): string {
  const shown = citation.text.length > 80 ? `${citation.text.slice(0, 77)}…` : citation.text;
  const line = text.slice(0, citation.range.start).split('\n').length;
  return `\`${shown.replace(/`/g, "'")}\` on line ${line}`;
}

function where(citation: Citation, sentence: TextRange, block: TextRange): string {
  if (citation.range.start <= sentence.end + 2 && citation.range.end >= sentence.start) return 'in this sentence';
  if (citation.range.start >= sentence.end && citation.range.start <= block.end) return 'later in this paragraph, which it covers back to the previous citation';
  if (citation.range.start > block.end) return 'after this paragraph, in the list or section it belongs to';
  return 'in this section or the list lead-in: in an article that cites its sources, a section that cites covers its claims';
}
