/**
 * Shared by the phrase and substitution kinds: find tagged patterns in every
 * block, drop matches an exception overlaps or that run across a sentence stop.
 */
import type { PreparedChunk } from '../document';
import { buildIndex, compilePattern, findMatches, type PhraseIndex, type TokenMatch } from '../text/patterns';
import type { Token } from '../text/tokens';
import type { Candidate, ChunkCheck } from './kind';

/** Compiles `patterns` (each with its replacements) and `exceptions` into a check. */
export function compilePhraseSearch(patterns: Array<{ pattern: string; replacements: string[] }>, exceptions: readonly string[]): ChunkCheck {
  const index = buildIndex(patterns.map(({ pattern }, tag) => ({ sequences: compilePattern(pattern), tag })));
  const exceptionIndex = exceptions.length > 0 ? buildIndex(exceptions.map((pattern, tag) => ({ sequences: compilePattern(pattern), tag }))) : undefined;
  return {
    run(document: PreparedChunk, report: (candidate: Candidate) => void): void {
      document.blocks.forEach((block, blockIndex) => {
        const tokens = document.tokens[blockIndex]!;
        const matches = findMatches(tokens, index);
        if (matches.length === 0) return;
        const excluded = exceptionIndex ? findMatches(tokens, exceptionIndex) : [];
        for (const match of matches) {
          if (crossesSentenceStop(block.text, tokens, match) || excluded.some((ex) => ex.from < match.to && match.from < ex.to)) continue;
          report({ block: blockIndex, from: match.from, to: match.to, replacements: patterns[match.tag]!.replacements });
        }
      });
    },
  };
}

function crossesSentenceStop(text: string, tokens: readonly Token[], match: TokenMatch): boolean {
  for (let i = match.from; i < match.to - 1; i++) {
    if (/[.!?;:\u2026]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return true;
  }
  return false;
}

export type { PhraseIndex };
