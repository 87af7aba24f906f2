/**
 * The evidence report request (claimlint/evidenceReport) over a real LSP connection: the server renders the report
 * of an open document with its bibliography and decision ledger (the accepted finding shows its reviewer), the webview
 * page carries the client's nonce and clickable rows whose offsets select the sentence, CSV comes from the same model,
 * an edit is reflected at the next request, and a document the server does not have gives null.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDecision, sentenceFingerprint } from '../../server/src/engine/index';
import { EVIDENCE_REPORT, type EvidenceReportParams, type EvidenceReportResult } from '../../server/src/protocol';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { writeFiles } from '../helpers/sarif';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const ACCEPTED = 'Our blend is a miracle brew for winter [@ong2019].';
const TEXT = ['---', 'review: { status: in-review, reviewer: Dr Ada Obi }', '---', '# Tea', '', '🍵 Green tea prevents stomach cancer [@kim2021].', '', ACCEPTED, ''].join('\n');

describe('evidence report request', function () {
  this.timeout(60_000);
  let server: TestServer;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = writeFiles(makeTempDir('lsp-report'), {
      '.claimlint.yaml': 'packs: [overclaim, citations]\n',
      'references.bib':
        '@article{kim2021, author = {Kim, Ana}, title = {Tea and gastric cancer}, year = {2021}, studydesign = {cohort study}}\n@article{ong2019, author = {Ong, Chen}, title = {Tea for colds: a meta-analysis}, year = {2019}}\n',
      '.claimlint/decisions.yaml': addDecision('', {
        rule: 'overclaim/miracle-claims',
        document: 'tea.md',
        fingerprint: sentenceFingerprint(ACCEPTED),
        sentence: ACCEPTED,
        reviewer: 'Dr Ada Obi',
        date: '2026-03-02',
        reason: 'the product name',
      })!,
    });
    uri = pathToFileURL(join(dir, 'tea.md')).toString();
    server = await startServer({ rootUri: pathToFileURL(dir).toString() });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });
  });

  after(async () => {
    if (server) assert.equal(await stopServer(server), 0);
  });

  after(removeTempDirs);

  const request = (params: EvidenceReportParams): Promise<EvidenceReportResult> => server.connection.sendRequest(EVIDENCE_REPORT, params);

  it('renders the webview page with the nonce, the header, sources, and rows that locate their sentence', async () => {
    const result = await request({ textDocument: { uri }, format: 'html', nonce: 'n0nce' });
    assert.ok(result, server.log.join('\n'));
    assert.equal(result.version, 1);
    assert.equal(result.rows, 2);
    const html = result.content;
    assert.match(html, /script-src &#39;nonce-n0nce&#39;/);
    assert.match(html, /<script nonce="n0nce">/);
    assert.match(html, /<p class="path">tea\.md<\/p>/);
    assert.match(html, /<dt>Review status<\/dt><dd>in-review<\/dd>/);
    assert.match(html, /kim2021 — Kim A\. Tea and gastric cancer\. 2021\./);
    assert.match(html, /Accepted by Dr Ada Obi on 2026-03-02: the product name \(overclaim\/miracle-claims\)/);
    const [, start, end] = /data-line="6" data-start="(\d+)" data-end="(\d+)"/.exec(html)!;
    assert.equal(TEXT.slice(Number(start), Number(end)), '🍵 Green tea prevents stomach cancer [@kim2021].');
  });

  it('gives the CSV of the same rows, follows edits, and answers null for a document it does not have', async () => {
    const csv = await request({ textDocument: { uri }, format: 'csv' });
    assert.equal(csv!.content.split('\r\n').filter(Boolean).length, 3);
    assert.match(csv!.content, /^\uFEFF"Document",/);
    assert.doesNotMatch((await request({ textDocument: { uri }, format: 'html' }))!.content, /<script/);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '\nTurmeric cures arthritis in most patients.\n' }],
    });
    const after = await request({ textDocument: { uri }, format: 'json' });
    assert.equal(after!.version, 2);
    const report = JSON.parse(after!.content) as { documents: Array<{ rows: Array<{ line: number; verdict: string }> }> };
    assert.deepEqual(report.documents[0]!.rows.at(-1), { ...report.documents[0]!.rows.at(-1), line: 10, verdict: 'needs citation' });
    assert.equal(await request({ textDocument: { uri: pathToFileURL(join(dir, 'closed.md')).toString() }, format: 'html' }), null);
  });
});
