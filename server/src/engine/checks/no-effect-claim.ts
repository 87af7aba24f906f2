/**
 * `check: no-effect-claim`: "has no effect", "is no better than", "does not reduce"
 * stated as fact (Cochrane Handbook §12.7.4: absence of evidence of an effect is
 * not evidence of no effect). Fix: "may make little or no difference". Not
 * reported when the sentence cites a systematic review, meta-analysis or guideline,
 * nor for a cited study's result in the past tense ("the trial did not reduce falls").
 */
import { evidenceProfile } from '../bibliography/classify';
import { claimTriggers } from '../citations/claims';
import { coverageOf } from '../citations/coverage';
import type { PreparedChunk } from '../document';
import { sourceRange, type ProseBlock } from '../markdown/prose';
import type { TextRange } from '../types';
import type { CheckKind } from './kind';

const NO_EFFECT =
  /\b(?:(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:effect|impact|benefit)\s+(?:on|in|for)|makes?\s+no\s+difference\s+(?:to|in)|made\s+no\s+difference\s+(?:to|in)|(?:does|do|did)\s+not\s+(?:reduce|improve|prevent|help|relieve|affect|change|lower|increase|work\s+for)|(?:is|are|was|were)\s+no\s+(?:better|more\s+effective)\s+than|(?:is|are|was|were)\s+(?:completely\s+)?ineffective\s+(?:for|in|at))\b/i;
const SYNTHESIS = new Set(['systematic review', 'meta-analysis', 'guideline']);
// "If the pain does not improve after two weeks, …": a condition, not a claim about an effect.
const IN_CONDITION = /\b(?:if|when|whenever|unless|until|once|in case)\b[^,;:]*$/i;
// The rewrite needs an object: "does not improve after two weeks" has none ("may make little or no difference to after").
const NO_OBJECT = /^\s*(?:$|[,.;:!?)]|(?:after|in|within|for|with|by|at|over|until|much|quickly|soon|enough|either|anymore|on its own|by itself)\b)/i;

/** A sentence of a chunk that states no effect as fact, before the checks that depend on the rest of the document. */
interface NoEffectSentence {
  block: ProseBlock;
  /** The sentence in the block's prose. */
  sentence: TextRange;
  prose: string;
  match: RegExpExecArray;
}

// Depends on the chunk's text only, so it is memoised per (memoised) chunk: a keystroke re-reads one chunk.
const sentenceMemo = new WeakMap<PreparedChunk, NoEffectSentence[]>();

function noEffectSentences(chunk: PreparedChunk): NoEffectSentence[] {
  const hit = sentenceMemo.get(chunk);
  if (hit) return hit;
  const found: NoEffectSentence[] = [];
  chunk.blocks.forEach((block, blockIndex) => {
    if (block.context.heading) return;
    for (const sentence of chunk.sentences(blockIndex)) {
      const prose = block.text.slice(sentence.range.start, sentence.range.end);
      const match = NO_EFFECT.exec(prose);
      if (!match || /\b(?:may|might|probably|likely|little or no)\b/i.test(prose)) continue;
      if (IN_CONDITION.test(prose.slice(0, match.index))) continue;
      found.push({ block, sentence: sentence.range, prose, match });
    }
  });
  sentenceMemo.set(chunk, found);
  return found;
}

export const noEffectClaimCheck: CheckKind = {
  kind: 'no-effect-claim',
  fixes: 'yes: the GRADE wording for "little or no difference", when the source says so plainly',
  description: 'Flags "no effect" and "no better than" stated as fact without a systematic review behind it, with "may make little or no difference" as the fix.',
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        const coverage = coverageOf(document, citations.citations, context.citationScope, { placeholders: false });
        for (const { start, chunk } of document.chunks) {
          for (const { block, sentence, prose, match } of noEffectSentences(chunk)) {
            const local = sourceRange(block, sentence.start, sentence.end);
            const range = { start: local.start + start, end: local.end + start };
            const backedBySynthesis = citations.citations
              .filter((c) => c.range.start >= range.start && c.range.start <= range.end + 2)
              .flatMap((c) => c.keys)
              .some((key) => {
                const entry = context.bibliography.entries.get(key.key);
                return entry !== undefined && SYNTHESIS.has(evidenceProfile(entry).design);
              });
            if (backedBySynthesis) continue;
            // "did not improve", "made no difference": a cited study's result, reported as such, not a general claim.
            // A covering link or author-year citation names a source whose design the bibliography cannot tell:
            // the reviewer judges the wording against it, not this rule.
            const covering = coverage.covering(range, { start: block.range.start + start, end: block.range.end + start });
            if (covering && (/^(?:did|had|made|was|were)\b/i.test(match[0]) || covering.keys.length === 0)) continue;
            // "Large RCTs showed that … did not reduce events": a named study's result, in the past tense.
            if (/^(?:did|had|made|was|were)\b/i.test(match[0]) && claimTriggers(prose).some((trigger) => trigger.kind === 'research')) continue;
            const flagged = sourceRange(block, sentence.start + match.index, sentence.start + match.index + match[0].length);
            const target = { start: flagged.start + start, end: flagged.end + start };
            const phrase = match[0].toLowerCase();
            const intransitive = NO_OBJECT.test(prose.slice(match.index + match[0].length));
            // Without an object, "does not improve with creams" becomes "may not improve with creams".
            const bare = /^(?:does|do)\s+not\s+(\w+(?:\s+for)?)$/i.exec(match[0]);
            const replacement = intransitive
              ? bare
                ? `may not ${bare[1]!.toLowerCase()}`
                : undefined
              : /better|more effective/.test(phrase)
                ? 'may make little or no difference compared with'
                : 'may make little or no difference to';
            const plainSource = document.source.slice(target.start, target.end).replace(/\s+/g, ' ') === match[0].replace(/\s+/g, ' ');
            report({
              range: target,
              fixes: plainSource && replacement ? [{ title: `Rewrite as “${replacement}”`, edits: [{ range: target, newText: replacement }], isPreferred: true }] : [],
            });
          }
        }
      },
    };
  },
};
