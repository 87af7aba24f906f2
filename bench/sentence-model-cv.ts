/**
 * `npx tsx bench/sentence-model-cv.ts`: how well a sentence-level claim model could tell the sentences editors want
 * sourced from the others, measured out of fold on the editor-judged sentences in data/judged-sentences.jsonl (the
 * sentences `paragraphModel: all` picks, and others of their paragraphs; see bench/README.md). An experiment for
 * issue 9, not a shipped model: it fits the worthiness model's logistic regression (worthiness-fit.ts) on the
 * sentences' own judgements, 5 folds by article, and prints the AUC and the precision and recall of the top-scored
 * sentences, beside the AUC of the shipped paragraph model's score on the same sentences.
 */
import { join } from 'node:path';
import { mechanismTrigger } from '../server/src/engine/citations/claims';
import { worthinessFeatures, worthinessScore } from '../server/src/engine/citations/worthiness';
import { readJsonLines } from './jsonl';
import { asModel, fit, FOLDS, foldsByArticle, type Example } from './worthiness-fit';

interface JudgedSentence {
  article: string;
  sentence: string;
  judgement: 'true' | 'false';
}

const rows = readJsonLines<JudgedSentence>(join(__dirname, 'data', 'judged-sentences.jsonl'));
// The paragraph model's features, plus whether the sentence states a mechanism and whether it is hedged.
const features = (sentence: string): string[] => [
  ...worthinessFeatures(sentence),
  ...(mechanismTrigger(sentence) ? ['<mechanism>'] : []),
  ...(/\b(?:may|might|could|can)\b/i.test(sentence) ? ['<hedged>'] : []),
];
const examples: Example[] = rows.map((row) => ({ features: features(row.sentence), cited: row.judgement === 'true', article: row.article }));

/** The share of (positive, negative) pairs a score orders right: the area under the ROC curve. */
function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  let right = 0;
  for (const p of pos) for (const n of neg) right += p > n ? 1 : p === n ? 0.5 : 0;
  return right / (pos.length * neg.length);
}

const foldOf = foldsByArticle([...new Set(examples.map((example) => example.article))]);
const scores: number[] = new Array<number>(examples.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = asModel(fit(examples.filter((example) => foldOf.get(example.article) !== fold)), 0);
  examples.forEach((example, i) => {
    if (foldOf.get(example.article) !== fold) return;
    scores[i] = example.features.reduce((sum, feature) => sum + (model.weights[feature] ?? 0), model.bias);
  });
}
const positive = examples.map((example) => example.cited);
const total = positive.filter(Boolean).length;
console.log(`${examples.length} judged sentences, ${total} that editors want sourced`);
console.log(`sentence model, out of fold: AUC ${auc(scores, positive).toFixed(3)}`);
const ranked = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score);
for (const top of [20, 40, 60, 90, 120]) {
  const hits = ranked.slice(0, top).filter(({ i }) => positive[i]).length;
  console.log(`  top ${top}: precision ${(hits / top).toFixed(2)}, recall ${(hits / total).toFixed(2)}`);
}
console.log(
  `shipped paragraph model's score on the same sentences: AUC ${auc(
    rows.map((row) => worthinessScore(row.sentence)),
    positive,
  ).toFixed(3)}`,
);
