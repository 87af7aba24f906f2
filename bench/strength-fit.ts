/**
 * The claim-strength data and model fitting shared by `npm run train:strength` (which writes the shipped model) and
 * `npm run eval` (which reports it on the held-out splits). The splits are fixed: every fifth Yu et al. 2019
 * sentence and every fifth InSciOut pair are held out and never trained on. bench/data/strength-fixtures.jsonl adds
 * consumer-health sentences written for the purpose, for training only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimStrength } from '../server/src/engine/claims/strength';
import { STRENGTH_CLASSES, strengthFeatures, type StrengthModel } from '../server/src/engine/claims/strength-model';
import { readJsonLines } from './jsonl';
import { seededShuffler } from './seeded';

const DATA = join(__dirname, '..', '..', 'shared', 'data');
const FIXTURES = join(__dirname, 'data', 'strength-fixtures.jsonl');
const LABELS: Record<string, ClaimStrength> = { no_relationship: 'none', correlational: 'correlational', conditional_causal: 'conditional', direct_causal: 'direct' };

export interface StrengthExample {
  text: string;
  strength: ClaimStrength;
  heldOut: boolean;
  source: 'yu2019' | 'press-release' | 'abstract' | 'fixtures';
}

export interface ExaggerationPair {
  pressRelease: string;
  abstract: string;
  exaggerates: boolean;
  heldOut: boolean;
}

/** The labelled sentences of the shared data, or undefined when ../shared/data is not there. */
export function strengthData(): { examples: StrengthExample[]; pairs: ExaggerationPair[] } | undefined {
  const yuPath = join(DATA, 'yu2019-causal-pubmed.jsonl');
  const pairsPath = join(DATA, 'insciout-train-pairs.jsonl');
  if (!existsSync(yuPath) || !existsSync(pairsPath)) return undefined;
  const examples: StrengthExample[] = readJsonLines<{ text: string; label: string }>(yuPath).map((row, index) => ({
    text: row.text,
    strength: LABELS[row.label]!,
    heldOut: index % 5 === 0,
    source: 'yu2019',
  }));
  const rows = readJsonLines<{ text: string; abstract: string; label: string; press_release_strength: string; abstract_strength: string }>(pairsPath);
  const pairs = rows.map((row, index) => ({ pressRelease: row.text, abstract: row.abstract, exaggerates: row.label === 'exaggerates', heldOut: index % 5 === 0 }));
  rows.forEach((row, index) => {
    examples.push({ text: row.text, strength: LABELS[row.press_release_strength]!, heldOut: index % 5 === 0, source: 'press-release' });
    examples.push({ text: row.abstract, strength: LABELS[row.abstract_strength]!, heldOut: index % 5 === 0, source: 'abstract' });
  });
  // Consumer-health sentences written for the purpose (plural present tense, headlines, imperatives), a genre the
  // public data lacks: training only, never scored.
  for (const row of readJsonLines<{ text: string; label: string }>(FIXTURES)) examples.push({ text: row.text, strength: LABELS[row.label]!, heldOut: false, source: 'fixtures' });
  return { examples, pairs };
}

const EPOCHS = 20;
const LEARNING_RATE = 0.05;
const L2 = 0.005;
/** A feature must occur in this many training sentences to get a weight. */
const MIN_COUNT = 2;

/**
 * Multinomial logistic regression by stochastic gradient descent with L2, in a seeded order (the same data always
 * gives the same model), each class weighted by the inverse square root of its frequency so the rare conditional
 * class is not drowned out.
 */
export function fitStrength(examples: readonly StrengthExample[]): StrengthModel {
  const data = examples.map((example) => ({ features: ['<bias>', ...strengthFeatures(example.text)], y: STRENGTH_CLASSES.indexOf(example.strength) }));
  const counts = new Map<string, number>();
  for (const { features } of data) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const perClass = STRENGTH_CLASSES.map((_, k) => data.filter((d) => d.y === k).length);
  const classWeight = perClass.map((n) => Math.sqrt(data.length / STRENGTH_CLASSES.length / Math.max(1, n)));
  const weights = new Map<string, number[]>();
  const order = data.map((_, index) => index);
  const shuffle = seededShuffler(7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order);
    for (const index of order) {
      const { features, y } = data[index]!;
      const kept = features.filter((feature) => (counts.get(feature) ?? 0) >= MIN_COUNT);
      const logits = [0, 0, 0, 0];
      for (const feature of kept) weights.get(feature)?.forEach((w, k) => (logits[k]! += w));
      const top = Math.max(...logits);
      const exps = logits.map((logit) => Math.exp(logit - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      for (const feature of kept) {
        let w = weights.get(feature);
        if (!w) weights.set(feature, (w = [0, 0, 0, 0]));
        for (let k = 0; k < 4; k++) w[k]! += LEARNING_RATE * classWeight[y]! * ((k === y ? 1 : 0) - exps[k]! / total - L2 * w[k]!);
      }
    }
  }
  const rounded = Object.fromEntries(
    [...weights]
      .filter(([, w]) => w.some((value) => Math.abs(value) >= 0.01))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([feature, w]) => [feature, w.map((value) => Math.round(value * 1000) / 1000)]),
  );
  return { classes: [...STRENGTH_CLASSES], weights: rounded };
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Per-class precision, recall and F1, and their macro average. */
export function classScores(gold: readonly ClaimStrength[], predicted: readonly ClaimStrength[]): { perClass: Record<ClaimStrength, ClassScores>; macroF1: number } {
  const perClass = {} as Record<ClaimStrength, ClassScores>;
  for (const cls of STRENGTH_CLASSES) {
    const tp = gold.filter((g, i) => g === cls && predicted[i] === cls).length;
    const precision = tp / Math.max(1, predicted.filter((p) => p === cls).length);
    const recall = tp / Math.max(1, gold.filter((g) => g === cls).length);
    perClass[cls] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return { perClass, macroF1: STRENGTH_CLASSES.reduce((sum, cls) => sum + perClass[cls].f1, 0) / STRENGTH_CLASSES.length };
}

/** F1 of "the press release claims more than its abstract" (ordinal strength: none < correlational < conditional < direct). */
export function exaggerationF1(pairs: readonly ExaggerationPair[], strengthOf: (sentence: string) => ClaimStrength): { precision: number; recall: number; f1: number } {
  const rank = (text: string): number => STRENGTH_CLASSES.indexOf(strengthOf(text));
  const predicted = pairs.map((pair) => rank(pair.pressRelease) > rank(pair.abstract));
  const tp = pairs.filter((pair, i) => pair.exaggerates && predicted[i]).length;
  const precision = tp / Math.max(1, predicted.filter(Boolean).length);
  const recall = tp / Math.max(1, pairs.filter((pair) => pair.exaggerates).length);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
