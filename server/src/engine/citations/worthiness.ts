/**
 * Citation-worthiness: how much a paragraph reads like the paragraphs careful health
 * writers cite, whatever its wording. A logistic model over word unigrams and bigrams,
 * trained offline by `bench/train-worthiness.ts` on real consumer-health articles and
 * stored as data in `worthiness-model.json` (features, weights, threshold, provenance).
 * It catches the claims the trigger patterns in citations/claims.ts cannot enumerate
 * ("Childbirth is a major risk factor", "HMB is a symptom with a broad differential").
 *
 * The feature extractor lives here so that training and linting cannot disagree.
 */
import model from './worthiness-model.json';

/** Numbers are one feature: "2.15" and "40" say the same about a paragraph's need for a source. */
const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;
const NUMBER = /^\d/;

/** The distinct features of a text: lowercased words, `<num>` for numbers, adjacent pairs, and a length bucket. */
export function worthinessFeatures(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((word) => (NUMBER.test(word) ? '<num>' : word.replace(/’/g, "'")));
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]} ${words[i + 1]}`);
  }
  // Length matters on its own: a one-line aside is seldom cited, a dense paragraph usually is.
  features.add(`<len:${Math.min(LENGTH_BUCKETS - 1, Math.floor(words.length / WORDS_PER_BUCKET))}>`);
  return [...features];
}

export const LENGTH_BUCKETS = 8;
export const WORDS_PER_BUCKET = 15;

export interface WorthinessModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const SHIPPED: WorthinessModel = model as unknown as WorthinessModel;
let active = SHIPPED;

/**
 * Replaces the shipped model until called again without one. Only for measuring: `npm run eval` scores each dev
 * article with a model trained without it, because the shipped model was trained on those articles.
 */
export function useWorthinessModel(trained?: WorthinessModel): void {
  active = trained ?? SHIPPED;
}

/** The model in use (memos keyed on it stay right when `useWorthinessModel` swaps it). */
export function worthinessModel(): WorthinessModel {
  return active;
}

/** The model's log-odds that a careful writer would cite this text. */
export function worthinessScore(text: string, trained: WorthinessModel = active): number {
  let score = trained.bias;
  for (const feature of worthinessFeatures(text)) score += trained.weights[feature] ?? 0;
  return score;
}

/** True when a paragraph reads like one its writer should cite. */
export function isCitationWorthy(text: string, trained: WorthinessModel = active): boolean {
  return worthinessScore(text, trained) > trained.threshold;
}
