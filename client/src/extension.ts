/**
 * The VS Code client: starts the bundled claimlint language server for Markdown
 * over IPC and stops it on deactivation. Nothing else lives here; every feature
 * is in the server, so the CLI and the editor give the same answers.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext, type LogOutputChannel, window } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const outputChannel: LogOutputChannel = window.createOutputChannel('claimlint', { log: true });
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel,
    // Packs are data and never run code; still, shared configs from an untrusted workspace wait for trust.
    initializationOptions: { trusted: workspace.isTrusted },
    synchronize: {
      // Config, rule-pack and bibliography edits refresh diagnostics in every open document.
      fileEvents: [
        workspace.createFileSystemWatcher('**/{.claimlint.yaml,.claimlint.yml,.claimlint.json,rules/**/*.yaml}'),
        workspace.createFileSystemWatcher('**/*.{bib,bibtex}'),
        workspace.createFileSystemWatcher('**/*.{json,yaml,yml}'),
      ],
    },
  };
  client = new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel);
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
