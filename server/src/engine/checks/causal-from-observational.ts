/**
 * `check: causal-from-observational`: direct causal wording ("reduces", "prevents")
 * whose cited evidence is only observational (cohort, case-control, cross-sectional).
 * Fix: the correlational form, then the low-certainty ladder wording.
 */
import { citedClaims, explainClaim, isObservational } from '../claims/evidence';
import type { CheckKind } from './kind';
import { describeEvidence, EVIDENCE_PLACEHOLDER, ladderFixes } from './evidence-shared';

export const causalFromObservationalCheck: CheckKind = {
  kind: 'causal-from-observational',
  fixes: 'yes: rewrites the claim as an association, or at low certainty',
  description: 'Flags direct causal wording ("reduces", "prevents") that cites only observational studies, with the correlational and low-certainty rewrites as fixes.',
  placeholders: { evidence: EVIDENCE_PLACEHOLDER },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        for (const claim of citedClaims(document, citations, context.bibliography)) {
          if (claim.analysis.strength !== 'direct' || claim.analysis.hedges.length > 0 || !claim.cue) continue;
          if (!claim.evidence.every((e) => isObservational(e.profile))) continue;
          report({ range: claim.cue, values: { evidence: describeEvidence(claim) }, explanation: explainClaim(claim, claim.text), fixes: ladderFixes(claim, ['correlational', 'low']) });
        }
      },
    };
  },
};
