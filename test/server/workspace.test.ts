/**
 * Configuration in the language server: each folder of a multi-root workspace
 * resolves its own config (a folder with none uses the defaults quietly), ignored
 * documents get no findings, per-glob overrides apply, and "Add … to the accepted
 * vocabulary" writes the config file that then silences the phrase.
 *
 * The tests share one server but not state: each starts from the pristine folders
 * (configs as written below, no ledger, no config in the bare folder) and closes
 * the documents it opened, so any one of them can run alone or in any order.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CreateFile, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const TEXT = 'Miracle berries taste sour. This tea cures colds.\n';

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('workspace configuration over LSP', function () {
  let server: TestServer;
  let strict: string;
  let relaxed: string;
  let bare: string;
  let version = 1;
  /** Documents the current test opened, closed after it. */
  let opened: string[] = [];

  const STRICT = 'packs: [overclaim]\nrules:\n  overclaim/cure-claims: error\nignore: ["drafts/**"]\noverrides:\n  - files: "patients/**"\n    rules:\n      overclaim/cure-claims: hint\n';
  const RELAXED = 'packs: [overclaim]\nrules:\n  overclaim/cure-claims: off\n';

  /** The files every test starts from, path → text (undefined: absent). */
  function pristine(): Record<string, string | undefined> {
    return {
      [join(strict, '.claimlint.yaml')]: STRICT,
      [join(strict, '.claimlint', 'decisions.yaml')]: undefined,
      [join(relaxed, '.claimlint.yaml')]: RELAXED,
      [join(bare, '.claimlint.yaml')]: undefined,
    };
  }

  before(async () => {
    const base = makeTempDir('roots');
    strict = join(base, 'strict');
    relaxed = join(base, 'relaxed');
    bare = join(base, 'bare');
    write(strict, { '.claimlint.yaml': STRICT });
    write(relaxed, { '.claimlint.yaml': RELAXED });
    mkdirSync(bare, { recursive: true });
    server = await startServer({ workspaceFolders: [strict, relaxed, bare].map((folder) => pathToFileURL(folder).toString()) });
  });

  beforeEach(async () => {
    // Puts back whatever an earlier test changed (a config it edited, a ledger it wrote) and tells the server.
    const changes: Array<{ uri: string; type: number }> = [];
    for (const [path, text] of Object.entries(pristine())) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (current === text) continue;
      if (text === undefined) rmSync(path);
      else writeFileSync(path, text);
      changes.push({ uri: pathToFileURL(path).toString(), type: text === undefined ? 3 : 2 });
    }
    if (changes.length > 0) await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') console.error(server.log.join('\n'));
    for (const uri of opened) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    opened = [];
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0, server.log.join('\n'));
  });

  after(removeTempDirs);

  async function open(path: string, text = TEXT): Promise<string> {
    const uri = pathToFileURL(path).toString();
    opened.push(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: version++, text } });
    return uri;
  }

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    return (report as { items: Diagnostic[] }).items;
  }

  async function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
  }

  const summary = (items: Diagnostic[]): string[] => items.map((item) => `${item.code} ${item.severity}`).sort();

  it('resolves each workspace folder against its own config', async () => {
    assert.deepEqual(summary(await pull(await open(join(strict, 'a.md')))), ['overclaim/cure-claims 1', 'overclaim/miracle-claims 2']);
    assert.deepEqual(summary(await pull(await open(join(relaxed, 'a.md')))), ['overclaim/miracle-claims 2']);
    // No config: the built-in defaults, and no complaint about the missing file.
    const defaults = summary(await pull(await open(join(bare, 'a.md'))));
    assert.ok(defaults.includes('overclaim/cure-claims 2') && defaults.includes('overclaim/miracle-claims 2'), defaults.join('\n'));
    assert.ok(!defaults.some((line) => line.startsWith('claimlint/problem')), defaults.join('\n'));
  });

  it('applies overrides by glob and shows nothing for ignored documents', async () => {
    assert.deepEqual(summary(await pull(await open(join(strict, 'patients', 'b.md')))), ['overclaim/cure-claims 4', 'overclaim/miracle-claims 2']);
    assert.deepEqual(await pull(await open(join(strict, 'drafts', 'c.md'))), []);
    // Not linted at all: not even a directive is reported as unused there.
    assert.deepEqual(await pull(await open(join(strict, 'drafts', 'd.md'), '<!-- claimlint-disable-next-line overclaim/cure-claims -->\nPlain words.\n')), []);
  });

  it('adds a phrase to the accepted vocabulary of the folder config, which then stops flagging it', async () => {
    const uri = await open(join(strict, 'vocab.md'));
    const miracle = (await pull(uri)).find((item) => item.code === 'overclaim/miracle-claims')!;
    assert.ok(miracle, 'miracle-claims flags "Miracle"');
    const actions = await actionsFor(uri, miracle);
    const titles = actions.map((action) => action.title);
    const accept = actions.find((action) => action.title.startsWith('Add "Miracle" to the accepted vocabulary'))!;
    assert.ok(accept, titles.join('\n'));
    assert.equal(accept.title, 'Add "Miracle" to the accepted vocabulary (in .claimlint.yaml)');
    // After the rule's own fixes, before the suppressions.
    assert.ok(titles.indexOf(accept.title) < titles.findIndex((title) => title.startsWith('Disable')), titles.join('\n'));
    const [edit] = accept.edit!.documentChanges! as TextDocumentEdit[];
    const configPath = fileURLToPath(edit!.textDocument.uri);
    assert.equal(configPath, join(strict, '.claimlint.yaml'));
    const before = readFileSync(configPath, 'utf8');
    const after = TextDocument.applyEdits(TextDocument.create(edit!.textDocument.uri, 'yaml', 0, before), edit!.edits as TextEdit[]);
    assert.equal(after, `${before}vocabulary:\n  accept:\n    - Miracle\n`);
    writeFileSync(configPath, after);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: edit!.textDocument.uri, type: 2 }] });
    assert.deepEqual(summary(await pull(uri)), ['overclaim/cure-claims 1']);
  });

  it('fades out directives that silence nothing', async () => {
    const text = '<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting -->\nThis tea cures colds.\n\n<!-- claimlint-disable-next-line overclaim/miracle-claims -->\nPlain words.\n';
    const uri = await open(join(relaxed, 'directives.md'), text);
    const unused = (await pull(uri)).filter((item) => item.code === 'claimlint/unused-directive');
    // The first one is unused too: cure-claims is off in this folder.
    assert.deepEqual(
      unused.map((item) => [item.range.start.line, item.severity, item.tags]),
      [
        [0, 4, [1]],
        [3, 4, [1]],
      ],
    );
  });

  it('records "Accept as reviewed…" in the ledger; the decision survives edits elsewhere and lapses when the sentence changes', async () => {
    const path = join(strict, 'reviewed.md');
    const text = 'This tea cures colds, as the regulator put it.\n';
    const uri = await open(path, text);
    let documentVersion = version - 1;
    const cure = (await pull(uri)).find((item) => item.code === 'overclaim/cure-claims')!;
    const actions = await actionsFor(uri, cure);
    const accept = actions.find((action) => action.title === 'Accept as reviewed…')!;
    assert.equal(accept.command?.command, 'claimlint.acceptAsReviewed', 'the client asks for the reason');
    const request = accept.command!.arguments![0] as Record<string, unknown>;
    const stale = (await server.connection.sendRequest('workspace/executeCommand', {
      command: 'claimlint.server.recordDecision',
      arguments: [{ ...request, version: documentVersion - 1, reviewer: 'Dr Ada Obi', reason: 'quoting the regulator' }],
    })) as { ok: boolean; message: string };
    assert.deepEqual(stale, { ok: false, message: 'the document changed since the finding was shown; try again on the current finding' });
    const recorded = (await server.connection.sendRequest('workspace/executeCommand', {
      command: 'claimlint.server.recordDecision',
      arguments: [{ ...request, reviewer: 'Dr Ada Obi', reason: 'quoting the regulator', reference: 'fda2023', locator: 'p. 4' }],
    })) as { ok: boolean; ledger: string };
    assert.equal(recorded.ok, true);
    const ledger = readFileSync(join(strict, '.claimlint', 'decisions.yaml'), 'utf8');
    assert.match(
      ledger,
      /- rule: overclaim\/cure-claims\n {4}document: reviewed\.md\n {4}fingerprint: [0-9a-f]{16}\n {4}sentence: This tea cures colds, as the regulator put it\.\n {4}reviewer: Dr Ada Obi\n {4}date: \d{4}-\d{2}-\d{2}\n {4}reason: quoting the regulator\n {4}reference: fda2023\n {4}locator: p\. 4\n/,
    );
    assert.ok(!(await pull(uri)).some((item) => item.code === 'overclaim/cure-claims'), 'accepted: gone');
    const edit = async (next: string): Promise<void> => {
      documentVersion = version++;
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: documentVersion }, contentChanges: [{ text: next }] });
    };
    await edit(`# Herbal teas\n\nA new paragraph above. 🍵\n\n${text}`);
    assert.ok(!(await pull(uri)).some((item) => item.code === 'overclaim/cure-claims'), 'moved by an edit elsewhere: still accepted');
    await edit(text.replace('colds', 'flu'));
    assert.ok(
      (await pull(uri)).some((item) => item.code === 'overclaim/cure-claims'),
      'the words changed: the decision lapsed',
    );
  });

  it('creates the config file when the folder has none', async () => {
    const uri = await open(join(bare, 'new.md'), 'It is a miracle.\n');
    const miracle = (await pull(uri)).find((item) => item.code === 'overclaim/miracle-claims')!;
    const actions = await actionsFor(uri, miracle);
    const accept = actions.find((action) => action.title === 'Add "miracle" to the accepted vocabulary (new .claimlint.yaml)')!;
    assert.ok(accept, actions.map((action) => action.title).join('\n'));
    const [create, edit] = accept.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.equal(create.kind, 'create');
    assert.equal(fileURLToPath(create.uri), join(bare, '.claimlint.yaml'));
    assert.equal(existsSync(join(bare, '.claimlint.yaml')), false, 'nothing is written before the writer applies the fix');
    assert.match((edit.edits[0] as TextEdit).newText, /^# claimlint project configuration.*\nvocabulary:\n {2}accept:\n {4}- "miracle"\n$/);
  });
});

describe('workspace trust', function () {
  after(removeTempDirs);

  it('loads extended configs and packs only once the workspace is trusted', async () => {
    const dir = makeTempDir('trust');
    cpSync(join(REPO_ROOT, 'test', 'packages', 'claimlint-pack-demo'), join(dir, 'node_modules', 'claimlint-pack-demo'), { recursive: true });
    write(dir, { '.claimlint.yaml': 'extends: claimlint-pack-demo\npacks: [overclaim, demo]\n' });
    const text = 'This tea works wonders.\n';
    for (const trusted of [false, true]) {
      const server = await startServer({ rootUri: pathToFileURL(dir).toString(), initializationOptions: { trusted } });
      try {
        const uri = pathToFileURL(join(dir, 'a.md')).toString();
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        const codes = report.items.map((item) => String(item.code));
        if (trusted) assert.ok(codes.includes('demo/wonder-claims'), codes.join('\n'));
        else {
          assert.ok(!codes.includes('demo/wonder-claims'), codes.join('\n'));
          // The reason is shown where it applies: on `extends` in the config file.
          const configUri = pathToFileURL(join(dir, '.claimlint.yaml')).toString();
          const published = server.published.filter((params) => params.uri === configUri).at(-1);
          assert.ok(published, 'problems are published on the config file');
          assert.deepEqual(
            published.diagnostics.map((item) => [item.range.start.line, item.range.start.character, item.severity, item.message]),
            [
              [0, 9, 3, 'config: `extends` is not loaded in an untrusted workspace; trust the workspace to use shared configs and packs'],
              [1, 19, 1, 'config: unknown pack `demo`; known packs: citations, document, evidence, overclaim, readability, vocabulary'],
            ],
          );
        }
      } finally {
        await stopServer(server);
      }
    }
  });
});
