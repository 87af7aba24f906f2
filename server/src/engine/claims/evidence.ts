/**
 * Joins each claim sentence to the evidence it cites: the sentence's strength
 * (claims/strength.ts), its citations resolved to bibliography entries, and each
 * entry's study design and evidence level (bibliography/classify.ts). The
 * `evidence` pack's check kinds read these.
 */
import { evidenceProfile, type EvidenceProfile } from '../bibliography/classify';
import type { BibEntry, Bibliography } from '../bibliography/model';
import type { DocumentCitations } from '../citations/recognize';
import type { PreparedDocument } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import { analyzeStrength, type StrengthAnalysis } from './strength';

/** A sentence with a citation that resolves to at least one bibliography entry. */
export interface CitedClaim {
  /** Source range of the sentence, and its text. */
  range: TextRange;
  text: string;
  /** The sentence without citation markers, for analysis and rewriting. */
  analysis: StrengthAnalysis;
  /** Source range of the strength cue (the words to flag), when there is one. */
  cue?: TextRange;
  evidence: Array<{ entry: BibEntry; profile: EvidenceProfile }>;
  /** The sentence as prose (non-prose such as citation markers and URLs replaced by U+FFFC). */
  prose: string;
  /** Source range of a range of `prose`. */
  sourceOf(range: TextRange): TextRange;
}

const OBSERVATIONAL = new Set(['cohort study', 'case-control study', 'cross-sectional study']);
const NON_HUMAN = new Set(['animal study', 'in vitro study']);

/** True for designs that cannot show cause (observational). */
export function isObservational(profile: EvidenceProfile): boolean {
  return OBSERVATIONAL.has(profile.design);
}

/** True for animal and laboratory (in vitro) studies. */
export function isNonHuman(profile: EvidenceProfile): boolean {
  return NON_HUMAN.has(profile.design);
}

/** Every sentence that cites resolvable entries, with its strength and evidence. */
export function citedClaims(document: PreparedDocument, citations: DocumentCitations, bibliography: Bibliography): CitedClaim[] {
  if (bibliography.entries.size === 0) return [];
  const claims: CitedClaim[] = [];
  for (const { start, chunk } of document.chunks) {
    chunk.blocks.forEach((block, blockIndex) => {
      if (block.context.footnote) return;
      for (const sentence of chunk.sentences(blockIndex)) {
        const local = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: local.start + start, end: local.end + start };
        const cited = citations.citations.filter((c) => c.range.start >= range.start && c.range.start <= range.end + 2 && c.keys.length > 0);
        const evidence = cited
          .flatMap((c) => c.keys)
          .flatMap((key) => {
            const entry = bibliography.entries.get(key.key);
            return entry ? [{ entry, profile: evidenceProfile(entry) }] : [];
          });
        if (evidence.length === 0) continue;
        const prose = block.text.slice(sentence.range.start, sentence.range.end);
        const analysis = analyzeStrength(prose);
        const cue = analysis.cue
          ? (() => {
              const cueRange = sourceRange(block, sentence.range.start + analysis.cue.start, sentence.range.start + analysis.cue.end);
              return { start: cueRange.start + start, end: cueRange.end + start };
            })()
          : undefined;
        const sourceOf = (local: TextRange): TextRange => {
          const mapped = sourceRange(block, sentence.range.start + local.start, sentence.range.start + local.end);
          return { start: mapped.start + start, end: mapped.end + start };
        };
        claims.push({ range, text: document.source.slice(range.start, range.end), analysis, ...(cue ? { cue } : {}), evidence, prose, sourceOf });
      }
    });
  }
  return claims;
}

const SYNTHESIS = new Set(['systematic review', 'meta-analysis', 'guideline']);
const VERY_WEAK = new Set(['case report', 'case series', 'expert opinion', 'narrative review']);

/** The highest GRADE certainty the cited evidence could support, roughly (GRADE starting points, §2.1). */
export function certaintyCeiling(evidence: CitedClaim['evidence']): 'high' | 'moderate' | 'low' | 'very-low' {
  const profiles = evidence.map((e) => e.profile);
  if (profiles.some((p) => SYNTHESIS.has(p.design))) return 'high';
  const pilot = evidence.some((e) => /\b(?:pilot|feasibility|preliminary)\b/i.test(e.entry.title ?? ''));
  if (profiles.every((p) => VERY_WEAK.has(p.design) || p.design === 'unknown')) return 'very-low';
  if (profiles.some((p) => p.design === 'randomized controlled trial') && !pilot) return profiles.length > 1 ? 'high' : 'moderate';
  return 'low';
}

/** GRADE wording for each certainty level (GRADE 26; domain reference §2.2). */
export const GRADE_WORDING: Record<'high' | 'moderate' | 'low' | 'very-low', string> = {
  high: 'high certainty: "X reduces Y"',
  moderate: 'moderate certainty: "X probably reduces Y"',
  low: 'low certainty: "X may reduce Y"',
  'very-low': 'very low certainty: "It is uncertain whether X reduces Y"',
};

/** Markdown explaining a claim's strength against its evidence, for hovers. */
export function explainClaim(claim: CitedClaim, sentenceText: string): string {
  const cue = claim.cue ? `“${sentenceText.slice(claim.cue.start - claim.range.start, claim.cue.end - claim.range.start)}”` : '';
  const evidence = claim.evidence
    .map((e) => `${e.entry.key}: ${e.profile.design === 'unknown' ? 'design not recorded' : e.profile.design}${e.profile.level ? `, level ${e.profile.level}` : ''} (${e.profile.basis})`)
    .join('; ');
  const ceiling = certaintyCeiling(claim.evidence);
  return [
    `**Claim strength:** ${claim.analysis.strength === 'direct' ? 'direct causal' : claim.analysis.strength}${cue ? ` (${cue})` : ''}`,
    `**Cited evidence:** ${evidence}`,
    `**GRADE row that applies:** ${GRADE_WORDING[ceiling]}`,
  ].join('\n\n');
}
