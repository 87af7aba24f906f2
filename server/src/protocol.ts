/**
 * What the client and the server agree on: command ids, setting names, initialization options and the requests by
 * which a server without a disk (the web extension's worker) reads and writes workspace files through the client.
 * Imports nothing, so the client may import it without pulling in server code.
 */

/** Client command: asks the reviewer for a decision's reason, then calls RECORD_DECISION. */
export const ACCEPT_AS_REVIEWED = 'claimlint.acceptAsReviewed';
/** Server command: records a reviewer decision in the ledger. */
export const RECORD_DECISION = 'claimlint.server.recordDecision';

/** Server command: advances the document's review status one step (approving records reviewer, date and fingerprint). */
export const ADVANCE_REVIEW_STATUS = 'claimlint.advanceReviewStatus';
/** Client command (palette, status bar): asks the server for the status, the reviewer when approving, then advances. */
export const ADVANCE_REVIEW_STATUS_PROMPT = 'claimlint.advanceReviewStatusPrompt';
/** Request: the review status of an open document, for the status bar. */
export const REVIEW_STATUS_REQUEST = 'claimlint/reviewStatus';

export interface AdvanceReviewStatusParams {
  uri: string;
  /** The document version the writer saw; the edit is refused for another. */
  version: number;
  /** Who approves (needed for the step to `approved`); else the server reads the `claimlint.reviewer` setting. */
  reviewer?: string;
  /** Approve an approved document again: a new approval (reviewer, date, fingerprint) of its current text. */
  reapprove?: boolean;
}
export interface AdvanceReviewStatusResult {
  ok: boolean;
  message: string;
  /** The new status. */
  status?: string;
}
export interface ReviewStatusParams {
  uri: string;
}
/** The status as written in front matter (null: none), the next one (null: approved), and the approval's reviewer and date. */
export interface ReviewStatusResult {
  status: string | null;
  next: string | null;
  reviewer?: string;
  date?: string;
}

/** The settings section and its keys (package.json `contributes.configuration`). */
export const SETTINGS_SECTION = 'claimlint';
export const SETTING_ENABLE = 'enable';
export const SETTING_REVIEWER = 'reviewer';

/** What the client tells the server at start. */
export interface InitializationOptions {
  /** VS Code workspace trust; `extends` waits for it. */
  trusted?: boolean;
  /** The extension's own folder as a URI, for links to the rule documentation it ships. */
  extensionUri?: string;
  /** The server reads workspace files through the client (FS_* requests), not from a disk of its own. */
  clientFileSystem?: boolean;
}

/** A file's kind, size and modification time, as `vscode.workspace.fs.stat` gives them. */
export interface ClientFileStat {
  type: 'file' | 'directory';
  size: number;
  mtime: number;
}

/** Server → client requests, answered with `vscode.workspace.fs`. Params carry a URI; missing files are `null`. */
export const FS_READ_FILE = 'claimlint/fs/readFile';
export const FS_STAT = 'claimlint/fs/stat';
export const FS_LIST = 'claimlint/fs/list';
export const FS_WRITE_FILE = 'claimlint/fs/writeFile';

export interface FsUriParams {
  uri: string;
}
export interface FsWriteParams {
  uri: string;
  text: string;
}
/** FS_READ_FILE answers the text (UTF-8) or null; FS_STAT a ClientFileStat or null; FS_LIST entry names ([] when missing). */
export type FsReadFileResult = string | null;
export type FsStatResult = ClientFileStat | null;
export type FsListResult = string[];

/** Client command: opens the evidence report of the active Markdown document in a webview beside the editor. */
export const OPEN_EVIDENCE_REPORT = 'claimlint.openEvidenceReport';
/** Client commands: save the evidence report of the active (or the report panel's) document as HTML or CSV. */
export const EXPORT_EVIDENCE_REPORT_HTML = 'claimlint.exportEvidenceReportHtml';
export const EXPORT_EVIDENCE_REPORT_CSV = 'claimlint.exportEvidenceReportCsv';

/** Client → server request: the evidence report of an open document, rendered by the server. */
export const EVIDENCE_REPORT = 'claimlint/evidenceReport';

export interface EvidenceReportParams {
  textDocument: { uri: string };
  format: 'html' | 'csv' | 'md' | 'json';
  /**
   * For a webview (html only): the nonce of its Content Security Policy. The page then has clickable rows that post
   * `{ type: 'reveal', start, end }` (UTF-16 offsets into the document) and export buttons that post
   * `{ type: 'export', format: 'html' | 'csv' }`. Without it the page is the standalone file, with no script.
   */
  nonce?: string;
}

/** The rendered report and the document version it describes; null for a document the server does not have open. */
export type EvidenceReportResult = { content: string; version: number; rows: number } | null;

/**
 * Node flags the desktop client starts the server with; the tests and the bench start it the same way, so they measure
 * what users run. A young generation of at most 4 MB per semi-space (V8's default grows to 16 MB): the server's live
 * heap is small, and most of its resident memory was young-generation room between collections.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
