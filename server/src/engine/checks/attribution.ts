/**
 * `check: attribution`: who wrote the page, with what qualifications, and who reviewed it (HONcode principle 1, the
 * NHS Standard for Creating Health Content's clinical approval; domain reference §16). Read from the front matter
 * (`author`, `credentials`, `review.reviewer`) or a visible byline ("By Dr A. Name, MD", "Medically reviewed by …").
 */
import { addFrontMatterFix, addReviewKeysFix, bylines, CREDENTIALS, documentAnchor, frontMatterOf, isMissing, proseBlocks } from './document-record';
import type { CheckKind, OptionSchema } from './kind';
import type { Fix } from '../types';

const OPTIONS = {
  author: { type: 'boolean', default: true, description: 'Require the author.' },
  credentials: { type: 'boolean', default: true, description: "Require the author's (or reviewer's) qualifications." },
  reviewer: { type: 'boolean', default: true, description: 'Require a medical reviewer.' },
} satisfies Record<string, OptionSchema>;

export const attributionCheck: CheckKind = {
  kind: 'attribution',
  fixes: 'yes: adds the missing keys to the front matter',
  description:
    'Flags a page that does not name its author, their credentials or its medical reviewer (each an option), in the front matter (`author`, `credentials`, `review.reviewer`) or a visible byline ("By …", "Medically reviewed by …"). The finding sits on the `author` key or the first line; the fix adds the missing keys to the front matter as placeholders to fill in.',
  quotesText: false,
  placeholders: { missing: 'what is missing: "author", "credentials", "medical reviewer", joined with "and"' },
  options: OPTIONS,
  compile() {
    return {
      runDocument(prepared, _facts, report, options) {
        const source = prepared.source;
        const frontMatter = frontMatterOf(source);
        let author = !isMissing(frontMatter.author);
        let reviewer = !isMissing(frontMatter.review?.reviewer);
        let credentials = !isMissing(frontMatter.credentials) || CREDENTIALS.test(frontMatter.author?.value ?? '') || CREDENTIALS.test(frontMatter.review?.reviewer?.value ?? '');
        for (const { block } of proseBlocks(prepared)) {
          if (block.text.length > 200) continue;
          const names = bylines(block.text);
          if (names.author) author = true;
          if (names.reviewer) reviewer = true;
          if ((names.author || names.reviewer) && CREDENTIALS.test(block.text)) credentials = true;
        }
        const missing: string[] = [];
        if (options['author'] !== false && !author) missing.push('author');
        if (options['credentials'] !== false && !credentials) missing.push('credentials');
        if (options['reviewer'] !== false && !reviewer) missing.push('medical reviewer');
        if (missing.length === 0) return;
        const anchor = frontMatter.author?.entry ?? documentAnchor(source, frontMatter);
        if (!anchor) return;
        const top: string[] = [];
        if (missing.includes('author') && !frontMatter.author) top.push('author: "<name>"');
        if (missing.includes('credentials') && !frontMatter.credentials) top.push('credentials: "<qualifications>"');
        const fixes: Fix[] = [];
        const reviewerLine = 'reviewer: "<name, qualifications>"';
        let reviewFix: Fix | undefined;
        if (missing.includes('medical reviewer') && !frontMatter.review?.reviewer) {
          if (!frontMatter.review) top.push('review:', '  status: draft', `  ${reviewerLine}`);
          else reviewFix = addReviewKeysFix(source, frontMatter, 'Add a reviewer to the review block', [reviewerLine]);
        }
        const title = `Add ${missing.join(', ')} to the front matter`;
        // Two fixes rather than one with two edits: both may insert at the end of the front matter.
        if (top.length > 0) fixes.push(addFrontMatterFix(source, frontMatter, reviewFix ? `Add ${missing.filter((item) => item !== 'medical reviewer').join(', ')} to the front matter` : title, top));
        if (reviewFix) fixes.push(top.length > 0 ? reviewFix : { ...reviewFix, title });
        if (fixes[0]) fixes[0] = { ...fixes[0], isPreferred: true };
        report({ range: anchor, values: { missing: joinAnd(missing) }, fixes, wholeDocument: true });
      },
    };
  },
};

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
