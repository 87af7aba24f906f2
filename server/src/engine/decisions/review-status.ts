/**
 * The review status a release requires (`claimlint check --require-status approved`): a document whose front matter
 * `review.status` is lower in the workflow (draft < submitted < in-review < approved), or whose approval lapsed, gets
 * one error finding. An approval lapses when its date is older than the review cycle (3 years by default), when the
 * `next_review` date has passed, or when sentences changed since it was given (`changed`, from the ledger's approval
 * fingerprint).
 */
import { addFrontMatterFix, addReviewKeysFix, documentAnchor } from '../checks/document-record';
import { olderThan, readFrontMatter, REVIEW_STATUSES, type ReviewStatus } from '../markdown/front-matter';
import type { Finding, TextEdit, TextRange } from '../types';
import { ownFinding } from '../lint/own-findings';

/** The id of the finding `--require-status` adds. */
export const REQUIRE_STATUS = 'claimlint/require-status';

export interface RequireStatusOptions {
  /** YYYY-MM-DD; without it, dates do not lapse an approval. */
  today?: string;
  /** The review cycle in years (default 3). */
  maxAgeYears?: number;
  /** Sentences changed since the approval (from the ledger); any lapses it. */
  changed?: readonly TextRange[];
}

/** The document's review status, or undefined when it has none (or one claimlint does not know). */
export function reviewStatusOf(text: string): ReviewStatus | undefined {
  return readFrontMatter(text).review?.status?.status;
}

/** The error finding for a document below `required` or whose approval lapsed; undefined when it meets it. */
export function requiredStatusFinding(text: string, required: ReviewStatus, options: RequireStatusOptions = {}): Finding | undefined {
  const frontMatter = readFrontMatter(text);
  const review = frontMatter.review;
  const status = review?.status?.status;
  const range = review?.status?.entry ?? review?.entry ?? documentAnchor(text, frontMatter) ?? { start: 0, end: 0 };
  let message: string | undefined;
  if (!status || REVIEW_STATUSES.indexOf(status) < REVIEW_STATUSES.indexOf(required)) {
    message = review?.status?.value
      ? `Review status is \`${review.status.value}\`; this build requires \`${required}\``
      : `This document has no review status (front matter \`review: { status: … }\`); this build requires \`${required}\``;
  } else if (status === 'approved') {
    const lapse = lapsed(frontMatter.review?.date?.date, frontMatter.nextReview?.date, options);
    if (lapse) message = `The approval lapsed: ${lapse}; have the document reviewed and approved again`;
  }
  if (!message) return undefined;
  return {
    ruleId: REQUIRE_STATUS,
    severity: 'error',
    message,
    range,
    text: text.slice(range.start, range.end),
    fixes: [],
    suppressions: [],
    rationale: ownFinding(REQUIRE_STATUS).rationale,
    source: { citation: 'claimlint check --require-status' },
  };
}

/** Why an approval no longer holds, or undefined. */
function lapsed(approvedOn: string | undefined, nextReview: string | undefined, options: RequireStatusOptions): string | undefined {
  const changed = options.changed?.length ?? 0;
  if (changed > 0) return `${changed === 1 ? '1 sentence' : `${changed} sentences`} changed since it was approved`;
  const today = options.today;
  if (!today) return undefined;
  const cycle = options.maxAgeYears ?? 3;
  if (approvedOn && olderThan(approvedOn, cycle, today)) return `it was approved on ${approvedOn}, more than ${cycle} years ago`;
  if (nextReview && nextReview < today) return `its next review was due on ${nextReview}`;
  return undefined;
}

/** The status after `status` in the workflow: `draft` for a document without one; none after `approved`. */
export function nextReviewStatus(status: ReviewStatus | undefined): ReviewStatus | undefined {
  if (!status) return 'draft';
  return REVIEW_STATUSES[REVIEW_STATUSES.indexOf(status) + 1];
}

/**
 * The front matter edits that advance the document's review status one step; approving also records the reviewer and
 * the date. An error (for the writer) when the status cannot be advanced or the review block cannot be edited safely.
 */
export function advanceReviewStatus(
  text: string,
  { reviewer, date, reapprove }: { reviewer?: string; date: string; /** Approve an approved document again (its text changed since). */ reapprove?: boolean },
): { from?: ReviewStatus; to: ReviewStatus; edits: TextEdit[] } | { error: string } {
  const frontMatter = readFrontMatter(text);
  const review = frontMatter.review;
  const status = review?.status;
  if (status && status.value !== '' && !status.status) return { error: `the review status \`${status.value}\` is not one of ${REVIEW_STATUSES.join(', ')}; correct it first` };
  const from = status?.status;
  const to = from === 'approved' && reapprove ? 'approved' : nextReviewStatus(from);
  if (!to) return { error: 'the document is already approved' };
  if (to === 'approved' && !reviewer?.trim()) return { error: 'approving needs a reviewer (setting `claimlint.reviewer`)' };
  if (!review) {
    const fix = addFrontMatterFix(text, frontMatter, 'review', ['review:', `  status: ${to}`]);
    return { ...(from ? { from } : {}), to, edits: fix.edits };
  }
  if (!status?.entry) return { error: 'the `review:` block has no `status:`; add `status: draft` to it' };
  const edits: TextEdit[] = from === to ? [] : [{ range: status.value === '' ? { start: status.entry.end, end: status.entry.end } : status.range, newText: status.value === '' ? ` ${to}` : to }];
  if (to === 'approved') {
    const added: string[] = [];
    const quoted = JSON.stringify(reviewer!.trim());
    if (review.reviewer?.value) edits.push({ range: review.reviewer.range, newText: quoted });
    else added.push(`reviewer: ${quoted}`);
    if (review.date?.value) edits.push({ range: review.date.range, newText: date });
    else added.push(`date: ${date}`);
    if (added.length > 0) {
      const fix = addReviewKeysFix(text, frontMatter, 'review', added);
      if (!fix) return { error: 'the `review:` block is written in flow style (`{ … }`); add `reviewer:` and `date:` to it by hand, or write it one key a line' };
      edits.push(...fix.edits);
    }
  }
  return { ...(from ? { from } : {}), to, edits };
}
