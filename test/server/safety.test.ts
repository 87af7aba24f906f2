/**
 * What the server must never do: write outside the workspace, or write files itself. Decisions reach the ledger
 * through workspace edits the client applies.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';

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
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'This tea cures colds.\n' } });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const cure = report.items.find((item: Diagnostic) => item.code === 'overclaim/cure-claims')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: cure.range, context: { diagnostics: [cure] } })) as CodeAction[];
    const request = actions.find((action) => action.title === 'Accept as reviewed…')!.command!.arguments![0] as Record<string, unknown>;
    const outcome = (await server.connection.sendRequest('workspace/executeCommand', {
      command: 'claimlint.server.recordDecision',
      arguments: [{ ...request, reviewer: 'Dr Ada Obi', reason: 'quoted' }],
    })) as { ok: boolean; message: string };
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
