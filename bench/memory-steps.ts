/**
 * The steps of the server-memory measure, shared by `npm run bench` (bench/run.ts) and `bench/server-memory.ts`:
 * type into one paragraph of an open article, a pull every fifth character as an editor debounces them; open and pull
 * more documents.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { startServer } from '../test/helpers/lsp-client';

type Server = Awaited<ReturnType<typeof startServer>>;

const TYPED = 'Statins reduce the risk of stroke by 45% in older adults [@smith2020]. ';

/** Opens `article` as `folder/typing.md`, pulls it, then types `characters` into its middle paragraph. */
export async function typeIntoArticle(server: Server, folder: string, article: string, characters: number, opened?: () => void): Promise<void> {
  const uri = pathToFileURL(join(folder, 'typing.md')).toString();
  let document = TextDocument.create(uri, 'markdown', 1, article);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: article } });
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  opened?.();
  let offset = article.indexOf('\n\n', Math.floor(article.length / 2));
  for (let i = 0; i < characters; i++) {
    const position = document.positionAt(offset);
    const change = { range: { start: position, end: position }, text: TYPED[i % TYPED.length]! };
    document = TextDocument.update(document, [change], document.version + 1);
    offset++;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    if (i % 5 === 4) await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
}

/** Opens and pulls `count` documents `folder/open-i.md`, cycling through `texts`; `progress` after each. */
export async function openDocuments(server: Server, folder: string, texts: readonly string[], count: number, progress?: (opened: number) => void): Promise<void> {
  for (let i = 0; i < count; i++) {
    const uri = pathToFileURL(join(folder, `open-${i}.md`)).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: texts[i % texts.length]! } });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    progress?.(i + 1);
  }
}
