/**
 * What every handler of the language server shares: the connection, the open documents, the document session and
 * the client's capabilities. One object per server, so servers can be created in-process (tests, the web worker).
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentSession } from '../node/session';
import type { createProblemPublisher } from './problems';
import type { ReferencesIndex } from './references-index';
import type { createSettings } from './settings';

export interface ClientState {
  trusted: boolean;
  supportsConfiguration: boolean;
  supportsRefresh: boolean;
  /** Workspace folders as paths on the host's file system. */
  roots: string[];
  /** Where the shipped rule documentation is, as a URI (`…/docs/rules`); undefined when not shipped. */
  docsUri: string | undefined;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  session: DocumentSession;
  settings: ReturnType<typeof createSettings>;
  problems: ReturnType<typeof createProblemPublisher>;
  /** Markdown texts of the workspace for "find all references", built once and updated on change. */
  references: ReferencesIndex;
  client: ClientState;
  /**
   * The open document as it is now, frozen: the open document object itself changes in place with every `didChange`,
   * so a handler that awaits (file reads, the lint) and then converts offsets against it would place an old text's
   * findings in the new text and stamp them with the new version. Handlers take a snapshot first and use only it.
   */
  snapshot(uri: string): TextDocument | undefined;
  /** The analysis of a document version (a snapshot). */
  analysisOf(document: TextDocument): Promise<DocumentAnalysis>;
  /** The documentation link of a built-in rule, if any. */
  docUrl(ruleId: string): string | undefined;
  /** Asks the client to pull diagnostics again (config, rules or ledger changed). */
  refresh(): void;
  /** The text of a file as the writer sees it: the open buffer, else the file ('' when missing). */
  fileText(path: string): Promise<string>;
}
