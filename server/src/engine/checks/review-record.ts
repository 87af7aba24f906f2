/**
 * `check: review-record`: the `review:` block of the front matter. `require: reviewer-and-date` flags an approved
 * document that names no reviewer or no date; `require: approved` flags a document that is not approved (the NHS
 * Standard for Creating Health Content asks for clinical approval before publication; domain reference §16).
 */
import type { Fix } from '../types';
import { addFrontMatterFix, addReviewKeysFix, documentAnchor, frontMatterOf, isMissing } from './document-record';
import type { CheckKind, OptionSchema } from './kind';

const OPTIONS = {
  require: {
    enum: ['reviewer-and-date', 'approved'],
    default: 'reviewer-and-date',
    description: '`reviewer-and-date`: an approved document names its reviewer and the date; `approved`: the document is approved.',
  },
} satisfies Record<string, OptionSchema>;

export const reviewRecordCheck: CheckKind = {
  kind: 'review-record',
  description:
    'Reads the front matter `review: { status, reviewer, date }`. `require: reviewer-and-date` flags `status: approved` without a reviewer or a date (the fix adds them as placeholders); `require: approved` flags a document whose status is not `approved`, on its `status` key, else on the front matter or first line (the fix adds a `review:` block).',
  quotesText: false,
  messages: { missing: 'the document has no review status at all' },
  placeholders: { status: 'the review status as written', missing: 'what an approval lacks: "the reviewer", "the date", or "the reviewer or the date"' },
  options: OPTIONS,
  compile() {
    return {
      runDocument(prepared, { context }, report, options) {
        const source = prepared.source;
        const frontMatter = frontMatterOf(source);
        const review = frontMatter.review;
        const status = review?.status;
        if (options['require'] === 'approved') {
          if (status?.status === 'approved') return;
          if (status?.entry && status.value !== '') {
            report({ range: status.entry, values: { status: status.value, missing: '' }, wholeDocument: true });
            return;
          }
          const anchor = review?.entry ?? documentAnchor(source, frontMatter);
          if (!anchor) return;
          const fixes: Fix[] = review ? [] : [{ ...addFrontMatterFix(source, frontMatter, 'Add a review block to the front matter', ['review:', '  status: draft']), isPreferred: true }];
          report({ range: anchor, variant: 'missing', values: { status: '', missing: '' }, fixes, wholeDocument: true });
          return;
        }
        if (status?.status !== 'approved' || !status.entry) return;
        const lacks: string[] = [];
        if (isMissing(review?.reviewer)) lacks.push('the reviewer');
        if (!review?.date?.date) lacks.push('the date');
        if (lacks.length === 0) return;
        const lines = [...(review?.reviewer ? [] : ['reviewer: "<name, qualifications>"']), ...(review?.date ? [] : [`date: ${context.today ?? 'YYYY-MM-DD'}`])];
        const fix = lines.length > 0 ? addReviewKeysFix(source, frontMatter, `Add ${lacks.join(' and ')} to the review block`, lines) : undefined;
        report({ range: status.entry, values: { status: status.value, missing: lacks.join(' or ') }, fixes: fix ? [{ ...fix, isPreferred: true }] : [], wholeDocument: true });
      },
    };
  },
};
