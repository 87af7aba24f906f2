/**
 * Study design and evidence level of an entry: as recorded by a reviewer, or
 * inferred from its title, keywords and abstract with the cues of published
 * search filters (NLM systematic-review subset, Cochrane HSSS; domain reference §10.2).
 */
import type { BibEntry, StudyDesign } from './model';

/** A design with where it came from, and its OCEBM 2011 level for treatment benefits. */
export interface EvidenceProfile {
  design: StudyDesign | 'protocol' | 'unknown';
  /** "recorded" when the entry states it, "inferred" from title and keywords otherwise. */
  basis: 'recorded' | 'inferred';
  /** OCEBM 2011 level (1 strongest … 5), or the reviewer's own label. */
  level?: string;
}

// Checked in order: the first match wins ("systematic review of randomised trials" is a review).
const CUES: Array<[EvidenceProfile['design'], RegExp]> = [
  ['protocol', /\b(study protocol|protocol for a|protocol of a|trial protocol)\b/i],
  ['meta-analysis', /\bmeta[- ]?analy[sz](is|es)\b/i],
  ['systematic review', /\b(systematic (literature )?review|umbrella review|rapid review|evidence synthesis|cochrane database)\b/i],
  ['guideline', /\b(practice guideline|clinical guideline|guidelines?\b|consensus statement|position statement|recommendations? (for|on))\b/i],
  ['animal study', /\b(mice|mouse|murine|rats?|rodents?|zebrafish|porcine|canine|primates?|drosophila|c\. elegans|in an? (animal|rat|mouse) model)\b/i],
  ['in vitro study', /\b(in vitro|cell lines?|cultured cells|organoids?|xenografts?|in silico)\b/i],
  ['randomized controlled trial', /\b(randomi[sz]ed|randomly assigned|placebo[- ]controlled|double[- ]blind|single[- ]blind)\b/i],
  ['controlled trial', /\b(controlled (clinical )?trial|clinical trial|crossover trial|pilot trial|feasibility trial)\b/i],
  ['cohort study', /\b(cohort|prospective|longitudinal|follow-up study)\b/i],
  ['case-control study', /\bcase[- –]control\b/i],
  ['cross-sectional study', /\b(cross[- ]sectional|survey)\b/i],
  ['case series', /\bcase series\b/i],
  ['case report', /\b(case report|a case of)\b/i],
  ['narrative review', /\b(review|overview)\b/i],
  ['expert opinion', /\b(editorial|commentary|opinion|perspective|letter)\b/i],
];

const OCEBM_LEVEL: Partial<Record<EvidenceProfile['design'], string>> = {
  'meta-analysis': '1',
  'systematic review': '1',
  'randomized controlled trial': '2',
  'controlled trial': '3',
  'cohort study': '3',
  'case-control study': '4',
  'case series': '4',
  'cross-sectional study': '4',
  'case report': '4',
  'animal study': '5',
  'in vitro study': '5',
  'narrative review': '5',
  'expert opinion': '5',
};

/** The evidence profile of `entry`. */
export function evidenceProfile(entry: BibEntry): EvidenceProfile {
  if (entry.studyDesign) {
    const design = classifyText(entry.studyDesign) ?? 'unknown';
    const level = entry.evidenceLevel ?? OCEBM_LEVEL[design];
    return { design, basis: 'recorded', ...(level ? { level } : {}) };
  }
  const text = [entry.title, entry.keywords.join(', '), entry.container, entry.notes].filter(Boolean).join(' . ');
  const design = classifyText(text) ?? (issuedByGuidelineBody(entry) ? 'guideline' : undefined) ?? (entry.abstract ? classifyText(entry.abstract) : undefined) ?? 'unknown';
  const level = entry.evidenceLevel ?? OCEBM_LEVEL[design];
  return { design, basis: 'inferred', ...(level ? { level } : {}) };
}

// Bodies whose published guidance is a guideline even when its title does not say so ("Low back pain and sciatica in
// over 16s: assessment and management", NICE NG59).
const GUIDELINE_BODY =
  /\b(?:NICE|National Institute for Health and (?:Care|Clinical) Excellence|Scottish Intercollegiate Guidelines Network|SIGN|U\.?S\.? Preventive Services Task Force|USPSTF|World Health Organi[sz]ation|Canadian Task Force on Preventive Health Care|AWMF|Haute Autorit[ée] de Sant[ée])\b/;
const GUIDELINE_URL = /\b(?:nice\.org\.uk\/guidance|sign\.ac\.uk|uspreventiveservicestaskforce\.org|who\.int\/publications|canadiantaskforce\.ca|awmf\.org\/leitlinien)/i;
const GUIDELINE_NUMBER = /\b(?:NG|CG|QS|PH)\d{1,3}\b|\brecommendation statement\b|\bguidance\b/i;

/** True for an entry issued by a guideline body, or numbered or titled as its guidance. */
function issuedByGuidelineBody(entry: BibEntry): boolean {
  const issuer = [...entry.authors.map((person) => [person.given, person.family].filter(Boolean).join(' ')), entry.container ?? ''].join(' ; ');
  return GUIDELINE_BODY.test(issuer) || GUIDELINE_URL.test(entry.url ?? '') || GUIDELINE_NUMBER.test(entry.title ?? '');
}

function classifyText(text: string): EvidenceProfile['design'] | undefined {
  for (const [design, cue] of CUES) if (cue.test(text)) return design;
  return undefined;
}
