/**
 * `check: animal-or-lab-to-human`: a claim that cites only animal or laboratory
 * (in vitro) studies without saying so. Fix: name the model where the claim ends.
 */
import { citedClaims, explainClaim, isNonHuman } from '../claims/evidence';
import type { CheckKind } from './kind';
import { describeEvidence, EVIDENCE_PLACEHOLDER } from './evidence-shared';

// The sentence already says it is about animals or cells.
export const NAMES_MODEL =
  /\b(?:mice|mouse|murine|rats?|rodents?|animals?|zebrafish|pigs?|porcine|dogs?|canine|primates?|monkeys?|in\s+vitro|cells?|cell\s+lines?|cultured|laboratory|lab\s+studies|petri|organoids?|in\s+silico)\b/i;

export const animalOrLabToHumanCheck: CheckKind = {
  kind: 'animal-or-lab-to-human',
  fixes: 'yes: names the model ("in animal studies", "in laboratory studies") before the citation',
  description: 'Flags claims that cite only animal or in-vitro studies without naming the model, with a fix that names it.',
  placeholders: { evidence: EVIDENCE_PLACEHOLDER },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        for (const claim of citedClaims(document, citations, context.bibliography)) {
          if (claim.analysis.strength === 'none' || !claim.cue || NAMES_MODEL.test(claim.text)) continue;
          if (!claim.evidence.every((e) => isNonHuman(e.profile))) continue;
          const animal = claim.evidence.some((e) => e.profile.design === 'animal study');
          const phrase = animal ? 'in animal studies' : 'in laboratory studies';
          // Before the first citation marker, or before the final full stop.
          const firstCitation = citations.citations.find((c) => c.range.start >= claim.range.start && c.range.start <= claim.range.end + 2);
          let at = firstCitation ? firstCitation.range.start : claim.range.end - (/[.!]$/.test(claim.text) ? 1 : 0);
          while (at > claim.range.start && document.source[at - 1] === ' ') at--;
          report({
            range: claim.cue,
            values: { evidence: describeEvidence(claim) },
            explanation: explainClaim(claim, claim.text),
            fixes: [{ title: `Say the evidence comes from ${animal ? 'animal' : 'laboratory'} studies`, edits: [{ range: { start: at, end: at }, newText: ` ${phrase}` }], isPreferred: true }],
          });
        }
      },
    };
  },
};
