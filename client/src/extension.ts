/**
 * The desktop VS Code client: starts the bundled claimlint language server for
 * Markdown over IPC and stops it on deactivation. Nothing else lives here; every
 * feature is in the server, so the CLI and the editor give the same answers.
 * What the web client (browser.ts) shares with it is in common.ts.
 */
import * as path from 'node:path';
import { type ExtensionContext, type LogOutputChannel, window } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerClientCommands } from './common';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const outputChannel: LogOutputChannel = window.createOutputChannel('claimlint', { log: true });
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
  ];
  // The desktop server reads the disk itself: no client file system.
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(context, outputChannel, documentSelector, false));
  context.subscriptions.push(outputChannel);
  registerClientCommands(context, () => client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
