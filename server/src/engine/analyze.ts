/**
 * The explain view: one record per prose sentence with its claim strength,
 * hedges, boosters, citations (resolved against the bibliography) and whether it
 * needs a citation. Strength comes from claims/strength.ts (a trained model with
 * the rule patterns and shared lexicon), and the record says what decided it.
 */
import { evidenceProfile } from './bibliography/classify';
import { shortLabel } from './bibliography/format';
import { EMPTY_BIBLIOGRAPHY, type Bibliography } from './bibliography/model';
import type { CitationScope } from './checks/kind';
import { claimTriggers } from './citations/claims';
import { coverageOf } from './citations/coverage';
import { abstractStatus } from './claims/abstracts';
import { certaintyCeiling, citedClaims, isNonHuman, isObservational, type CitedClaim } from './claims/evidence';
import { analyzeStrength, type ClaimStrength, type StrengthAnalysis } from './claims/strength';
import { recognizeCitations, type Citation } from './citations/recognize';
import { prepareDocument } from './document';
import { sourceRange } from './markdown/prose';
import type { TextRange } from './types';

export type { ClaimStrength };

/** A citation in a sentence, with the bibliography entries it resolves to. */
export interface SentenceCitation {
  text: string;
  kind: Citation['kind'];
  keys: string[];
  numbers: number[];
  entries: Array<{ key: string; label: string; design: string; evidenceLevel?: string }>;
}

/** What `claimlint analyze` prints for one sentence. */
export interface SentenceReport {
  text: string;
  range: TextRange;
  isClaim: boolean;
  strength: ClaimStrength;
  hedges: string[];
  boosters: string[];
  citations: SentenceCitation[];
  needsCitation: boolean;
  /** The sentence against its evidence: "no claim", "needs citation", "cited", "supported", or what is wrong. */
  verdict: string;
  /** Exposure or intervention, and outcome, when the analysis finds them. */
  subject?: string;
  outcome?: string;
  /**
   * What decided the strength: the words that carry it (`cue`), the trained model's probability for each class (two
   * decimals), and the features that weighed most for its choice (`effect:<lemma>:<use>` for a verb of the shared
   * lexicon and how it is used, `cue:<pattern>` for a rule pattern, else the words themselves).
   */
  strengthBy: { cue?: string; probabilities: Record<ClaimStrength, number>; decisive: string[] };
  /**
   * For a sentence citing bibliography entries: whether the abstract checks (`evidence/number-not-in-source`,
   * `evidence/exaggerates-source`) ran on it: `checked` when every cited entry has an abstract, else `skipped` with the
   * keys of the entries that have none (claims/abstracts.ts).
   */
  abstractCheck?: AbstractCheck;
}

/** Whether a cited sentence could be checked against its abstracts. */
export interface AbstractCheck {
  status: 'checked' | 'skipped';
  /** The cited entries. */
  keys: string[];
  /** Why it was skipped: "no abstract for smith2020". */
  reason?: string;
}

function abstractCheckOf(claim: CitedClaim): AbstractCheck {
  const keys = [...new Set(claim.evidence.map((e) => e.entry.key))];
  const { checked, missing } = abstractStatus(claim);
  return checked ? { status: 'checked', keys } : { status: 'skipped', keys, reason: `no abstract for ${missing.join(', ')}` };
}

/**
 * Analyses every prose sentence of `text`. Never throws on document text. `needsCitation` follows the same coverage
 * rule as `citations/needs-citation` (citations/coverage.ts) under `scope`.
 */
export function analyze(text: string, bibliography: Bibliography = EMPTY_BIBLIOGRAPHY, scope: CitationScope = 'preceding'): SentenceReport[] {
  const prepared = prepareDocument(text);
  const recognized = recognizeCitations(prepared);
  const citations = recognized.citations;
  const coverage = coverageOf(prepared, citations, scope);
  const claimsByStart = new Map(citedClaims(prepared, recognized, bibliography).map((claim) => [claim.range.start, claim]));
  const reports: SentenceReport[] = [];
  for (const { start, chunk } of prepared.chunks) {
    chunk.blocks.forEach((block, index) => {
      for (const sentence of chunk.sentences(index)) {
        const local = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: local.start + start, end: local.end + start };
        const prose = block.text.slice(sentence.range.start, sentence.range.end).replace(/\s+/g, ' ');
        const analysis = analyzeStrength(prose);
        const cited = citations.filter((c) => c.range.start >= range.start && c.range.start <= range.end + 2 && c.kind !== 'placeholder');
        const isClaim = !block.context.heading && claimTriggers(block.text.slice(sentence.range.start, sentence.range.end)).length > 0;
        const claim = claimsByStart.get(range.start);
        const covered = isClaim && coverage.covering(range, { start: block.range.start + start, end: block.range.end + start }) !== undefined;
        reports.push({
          text: text.slice(range.start, range.end),
          range,
          isClaim,
          strength: analysis.strength,
          hedges: analysis.hedges,
          boosters: analysis.boosters,
          citations: cited.map((citation) => describeCitation(citation, bibliography)),
          needsCitation: isClaim && !covered,
          verdict: verdictOf(isClaim, cited.length > 0 || covered, analysis, claim),
          ...(analysis.subject ? { subject: analysis.subject } : {}),
          ...(analysis.outcome ? { outcome: analysis.outcome } : {}),
          strengthBy: {
            ...(analysis.cue ? { cue: prose.slice(analysis.cue.start, analysis.cue.end) } : {}),
            probabilities: Object.fromEntries(Object.entries(analysis.model?.probabilities ?? {}).map(([cls, p]) => [cls, Math.round(p * 100) / 100])) as Record<ClaimStrength, number>,
            decisive: analysis.model?.decisive ?? [],
          },
          ...(claim ? { abstractCheck: abstractCheckOf(claim) } : {}),
        });
      }
    });
  }
  return reports;
}

function describeCitation(citation: Citation, bibliography: Bibliography): SentenceCitation {
  const keys = citation.keys.map((key) => key.key);
  return {
    text: citation.text,
    kind: citation.kind,
    keys,
    numbers: citation.numbers,
    entries: keys.flatMap((key) => {
      const entry = bibliography.entries.get(key);
      if (!entry) return [];
      const profile = evidenceProfile(entry);
      return [{ key, label: shortLabel(entry), design: profile.design, ...(profile.level ? { evidenceLevel: profile.level } : {}) }];
    }),
  };
}

function verdictOf(isClaim: boolean, cited: boolean, analysis: StrengthAnalysis, claim: CitedClaim | undefined): string {
  if (!claim) return cited ? 'cited' : isClaim ? 'needs citation' : 'no claim';
  const hedged = analysis.hedges.length > 0;
  if (analysis.strength === 'direct' && !hedged && claim.evidence.every((e) => isObservational(e.profile))) return 'causal wording on observational evidence';
  if (analysis.strength !== 'none' && claim.evidence.every((e) => isNonHuman(e.profile))) return 'animal or laboratory evidence';
  const ceiling = certaintyCeiling(claim.evidence);
  if (analysis.strength === 'direct' && !hedged && ceiling !== 'high') return `stronger than the evidence (${ceiling.replace('-', ' ')} certainty at most)`;
  return 'supported';
}
