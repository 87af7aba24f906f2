/**
 * Measures `citations/off-topic-source`: how much real claim–source pairs share a topic, against the same claims
 * paired with a source another article cites (a wrong citation), scored by the check's own index
 * (`topicScorer` in citations/suggest.ts over the document's cited sources, as the check builds it).
 *
 *   npx tsx bench/source-topic.ts [DIR…]   (default: ../shared/corpus and ../shared/data/freegym-dev/articles)
 *
 * Prints the score distribution of both sets and, per threshold, how many real pairs would be flagged (false
 * positives) and how many wrong pairs would (recall), and the precision with as many wrong pairs as real ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareDocument, recognizeCitations, EMPTY_BIBLIOGRAPHY } from '../server/src/engine/index';
import { sectionHeadings } from '../server/src/engine/markdown/sections';
import { resolveCitations, type CitedSource } from '../server/src/engine/citations/source-quality';
import { topicScorer, type TopicSource } from '../server/src/engine/citations/suggest';
import { seededShuffler } from './seeded';

const ROOT = resolve(__dirname, '..');
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', 'shared', 'data', 'freegym-dev', 'articles')];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

export function topicOf(source: CitedSource): TopicSource | undefined {
  return source.title ? { id: source.id, title: source.title, keywords: source.keywords.join(' '), ...(source.abstract ? { abstract: source.abstract } : {}) } : undefined;
}

interface Pair {
  file: number;
  claim: string;
  source: TopicSource;
}

const docs: Array<{ path: string; sources: TopicSource[]; pairs: Pair[] }> = [];
for (const path of dirs.flatMap(markdownFiles)) {
  const document = prepareDocument(readFileSync(path, 'utf8'));
  const resolved = resolveCitations(document, recognizeCitations(document), EMPTY_BIBLIOGRAPHY);
  const heading = sectionHeadings(document);
  const title = heading(0) || (document.chunks[0]?.chunk.blocks.find((b) => b.context.heading)?.text ?? '');
  const mode = process.env.CONTEXT ?? 'claim';
  const sectionText = new Map<string, string>();
  let allText = '';
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks) {
      const h = block.context.heading ? block.text : heading(block.range.start + start);
      sectionText.set(h, `${sectionText.get(h) ?? ''} ${block.text}`);
      allText += ` ${block.text}`;
    }
  const sources = new Map<string, TopicSource>();
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const r of resolved)
    for (const s of r.sources) {
      const topic = topicOf(s);
      if (!topic) continue;
      sources.set(topic.id, topic);
      const key = `${r.claimRange.start}|${topic.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({
        file: docs.length,
        claim:
          mode === 'doc'
            ? `${r.supported} ${allText}`
            : mode === 'sectiontext'
              ? `${r.supported} ${sectionText.get(heading(r.claimRange.start)) ?? ''} ${title}`
              : mode === 'claim'
                ? r.supported
                : mode === 'section'
                  ? `${r.supported} ${heading(r.claimRange.start)}`
                  : `${r.supported} ${heading(r.claimRange.start)} ${heading(1)} ${title}`,
        source: topic,
      });
    }
  docs.push({ path, sources: [...sources.values()], pairs });
}

const real: number[] = [];
const wrong: number[] = [];
const shuffle = seededShuffler(13);
const allSources = docs.flatMap((doc, file) => doc.sources.map((source) => ({ file, source })));
const order = allSources.map((_, i) => i);
shuffle(order);
let cursor = 0;
const examples: Array<{ score: number; claim: string; title: string; path: string }> = [];
for (const doc of docs) {
  if (doc.pairs.length === 0) continue;
  const scorer = topicScorer(doc.sources);
  for (const pair of doc.pairs) {
    const score = scorer(pair.claim).get(pair.source.id) ?? 0;
    real.push(score);
    examples.push({ score, claim: pair.claim, title: pair.source.title, path: doc.path });
    // A wrong pair: the same claim with a source cited by another article, scored in this document's index.
    let foreign = allSources[order[cursor++ % order.length]!]!;
    while (foreign.file === pair.file) foreign = allSources[order[cursor++ % order.length]!]!;
    const wrongScorer = topicScorer([...doc.sources, { ...foreign.source, id: `foreign:${foreign.source.id}` }]);
    wrong.push(wrongScorer(pair.claim).get(`foreign:${foreign.source.id}`) ?? 0);
  }
}

const quantiles = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2);
  return `min ${q(0)}  p5 ${q(0.05)}  p10 ${q(0.1)}  p25 ${q(0.25)}  median ${q(0.5)}  p75 ${q(0.75)}  max ${q(1)}  zero ${values.filter((v) => v === 0).length}`;
};
console.log(`documents: ${docs.length}, with resolvable titled citations: ${docs.filter((d) => d.pairs.length > 0).length}`);
console.log(`real pairs:  ${real.length}  ${quantiles(real)}`);
console.log(`wrong pairs: ${wrong.length}  ${quantiles(wrong)}`);
console.log('threshold  real flagged (FP)  wrong flagged (recall)  precision at 1:1');
for (const t of [0, 0.5, 1, 2, 3, 4, 5, 6, 8]) {
  const fp = real.filter((s) => s <= t).length;
  const tp = wrong.filter((s) => s <= t).length;
  console.log(
    `score <= ${String(t).padEnd(4)}  ${String(fp).padStart(5)} (${((100 * fp) / real.length).toFixed(1)}%)  ${String(tp).padStart(5)} (${((100 * tp) / wrong.length).toFixed(1)}%)  ${tp + fp ? ((100 * tp) / (tp + fp)).toFixed(1) : '-'}%`,
  );
}
if (process.env.SHOW)
  for (const e of examples.filter((x) => x.score <= Number(process.env.SHOW)).slice(0, Number(process.env.LIMIT ?? 60)))
    console.log(`\n[${e.score.toFixed(2)}] ${e.path.split('/').slice(-1)[0]}\n  claim: ${e.claim.replace(/\uFFFC/g, '·')}\n  title: ${e.title}`);
