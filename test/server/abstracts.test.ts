/**
 * Claims against their cited abstracts in the editor: over a real LSP connection, a number the abstract does not
 * state and a claim stronger than its conclusion are diagnostics, and their hovers quote the abstract.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const ARTICLE = ['---', 'bibliography: refs.json', '---', '', '# Walking', '', 'Walking 8,000 steps a day prevents 60% of early deaths [@walking2020].', ''].join('\n');
const REFS = [
  {
    id: 'walking2020',
    type: 'article-journal',
    title: 'Walking and mortality',
    genre: 'systematic review',
    abstract: 'We followed 12,000 adults for eight years. People who walked more than 8,000 steps a day had 51% lower mortality. Conclusions: More daily steps were associated with lower mortality.',
  },
];

describe('claims against their cited abstracts over LSP', function () {
  let server: TestServer;
  let uri: string;

  before(async () => {
    const dir = makeTempDir('abstracts');
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [evidence]\n');
    writeFileSync(join(dir, 'refs.json'), JSON.stringify(REFS));
    server = await startServer({ rootUri: pathToFileURL(dir).toString() });
    uri = pathToFileURL(join(dir, 'article.md')).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE } });
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0);
  });

  after(removeTempDirs);

  async function hoverOn(diagnostic: Diagnostic): Promise<string> {
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: diagnostic.range.start.line, character: diagnostic.range.start.character + 1 },
    })) as Hover;
    return String((hover.contents as { value: string }).value);
  }

  it('flags the number and the wording, and quotes the abstract on hover', async () => {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    const items = (report as { items: Diagnostic[] }).items;
    const line = ARTICLE.split('\n')[6]!;
    const number = items.find((d) => d.code === 'evidence/number-not-in-source')!;
    assert.equal(line.slice(number.range.start.character, number.range.end.character), '60%');
    assert.match(await hoverOn(number), /> People who walked more than 8,000 steps a day had \*\*51%\*\* lower mortality\. \(walking2020\)/);
    const wording = items.find((d) => d.code === 'evidence/exaggerates-source')!;
    assert.equal(line.slice(wording.range.start.character, wording.range.end.character), 'prevents');
    assert.match(await hoverOn(wording), /> More daily steps were associated with lower mortality\./);
  });
});
