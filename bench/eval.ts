/**
 * `npm run eval`: how right claimlint is on real text nobody on the project wrote.
 * Reads the dev data in ../shared/data/ when it is there (a fresh clone has none:
 * then it says so and exits 0). Not a test: it measures, it never asserts.
 *
 *   npm run eval                      the goals table
 *   npm run eval -- --by-rule         also findings per 1,000 words by rule
 *   npm run eval -- --misses          also print uncited paragraphs flagged / cited ones missed
 *   npm run eval -- --sample FILE     write every finding with its paragraph, for hand judging
 *   npm run eval -- --unjudged        also print the current findings nobody has judged yet
 *   npm run eval -- --rejected        also print the current findings the editors judged false, with their reasons
 *   npm run eval -- --overclaims DIR  also the overclaim table for another folder of hype pages with an annotations.jsonl
 *                                     (article, line, text, family), e.g. real pages kept out of the repository
 *   npm run eval -- --hedge-errors    also print the hedge-recognition mistakes on the dev half (never the held-out half)
 *   npm run eval -- --in-sample       score the dev data with the shipped worthiness model (flattering: it was
 *                                     trained on these articles); by default each article is scored out of fold
 *
 * Measures (issue 9):
 * - on the 115 well-cited articles in freegym-dev/articles/, linted exactly as `claimlint check` does: findings per
 *   1,000 words, error-severity findings, and the share of paragraphs that carry a citation yet get a needs-citation
 *   finding (a paragraph "carries a citation" by the data set's own silver rule: a link, `[n]`, `[^n]`, `][n]` or
 *   "(Author, year)");
 * - on freegym-dev/paragraphs.jsonl (citations stripped): recall on the paragraphs the author cited, flag rate on the
 *   ones the author left uncited (a paragraph counts as flagged when it gets a needs-citation finding);
 * - precision from the hand-judged sample in bench/data/judged-findings.jsonl, over the wiki articles and the real
 *   articles in ../shared/corpus/ (paths relative to freegym-dev/).
 *
 * The citation-worthiness model shipped in the engine was trained on these same paragraphs, so by default every dev
 * article (its findings and its paragraphs) is scored by a model fitted, the same way, on the other four fifths of
 * the articles (bench/worthiness-fit.ts): the figures are what the tool does on articles it has not seen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { EMPTY_BIBLIOGRAPHY, lint } from '../server/src/engine/index';
import { cliSession, reportFiles, type FileReport } from '../server/src/cli/report';
import { readJsonLines } from './jsonl';
import { useWorthinessModel, worthinessFeatures, worthinessModel, type WorthinessModel } from '../server/src/engine/citations/worthiness';
import { asModel, fit, FOLDS, foldsByArticle, type Example } from './worthiness-fit';
import { strengthRows } from './strength-report';
import { overclaimRows } from './overclaim-report';
import { abstractCheckRows } from './abstract-check-eval';
import { hedgeRows, type HedgeError } from './hedge-report';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'freegym-dev');
const JUDGED = join(ROOT, 'bench', 'data', 'judged-findings.jsonl');
// Real hype articles as writers paste them: judged with the wiki articles, so precision also covers the text
// claimlint is meant to strike (its findings count toward precision only).
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const NEEDS = 'citations/needs-citation';
/** A finding that says a claim needs a citation: its own, or carried by an overclaim finding on the same words. */
const saysNeedsCitation = (finding: { ruleId: string; also?: string[] }): boolean => finding.ruleId === NEEDS || (finding.also ?? []).includes(NEEDS);
// The data set's silver rule for "the author cited this paragraph" (see shared/data/README.md).
const SILVER_CITED = /\]\(https?:|\[\d+\]|\[\^[^\]]+\]|\]\[\d+\]|\([A-Z][^()]*?,? (?:19|20)\d\d[a-z]?\)|\([A-Z][^()]*?et al\.?,? (?:19|20)\d\d/;

const args = process.argv.slice(2);

interface Row {
  measure: string;
  value: string;
  goal: string;
  met: boolean | undefined;
}

async function main(): Promise<void> {
  if (!existsSync(DATA)) {
    console.log(`No dev data at ${relative(process.cwd(), DATA)} (it is not part of a clone); nothing to measure.`);
    return;
  }
  const rows: Row[] = [];
  const folds = args.includes('--in-sample') ? undefined : outOfFoldModels();
  const articles = await evaluateArticles(rows, folds);
  await evaluateParagraphs(rows, folds);
  // The option that trades precision for recall (needs-citation `paragraphModel: all`), for comparison only.
  await evaluateParagraphs(rows, folds, 'all');
  evaluateJudged(rows, articles.current);
  console.log(`\nclaimlint on the dev data (${relative(ROOT, DATA)}): ${articles.files} articles, ${articles.words.toLocaleString('en')} words`);
  console.log(
    folds ? `worthiness model: out of fold (each article scored by a model trained without it, ${FOLDS} folds)\n` : 'worthiness model: the shipped one, trained on these articles (in sample)\n',
  );
  console.log('| Measure | Value | Goal | Met |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.measure} | ${row.value} | ${row.goal} | ${row.met === undefined ? '' : row.met ? 'yes' : 'NO'} |`);
  const strength = strengthRows();
  if (strength) {
    console.log('\nClaim strength (issue 10; shared data: Yu et al. 2019, InSciOut; held-out splits never trained on)\n');
    console.log('| Measure | Value | Goal |');
    console.log('|---|---|---|');
    for (const row of strength) console.log(`| ${row.measure} | ${row.value} | ${row.goal} |`);
  }
  const hedgeErrors: HedgeError[] = [];
  const hedges = hedgeRows(hedgeErrors);
  if (hedges) {
    console.log('\nHedge recognition (issue 10; 500 sentences of the shared data labelled for speculation: bench/data/hedge-annotations.jsonl)\n');
    console.log('| Measure | Value | Goal |');
    console.log('|---|---|---|');
    for (const row of hedges) console.log(`| ${row.measure} | ${row.value} | ${row.goal} |`);
    if (args.includes('--hedge-errors')) for (const error of hedgeErrors) console.log(`${error.kind === 'missed' ? 'missed' : 'false '} [${error.words.join(', ')}] ${error.text}`);
  }
  const abstracts = abstractCheckRows();
  if (abstracts) {
    console.log('\nClaims against their cited abstracts (issue 13; InSciOut training pairs; details: npx tsx bench/abstract-check-eval.ts)\n');
    console.log('| Measure | Value | Goal |');
    console.log('|---|---|---|');
    for (const row of abstracts) console.log(`| ${row.measure} | ${row.value} | ${row.goal} |`);
  }
  const overclaimMisses: string[] = [];
  const overclaim = await overclaimRows(overclaimMisses);
  if (overclaim) {
    console.log('\nOverclaims on the real hype articles in ../shared/corpus/ (issue 10; bench/data/overclaim-annotations.jsonl)\n');
    console.log('| Measure | Value | Goal |');
    console.log('|---|---|---|');
    for (const row of overclaim) console.log(`| ${row.measure} | ${row.value} | ${row.goal} |`);
    if (args.includes('--misses')) console.log(overclaimMisses.join('\n'));
  }
  // Any other folder of hype pages with its own annotations.jsonl (same fields), e.g. pages kept out of the
  // repository to measure on text the rules were not written from.
  for (let at = args.indexOf('--overclaims'); at !== -1; at = args.indexOf('--overclaims', at + 1)) {
    const folder = args[at + 1];
    if (!folder) break;
    const misses: string[] = [];
    const rows = await overclaimRows(misses, folder, join(folder, 'annotations.jsonl'));
    if (!rows) {
      console.log(`\n${folder}: no Markdown pages with an annotations.jsonl there`);
      continue;
    }
    console.log(`\nOverclaims in ${folder} (annotations.jsonl beside the pages)\n`);
    console.log('| Measure | Value | Goal |');
    console.log('|---|---|---|');
    for (const row of rows) console.log(`| ${row.measure} | ${row.value} | ${row.goal} |`);
    if (args.includes('--misses')) console.log(misses.join('\n'));
  }
  if (args.includes('--by-rule')) {
    console.log('\nFindings per 1,000 words by rule (articles):');
    for (const [rule, count] of [...articles.byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(36)} ${String(count).padStart(5)}  ${((count * 1000) / articles.words).toFixed(2)}`);
  }
}

interface ArticleStats {
  files: number;
  words: number;
  byRule: Map<string, number>;
  /** Every current finding as `article|line|rule|text`, to match the judged sample against. */
  current: Set<string>;
}

function findingKey(article: string, line: number, ruleId: string, text: string): string {
  return `${article}|${line}|${ruleId}|${text}`;
}

/** Out-of-fold worthiness models: for each dev article (path relative to articles/), a model trained without it. */
interface Folds {
  modelOf(article: string): WorthinessModel;
}

function outOfFoldModels(): Folds | undefined {
  const file = join(DATA, 'paragraphs.jsonl');
  if (!existsSync(file)) return undefined;
  const examples: Example[] = readJsonLines<ParagraphExample>(file).map((row) => ({ features: worthinessFeatures(row.text), cited: row.label === 'cited', article: articleOf(row) }));
  const foldOf = foldsByArticle([...new Set(examples.map((example) => example.article))]);
  // The shipped threshold was itself chosen out of fold (bench/train-worthiness.ts).
  const threshold = worthinessModel().threshold;
  const models = Array.from({ length: FOLDS }, (_, fold) => asModel(fit(examples.filter((example) => foldOf.get(example.article) !== fold)), threshold));
  return { modelOf: (article) => models[foldOf.get(article) ?? 0]! };
}

/** A paragraph's article, relative to articles/ ("Womens-Health/10-….md"). */
function articleOf(example: ParagraphExample): string {
  return example.source.replace(/^[^:]*:/, '').replace(/#.*$/, '');
}

/** Lints the articles as `claimlint check` does, each with its out-of-fold model when there are folds. */
async function reportArticles(paths: string[], folds: Folds | undefined): Promise<FileReport[]> {
  const options = { config: undefined, root: DATA, reportUnusedDisables: false };
  if (!folds) return (await reportFiles(paths, 'check', options)).files;
  const files: FileReport[] = [];
  for (const path of paths) {
    useWorthinessModel(folds.modelOf(relative(join(DATA, 'articles'), path)));
    files.push(...(await reportFiles([path], 'check', options)).files);
  }
  useWorthinessModel(undefined);
  return files;
}

async function evaluateArticles(rows: Row[], folds: Folds | undefined): Promise<ArticleStats> {
  const paths = globSync('articles/**/*.md', { cwd: DATA, absolute: true }).sort();
  const report = { files: await reportArticles(paths, folds) };
  let words = 0;
  let errors = 0;
  let findings = 0;
  let citedParagraphs = 0;
  let citedParagraphsFlagged = 0;
  const byRule = new Map<string, number>();
  const current = new Set<string>();
  const sample: object[] = [];
  for (const file of report.files) {
    const text = readFileSync(file.path, 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    findings += file.findings.length;
    for (const finding of file.findings) {
      current.add(findingKey(relative(DATA, file.path), finding.range.start.line + 1, finding.ruleId, finding.text));
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
      if (finding.severity === 'error') errors++;
    }
    const paragraphs = paragraphsOf(text);
    for (const paragraph of paragraphs) {
      if (!SILVER_CITED.test(paragraph.text) || /^\s*\[[^\]]+\]:\s/.test(paragraph.text)) continue;
      citedParagraphs++;
      if (file.findings.some((f) => saysNeedsCitation(f) && f.range.start.line >= paragraph.from && f.range.start.line <= paragraph.to)) citedParagraphsFlagged++;
    }
    if (args.includes('--sample')) sample.push(...sampleRecords(file, text, paragraphs));
  }
  if (existsSync(CORPUS)) {
    const corpus = await reportFiles(globSync('*.md', { cwd: CORPUS, absolute: true }).sort(), 'check', { config: undefined, root: CORPUS, reportUnusedDisables: false });
    for (const file of corpus.files) {
      const text = readFileSync(file.path, 'utf8');
      for (const finding of file.findings) current.add(findingKey(relative(DATA, file.path), finding.range.start.line + 1, finding.ruleId, finding.text));
      if (args.includes('--sample')) sample.push(...sampleRecords(file, text, paragraphsOf(text)));
    }
  }
  if (args.includes('--sample')) {
    const out = args[args.indexOf('--sample') + 1]!;
    writeFileSync(out, sample.map((record) => JSON.stringify(record)).join('\n') + '\n');
    console.log(`wrote ${sample.length} findings to ${out}`);
  }
  rows.push({ measure: 'findings per 1,000 words (articles)', value: ((findings * 1000) / words).toFixed(2), goal: '', met: undefined });
  rows.push({ measure: `error-severity findings on ${report.files.length} well-cited articles`, value: String(errors), goal: '≤ 5', met: errors <= 5 });
  const share = citedParagraphsFlagged / citedParagraphs;
  rows.push({ measure: 'needs-citation inside paragraphs that carry a citation', value: `${pct(share)} (${citedParagraphsFlagged} of ${citedParagraphs})`, goal: '≤ 3%', met: share <= 0.03 });
  return { files: report.files.length, words, byRule, current };
}

/** Paragraphs as blank-line separated line spans (0-based lines, inclusive). */
function paragraphsOf(text: string): Array<{ from: number; to: number; text: string }> {
  const lines = text.split(/\r?\n/);
  const out: Array<{ from: number; to: number; text: string }> = [];
  let from = -1;
  lines.forEach((line, index) => {
    if (line.trim() && from === -1) from = index;
    if ((!line.trim() || index === lines.length - 1) && from !== -1) {
      const to = line.trim() ? index : index - 1;
      out.push({ from, to, text: lines.slice(from, to + 1).join('\n') });
      from = -1;
    }
  });
  return out;
}

function sampleRecords(file: FileReport, text: string, paragraphs: Array<{ from: number; to: number; text: string }>): object[] {
  const lines = text.split(/\r?\n/);
  return file.findings.map((finding) => {
    const line = finding.range.start.line;
    const paragraph = paragraphs.find((p) => line >= p.from && line <= p.to);
    return {
      article: relative(DATA, file.path),
      line: line + 1,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      flagged: finding.text,
      context: paragraph?.text ?? lines[line],
    };
  });
}

interface ParagraphExample {
  text: string;
  label: 'cited' | 'uncited';
  source: string;
}

async function evaluateParagraphs(rows: Row[], folds: Folds | undefined, paragraphModel?: 'all'): Promise<void> {
  const file = join(DATA, 'paragraphs.jsonl');
  if (!existsSync(file)) return;
  const examples = readJsonLines<ParagraphExample>(file);
  const project = await cliSession({ config: undefined, root: DATA }).projectFor(undefined);
  if (paragraphModel) project.config.rules = project.config.rules.map((active) => (active.rule.definition.id === NEEDS ? { ...active, options: { ...active.options, paragraphModel } } : active));
  const context = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: project.config.citationScope };
  let cited = 0;
  let citedFlagged = 0;
  let uncited = 0;
  let uncitedFlagged = 0;
  const misses: string[] = [];
  for (const example of examples) {
    if (folds) useWorthinessModel(folds.modelOf(articleOf(example)));
    const findings = lint({ path: 'paragraph.md', text: `${example.text}\n` }, project.config, context).findings;
    const flagged = findings.some(saysNeedsCitation);
    if (example.label === 'cited') {
      cited++;
      if (flagged) citedFlagged++;
      else misses.push(`MISSED  ${example.text}`);
    } else {
      uncited++;
      if (flagged) {
        uncitedFlagged++;
        misses.push(
          `FLAGGED ${example.text}  ← ${findings
            .filter(saysNeedsCitation)
            .map((f) => f.text)
            .join(' | ')}`,
        );
      }
    }
  }
  useWorthinessModel(undefined);
  const recall = citedFlagged / cited;
  const flagRate = uncitedFlagged / uncited;
  if (paragraphModel) {
    rows.push({ measure: `  (with \`paragraphModel: ${paragraphModel}\`: recall ${recall.toFixed(3)}, flag rate ${flagRate.toFixed(3)})`, value: '', goal: '', met: undefined });
    return;
  }
  if (args.includes('--misses')) console.log(misses.join('\n'));
  rows.push({ measure: 'recall on cited paragraphs with citations stripped', value: `${recall.toFixed(3)} (${citedFlagged} of ${cited})`, goal: '≥ 0.85', met: recall >= 0.85 });
  rows.push({ measure: 'flag rate on paragraphs the author left uncited', value: `${flagRate.toFixed(3)} (${uncitedFlagged} of ${uncited})`, goal: '≤ 0.35', met: flagRate <= 0.35 });
}

interface Judgement {
  judgement: 'true' | 'false';
  ruleId: string;
  article: string;
  line: number;
  flagged: string;
  reason: string;
  context: string;
}

/**
 * Precision over the judged findings the detector still produces. A judged finding it no longer produces is left out
 * (it can no longer be right or wrong); current findings nobody judged are counted, so a stale sample shows.
 */
function evaluateJudged(rows: Row[], current: Set<string>): void {
  if (!existsSync(JUDGED)) {
    rows.push({ measure: 'precision of all findings, hand-judged', value: 'no sample', goal: '≥ 0.90', met: false });
    return;
  }
  // A finding judged in more than one round counts once, with its latest judgement.
  const latest = new Map(readJsonLines<Judgement>(JUDGED).map((j) => [findingKey(j.article, j.line, j.ruleId, j.flagged), j]));
  const all = [...latest.values()];
  const judged = all.filter((j) => current.has(findingKey(j.article, j.line, j.ruleId, j.flagged)));
  const judgedKeys = new Set(judged.map((j) => findingKey(j.article, j.line, j.ruleId, j.flagged)));
  const unjudged = [...current].filter((key) => !judgedKeys.has(key)).length;
  if (unjudged > 0) console.log(`note: ${unjudged} of ${current.size} current findings are not in the judged sample (${all.length - judged.length} judged findings are no longer produced)`);
  if (args.includes('--unjudged')) for (const key of current) if (!judgedKeys.has(key)) console.log(`UNJUDGED ${key}`);
  if (judged.length === 0) {
    rows.push({ measure: 'precision of all findings, hand-judged', value: 'sample is stale', goal: '≥ 0.90', met: false });
    return;
  }
  const correct = judged.filter((j) => j.judgement === 'true').length;
  if (args.includes('--rejected'))
    for (const j of judged.filter((j) => j.judgement !== 'true')) console.log(`rejected ${j.ruleId} \`${j.flagged}\` ${j.article}:${j.line}\n  ${j.reason}\n  > ${j.context.slice(0, 300)}`);
  const precision = correct / judged.length;
  const articles = new Set(judged.map((j) => j.article)).size;
  rows.push({
    measure: 'precision of all findings, hand-judged',
    value: `${precision.toFixed(3)} (${correct} of ${judged.length} findings, ${articles} articles)`,
    goal: '≥ 0.90',
    met: precision >= 0.9,
  });
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

void main();
