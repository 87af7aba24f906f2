/**
 * Claim strength of a sentence, in the four categories of Yu et al. 2019
 * (none, correlational, conditional causal, direct causal; domain reference
 * §3.1–§3.2), with the cue that decided it, hedges, boosters and negation.
 *
 * Each half does what it is better at: the trained model (strength-model.ts)
 * picks the class, which generalises to wordings the patterns never list
 * ("activates", "curbs", plural subjects, headlines); the rule patterns and the
 * shared lexicon (strength-rules.ts, lexicon/) find the words that carry it, for
 * highlighting and rewriting. Measured by `npm run eval`.
 */
import { lexiconForms, lexiconPattern } from '../lexicon/index';
import type { TextRange } from '../types';
import { DETERMINER, HEDGING_MODAL, STRENGTH_CLASSES, strengthScores } from './strength-model';
import { ruleCue, strengthOf, type ClaimStrength, type StrengthAnalysis } from './strength-rules';

export type { ClaimStrength, StrengthAnalysis } from './strength-rules';
export { strengthCues } from './strength-rules';

/** Analyses the claim strength of one sentence, with its subject and outcome when they can be found. */
export function analyzeStrength(sentence: string): StrengthAnalysis {
  const rules = strengthOf(sentence);
  const { probabilities, decisive } = strengthScores(sentence);
  const strength = STRENGTH_CLASSES[probabilities.indexOf(Math.max(...probabilities))]!;
  const cue = strength === rules.strength ? rules.cue : (ruleCue(sentence, strength) ?? lexiconCue(sentence, strength));
  const model = { probabilities: Object.fromEntries(STRENGTH_CLASSES.map((cls, k) => [cls, probabilities[k]!])) as Record<ClaimStrength, number>, decisive };
  const analysis: StrengthAnalysis = { strength, hedges: rules.hedges, boosters: rules.boosters, negated: rules.negated, ...(cue && strength !== 'none' ? { cue } : {}), model };
  if (!analysis.cue || analysis.strength === 'none') return analysis;
  // Subject: the clause before the cue, without leading connectives; outcome: up to a citation, clause break or the end.
  const subject = sentence
    .slice(0, analysis.cue.start)
    .split(/[,;:]|\b(?:that|which|whereas|while|because|although)\b/i)
    .pop()!
    .replace(/(?:\s+(?:\w+ly|may|might|could|can|will|does|did|is|are|was|were))+\s*$/i, '')
    .trim();
  const outcome = sentence
    .slice(analysis.cue.end)
    .split(/[,;:(\[]|\s(?:in|among|for|after|during|when|compared)\s|\.\s*$/i)[0]!
    .trim()
    .replace(/[.!?]+$/, '');
  return { ...analysis, ...(subject ? { subject } : {}), ...(outcome ? { outcome } : {}) };
}

// How an effect verb reads: after a hedging modal it is conditional; otherwise, as a finite verb, direct.

/** The first effect verb of the shared lexicon used the way `strength` needs (for a class the patterns missed). */
function lexiconCue(sentence: string, strength: ClaimStrength): TextRange | undefined {
  if (strength !== 'direct' && strength !== 'conditional') return undefined;
  const lemmas = lexiconForms('effect-verbs');
  for (const match of sentence.matchAll(lexiconPattern('effect-verbs'))) {
    if (!lemmas.has(match[0].toLowerCase().replace(/\s+/g, ' '))) continue;
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    if (DETERMINER.test(before)) continue;
    const hedge = HEDGING_MODAL.exec(before);
    // A conditional cue starts at its modal ("may shorten"), as the rule patterns' cues do.
    if (Boolean(hedge) === (strength === 'conditional')) return { start: hedge ? match.index - before.length + hedge.index : match.index, end: match.index + match[0].length };
  }
  return undefined;
}
