/**
 * What the server must never do: write outside the workspace, or write files itself. Decisions reach the ledger
 * through workspace edits the client applies.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';

/** Opens `uri` with a cure claim and accepts the finding as reviewed through "Accept as reviewed…"; the server's answer. */
async function acceptCureClaim(server: TestServer, uri: string): Promise<{ ok: boolean; message: string }> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'This tea cures colds.\n' } });
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  const cure = report.items.find((item: Diagnostic) => item.code === 'overclaim/cure-claims')!;
  const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: cure.range, context: { diagnostics: [cure] } })) as CodeAction[];
  const request = actions.find((action) => action.title === 'Accept as reviewed…')!.command!.arguments![0] as Record<string, unknown>;
  const outcome = (await server.connection.sendRequest('workspace/executeCommand', {
    command: 'claimlint.server.recordDecision',
    arguments: [{ ...request, reviewer: 'Dr Ada Obi', reason: 'quoted' }],
  })) as { ok: boolean; message: string };
  return outcome;
}

describe('server safety', function () {
  this.timeout(30000);
  let dir: string;
  let server: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-safety-'));
    mkdirSync(join(dir, 'workspace'));
    writeFileSync(join(dir, 'workspace', '.claimlint.yaml'), 'decisions:\n  file: ../elsewhere/ledger.yaml\n');
    server = await startServer({ rootUri: pathToFileURL(join(dir, 'workspace')).toString() });
  });
  after(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to record a decision in a ledger outside the workspace, and creates nothing there', async () => {
    const uri = pathToFileURL(join(dir, 'workspace', 'a.md')).toString();
    const outcome = await acceptCureClaim(server, uri);
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /outside the workspace/);
    assert.equal(existsSync(join(dir, 'elsewhere')), false, 'no folder or file created outside the workspace');
  });
});

describe('bibliographies named outside the workspace', function () {
  this.timeout(30000);
  let dir: string;
  let server: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-outside-'));
    mkdirSync(join(dir, 'workspace'));
    writeFileSync(join(dir, 'secret.bib'), '@article{secret2020, title={Private notes}, author={Doe, J.}, year={2020}}\n');
    server = await startServer({ rootUri: pathToFileURL(join(dir, 'workspace')).toString() });
  });
  after(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('are not read: a positioned error on the front matter, and nothing from them in hover or completion', async () => {
    const uri = pathToFileURL(join(dir, 'workspace', 'a.md')).toString();
    const text = '---\nbibliography: ../secret.bib\n---\n\nMassage may help [@secret2020].\n';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const messageOf = (item: Diagnostic): string => (typeof item.message === 'string' ? item.message : item.message.value);
    const outside = report.items.find((item: Diagnostic) => /outside the workspace/.test(messageOf(item)));
    assert.ok(outside, report.items.map(messageOf).join('\n'));
    assert.deepEqual(outside.range.start, { line: 1, character: 14 });
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 22 } });
    assert.doesNotMatch(JSON.stringify(hover), /Private notes/, 'the entry is not shown');
  });

  it('are refused by the CLI unless --allow-outside is given', () => {
    const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
    const path = join(dir, 'workspace', 'b.md');
    writeFileSync(path, '---\nbibliography: ../secret.bib\n---\n\nMassage may help [@secret2020].\n');
    const run = (...flags: string[]) => spawnSync(process.execPath, [cli, 'check', '--root', join(dir, 'workspace'), ...flags, path], { encoding: 'utf8' });
    const refused = run();
    assert.equal(refused.status, 2);
    assert.match(refused.stdout + refused.stderr, /outside the workspace/);
    const allowed = run('--allow-outside');
    assert.doesNotMatch(allowed.stdout + allowed.stderr, /outside the workspace|unknown-key/);
  });
});

describe('paths that leave the workspace through a symlink', function () {
  this.timeout(30000);
  let dir: string;
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-symlink-'));
    mkdirSync(join(dir, 'workspace'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'secret.bib'), '@article{secret2020, title={Private notes}, author={Doe, J.}, year={2020}}\n');
    // Inside the workspace as written, outside once the links are followed.
    symlinkSync(join(dir, 'secret.bib'), join(dir, 'workspace', 'linked.bib'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'workspace', 'linked-folder'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a bibliography that front matter names through a symlink, in the CLI unless --allow-outside', () => {
    const path = join(dir, 'workspace', 'a.md');
    writeFileSync(path, '---\nbibliography: linked.bib\n---\n\nMassage may help [@secret2020].\n');
    const run = (...flags: string[]) => spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--root', join(dir, 'workspace'), ...flags, path], { encoding: 'utf8' });
    const refused = run();
    assert.equal(refused.status, 2);
    assert.match(refused.stdout, /outside the workspace/);
    assert.doesNotMatch(refused.stdout, /Private notes/);
    const allowed = run('--allow-outside');
    assert.doesNotMatch(allowed.stdout + allowed.stderr, /outside the workspace|unknown-key/);
  });

  it('refuses a bibliography under a symlinked folder in the editor, with nothing of it in hover', async () => {
    writeFileSync(join(dir, 'elsewhere', 'refs.bib'), '@article{hidden2021, title={Hidden paper}, author={Roe, K.}, year={2021}}\n');
    const server = await startServer({ rootUri: pathToFileURL(join(dir, 'workspace')).toString() });
    try {
      const uri = pathToFileURL(join(dir, 'workspace', 'b.md')).toString();
      const text = '---\nbibliography: linked-folder/refs.bib\n---\n\nMassage may help [@hidden2021].\n';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      const messages = report.items.map((item: Diagnostic) => (typeof item.message === 'string' ? item.message : item.message.value));
      assert.ok(
        messages.some((message) => /outside the workspace/.test(message)),
        messages.join('\n'),
      );
      const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 22 } });
      assert.doesNotMatch(JSON.stringify(hover), /Hidden paper/);
    } finally {
      await stopServer(server);
    }
  });

  it('refuses a ledger in a symlinked folder, and writes nothing there', async () => {
    mkdirSync(join(dir, 'ledger-ws'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'ledger-ws', 'shared'));
    writeFileSync(join(dir, 'ledger-ws', '.claimlint.yaml'), 'decisions:\n  file: shared/ledger.yaml\n');
    const server = await startServer({ rootUri: pathToFileURL(join(dir, 'ledger-ws')).toString() });
    try {
      const uri = pathToFileURL(join(dir, 'ledger-ws', 'a.md')).toString();
      const outcome = await acceptCureClaim(server, uri);
      assert.equal(outcome.ok, false);
      assert.match(outcome.message, /outside the workspace/);
      assert.equal(existsSync(join(dir, 'elsewhere', 'ledger.yaml')), false);
    } finally {
      await stopServer(server);
    }
  });
});
