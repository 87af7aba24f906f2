/**
 * The trained claim-strength classifier: a multinomial logistic regression over features that generalise across
 * genres (PubMed conclusions, press releases, consumer health): word unigrams and bigrams, which of the rule patterns
 * in strength.ts match, and how each effect verb of the shared lexicon is used (finite present or past, after "can",
 * "will" or a hedging modal, negated, passive, perfect, adjectival, gerund). Trained offline by
 * `bench/train-strength.ts` on the shared labelled data; weights, classes and provenance are data in
 * `strength-model.json`. strength.ts combines it with the rules: the model picks the class, the rules find the words.
 */
import { lexiconForms, lexiconPattern } from '../lexicon/index';
import model from './strength-model.json';
import { strengthCues, type ClaimStrength } from './strength-rules';

export const STRENGTH_CLASSES: readonly ClaimStrength[] = ['none', 'correlational', 'conditional', 'direct'];

export interface StrengthModel {
  classes: ClaimStrength[];
  weights: Record<string, number[]>;
}

const SHIPPED = model as unknown as StrengthModel;

const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;
/** A hedging modal right before a verb, allowing one word between ("may reduce", "could significantly cut"). */
export const HEDGING_MODAL = /\b(?:may|might|could|would)\s+(?:\w+\s+)?$/i;
const CAN = /\bcan\s+(?:\w+\s+)?$/i;
const WILL = /\b(?:will|'ll)\s+(?:\w+\s+)?$/i;
const NEGATED = /\b(?:not|never|n't|no longer|failed to)\s+(?:\w+\s+)?$/i;
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$/i;
const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+)?$/i;
/** A determiner or preposition right before a word: what follows is a noun ("the increase", "a cut"), not a verb. */
export const DETERMINER = /\b(?:a|an|the|this|that|its|their|of|and|in|with|by)\s+$/i;
// "an increased risk", "reduced levels": the participle describes a noun.
const NOUN_AFTER = /^\s+(?:\w+\s+)?(?:risks?|rates?|levels?|odds|likelihood|incidence|prevalence|mortality|concentrations?|activity|expression|numbers?|amounts?|scores?)\b/i;
const INFINITIVE_BEFORE = /\b(?:to|do|does|did|don't|doesn't|didn't|help|helps|helped|let|lets|make|makes|and|or|nor|not|never|also|who|which|that|i|we|you|they)\s+$/i;
const REPORTING_STRONG =
  /\b(?:study|studies|trial|research|researchers|scientists|team|data|analysis|review)\s+(?:\w+\s+)?(?:finds|found|shows|showed|shown|demonstrates|demonstrated|proves|proved|reveals|revealed|confirms|confirmed)\b/i;
const REPORTING_WEAK = /\b(?:suggests?|suggested|indicates?|indicated|hints?|raises the possibility)\b/i;

/** How an effect verb is used where it stands in the sentence. */
function effectUse(sentence: string, start: number, end: number, form: string): string {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 40);
  if (HEDGING_MODAL.test(before)) return 'hedged';
  if (CAN.test(before)) return 'can';
  if (WILL.test(before)) return 'will';
  if (NEGATED.test(before)) return 'negated';
  if (/ing$/.test(form)) return 'gerund';
  if (PERFECT.test(before)) return 'perfect';
  if (PASSIVE.test(before)) return 'passive';
  if (NOUN_AFTER.test(after) && /ed$/.test(form)) return 'adjectival';
  if (DETERMINER.test(before)) return 'noun';
  if (/(?:ed|[^s]s)$/.test(form) || /^(?:led|cut|shrank|shrunk)$/.test(form)) return 'finite';
  // A base form after a noun is a plural present ("Statins reduce the risk"); after "to", "do" or a helper it is not.
  if (/[\p{L}\d)]\s+$/u.test(before) && !INFINITIVE_BEFORE.test(before)) return 'finite';
  return 'base';
}

/** The distinct features of a sentence, as the model reads them. */
export function strengthFeatures(sentence: string): string[] {
  const features = new Set<string>();
  const words = (sentence.toLowerCase().match(WORD) ?? []).map((word) => (/^\d/.test(word) ? '<num>' : word.replace(/’/g, "'")));
  for (let i = 0; i < words.length; i++) {
    features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]} ${words[i + 1]}`);
  }
  for (const cue of strengthCues(sentence)) features.add(`cue:${cue}`);
  const lemmas = lexiconForms('effect-verbs');
  for (const match of sentence.matchAll(lexiconPattern('effect-verbs'))) {
    const form = match[0].toLowerCase().replace(/\s+/g, ' ');
    const use = effectUse(sentence, match.index, match.index + match[0].length, form);
    features.add(`effect:${use}`);
    features.add(`effect:${lemmas.get(form) ?? form}:${use}`);
  }
  if (REPORTING_STRONG.test(sentence)) features.add('report:strong');
  if (REPORTING_WEAK.test(sentence)) features.add('report:weak');
  // A headline: no final full stop.
  if (!/[.!?]["”’')\]]*\s*$/.test(sentence)) features.add('shape:headline');
  return [...features];
}

/** Class probabilities for a sentence, in STRENGTH_CLASSES order, and the features that weighed most for the winner. */
export function strengthScores(sentence: string, trained: StrengthModel = SHIPPED): { probabilities: number[]; decisive: string[] } {
  const features = strengthFeatures(sentence);
  const logits = trained.classes.map(() => 0);
  const bias = trained.weights['<bias>'];
  if (bias) bias.forEach((weight, k) => (logits[k]! += weight));
  for (const feature of features) {
    const weights = trained.weights[feature];
    if (weights) weights.forEach((weight, k) => (logits[k]! += weight));
  }
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  const probabilities = STRENGTH_CLASSES.map((cls) => exps[trained.classes.indexOf(cls)]! / total);
  const winner = trained.classes.indexOf(STRENGTH_CLASSES[probabilities.indexOf(Math.max(...probabilities))]!);
  const decisive = features
    .map((feature) => ({ feature, weight: trained.weights[feature]?.[winner] ?? 0 }))
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((entry) => entry.feature);
  return { probabilities, decisive };
}
