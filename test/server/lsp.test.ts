/**
 * The language server over a real LSP connection (stdio): initialize, didOpen,
 * pull diagnostics, incremental didChange, code actions applied to the text,
 * hover, configuration problems, and a clean shutdown.
 *
 * The tests share one server but not state: each opens its own document (a new
 * URI at version 1) and starts from the pristine config, so any one of them can
 * run alone or in any order.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const ARTICLE = [
  '# Dry needling for ITBS',
  '',
  'Dry needling mechanically resets the contracted muscle fibers and is the single most effective treatment.',
  '',
  'There is no cure for ITBS.',
  '',
  'Never exceed the stated dose.',
  '',
].join('\n');

// These tests are about the overclaim pack; citation checks have their own suite.
const CONFIG = 'packs: [overclaim]\n';

/** The edit that adds a cure claim as the second line of ARTICLE. */
const ADD_CURE = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Turmeric cures arthritis.\n' };

describe('language server over stdio', function () {
  let server: TestServer;
  let dir: string;
  let configPath: string;
  let opened = 0;
  let uri: string;
  let document: TextDocument;

  before(async () => {
    dir = makeTempDir('lsp');
    configPath = join(dir, '.claimlint.yaml');
    writeFileSync(configPath, CONFIG);
    server = await startServer({ rootUri: pathToFileURL(dir).toString() });
  });

  beforeEach(async () => {
    // The pristine config, in case a test broke it.
    if (readFileSync(configPath, 'utf8') !== CONFIG) {
      writeFileSync(configPath, CONFIG);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).toString(), type: 2 }] });
    }
    // A document of the test's own, at version 1.
    uri = pathToFileURL(join(dir, `article-${++opened}.md`)).toString();
    document = TextDocument.create(uri, 'markdown', 1, ARTICLE);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE },
    });
  });

  afterEach(async () => {
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0, 'server exits with code 0 after shutdown/exit');
  });

  after(removeTempDirs);

  async function pull(): Promise<Diagnostic[]> {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    return (report as { items: Diagnostic[] }).items;
  }

  async function change(edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }): Promise<void> {
    document = TextDocument.update(document, [edit], document.version + 1);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [edit],
    });
  }

  function textAt(diagnostic: Diagnostic): string {
    return document.getText(diagnostic.range);
  }

  async function actionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
  }

  function apply(action: CodeAction): void {
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, document.version, 'edits are versioned with the linted version');
    document = TextDocument.create(uri, 'markdown', document.version + 1, TextDocument.applyEdits(document, change.edits as Array<{ range: Diagnostic['range']; newText: string }>));
  }

  async function replaceAll(): Promise<void> {
    const text = document.getText();
    const end = document.positionAt(text.length);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [{ text }],
    });
    void end;
  }

  it('pulls precise, sourced diagnostics and none for negations and safety instructions', async () => {
    const items = await pull();
    const summary = items.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${textAt(d)}`);
    assert.deepEqual(summary, ['2:13 overclaim/mechanism-as-fact mechanically resets', '2:69 overclaim/hype-superlatives the single most effective']);
    for (const diagnostic of items) {
      assert.equal(diagnostic.source, 'claimlint');
      assert.match(String(diagnostic.codeDescription?.href), /^file:.*docs\/rules\/overclaim\/.+\.md$/);
      assert.match(String(diagnostic.message), /^`.+`/);
    }
  });

  it('follows incremental edits', async () => {
    await change(ADD_CURE);
    const items = await pull();
    assert.deepEqual(
      items.map((d) => `${d.range.start.line}:${d.range.start.character} ${textAt(d)}`),
      ['1:9 cures', '3:13 mechanically resets', '3:69 the single most effective'],
    );
  });

  it('applies the preferred quick fix and the diagnostic disappears', async () => {
    const resets = (await pull()).find((d) => d.code === 'overclaim/mechanism-as-fact')!;
    const actions = await actionsFor(resets);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0]!.title, 'Replace `mechanically resets` with `may help relax`');
    assert.ok(actions.some((a) => a.title === 'Disable overclaim/mechanism-as-fact for this line'));
    apply(preferred[0]!);
    assert.equal(document.getText().split('\n')[2], 'Dry needling may help relax the contracted muscle fibers and is the single most effective treatment.');
    await replaceAll();
    const after = await pull();
    assert.ok(!after.some((d) => d.code === 'overclaim/mechanism-as-fact'));
  });

  it('inserts a disable-next-line directive that silences exactly that rule on that line', async () => {
    await change(ADD_CURE);
    const cures = (await pull()).find((d) => d.code === 'overclaim/cure-claims')!;
    const disable = (await actionsFor(cures)).find((a) => a.title === 'Disable overclaim/cure-claims for this line')!;
    apply(disable);
    assert.deepEqual(document.getText().split('\n').slice(1, 3), ['<!-- claimlint-disable-next-line overclaim/cure-claims -->', 'Turmeric cures arthritis.']);
    await replaceAll();
    const codes = (await pull()).map((d) => d.code);
    assert.ok(!codes.includes('overclaim/cure-claims'));
    assert.ok(codes.includes('overclaim/hype-superlatives'));
  });

  it('shows the rationale, source and rule doc on hover', async () => {
    const hype = (await pull()).find((d) => d.code === 'overclaim/hype-superlatives')!;
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: hype.range.start.line, character: hype.range.start.character + 3 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(String(value), /\*Why:\*/);
    assert.match(String(value), /\*Source:\* \[.+\]\(https?:\/\/.+\)/);
    assert.match(String(value), /\[Rule documentation\]\(file:/);
    const nothing = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  it('answers requests for unknown documents with empty results instead of failing', async () => {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri: 'file:///nowhere/missing.md' },
    })) as { items: Diagnostic[] };
    assert.deepEqual(report.items, []);
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere/missing.md' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  });

  it('reports a broken config file on the config and at the top of the document', async () => {
    writeFileSync(configPath, 'packs: [overclaim]\nrules:\n  overclaim/cure-claims: loud\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(configPath).toString(), type: 1 }],
    });
    const items = await pull();
    const summary = items.find((d) => d.code === 'claimlint/config-problem');
    assert.ok(summary, 'a summary diagnostic tops the document');
    assert.match(String(summary.message), /rules\.overclaim\/cure-claims.*must be one of/);
    const configUri = pathToFileURL(configPath).toString();
    const published = server.published.filter((p) => p.uri === configUri).at(-1);
    assert.ok(published, 'the config file gets its own diagnostics');
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start.line, d.range.start.character]),
      [[2, 25]],
    );
  });
});

describe('language server over Node IPC (the transport VS Code uses)', () => {
  it('initializes, lints and shuts down', async () => {
    const server = await startServer({ transport: 'ipc' });
    try {
      const uri = 'untitled:Untitled-1';
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: 'Turmeric cures arthritis.\n' },
      });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      // One squiggle on "cures" with both notes: the cure claim and the missing citation.
      assert.deepEqual(report.items.map((d) => d.code).sort(), ['overclaim/cure-claims']);
      assert.match(String(report.items[0]!.message), /promises a cure.*; `cures` claims an effect on health with no citation/);
    } finally {
      assert.equal(await stopServer(server), 0);
    }
  });
});

describe('claimlint.enable', () => {
  it('turns diagnostics off for a resource when false', async () => {
    const server = await startServer({ settings: { enable: false } });
    try {
      const uri = 'untitled:Untitled-2';
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: 'Turmeric cures arthritis.\n' },
      });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      assert.deepEqual(report.items, []);
    } finally {
      assert.equal(await stopServer(server), 0);
    }
  });
});
