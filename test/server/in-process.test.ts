/**
 * The server created in-process on an in-memory file system, the situation of the web extension's worker: no disk,
 * documents under a non-file URI scheme. Also checks that two servers in one process keep their own state, that a
 * cancelled diagnostic pull is answered ServerCancelled, and that the references index follows file changes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  CancellationTokenSource,
  createProtocolConnection,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type FullDocumentDiagnosticReport,
  type Location,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { FileStat, FileSystem } from '../../server/src/node/file-system';
import { createServer } from '../../server/src/lsp/server';
import { MAX_ANALYSES } from '../../server/src/node/session';
import { readPackFilesSync } from '../../scripts/pack-files';
import { REPO_ROOT } from '../helpers/rules';

const SCHEME = 'mem:';

/** A file system held in a map, with URIs `mem:/path`. */
function memoryFileSystem(files: Map<string, string>): FileSystem {
  const isDirectory = (path: string): boolean => [...files.keys()].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  return {
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no such file: ${path}`);
      return text;
    },
    stat: async (path): Promise<FileStat | undefined> => {
      if (files.has(path)) return { type: 'file', size: files.get(path)!.length, mtimeMs: 0 };
      return isDirectory(path) ? { type: 'directory', size: 0, mtimeMs: 0 } : undefined;
    },
    list: async (directory) => {
      const prefix = `${directory.replace(/\/$/, '')}/`;
      return [...new Set([...files.keys()].filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split('/')[0]!))].sort();
    },
    writeFile: async (path, text) => void files.set(path, text),
    pathOf: (uri) => (uri.startsWith(SCHEME) ? uri.slice(SCHEME.length) : undefined),
    uriOf: (path) => `${SCHEME}${path}`,
  };
}

/** A server in this process, talking over a pair of streams, and a client connection to it. */
async function startInProcess(files: Map<string, string>): Promise<ProtocolConnection> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const builtin = readPackFilesSync(join(REPO_ROOT, 'rules'));
  createServer(createConnection(toServer, toClient), { fileSystem: memoryFileSystem(files), builtinPacks: async () => builtin });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/configuration', () => [{ enable: true }]);
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: `${SCHEME}/ws`, workspaceFolders: [{ uri: `${SCHEME}/ws`, name: 'ws' }], capabilities: {} });
  client.sendNotification('initialized', {});
  return client;
}

async function pull(client: ProtocolConnection, uri: string): Promise<FullDocumentDiagnosticReport> {
  const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
  return report;
}

describe('the server in-process on an in-memory file system', function () {
  this.timeout(20000);
  const clients: ProtocolConnection[] = [];
  after(() => clients.forEach((client) => client.dispose()));

  it('reads config and bibliography through the host, and two servers keep their own state', async () => {
    const strict = new Map([
      ['/ws/.claimlint.yaml', 'rules:\n  overclaim/cure-claims: error\n'],
      ['/ws/references.bib', '@article{smith2020, title={Trial}, author={Smith, A.}, year={2020}, journal={J}}\n'],
    ]);
    const lenient = new Map([['/ws/.claimlint.yaml', 'rules:\n  overclaim/cure-claims: off\n']]);
    const text = 'This tea cures arthritis.\n\nMassage may help [@smith2020] and [@nobody2019].\n';
    const [first, second] = [await startInProcess(strict), await startInProcess(lenient)];
    clients.push(first, second);
    for (const client of [first, second]) client.sendNotification('textDocument/didOpen', { textDocument: { uri: `${SCHEME}/ws/a.md`, languageId: 'markdown', version: 1, text } });
    const strictCodes = (await pull(first, `${SCHEME}/ws/a.md`)).items.map((item) => `${item.code}:${item.severity}`);
    const lenientCodes = (await pull(second, `${SCHEME}/ws/a.md`)).items.map((item) => `${item.code}:${item.severity}`);
    assert.ok(strictCodes.includes('overclaim/cure-claims:1'), `the config made cure claims errors: ${strictCodes}`);
    assert.ok(strictCodes.includes('citations/unknown-key:1'), 'the bibliography was read: @nobody2019 is unknown, @smith2020 is not');
    assert.equal(strictCodes.filter((code) => code.startsWith('citations/unknown-key')).length, 1);
    assert.ok(!lenientCodes.some((code) => code.startsWith('overclaim/cure-claims')), 'the other server has its own config');
  });

  it('answers a cancelled diagnostic pull with ServerCancelled, asking the client to pull again', async () => {
    const client = await startInProcess(new Map());
    clients.push(client);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: `${SCHEME}/ws/b.md`, languageId: 'markdown', version: 1, text: 'This tea cures arthritis.\n' } });
    const source = new CancellationTokenSource();
    const request = client.sendRequest('textDocument/diagnostic', { textDocument: { uri: `${SCHEME}/ws/b.md` } }, source.token);
    source.cancel();
    await assert.rejects(
      request,
      (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled && (error.data as { retriggerRequest?: boolean }).retriggerRequest === true,
    );
    assert.ok((await pull(client, `${SCHEME}/ws/b.md`)).items.length > 0, 'the next pull is answered');
  });

  it('finds references across the workspace and follows files created on disk', async () => {
    const files = new Map([
      ['/ws/references.bib', '@article{smith2020, title={Trial}, author={Smith, A.}, year={2020}, journal={J}}\n'],
      ['/ws/notes/old.md', 'Earlier [@smith2020].\n'],
    ]);
    const client = await startInProcess(files);
    clients.push(client);
    const uri = `${SCHEME}/ws/a.md`;
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Massage may help [@smith2020].\n' } });
    const references = async (): Promise<string[]> =>
      ((await client.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 20 }, context: { includeDeclaration: true } })) as Location[])
        .map((location) => location.uri)
        .sort();
    assert.deepEqual(await references(), [uri, `${SCHEME}/ws/notes/old.md`]);
    files.set('/ws/new.md', 'Later [@smith2020].\n');
    client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${SCHEME}/ws/new.md`, type: 1 }] });
    assert.deepEqual(await references(), [uri, `${SCHEME}/ws/new.md`, `${SCHEME}/ws/notes/old.md`]);
    files.delete('/ws/notes/old.md');
    client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${SCHEME}/ws/notes/old.md`, type: 3 }] });
    assert.deepEqual(await references(), [uri, `${SCHEME}/ws/new.md`]);
  });
});

describe('a diagnostic pull that an edit overtakes', function () {
  this.timeout(20000);

  it('never answers with the old text placed in the new one: it asks for a new pull, and the next one is right', async () => {
    const files = new Map([['/ws/references.bib', '@article{smith2020, title={Trial}, author={Smith, A.}, year={2020}, journal={J}}\n']]);
    const fileSystem = memoryFileSystem(files);
    // A gate in the file system: the pull's analysis waits on it while the writer types on.
    let gate: { reached: () => void; release: Promise<void> } | undefined;
    const gated: FileSystem = {
      ...fileSystem,
      stat: async (path) => {
        if (path === '/ws/references.bib' && gate) {
          const held = gate;
          gate = undefined;
          held.reached();
          await held.release;
        }
        return fileSystem.stat(path);
      },
    };
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const builtin = readPackFilesSync(join(REPO_ROOT, 'rules'));
    createServer(createConnection(toServer, toClient), { fileSystem: gated, builtinPacks: async () => builtin });
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onRequest('workspace/configuration', () => [{ enable: true }]);
    client.listen();
    try {
      await client.sendRequest('initialize', { processId: null, rootUri: `${SCHEME}/ws`, capabilities: {} });
      client.sendNotification('initialized', {});
      const uri = `${SCHEME}/ws/a.md`;
      const insert = (version: number, text: string) =>
        client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }] });
      client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Statins cure heart disease.\n' } });
      await pull(client, uri);
      insert(2, 'X');
      let reached!: () => void;
      let release!: () => void;
      const atGate = new Promise<void>((resolve) => (reached = resolve));
      gate = { reached, release: new Promise<void>((resolve) => (release = resolve)) };
      const raced = client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      await atGate;
      // Version 3 arrives while the analysis of version 2 waits. A request answered after it proves the server has
      // applied it (messages are handled in order), with no sleep.
      insert(3, 'Note: ');
      await client.sendRequest('textDocument/documentLink', { textDocument: { uri } });
      release();
      await assert.rejects(raced, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled);
      const fresh = (await pull(client, uri)).items.find((item) => item.code === 'overclaim/cure-claims')!;
      // "Note: XStatins cure heart disease.": "cure" at 15-19, in version 3.
      assert.deepEqual(fresh.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 19 } });
      assert.equal((fresh.data as { version: number }).version, 3);
    } finally {
      client.dispose();
    }
  });
});

describe('a server with more documents open than it keeps analyses for', function () {
  this.timeout(60000);

  it('analyses a document again when asked, and its quick fixes still work', async () => {
    const client = await startInProcess(new Map([['/ws/.claimlint.yaml', '{}\n']]));
    try {
      const uriOf = (index: number): string => `${SCHEME}/ws/doc-${index}.md`;
      const open = async (index: number) => {
        client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(index), languageId: 'markdown', version: 1, text: `Document ${index}: this balm cures eczema.\n` } });
        return pull(client, uriOf(index));
      };
      const first = (await open(0)).items.find((item) => item.code === 'overclaim/cure-claims')!;
      // As many documents again as the server keeps analyses for: the first one's analysis goes.
      for (let index = 1; index <= MAX_ANALYSES; index++) await open(index);
      const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(0) }, range: first.range, context: { diagnostics: [first] } })) as Array<{
        title: string;
        edit?: { documentChanges?: Array<{ textDocument?: { version: number } }> };
      }>;
      const rewrite = actions.find((action) => action.edit?.documentChanges?.some((change) => change.textDocument?.version === 1) && !/^Disable|^Add "/.test(action.title));
      assert.ok(rewrite, actions.map((action) => action.title).join('\n'));
    } finally {
      client.dispose();
    }
  });
});
