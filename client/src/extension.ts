/**
 * The VS Code client: starts the bundled claimlint language server for Markdown
 * over IPC and stops it on deactivation. Nothing else lives here; every feature
 * is in the server, so the CLI and the editor give the same answers.
 */
import * as path from 'node:path';
import { commands, workspace, type ExtensionContext, type LogOutputChannel, window } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

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
  context.subscriptions.push(commands.registerCommand('claimlint.acceptAsReviewed', (finding: { reviewer?: string; reason?: string }) => acceptAsReviewed(context, finding)));
  await client.start();
}

/**
 * "Accept as reviewed…": the language server cannot ask questions, so the client
 * asks for the reviewer, the reason and an optional supporting reference, then
 * hands them to the server, which writes the ledger.
 */
async function acceptAsReviewed(context: ExtensionContext, finding: { reviewer?: string; reason?: string }): Promise<void> {
  // Callers (keybindings, other extensions, tests) may pass the answers; only what is missing is asked.
  if (finding.reviewer && finding.reason) {
    await client?.sendRequest(ExecuteCommandRequest.type, { command: 'claimlint.server.recordDecision', arguments: [finding] });
    return;
  }
  const settings = workspace.getConfiguration('claimlint');
  let reviewer = finding.reviewer || settings.get<string>('reviewer')?.trim() || context.globalState.get<string>('reviewer');
  if (!reviewer) {
    reviewer = (await window.showInputBox({ title: 'Accept as reviewed', prompt: 'Your name, as the ledger records it', ignoreFocusOut: true }))?.trim();
    if (!reviewer) return;
    await context.globalState.update('reviewer', reviewer);
  }
  const reason = (
    await window.showInputBox({
      title: 'Accept as reviewed',
      prompt: 'Why this wording is acceptable (recorded in .claimlint/decisions.yaml)',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'A decision needs a reason'),
    })
  )?.trim();
  if (!reason) return;
  const support = await window.showInputBox({ title: 'Accept as reviewed', prompt: 'Supporting reference, optional: citation key, then a locator (e.g. "smith2020 p. 4, table 2")', ignoreFocusOut: true });
  if (support === undefined) return;
  const [reference, ...locator] = support.trim().split(/\s+/);
  await client?.sendRequest(ExecuteCommandRequest.type, {
    command: 'claimlint.server.recordDecision',
    arguments: [{ ...finding, reviewer, reason, ...(reference ? { reference } : {}), ...(locator.length ? { locator: locator.join(' ') } : {}) }],
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
