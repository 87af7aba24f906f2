/**
 * `check: approval-changed`: the sentences of an approved document that changed since the reviewer approved it. The
 * approval (the fingerprint of every sentence as approved) is recorded in the decision ledger when the reviewer
 * advances the status to `approved`, and reaches the check through the lint context; a sentence whose fingerprint is
 * not among them is new or changed, the same way an accepted finding lapses when its sentence changes.
 */
import { changedSinceApproval } from '../decisions/approval';
import { frontMatterOf } from './document-record';
import type { CheckKind } from './kind';

export const approvalChangedCheck: CheckKind = {
  kind: 'approval-changed',
  description:
    "Flags each sentence of a document whose front matter says `review.status: approved` that is not as the reviewer approved it (new or changed), against the approval's sentence fingerprints in the decision ledger. Says nothing when the ledger holds no approval of the document.",
  quotesText: false,
  placeholders: { reviewer: 'who approved the document', date: 'the date of the approval' },
  compile() {
    return {
      runDocument(prepared, { context }, report) {
        const approval = context.approval;
        if (!approval || frontMatterOf(prepared.source).review?.status?.status !== 'approved') return;
        for (const range of changedSinceApproval(prepared, approval.fingerprints)) report({ range, values: { reviewer: approval.reviewer, date: approval.date } });
      },
    };
  },
};
