/**
 * The web extension's server bundle (dist/web/server.js) as the browser runs it: a script in a context with the
 * globals of a web worker and none of Node's (no `process`, `require`, `Buffer`), talking LSP over
 * `postMessage`/`onmessage`, with every workspace file read and written through the client's FS_* requests. This
 * checks what only the bundle can show: the built-in packs embedded, `node:path` replaced, worker-safe builds of
 * the dependencies, and the client file system end to end. `npm test` builds the bundle first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  DocumentDiagnosticReportKind,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DataCallback,
  type Disposable,
  type FullDocumentDiagnosticReport,
  type Hover,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { FS_LIST, FS_READ_FILE, FS_STAT, FS_WRITE_FILE, RECORD_DECISION, type FsUriParams, type FsWriteParams } from '../../server/src/protocol';
import { REPO_ROOT } from '../helpers/rules';

const BUNDLE = join(REPO_ROOT, 'dist', 'web', 'server.js');
const FOLDER = 'vscode-vfs://github/owner/repo';

/** Loads the bundle into a fresh worker-like context; returns the two ends of its message port. */
function startWorker(): { reader: MessageReader; writer: MessageWriter; context: Record<string, unknown> } {
  let deliver: ((message: Message) => void) | undefined;
  const pending: Message[] = [];
  const scope: Record<string, unknown> = {
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    // What the worker posts arrives here, as structured clone would give it.
    postMessage: (message: unknown) => {
      const copy = JSON.parse(JSON.stringify(message)) as Message;
      if (deliver) deliver(copy);
      else pending.push(copy);
    },
    onmessage: null,
    addEventListener: () => undefined,
    name: 'claimlint language server',
  };
  scope['self'] = scope;
  const context = createContext(scope);
  new Script(readFileSync(BUNDLE, 'utf8'), { filename: BUNDLE }).runInContext(context);

  class WorkerReader extends AbstractMessageReader {
    listen(callback: DataCallback): Disposable {
      deliver = callback;
      pending.splice(0).forEach(callback);
      return { dispose: () => (deliver = undefined) };
    }
  }
  class WorkerWriter extends AbstractMessageWriter {
    async write(message: Message): Promise<void> {
      const onmessage = scope['onmessage'] as ((event: { data: unknown }) => void) | null;
      assert.ok(onmessage, 'the worker listens on self.onmessage');
      onmessage({ data: JSON.parse(JSON.stringify(message)) });
    }
    end(): void {}
  }
  return { reader: new WorkerReader(), writer: new WorkerWriter(), context };
}

/** A client answering FS_* from a map of URI → text, as the extension answers them with `workspace.fs`. */
function answerFileSystem(client: ProtocolConnection, files: Map<string, string>, requests: string[]): void {
  const children = (uri: string): string[] => [...files.keys()].filter((file) => file.startsWith(`${uri.replace(/\/$/, '')}/`));
  client.onRequest(FS_READ_FILE, ({ uri }: FsUriParams) => (requests.push(`read ${uri}`), files.get(uri) ?? null));
  client.onRequest(FS_STAT, ({ uri }: FsUriParams) =>
    files.has(uri) ? { type: 'file', size: files.get(uri)!.length, mtime: 1 } : children(uri).length ? { type: 'directory', size: 0, mtime: 1 } : null,
  );
  client.onRequest(FS_LIST, ({ uri }: FsUriParams) => [...new Set(children(uri).map((file) => file.slice(uri.replace(/\/$/, '').length + 1).split('/')[0]!))]);
  client.onRequest(FS_WRITE_FILE, ({ uri, text }: FsWriteParams) => (requests.push(`write ${uri}`), files.set(uri, text), null));
}

/** The bundle in a fresh worker, initialized on FOLDER as the web client does it, with FS_* answered from `files`. */
async function startServer(files: Map<string, string>, requests: string[] = []): Promise<{ client: ProtocolConnection; context: Record<string, unknown>; published: Map<string, Diagnostic[]> }> {
  const worker = startWorker();
  const client = createProtocolConnection(worker.reader, worker.writer);
  const published = new Map<string, Diagnostic[]>();
  client.onRequest('workspace/configuration', () => [{ enable: true, reviewer: '' }]);
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/applyEdit', ({ edit }: { edit: WorkspaceEdit }) => applyEdit(files, edit));
  client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    published.set(params.uri, params.diagnostics);
  });
  answerFileSystem(client, files, requests);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: FOLDER,
    workspaceFolders: [{ uri: FOLDER, name: 'repo' }],
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { clientFileSystem: true, trusted: true, extensionUri: 'https://example.invalid/claimlint' },
  });
  client.sendNotification('initialized', {});
  return { client, context: worker.context, published };
}

/** Applies a workspace edit (file creations and text edits) to `files`, as the editor would. */
function applyEdit(files: Map<string, string>, edit: WorkspaceEdit): { applied: boolean } {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create' && !files.has(change.uri)) files.set(change.uri, '');
      continue;
    }
    let text = files.get(change.textDocument.uri) ?? '';
    const offset = (position: { line: number; character: number }): number => {
      const lines = text.split('\n');
      return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    };
    for (const textEdit of [...change.edits].reverse())
      text = text.slice(0, offset(textEdit.range.start)) + ('newText' in textEdit ? textEdit.newText : textEdit.snippet.value) + text.slice(offset(textEdit.range.end));
    files.set(change.textDocument.uri, text);
  }
  return { applied: true };
}

describe('the web server bundle in a worker-like context (no Node globals)', function () {
  this.timeout(60_000);
  let client: ProtocolConnection;
  let context: Record<string, unknown>;
  const requests: string[] = [];
  const files = new Map([
    [`${FOLDER}/.claimlint.yaml`, 'packs: [overclaim, citations]\nrules:\n  overclaim/cure-claims: error\n'],
    [`${FOLDER}/references.bib`, readFileSync(join(REPO_ROOT, 'test', 'vscode', 'workspace', 'references.bib'), 'utf8')],
  ]);
  const uri = `${FOLDER}/docs/article%20one.md`;
  const text = 'Turmeric cures arthritis.\n\nDry needling does not reduce soreness [@cushman2021postrace].\n\nSee [@cush\n';

  before(async function () {
    if (!existsSync(BUNDLE)) this.skip();
    ({ client, context } = await startServer(files, requests));
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  });

  after(() => client?.dispose());

  it('has no Node globals to lean on', () => {
    for (const name of ['process', 'require', 'Buffer', 'module', '__dirname']) assert.equal(context[name], undefined, name);
  });

  it('lints with the embedded built-in packs and the workspace config read through the client', async () => {
    const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
    const cure = report.items.find((item) => item.code === 'overclaim/cure-claims');
    assert.ok(cure, JSON.stringify(report.items.map((item) => item.code)));
    assert.equal(cure.severity, 1, 'raised to an error by .claimlint.yaml');
    assert.equal(cure.codeDescription?.href, 'https://example.invalid/claimlint/docs/rules/overclaim/cure-claims.md');
    assert.ok(requests.includes(`read ${FOLDER}/.claimlint.yaml`), requests.join('\n'));
  });

  it('hovers a citation key with its entry from the bibliography read through the client', async () => {
    const line = text.split('\n')[2]!;
    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: line.indexOf('@cushman') + 3 } })) as Hover | null;
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover?.contents);
    assert.match(value, /Postrace Dry Needling Does Not Reduce Subsequent Soreness/);
    assert.ok(requests.includes(`read ${FOLDER}/references.bib`), requests.join('\n'));
  });

  it('completes a key after [@', async () => {
    const result = (await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 'See [@cush'.length } })) as CompletionList | CompletionItem[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    assert.ok(
      items.some((item) => item.label === 'cushman2021postrace'),
      items.map((item) => item.label).join(', '),
    );
  });

  it('records a decision as a workspace edit that creates the ledger (the server writes no file itself)', async () => {
    const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const cure = report.items.find((item) => item.code === 'overclaim/cure-claims')!;
    await client.sendRequest('workspace/executeCommand', {
      command: RECORD_DECISION,
      arguments: [{ uri, version: 1, ruleId: 'overclaim/cure-claims', range: cure.range, reviewer: 'Worker Test', reason: 'quoted label' }],
    });
    const ledger = files.get(`${FOLDER}/.claimlint/decisions.yaml`);
    assert.ok(ledger, 'the ledger was created by the applied edit');
    assert.deepEqual(
      requests.filter((request) => request.startsWith('write')),
      [],
    );
    assert.match(ledger, /overclaim\/cure-claims/);
    assert.match(ledger, /docs\/article one\.md/);
  });
});

describe('extends in the web worker', function () {
  this.timeout(60_000);
  let client: ProtocolConnection | undefined;
  after(() => client?.dispose());

  it('loads a config and a pack folder by path from the workspace, and says npm packages cannot be loaded', async function () {
    if (!existsSync(BUNDLE)) this.skip();
    const files = new Map([
      [`${FOLDER}/.claimlint.yaml`, 'packs: [overclaim, demo]\nextends: [./team/base.yaml, ./team/demo, claimlint-pack-demo]\n'],
      [`${FOLDER}/team/base.yaml`, 'rules:\n  overclaim/mechanism-as-fact: error\n'],
      ...Object.entries(packFolder(join(REPO_ROOT, 'test', 'packages', 'claimlint-pack-demo', 'rules', 'demo'))).map(([name, text]) => [`${FOLDER}/team/demo/${name}`, text] as [string, string]),
    ]);
    let published: Map<string, Diagnostic[]>;
    ({ client, published } = await startServer(files));
    const uri = `${FOLDER}/article.md`;
    const text = 'Dry needling mechanically resets the contracted muscle fibers.\n\nThis tea works wonders.\n';
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const codes = report.items.map((item) => `${item.code}:${item.severity}`);
    assert.ok(codes.includes('overclaim/mechanism-as-fact:1'), `raised to an error by the extended config: ${codes.join(', ')}`);
    assert.ok(codes.includes('demo/wonder-claims:2'), `a rule of the extended pack folder: ${codes.join(', ')}`);
    const messages = [...report.items, ...[...published.values()].flat()].map((item) => (typeof item.message === 'string' ? item.message : item.message.value));
    assert.ok(
      messages.some((message) => /claimlint-pack-demo.*npm packages cannot be loaded here/.test(message)),
      messages.join('\n'),
    );
  });
});

/** The files of a pack folder, by name. */
function packFolder(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}
