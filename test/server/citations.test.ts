/**
 * Citation features over a real LSP connection: completion, hover, go to
 * definition, references, DOI links, the unknown-key fixes, and problems in a
 * broken bibliography reported on the bibliography file.
 *
 * The tests share one server but not state: each opens its own document (a new
 * URI at version 1) and starts from the pristine bibliography, so any one of them
 * can run alone or in any order.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentLink, Hover, Location, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const ARTICLE = [
  '# Recovery after a marathon',
  '',
  'Percussive massage may reduce post-race soreness [@cushman2021postrace].',
  '',
  'The tract is described by @flato2017iliotibial, doi:10.1007/s00256-017-2670-z.',
  '',
  'A misspelt key [@cushman2021postrce].',
  '',
].join('\n');

const BIBLIOGRAPHY = join(REPO_ROOT, 'test', 'fixtures', 'references.bib');

describe('citation features over LSP', function () {
  let server: TestServer;
  let dir: string;
  let bibPath: string;
  let opened = 0;
  let uri: string;
  let document: TextDocument;

  before(async () => {
    dir = makeTempDir('cite');
    bibPath = join(dir, 'references.bib');
    copyFileSync(BIBLIOGRAPHY, bibPath);
    writeFileSync(join(dir, 'other.md'), 'Massage helped [@cushman2021postrace; @smith2020].\n');
    server = await startServer({ rootUri: pathToFileURL(dir).toString() });
  });

  beforeEach(async () => {
    // The pristine bibliography, in case a test broke it.
    if (readFileSync(bibPath, 'utf8') !== readFileSync(BIBLIOGRAPHY, 'utf8')) {
      copyFileSync(BIBLIOGRAPHY, bibPath);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(bibPath).toString(), type: 2 }] });
    }
    // A document of the test's own, at version 1.
    uri = pathToFileURL(join(dir, `article-${++opened}.md`)).toString();
    document = TextDocument.create(uri, 'markdown', 1, ARTICLE);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE } });
  });

  afterEach(async () => {
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0);
  });

  after(removeTempDirs);

  function position(marker: string, delta = 0): { line: number; character: number } {
    return document.positionAt(ARTICLE.indexOf(marker) + delta);
  }

  /** Replaces the whole text of the test's document, as the next version. */
  async function replace(text: string): Promise<void> {
    document = TextDocument.create(uri, 'markdown', document.version + 1, text);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [{ text }] });
  }

  it('completes keys after [@, ranked by what was typed, with the reference as documentation', async () => {
    const edited = ARTICLE.replace('A misspelt key', 'Also [@cus] and a misspelt key');
    await replace(edited);
    const items = (await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: document.positionAt(edited.indexOf('[@cus]') + 5),
    })) as CompletionItem[];
    assert.equal(items[0]!.label, 'cushman2021postrace');
    assert.match(String(items[0]!.detail), /^Cushman et al\. 2021 — Postrace Dry Needling/);
    assert.match((items[0]!.documentation as { value: string }).value, /Clinical Journal of Sport Medicine/);
    assert.deepEqual((items[0]!.textEdit as { range: unknown }).range, {
      start: document.positionAt(edited.indexOf('[@cus]') + 2),
      end: document.positionAt(edited.indexOf('[@cus]') + 5),
    });
  });

  it('hovers a key with the formatted reference, study design and uses in the document', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: position('@cushman2021postrace]', 3) })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^Cushman DM, Dowling N, Ehn M, Kotler DH\. Postrace Dry Needling Does Not Reduce Subsequent Soreness/);
    assert.match(value, /\*\*Study design:\*\* randomized controlled trial \(recorded\) · evidence level 2/);
    assert.match(value, /cited 1 time in this document/);
  });

  it('goes to the entry in the bibliography', async () => {
    const location = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: position('@flato2017', 2) })) as Location;
    assert.equal(location.uri, pathToFileURL(join(dir, 'references.bib')).toString());
    const bib = readFileSync(join(dir, 'references.bib'), 'utf8').split('\n');
    assert.match(bib[location.range.start.line]!, /^@book\{flato2017iliotibial,/);
  });

  it('finds references to a key across the workspace', async () => {
    const locations = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: position('@cushman2021postrace]', 2),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(locations.map((l) => l.uri.split('/').pop()).sort(), [basename(uri), 'other.md']);
  });

  it('links DOIs', async () => {
    const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
    assert.deepEqual(
      links.map((l) => l.target),
      ['https://doi.org/10.1007/s00256-017-2670-z'],
    );
  });

  it('fixes an unknown key with the closest key, or a stub entry in the bibliography', async () => {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const unknown = report.items.find((d) => d.code === 'citations/unknown-key')!;
    assert.equal(document.getText(unknown.range), '@cushman2021postrce');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    })) as CodeAction[];
    const [replace, stub] = actions;
    assert.equal(replace!.title, 'Replace `@cushman2021postrce` with `@cushman2021postrace`');
    assert.equal(replace!.isPreferred, true);
    const edit = replace!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(TextDocument.applyEdits(document, edit.edits as Array<{ range: Diagnostic['range']; newText: string }>).split('\n')[6], 'A misspelt key [@cushman2021postrace].');
    assert.equal(stub!.title, 'Add a stub entry for `cushman2021postrce` to references.bib');
    const stubEdit = stub!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(stubEdit.textDocument.uri, pathToFileURL(join(dir, 'references.bib')).toString());
    assert.equal(stubEdit.textDocument.version, null);
    assert.match((stubEdit.edits[0] as { newText: string }).newText, /@article\{cushman2021postrce,/);
  });

  it('shows on hover which citation supports a cited claim', async () => {
    const text = `${ARTICLE}Soreness fell in 40% of runners [@cushman2021postrace].\n`;
    await replace(text);
    const position = document.positionAt(text.indexOf('40%'));
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /Source for this claim:\*\* `\[@cushman2021postrace\]` on line 8, in this sentence/);
  });

  it('offers "Insert citation" ranked for an uncited claim, and applies it before the full stop', async () => {
    // A section of its own: in an article that cites, a section without citations is where uncited claims show.
    const text = `${ARTICLE}## Needling\n\nDry needling after a race does not reduce post-race soreness in runners.\n`;
    await replace(text);
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const claim = report.items.find((d) => d.code === 'citations/needs-citation')!;
    assert.equal(document.getText(claim.range), 'does not reduce');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: claim.range,
      context: { diagnostics: [claim] },
    })) as CodeAction[];
    assert.match(actions[0]!.title, /^Insert citation: Cushman et al\. 2021 — Postrace Dry Needling/);
    assert.ok(actions.some((a) => a.title === 'Insert a citation placeholder'));
    const edit = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, document.version);
    const applied = TextDocument.applyEdits(document, edit.edits as Array<{ range: Diagnostic['range']; newText: string }>);
    assert.equal(applied.split('\n').at(-2), 'Dry needling after a race does not reduce post-race soreness in runners [@cushman2021postrace].');
  });

  it('reports a broken bibliography entry on the bibliography file, and still uses the other entries', async () => {
    writeFileSync(bibPath, `${readFileSync(bibPath, 'utf8')}\n@article{broken2020,\n  title = {Unclosed,\n  year = {2020}\n`);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(bibPath).toString(), type: 2 }] });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    assert.ok(!report.items.some((d) => d.code === 'citations/unknown-key' && document.getText(d.range) === '@flato2017iliotibial'));
    const published = server.published.filter((p) => p.uri === pathToFileURL(bibPath).toString()).at(-1);
    assert.ok(published, 'diagnostics published on references.bib');
    const lines = readFileSync(bibPath, 'utf8').split('\n');
    assert.equal(published.diagnostics.length, 1);
    assert.match(String(published.diagnostics[0]!.message), /^bibliography entry `broken2020` could not be read/);
    assert.ok(published.diagnostics[0]!.range.start.line >= lines.findIndex((l) => l.startsWith('@article{broken2020')));
  });
});
