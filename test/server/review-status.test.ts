/**
 * The review status over LSP, against the bundled server as an editor drives it: the status bar's request, the
 * `claimlint.advanceReviewStatus` command (a versioned edit of the document; approving also records the reviewer,
 * the date and the approval fingerprint in the ledger, in the same workspace edit), and the finding on a sentence
 * changed after approval.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createOnDisk, editOnDisk, startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

describe('review status over LSP', function () {
  let server: TestServer;
  let folder: string;
  /** The open document as this client holds it (the editor's buffer). */
  let document: TextDocument;
  let uri: string;
  /** Workspace edits the server asked for, in order. */
  const asked: WorkspaceEdit[] = [];

  before(async () => {
    folder = makeTempDir('review-status');
    writeFileSync(join(folder, '.claimlint.yaml'), 'packs: [document]\n');
    server = await startServer({ workspaceFolders: [pathToFileURL(folder).toString()], settings: { enable: true, reviewer: 'Dr Ada Obi, MD' } });
    // As VS Code does: a versioned edit applies to the open buffer (which then tells the server), others to disk.
    server.connection.onRequest('workspace/applyEdit', async (params: { edit: WorkspaceEdit }) => {
      asked.push(params.edit);
      for (const change of params.edit.documentChanges ?? []) {
        if ('kind' in change) {
          const refused = createOnDisk(change);
          if (refused) return refused;
          continue;
        }
        if (change.textDocument.uri === uri) {
          if (change.textDocument.version !== document.version) return { applied: false, failureReason: 'stale version' };
          const text = TextDocument.applyEdits(document, change.edits as TextEdit[]);
          document = TextDocument.create(uri, 'markdown', document.version + 1, text);
          await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [{ text }] });
          continue;
        }
        editOnDisk(change);
      }
      return { applied: true };
    });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(server.log.join('\n'));
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0, server.log.join('\n'));
  });

  after(removeTempDirs);

  const status = (): Promise<unknown> => server.connection.sendRequest('claimlint/reviewStatus', { uri });
  const advance = (args: Record<string, unknown> = {}): Promise<{ ok: boolean; message: string; status?: string }> =>
    server.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.advanceReviewStatus', arguments: [{ uri, version: document.version, ...args }] }) as Promise<{
      ok: boolean;
      message: string;
      status?: string;
    }>;
  async function pull(): Promise<Diagnostic[]> {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    return (report as { items: Diagnostic[] }).items;
  }

  it('advances the status step by step, records the approval, and reports sentences changed after it', async () => {
    const path = join(folder, 'knee.md');
    const text = '---\r\ntitle: Knee pain\r\n---\r\n\r\n# Knee pain\r\n\r\nRest helps. Ice can ease the pain.\r\n';
    writeFileSync(path, text);
    uri = pathToFileURL(path).toString();
    document = TextDocument.create(uri, 'markdown', 1, text);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });

    assert.deepEqual(await status(), { status: null, next: 'draft' });
    const stale = (await server.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.advanceReviewStatus', arguments: [{ uri, version: 0 }] })) as { ok: boolean; message: string };
    assert.deepEqual(stale, { ok: false, message: 'the document changed; try again' });

    assert.deepEqual(await advance(), { ok: true, message: 'review status: draft', status: 'draft' });
    assert.equal(document.getText(), '---\r\ntitle: Knee pain\r\nreview:\r\n  status: draft\r\n---\r\n\r\n# Knee pain\r\n\r\nRest helps. Ice can ease the pain.\r\n');
    assert.equal((await advance()).status, 'submitted');
    assert.equal((await advance()).status, 'in-review');
    assert.deepEqual(await status(), { status: 'in-review', next: 'approved' });
    assert.ok(!existsSync(join(folder, '.claimlint', 'decisions.yaml')), 'nothing recorded before approval');

    const approved = await advance();
    assert.equal(approved.ok, true, approved.message);
    assert.match(approved.message, /^review status: approved by Dr Ada Obi, MD; approval recorded in .+decisions\.yaml$/);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(
      document.getText(),
      `---\r\ntitle: Knee pain\r\nreview:\r\n  status: approved\r\n  reviewer: "Dr Ada Obi, MD"\r\n  date: ${today}\r\n---\r\n\r\n# Knee pain\r\n\r\nRest helps. Ice can ease the pain.\r\n`,
    );
    // One workspace edit: the document (versioned) and the ledger.
    const last = asked.at(-1)!.documentChanges!;
    assert.deepEqual(
      last.map((change) =>
        'kind' in change ? `${change.kind} ${change.kind === 'create' ? change.uri.split('/').pop() : ''}` : `${change.textDocument.uri.split('/').pop()} v${change.textDocument.version}`,
      ),
      ['knee.md v4', 'create decisions.yaml', 'decisions.yaml vnull'],
    );
    const ledger = readFileSync(join(folder, '.claimlint', 'decisions.yaml'), 'utf8');
    assert.match(ledger, /approvals:\n {2}- document: knee\.md\n {4}reviewer: Dr Ada Obi, MD\n {4}date: \d{4}-\d{2}-\d{2}\n {4}fingerprints: \[ [0-9a-f]{16}, [0-9a-f]{16}, [0-9a-f]{16} \]\n/);
    assert.deepEqual(await status(), { status: 'approved', next: null, reviewer: 'Dr Ada Obi, MD', date: today });
    assert.deepEqual(
      (await pull()).filter((item) => String(item.code).startsWith('document/')),
      [],
    );
    assert.deepEqual(await advance(), { ok: false, message: 'the document is already approved' });

    // The writer edits one sentence after approval: that sentence, and only it, is reported.
    const edited = document.getText().replace('Ice can ease the pain.', 'Ice cures the pain.');
    document = TextDocument.create(uri, 'markdown', document.version + 1, edited);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [{ text: edited }] });
    const changed = (await pull()).filter((item) => item.code === 'document/changed-since-approval');
    assert.deepEqual(
      changed.map((item) => [item.range.start.line, item.range.start.character, item.message]),
      [[10, 12, `This sentence changed after Dr Ada Obi, MD approved the document on ${today}; have the change reviewed, then approve the document again`]],
    );
    // The finding offers to approve the current text again (the client asks who approves, then calls the server).
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: changed[0]!.range,
      context: { diagnostics: changed, only: ['quickfix'] },
    })) as CodeAction[];
    const again = actions.find((action) => action.title === 'Approve the current text again…');
    assert.deepEqual(again?.command, { title: 'Approve the current text again…', command: 'claimlint.advanceReviewStatusPrompt', arguments: [{ reapprove: true }] });
    const reapproved = await advance({ reapprove: true, reviewer: 'Prof B. Lee' });
    assert.equal(reapproved.ok, true, reapproved.message);
    assert.match(document.getText(), /\r\n {2}status: approved\r\n {2}reviewer: "Prof B\. Lee"\r\n/);
    const relisted = readFileSync(join(folder, '.claimlint', 'decisions.yaml'), 'utf8');
    assert.equal(relisted.match(/- document: knee\.md/g)?.length, 1, 'the new approval replaces the old one');
    assert.match(relisted, /reviewer: Prof B\. Lee/);
    assert.deepEqual(
      (await pull()).filter((item) => String(item.code).startsWith('document/')),
      [],
    );
  });
});
