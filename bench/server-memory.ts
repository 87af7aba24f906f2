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
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, stopServer } from '../test/helpers/lsp-client';
import { generateArticle, seededRandom } from './corpus';

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
  const uri = pathToFileURL(join(CORPUS, 'typing.md')).toString();
  let document = TextDocument.create(uri, 'markdown', 1, article);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: article } });
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  console.log(`article open: ${memory(pid)}`);
  const typed = 'Statins reduce the risk of stroke by 45% in older adults [@smith2020]. ';
  let offset = article.indexOf('\n\n', Math.floor(article.length / 2));
  const characters = Number(values.type);
  const began = performance.now();
  for (let i = 0; i < characters; i++) {
    const position = document.positionAt(offset);
    const change = { range: { start: position, end: position }, text: typed[i % typed.length]! };
    document = TextDocument.update(document, [change], document.version + 1);
    offset++;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    if (i % 5 === 4) await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
  const perPull = characters >= 5 ? ((performance.now() - began) / Math.floor(characters / 5)).toFixed(1) : 'n/a';
  console.log(`typed ${characters} characters (${perPull} ms per five characters and a pull): ${memory(pid)}`);
  const count = Number(values.open);
  for (let i = 0; i < count; i++) {
    const other = pathToFileURL(join(CORPUS, `open-${i}.md`)).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: others[i % others.length]! } });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: other } });
    if ((i + 1) % 200 === 0 || i + 1 === count) console.log(`opened ${i + 1} documents: ${memory(pid)}`);
  }
  await stopServer(server);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
