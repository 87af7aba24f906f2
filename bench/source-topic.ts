/**
 * Measures `citations/off-topic-source` on real articles: every citation that resolves to a source with a title
 * (a bibliography entry, a reference-list item, a link definition's title) gives a real claim–source pair; the same
 * claim paired with a source another article cites gives a wrong pair. Both are scored the way the check scores them
 * (checks/source-quality.ts): the BM25+ index of "Insert citation" (`topicScorer`) over the document's cited sources,
 * queried with the claim (the sentences the citation covers), then with its section and the article title added; the
 * check flags a pair only when that score is 0 and no term of the source's title occurs anywhere in the article.
 *
 *   npx tsx bench/source-topic.ts [DIR…]   (default: ../shared/corpus and ../shared/data/freegym-dev/articles)
 *   SHOW=1 npx tsx bench/source-topic.ts    (also prints the real pairs the check would flag)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EMPTY_BIBLIOGRAPHY, prepareDocument, recognizeCitations } from '../server/src/engine/index';
import { documentContext, isTopical } from '../server/src/engine/checks/source-quality';
import { resolveCitations } from '../server/src/engine/citations/source-quality';
import { topicScorer, topicTerms, type TopicSource } from '../server/src/engine/citations/suggest';
import { seededShuffler } from './seeded';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const dirs = args.length > 0 ? args : [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', 'shared', 'data', 'freegym-dev', 'articles')];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

interface Pair {
  claim: string;
  withContext: string;
  source: TopicSource;
}
interface Doc {
  path: string;
  sources: TopicSource[];
  pairs: Pair[];
  terms: Set<string>;
}

const docs: Doc[] = [];
let citationsSeen = 0;
for (const path of dirs.flatMap(markdownFiles)) {
  const document = prepareDocument(readFileSync(path, 'utf8'));
  const resolved = resolveCitations(document, recognizeCitations(document), EMPTY_BIBLIOGRAPHY);
  citationsSeen += resolved.length;
  const context = documentContext(document);
  const sources = new Map<string, TopicSource>();
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const r of resolved)
    for (const s of r.sources) {
      if (!isTopical(s)) continue;
      const topic: TopicSource = { id: s.id, title: s.title!, keywords: s.keywords.join(' '), ...(s.abstract ? { abstract: s.abstract } : {}) };
      sources.set(topic.id, topic);
      const key = `${r.claimRange.start}|${topic.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({ claim: r.supported, withContext: `${r.supported} ${context.section(r.claimRange.start)} ${context.title}`, source: topic });
    }
  docs.push({ path, sources: [...sources.values()], pairs, terms: context.terms });
}

type Scores = { claim: number; context: number; flagged: boolean };
function score(doc: Doc, pair: Pair, source: TopicSource, extra: TopicSource[] = []): Scores {
  const scorer = topicScorer([...doc.sources, ...extra]);
  const claim = scorer(pair.claim).get(source.id) ?? 0;
  const context = scorer(pair.withContext).get(source.id) ?? 0;
  const inArticle = [...topicTerms(`${source.title} ${source.keywords ?? ''}`)].some((term) => doc.terms.has(term));
  return { claim, context, flagged: context === 0 && !inArticle };
}

const real: Scores[] = [];
const wrong: Scores[] = [];
const flaggedReal: Array<{ path: string; pair: Pair }> = [];
const shuffle = seededShuffler(13);
const pool = docs.flatMap((doc, file) => doc.sources.map((source) => ({ file, source })));
const order = pool.map((_, i) => i);
shuffle(order);
let cursor = 0;
docs.forEach((doc, file) => {
  for (const pair of doc.pairs) {
    const r = score(doc, pair, pair.source);
    real.push(r);
    if (r.flagged) flaggedReal.push({ path: doc.path, pair });
    let foreign = pool[order[cursor++ % order.length]!]!;
    while (foreign.file === file) foreign = pool[order[cursor++ % order.length]!]!;
    const other = { ...foreign.source, id: `foreign:${foreign.source.id}` };
    wrong.push(score(doc, pair, other, [other]));
  }
});

const quantiles = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
  return `p5 ${q(0.05)}  p10 ${q(0.1)}  p25 ${q(0.25)}  median ${q(0.5)}  p75 ${q(0.75)}  zero ${values.filter((v) => v === 0).length} (${((100 * values.filter((v) => v === 0).length) / values.length).toFixed(1)}%)`;
};
const row = (name: string, flag: (s: Scores) => boolean): void => {
  const fp = real.filter(flag).length;
  const tp = wrong.filter(flag).length;
  console.log(
    `${name.padEnd(44)} real flagged ${String(fp).padStart(4)} (${((100 * fp) / real.length).toFixed(1)}%)   wrong flagged ${String(tp).padStart(4)} (${((100 * tp) / wrong.length).toFixed(1)}%)   precision at 1:1 ${((100 * tp) / Math.max(1, tp + fp)).toFixed(1)}%`,
  );
};
console.log(`documents ${docs.length}; resolved citations ${citationsSeen}; documents with titled sources ${docs.filter((d) => d.pairs.length > 0).length}`);
console.log(`pairs: ${real.length} real, ${wrong.length} wrong (same claim, a source another article cites)`);
console.log(`score, claim only:          real  ${quantiles(real.map((s) => s.claim))}`);
console.log(`                            wrong ${quantiles(wrong.map((s) => s.claim))}`);
console.log(`score, claim+section+title: real  ${quantiles(real.map((s) => s.context))}`);
console.log(`                            wrong ${quantiles(wrong.map((s) => s.context))}`);
row('claim only, score 0', (s) => s.claim === 0);
row('claim+section+title, score 0', (s) => s.context === 0);
row('check (score 0, no title term in article)', (s) => s.flagged);
if (process.env.SHOW) for (const { path, pair } of flaggedReal) console.log(`\n${path}\n  claim: ${pair.claim.replace(/\uFFFC/g, '·')}\n  title: ${pair.source.title}`);
