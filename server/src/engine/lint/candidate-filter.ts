// Whether a chunk rule's candidate is reported: the rule's scopes and its context guards (negation, quotation, …).
import type { Candidate } from '../checks/kind';
import { sentenceOfToken, type PreparedChunk } from '../document';
import { DEFAULT_GUARDS, firstApplyingGuard, type GuardName } from '../guards';
import type { ProseBlock } from '../markdown/prose';
import type { RuleDefinition, Scope } from '../rules/model';

/** False when the candidate's block is outside the rule's scopes or a guard applies to its sentence. */
export function passesFilters(chunk: PreparedChunk, candidate: Candidate, definition: Pick<RuleDefinition, 'scopes' | 'guards'>): boolean {
  const scopes = definition.scopes;
  const guards = definition.guards ?? DEFAULT_GUARDS;
  if (scopes && !inScope(chunk.blocks[candidate.block]!, scopes)) return false;
  return !(guards.length > 0 && guarded(chunk, candidate, guards));
}

/** A rule applies to a block only when every context of the block is among its scopes. */
function inScope(block: ProseBlock, scopes: readonly Scope[]): boolean {
  const { context } = block;
  if (context.heading && !scopes.includes('heading')) return false;
  if (!context.heading && !context.table && !scopes.includes('paragraph')) return false;
  if (context.list && !scopes.includes('list')) return false;
  if (context.table && !scopes.includes('table')) return false;
  if (context.blockquote && !scopes.includes('blockquote')) return false;
  if (context.footnote && !scopes.includes('footnote')) return false;
  return true;
}

function guarded(chunk: PreparedChunk, candidate: Candidate, guards: readonly GuardName[]): boolean {
  const block = chunk.blocks[candidate.block]!;
  const tokens = chunk.tokens[candidate.block]!;
  const sentence = sentenceOfToken(chunk.sentences(candidate.block), candidate.from, tokens.length, block.text.length);
  return (
    firstApplyingGuard(guards, {
      text: block.text,
      tokens,
      sentence: sentence.range,
      sentenceTokens: sentence.tokens,
      match: { from: candidate.from, to: candidate.to },
      inBlockquote: block.context.blockquote,
    }) !== undefined
  );
}
