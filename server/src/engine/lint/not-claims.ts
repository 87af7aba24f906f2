// Drops drafts on words that are not the writer's uncited claim: cited sentences, meta sections, reference lists, reported lists.
import { coverageOf, findableCitations, type Coverage } from '../citations/coverage';
import { META_HEADING, REPORTED_LEAD_IN } from '../citations/frames';
import type { DocumentFacts } from '../checks/kind';
import type { ResolvedConfig } from '../config/resolve';
import type { PreparedDocument } from '../document';
import { referenceSections, sectionHeadings } from '../markdown/sections';
import { isClaimlintFinding, type FindingDraft } from './draft';
import { blockIndex } from './placement';

/**
 * The drafts of `unless: cited` and `unless: attributed` rules whose sentence a citation does not cover
 * (citations/coverage.ts). `cited` counts only citations a reader can follow; `attributed` also counts a number whose
 * reference list is missing: "Evidence shows … 1" names its source, and missing-reference reports the lost list.
 */
export function withoutCited(drafts: FindingDraft[], config: ResolvedConfig, prepared: PreparedDocument, documentFacts: () => DocumentFacts): FindingDraft[] {
  const unlessOf = new Map(config.rules.filter(({ rule }) => rule.definition.unless).map(({ rule }) => [rule.definition.id, rule.definition.unless!]));
  if (unlessOf.size === 0 || !drafts.some((draft) => unlessOf.has(draft.ruleId))) return drafts;
  const facts = documentFacts();
  // Each index is built (or fetched) once per call, not once per draft: a long document has thousands of drafts.
  let cited: Coverage | undefined;
  let attributed: Coverage | undefined;
  const coverage = {
    cited: () => (cited ??= coverageOf(prepared, findableCitations(facts.citations), facts.context.citationScope, { placeholders: false })),
    attributed: () => (attributed ??= coverageOf(prepared, facts.citations.citations, facts.context.citationScope, { placeholders: false })),
  };
  // Only chunk rules' drafts have a sentence and a placement; the others are never dropped here.
  return drafts.filter(({ ruleId, sentence, placement }) => {
    const unless = unlessOf.get(ruleId);
    return !(unless && sentence && placement && placement !== 'file' && coverage[unless]().covering(sentence, placement.range));
  });
}

// Rules about the reference list itself still apply in any section.
const REFERENCE_RULES = /^citations\/(?:missing-reference|unused-reference|duplicate-reference|unknown-key|placeholder)$/;

/**
 * Drops claim drafts where the words are not the writer's own claim about health: items of a list introduced as
 * other people's claims ("Competing claims:"), sections about the page itself ("How to contribute"), and reference lists.
 */
export function withoutOthersClaims(drafts: FindingDraft[], prepared: PreparedDocument, documentFacts: () => DocumentFacts): FindingDraft[] {
  if (drafts.length === 0) return drafts;
  const headingAt = sectionHeadings(prepared);
  const references = referenceSections(prepared);
  let coverage: ReturnType<typeof coverageOf> | undefined;
  const blocks = blockIndex(prepared);
  return drafts.filter((draft) => {
    if (REFERENCE_RULES.test(draft.ruleId) || isClaimlintFinding(draft.ruleId)) return true;
    if (META_HEADING.test(headingAt(draft.range.start))) return false;
    // Titles and notes in a reference list are not claims.
    if (references.some((section) => section.start < draft.range.start && draft.range.start < section.end)) return false;
    const block = blocks(draft.range.start);
    if (!block?.listItem?.list) return true;
    coverage ??= coverageOf(prepared, documentFacts().citations.citations, documentFacts().context.citationScope);
    const lead = coverage.leadIn(block.range);
    return !(lead && REPORTED_LEAD_IN.test(prepared.source.slice(lead.start, lead.end)));
  });
}
