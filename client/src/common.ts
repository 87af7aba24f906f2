/**
 * What the desktop client (extension.ts, a Node language server over IPC) and the web client (browser.ts, a language
 * server in a web worker) share: the client options, the "Accept as reviewed…" command and the answers to the
 * server's file-system requests. Imports only `vscode`, the protocol-neutral part of vscode-languageclient and the
 * shared constants of server/src/protocol.ts, so it bundles for Node and for the browser alike.
 */
import { commands, FileSystemError, FileType, StatusBarAlignment, Uri, workspace, type Disposable, type ExtensionContext, type LogOutputChannel, type TextDocument, window } from 'vscode';
import { ExecuteCommandRequest, ResponseError, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
import {
  ACCEPT_AS_REVIEWED,
  ADVANCE_REVIEW_STATUS,
  ADVANCE_REVIEW_STATUS_PROMPT,
  FS_LIST,
  FS_READ_FILE,
  FS_STAT,
  FS_WRITE_FILE,
  RECORD_DECISION,
  REVIEW_STATUS_REQUEST,
  SETTING_REVIEWER,
  SETTINGS_SECTION,
  type FsListResult,
  type FsReadFileResult,
  type FsStatResult,
  type FsUriParams,
  type FsWriteParams,
  type AdvanceReviewStatusResult,
  type InitializationOptions,
  type ReviewStatusResult,
} from '../../server/src/protocol';
import { registerEvidenceReport } from './report-panel';

/** The id and display name of the language client (and of its `claimlint.trace.server` setting). */
export const CLIENT_ID = 'claimlint';
export const CLIENT_NAME = 'claimlint';

/** Client options both clients use; `documentSelector` and `clientFileSystem` differ. */
export function clientOptions(context: ExtensionContext, outputChannel: LogOutputChannel, documentSelector: DocumentSelector, clientFileSystem: boolean): LanguageClientOptions {
  const initializationOptions: InitializationOptions = {
    // Packs are data and never run code; still, shared configs from an untrusted workspace wait for trust.
    trusted: workspace.isTrusted,
    extensionUri: context.extensionUri.toString(),
    ...(clientFileSystem ? { clientFileSystem: true } : {}),
  };
  return {
    documentSelector,
    outputChannel,
    initializationOptions,
    synchronize: {
      // Config, rule-pack and bibliography edits refresh diagnostics in every open document.
      fileEvents: [
        workspace.createFileSystemWatcher('**/{.claimlint.yaml,.claimlint.yml,.claimlint.json,rules/**/*.yaml}'),
        workspace.createFileSystemWatcher('**/*.{bib,bibtex}'),
        workspace.createFileSystemWatcher('**/*.{json,yaml,yml}'),
        // Markdown files on disk keep the server's references index current (they do not reset its caches).
        workspace.createFileSystemWatcher('**/*.{md,markdown}'),
      ],
    },
  };
}

/**
 * Wires a started-or-starting client into the extension: the output channel, a restart when the workspace becomes
 * trusted, the "Accept as reviewed…" command and the evidence report panel. `client()` is read at call time (the client may be replaced).
 */
export function registerClientCommands(context: ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void restart(client())));
  context.subscriptions.push(commands.registerCommand(ACCEPT_AS_REVIEWED, (finding: { reviewer?: string; reason?: string }) => acceptAsReviewed(context, client(), finding)));
  registerEvidenceReport(context, client);
  registerReviewStatus(context, client);
}

/**
 * The active Markdown document's review status in the status bar, and "Advance review status": the client only asks
 * the server (REVIEW_STATUS_REQUEST) and, when the next step is approval, asks who approves; the server edits the
 * front matter and records the approval.
 */
function registerReviewStatus(context: ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const item = window.createStatusBarItem('claimlint.reviewStatus', StatusBarAlignment.Left, 10);
  item.name = 'claimlint review status';
  item.command = ADVANCE_REVIEW_STATUS_PROMPT;
  let asked = 0;
  const update = async (): Promise<void> => {
    const document = window.activeTextEditor?.document;
    const running = client();
    if (!document || document.languageId !== 'markdown' || !running?.isRunning()) {
      item.hide();
      return;
    }
    const ask = ++asked;
    const status = await reviewStatus(running, document);
    // A later update (another editor, a newer edit) answers instead.
    if (ask !== asked) return;
    if (!status) {
      item.hide();
      return;
    }
    item.text = `$(checklist) ${status.status ?? 'no review status'}`;
    item.tooltip = [
      status.status ? `Review status: ${status.status}` : 'No review status in the front matter',
      status.reviewer ? `Reviewer: ${status.reviewer}${status.date ? `, ${status.date}` : ''}` : '',
      status.next ? `Click to advance to ${status.next}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    item.show();
  };
  const refresh = (): void => void update().catch(() => item.hide());
  context.subscriptions.push(
    item,
    window.onDidChangeActiveTextEditor(refresh),
    workspace.onDidChangeTextDocument((event) => {
      if (event.document === window.activeTextEditor?.document) refresh();
    }),
    commands.registerCommand(ADVANCE_REVIEW_STATUS_PROMPT, async (options?: { reapprove?: boolean }) => {
      await advanceReviewStatus(context, client(), options?.reapprove === true);
      refresh();
    }),
  );
  // The client starts after this runs: show the status once it is ready.
  const started = client();
  if (started) context.subscriptions.push(started.onDidChangeState(refresh));
  refresh();
}

async function reviewStatus(client: BaseLanguageClient, document: TextDocument): Promise<ReviewStatusResult | null> {
  return (await client.sendRequest(REVIEW_STATUS_REQUEST, { uri: document.uri.toString() })) as ReviewStatusResult | null;
}

/** "Advance review status": one step; approving asks who approves (the setting, else asked once) and to confirm. */
async function advanceReviewStatus(context: ExtensionContext, client: BaseLanguageClient | undefined, reapprove: boolean): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void window.showInformationMessage('claimlint: open a Markdown document to advance its review status.');
    return;
  }
  const status = await reviewStatus(client, document);
  const again = reapprove && status?.status === 'approved';
  if (!status?.next && !again) {
    void window.showInformationMessage(
      status?.status === 'approved' ? 'claimlint: this document is already approved.' : `claimlint: the review status \`${status?.status ?? ''}\` is not one claimlint knows.`,
    );
    return;
  }
  let reviewer: string | undefined;
  if (again || status?.next === 'approved') {
    reviewer = await reviewerName(context, 'Approve document');
    if (!reviewer) return;
    const name = document.uri.path.split('/').pop();
    const answer = await window.showInformationMessage(
      `${again ? 'Approve the current text of' : 'Approve'} ${name} as ${reviewer}? Its sentences are recorded in the decision ledger as approved.`,
      { modal: true },
      'Approve',
    );
    if (answer !== 'Approve') return;
  }
  const dirtyBefore = new Set(workspace.textDocuments.filter((open) => open.isDirty).map((open) => open.uri.toString()));
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: ADVANCE_REVIEW_STATUS,
    arguments: [{ uri: document.uri.toString(), version: document.version, ...(reviewer ? { reviewer } : {}), ...(again ? { reapprove: true } : {}) }],
  })) as AdvanceReviewStatusResult | null;
  if (!result?.ok) return;
  // A ledger the approval opened and changed is saved, as for decisions; one the writer was editing stays theirs.
  for (const open of workspace.textDocuments) if (open.isDirty && open.uri.path.endsWith('decisions.yaml') && !dirtyBefore.has(open.uri.toString())) await open.save();
  window.setStatusBarMessage(`claimlint: ${result.message}`, 5000);
}

/** The reviewer's name: the `claimlint.reviewer` setting, else the name given before, else asked (and remembered). */
async function reviewerName(context: ExtensionContext, title: string): Promise<string | undefined> {
  const settings = workspace.getConfiguration(SETTINGS_SECTION);
  let reviewer = settings.get<string>(SETTING_REVIEWER)?.trim() || context.globalState.get<string>('reviewer');
  if (!reviewer) {
    reviewer = (await window.showInputBox({ title, prompt: 'Your name, as the ledger records it', ignoreFocusOut: true }))?.trim();
    if (!reviewer) return undefined;
    await context.globalState.update('reviewer', reviewer);
  }
  return reviewer;
}

/** Stops and starts the server again (the browser client has no `restart`; each start makes a new worker). */
async function restart(client: BaseLanguageClient | undefined): Promise<void> {
  if (!client) return;
  await client.stop();
  await client.start();
}

/**
 * "Accept as reviewed…": the language server cannot ask questions, so the client
 * asks for the reviewer, the reason and an optional supporting reference, then
 * hands them to the server, which writes the ledger.
 */
async function acceptAsReviewed(context: ExtensionContext, client: BaseLanguageClient | undefined, finding: { reviewer?: string; reason?: string }): Promise<void> {
  // Callers (keybindings, other extensions, tests) may pass the answers; only what is missing is asked.
  if (finding.reviewer && finding.reason) {
    await recordDecision(client, finding);
    return;
  }
  const reviewer = finding.reviewer || (await reviewerName(context, 'Accept as reviewed'));
  if (!reviewer) return;
  const reason = (
    await window.showInputBox({
      title: 'Accept as reviewed',
      prompt: 'Why this wording is acceptable (recorded in .claimlint/decisions.yaml)',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'A decision needs a reason'),
    })
  )?.trim();
  if (!reason) return;
  const support = await window.showInputBox({
    title: 'Accept as reviewed',
    prompt: 'Supporting reference, optional: citation key, then a locator (e.g. "smith2020 p. 4, table 2")',
    ignoreFocusOut: true,
  });
  if (support === undefined) return;
  const [reference, ...locator] = support.trim().split(/\s+/);
  await recordDecision(client, { ...finding, reviewer, reason, ...(reference ? { reference } : {}), ...(locator.length ? { locator: locator.join(' ') } : {}) });
}

/**
 * Asks the server to record the decision. The server never writes files: it sends the ledger edit, which the editor
 * applies to a buffer. A ledger that had no unsaved changes before is saved, so the decision is on disk (and the
 * finding goes away) as soon as it is recorded; a ledger the writer was editing keeps its unsaved state for them.
 */
async function recordDecision(client: BaseLanguageClient | undefined, decision: object): Promise<void> {
  if (!client) return;
  const dirtyBefore = new Set(workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString()));
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: RECORD_DECISION, arguments: [decision] })) as { ok?: boolean; ledger?: string } | null;
  if (!result?.ok || !result.ledger) return;
  const ledger = workspace.textDocuments.find((document) => document.uri.fsPath === result.ledger || document.uri.path === result.ledger);
  if (ledger && ledger.isDirty && !dirtyBefore.has(ledger.uri.toString())) await ledger.save();
}

/**
 * Answers the server's FS_* requests with `vscode.workspace.fs`, so a server without a disk (the web worker) reads
 * configs, packs, bibliographies and the ledger from whatever file system the workspace lives on. Register before
 * `client.start()`: the server may read files while it initializes.
 */
export function registerFileSystemRequests(client: BaseLanguageClient): Disposable[] {
  return [
    client.onRequest(FS_READ_FILE, async ({ uri }: FsUriParams): Promise<FsReadFileResult> => {
      try {
        return new TextDecoder('utf-8').decode(await workspace.fs.readFile(Uri.parse(uri)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw failure('read', uri, error);
      }
    }),
    client.onRequest(FS_STAT, async ({ uri }: FsUriParams): Promise<FsStatResult> => {
      try {
        const stat = await workspace.fs.stat(Uri.parse(uri));
        return { type: stat.type & FileType.Directory ? 'directory' : 'file', size: stat.size, mtime: stat.mtime };
      } catch (error) {
        if (isMissing(error)) return null;
        throw failure('stat', uri, error);
      }
    }),
    client.onRequest(FS_LIST, async ({ uri }: FsUriParams): Promise<FsListResult> => {
      try {
        return (await workspace.fs.readDirectory(Uri.parse(uri))).map(([name]) => name).sort();
      } catch {
        // Missing, or not a folder: the contract says empty.
        return [];
      }
    }),
    client.onRequest(FS_WRITE_FILE, async ({ uri, text }: FsWriteParams): Promise<null> => {
      const target = Uri.parse(uri);
      // Nothing is written outside the workspace folders, whatever the server asks.
      if (!workspace.getWorkspaceFolder(target)) throw failure('write', uri, new Error('outside the workspace folders'));
      try {
        // createDirectory makes missing parents too, and is fine when the folder exists.
        await workspace.fs.createDirectory(Uri.joinPath(target, '..'));
        await workspace.fs.writeFile(target, new TextEncoder().encode(text));
        return null;
      } catch (error) {
        throw failure('write', uri, error);
      }
    }),
  ];
}

/** Not there (or a folder where a file was asked for). Errors crossing from the workbench keep only code and name. */
function isMissing(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  if (error instanceof FileSystemError || typeof code === 'string') return code === 'FileNotFound' || code === 'FileIsADirectory';
  return typeof name === 'string' && /EntryNotFound|FileNotFound|EntryIsADirectory/.test(name);
}

/** A readable error for the server (its FileSystem rejects with this message). */
function failure(operation: string, uri: string, error: unknown): ResponseError<void> {
  return new ResponseError(-32803 /* RequestFailed */, `cannot ${operation} ${uri}: ${error instanceof Error ? error.message : String(error)}`);
}
