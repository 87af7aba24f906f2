/**
 * `npm run bench`: measures what the foundation promises, on a generated corpus.
 *
 *   1. engine throughput (lint, in process) on >= 1,000 articles (>= 5 MB);
 *   2. `claimlint check` wall time against a bare remark-parse of the same files
 *      (goal: analysis adds at most 30% over parsing), on 1 and 2 threads;
 *   3. language-server latency from didChange to diagnostics for a 3,000-word
 *      article (goal <= 20 ms median) and a 1 MB document (goal <= 300 ms).
 *
 * Prints a table. Numbers depend on the machine; compare runs on the same one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, loadBibliography, rankEntriesForClaim } from '../server/src/engine/index';
import { parseMarkdown } from '../server/src/engine/markdown/parse';
import { builtinRules } from '../test/helpers/rules';
import { startServer, stopServer } from '../test/helpers/lsp-client';
import { generateArticle, seededRandom } from './corpus';
import { openDocuments, typeIntoArticle } from './memory-steps';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, 'bench', '.corpus');
const ARTICLES = 1000;

interface Row {
  measure: string;
  value: string;
  goal: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function writeCorpus(): { files: string[]; bytes: number } {
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const random = seededRandom(42);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const text = generateArticle(random, 900);
    const path = join(CORPUS, `article-${String(i).padStart(4, '0')}.md`);
    writeFileSync(path, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** Peak resident memory of a process so far (Linux: VmHWM), in MB; undefined where /proc is not there. */
function peakRssOf(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Wall time and peak memory of a command (memory sampled every 20 ms from /proc). */
function measureCommand(command: string, args: string[]): Promise<{ ms: number; peakMb: number | undefined }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak: number | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      const now = child.pid ? peakRssOf(child.pid) : undefined;
      if (now !== undefined) peak = Math.max(peak ?? 0, now);
    }, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      // markdownlint-cli2 exits 1 when it finds something, claimlint 1 on error-severity findings.
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms, peakMb: peak });
    });
  });
}

const mb = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);

/**
 * The CLI beside markdownlint-cli2 (the usual Markdown linter in CI) on the same files: cold wall time and peak
 * memory, then a `--cache` run with nothing changed.
 */
async function againstMarkdownlint(label: string, dir: string): Promise<Row[]> {
  const markdownlint = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const glob = `${dir}/**/*.md`;
  const cache = join(CORPUS, '.claimlintcache');
  rmSync(cache, { force: true });
  const ml = await measureCommand(process.execPath, [markdownlint, glob]);
  const cl = await measureCommand(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--root', dir, dir]);
  const rows: Row[] = [
    { measure: `${label}: markdownlint-cli2`, value: `${(ml.ms / 1000).toFixed(2)} s, peak ${mb(ml.peakMb)}`, goal: '' },
    {
      measure: `${label}: claimlint check (cold)`,
      value: `${(cl.ms / 1000).toFixed(2)} s (${(cl.ms / ml.ms).toFixed(2)}x), peak ${mb(cl.peakMb)} (${cl.peakMb && ml.peakMb ? (cl.peakMb / ml.peakMb).toFixed(2) : '?'}x)`,
      goal: '<= 0.8x time, <= 1.2x memory',
    },
  ];
  const cacheArgs = [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--cache', '--cache-location', cache, '--root', dir, dir];
  const help = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' });
  if (help.stdout.includes('--cache')) {
    const fill = await measureCommand(process.execPath, cacheArgs);
    const warm = await measureCommand(process.execPath, cacheArgs);
    rows.push({
      measure: `${label}: claimlint check --cache, nothing changed`,
      value: `${(warm.ms / 1000).toFixed(2)} s (${(warm.ms / fill.ms).toFixed(2)}x the run that filled it)`,
      goal: '<= 0.1x cold',
    });
    rmSync(cache, { force: true });
  }
  return rows;
}

/** Server start to the first diagnostics of a 3,000-word article, as the editor sees it (process start included). */
async function coldStart(article: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const server = await startServer();
    const uri = pathToFileURL(join(CORPUS, `cold-${run}.md`)).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: article } });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - start);
    await stopServer(server);
  }
  return times;
}

/**
 * The server's memory while a writer types 10,000 characters into one paragraph of an article (a pull every fifth
 * character, as an editor debounces them), then opens 1,000 more documents.
 */
async function serverMemory(article: string, others: readonly string[]): Promise<Row[]> {
  const server = await startServer();
  const pid = server.process.pid!;
  let startMb: number | undefined;
  await typeIntoArticle(server, CORPUS, article, 10_000, () => (startMb = peakRssOf(pid)));
  const afterTyping = peakRssOf(pid);
  await openDocuments(server, CORPUS, others, 1000);
  const afterOpening = peakRssOf(pid);
  await stopServer(server);
  return [
    { measure: 'server peak RSS: article open / after typing 10,000 characters', value: `${mb(startMb)} / ${mb(afterTyping)}`, goal: '<= 250 MB' },
    { measure: 'server peak RSS: after opening 1,000 more documents', value: mb(afterOpening), goal: '<= 250 MB' },
  ];
}

function timeCommand(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`command failed: ${args.join(' ')}\n${result.stderr}`);
  return performance.now() - start;
}

async function serverLatency(text: string, edits: number): Promise<number[]> {
  const server = await startServer();
  const uri = pathToFileURL(join(CORPUS, 'latency.md')).toString();
  let document = TextDocument.create(uri, 'markdown', 1, text);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const timings: number[] = [];
  for (let i = 0; i < edits; i++) {
    const position = document.positionAt(Math.floor(text.length / 2));
    const change = { range: { start: position, end: position }, text: i % 2 ? ' cures' : ' x' };
    document = TextDocument.update(document, [change], document.version + 1);
    const start = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    timings.push(performance.now() - start);
  }
  await stopServer(server);
  return timings;
}

/** Loading a 10,000-entry bibliography, and ranking it for a claim. */
function bibliographyRows(): Row[] {
  const random = seededRandom(11);
  const topics = [
    'dry needling',
    'knee pain',
    'running',
    'massage',
    'stretching',
    'shoulder pain',
    'low back pain',
    'tendinopathy',
    'marathon',
    'soreness',
    'iliotibial band',
    'hip strength',
    'cortisone',
    'shockwave',
  ];
  const designs = ['a randomized controlled trial', 'a systematic review and meta-analysis', 'a cohort study', 'a case report', 'a pilot study'];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let text = '';
  for (let i = 0; i < 10_000; i++) {
    const a = pick(topics);
    const b = pick(topics);
    text += `@article{entry${i},\n  author = {Author${i}, Alex and Writer, Sam and Other, Kim},\n  title = {Effect of ${a} on ${b}: ${pick(designs)}},\n  journal = {Journal of ${pick(topics)}},\n  year = {${2000 + (i % 25)}},\n  volume = {${i % 60}},\n  pages = {${i % 300}--${(i % 300) + 9}},\n  doi = {10.1000/bench.${i}},\n  keywords = {${a}, ${b}},\n  abstract = {We studied ${a} and ${b} in ${50 + (i % 400)} adults. Pain and function were measured at six weeks.}\n}\n\n`;
  }
  const loadTimes: number[] = [];
  let entries = 0;
  for (let run = 0; run < 3; run++) {
    // A fresh path each run defeats the parse memo, as a changed file would.
    const start = performance.now();
    const bibliography = loadBibliography([{ path: `bench-${run}.bib`, text }]);
    loadTimes.push(performance.now() - start);
    entries = bibliography.entries.size;
  }
  const bibliography = loadBibliography([{ path: 'bench-rank.bib', text }]);
  rankEntriesForClaim(bibliography, 'warm up the index');
  const claims = ['Dry needling reduces knee pain in runners.', 'Massage after a marathon reduces soreness.', 'Shockwave therapy helps tendinopathy.', 'Stretching improves hip strength.'];
  const rankTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    rankEntriesForClaim(bibliography, claims[i % claims.length]!);
    rankTimes.push(performance.now() - start);
  }
  return [
    { measure: `bibliography load, ${entries} BibTeX entries (${(text.length / 1e6).toFixed(1)} MB)`, value: `median ${median(loadTimes).toFixed(0)} ms`, goal: '< 1,000 ms' },
    { measure: 'citation ranking for a claim, 10,000 entries', value: `median ${median(rankTimes).toFixed(1)} ms, max ${Math.max(...rankTimes).toFixed(1)} ms`, goal: '<= 20 ms' },
  ];
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const { files, bytes } = writeCorpus();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const { config } = builtinRules();
  rows.push({ measure: 'corpus', value: `${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB`, goal: '>= 1,000 articles, >= 5 MB' });

  // In process: parse only vs the whole engine (parse + prose + rules).
  texts.slice(0, 50).forEach((text) => lint({ path: 'warm.md', text }, config));
  let start = performance.now();
  for (const text of texts) parseMarkdown(text);
  const parseMs = performance.now() - start;
  start = performance.now();
  let findings = 0;
  for (const text of texts) findings += lint({ path: 'a.md', text }, config).findings.length;
  const lintMs = performance.now() - start;
  rows.push({ measure: 'engine: remark parse only (1 thread)', value: `${(parseMs / 1000).toFixed(2)} s`, goal: '' });
  rows.push({ measure: 'engine: lint (1 thread)', value: `${(lintMs / 1000).toFixed(2)} s, ${(bytes / 1e6 / (lintMs / 1000)).toFixed(2)} MB/s, ${findings} findings`, goal: '' });
  rows.push({ measure: 'engine: lint / parse', value: `${(lintMs / parseMs).toFixed(2)}x`, goal: '<= 1.30x' });

  // Whole commands, as a user runs them.
  const bareScript = join(CORPUS, 'bare-parse.cjs');
  writeFileSync(
    bareScript,
    `const { readFileSync, readdirSync } = require('node:fs');\n` +
      `const { unified } = require(${JSON.stringify(require.resolve('unified'))});\n` +
      `const parse = require(${JSON.stringify(require.resolve('remark-parse'))}).default;\n` +
      `const processor = unified().use(parse);\n` +
      `for (const name of readdirSync(process.argv[2]).filter((n) => n.endsWith('.md'))) processor.parse(readFileSync(process.argv[2] + '/' + name, 'utf8'));\n`,
  );
  const bareMs = timeCommand([bareScript, CORPUS]);
  const oneThreadMs = timeCommand([join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--jobs', '1', CORPUS]);
  const jobs = Math.min(2, cpus().length);
  const parallelMs = timeCommand([join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--jobs', String(jobs), CORPUS]);
  rows.push({ measure: 'bare remark-parse process (1 thread)', value: `${(bareMs / 1000).toFixed(2)} s`, goal: '' });
  rows.push({ measure: 'claimlint check --jobs 1', value: `${(oneThreadMs / 1000).toFixed(2)} s (${(oneThreadMs / bareMs).toFixed(2)}x bare parse)`, goal: '<= 1.30x' });
  rows.push({
    measure: `claimlint check --jobs ${jobs}`,
    value: `${(parallelMs / 1000).toFixed(2)} s (${(parallelMs / bareMs).toFixed(2)}x bare parse, ${(oneThreadMs / parallelMs).toFixed(2)}x speed-up)`,
    goal: 'uses both cores',
  });

  const random = seededRandom(7);
  const article = generateArticle(random, 3000);
  const words = article.split(/\s+/).length;
  const articleTimings = await serverLatency(article, 40);
  rows.push({
    measure: `server didChange -> diagnostics, ${words}-word article`,
    value: `median ${median(articleTimings).toFixed(1)} ms, max ${Math.max(...articleTimings).toFixed(1)} ms`,
    goal: '<= 20 ms median',
  });
  let big = '';
  while (big.length < 1_000_000) big += generateArticle(random, 2000) + '\n\n';
  const bigTimings = await serverLatency(big, 8);
  rows.push({ measure: `server didChange -> diagnostics, ${(big.length / 1e6).toFixed(2)} MB document`, value: `median ${median(bigTimings).toFixed(0)} ms`, goal: '<= 300 ms' });

  rows.push(...bibliographyRows());

  const coldTimes = await coldStart(article);
  rows.push({ measure: `server start -> first diagnostics, ${words}-word article`, value: `median ${median(coldTimes).toFixed(0)} ms`, goal: '<= 300 ms' });
  rows.push(...(await serverMemory(article, texts)));
  rows.push(...(await againstMarkdownlint('bench corpus', CORPUS)));
  // Real articles nobody on the project wrote, when the shared data is there (a fresh clone has none).
  const realArticles = join(ROOT, '..', 'shared', 'data', 'freegym-dev', 'articles');
  if (existsSync(realArticles)) rows.push(...(await againstMarkdownlint('115 real wiki articles', realArticles)));

  const width = Math.max(...rows.map((row) => row.measure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  goal`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  ----`);
  for (const row of rows) console.log(`${row.measure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.goal}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
