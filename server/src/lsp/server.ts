/**
 * The claimlint language server, created on any connection and host: `main.ts` (desktop, Node) and
 * `../browser/main.ts` (web worker) are its composition roots. Handlers live in `handlers/`, one feature each; they
 * convert LSP data through `convert.ts`, call the document session, and convert back.
 *
 * Invariant: the server keeps no state a request depends on except caches it can rebuild (analyses per document
 * version, projects per config file, the references index).
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Host } from '../node/host';
import { isOwnFinding } from '../engine/index';
import { createSession } from '../node/session';
import type { ServerContext } from './context';
import { registerCodeActions } from './handlers/code-actions';
import { registerCompletion } from './handlers/completion';
import { registerDecisions } from './handlers/decisions';
import { registerReviewStatus } from './handlers/review-status';
import { registerDefinition } from './handlers/definition';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerDocumentLinks } from './handlers/document-links';
import { registerEvidenceReport } from './handlers/evidence-report';
import { registerHover } from './handlers/hover';
import { registerLifecycle } from './handlers/lifecycle';
import { registerReferences } from './handlers/references';
import { createProblemPublisher } from './problems';
import { createReferencesIndex } from './references-index';
import { createSettings } from './settings';

/** What a host adds for the server: the documentation shipped beside it, when the client does not say where it is. */
export interface ServerHost extends Host {
  /** URI of the generated rule docs folder (`…/docs/rules`), used when the client sends no `extensionUri`. */
  docsUri?: string;
  /** Told the length of each document version about to be analysed (the desktop server fits its heap growth to it). */
  documentLinted?: (chars: number) => void;
}

/** Wires every handler on `connection` and starts listening. */
export function createServer(connection: Connection, host: ServerHost): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const client: ServerContext['client'] = { trusted: true, supportsConfiguration: false, supportsRefresh: false, roots: [], docsUri: host.docsUri };
  const session = createSession({ host, roots: () => client.roots, trusted: () => client.trusted });
  const context: ServerContext = {
    connection,
    documents,
    session,
    settings: createSettings(connection, () => client.supportsConfiguration),
    problems: createProblemPublisher(connection, host.fileSystem),
    references: createReferencesIndex(session, documents),
    client,
    snapshot: (uri) => {
      const open = documents.get(uri);
      return open ? TextDocument.create(open.uri, open.languageId, open.version, open.getText()) : undefined;
    },
    analysisOf: (document) => {
      const text = document.getText();
      host.documentLinted?.(text.length);
      return session.analyse({ uri: document.uri, version: document.version, text });
    },
    docUrl: (ruleId) => (client.docsUri && (session.isBuiltinRule(ruleId) || isOwnFinding(ruleId)) ? `${client.docsUri}/${ruleId}.md` : undefined),
    refresh: () => {
      if (client.supportsRefresh) connection.languages.diagnostics.refresh().then(undefined, () => undefined);
    },
    fileText: async (path) => documents.get(host.fileSystem.uriOf(path))?.getText() ?? (await session.fileText(path)),
  };
  registerLifecycle(context);
  registerDiagnostics(context);
  registerCodeActions(context);
  registerDecisions(context);
  registerReviewStatus(context);
  registerHover(context);
  registerCompletion(context);
  registerDefinition(context);
  registerReferences(context);
  registerDocumentLinks(context);
  registerEvidenceReport(context);
  documents.listen(connection);
  connection.listen();
  return context;
}
