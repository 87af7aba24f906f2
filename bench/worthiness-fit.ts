/**
 * Fitting the citation-worthiness model (server/src/engine/citations/worthiness.ts), shared by
 * `npm run train:worthiness` (which writes the shipped model) and `npm run eval` (which scores each dev article
 * with a model trained without it, so the dev figures are out of sample).
 */
import type { WorthinessModel } from '../server/src/engine/citations/worthiness';
import { seededShuffler } from './seeded';
import { prepareDocument } from '../server/src/engine/document';
import { recognizeCitations } from '../server/src/engine/citations/recognize';
import { CITED_ARTICLE } from '../server/src/engine/citations/coverage';
import { referenceSections } from '../server/src/engine/markdown/sections';

export const FOLDS = 5;
/** A feature must occur in this many articles: one article's topic words do not generalise. */
export const MIN_ARTICLES = 5;
const EPOCHS = 12;
const LEARNING_RATE = 0.05;
const L2 = 0.002;

export interface Example {
  features: string[];
  cited: boolean;
  article: string;
}

/** Every article's fold (articles in sorted order, dealt round-robin), so an article is held out whole. */
export function foldsByArticle(articles: readonly string[]): Map<string, number> {
  return new Map([...articles].sort().map((article, index) => [article, index % FOLDS]));
}

export interface Trained {
  bias: number;
  weights: Map<string, number>;
}

/** Logistic regression by stochastic gradient descent with L2, in a fixed order so training is reproducible. */
export function fit(examples: Example[]): Trained {
  const seen = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const feature of example.features) {
      let articles = seen.get(feature);
      if (!articles) seen.set(feature, (articles = new Set()));
      articles.add(example.article);
    }
  }
  const kept = new Set([...seen].filter(([, articles]) => articles.size >= MIN_ARTICLES).map(([feature]) => feature));
  const weights = new Map<string, number>();
  let bias = 0;
  const order = examples.map((_, index) => index);
  const shuffle = seededShuffler(1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order);
    for (const index of order) {
      const example = examples[index]!;
      const features = example.features.filter((feature) => kept.has(feature));
      let z = bias;
      for (const feature of features) z += weights.get(feature) ?? 0;
      const gradient = (example.cited ? 1 : 0) - 1 / (1 + Math.exp(-z));
      bias += LEARNING_RATE * gradient;
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight + LEARNING_RATE * (gradient - L2 * weight));
      }
    }
  }
  return { bias, weights };
}

export function score(trained: Trained, features: string[]): number {
  let z = trained.bias;
  for (const feature of features) z += trained.weights.get(feature) ?? 0;
  return z;
}

/** A fitted model in the engine's form, with the threshold chosen for it. */
export function asModel(trained: Trained, threshold: number): WorthinessModel {
  return { bias: trained.bias, threshold, weights: Object.fromEntries(trained.weights) };
}

/**
 * Sentence-level examples from whole articles, found with the engine's own citation recognition: a sentence is
 * cited when a citation sits in it or right after its full stop; it is uncited when nothing in its paragraph (or
 * list) is cited, in an article that cites its sources (a stub that cites nothing yet says nothing about which
 * sentences its writer thought needed a source). Sentences in between (covered by a later citation) are left out,
 * as are headings, tables, quotes, reference sections and sentences that are mostly citation. The text is the
 * sentence without its citations, as the model will see uncited sentences.
 */
export function sentenceExamples(article: string, source: string): Array<{ text: string; cited: boolean }> {
  const document = prepareDocument(source);
  const citations = recognizeCitations(document).citations.filter((citation) => citation.kind !== 'placeholder');
  if (citations.length < CITED_ARTICLE) return [];
  const references = referenceSections(document);
  const cited = (from: number, to: number): boolean => citations.some((citation) => citation.range.start < to && citation.range.end > from);
  const inCitation = (offset: number): boolean => citations.some((citation) => citation.range.start <= offset && offset < citation.range.end);
  const out: Array<{ text: string; cited: boolean }> = [];
  for (const { start, chunk } of document.chunks) {
    chunk.blocks.forEach((block, index) => {
      const context = block.context;
      if (context.heading || context.table || context.blockquote || context.footnote) return;
      const blockStart = block.range.start + start;
      if (references.some((section) => section.start <= blockStart && blockStart < section.end)) return;
      const list = block.listItem?.list;
      const paragraphCited = cited(blockStart, list ? Math.max(list.end + start, block.range.end + start) : block.range.end + start);
      for (const sentence of chunk.sentences(index)) {
        const from = block.offsets[sentence.range.start]! + start;
        const to = block.offsets[Math.max(sentence.range.start, sentence.range.end - 1)]! + start + 1;
        const own = cited(from - 4, to + 2);
        if (paragraphCited && !own) continue;
        let text = '';
        for (let i = sentence.range.start; i < sentence.range.end; i++) if (!inCitation(block.offsets[i]! + start)) text += block.text[i];
        if (text.trim().split(/\s+/).length < 4 || text.length < (sentence.range.end - sentence.range.start) / 2) continue;
        out.push({ text, cited: own });
      }
    });
  }
  void article;
  return out;
}
