// Chunk rules: every finding of every active chunk rule in one chunk, chunk-relative and memoised by chunk text.
import type { ResolvedConfig } from '../config/resolve';
import { sentenceOfToken, type PreparedChunk } from '../document';
import { citationPlaceholderFix, inWorkTitle, replacementFixes } from '../fixes';
import { rewriteLadderFixes } from '../ladder-fixes';
import { hasCitationPlaceholder } from '../citations/recognize';
import { sourceRange } from '../markdown/prose';
import { passesFilters } from './candidate-filter';
import { isDocumentCheck } from './document-checks';
import { checkFailedDraft, draftFinding, fillMessage, type FindingDraft } from './draft';
import { placementOf } from './placement';
import type { Profile } from './profile';

// Hung off the memoised chunk (document.ts), so the findings live exactly as long as it does and the chunk memo's byte
// budget bounds both. Keyed by the project's config, not the per-profile one (that is rebuilt for every lint), and the
// profile.
const memos = new WeakMap<PreparedChunk, Map<ResolvedConfig, Map<string, FindingDraft[]>>>();

/** The drafts of one chunk under `config` (the profile's rules of `projectConfig`), chunk-relative; never mutate them. */
export function chunkDrafts(chunk: PreparedChunk, config: ResolvedConfig, projectConfig: ResolvedConfig, profile: Profile): readonly FindingDraft[] {
  let byConfig = memos.get(chunk);
  if (!byConfig) memos.set(chunk, (byConfig = new Map()));
  let byProfile = byConfig.get(projectConfig);
  if (!byProfile) {
    // A reloaded config replaces the old one: keep one config per chunk, not every config the session has seen.
    if (byConfig.size > 0) byConfig.clear();
    byConfig.set(projectConfig, (byProfile = new Map()));
  }
  const key = `${profile.audience}/${profile.mode}`;
  let drafts = byProfile.get(key);
  if (!drafts) byProfile.set(key, (drafts = lintChunk(chunk, config)));
  return drafts;
}

function lintChunk(chunk: PreparedChunk, config: ResolvedConfig): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const { rule, severity, options } of config.rules) {
    if (isDocumentCheck(rule.check)) continue;
    const definition = rule.definition;
    try {
      rule.check.run(
        chunk,
        (candidate) => {
          if (!passesFilters(chunk, candidate, definition)) return;
          const block = chunk.blocks[candidate.block]!;
          const tokens = chunk.tokens[candidate.block]!;
          const proseStart = tokens[candidate.from]!.start;
          const proseEnd = tokens[candidate.to - 1]!.end;
          const range = sourceRange(block, proseStart, proseEnd);
          const proseText = block.text.slice(proseStart, proseEnd).replace(/\s+/g, ' ');
          const sentences = chunk.sentences(candidate.block);
          const sentence = sentenceOfToken(sentences, candidate.from, tokens.length, block.text.length);
          const replaced = replacementFixes(chunk.text, range, proseText, candidate.replacements);
          // A rule with no rewrite of its own, or whose replacements do not fit here, offers the ladder.
          const ladder = replaced.length === 0 && (definition.rewrite === 'ladder' || candidate.replacements.length > 0);
          // An appeal to unnamed evidence (`unless: attributed`) is answered by naming the source, not by deleting
          // what the writer reports: its ladder offers no removal, and always the placeholder.
          const named = definition.unless === 'attributed';
          // The title of a work named in a sentence is quoted as published: no rewrite of it.
          const fixes =
            !block.context.heading && inWorkTitle(block.text, { start: proseStart, end: proseEnd })
              ? []
              : ladder
                ? rewriteLadderFixes(chunk.text, block, sentence.range, sentences.length, range, { removal: !named })
                : replaced;
          // No rewrite fits and the claim cannot go alone, but a citation answers the rule: the writer can cite the
          // evidence, and the placeholder keeps the gap visible until they do.
          if (
            ladder &&
            (fixes.length === 0 || named) &&
            definition.unless !== undefined &&
            !block.context.heading &&
            !block.table &&
            !hasCitationPlaceholder(block.text.slice(sentence.range.start, sentence.range.end))
          )
            fixes.push(citationPlaceholderFix(block.text, sentence.range, (i) => block.offsets[i]!));
          found.push(
            draftFinding(definition, {
              severity,
              message: fillMessage(definition.message, proseText, candidate.values),
              range,
              text: chunk.text.slice(range.start, range.end),
              fixes: definition.fixKind === 'hedge' ? fixes.map((fix) => ({ ...fix, kind: fix.kind ?? ('hedge' as const) })) : fixes,
              sentence: sourceRange(block, sentence.range.start, sentence.range.end),
              placement: placementOf(block),
            }),
          );
        },
        options,
      );
    } catch (error) {
      found.push(checkFailedDraft(definition.id, error));
    }
  }
  return found;
}
