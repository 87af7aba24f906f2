/**
 * `check: exaggerates-source`: a cited claim stronger than the conclusion of the abstract it cites (Sumner 2014's
 * press-release exaggerations, domain reference §3–§4): a causal claim on a correlational conclusion, an unhedged
 * claim on a "may" or "further trials are needed" conclusion (both by the claim-strength analysis of claims/strength.ts
 * on both sides), an effect the abstract found absent ("did not reduce"), an animal or laboratory conclusion stated for
 * people, and (info) a conclusion about a subgroup stated for everyone. A claim whose strength no phrase carries
 * ("Happy children make happy adults") is flagged on its words, as info.
 *
 * The abstract's conclusion is its "Conclusion(s):" section, else its last two sentences (claims/abstracts.ts); with
 * several sentences or several cited entries the strongest counts, so the claim is measured against the most the
 * sources say. A conclusion with no relationship in it ("Residual confounding was possible.") says nothing to compare
 * with, and the check stays silent. It also stays silent when a cited entry has no abstract, and where
 * `causal-from-observational` or `animal-or-lab-to-human` already flag the claim from the study design.
 */
import { citedAbstracts, conclusionSentences } from '../claims/abstracts';
import { citedClaims, isNonHuman, isObservational, type CitedClaim } from '../claims/evidence';
import { analyzeStrength, type ClaimStrength } from '../claims/strength';
import type { Fix, TextRange } from '../types';
import { NAMES_MODEL } from './animal-or-lab-to-human';
import { ladderFixes } from './evidence-shared';
import type { CheckKind, DocumentCandidate } from './kind';

const RANK: Record<ClaimStrength, number> = { none: 0, correlational: 1, conditional: 2, direct: 3 };
const LABEL: Record<ClaimStrength, string> = { none: 'no relationship', correlational: 'correlational', conditional: 'conditional causal', direct: 'direct causal' };

// A conclusion drawn in animals or cells (narrower than NAMES_MODEL: "T cells" in people are no laboratory model).
const MODEL_IN_CONCLUSION =
  /\b(?:mice|mouse|murine|rats?|rodents?|zebrafish|pigs?|porcine|dogs?|canine|primates?|monkeys?|in\s+(?:an?\s+)?animal\s+models?|in\s+vitro|cell\s+lines?|cultured\s+cells|organoids?|xenografts?|in\s+silico)\b/i;
const ANIMAL = /\b(?:mice|mouse|murine|rats?|rodents?|zebrafish|pigs?|porcine|dogs?|canine|primates?|monkeys?|animal\s+models?|xenografts?)\b/i;
// The model is named as earlier work the conclusion agrees with ("In accordance with studies in animal models, …").
const MODEL_AS_PRIOR_WORK = /\b(?:accordance\s+with|consistent\s+with|in\s+line\s+with|like|as\s+in|previous|prior|earlier|other)\s+(?:\w+\s+){0,3}$/i;

/** The laboratory model a conclusion is about, unless it only names it as earlier work. */
function modelOf(sentence: string): string | undefined {
  const match = MODEL_IN_CONCLUSION.exec(sentence);
  if (!match || MODEL_AS_PRIOR_WORK.test(sentence.slice(Math.max(0, match.index - 40), match.index))) return undefined;
  return match[0].replace(/^in\s+(?:an?\s+)?/i, '');
}

const QUALIFIER = String.raw`(?:older|elderly|younger|young|pregnant|postmenopausal|premenopausal|obese|overweight|healthy|male|female|hospitali[sz]ed|critically\s+ill|preterm|low-income|white|black|asian|hispanic)`;
const GROUP = String.raw`(?:women|men|girls|boys|children|adolescents|teenagers|infants|newborns|neonates|elderly|smokers|athletes|runners|veterans|nurses|students|(?:patients|people|adults|individuals)\s+with\s+(?!(?:a|an|the|any|no|some|all|their|this|these)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?)`;
// "in postmenopausal women", "among patients with type 2 diabetes", "in older adults".
// Not "in men and women", "for women and their neonates": both groups, or more, are no subgroup.
const SUBGROUP = new RegExp(String.raw`\b(?:in|among|for)\s+((?:${QUALIFIER}\s+)+(?:adults|people|patients|${GROUP})|${GROUP})\b(?!\s+(?:and|or)\b|,)`, 'iu');
const STOP = new Set(['with', 'people', 'patients', 'adults', 'individuals', 'and', 'of', 'the', 'a']);

// A conclusion that states no relationship but says the evidence is uncertain ("Despite some evidence for a positive
// effect, further trials are needed") supports a possible effect at most: it counts as conditional.
const UNCERTAIN =
  /\b(?:further|more|additional|larger|future)\s+(?:[\w-]+\s+){0,6}(?:research|studies|trials|work|investigation|evidence)\b.{0,80}?\b(?:needed|required|warranted|necessary)\b|\b(?:insufficient|limited|some|weak|preliminary|inconclusive|low[- ]quality|very\s+low|uncertain)\s+(?:[\w-]+\s+)?evidence\b|\bremains?\s+(?:unclear|uncertain)\b/i;

// A conclusion that found no effect or association: the negation is on the finding itself ("did not reduce", "no
// difference in", "was not associated with"), not on a detail ("but not sad faces", "which do not have orthologues").
const NO_EFFECT =
  /\b(?:(?:did|does|do|was|were|is|are|has|have|had)\s+not|didn['’]t|doesn['’]t|don['’]t|wasn['’]t|weren['’]t|failed\s+to)\s+(?:[\w-]+\s+){0,2}?(?:improve|reduce|increase|affect|alter|change|prevent|lower|raise|benefit|differ|influence|decrease|ease|relieve|shorten|protect|(?:be\s+)?(?:associated|linked|related|effective|superior|better))\w*\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:effects?|associations?|differences?|benefits?|relationships?|improvements?|reductions?|increases?|evidence\s+(?:of|that|for))\b/i;

interface Verdict {
  variant?: 'animal' | 'subgroup' | 'no-effect';
  values: Record<string, string>;
  conclusion: { key: string; sentence: string; strength: ClaimStrength; uncertain: boolean; negated: boolean };
  fixes: Fix[];
  severity?: 'info';
}

export const exaggeratesSourceCheck: CheckKind = {
  kind: 'exaggerates-source',
  fixes: 'yes: the wording of the cited abstract\'s conclusion (an association, "may"), or names the model or the group studied',
  description:
    'Flags a cited claim stronger than the conclusion of the abstract it cites (its "Conclusion(s):" section, else its last two sentences): causal wording on a correlational conclusion, no hedge on a "may" or "further trials are needed" conclusion (claim strength on both sides), an effect the abstract found absent, an animal or laboratory conclusion stated for people, and (as info) a subgroup\'s result stated for everyone. The fixes word the claim at the abstract\'s strength or name the model or group; the hover quotes the conclusion. Silent unless every cited entry has an abstract, and where `causal-from-observational` or `animal-or-lab-to-human` already apply.',
  messages: {
    animal: 'the abstract concludes about animals or cells and the claim does not say so',
    subgroup: 'the abstract concludes about a subgroup and the claim does not name it (info)',
    'no-effect': 'the abstract concludes there was no effect or association and the claim states one',
  },
  placeholders: {
    sources: 'the keys of the cited entries',
    conclusion: 'what the abstract\'s conclusion says: "an association", "a possible effect (\\"may\\")", "mice", "postmenopausal women"',
  },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        for (const claim of citedClaims(document, citations, context.bibliography)) {
          if (claim.analysis.strength === 'none') continue;
          const abstracts = citedAbstracts(claim);
          if (!abstracts) continue;
          const citation = citations.citations.find((c) => c.range.start >= claim.range.start && c.range.start <= claim.range.end + 2);
          const verdict = judge(claim, abstracts, citation?.range.start);
          if (!verdict) continue;
          const candidate: DocumentCandidate = { range: claim.cue ?? wholeClaim(claim), values: verdict.values, fixes: verdict.fixes, explanation: explain(claim, verdict) };
          if (verdict.variant) candidate.variant = verdict.variant;
          // No phrase carries the strength the model read: the whole claim is flagged, as info (less sure).
          if (verdict.severity || !claim.cue) candidate.severity = 'info';
          report(candidate);
        }
      },
    };
  },
};

/** The claim against the conclusions of its abstracts, or undefined when it says no more than they do. */
function judge(claim: CitedClaim, abstracts: Array<{ key: string; abstract: string }>, citationStart: number | undefined): Verdict | undefined {
  const conclusions = abstracts.flatMap(({ key, abstract }) =>
    conclusionSentences(abstract).map((sentence) => {
      const { strength } = analyzeStrength(sentence);
      const uncertain = strength === 'none' && UNCERTAIN.test(sentence);
      return { key, sentence, strength: uncertain ? ('conditional' as const) : strength, uncertain, negated: NO_EFFECT.test(sentence) };
    }),
  );
  if (conclusions.length === 0) return undefined;
  const strongest = conclusions.reduce((best, c) => (RANK[c.strength] > RANK[best.strength] ? c : best));
  const sources = abstracts.map((a) => a.key).join(', ');
  const profiles = claim.evidence.map((e) => e.profile);
  // The design rules already flag these claims (and say more: the design).
  const byDesign = profiles.every(isNonHuman) || (claim.analysis.strength === 'direct' && claim.analysis.hedges.length === 0 && profiles.every(isObservational));
  if (byDesign) return undefined;
  // Animals or cells: every conclusion names a model, the claim names none.
  const models = conclusions.map((c) => modelOf(c.sentence));
  if (!NAMES_MODEL.test(claim.text) && models.every((m) => m !== undefined)) {
    const model = models[0]!;
    const animal = ANIMAL.test(model);
    return {
      variant: 'animal',
      values: { sources, conclusion: model },
      conclusion: strongest,
      fixes: insertBeforeCitation(claim, citationStart, animal ? 'in animal studies' : 'in laboratory studies', `Say the result comes from ${animal ? 'animal' : 'laboratory'} studies`),
    };
  }
  // Every conclusion found no effect or no association; the claim states one.
  if (!claim.analysis.negated && conclusions.every((c) => c.negated)) {
    return { variant: 'no-effect', values: { sources, conclusion: 'no effect' }, conclusion: conclusions[0]!, fixes: [] };
  }
  if (strongest.strength !== 'none' && RANK[claim.analysis.strength] > RANK[strongest.strength]) {
    const correlational = strongest.strength === 'correlational';
    return {
      values: { sources, conclusion: correlational ? 'an association' : strongest.uncertain ? 'uncertain evidence' : 'a possible effect ("may")' },
      conclusion: strongest,
      fixes: ladderFixes(claim, correlational ? ['correlational', 'low'] : ['low', 'very-low']),
    };
  }
  // A subgroup: every conclusion is about one group the claim does not name.
  const groups = conclusions.map((c) => SUBGROUP.exec(c.sentence)?.[1]);
  const group = groups[0];
  if (claim.cue && group && groups.every((g) => g !== undefined) && !names(claim.text, group)) {
    return {
      variant: 'subgroup',
      values: { sources, conclusion: group },
      conclusion: strongest,
      fixes: insertBeforeCitation(claim, citationStart, `in ${group}`, `Name the group: “in ${group}”`),
      severity: 'info',
    };
  }
  return undefined;
}

/** The claim's words without its citation and final stop, for a claim whose strength no single phrase carries ("Happy children make happy adults"). */
function wholeClaim(claim: CitedClaim): TextRange {
  let end = claim.prose.length;
  while (end > 0 && /[\s\uFFFC.!?;:,]/u.test(claim.prose[end - 1]!)) end--;
  let start = 0;
  while (start < end && /[\s\uFFFC]/u.test(claim.prose[start]!)) start++;
  return claim.sourceOf({ start, end });
}

/** True when the claim mentions any word of the group ("women" for "postmenopausal women"). */
function names(claim: string, group: string): boolean {
  const words = group
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !STOP.has(word));
  return words.some((word) => new RegExp(String.raw`\b${word.replace(/[^\p{L}-]/gu, '')}`, 'iu').test(claim));
}

/** A fix inserting ` words` before the claim's first citation, or before its final full stop. */
function insertBeforeCitation(claim: CitedClaim, citationStart: number | undefined, words: string, title: string): Fix[] {
  let at = citationStart ?? claim.range.end - (/[.!]$/.test(claim.text) ? 1 : 0);
  const text = claim.text;
  while (at > claim.range.start && text[at - claim.range.start - 1] === ' ') at--;
  return [{ title, edits: [{ range: { start: at, end: at }, newText: ` ${words}` }], isPreferred: true }];
}

/** Hover: the claim's strength and the abstract's conclusion, in its words. */
function explain(claim: CitedClaim, verdict: Verdict): string {
  const cue = claim.cue ? ` (“${claim.text.slice(claim.cue.start - claim.range.start, claim.cue.end - claim.range.start)}”)` : '';
  return [
    `**Claim strength:** ${LABEL[claim.analysis.strength]}${cue}`,
    `**Abstract conclusion** (${verdict.conclusion.key}, ${verdict.conclusion.uncertain ? 'uncertain' : LABEL[verdict.conclusion.strength]}):\n\n> ${verdict.conclusion.sentence}`,
  ].join('\n\n');
}
