/**
 * Initialize (capabilities, workspace folders, trust, where the rule docs are), settings and watched-file changes,
 * and closing documents: everything that resets caches.
 */
import { TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { ADVANCE_REVIEW_STATUS, RECORD_DECISION, type InitializationOptions } from '../../protocol';
import type { ServerContext } from '../context';
import { SOURCE } from '../convert';

const MARKDOWN = /\.(md|markdown)$/i;

export function registerLifecycle(context: ServerContext): void {
  const { connection, client, session } = context;
  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    client.supportsConfiguration = params.capabilities.workspace?.configuration === true;
    client.supportsRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    client.trusted = options.trusted !== false;
    if (options.extensionUri) client.docsUri = `${options.extensionUri.replace(/\/$/, '')}/docs/rules`;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    client.roots = folders.flatMap((folder) => session.fileSystem.pathOf(folder.uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@'] },
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [RECORD_DECISION, ADVANCE_REVIEW_STATUS] },
      },
      serverInfo: { name: 'claimlint' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    context.settings.clear();
    context.refresh();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // Markdown files only feed the references index; config, rule, bibliography and ledger files change findings.
    const others = params.changes.filter((change) => !MARKDOWN.test(change.uri));
    context.references.changed(params.changes.filter((change) => MARKDOWN.test(change.uri)).map((change) => change.uri));
    if (others.length === 0) return;
    session.clear();
    context.refresh();
  });

  context.documents.onDidClose((event) => {
    session.forget(event.document.uri);
    context.settings.forget(event.document.uri);
  });
}
