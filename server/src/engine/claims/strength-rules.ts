/**
 * The rule half of claim strength: patterns counted in the Yu et al. 2019 corpus (domain reference §3.2), plus the
 * consumer-health facts that "can + verb" reads as direct causal (Adams 2017) and that "linked to" is correlational.
 * They find the words that carry a claim (the cue); the trained model (strength-model.ts) reads them as features.
 */
import { lexiconMatches, lexiconRegex } from '../lexicon/index';
import type { TextRange } from '../types';

// Hedges, boosters (with absolutes) and negations come from the shared lexicon (rules/lexicon/).
const BOOSTERS = (): RegExp => lexiconRegex(['boosters', 'absolutes'], 'gi');
const NEGATION = (): RegExp => lexiconRegex(['negations'], 'i');

/** Yu et al. 2019 categories, weakest first. */
export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct';

/** The analysis of one sentence. */
export interface StrengthAnalysis {
  strength: ClaimStrength;
  /** The words that decided the strength (offsets into the sentence). */
  cue?: TextRange;
  hedges: string[];
  boosters: string[];
  negated: boolean;
  /** The exposure or intervention (text before the cue, in its clause) and the outcome (after it), when found. */
  subject?: string;
  outcome?: string;
  /** What the trained model said: class probabilities, and the features that weighed most for its choice. */
  model?: { probabilities: Record<ClaimStrength, number>; decisive: string[] };
}

const CORRELATIONAL =
  /\b(?:(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}(?:associated|correlated|linked|related|connected)\s+(?:with|to)|associations?\s+(?:between|of|with)|correlat(?:ed|es|ion|ions)\b|linked\s+(?:to|with)|tied\s+to|(?:risk\s+)?factors?\s+for|predict(?:or|ors|ive|ed|s)?\s+(?:of|for)?|(?:higher|lower|greater|increased|reduced|decreased|elevated)\s+(?:\w+\s+)?(?:risk|odds|likelihood|rates?|incidence|prevalence|levels?)\s+(?:of|for|in)|more\s+likely|less\s+likely|markers?\s+(?:of|for)|relationship\s+between|were\s+more\s+common|was\s+more\s+common|independently\s+associated)\b/i;
const HEDGE_MODAL =
  /\b(?:may|might|could|would)\s+(?:\w+\s+)?(?:help|have\s+(?:a|an|beneficial|protective|positive|negative|adverse|an\s+\w+)\s+(?:\w+\s+)?(?:effect|impact|role|influence)|be\s+(?:\w+\s+)?(?:effective|beneficial|protective|harmful|associated|responsible|due|related|caused)|reduce|increase|improve|lower|raise|prevent|cause|lead|result|relieve|protect|boost|decrease|promote|contribute|affect|play|benefit|enhance|delay|slow|inhibit|induce|represent|provide|offer|serve|alter|modify|influence|explain|mediate)\b|\b(?:appears?|seems?|tends?)\s+to\s+(?:be\s+)?(?:\w+\s+)?(?:help|reduce|increase|improve|lower|raise|prevent|cause|protect|benefit|effective|beneficial|protective|harmful|affect|influence|contribute|play)|\b(?:plays?|play)\s+(?:an?\s+)?(?:important\s+|key\s+|major\s+|potential\s+|possible\s+)?role\b|\blikely\s+to\s+(?:help|reduce|increase|improve|lower|raise|prevent|cause|benefit)\b|\bsuggest(?:s|ed|ing)?\s+(?:that\s+)?\w+\s+(?:may|might|could|can)\b/i;
const DIRECT =
  /\b(?:can|will|does|did)\s+(?:\w+\s+)?(?:help|reduce|increase|improve|lower|raise|prevent|cause|relieve|protect|boost|decrease|cure|treat|heal|reverse|eliminate|stop)\b|\b(?:reduc(?:es|ed)|increas(?:es|ed)|improv(?:es|ed)|prevent(?:s|ed)|caus(?:es|ed)|cur(?:es|ed)|heal(?:s|ed)|lower(?:s|ed)|rais(?:es|ed)|boost(?:s|ed)|decreas(?:es|ed)|reliev(?:es|ed)|eliminat(?:es|ed)|revers(?:es|ed)|protect(?:s|ed)|enhanc(?:es|ed)|inhibit(?:s|ed)|induc(?:es|ed)|attenuat(?:es|ed)|alleviat(?:es|ed)|shorten(?:s|ed)|resolv(?:es|ed)|restor(?:es|ed)|stimulat(?:es|ed)|suppress(?:es|ed)|accelerat(?:es|ed)|delay(?:s|ed)|promot(?:es|ed)|mitigat(?:es|ed)|benefit(?:s|ed)|resets|shrinks|shrank|shrunk|kills|killed|flush(?:es|ed)|detoxif(?:ies|ied)|realign(?:s|ed)|rebalanc(?:es|ed))\b|\bresult(?:s|ed)?\s+in\b|\blead(?:s)?\s+to\b|\bled\s+to\b|\bcontribut(?:es|ed)\s+to\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:effective|efficacious|beneficial|superior|inferior|safe\s+and|well\s+tolerated|protective|harmful|detrimental|useful|helpful)\b|\b(?:effective|efficacious)\s+(?:in|for|at)\b|\bworks?\b/i;
// Causal verbs that outrank correlational nouns in the same sentence ("resulted in lower rates of").
const STRONG_DIRECT =
  /\bresult(?:s|ed)?\s+in\b|\b(?:led|leads?)\s+to\b|\b(?:reduc|increas|lower|rais|decreas)(?:es|ed)\s+the\s+(?:risk|incidence|rate|odds)\b|\b(?:did|does|do)\s+not\s+(?:significantly\s+)?(?:alter|change|affect|improve|reduce|increase|worsen|benefit|prevent|lower|raise|influence)\b|\b(?:helped|helps)\b|\b(?:was|were|is|are)\s+able\s+to\b|\b(?:beneficial|favou?rable|protective|strong|positive|negative|adverse|detrimental|causal|\w+genic)\s+(?:effects?|role)\s+(?:of|on|in)\b|\bplays?\s+a\s+causal\s+role\b|\b(?:no\s+)?more\s+effective\s+than\b|\bcontribut(?:es|ed|e)\s+(?:\w+\s+){0,3}to\b|\baffect(?:s|ed)\b|\balter(?:s|ed)\b|\bnecessary\s+to\s+(?:reduce|improve|prevent)\b/i;

// Research-gap boilerplate carries no claim (Yu et al.: "further research" 19/19 no relationship).
const NO_CLAIM =
  /\bwhether\b|\bshould\s+(?:explore|examine|investigate|evaluate|assess|determine|focus|be\s+\w+ed)\b|\bwill\s+(?:focus|require|be\s+needed)\b|\b(?:further|more|additional|future|larger)\s+(?:\w+\s+)?(?:research|studies|trials|investigation|work)\s+(?:is|are)\s+(?:needed|required|warranted)|\bare\s+needed\b|\bshould\s+be\s+(?:considered|investigated|explored|studied|evaluated)\b|\bregistered\b|\btrial\s+registration\b/i;

/** Which of the rule patterns match a sentence: features for the trained strength model (claims/strength-model.ts). */
export function strengthCues(sentence: string): string[] {
  const cues: string[] = [];
  if (NO_CLAIM.test(sentence)) cues.push('no-claim');
  if (HEDGE_MODAL.test(sentence)) cues.push('hedged-cause');
  if (STRONG_DIRECT.test(sentence)) cues.push('strong-direct');
  if (CORRELATIONAL.test(sentence)) cues.push('correlational');
  if (DIRECT.test(sentence)) cues.push('direct');
  if (NEGATION().test(sentence)) cues.push('negated');
  if (lexiconMatches(['hedges'], sentence).length > 0) cues.push('hedge');
  if (sentence.match(BOOSTERS())) cues.push('booster');
  cues.push(`rule:${strengthOf(sentence).strength}`);
  return cues;
}

/** The words that carry a claim of `strength` in the sentence, by the rule patterns, if any. */
export function ruleCue(sentence: string, strength: ClaimStrength): TextRange | undefined {
  const pattern =
    strength === 'direct'
      ? (STRONG_DIRECT.exec(sentence) ?? DIRECT.exec(sentence))
      : strength === 'correlational'
        ? CORRELATIONAL.exec(sentence)
        : strength === 'conditional'
          ? HEDGE_MODAL.exec(sentence)
          : null;
  return pattern ? rangeOf(pattern) : undefined;
}

export function strengthOf(sentence: string): StrengthAnalysis {
  const hedges = lexiconMatches(['hedges'], sentence);
  const boosters = unique(sentence.match(BOOSTERS()));
  const negated = NEGATION().test(sentence);
  const base = { hedges, boosters, negated };
  if (NO_CLAIM.test(sentence)) return { strength: 'none', ...base };
  const hedgedCause = HEDGE_MODAL.exec(sentence);
  const strong = STRONG_DIRECT.exec(sentence);
  if (strong && !hedgedCause) return { strength: 'direct', cue: rangeOf(strong), ...base };
  const correlational = CORRELATIONAL.exec(sentence);
  if (correlational) return { strength: 'correlational', cue: rangeOf(correlational), ...base };
  if (hedgedCause) return { strength: 'conditional', cue: rangeOf(hedgedCause), ...base };
  const direct = DIRECT.exec(sentence);
  if (direct) return { strength: 'direct', cue: rangeOf(direct), ...base };
  return { strength: 'none', ...base };
}

function rangeOf(match: RegExpExecArray): TextRange {
  return { start: match.index, end: match.index + match[0].length };
}

function unique(matches: RegExpMatchArray | null): string[] {
  return [...new Set((matches ?? []).map((match) => match.toLowerCase()))];
}
