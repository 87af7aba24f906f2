/**
 * Reviewer decisions: the "Accept as reviewed…" action (the client asks for the reason) and the server command that
 * records the answer in the ledger, as a versioned edit of the open ledger buffer or a write of the file.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../engine/index';
import type { DecisionDetails, DocumentAnalysis } from '../../node/session';
import { ACCEPT_AS_REVIEWED, ADVANCE_REVIEW_STATUS, RECORD_DECISION, type AdvanceReviewStatusParams } from '../../protocol';
import { advanceStatus } from './review-status';
import type { ServerContext } from '../context';
import { minimalEdit } from '../../engine/index';
import { fileChanges, SOURCE, toOffset, type DiagnosticData } from '../convert';
import { runSafe } from '../safe';

/** Which finding a decision is about, as shown to the writer. */
interface DecisionRequest {
  uri: string;
  version: number;
  ruleId: string;
  range: Range;
}

/** The current finding of `ruleId` exactly at `range`, as the diagnostic showed it. */
function findingShown(document: TextDocument, analysis: DocumentAnalysis, ruleId: string, range: Range): Finding | undefined {
  const start = toOffset(document, range.start);
  const end = toOffset(document, range.end);
  return analysis.result.findings.find((candidate) => candidate.ruleId === ruleId && candidate.range.start === start && candidate.range.end === end);
}

/** "Accept as reviewed…" on a current, not yet accepted finding of a saved document. */
export function acceptAsReviewedAction(document: TextDocument, analysis: DocumentAnalysis, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data || diagnostic.source !== SOURCE || !analysis.path || data.version !== document.version) return [];
  const finding = findingShown(document, analysis, String(diagnostic.code), diagnostic.range);
  // Already accepted (shown as a hint): nothing more to record.
  if (!finding || finding.accepted) return [];
  const args: DecisionRequest = { uri: document.uri, version: data.version, ruleId: String(diagnostic.code), range: diagnostic.range };
  return [{ title: 'Accept as reviewed…', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Accept as reviewed…', command: ACCEPT_AS_REVIEWED, arguments: [args] } }];
}

export function registerDecisions(context: ServerContext): void {
  context.connection.onExecuteCommand((params) =>
    runSafe(context.connection, 'record decision', '', { ok: false, message: 'failed' }, async () => {
      if (params.command === ADVANCE_REVIEW_STATUS) {
        const outcome = await advanceStatus(context, (params.arguments?.[0] ?? {}) as AdvanceReviewStatusParams, today());
        if (!outcome.ok) void context.connection.sendNotification('window/showMessage', { type: 1, message: `claimlint: ${outcome.message}` });
        return outcome;
      }
      if (params.command !== RECORD_DECISION) return { ok: false, message: `unknown command ${params.command}` };
      const outcome = await recordDecision(context, (params.arguments?.[0] ?? {}) as DecisionRequest & DecisionDetails);
      // A notification, not a request: nothing to await, nothing to reject if the client cannot answer.
      if (!outcome.ok) void context.connection.sendNotification('window/showMessage', { type: 1, message: `claimlint: ${outcome.message}` });
      return outcome;
    }),
  );
}

async function recordDecision(context: ServerContext, request: DecisionRequest & DecisionDetails): Promise<{ ok: boolean; message: string; ledger?: string }> {
  const document = context.snapshot(request.uri);
  if (!document || document.version !== request.version) return { ok: false, message: 'the document changed since the finding was shown; try again on the current finding' };
  if (!request.reason?.trim() || !request.reviewer?.trim()) return { ok: false, message: 'a decision needs a reviewer and a reason' };
  const analysis = await context.analysisOf(document);
  const finding = findingShown(document, analysis, request.ruleId, request.range);
  if (!finding) return { ok: false, message: `no ${request.ruleId} finding there any more` };
  const { session } = context;
  const details: DecisionDetails = {
    reviewer: request.reviewer,
    reason: request.reason,
    ...(request.reference ? { reference: request.reference } : {}),
    ...(request.locator ? { locator: request.locator } : {}),
  };
  const probe = await session.decisionEdit(analysis, document.getText(), finding, details, today());
  if (!probe) return { ok: false, message: 'decisions are recorded for saved documents only' };
  const ledgerUri = session.fileSystem.uriOf(probe.ledgerPath);
  const open = context.documents.get(ledgerUri);
  // The writer may have the ledger open with unsaved edits: add to what they see.
  const edit = open ? await session.decisionEdit(analysis, document.getText(), finding, details, today(), open.getText()) : probe;
  if (!edit || edit.after === undefined) return { ok: false, message: `cannot add to ${probe.ledgerPath}: fix its problems first` };
  if (edit.outside) return { ok: false, message: `the decision ledger ${probe.ledgerPath} is outside the workspace; set \`decisions.file\` to a path inside it` };
  // The client applies the edit: versioned on an open ledger buffer, else created or edited on disk by the editor.
  // The server never writes files itself.
  const change = minimalEdit(edit.before, edit.after);
  const applied = await context.connection.workspace.applyEdit({ documentChanges: fileChanges(ledgerUri, open, edit.exists, edit.before, change) });
  if (!applied.applied) return { ok: false, message: `the edit to ${probe.ledgerPath} was refused${applied.failureReason ? `: ${applied.failureReason}` : ''}` };
  session.clear();
  context.refresh();
  return { ok: true, message: `recorded in ${probe.ledgerPath}`, ledger: probe.ledgerPath };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
