/**
 * The review status of a document: the status bar's request (`claimlint/reviewStatus`) and the server command
 * `claimlint.advanceReviewStatus`, which moves the front matter status one step as a versioned edit of the document;
 * approving also records the reviewer and the date, and the approval fingerprint (every sentence as approved) in the
 * decision ledger, in the same workspace edit. The server never writes files itself.
 */
import { CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver';
import { advanceReviewStatus, applyEdits, minimalEdit, nextReviewStatus, readFrontMatter } from '../../engine/index';
import {
  ADVANCE_REVIEW_STATUS_PROMPT,
  REVIEW_STATUS_REQUEST,
  SETTINGS_SECTION,
  type AdvanceReviewStatusParams,
  type AdvanceReviewStatusResult,
  type ReviewStatusParams,
  type ReviewStatusResult,
} from '../../protocol';
import type { ServerContext } from '../context';
import { fileChanges, toRange } from '../convert';
import { runSafe } from '../safe';

export function registerReviewStatus(context: ServerContext): void {
  context.connection.onRequest(REVIEW_STATUS_REQUEST, (params: ReviewStatusParams) =>
    runSafe(context.connection, 'review status', params?.uri ?? '', null, async (): Promise<ReviewStatusResult | null> => {
      const document = context.snapshot(params.uri);
      if (!document) return null;
      const review = readFrontMatter(document.getText()).review;
      const status = review?.status;
      const next = status && status.value !== '' && !status.status ? null : nextReviewStatus(status?.status);
      return {
        status: status?.value ? status.value : null,
        next: next ?? null,
        ...(review?.reviewer?.value ? { reviewer: review.reviewer.value } : {}),
        ...(review?.date?.value ? { date: review.date.value } : {}),
      };
    }),
  );
}

/**
 * The review workflow from a finding: "Advance review status…" on `document/not-approved`, "Approve the current text
 * again…" on `document/changed-since-approval`. Client commands: they ask who approves, then call the server.
 */
export function reviewStatusActions(diagnostic: Diagnostic): CodeAction[] {
  const title = diagnostic.code === 'document/not-approved' ? 'Advance review status…' : diagnostic.code === 'document/changed-since-approval' ? 'Approve the current text again…' : undefined;
  if (!title) return [];
  const args = diagnostic.code === 'document/changed-since-approval' ? [{ reapprove: true }] : [];
  return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADVANCE_REVIEW_STATUS_PROMPT, arguments: args } }];
}

/** Advances the status of the document version the writer saw. */
export async function advanceStatus(context: ServerContext, params: AdvanceReviewStatusParams, today: string): Promise<AdvanceReviewStatusResult> {
  const document = context.snapshot(params?.uri ?? '');
  if (!document) return { ok: false, message: 'the document is not open' };
  if (document.version !== params.version) return { ok: false, message: 'the document changed; try again' };
  const text = document.getText();
  const reviewer = params.reviewer?.trim() || (await reviewerSetting(context, document.uri));
  const advanced = advanceReviewStatus(text, { ...(reviewer ? { reviewer } : {}), date: today, ...(params.reapprove ? { reapprove: true } : {}) });
  if ('error' in advanced) return { ok: false, message: advanced.error };
  const changes: Array<TextDocumentEdit | CreateFile> = [
    { textDocument: { uri: document.uri, version: document.version }, edits: advanced.edits.map((edit) => ({ range: toRange(document, edit.range), newText: edit.newText })) },
  ];
  let recorded = '';
  if (advanced.to === 'approved') {
    const analysis = await context.analysisOf(document);
    const approvedText = applyEdits(text, advanced.edits);
    const probe = await context.session.approvalEdit(analysis, approvedText, reviewer!, today);
    if (!probe) return { ok: false, message: 'approvals are recorded for saved documents only; save the document first' };
    const ledgerUri = context.session.fileSystem.uriOf(probe.ledgerPath);
    const open = context.documents.get(ledgerUri);
    const edit = open ? await context.session.approvalEdit(analysis, approvedText, reviewer!, today, open.getText()) : probe;
    if (!edit || edit.after === undefined) return { ok: false, message: `cannot add to ${probe.ledgerPath}: fix its problems first` };
    if (edit.outside) return { ok: false, message: `the decision ledger ${probe.ledgerPath} is outside the workspace; set \`decisions.file\` to a path inside it` };
    changes.push(...fileChanges(ledgerUri, open, edit.exists, edit.before, minimalEdit(edit.before, edit.after)));
    recorded = ` by ${reviewer}; approval recorded in ${probe.ledgerPath}`;
  }
  const applied = await context.connection.workspace.applyEdit({ label: `Review status: ${advanced.to}`, edit: { documentChanges: changes } });
  if (!applied.applied) return { ok: false, message: `the edit was refused${applied.failureReason ? `: ${applied.failureReason}` : ''}` };
  if (advanced.to === 'approved') {
    context.session.clear();
    context.refresh();
  }
  return { ok: true, message: `review status: ${advanced.to}${recorded}`, status: advanced.to };
}

/** The `claimlint.reviewer` setting for the document, when the client has one. */
async function reviewerSetting(context: ServerContext, uri: string): Promise<string | undefined> {
  try {
    const value = (await context.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })) as { reviewer?: unknown } | null;
    return typeof value?.reviewer === 'string' && value.reviewer.trim() ? value.reviewer.trim() : undefined;
  } catch {
    return undefined;
  }
}
