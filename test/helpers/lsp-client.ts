/**
 * Spawns the bundled language server (dist/server.js) over stdio and speaks LSP to
 * it with the client side of vscode-languageserver-protocol, as an editor would.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { REPO_ROOT } from './rules';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Every publishDiagnostics notification received, in order. */
  published: PublishDiagnosticsParams[];
  /** stderr and window/logMessage output, for failure messages. */
  log: string[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Applies a workspace edit the server asks for to files on disk, as VS Code does for files that are not open (it
 * saves them: files.refactoring.autoSave). This client keeps no buffers, so a versioned edit is refused.
 */
function applyToDisk(edit: WorkspaceEdit): { applied: boolean; failureReason?: string } {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const refused = createOnDisk(change);
      if (refused) return refused;
      continue;
    }
    if (change.textDocument.version !== null) return { applied: false, failureReason: 'test client: no open buffers to edit' };
    editOnDisk(change);
  }
  return { applied: true };
}

type DocumentChange = NonNullable<WorkspaceEdit['documentChanges']>[number];

/** Does a `create` resource operation on disk (the file stays as it is if there); refuses any other kind. */
export function createOnDisk(change: Extract<DocumentChange, { kind: string }>): { applied: false; failureReason: string } | undefined {
  if (change.kind !== 'create') return { applied: false, failureReason: `test client: ${change.kind} is not supported` };
  const path = fileURLToPath(change.uri);
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path)) writeFileSync(path, '');
  return undefined;
}

/** Applies a text document edit to the file on disk (an empty file when there is none yet). */
export function editOnDisk(change: Exclude<DocumentChange, { kind: string }>): void {
  const path = fileURLToPath(change.textDocument.uri);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'plaintext', 0, before), change.edits as TextEdit[]));
}

/** Starts dist/server.js (over stdio, or Node IPC as VS Code does) and performs the initialize handshake. */
export async function startServer(
  options: { settings?: Record<string, unknown>; rootUri?: string | null; workspaceFolders?: string[]; transport?: 'stdio' | 'ipc'; initializationOptions?: Record<string, unknown> } = {},
): Promise<TestServer> {
  const server = join(REPO_ROOT, 'dist', 'server.js');
  let child: ChildProcess;
  let connection: ProtocolConnection;
  if (options.transport === 'ipc') {
    // The client's flags only: the server is a plain bundle, not run through the test runner's TypeScript loader.
    child = fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [...SERVER_EXEC_ARGV] });
    connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  } else {
    child = spawn(process.execPath, [...SERVER_EXEC_ARGV, server, '--stdio'], { stdio: 'pipe' });
    connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  }
  const published: PublishDiagnosticsParams[] = [];
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    log.push(params.message);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? { enable: true }));
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => applyToDisk(params.edit));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri, index) => ({ uri, name: `folder${index}` })) } : {}),
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        diagnostics: { refreshSupport: true },
        didChangeWatchedFiles: { dynamicRegistration: false },
      },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        synchronization: { dynamicRegistration: false },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return { connection, process: child, published, log, exited };
}

/** Shuts the server down politely and waits for it to exit. */
export async function stopServer(server: TestServer): Promise<number | null> {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  const code = await server.exited;
  server.connection.dispose();
  return code;
}
