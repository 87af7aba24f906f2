/**
 * The server's peak memory (`VmHWM`) as `npm run bench` measures it, run alone and printed as it goes: type into one
 * paragraph of a 3,000-word article (a pull every fifth character), then open and pull 1,000 generated articles.
 * Linux only (/proc).
 *
 *   npx tsx bench/server-memory.ts [--type 10000] [--open 1000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startServer, stopServer } from '../test/helpers/lsp-client';
import { generateArticle, seededRandom } from './corpus';
import { openDocuments, typeIntoArticle } from './memory-steps';

const CORPUS = join(__dirname, '.corpus');
const { values } = parseArgs({ options: { type: { type: 'string', default: '10000' }, open: { type: 'string', default: '1000' } } });

function memory(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string): string => (Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)![1]) / 1024).toFixed(0);
  return `peak ${mb('VmHWM')} MB, now ${mb('VmRSS')} MB`;
}

async function main(): Promise<void> {
  const random = seededRandom(42);
  const others = Array.from({ length: 1000 }, () => generateArticle(random, 900));
  const article = generateArticle(seededRandom(7), 3000);
  const server = await startServer();
  const pid = server.process.pid!;
  const characters = Number(values.type);
  let began = 0;
  await typeIntoArticle(server, CORPUS, article, characters, () => {
    console.log(`article open: ${memory(pid)}`);
    began = performance.now();
  });
  const perPull = characters >= 5 ? ((performance.now() - began) / Math.floor(characters / 5)).toFixed(1) : 'n/a';
  console.log(`typed ${characters} characters (${perPull} ms per five characters and a pull): ${memory(pid)}`);
  const count = Number(values.open);
  await openDocuments(server, CORPUS, others, count, (opened) => {
    if (opened % 200 === 0 || opened === count) console.log(`opened ${opened} documents: ${memory(pid)}`);
  });
  await stopServer(server);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
