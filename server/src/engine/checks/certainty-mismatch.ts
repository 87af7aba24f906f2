/**
 * `check: certainty-mismatch`: wording stronger than the cited evidence allows on
 * the GRADE ladder (domain reference §2): plain "reduces" resting on one primary
 * study or on weak designs, or "high-quality evidence" citing a pilot study, a
 * case series or a case report. Fix: the ladder wording that matches.
 */
import { certaintyCeiling, citedClaims, explainClaim, isNonHuman, isObservational } from '../claims/evidence';
import type { HedgeLevel } from '../claims/hedge';
import type { CheckKind } from './kind';
import { describeEvidence, EVIDENCE_PLACEHOLDER, ladderFixes } from './evidence-shared';

const STRONG_WORDING = /\b(?:high[- ]quality|strong|robust|conclusive|compelling|definitive)\s+(?:evidence|data|proof)\b/i;

export const certaintyMismatchCheck: CheckKind = {
  kind: 'certainty-mismatch',
  fixes: 'yes: the GRADE wording the cited evidence allows',
  description: 'Flags wording stronger than the certainty the cited evidence can support on the GRADE ladder, with the ladder wording that matches as fixes.',
  messages: { 'strong-wording': '"high-quality evidence" and the like, citing evidence below high certainty' },
  placeholders: { evidence: EVIDENCE_PLACEHOLDER, level: 'the highest certainty the evidence allows: moderate, low or very low' },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        for (const claim of citedClaims(document, citations, context.bibliography)) {
          const profiles = claim.evidence.map((e) => e.profile);
          // Observational-only and animal-only evidence have their own rules.
          if (profiles.every(isObservational) || profiles.every(isNonHuman)) continue;
          const allowed = certaintyCeiling(claim.evidence);
          const explanation = explainClaim(claim, claim.text);
          const strong = STRONG_WORDING.exec(claim.text);
          if (strong && allowed !== 'high') {
            const start = claim.range.start + strong.index;
            const range = { start, end: start + strong[0].length };
            const weaker = allowed === 'very-low' ? 'very limited evidence' : 'limited evidence';
            report({
              range,
              variant: 'strong-wording',
              values: { evidence: describeEvidence(claim), level: allowed },
              explanation,
              fixes: [{ title: `Replace with “${weaker}”`, edits: [{ range, newText: weaker }], isPreferred: true }],
            });
            continue;
          }
          if (claim.analysis.strength !== 'direct' || claim.analysis.hedges.length > 0 || !claim.cue || allowed === 'high') continue;
          const levels: HedgeLevel[] = allowed === 'moderate' ? ['moderate', 'low'] : allowed === 'low' ? ['low', 'very-low'] : ['very-low', 'low'];
          report({ range: claim.cue, values: { evidence: describeEvidence(claim), level: allowed.replace('-', ' ') }, explanation, fixes: ladderFixes(claim, levels) });
        }
      },
    };
  },
};
