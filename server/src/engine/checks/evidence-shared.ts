/**
 * Helpers shared by the `evidence` check kinds: ladder fixes for a claim
 * sentence, and how to describe its evidence in a message.
 */
import type { CitedClaim } from '../claims/evidence';
import { hedgeRewrites, type HedgeLevel } from '../claims/hedge';
import type { Fix } from '../types';

const TITLES: Record<HedgeLevel, string> = {
  moderate: 'Rewrite for moderate certainty',
  low: 'Rewrite for low certainty',
  'very-low': 'Rewrite for very low certainty',
  correlational: 'Rewrite as an association',
};

/** Fixes rewriting the claim's sentence at `levels`, in that order, the first preferred. */
export function ladderFixes(claim: CitedClaim, levels: readonly HedgeLevel[]): Fix[] {
  const rewrites = hedgeRewrites(claim.text);
  const fixes: Fix[] = [];
  for (const level of levels) {
    const rewrite = rewrites.find((r) => r.level === level);
    if (!rewrite) continue;
    const start = claim.range.start + rewrite.range.start;
    const end = claim.range.start + rewrite.range.end;
    fixes.push({ title: `${TITLES[level]}: “${rewrite.text}”`, edits: [{ range: { start, end }, newText: rewrite.text }], kind: level === 'correlational' ? 'rewrite' : 'hedge' });
  }
  if (fixes[0]) fixes[0].isPreferred = true;
  return fixes;
}

/** What the `{evidence}` placeholder holds, for the kinds' declarations. */
export const EVIDENCE_PLACEHOLDER = 'the cited studies\' designs and keys ("cohort study (smith2020)")';

/** "a cohort study (smith2020)" or "2 cohort studies (a, b)". */
export function describeEvidence(claim: CitedClaim): string {
  const designs = [...new Set(claim.evidence.map((e) => (e.profile.design === 'unknown' ? 'study of unrecorded design' : e.profile.design)))];
  const keys = claim.evidence.map((e) => e.entry.key).join(', ');
  return `${designs.join(' and ')} (${keys})`;
}
