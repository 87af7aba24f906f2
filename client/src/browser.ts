/**
 * The web client (vscode.dev, github.dev, code-server's web worker extension host):
 * starts the claimlint language server in a web worker (dist/web/server.js) and
 * answers its file-system requests with `vscode.workspace.fs`, so configs, rule
 * packs, bibliographies and the decision ledger come from the workspace's own file
 * system, whatever its scheme. Everything else is shared with the desktop client
 * through common.ts.
 */
import { Uri, workspace, type ExtensionContext, window } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type DocumentFilter, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerClientCommands, registerFileSystemRequests } from './common';

let client: LanguageClient | undefined;
let worker: { worker: Worker; objectUrl?: string } | undefined;
const WORKER_NAME = 'claimlint language server';

/** Schemes of the file systems web workspaces live on; the workspace folders' own are added at activation. */
const WORKSPACE_SCHEMES = ['file', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel('claimlint', { log: true });
  context.subscriptions.push(outputChannel);
  const schemes = new Set([...WORKSPACE_SCHEMES, ...(workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  // Markdown on the workspace's file systems and untitled documents; not the read-only views of other schemes (git, output, …).
  const documentSelector: DocumentFilter[] = [...schemes, 'untitled'].map((scheme) => ({ scheme, language: 'markdown' }));
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A new worker for every start: a server that was shut down does not initialize again, and its worker lives on.
  // The transports are made here: VS Code wraps `Worker`, so the client's own `instanceof Worker` test fails.
  const startWorker = async (): Promise<MessageTransports> => {
    stopWorker();
    worker = await newWorker(serverMain.toString(true));
    return { reader: new BrowserMessageReader(worker.worker), writer: new BrowserMessageWriter(worker.worker) };
  };
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, startWorker, clientOptions(context, outputChannel, documentSelector, true));
  context.subscriptions.push(...registerFileSystemRequests(client));
  registerClientCommands(context, () => client);
  outputChannel.info(`claimlint web client: server in a web worker (${serverMain.toString(true)}); extension host has process: ${typeof process !== 'undefined'}`);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  stopWorker();
}

/**
 * A worker running the server script. Where the extension is served over http(s) (vscode.dev, github.dev) that is
 * its URL; VS Code refuses `vscode-remote:` worker URLs (an extension installed on a remote, as in code-server or
 * Codespaces, run in the web worker host), so the script is then fetched (the host's fetch resolves those URIs)
 * and started from a blob URL.
 */
async function newWorker(url: string): Promise<{ worker: Worker; objectUrl?: string }> {
  try {
    return { worker: new Worker(url, { name: WORKER_NAME }) };
  } catch (error) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load the claimlint server from ${url}: ${response.status} ${response.statusText}`, { cause: error });
    const objectUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    return { worker: new Worker(objectUrl, { name: WORKER_NAME }), objectUrl };
  }
}

function stopWorker(): void {
  worker?.worker.terminate();
  if (worker?.objectUrl) URL.revokeObjectURL(worker.objectUrl);
  worker = undefined;
}
