/**
 * `npm run train:worthiness`: fits the citation-worthiness model (server/src/engine/citations/worthiness.ts)
 * on the dev data's paragraphs (../shared/data/freegym-dev/paragraphs.jsonl: real wiki paragraphs with their
 * citations stripped, labelled cited / uncited by whether the author cited them), and writes
 * server/src/engine/citations/worthiness-model.json. Not part of the build: the model is committed as data.
 *
 *   npm run train:worthiness                      cross-validate, then fit on everything and write the model
 *   npm run train:worthiness -- --flag-rate 0.2   the cross-validated flag rate on uncited paragraphs to aim for
 *   npm run train:worthiness -- --dry-run         cross-validate only
 *
 * Honest figures: the threshold is chosen, and recall reported, by 5-fold cross-validation in which every
 * article's paragraphs are held out together, so no fold sees the article it is scored on. Only features found
 * in at least MIN_ARTICLES (worthiness-fit.ts) different articles are kept: topic words of a single article do not generalise, and
 * the model stores common word pairs, not the articles' text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { worthinessFeatures, type WorthinessModel } from '../server/src/engine/citations/worthiness';
import { fit, FOLDS, foldsByArticle, score, type Example } from './worthiness-fit';
import { readJsonLines } from './jsonl';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'freegym-dev', 'paragraphs.jsonl');
const OUT = join(ROOT, 'server', 'src', 'engine', 'citations', 'worthiness-model.json');

interface Paragraph {
  text: string;
  label: 'cited' | 'uncited';
  source: string;
}

const args = process.argv.slice(2);
const targetFlagRate = args.includes('--flag-rate') ? Number(args[args.indexOf('--flag-rate') + 1]) : 0.2;

function main(): void {
  if (!existsSync(DATA)) {
    console.log('No dev data (../shared/data/freegym-dev/paragraphs.jsonl); nothing to train on.');
    return;
  }
  const examples: Example[] = readJsonLines<Paragraph>(DATA).map((row) => ({
    features: worthinessFeatures(row.text),
    cited: row.label === 'cited',
    article: row.source.split('#')[0]!,
  }));
  const articles = [...new Set(examples.map((example) => example.article))].sort();
  const foldOf = foldsByArticle(articles);

  // Cross-validated scores: each paragraph scored by a model that never saw its article.
  const scores = new Array<number>(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const trained = fit(examples.filter((example) => foldOf.get(example.article) !== fold));
    examples.forEach((example, index) => {
      if (foldOf.get(example.article) === fold) scores[index] = score(trained, example.features);
    });
  }
  const threshold = thresholdFor(scores, examples, targetFlagRate);
  console.log(`5-fold cross-validation by article (${articles.length} articles, ${examples.length} paragraphs):`);
  console.log('| threshold | recall on cited | flag rate on uncited |\n|---|---|---|');
  for (const t of [threshold - 1, threshold - 0.5, threshold, threshold + 0.5, threshold + 1]) {
    const { recall, flagRate } = rates(scores, examples, t);
    console.log(`| ${t.toFixed(2)}${t === threshold ? ' (chosen)' : ''} | ${recall.toFixed(3)} | ${flagRate.toFixed(3)} |`);
  }
  if (args.includes('--dry-run')) return;

  const final = fit(examples);
  const { recall, flagRate } = rates(scores, examples, threshold);
  const weights = Object.fromEntries(
    [...final.weights]
      .filter(([, weight]) => Math.abs(weight) >= 0.01)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([feature, weight]) => [feature, Math.round(weight * 1000) / 1000]),
  );
  const model: WorthinessModel & Record<string, unknown> = {
    about:
      'Citation-worthiness model for claimlint (citations/worthiness.ts), trained by bench/train-worthiness.ts. ' +
      'Weights derived from the FreeGym Wiki (github.com/FreeGym/FreeGym-Wiki @ bb5b396), CC BY-SA 4.0; this file is ' +
      'shared under the same licence.',
    trainedOn: `${examples.length} paragraphs of ${articles.length} articles`,
    crossValidated: { recall: round(recall), flagRate: round(flagRate) },
    bias: round(final.bias),
    threshold: round(threshold),
    weights,
  };
  writeFileSync(OUT, JSON.stringify(model, null, 0).replace(/,"/g, ',\n"') + '\n');
  console.log(`wrote ${Object.keys(weights).length} weights to ${OUT}`);
}

/** The lowest threshold whose cross-validated flag rate on uncited paragraphs stays at or under the target. */
function thresholdFor(scores: number[], examples: Example[], flagRate: number): number {
  const uncited = scores.filter((_, index) => !examples[index]!.cited).sort((a, b) => b - a);
  const allowed = Math.floor(uncited.length * flagRate);
  return round(uncited[allowed] ?? 0);
}

function rates(scores: number[], examples: Example[], threshold: number): { recall: number; flagRate: number } {
  let cited = 0;
  let citedFlagged = 0;
  let uncited = 0;
  let uncitedFlagged = 0;
  examples.forEach((example, index) => {
    const flagged = scores[index]! > threshold;
    if (example.cited) {
      cited++;
      if (flagged) citedFlagged++;
    } else {
      uncited++;
      if (flagged) uncitedFlagged++;
    }
  });
  return { recall: citedFlagged / cited, flagRate: uncitedFlagged / uncited };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main();
